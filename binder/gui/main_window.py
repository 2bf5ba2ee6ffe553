"""The main window: banner, sidebar of sections, global search, lock, import, print."""
from __future__ import annotations

import logging
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

import shiboken6
from PySide6.QtCore import Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from binder.gui.banner import Banner
from binder.gui.context import GuiContext
from binder.gui.empty_hints import install_empty_hints
from binder.gui.help_viewer import Help
from binder.gui.search_popup import SearchPopup
from binder.gui.sections.base import Section
from binder.gui.sections.communication import CommunicationSection
from binder.gui.sections.conflicts import ConflictsSection
from binder.gui.sections.contacts import ContactsSection
from binder.gui.sections.first_hour import FirstHourSection
from binder.gui.sections.incident_log import IncidentLogSection
from binder.gui.sections.prints import PrintsSection
from binder.gui.sections.reports import ReportsSection
from binder.gui.sections.restoration import RestorationSection
from binder.gui.sections.routines import RoutinesSection
from binder.gui.sections.staff import StaffSection
from binder.gui.worker import Progress
from binder.i18n import tr
from binder.store import overview, views
from binder.vault.vault import Vault

if TYPE_CHECKING:
    from binder.gui.operator_dialog import OperatorDialog
    from binder.gui.report_wizard import ReportImportWizard

log = logging.getLogger(__name__)

SECTION_FOR_KIND = {"contact": 1, "routine": 2, "asset": 3, "log": 4, "comms": 5, "staff": 6, "shift": 6,
                    "partner": 6}


class MainWindow(QMainWindow):
    lock_requested = Signal()
    settings_requested = Signal()
    loaded = Signal()                     # the banner has data
    operator_changed = Signal(str)        # the person at the keyboard was named (unlock or handover)
    stale_scanned = Signal()              # the stale-contact count is in the banner

    def __init__(self, ctx: GuiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(tr("Krispärm"))
        self.banner = Banner()
        self.first_hour = FirstHourSection(ctx)
        self.contacts = ContactsSection(ctx)
        self.routines = RoutinesSection(ctx)
        self.restoration = RestorationSection(ctx)
        self.incident_log = IncidentLogSection(ctx)
        self.communication = CommunicationSection(ctx)
        self.staff = StaffSection(ctx)
        self.conflicts = ConflictsSection(ctx)
        self.prints = PrintsSection(ctx)
        self.reports = ReportsSection(ctx)          # the coordinator only (hidden on a laptop)
        self.sections: list[Section] = [self.first_hour, self.contacts, self.routines, self.restoration,
                                        self.incident_log, self.communication, self.staff, self.conflicts,
                                        self.prints, self.reports]
        self.sidebar = QListWidget()
        self.sidebar.setObjectName("sidebar")
        self.sidebar.setAccessibleName(tr("Sections"))
        self.stack = QStackedWidget()
        for number, section in enumerate(self.sections, start=1):
            item = QListWidgetItem(f"{tr(section.title_source)}")
            item.setToolTip(tr("Ctrl+{number}", number=number % 10))
            self.sidebar.addItem(item)
            self.stack.addWidget(section)
            section.changed.connect(self.refresh_banner)
        self.sidebar.setFixedWidth(210)
        self.sidebar.currentRowChanged.connect(self._on_section)
        self.first_hour.open_requested.connect(self.open_record)
        self.first_hour.import_requested.connect(self.show_import)
        self.first_hour.send_report_requested.connect(self.show_send_report)
        self.reports.import_requested.connect(self.show_report_import)
        self.prints.print_requested.connect(self.show_print_dialog)
        self.prints.check_requested.connect(self.show_check_code)
        self.search = SearchPopup(ctx, self)
        self.search.open_requested.connect(self.open_record)

        body = QWidget()
        row = QHBoxLayout(body)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.sidebar)
        row.addWidget(self.stack, 1)
        central = QWidget()
        column = QVBoxLayout(central)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self.banner)
        column.addWidget(body, 1)
        self.setCentralWidget(central)
        self._build_menu()
        self._loaded_sections: set[int] = set()
        self._banner_generation = 0
        self.operator_dialog: OperatorDialog | None = None
        self.sidebar.setCurrentRow(0)

    # -- menu and shortcuts --------------------------------------------------
    def _action(self, text: str, slot: object, *shortcuts: str) -> QAction:
        action = QAction(text, self)
        if shortcuts:
            action.setShortcuts([QKeySequence(s) for s in shortcuts])
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _build_menu(self) -> None:
        binder_menu = self.menuBar().addMenu(tr("&Binder"))
        binder_menu.addAction(self._action(tr("&Search…"), self.show_search, "Ctrl+K", "Ctrl+F"))
        binder_menu.addAction(self._action(tr("&Import from USB…"), self.show_import, "Ctrl+I"))
        binder_menu.addAction(self._action(tr("&Print or PDF…"), self.show_print_dialog, "Ctrl+P"))
        binder_menu.addAction(self._action(tr("&Check a page code…"), self.show_check_code, "Ctrl+Shift+K"))
        binder_menu.addAction(self._action(tr("Change &operator (shift handover)…"), self.change_operator,
                                           "Ctrl+Shift+O"))
        self.publisher_action = self._action(tr("P&ublisher tools…"), self.show_publisher_tools, "Ctrl+Shift+P")
        binder_menu.addAction(self.publisher_action)
        self.laptop_action = self._action(tr("Set up this &laptop…"), self.show_laptop_setup)
        binder_menu.addAction(self.laptop_action)
        self.send_report_action = self._action(tr("Se&nd report to the coordinator…"), self.show_send_report,
                                               "Ctrl+Shift+R")
        binder_menu.addAction(self.send_report_action)
        self.report_import_action = self._action(tr("Import &field reports from USB…"), self.show_report_import,
                                                 "Ctrl+Shift+I")
        binder_menu.addAction(self.report_import_action)
        binder_menu.addSeparator()
        binder_menu.addAction(self._action(tr("Se&ttings…"), self.settings_requested, "Ctrl+,"))
        binder_menu.addAction(self._action(tr("&About Krispärm"), self.show_about))
        binder_menu.addAction(self._action(tr("Change passph&rase…"), self.show_passphrase_dialog))
        binder_menu.addAction(self._action(tr("Change all &keys…"), self.show_rekey))
        binder_menu.addAction(self._action(tr("&Lock"), self.lock_requested, "Ctrl+L"))
        binder_menu.addAction(self._action(tr("&Quit"), self.close, "Ctrl+Q"))
        go_menu = self.menuBar().addMenu(tr("&Go to"))
        self.go_actions = [self._action(tr(section.title_source), lambda _c=False, n=number - 1: self.go_to(n),
                                        f"Ctrl+{number % 10}")
                           for number, section in enumerate(self.sections, start=1)]
        for action in self.go_actions:
            go_menu.addAction(action)
        self.help = Help(self)
        self.empty_hints = install_empty_hints(self)

    def go_to(self, index: int) -> None:
        self.sidebar.setCurrentRow(index)
        current = self.stack.currentWidget()
        if current is not None:
            current.setFocus()

    def _on_section(self, index: int) -> None:
        if index < 0:
            return
        self.stack.setCurrentIndex(index)
        if index not in self._loaded_sections and self.isVisible():
            self._loaded_sections.add(index)
            self.sections[index].reload()

    # -- data ----------------------------------------------------------------
    def reload(self) -> None:
        """After unlock: banner and the current section now; other sections when first shown."""
        self.publisher_action.setVisible(self.ctx.publisher)
        self.laptop_action.setVisible(not self.ctx.publisher)
        self.send_report_action.setVisible(not self.ctx.publisher)
        self.report_import_action.setVisible(self.ctx.publisher)
        reports = self.sections.index(self.reports)
        self.sidebar.setRowHidden(reports, not self.ctx.publisher)
        self.go_actions[reports].setVisible(self.ctx.publisher)
        self._loaded_sections = {self.stack.currentIndex()}
        self._load_time_zone()
        self.sections[self.stack.currentIndex()].reload()
        self.refresh_banner()
        self.banner.set_operator(self.ctx.operator, self.ctx.operator_role)
        if not self.ctx.operator:
            self.ask_operator()

    def _load_time_zone(self) -> None:
        """The binder's zone for every time shown; asked first, so it is set before any list arrives."""
        def apply(zone: ZoneInfo) -> None:
            self.ctx.time_zone = zone
        self.ctx.worker.submit(lambda vault, progress: views.time_zone(vault), apply,
                               lambda message: log.error("time zone: %s", message))

    def reload_all(self) -> None:
        self._loaded_sections = set(range(len(self.sections)))
        self._load_time_zone()
        for section in self.sections:
            section.reload()
        self.refresh_banner()

    def refresh_banner(self) -> None:
        self._banner_generation += 1
        generation = self._banner_generation
        now = self.ctx.now()
        self.ctx.worker.submit(lambda vault, progress: overview.banner_info(vault, now),
                               lambda info: self._show_banner(generation, info),
                               lambda message: log.error("banner: %s", message))

    def _show_banner(self, generation: int, info: overview.BannerInfo) -> None:
        if generation != self._banner_generation:
            return
        self.banner.show_info(info)
        self.loaded.emit()
        self._scan_stale(generation, info, 0, 0)

    def _scan_stale(self, generation: int, info: overview.BannerInfo, after: int, found: int) -> None:
        """Count stale contacts (on the banner's day) a slice at a time, so other work is served in between."""
        today = info.today

        def op(vault: Vault, progress: Progress) -> tuple[int, int, bool]:
            return overview.stale_contacts_slice(vault, after, today)

        def done(result: tuple[int, int, bool]) -> None:
            if generation != self._banner_generation:
                return
            count, last, finished = result
            if not finished:
                self._scan_stale(generation, info, last, found + count)
                return
            warning = overview.stale_warning(found + count)
            if warning:
                info.warnings.append(warning)
                self.banner.show_info(info)
            self.stale_scanned.emit()
        self.ctx.worker.submit(op, done, lambda message: log.error("stale scan: %s", message))

    def clear(self) -> None:
        """On lock: every piece of vault data leaves the widgets."""
        self.search.clear()
        self.operator_dialog = None           # closing it below must not count as "Lock"
        self._banner_generation += 1
        self.banner.clear()
        for section in self.sections:
            section.clear()
        self._loaded_sections = set()
        for child in self.findChildren(QWidget):
            if child.isWindow() and child is not self and child.isVisible():
                child.close()

    def open_record(self, kind: str, record_id: str) -> None:
        index = SECTION_FOR_KIND.get(kind)
        if index is None:
            return
        self.sidebar.setCurrentRow(index)
        self.sections[index].open_record(kind, record_id)

    # -- dialogs -------------------------------------------------------------
    def show_search(self) -> None:
        self.search.popup()

    def show_import(self) -> None:
        from binder.gui.import_wizard import ImportWizard
        wizard = ImportWizard(self.ctx, self)
        wizard.finished.connect(lambda _r: self.reload_all())
        wizard.open()

    def show_send_report(self) -> None:
        if self.ctx.publisher:
            return
        from binder.gui.report_send import SendReportDialog
        SendReportDialog(self.ctx, self).open()

    def show_report_import(self) -> None:
        if not self.ctx.publisher:
            return
        from binder.gui.report_wizard import ReportImportWizard
        wizard = ReportImportWizard(self.ctx, self)
        wizard.finished.connect(lambda _r: self._after_report_import(wizard))
        wizard.open()

    def _after_report_import(self, wizard: ReportImportWizard) -> None:
        if wizard.imported:
            self.go_to(self.sections.index(self.reports))
            self.reports.reload()
            self.refresh_banner()

    def show_print_dialog(self) -> None:
        from binder.gui.print_dialog import PrintDialog
        dialog = PrintDialog(self.ctx, self)
        dialog.finished.connect(lambda _r: self.prints.reload())
        dialog.open()

    def show_check_code(self) -> None:
        from binder.gui.check_code_dialog import CheckCodeDialog
        CheckCodeDialog(self.ctx, self).open()

    def show_publisher_tools(self) -> None:
        if not self.ctx.publisher:
            return
        from binder.gui.publisher_tools import PublisherTools
        PublisherTools(self.ctx, self).open()

    def show_laptop_setup(self) -> None:
        from binder.gui.laptop_setup import LaptopSetup
        LaptopSetup(self.ctx, self).open()

    def show_passphrase_dialog(self) -> None:
        from binder.gui.passphrase_dialog import PassphraseDialog
        PassphraseDialog(self.ctx, self).open()

    def show_rekey(self) -> None:
        from binder.gui.rekey_dialog import RekeyDialog
        RekeyDialog(self.ctx, self).open()

    def show_about(self) -> None:
        from binder.gui.about_dialog import AboutDialog
        AboutDialog(self.ctx, self).open()

    def ask_operator(self, handover: bool = False) -> None:
        """Who is at the keyboard: at unlock (Escape locks again) or at a shift handover (Escape keeps)."""
        from binder.gui.operator_dialog import OperatorDialog
        dialog = OperatorDialog(self.ctx, self, handover=handover)
        dialog.chosen.connect(self._operator_chosen)
        dialog.rejected.connect(lambda: self._operator_refused(dialog))
        dialog.accepted.connect(self.activateWindow)          # the keyboard goes back to the window
        self.operator_dialog = dialog
        dialog.open()

    def _operator_refused(self, dialog: QDialog) -> None:
        """Nobody named at unlock: lock again (a handover that is cancelled keeps the operator)."""
        if dialog is self.operator_dialog and not self.ctx.operator:
            self.lock_requested.emit()

    def closeEvent(self, event: QCloseEvent) -> None:
        """The window closes (quit): an open operator dialog goes with it, without locking twice."""
        dialog, self.operator_dialog = self.operator_dialog, None
        if dialog is not None and shiboken6.isValid(dialog):
            dialog.close()
        super().closeEvent(event)

    def change_operator(self) -> None:
        """Shift handover: name the next operator; the vault stays open."""
        self.ask_operator(handover=True)

    def _operator_chosen(self, name: str, role: str) -> None:
        self.banner.set_operator(name, role)
        self.operator_changed.emit(name)

    def worker_idle(self) -> bool:
        return not self.ctx.worker.busy
