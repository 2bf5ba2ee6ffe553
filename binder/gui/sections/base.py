"""What every section has: a title, reload on unlock, clear on lock, open a record by id."""
from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from binder.gui.context import GuiContext
from binder.gui.widgets.plain_label import PlainLabel

CONTENT_SAMPLE_ROWS = 200     # rows around the view measured for "size to content" (all is slow)


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

    Columns in `wrap` wrap their text and the rows in view grow to show it in full (step text,
    "blocked by", log text), so nothing essential hides behind an ellipsis or a sideways scrollbar.
    """
    header = table.horizontalHeader()
    header.setStretchLastSection(False)
    header.setResizeContentsPrecision(CONTENT_SAMPLE_ROWS)
    for column in range(table.model().columnCount()):
        mode = QHeaderView.ResizeMode.Stretch if column == stretch else QHeaderView.ResizeMode.ResizeToContents
        header.setSectionResizeMode(column, mode)
    if wrap:
        table.setWordWrap(True)
        table.setTextElideMode(Qt.TextElideMode.ElideNone)
        table.verticalHeader().setMinimumSectionSize(table.verticalHeader().defaultSectionSize())
        VisibleRowsFit(table)


class VisibleRowsFit(QObject):
    """Keeps the rows in view as tall as their wrapped text. Only those: measuring every row of
    a long log on each change would take seconds (Qt's ResizeToContents measures them all)."""

    def __init__(self, table: QTableView) -> None:
        super().__init__(table)
        self.table = table
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self.fit)
        model = table.model()
        for signal in (model.modelReset, model.rowsInserted, model.layoutChanged):
            signal.connect(self._timer.start)
        table.verticalScrollBar().valueChanged.connect(self._timer.start)
        table.horizontalHeader().sectionResized.connect(self._timer.start)
        table.viewport().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self._timer.start()
        return False

    def fit(self) -> None:
        table = self.table
        row, bottom = table.rowAt(0), table.viewport().height()
        if row < 0:
            return
        while row < table.model().rowCount() and table.rowViewportPosition(row) < bottom:
            table.resizeRowToContents(row)
            row += 1


def size_to_content(table: QTableView, columns: tuple[int, ...], limit: int = 520) -> None:
    """Widen `columns` of a paged table to their loaded content (up to `limit` pixels) once,
    keeping them resizable by hand (a mode that re-measures on every page would cost at 100k rows)."""
    for column in columns:
        table.resizeColumnToContents(column)
        if table.columnWidth(column) > limit:
            table.setColumnWidth(column, limit)
