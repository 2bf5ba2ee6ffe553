"""Restoration: the priority list in restoration order; one click sets an asset's status;
an asset whose dependencies are not restored is marked blocked."""
from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QSplitter, QVBoxLayout, QWidget

from binder.gui.context import GuiContext
from binder.gui.models.columns import enum_label
from binder.gui.models.list_table import ListColumn, ListTableModel
from binder.gui.sections.base import Section, fit_columns, make_table
from binder.gui.widgets.detail_view import DetailView
from binder.gui.widgets.plain_label import PlainLabel
from binder.gui.worker import Progress
from binder.i18n import N_, tr
from binder.model import schema
from binder.store import restoration, views
from binder.store.records import Record
from binder.store.restoration import PlanItem
from binder.vault.vault import Vault

STATUS_KEYS = {"down": "1", "isolated": "2", "rebuilding": "3", "restored": "4", "verified": "5"}
STATUS_BUTTONS = {"down": N_("&1 Down"), "isolated": N_("&2 Isolated"), "rebuilding": N_("&3 Rebuilding"),
                  "restored": N_("&4 Restored"), "verified": N_("&5 Verified")}


def _status(item: PlanItem) -> str:
    text = enum_label(item.status.status) if item.status else tr("Unknown")
    return text


def _blocked(item: PlanItem) -> str:
    return tr("Blocked by: {names}", names=", ".join(item.blocked_by)) if item.blocked else ""


class PlanModel(ListTableModel[PlanItem]):
    def __init__(self, parent: Any = None) -> None:
        super().__init__([
            ListColumn(N_("Order"), lambda i: str(i.position)),
            ListColumn(N_("Name"), lambda i: i.record.title, essential=True),
            ListColumn(N_("Tier"), lambda i: str(i.record.data.get("tier", ""))),
            ListColumn(N_("Status"), _status, warn=lambda i: i.status is None or i.status.status == "down"),
            ListColumn(N_("Blocked"), _blocked, warn=lambda i: i.blocked, essential=True),
        ], parent)


class RestorationSection(Section):
    title_source = N_("Restoration")
    kinds = ("asset",)

    def __init__(self, ctx: GuiContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.model = PlanModel(self)
        self.table = make_table()
        self.table.setModel(self.model)
        fit_columns(self.table, stretch=4, wrap=(4,))     # "blocked by" wraps: every name in view
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._on_selection())
        self.detail = DetailView(ctx.clipboard, lambda: ctx.time_zone)
        self.buttons: dict[str, QPushButton] = {}
        bar = QHBoxLayout()
        for status, label in STATUS_BUTTONS.items():
            button = QPushButton(tr(label))
            button.setAccessibleName(tr("Set status: {status}", status=enum_label(status)))
            button.clicked.connect(lambda _checked=False, s=status: self.set_status(s))
            bar.addWidget(button)
            self.buttons[status] = button
            # plain 1–5 while the list has focus (Alt+1–5 through the buttons' mnemonics anywhere)
            shortcut = QShortcut(QKeySequence(STATUS_KEYS[status]), self.table)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(lambda s=status: self.set_status(s))
        bar.addStretch(1)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.table, 1)
        left_layout.addLayout(bar)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([800, 340])         # the list (with every "blocked by" name) gets the room
        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addWidget(splitter, 1)
        self._select_id: str | None = None

    def reload(self) -> None:
        self.show_error("")
        self.ctx.worker.submit(lambda vault, progress: restoration.plan(vault), self._show_plan, self.show_error)

    def clear(self) -> None:
        self.model.clear()
        self.detail.clear()

    def _show_plan(self, plan: list[PlanItem]) -> None:
        self.model.set_rows(plan)
        row = next((i for i, item in enumerate(plan) if item.record.id == self._select_id), 0)
        if plan:
            self.table.selectRow(row)

    def current(self) -> PlanItem | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_item(rows[0].row()) if rows else None

    def _on_selection(self) -> None:
        item = self.current()
        if item is None:
            return
        asset_id = item.record.id

        def op(vault: Vault, progress: Progress) -> Any:
            return views.record_with_titles(vault, "asset", asset_id)
        self.ctx.worker.submit(op, lambda result: self._show_detail(item, *result), self.show_error)

    def _show_detail(self, item: PlanItem, record: Record, titles: dict[str, str]) -> None:
        self.detail.show_record(record, titles)
        if item.blocked:
            blocked = PlainLabel(_blocked(item))
            blocked.setObjectName("warning")
            self.detail.add_widget(blocked)

    def set_status(self, status: str) -> None:
        item = self.current()
        if item is None or status not in schema.RESTORATION_STATES:
            return
        asset_id, who = item.record.id, self.ctx.operator
        self._select_id = asset_id

        def op(vault: Vault, progress: Progress) -> list[PlanItem]:
            restoration.set_status(vault, asset_id, status, by=who)
            return restoration.plan(vault)
        self.ctx.worker.submit(op, self._show_plan, self.show_error)

    def open_record(self, kind: str, record_id: str) -> None:
        self._select_id = record_id
        row = next((i for i, item in enumerate(self.model.rows()) if item.record.id == record_id), -1)
        if row >= 0:
            self.table.selectRow(row)
            self.table.setFocus()
        else:
            self.reload()
