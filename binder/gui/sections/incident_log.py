"""Incident log: one line plus kind, Enter saves; time occurred editable; append-only;
corrections are linked entries; filter by kind.

A typed line is information (an observation) unless the kind is changed on purpose; a decision
records who decided (the operator unless another name is typed), and every entry its author.
"""
from __future__ import annotations


from typing import Any

from PySide6.QtCore import QDateTime
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDateTimeEdit, QHBoxLayout, QLineEdit, QPushButton,
                               QVBoxLayout, QWidget)

from binder.gui.context import GuiContext
from binder.gui.models.columns import enum_label
from binder.gui.models.list_table import ListColumn, ListTableModel
from binder.gui.models.run_steps import local_time
from binder.gui.sections.base import Section, make_table
from binder.gui.widgets.plain_label import PlainLabel
from binder.gui.worker import Progress
from binder.i18n import N_, tr
from binder.model import clock, schema
from binder.store import incident_log
from binder.store.incident_log import LogEntry
from binder.vault.vault import Vault

DEFAULT_KIND = "information"      # an observation; a decision is chosen on purpose


def _now_on_the_wall() -> QDateTime:
    """Now, as the binder's clock on the wall shows it (not the computer's zone)."""
    moment = clock.local(clock.now())
    return QDateTime.fromString(moment.strftime("%Y-%m-%d %H:%M"), "yyyy-MM-dd HH:mm")


class LogModel(ListTableModel[LogEntry]):
    def __init__(self, parent: Any = None) -> None:
        super().__init__([
            ListColumn(N_("No."), lambda e: str(e.seq)),
            ListColumn(N_("Occurred"), lambda e: local_time(e.occurred_at)),
            ListColumn(N_("Kind"), lambda e: enum_label(e.kind)),
            ListColumn(N_("Text"), lambda e: (tr("Correction of no. {seq}: ", seq=e.corrects) if e.corrects else "")
                       + e.text.replace("\n", " ")),
            ListColumn(N_("By"), lambda e: e.author),
            ListColumn(N_("Recorded"), lambda e: local_time(e.recorded_at)),
        ], parent)


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
        self.occurred = QDateTimeEdit(_now_on_the_wall())
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
        self.model = LogModel(self)
        self.table = make_table()
        self.table.setModel(self.model)
        self.table.setColumnWidth(0, 50)
        self.table.setColumnWidth(1, 165)
        self.table.setColumnWidth(2, 120)
        self.table.setColumnWidth(3, 520)
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

        def op(vault: Vault, progress: Progress) -> list[LogEntry]:
            return incident_log.entries(vault, kind=kind, descending=True)
        self.ctx.worker.submit(op, self.model.set_rows, self.show_error)

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
            # wall-clock time as typed; the core reads a time without offset in the binder's zone
            occurred = self.occurred.dateTime().toString("yyyy-MM-ddTHH:mm")
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
        self.occurred.setDateTime(_now_on_the_wall())
        self.reload()

    def _failed(self, message: str) -> None:
        self.save_button.setEnabled(True)
        self.show_error(message)

    def open_record(self, kind: str, record_id: str) -> None:
        self.filter.setCurrentIndex(0)
        seq = int(record_id)

        def op(vault: Vault, progress: Progress) -> list[LogEntry]:
            return incident_log.entries(vault, descending=True)
        self.ctx.worker.submit(op, lambda rows: self._select_seq(rows, seq), self.show_error)

    def _select_seq(self, rows: list[LogEntry], seq: int) -> None:
        self.model.set_rows(rows)
        row = next((i for i, e in enumerate(rows) if e.seq == seq), -1)
        if row >= 0:
            self.table.selectRow(row)
            self.table.setFocus()


