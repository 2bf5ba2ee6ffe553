"""Records of one kind as a table, fetched in pages from SQL (sorted and filtered there).

No QSortFilterProxyModel: `sort()` and `set_filter()` reissue the SQL query
through the database worker; rows arrive in pages via canFetchMore/fetchMore,
so 100 000 contacts cost one page of work at a time.
"""
from __future__ import annotations

from collections.abc import Callable
from typing import Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal

from binder.gui.models.columns import COLUMNS, Column, ref_ids
from binder.gui.worker import DatabaseWorker, Progress
from binder.model import clock
from binder.store import records, views
from binder.store.records import Record
from binder.vault.vault import Vault

PAGE_SIZE = 256
ID_ROLE = Qt.ItemDataRole.UserRole + 1
RECORD_ROLE = Qt.ItemDataRole.UserRole + 2
AnyIndex = QModelIndex | QPersistentModelIndex


class RecordTableModel(QAbstractTableModel):
    loaded = Signal()          # a reload finished (first page in place)
    failed = Signal(str)

    def __init__(self, worker: DatabaseWorker, kind: str, parent: Any = None,
                 zone: Callable[[], ZoneInfo] = clock.zone) -> None:
        super().__init__(parent)
        self._worker = worker
        self.kind = kind
        self._zone = zone
        self._columns: tuple[Column, ...] = COLUMNS[kind]
        self._rows: list[Record] = []
        self._titles: dict[str, str] = {}         # titles of the records the reference columns name
        self._total = 0
        self._query = ""
        self._descending = False
        self._generation = 0
        self._fetching = False

    # -- queries -------------------------------------------------------------
    @property
    def total(self) -> int:
        return self._total

    @property
    def query(self) -> str:
        return self._query

    def set_filter(self, text: str) -> None:
        self._query = text.strip()
        self.reload()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sorted by title in Swedish collation, in SQL (the one indexed order)."""
        descending = order == Qt.SortOrder.DescendingOrder
        if descending != self._descending:
            self._descending = descending
            self.reload()

    def reload(self) -> None:
        self._generation += 1
        generation = self._generation
        kind, query, descending, columns = self.kind, self._query, self._descending, self._columns

        def op(vault: Vault, progress: Progress) -> tuple[int, list[Record], dict[str, str]]:
            total = records.count(vault, kind, query=query or None)
            rows = records.list_records(vault, kind, query=query or None, descending=descending,
                                        limit=PAGE_SIZE, offset=0)
            return total, rows, views.titles_for(vault, ref_ids(columns, rows))
        self._fetching = True
        self._worker.submit(op, lambda result: self._reset(generation, result),
                            lambda message: self._fail(generation, message))

    def clear(self) -> None:
        """Drop every row (on lock)."""
        self._generation += 1
        self.beginResetModel()
        self._rows, self._total, self._fetching, self._titles = [], 0, False, {}
        self.endResetModel()

    def _reset(self, generation: int, result: tuple[int, list[Record], dict[str, str]]) -> None:
        if generation != self._generation:
            return
        self.beginResetModel()
        self._total, self._rows, self._titles = result
        self._fetching = False
        self.endResetModel()
        self.loaded.emit()

    def _fail(self, generation: int, message: str) -> None:
        if generation == self._generation:
            self._fetching = False
            self.failed.emit(message)

    # -- paging --------------------------------------------------------------
    def canFetchMore(self, parent: AnyIndex = QModelIndex()) -> bool:
        return not parent.isValid() and not self._fetching and len(self._rows) < self._total

    def fetchMore(self, parent: AnyIndex = QModelIndex()) -> None:
        if not self.canFetchMore(parent):
            return
        generation = self._generation
        kind, query, descending, offset = self.kind, self._query, self._descending, len(self._rows)
        columns = self._columns

        def op(vault: Vault, progress: Progress) -> tuple[list[Record], dict[str, str]]:
            rows = records.list_records(vault, kind, query=query or None, descending=descending,
                                        limit=PAGE_SIZE, offset=offset)
            return rows, views.titles_for(vault, ref_ids(columns, rows))
        self._fetching = True
        self._worker.submit(op, lambda result: self._append(generation, offset, *result),
                            lambda message: self._fail(generation, message))

    def _append(self, generation: int, offset: int, rows: list[Record], titles: dict[str, str]) -> None:
        if generation != self._generation or offset != len(self._rows):
            return
        self._fetching = False
        self._titles.update(titles)
        if not rows:
            self._total = len(self._rows)
            return
        self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows) + len(rows) - 1)
        self._rows.extend(rows)
        self.endInsertRows()

    # -- the model interface -------------------------------------------------
    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._columns)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        record = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._columns[index.column()].text(record, self._titles, self._zone())
        if role == ID_ROLE:
            return record.id
        if role == RECORD_ROLE:
            return record
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self._columns):
            return self._columns[section].title()
        if orientation == Qt.Orientation.Vertical:
            return str(section + 1)
        return None

    def essential_columns(self) -> tuple[int, ...]:
        """Columns carrying a name, title, number or time (shown in full)."""
        return tuple(i for i, column in enumerate(self._columns) if column.essential)

    def record_at(self, row: int) -> Record | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, record_id: str) -> int:
        for i, record in enumerate(self._rows):
            if record.id == record_id:
                return i
        return -1
