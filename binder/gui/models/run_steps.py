"""Columns of a running routine's steps: status, who and when, time target against elapsed time."""
from __future__ import annotations

from collections.abc import Callable
from zoneinfo import ZoneInfo

from binder.gui.models.columns import enum_label
from binder.gui.models.list_table import ListColumn, ListTableModel
from binder.i18n import N_
from binder.model import clock
from binder.store.routine_runs import Run, StepState


def local_time(iso: str, tz: ZoneInfo | None = None) -> str:
    """A stored time as '2026-11-25 06:00' in the binder's zone `tz` (never the computer's)."""
    return clock.format_local(iso, tz)


class RunStepsModel(ListTableModel[StepState]):
    def __init__(self, zone: Callable[[], ZoneInfo], parent: object = None) -> None:
        self.run: Run | None = None
        self.elapsed_min = 0.0
        super().__init__([
            ListColumn(N_("No."), lambda s: s.number, essential=True),
            ListColumn(N_("Action"), lambda s: s.instruction.strip(), essential=True),
            ListColumn(N_("Responsible"), lambda s: s.responsible_role),
            ListColumn(N_("Target (min)"), lambda s: "" if s.time_target_min is None else str(s.time_target_min),
                       warn=self._overdue),
            ListColumn(N_("Status"), lambda s: enum_label(s.status), warn=self._overdue),
            ListColumn(N_("By"), lambda s: s.by, essential=True),
            ListColumn(N_("At"), lambda s: local_time(s.at, zone()), essential=True),
        ], parent)

    def _overdue(self, step: StepState) -> bool:
        return (step.status == "open" and step.time_target_min is not None
                and self.elapsed_min > step.time_target_min)

    def set_run(self, run: Run | None) -> None:
        self.run = run
        self.elapsed_min = run.elapsed_min() if run else 0.0
        self.set_rows(run.steps if run else [])

    def tick(self) -> None:
        """Recompute elapsed time (called every 30 s) and repaint overdue markers."""
        if self.run is not None:
            self.elapsed_min = self.run.elapsed_min()
            if self.rowCount():
                self.dataChanged.emit(self.index(0, 0), self.index(self.rowCount() - 1, self.columnCount() - 1))
