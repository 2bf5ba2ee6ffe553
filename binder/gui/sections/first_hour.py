"""First hour: the routines marked for the first hour and the crisis leadership's call list."""
from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from binder.gui.context import GuiContext
from binder.gui.models.columns import first_phone
from binder.gui.models.list_table import ListColumn, ListTableModel
from binder.gui.sections.base import Section, fit_columns, make_table
from binder.gui.widgets.plain_label import PlainLabel
from binder.i18n import N_, tr
from binder.store import views
from binder.store.records import Record
from binder.vault.vault import Vault


class FirstHourSection(Section):
    title_source = N_("First hour")
    open_requested = Signal(str, str)      # kind, id
    import_requested = Signal()            # "Import from USB…" on an empty binder
    send_report_requested = Signal()       # a laptop: "Send report to the coordinator…"

    def __init__(self, ctx: GuiContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        intro = PlainLabel(tr("Start here. Open the activation routine, then call the people below "
                              "in order. Everything you do is recorded with your name and the time."))
        intro.setObjectName("intro")
        self.empty = PlainLabel("")          # a new laptop: what to do first
        self.empty.setObjectName("demoHint")
        self.import_button = QPushButton(tr("&Import from USB…"))
        self.import_button.setObjectName("primary")
        self.import_button.clicked.connect(self.import_requested)
        empty_row = QHBoxLayout()
        empty_row.addWidget(self.import_button)
        empty_row.addStretch(1)
        self.empty_box = QWidget()
        empty_layout = QVBoxLayout(self.empty_box)
        empty_layout.setContentsMargins(0, 0, 0, 0)
        empty_layout.addWidget(self.empty)
        empty_layout.addLayout(empty_row)
        self.empty_box.hide()
        self.routines = ListTableModel[Record]([
            ListColumn(N_("Routine"), lambda r: r.title, essential=True),
            ListColumn(N_("Owner role"), lambda r: str(r.data.get("owner_role", ""))),
            ListColumn(N_("Steps"), lambda r: str(len(r.data.get("steps", [])))),
        ], self)
        self.routine_table = make_table()
        self.routine_table.setModel(self.routines)
        fit_columns(self.routine_table, stretch=1)
        self.routine_table.activated.connect(lambda index: self._open(self.routines, index.row(), "routine"))
        open_routine = QPushButton(tr("&Open routine"))
        open_routine.clicked.connect(lambda: self._open_selected(self.routine_table, self.routines, "routine"))
        self.people = ListTableModel[Record]([
            ListColumn(N_("Crisis role"), lambda r: str(r.data.get("crisis_role", ""))),
            ListColumn(N_("Name"), lambda r: r.title, essential=True),
            ListColumn(N_("Phone"), lambda r: first_phone(r.data), essential=True),
        ], self)
        self.people_table = make_table()
        self.people_table.setModel(self.people)
        fit_columns(self.people_table, stretch=0, wrap=(0,))     # name and number in full, the role wraps
        self.people_table.activated.connect(lambda index: self._open(self.people, index.row(), "contact"))
        open_contact = QPushButton(tr("Open &call list"))
        open_contact.clicked.connect(lambda: self._open_selected(self.people_table, self.people, "contact"))
        self.send_report_button = QPushButton(tr("Se&nd report to the coordinator…"))
        self.send_report_button.setToolTip(QKeySequence("Ctrl+Shift+R").toString(QKeySequence.SequenceFormat.NativeText))
        self.send_report_button.clicked.connect(self.send_report_requested)
        self.send_report_button.hide()
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.empty_box)
        layout.addWidget(self.status)
        layout.addWidget(_heading(tr("First-hour routines")))
        layout.addWidget(self.routine_table, 1)
        row = QHBoxLayout()
        row.addWidget(open_routine)
        row.addStretch(1)
        row.addWidget(self.send_report_button)
        layout.addLayout(row)
        layout.addWidget(_heading(tr("People to call in the first hour")))
        layout.addWidget(self.people_table, 2)
        row2 = QHBoxLayout()
        row2.addWidget(open_contact)
        row2.addStretch(1)
        layout.addLayout(row2)

    def reload(self) -> None:
        def op(vault: Vault, progress: Any) -> tuple[list[Record], list[Record], bool]:
            routines = views.first_hour_routines(vault)
            return routines, views.first_hour_people(vault, routines), views.is_empty(vault)
        self.ctx.worker.submit(op, self._show, self.show_error)

    def _show(self, result: tuple[list[Record], list[Record], bool]) -> None:
        routines, people, empty = result
        self.routines.set_rows(routines)
        self.people.set_rows(people)
        if self.ctx.publisher:
            self.empty.setText(tr("This binder is empty. Add contacts, routines and systems with New in each "
                                  "section, or load a binder file with binder import-data."))
        else:
            self.empty.setText(tr("This laptop's binder is empty. Import the coordinator's bundle from the USB "
                                  "stick: Binder → Import from USB… (Ctrl+I)."))
        self.import_button.setVisible(not self.ctx.publisher)
        self.send_report_button.setVisible(not self.ctx.publisher)
        self.empty_box.setVisible(empty)

    def clear(self) -> None:
        self.routines.clear()
        self.people.clear()
        self.empty_box.hide()

    def _open_selected(self, table: Any, model: ListTableModel[Record], kind: str) -> None:
        rows = table.selectionModel().selectedRows()
        if rows:
            self._open(model, rows[0].row(), kind)

    def _open(self, model: ListTableModel[Record], row: int, kind: str) -> None:
        record = model.row_item(row)
        if record is not None:
            self.open_requested.emit(kind, record.id)


def _heading(text: str) -> PlainLabel:
    label = PlainLabel(text, wrap=False)
    label.setObjectName("heading")
    return label
