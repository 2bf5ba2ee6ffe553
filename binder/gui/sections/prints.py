"""Prints: the register of printed copies; print the binder; check a page's code."""
from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from binder.gui.context import GuiContext
from binder.gui.models.columns import LANGUAGE_NAMES
from binder.gui.models.list_table import ListColumn, ListTableModel
from binder.gui.models.run_steps import local_time
from binder.gui.sections.base import Section, fit_columns, make_table
from binder.i18n import N_, language, tr

if TYPE_CHECKING:    # binder.printing loads ReportLab: import it only when the section loads
    from binder.printing import PrintEntry


def section_name(section: str) -> str:
    """A printed section by its title ('The first hour'), never its code."""
    from binder.printing.labels import SECTION_TITLES, section_title
    return section_title(section, language()) if section in SECTION_TITLES else section


def section_names(sections: list[str]) -> str:
    return ", ".join(section_name(s) for s in sections)


class PrintsModel(ListTableModel["PrintEntry"]):
    def __init__(self, zone: Callable[[], ZoneInfo], parent: Any = None) -> None:
        super().__init__([
            ListColumn(N_("Printed"), lambda p: local_time(p.printed_at, zone())),
            ListColumn(N_("Version"), lambda p: p.version),
            ListColumn(N_("Copy"), lambda p: "" if p.copy_number is None else str(p.copy_number)),
            ListColumn(N_("Language"), lambda p: LANGUAGE_NAMES.get(p.lang, p.lang)),
            ListColumn(N_("Pages"), lambda p: str(p.pages)),
            ListColumn(N_("Sections"), lambda p: section_names(p.sections)),
            ListColumn(N_("File"), lambda p: p.path),
        ], parent)


class PrintsSection(Section):
    title_source = N_("Prints")
    print_requested = Signal()
    check_requested = Signal()

    def __init__(self, ctx: GuiContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.model = PrintsModel(lambda: ctx.time_zone, self)
        self.table = make_table()
        self.table.setModel(self.model)
        fit_columns(self.table, stretch=5, wrap=(5,))
        print_button = QPushButton(tr("&Print or save as PDF…"))
        print_button.setObjectName("primary")
        print_button.clicked.connect(self.print_requested)
        check_button = QPushButton(tr("Chec&k a page code…"))
        check_button.clicked.connect(self.check_requested)
        bar = QHBoxLayout()
        bar.addWidget(print_button)
        bar.addWidget(check_button)
        bar.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)

    def reload(self) -> None:
        def op(vault: Any, progress: Any) -> list[PrintEntry]:
            from binder.printing import list_prints
            return list_prints(vault)
        self.ctx.worker.submit(op, self.model.set_rows, self.show_error)

    def clear(self) -> None:
        self.model.clear()
