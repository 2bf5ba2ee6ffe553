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


def fit_columns(table: QTableView, *, stretch: int, wrap: tuple[int, ...] = ()) -> None:
    """A short list's columns follow their content; column `stretch` takes the rest of the width.

    Columns in `wrap` wrap their text and rows grow to show it in full (step text, "blocked by"),
    so nothing essential hides behind an ellipsis or a sideways scrollbar.
    """
    header = table.horizontalHeader()
    header.setStretchLastSection(False)
    for column in range(table.model().columnCount()):
        mode = QHeaderView.ResizeMode.Stretch if column == stretch else QHeaderView.ResizeMode.ResizeToContents
        header.setSectionResizeMode(column, mode)
    if wrap:
        table.setWordWrap(True)
        table.setTextElideMode(Qt.TextElideMode.ElideNone)
        table.verticalHeader().setMinimumSectionSize(28)
        table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)


def size_to_content(table: QTableView, columns: tuple[int, ...], limit: int = 520) -> None:
    """Widen `columns` of a paged table to their loaded content (up to `limit` pixels) once,
    keeping them resizable by hand (a mode that re-measures on every page would cost at 100k rows)."""
    for column in columns:
        table.resizeColumnToContents(column)
        if table.columnWidth(column) > limit:
            table.setColumnWidth(column, limit)
