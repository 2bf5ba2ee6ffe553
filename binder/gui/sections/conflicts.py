"""Conflicts: this laptop's amendments that a newer bundle contradicted."""
from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QVBoxLayout, QWidget

from binder.gui import queries
from binder.gui.context import GuiContext
from binder.gui.models.list_table import ListColumn, ListTableModel
from binder.gui.models.run_steps import local_time
from binder.gui.sections.base import Section, make_table
from binder.gui.widgets.plain_label import PlainLabel
from binder.i18n import N_, tr


class ConflictModel(ListTableModel[queries.Conflict]):
    def __init__(self, parent: Any = None) -> None:
        super().__init__([
            ListColumn(N_("Record"), lambda c: c.record_title),
            ListColumn(N_("Field"), lambda c: c.field),
            ListColumn(N_("Your value"), lambda c: c.local_value),
            ListColumn(N_("Published value"), lambda c: c.published_value),
            ListColumn(N_("Since"), lambda c: local_time(c.created_at)),
        ], parent)


class ConflictsSection(Section):
    title_source = N_("Conflicts")

    def __init__(self, ctx: GuiContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.model = ConflictModel(self)
        self.table = make_table()
        self.table.setModel(self.model)
        self.empty = PlainLabel(tr("No open conflicts. Your amendments agree with the published binder."))
        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addWidget(self.empty)
        layout.addWidget(self.table, 1)

    def reload(self) -> None:
        self.ctx.worker.submit(lambda vault, progress: queries.open_conflicts(vault), self._show,
                               self.show_error)

    def _show(self, conflicts: list[queries.Conflict]) -> None:
        self.model.set_rows(conflicts)
        self.empty.setVisible(not conflicts)

    def clear(self) -> None:
        self.model.clear()
