"""Incident log: one line plus kind, Enter saves; time occurred editable; append-only;
corrections are linked entries; filter by kind.

A typed line is information (an observation) unless the kind is changed on purpose; a decision
records who decided (the operator unless another name is typed), and every entry its author.
"""
from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import QDate, QDateTime, QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from binder.gui.context import GuiContext
from binder.gui.models.columns import enum_label
from binder.gui.models.list_table import ListColumn, ListTableModel
from binder.gui.models.run_steps import local_time
from binder.gui.sections.base import Section, fit_columns, make_table
from binder.gui.widgets.plain_label import PlainLabel
from binder.gui.worker import Progress
from binder.i18n import N_, tr
from binder.model import clock, schema
from binder.store import incident_log, views
from binder.store.incident_log import LogEntry
from binder.vault.vault import Vault

DEFAULT_KIND = "information"      # an observation; a decision is chosen on purpose


def binder_now(tz: ZoneInfo) -> QDateTime:
    """Now as the binder's wall-clock time, for the 'time occurred' field."""
    now = clock.now().astimezone(tz)
    return QDateTime(QDate(now.year, now.month, now.day), QTime(now.hour, now.minute))


def corrected_mark(seqs: list[int]) -> str:
    """'[Corrected by no. 14] ' before an entry a later entry corrects (the log is never overwritten)."""
    if not seqs:
        return ""
    return tr("[Corrected by no. {seqs}] ", seqs=", ".join(str(s) for s in seqs))


class LogModel(ListTableModel[LogEntry]):
    def __init__(self, zone: Callable[[], ZoneInfo], parent: Any = None) -> None:
        self.corrections: dict[int, list[int]] = {}     # entry number → numbers of its corrections
        super().__init__([
            ListColumn(N_("No."), lambda e: str(e.seq)),
            ListColumn(N_("Occurred"), lambda e: local_time(e.occurred_at, zone()), essential=True),
            ListColumn(N_("Kind"), lambda e: enum_label(e.kind)),
            ListColumn(N_("Text"), lambda e: corrected_mark(self.corrections.get(e.seq, []))
                       + (tr("Correction of no. {seq}: ", seq=e.corrects) if e.corrects else "")
                       + e.text.replace("\n", " "), warn=lambda e: e.seq in self.corrections, essential=True),
            ListColumn(N_("By"), lambda e: e.author, essential=True),
            ListColumn(N_("Recorded"), lambda e: local_time(e.recorded_at, zone())),
        ], parent)

    def show_entries(self, result: tuple[list[LogEntry], dict[int, list[int]]]) -> None:
        entries, self.corrections = result
        self.set_rows(entries)


class IncidentLogSection(Section):
    title_source = N_("Incident log")

    def __init__(self, ctx: GuiContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.line = QLineEdit()
        self.line.setPlaceholderText(tr("What happened? Enter saves it as information"))
        self.line.setAccessibleName(tr("New log entry"))
        self.line.returnPressed.connect(self.save_entry)
        self.kind = QComboBox()
        self.kind.setAccessibleName(tr("Kind of entry"))
        for kind in schema.LOG_KINDS:
            self.kind.addItem(enum_label(kind), kind)
        self.kind.setCurrentIndex(self.kind.findData(DEFAULT_KIND))
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.decided_by = QLineEdit()
        self.decided_by.setAccessibleName(tr("Decided by"))
        self.decided_by.setMaxLength(120)
        self.decided_by.hide()
        self.now = QCheckBox(tr("Occurred &now"))
        self.now.setChecked(True)
        self.occurred = QDateTimeEdit(binder_now(ctx.time_zone))
        self.occurred.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.occurred.setCalendarPopup(True)
        self.occurred.setEnabled(False)
        self.occurred.setAccessibleName(tr("Time occurred"))
        self.now.toggled.connect(lambda on: self.occurred.setEnabled(not on))
        self.save_button = QPushButton(tr("&Save"))
        self.save_button.clicked.connect(self.save_entry)
        self.correcting = PlainLabel("", wrap=False)
        self.correcting.setObjectName("warning")
        self.cancel_correction = QPushButton(tr("Cancel correction"))
        self.cancel_correction.clicked.connect(lambda: self.start_correction(None))
        self.cancel_correction.hide()
        self.correct_button = QPushButton(tr("&Correct selected entry…"))
        self.correct_button.clicked.connect(self._correct_selected)
        self.filter = QComboBox()
        self.filter.setAccessibleName(tr("Show kind"))
        self.filter.addItem(tr("All kinds"), "")
        for kind in schema.LOG_KINDS:
            self.filter.addItem(enum_label(kind), kind)
        self.filter.currentIndexChanged.connect(lambda _i: self.reload())
        self.model = LogModel(lambda: ctx.time_zone, self)
        self.table = make_table()
        self.table.setModel(self.model)
        fit_columns(self.table, stretch=3, wrap=(3,))      # the whole entry, never cut
        self._corrects: int | None = None

        entry = QHBoxLayout()
        entry.addWidget(self.line, 1)
        entry.addWidget(self.kind)
        entry.addWidget(self.decided_by)
        entry.addWidget(self.now)
        entry.addWidget(self.occurred)
        entry.addWidget(self.save_button)
        correction = QHBoxLayout()
        correction.addWidget(self.correcting)
        correction.addWidget(self.cancel_correction)
        correction.addStretch(1)
        correction.addWidget(PlainLabel(tr("Show:"), wrap=False))
        correction.addWidget(self.filter)
        correction.addWidget(self.correct_button)
        layout = QVBoxLayout(self)
        layout.addLayout(entry)
        layout.addWidget(self.status)
        layout.addLayout(correction)
        layout.addWidget(self.table, 1)
        self.setFocusProxy(self.line)

    def reload(self) -> None:
        kind = self.filter.currentData() or None
        if self.now.isChecked():
            self.occurred.setDateTime(binder_now(self.ctx.time_zone))

        def op(vault: Vault, progress: Progress) -> tuple[list[LogEntry], dict[int, list[int]]]:
            return views.log_entries(vault, kind)
        self.ctx.worker.submit(op, self.model.show_entries, self.show_error)

    def clear(self) -> None:
        self.model.clear()
        self.line.clear()
        self.start_correction(None)
        self.kind.setCurrentIndex(self.kind.findData(DEFAULT_KIND))

    def _correct_selected(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        entry = self.model.row_item(rows[0].row()) if rows else None
        if entry is not None:
            self.start_correction(entry)

    def start_correction(self, entry: LogEntry | None) -> None:
        self._corrects = entry.seq if entry else None
        self.correcting.setText(tr("Correcting entry no. {seq}", seq=entry.seq) if entry else "")
        self.cancel_correction.setVisible(entry is not None)
        if entry is not None:
            self.kind.setCurrentIndex(max(0, self.kind.findData(entry.kind)))
            self.decided_by.setText(entry.decided_by)
            self.line.setFocus()

    def _kind_changed(self, _index: int) -> None:
        """A decision names who decided: the operator unless another name is typed."""
        decision = self.kind.currentData() == "decision"
        hint = tr("Decided by: {name}", name=self.ctx.operator) if self.ctx.operator else tr("Decided by")
        self.decided_by.setPlaceholderText(hint)
        self.decided_by.setMinimumWidth(self.decided_by.fontMetrics().horizontalAdvance(hint) + 24)  # in full
        self.decided_by.setVisible(decision)
        if not decision:
            self.decided_by.clear()

    def save_entry(self) -> None:
        text = self.line.text().strip()
        if not text:
            self.show_error(tr("Write what happened first."))
            return
        occurred = None
        if not self.now.isChecked():
            # typed in the binder's local time (not the computer's zone)
            typed = self.occurred.dateTime().toPython()
            assert isinstance(typed, datetime)
            occurred = typed.replace(tzinfo=self.ctx.time_zone).isoformat()
        params = {"kind": self.kind.currentData(), "occurred_at": occurred, "author": self.ctx.operator,
                  "role": self.ctx.operator_role, "decided_by": self.decided_by.text().strip(),
                  "corrects": self._corrects}

        def op(vault: Vault, progress: Progress) -> LogEntry:
            return incident_log.add(vault, text, **params)
        self.save_button.setEnabled(False)
        self.ctx.worker.submit(op, self._saved, self._failed)

    def _saved(self, entry: LogEntry) -> None:
        self.save_button.setEnabled(True)
        self.show_error("")
        self.line.clear()
        self.start_correction(None)
        self.kind.setCurrentIndex(self.kind.findData(DEFAULT_KIND))   # the next line is information again
        self.now.setChecked(True)
        self.occurred.setDateTime(binder_now(self.ctx.time_zone))
        self.reload()

    def _failed(self, message: str) -> None:
        self.save_button.setEnabled(True)
        self.show_error(message)

    def open_record(self, kind: str, record_id: str) -> None:
        self.filter.setCurrentIndex(0)
        seq = int(record_id)

        def op(vault: Vault, progress: Progress) -> tuple[list[LogEntry], dict[int, list[int]]]:
            return views.log_entries(vault)
        self.ctx.worker.submit(op, lambda result: self._select_seq(result, seq), self.show_error)

    def _select_seq(self, result: tuple[list[LogEntry], dict[int, list[int]]], seq: int) -> None:
        self.model.show_entries(result)
        rows = result[0]
        row = next((i for i, e in enumerate(rows) if e.seq == seq), -1)
        if row >= 0:
            self.table.selectRow(row)
            self.table.setFocus()


