"""Staff rosters: warnings when someone works too long or rests too little.

Rules (Swedish working-time practice, Arbetstidslagen as a floor):
- a shift longer than 12 hours;
- less than 11 hours of rest between two shifts;
- more than 48 hours of work in any 7-day window.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from binder.i18n import N_, decimal, tr
from binder.model.validate import parse_datetime
from binder.store import records
from binder.vault.vault import Vault

MAX_SHIFT = timedelta(hours=12)
MIN_REST = timedelta(hours=11)
MAX_WEEK = timedelta(hours=48)
WINDOW = timedelta(days=7)


@dataclass
class Warning:
    staff_id: str
    name: str
    rule: str            # "long_shift" | "short_rest" | "week_hours"
    shift_id: str
    hours: float

    def describe(self, lang: str | None = None) -> str:
        """The warning in words, in `lang` (default: the current language)."""
        return tr(TEXTS[self.rule], lang, name=self.name, hours=decimal(self.hours, 1, lang))


TEXTS = {
    "long_shift": N_("{name}: a shift of {hours} h (over 12 h)"),
    "short_rest": N_("{name}: only {hours} h of rest before a shift (under 11 h)"),
    "week_hours": N_("{name}: {hours} h of work in 7 days (over 48 h)"),
}


def _hours(delta: timedelta) -> float:
    return round(delta.total_seconds() / 3600, 1)


def check_shifts(shifts: list[tuple[str, str, datetime, datetime]], names: dict[str, str]) -> list[Warning]:
    """`shifts` are (shift id, staff id, start, end)."""
    out: list[Warning] = []
    by_person: dict[str, list[tuple[str, datetime, datetime]]] = {}
    for sid, staff_id, start, end in shifts:
        by_person.setdefault(staff_id, []).append((sid, start, end))
    for staff_id, items in by_person.items():
        name = names.get(staff_id, staff_id)
        items.sort(key=lambda x: x[1])
        for i, (sid, start, end) in enumerate(items):
            if end - start > MAX_SHIFT:
                out.append(Warning(staff_id, name, "long_shift", sid, _hours(end - start)))
            if i and start - items[i - 1][2] < MIN_REST:
                rest = max(start - items[i - 1][2], timedelta())
                out.append(Warning(staff_id, name, "short_rest", sid, _hours(rest)))
            window_start = end - WINDOW
            worked = sum(((min(e, end) - max(s, window_start)) for _, s, e in items[: i + 1]
                          if e > window_start), timedelta())
            if worked > MAX_WEEK:
                out.append(Warning(staff_id, name, "week_hours", sid, _hours(worked)))
    return out


def warnings(vault: Vault) -> list[Warning]:
    names = {r.id: r.title for r in records.list_records(vault, "staff")}
    shifts = []
    for r in records.list_records(vault, "shift"):
        shifts.append((r.id, r.data["staff"], parse_datetime(r.data["start"]), parse_datetime(r.data["end"])))
    return check_shifts(shifts, names)
