"""Conflicts: this laptop's amendments that a newer bundle contradicted, and their resolution.

For the selected conflict the pane shows the published value, the local correction, the
published value the correction was made against and the reason, all as plain text. The user
keeps the correction (Alt+K: a new amendment on top of the new published value) or takes the
coordinator's value (Alt+T); the core's `amendments.resolve` does it on the worker thread.
"""
from __future__ import annotations

from typing import Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFormLayout, QHBoxLayout, QPushButton, QSplitter, QVBoxLayout, QWidget

from binder.gui.context import GuiContext
from binder.gui.models.columns import field_label
from binder.gui.models.list_table import ListColumn, ListTableModel
from binder.gui.models.run_steps import local_time
from binder.gui.sections.base import Section, fit_columns, make_table
from binder.gui.widgets.detail_view import format_value
from binder.gui.widgets.plain_label import PlainLabel
from binder.gui.worker import Progress
from binder.i18n import N_, tr
from binder.model import schema
from binder.store import amendments, views
from binder.vault.vault import Vault

# The pane's lines, in order: key → English caption.
PANE_LINES = {"record": N_("Record"), "field": N_("Field"), "published": N_("Published value now"),
              "local": N_("Your correction"), "base": N_("Published value when you corrected it"),
              "reason": N_("Reason"), "author": N_("Corrected by"), "since": N_("Since")}


def record_caption(conflict: views.Conflict) -> str:
    if conflict.record_title:
        return conflict.record_title
    return tr("Removed record {id}", id=conflict.record_id[:8])


def field_caption(conflict: views.Conflict) -> str:
    """The field's label; for a removed record (kind unknown) the label of the first kind with that field."""
    kinds = [schema.KINDS[conflict.kind]] if conflict.kind in schema.KINDS else list(schema.KINDS.values())
    for kind in kinds:
        try:
            return field_label(kind.field(conflict.field))
        except KeyError:
            continue
    return conflict.field


def value_text(conflict: views.Conflict, value: Any) -> str:
    """A field value as plain text (lists one per line, references by title)."""
    if value is None or value == "" or value == []:
        return tr("(empty)")
    kind = schema.KINDS.get(conflict.kind)
    try:
        fl = kind.field(conflict.field) if kind is not None else None
    except KeyError:
        fl = None
    if fl is None:
        return views.plain_text(value)
    return format_value(fl, value, conflict.titles)


def published_text(conflict: views.Conflict) -> str:
    if conflict.record_removed:
        return tr("(the coordinator removed this record)")
    return value_text(conflict, conflict.published_value)


class ConflictModel(ListTableModel[views.Conflict]):
    def __init__(self, parent: Any = None) -> None:
        super().__init__([
            ListColumn(N_("Record"), record_caption, essential=True),
            ListColumn(N_("Field"), field_caption),
            ListColumn(N_("Your value"), lambda c: value_text(c, c.local_value).replace("\n", ", ")),
            ListColumn(N_("Published value"), lambda c: published_text(c).replace("\n", ", ")),
        ], parent)


class ConflictPane(QWidget):
    """The selected conflict in full: every value as a `PlainLabel` (wrapped, never scrolled sideways)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        column = QVBoxLayout(self)
        self.heading = PlainLabel("")
        self.heading.setObjectName("heading")
        column.addWidget(self.heading)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        self.lines: dict[str, PlainLabel] = {}
        for key, caption in PANE_LINES.items():
            if key == "record":
                continue
            label = PlainLabel("")
            if key in ("published", "local"):
                label.setObjectName("conflictValue")
            caption_label = PlainLabel(tr(caption), wrap=False)
            caption_label.setObjectName("muted")
            form.addRow(caption_label, label)
            self.lines[key] = label
        self.lines["record"] = self.heading
        column.addLayout(form)
        self.button_row = QHBoxLayout()       # the section puts its resolve buttons here
        self.button_row.setContentsMargins(0, 12, 0, 0)
        column.addLayout(self.button_row)
        column.addStretch(1)

    def show_conflict(self, conflict: views.Conflict | None, tz: ZoneInfo | None = None) -> None:
        if conflict is None:
            for label in self.lines.values():
                label.setText("")
            return
        self.lines["record"].setText(record_caption(conflict))
        self.lines["field"].setText(field_caption(conflict))
        self.lines["published"].setText(published_text(conflict))
        self.lines["local"].setText(value_text(conflict, conflict.local_value))
        self.lines["base"].setText(value_text(conflict, conflict.base_value))
        self.lines["reason"].setText(conflict.reason_text)
        self.lines["author"].setText(conflict.author or tr("(not recorded)"))
        self.lines["since"].setText(local_time(conflict.created_at, tz))


class ConflictsSection(Section):
    title_source = N_("Conflicts")

    def __init__(self, ctx: GuiContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.model = ConflictModel(self)
        self.table = make_table()
        self.table.setModel(self.model)
        fit_columns(self.table, stretch=3)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._on_selection())
        self.empty = PlainLabel("")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.outcome = PlainLabel("")
        self.outcome.hide()
        self.pane = ConflictPane()
        self.keep_button = QPushButton(tr("&Keep my correction"))
        self.keep_button.setToolTip(tr("Your value stays in this binder, marked as amended, to report to "
                                       "the coordinator."))
        self.keep_button.clicked.connect(lambda: self.resolve(keep_mine=True))
        self.take_button = QPushButton(tr("&Take the coordinator's value"))
        self.take_button.setToolTip(tr("The published value stays; your correction is kept in the history "
                                       "as resolved."))
        self.take_button.clicked.connect(lambda: self.resolve(keep_mine=False))
        self.pane.button_row.addWidget(self.keep_button)
        self.pane.button_row.addWidget(self.take_button)
        self.pane.button_row.addStretch(1)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.table)
        splitter.addWidget(self.pane)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([660, 500])
        self.splitter = splitter
        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addWidget(self.outcome)
        layout.addWidget(self.empty)
        layout.addWidget(splitter, 1)
        self._select_id: str | None = None
        self._update_buttons()

    def reload(self) -> None:
        self.show_error("")
        self.ctx.worker.submit(lambda vault, progress: views.open_conflicts(vault), self._show,
                               self.show_error)

    def _show(self, conflicts: list[views.Conflict]) -> None:
        self.model.set_rows(conflicts)
        self.empty.setText(tr("No conflicts: this is the publisher vault. Conflicts arise on a laptop when a "
                              "bundle changes a field that laptop corrected.") if self.ctx.publisher
                           else tr("No open conflicts. Your amendments agree with the published binder."))
        self.empty.setVisible(not conflicts)
        self.splitter.setVisible(bool(conflicts))
        if conflicts:
            row = next((i for i, c in enumerate(conflicts) if c.id == self._select_id), 0)
            self.table.selectRow(row)
        else:
            self.pane.show_conflict(None)
        self._update_buttons()

    def current(self) -> views.Conflict | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_item(rows[0].row()) if rows else None

    def _on_selection(self) -> None:
        self.pane.show_conflict(self.current(), self.ctx.time_zone)
        self._update_buttons()

    def _update_buttons(self) -> None:
        conflict = self.current()
        self.take_button.setEnabled(conflict is not None)
        self.keep_button.setEnabled(conflict is not None and not conflict.record_removed)

    def resolve(self, *, keep_mine: bool) -> None:
        """Resolve the selected conflict one way or the other (on the worker thread)."""
        conflict = self.current()
        if conflict is None or (keep_mine and conflict.record_removed):
            return
        amendment_id, title = conflict.id, record_caption(conflict)
        rows = self.model.rows()
        index = rows.index(conflict)
        following = rows[index + 1] if index + 1 < len(rows) else rows[index - 1] if index > 0 else None
        self._select_id = following.id if following is not None else None
        self.keep_button.setEnabled(False)
        self.take_button.setEnabled(False)

        def op(vault: Vault, progress: Progress) -> list[views.Conflict]:
            amendments.resolve(vault, amendment_id, keep_mine=keep_mine)
            return views.open_conflicts(vault)

        def done(conflicts: list[views.Conflict]) -> None:
            self.show_error("")
            self.outcome.setText(tr("Kept your correction of {record}.", record=title) if keep_mine
                                 else tr("Took the coordinator's value for {record}.", record=title))
            self.outcome.show()
            self._show(conflicts)
            self.changed.emit()

        def failed(message: str) -> None:
            self.show_error(message)
            self._update_buttons()
        self.ctx.worker.submit(op, done, failed)

    def clear(self) -> None:
        self.model.clear()
        self.pane.show_conflict(None)
        self.outcome.setText("")
        self.outcome.hide()
        self._update_buttons()
