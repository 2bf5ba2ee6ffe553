"""A section over one record kind: a filter box (SQL full-text), a paged table, a detail pane."""
from __future__ import annotations

from typing import Any

from PySide6.QtCore import QItemSelection, Qt, QTimer
from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QPushButton, QSplitter, QVBoxLayout, QWidget

from binder.gui.context import GuiContext
from binder.gui.models.record_table import RecordTableModel
from binder.gui.sections.base import Section, make_table, size_to_content
from binder.gui.widgets.detail_view import DetailView
from binder.gui.widgets.plain_label import PlainLabel
from binder.gui.worker import Progress
from binder.i18n import tr
from binder.store import views
from binder.store.records import Record
from binder.vault.vault import Vault

FILTER_DELAY_MS = 150


class RecordSection(Section):
    kind = "contact"

    def __init__(self, ctx: GuiContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.kinds = (self.kind,)
        self.model = RecordTableModel(ctx.worker, self.kind, self, zone=lambda: ctx.time_zone)
        self.model.loaded.connect(self._on_loaded)
        self.model.failed.connect(self.show_error)
        self._pending_open: str | None = None

        self.filter = QLineEdit()
        self.filter.setPlaceholderText(tr("Filter: type part of a name, role or number"))
        self.filter.setClearButtonEnabled(True)
        self._filter_timer = QTimer(self)
        self._filter_timer.setSingleShot(True)
        self._filter_timer.setInterval(FILTER_DELAY_MS)
        self._filter_timer.timeout.connect(lambda: self.model.set_filter(self.filter.text()))
        self.filter.textChanged.connect(lambda _text: self._filter_timer.start())
        self.count_label = PlainLabel("", wrap=False)

        self.table = make_table(sortable=True)
        self.table.setModel(self.model)
        self.table.selectionModel().selectionChanged.connect(self._on_selection)

        self.detail = DetailView(ctx.clipboard, lambda: ctx.time_zone)
        self.actions_bar = QHBoxLayout()
        self.edit_button = QPushButton(tr("&Edit"))
        self.edit_button.clicked.connect(self.edit_current)
        self.new_button = QPushButton(tr("&New"))
        self.new_button.clicked.connect(self.new_record)
        self.actions_bar.addWidget(self.new_button)
        self.actions_bar.addWidget(self.edit_button)
        self.actions_bar.addStretch(1)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        top.addWidget(self.filter, 1)
        top.addWidget(self.count_label)
        left_layout.addLayout(top)
        left_layout.addWidget(self.table, 1)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.detail, 1)
        right_layout.addLayout(self.actions_bar)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([600, 520])        # the detail pane keeps room for a number and its Copy button
        self.splitter = splitter
        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addWidget(splitter, 1)
        self._update_buttons()

    def _update_buttons(self) -> None:
        record = self.detail.record
        amend = record is not None and record.origin == "published" and not self.ctx.publisher
        self.edit_button.setText(tr("&Amend…") if amend else tr("&Edit"))
        self.edit_button.setEnabled(record is not None)

    # -- loading -------------------------------------------------------------
    def reload(self) -> None:
        self.show_error("")
        self._update_buttons()
        self.model.reload()

    def clear(self) -> None:
        self.model.clear()
        self.detail.clear()
        self.filter.blockSignals(True)
        self.filter.clear()
        self.filter.blockSignals(False)
        self.count_label.setText("")

    def _on_loaded(self) -> None:
        total = self.model.total
        self.count_label.setText(tr("1 found") if total == 1 else tr("{count} found", count=total))
        size_to_content(self.table, self.model.essential_columns())
        if self._pending_open:
            row = self.model.row_of(self._pending_open)
            self._pending_open = None
            if row >= 0:
                self.table.selectRow(row)
                self.table.setFocus()
                return
        if self.model.rowCount() and not self.table.selectionModel().hasSelection():
            self.table.selectRow(0)

    def _on_selection(self, selected: QItemSelection, _deselected: QItemSelection) -> None:
        rows = self.table.selectionModel().selectedRows()
        record = self.model.record_at(rows[0].row()) if rows else None
        if record is not None:
            self.load_detail(record)

    # -- detail --------------------------------------------------------------
    def load_detail(self, record: Record) -> None:
        kind, record_id = record.kind, record.id

        def op(vault: Vault, progress: Progress) -> Any:
            return views.record_with_titles(vault, kind, record_id)
        self.ctx.worker.submit(op, self._show_detail, self.show_error)

    def _show_detail(self, result: tuple[Record, dict[str, str]]) -> None:
        record, titles = result
        self.detail.show_record(record, titles)
        self._update_buttons()

    def open_record(self, kind: str, record_id: str) -> None:
        """Show one record: filter cleared, the record selected (fetched if needed)."""
        self.filter.blockSignals(True)
        self.filter.clear()
        self.filter.blockSignals(False)
        self.model._query = ""
        row = self.model.row_of(record_id)
        if row >= 0:
            self.table.selectRow(row)
            self.table.setFocus()
            return
        self._pending_open = record_id
        self.model.reload()

        def op(vault: Vault, progress: Progress) -> Any:
            return views.record_with_titles(vault, kind, record_id)
        self.ctx.worker.submit(op, self._show_detail, self.show_error)

    # -- editing (publisher) -------------------------------------------------
    def edit_current(self) -> None:
        if self.detail.record is not None:
            self._open_form(self.detail.record)

    def new_record(self) -> None:
        self._open_form(None)

    def _open_form(self, record: Record | None) -> None:
        from binder.gui.sections.record_form import RecordFormDialog
        dialog = RecordFormDialog(self.ctx, self.kind, record, self)
        dialog.saved.connect(self._after_save)
        dialog.open()

    def _after_save(self, record: Record) -> None:
        self._pending_open = record.id
        self.model.reload()
        self.changed.emit()
