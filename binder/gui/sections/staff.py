"""Staff & mutual aid: the roster, shifts with rest/overwork warnings, and partners."""
from __future__ import annotations

from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from binder.gui.context import GuiContext
from binder.gui.sections.base import Section
from binder.gui.sections.record_section import RecordSection
from binder.gui.widgets.plain_label import PlainLabel
from binder.i18n import N_, tr
from binder.store import staffing
from binder.store.staffing import Warning as StaffWarning


class StaffList(RecordSection):
    kind = "staff"


class ShiftList(RecordSection):
    kind = "shift"


class PartnerList(RecordSection):
    kind = "partner"


class StaffSection(Section):
    title_source = N_("Staff & mutual aid")
    kinds = ("staff", "shift", "partner")

    def __init__(self, ctx: GuiContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.warnings = PlainLabel("")
        self.warnings.setObjectName("warning")
        self.tabs = QTabWidget()
        self.lists: dict[str, RecordSection] = {"staff": StaffList(ctx), "shift": ShiftList(ctx),
                                                "partner": PartnerList(ctx)}
        self.tabs.addTab(self.lists["staff"], tr("&Staff"))
        self.tabs.addTab(self.lists["shift"], tr("S&hifts"))
        self.tabs.addTab(self.lists["partner"], tr("&Mutual-aid partners"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(9, 6, 0, 0)
        layout.addWidget(self.status)
        layout.addWidget(self.warnings)
        layout.addWidget(self.tabs, 1)

    def reload(self) -> None:
        for section in self.lists.values():
            section.reload()
        self.ctx.worker.submit(lambda vault, progress: staffing.warnings(vault), self._show_warnings,
                               self.show_error)

    def _show_warnings(self, warnings: list[StaffWarning]) -> None:
        lines = [w.describe() for w in warnings]
        self.warnings.setText("\n".join(lines))
        self.warnings.setVisible(bool(lines))

    def clear(self) -> None:
        for section in self.lists.values():
            section.clear()
        self.warnings.setText("")

    def open_record(self, kind: str, record_id: str) -> None:
        section = self.lists.get(kind)
        if section is not None:
            self.tabs.setCurrentWidget(section)
            section.open_record(kind, record_id)
