"""Global search (Ctrl+K / Ctrl+F): results as you type across every kind; Enter opens one."""
from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt, QTimer, Signal
from PySide6.QtWidgets import QDialog, QLineEdit, QListView, QVBoxLayout, QWidget

from binder.gui.context import GuiContext
from binder.gui.models.columns import display_title
from binder.gui.widgets.plain_label import PlainLabel
from binder.gui.worker import Progress
from binder.i18n import language, tr
from binder.model import schema
from binder.store import search, views
from binder.store.records import Record
from binder.store.search import Hit
from binder.store.views import HitLine
from binder.vault.vault import Vault

DELAY_MS = 120
AnyIndex = QModelIndex | QPersistentModelIndex


def kind_label(kind: str) -> str:
    if kind in schema.KINDS:
        return schema.KINDS[kind].label(language())
    return tr("Incident log") if kind == "log" else kind


def hit_text(line: HitLine) -> str:
    """'Anna Andersson — Krisledningsgruppens ordförande · Kommunledningskontoret   ·   Contact'."""
    title = f"{line.title} — {line.detail}" if line.detail else line.title
    return f"{title}   ·   {kind_label(line.hit.kind)}"


def count_text(count: int) -> str:
    """'1 result', '2 results' (1 träff, 2 träffar) and what the keys do."""
    if count == 1:
        return tr("1 result — Enter opens it")
    return tr("{count} results — Enter opens the first, arrows choose", count=count)


class HitModel(QAbstractListModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.lines: list[HitLine] = []

    @property
    def hits(self) -> list[Hit]:
        return [line.hit for line in self.lines]

    def set_hits(self, lines: list[HitLine]) -> None:
        self.beginResetModel()
        self.lines = list(lines)
        self.endResetModel()

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.lines)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self.lines):
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return hit_text(self.lines[index.row()])     # item views never render rich text
        return None


class SearchPopup(QDialog):
    open_requested = Signal(str, str)     # kind, id

    def __init__(self, ctx: GuiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(tr("Search the binder"))
        self.resize(820, 460)
        self.field = QLineEdit()
        self.field.setPlaceholderText(tr("Name, role, phone number, routine, system…"))
        self.field.setAccessibleName(tr("Search"))
        self.model = HitModel(self)
        self.results = QListView()
        self.results.setModel(self.model)
        self.results.setWordWrap(True)           # a long role or organisation wraps, never cut
        self.results.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.results.activated.connect(self._open_index)
        self.info = PlainLabel("", wrap=False)
        layout = QVBoxLayout(self)
        layout.addWidget(self.field)
        layout.addWidget(self.results, 1)
        layout.addWidget(self.info)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DELAY_MS)
        self._timer.timeout.connect(self._run)
        self.field.textChanged.connect(lambda _t: self._timer.start())
        self.field.returnPressed.connect(self._open_current)
        self._generation = 0
        self._open_when_ready = False

    def popup(self) -> None:
        self.field.selectAll()
        self.show()
        self.raise_()
        self.activateWindow()
        self.field.setFocus()

    def keyPressEvent(self, event: Any) -> None:
        if event.key() in (Qt.Key.Key_Down, Qt.Key.Key_Up) and self.field.hasFocus() and self.model.hits:
            self.results.setFocus()
            row = 0 if event.key() == Qt.Key.Key_Down else len(self.model.hits) - 1
            self.results.setCurrentIndex(self.model.index(row))
            return
        super().keyPressEvent(event)

    def _run(self) -> None:
        text = self.field.text()
        self._generation += 1
        generation = self._generation

        zone = self.ctx.time_zone

        def shift_title(record: Record, titles: dict[str, str]) -> str:
            return display_title(record, titles, zone)

        def op(vault: Vault, progress: Progress) -> list[HitLine]:
            return views.describe_hits(vault, search.search(vault, text, limit=50), shift_title)
        self.ctx.worker.submit(op, lambda hits: self._show(generation, hits), self.info.setText)

    def _show(self, generation: int, hits: list[HitLine]) -> None:
        if generation != self._generation:
            return
        self.model.set_hits(hits)
        if hits and self._open_when_ready:
            self._open_when_ready = False
            self._open_index(self.model.index(0))
            return
        self._open_when_ready = False
        if hits:
            self.results.setCurrentIndex(self.model.index(0))
            self.info.setText(count_text(len(hits)))
        else:
            self.info.setText(tr("Nothing found.") if self.field.text().strip() else "")

    def _open_current(self) -> None:
        if self._timer.isActive():     # typed faster than the delay: search now, then open
            self._timer.stop()
            self._open_when_ready = True
            self._run()
            return
        index = self.results.currentIndex()
        if index.isValid():
            self._open_index(index)

    def _open_index(self, index: QModelIndex) -> None:
        hit = self.model.hits[index.row()]
        self.hide()
        self.open_requested.emit(hit.kind, hit.id)

    def clear(self) -> None:
        """On lock: no text, no hits, and no search left pending (clearing the field restarts the timer)."""
        self.hide()
        self.field.clear()
        self._timer.stop()
        self._generation += 1              # a search already submitted is ignored when it returns
        self._open_when_ready = False
        self.model.set_hits([])
