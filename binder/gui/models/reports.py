"""Table models of the coordinator's Reports section: timeline, restoration board, corrections.

Rows come ready sorted and filtered from the core (binder.reports); the models only say how
each column reads. Times are shown in the binder's zone; laptop text is shown as plain text.
"""
from __future__ import annotations

from collections.abc import Callable
from typing import Any
from zoneinfo import ZoneInfo

from binder.gui.models.columns import enum_label, field_label
from binder.gui.models.list_table import ListColumn, ListTableModel
from binder.gui.models.run_steps import local_time
from binder.i18n import N_, tr
from binder.model import schema
from binder.reports.board import BoardItem
from binder.reports.corrections import Correction
from binder.reports.timeline import TimelineEntry
from binder.store.views import plain_text

Zone = Callable[[], ZoneInfo]
DECISION_MARK = "★ "


def where_text(laptop: str | None) -> str:
    """The laptop's enrolled name, or the coordinator for its own entries."""
    return laptop if laptop is not None else tr("Coordinator")


def one_line(text: str) -> str:
    return text.replace("\r", " ").replace("\n", " ")


def kind_text(entry: TimelineEntry) -> str:
    return (DECISION_MARK if entry.is_decision else "") + enum_label(entry.kind)


def entry_text(entry: TimelineEntry) -> str:
    text = one_line(entry.text)
    if entry.corrects:
        text = tr("Correction of no. {seq}: ", seq=entry.corrects) + text
    if entry.is_decision and entry.decided_by:
        text += " " + tr("(decided by {name})", name=one_line(entry.decided_by))
    return text


class TimelineModel(ListTableModel[TimelineEntry]):
    def __init__(self, zone: Zone, parent: Any = None) -> None:
        super().__init__([
            ListColumn(N_("Occurred"), lambda e: local_time(e.occurred_at, zone()), essential=True),
            ListColumn(N_("Where"), lambda e: where_text(e.laptop), essential=True),
            ListColumn(N_("By"), lambda e: one_line(e.author), essential=True),
            ListColumn(N_("Kind"), kind_text, warn=lambda e: e.is_decision),
            ListColumn(N_("Text"), entry_text, essential=True),
            ListColumn(N_("No."), lambda e: str(e.seq)),
            ListColumn(N_("Recorded"), lambda e: local_time(e.recorded_at, zone())),
        ], parent)


def status_text(item: BoardItem) -> str:
    return enum_label(item.status) if item.status else tr("Unknown")


def board_flags(item: BoardItem) -> str:
    flags = []
    if item.blocked_by:
        flags.append(tr("Blocked by {names}", names=", ".join(item.blocked_by)))
    if item.rto_overrun:
        flags.append(tr("RTO {hours} h exceeded", hours=item.rto_h))
    return "; ".join(flags)


class BoardModel(ListTableModel[BoardItem]):
    def __init__(self, zone: Zone, parent: Any = None) -> None:
        def when(item: BoardItem) -> str:
            return local_time(item.at, zone()) if item.at else ""
        super().__init__([
            ListColumn(N_("Order"), lambda i: str(i.position)),
            ListColumn(N_("System"), lambda i: i.name, essential=True),
            ListColumn(N_("Status"), status_text, essential=True),
            ListColumn(N_("Set by"), lambda i: one_line(i.set_by), essential=True),
            ListColumn(N_("Where"), lambda i: where_text(i.where) if i.status else ""),
            ListColumn(N_("When"), when, essential=True),
            ListColumn(N_("RTO (h)"), lambda i: "" if i.rto_h is None else str(i.rto_h)),
            ListColumn(N_("Warning"), board_flags, warn=lambda i: bool(i.blocked_by or i.rto_overrun)),
        ], parent)


def correction_field(item: Correction) -> str:
    kind = schema.KINDS.get(item.kind)
    try:
        return field_label(kind.field(item.field)) if kind is not None else item.field
    except KeyError:
        return item.field


def value_text(value: Any) -> str:
    return one_line(plain_text(value)) if value not in (None, "", [], {}) else tr("(empty)")


def decision_text(item: Correction) -> str:
    if item.state == "open":
        return ""
    text = tr("Accepted by {name}", name=item.decided_by) if item.state == "accepted" \
        else tr("Rejected by {name}", name=item.decided_by)
    return one_line(text + (": " + item.reply if item.reply else ""))


class CorrectionModel(ListTableModel[Correction]):
    def __init__(self, zone: Zone, parent: Any = None) -> None:
        super().__init__([
            ListColumn(N_("Laptop"), lambda c: c.laptop, essential=True),
            ListColumn(N_("By"), lambda c: one_line(c.author), essential=True),
            ListColumn(N_("Record"), lambda c: c.record_title or tr("Removed record {id}", id=c.record_id[:8]),
                       essential=True),
            ListColumn(N_("Field"), correction_field),
            ListColumn(N_("Proposed value"), lambda c: value_text(c.value), essential=True),
            ListColumn(N_("Published value when corrected"), lambda c: value_text(c.base_value)),
            ListColumn(N_("Reason"), lambda c: one_line(c.reason)),
            ListColumn(N_("Proposed"), lambda c: local_time(c.created_at, zone())),
            ListColumn(N_("Decision"), decision_text),
        ], parent)
