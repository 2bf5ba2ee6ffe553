"""The situation report (lägesbild) for the daily meeting and the spokesperson: its content.

Everything here is read from the coordinator's vault: the decisions and key events since
the last situation report, restoration progress against RTO from every laptop, staff
warnings for the coming shifts, open proposed corrections, and the communication plan's
next messages per target group. `binder.printing` lays it out on paper.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta

from binder.model import clock
from binder.reports import board as board_mod
from binder.reports import corrections, timeline
from binder.store import records, staffing
from binder.store.restoration import DONE_STATES
from binder.vault.vault import Vault

COMING_SHIFTS = timedelta(hours=24)
KEY_KINDS = ("decision", "situation_report")


@dataclass
class CommsItem:
    title: str
    target_group: str
    due: str                  # next_update_due (ISO) or ""
    channel: str
    spokesperson: str
    first_message: str


@dataclass
class Sitrep:
    since: datetime | None
    until: datetime
    events: list[timeline.TimelineEntry] = field(default_factory=list)
    board: list[board_mod.BoardItem] = field(default_factory=list)
    staff_warnings: list[staffing.Warning] = field(default_factory=list)
    corrections: list[corrections.Correction] = field(default_factory=list)
    comms: list[CommsItem] = field(default_factory=list)

    @property
    def progress(self) -> dict[str, int]:
        """Systems restored (or verified), in progress, down, blocked and over their RTO."""
        out = {"restored": 0, "in_progress": 0, "down": 0, "unknown": 0, "blocked": 0, "rto_overrun": 0}
        for item in self.board:
            if item.status in DONE_STATES:
                out["restored"] += 1
            elif item.status in ("isolated", "rebuilding"):
                out["in_progress"] += 1
            elif item.status == "down":
                out["down"] += 1
            else:
                out["unknown"] += 1
            out["blocked"] += bool(item.blocked_by)
            out["rto_overrun"] += item.rto_overrun
        return out


def _is_key_event(entry: timeline.TimelineEntry) -> bool:
    return entry.kind in KEY_KINDS or entry.priority == "high"


def _comms(vault: Vault) -> list[CommsItem]:
    names = {r.id: r.title for r in records.list_records(vault, "contact")}
    items = []
    for r in records.list_records(vault, "comms"):
        d = r.data
        messages = d.get("key_messages") or []
        items.append(CommsItem(r.title, d.get("target_group", ""), d.get("next_update_due", ""),
                               d.get("primary_channel", ""), names.get(d.get("owner", ""), ""),
                               messages[0] if messages else ""))
    far = datetime.max.replace(tzinfo=clock.zone())
    return sorted(items, key=lambda c: (clock.parse(c.due) if c.due else far, c.title))


def _coming_warnings(vault: Vault, now: datetime) -> list[staffing.Warning]:
    starts = {r.id: clock.parse(r.data["start"]) for r in records.list_records(vault, "shift")}
    return [w for w in staffing.warnings(vault)
            if w.shift_id in starts and now - COMING_SHIFTS / 2 <= starts[w.shift_id] <= now + COMING_SHIFTS]


def build(vault: Vault, since: datetime | None = None, now: datetime | None = None) -> Sitrep:
    now = now or clock.now()
    report = Sitrep(since, now)
    report.events = [e for e in timeline.timeline(vault, since=since) if _is_key_event(e)]
    report.board = board_mod.board(vault, now)
    report.staff_warnings = _coming_warnings(vault, now)
    report.corrections = corrections.list_corrections(vault)
    report.comms = _comms(vault)
    return report
