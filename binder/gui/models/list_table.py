"""A table over a list already loaded by the worker (log entries, plan items, run steps…).

Used for short local lists; filtering is done by the SQL query that produced
the list, never by a proxy model.
"""
from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from binder.i18n import tr

T = TypeVar("T")
AnyIndex = QModelIndex | QPersistentModelIndex
ROW_ROLE = Qt.ItemDataRole.UserRole + 3
WARNING_COLOUR = QColor("#b3261e")


class ListColumn(Generic[T]):
    def __init__(self, header: str, value: Callable[[T], str],
                 warn: Callable[[T], bool] | None = None, *, essential: bool = False) -> None:
        self.header = header            # English source, translated when shown
        self.value = value
        self.warn = warn
        self.essential = essential      # a name, number, time or step text: shown in full, never elided


class ListTableModel(QAbstractTableModel, Generic[T]):
    def __init__(self, columns: Sequence[ListColumn[T]], parent: Any = None) -> None:
        super().__init__(parent)
        self._columns = list(columns)
        self._rows: list[T] = []

    def set_rows(self, rows: Sequence[T]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def clear(self) -> None:
        self.set_rows([])

    def rows(self) -> list[T]:
        return list(self._rows)

    def essential_columns(self) -> tuple[int, ...]:
        return tuple(i for i, column in enumerate(self._columns) if column.essential)

    def row_item(self, row: int) -> T | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._columns)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        item = self._rows[index.row()]
        column = self._columns[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return column.value(item)
        if role == Qt.ItemDataRole.ForegroundRole and column.warn is not None and column.warn(item):
            return QBrush(WARNING_COLOUR)
        if role == ROW_ROLE:
            return item
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self._columns):
            return tr(self._columns[section].header)
        if orientation == Qt.Orientation.Vertical:
            return str(section + 1)
        return None
