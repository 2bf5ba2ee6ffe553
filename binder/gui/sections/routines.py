"""Routines: read a routine, start it, tick its steps (who and when), elapsed time vs targets."""
from __future__ import annotations

from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from binder.gui.models.run_steps import RunStepsModel, local_time
from binder.gui.sections.base import fit_columns, make_table
from binder.gui.sections.record_section import RecordSection
from binder.gui.widgets.plain_label import PlainLabel
from binder.gui.worker import Progress
from binder.i18n import N_, tr
from binder.store import routine_runs
from binder.store.routine_runs import Run
from binder.vault.vault import Vault

TICK_MS = 30_000


class RunPanel(QWidget):
    """The running routines: pick a run, tick steps with one key."""

    def __init__(self, section: RoutinesSection) -> None:
        super().__init__(section)
        self.section = section
        self.runs = QComboBox()
        self.runs.setAccessibleName(tr("Running routine"))
        self.runs.currentIndexChanged.connect(self._on_run_chosen)
        self.elapsed = PlainLabel("", wrap=False)
        self.elapsed.setObjectName("elapsed")
        self.model = RunStepsModel(lambda: section.ctx.time_zone, self)
        self.table = make_table()
        self.table.setModel(self.model)
        fit_columns(self.table, stretch=1, wrap=(1,))      # the step's whole text, the time in view
        self.done_button = QPushButton(tr("Mark &done"))
        self.done_button.setToolTip(tr("Space"))
        self.done_button.clicked.connect(lambda: self.set_status("done"))
        self.na_button = QPushButton(tr("Not a&pplicable"))
        self.na_button.clicked.connect(lambda: self.set_status("not_applicable"))
        self.reopen_button = QPushButton(tr("Re&open"))
        self.reopen_button.clicked.connect(lambda: self.set_status("open"))
        QShortcut(QKeySequence("Space"), self.table).activated.connect(lambda: self.set_status("done"))
        top = QHBoxLayout()
        top.addWidget(PlainLabel(tr("Running:"), wrap=False))
        top.addWidget(self.runs, 1)
        top.addWidget(self.elapsed)
        buttons = QHBoxLayout()
        for button in (self.done_button, self.na_button, self.reopen_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self._timer = QTimer(self)
        self._timer.setInterval(TICK_MS)
        self._timer.timeout.connect(self._tick)
        self._runs: list[Run] = []

    def show_runs(self, runs: list[Run], select_id: str | None = None) -> None:
        current = select_id or (self.model.run.id if self.model.run else None)
        self._runs = [r for r in runs if r.ended_at is None]
        self.runs.blockSignals(True)
        self.runs.clear()
        for run in self._runs:
            started = local_time(run.started_at, self.section.ctx.time_zone)
            self.runs.addItem(tr("{title} (started {at} by {by})", title=run.routine_title, at=started,
                                 by=run.started_by or "?"), run.id)
        index = next((i for i, r in enumerate(self._runs) if r.id == current), 0)
        self.runs.setCurrentIndex(index if self._runs else -1)
        self.runs.blockSignals(False)
        self.setVisible(bool(self._runs))
        self._on_run_chosen(index)

    def _on_run_chosen(self, index: int) -> None:
        run = self._runs[index] if 0 <= index < len(self._runs) else None
        self.model.set_run(run)
        self._tick()
        if run is not None:
            self._timer.start()
            first_open = next((i for i, s in enumerate(run.steps) if s.status == "open"), 0)
            self.table.selectRow(first_open)
        else:
            self._timer.stop()

    def _tick(self) -> None:
        self.model.tick()
        run = self.model.run
        if run is None:
            self.elapsed.setText("")
            return
        late = run.overdue()
        text = tr("{minutes} min since activation", minutes=int(self.model.elapsed_min))
        if late:
            text += " — " + tr("overdue: step {steps}", steps=", ".join(late))
        self.elapsed.setText(text)

    def set_status(self, status: str) -> None:
        run = self.model.run
        rows = self.table.selectionModel().selectedRows()
        if run is None or not rows:
            return
        step = run.steps[rows[0].row()]
        row, run_id, number, who = rows[0].row(), run.id, step.number, self.section.ctx.operator

        def op(vault: Vault, progress: Progress) -> Run:
            return routine_runs.set_step(vault, run_id, number, status, by=who)
        self.section.ctx.worker.submit(op, lambda updated: self._after_tick(updated, row),
                                       self.section.show_error)

    def _after_tick(self, run: Run, row: int) -> None:
        self._runs = [run if r.id == run.id else r for r in self._runs]
        self.model.set_run(run)
        self._tick()
        following = next((i for i, s in enumerate(run.steps) if i > row and s.status == "open"), row)
        self.table.selectRow(following)

    def clear(self) -> None:
        self._timer.stop()
        self._runs = []
        self.runs.clear()
        self.model.set_run(None)
        self.elapsed.setText("")


class RoutinesSection(RecordSection):
    title_source = N_("Routines")
    kind = "routine"

    def __init__(self, ctx: Any, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.start_button = QPushButton(tr("&Start this routine"))
        self.start_button.setObjectName("primary")
        self.start_button.clicked.connect(self.start_current)
        self.actions_bar.insertWidget(0, self.start_button)
        self.run_panel = RunPanel(self)
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)        # RecordSection's column
        layout.addWidget(self.run_panel, 1)
        self.run_panel.hide()

    def reload(self) -> None:
        super().reload()
        self.load_runs()

    def clear(self) -> None:
        super().clear()
        self.run_panel.clear()

    def load_runs(self, select_id: str | None = None) -> None:
        self.ctx.worker.submit(lambda vault, progress: routine_runs.list_runs(vault),
                               lambda runs: self.run_panel.show_runs(runs, select_id), self.show_error)

    def start_current(self) -> None:
        record = self.detail.record
        if record is None:
            return
        routine_id, who = record.id, self.ctx.operator

        def op(vault: Vault, progress: Progress) -> Run:
            return routine_runs.start(vault, routine_id, started_by=who)
        self.ctx.worker.submit(op, lambda run: self._started(run), self.show_error)

    def _started(self, run: Run) -> None:
        self.load_runs(run.id)
        self.run_panel.table.setFocus()
        self.changed.emit()
