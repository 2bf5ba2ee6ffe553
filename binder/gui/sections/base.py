"""What every section has: a title, reload on unlock, clear on lock, open a record by id."""
from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from binder.gui.context import GuiContext
from binder.gui.widgets.plain_label import PlainLabel


class Section(QWidget):
    title_source = ""          # English source text of the sidebar entry
    kinds: tuple[str, ...] = ()  # record kinds this section opens
    changed = Signal()         # data changed: the banner may need a refresh

    def __init__(self, ctx: GuiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.status = PlainLabel("")
        self.status.setObjectName("formError")
        self.status.hide()

    def reload(self) -> None:
        raise NotImplementedError

    def clear(self) -> None:
        raise NotImplementedError

    def open_record(self, kind: str, record_id: str) -> None:
        """Show one record (from the global search)."""

    def show_error(self, message: str) -> None:
        self.status.setText(message)
        self.status.setVisible(bool(message))


def make_table(parent: QWidget | None = None, *, sortable: bool = False) -> QTableView:
    table = QTableView(parent)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    table.setTabKeyNavigation(False)     # Tab leaves the table: keyboard users reach the buttons
    table.verticalHeader().setVisible(False)
    table.verticalHeader().setDefaultSectionSize(28)
    table.horizontalHeader().setStretchLastSection(True)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    table.horizontalHeader().setDefaultSectionSize(180)
    table.setSortingEnabled(sortable)
    if sortable:
        table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    return table
