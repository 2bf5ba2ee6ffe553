"""Moves the user between the unlock window and the main window; owns the worker and auto-lock."""
from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QApplication, QWidget

from binder import i18n
from binder.gui import style
from binder.gui.app import apply_qt_language
from binder.gui.clipboard import ClipboardGuard
from binder.gui.context import GuiContext
from binder.gui.idle_lock import IdleWatcher
from binder.gui.settings import Settings
from binder.gui.unlock_window import UnlockWindow
from binder.gui.widgets.screen_fit import fit_to_screen
from binder.gui.worker import DatabaseWorker

if TYPE_CHECKING:
    from binder.gui.main_window import MainWindow

log = logging.getLogger(__name__)
RETIRE_POLL_MS = 200


class Controller(QObject):
    unlocked = Signal()
    locked = Signal()
    language_applied = Signal()           # the main window was rebuilt in the new language

    def __init__(self, app: QApplication, vault_path: Path, settings: Settings,
                 demo_passphrase: str | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.app = app
        self.settings = settings
        style.apply(app)
        self.worker = DatabaseWorker(self)
        self.ctx = GuiContext(self.worker, ClipboardGuard(self))
        self.unlock_window = self._make_unlock_window(vault_path)
        if demo_passphrase:
            self.unlock_window.show_demo_passphrase(demo_passphrase)
            self.unlock_window.secret.setText(demo_passphrase)
        self.main_window: MainWindow | None = None
        self.idle = IdleWatcher(app, int(settings.idle_minutes * 60_000), self)
        self.idle.idle.connect(self.lock)
        self.is_locked = True
        self._damaged = ""
        self._retired: list[QWidget] = []      # windows replaced after a language change

    def _make_unlock_window(self, vault_path: Path) -> UnlockWindow:
        window = UnlockWindow(vault_path)
        fit_to_screen(window)
        window.unlock_requested.connect(self.unlock)
        window.create_requested.connect(self.show_create)
        window.demo_requested.connect(self.open_demo)
        return window

    def _make_main_window(self) -> MainWindow:
        from binder.gui.main_window import MainWindow  # loaded after the unlock window is up
        window = MainWindow(self.ctx)
        window.lock_requested.connect(self.lock)
        window.settings_requested.connect(self.show_settings)
        return window

    def start(self) -> None:
        self.unlock_window.show()
        self.unlock_window.secret.setFocus()

    # -- unlocking -----------------------------------------------------------
    def unlock(self, path: str, secret: str, recovery: bool) -> None:
        self._damaged = ""
        if recovery:
            self.worker.open(Path(path), recovery_key=secret, on_success=self._on_unlocked,
                             on_failure=self.unlock_window.show_error, on_damaged=self._integrity_failed)
        else:
            self.worker.open(Path(path), passphrase=secret, on_success=self._on_unlocked,
                             on_failure=self.unlock_window.show_error, on_damaged=self._integrity_failed)

    def _on_unlocked(self, summary: dict[str, Any]) -> None:
        if self._damaged:                  # the check beside the window finished first
            self.worker.lock()
            self.unlock_window.show_error(self._damaged)
            return
        self.is_locked = False
        self.ctx.publisher = bool(summary["publisher"])
        self.settings.vault_path = summary["path"]
        window = self.main_window
        if window is None:
            window = self.main_window = self._make_main_window()
            geometry = self.settings.geometry()
            if geometry is None or not window.restoreGeometry(geometry):
                fit_to_screen(window)
        self.unlock_window.reset()
        self.unlock_window.hide()
        window.show()
        window.reload()
        self.idle.start()
        self.unlocked.emit()

    def _integrity_failed(self, message: str) -> None:
        """The vault file is damaged or was tampered with: hide everything and say so."""
        log.error("integrity check failed: %s", message)
        self._damaged = message
        if not self.is_locked:
            self.lock()
        self.unlock_window.show_error(message)

    # -- locking -------------------------------------------------------------
    def lock(self) -> None:
        """Hide all data, close the database and drop the key; unlock returns to the same section."""
        if self.is_locked:
            return
        self.is_locked = True
        self.ctx.forget_operator()                # whoever unlocks next says who they are
        self.idle.stop()
        self.ctx.clipboard.clear_now()
        if self.main_window is not None:
            self.settings.set_geometry(self.main_window.saveGeometry())
            self.main_window.clear()
            self.main_window.hide()
        self.worker.lock(lambda _none: self.locked.emit())
        self.unlock_window.reset()
        self.unlock_window.show()
        self.unlock_window.activateWindow()

    def show_settings(self) -> None:
        from binder.gui.settings_dialog import SettingsDialog
        dialog = SettingsDialog(self.settings, self.main_window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)     # not one left behind per visit
        dialog.idle_changed.connect(lambda minutes: self.idle.set_timeout_ms(int(minutes * 60_000)))
        dialog.language_changed.connect(self.apply_language)
        dialog.open()

    def apply_language(self, lang: str) -> None:
        """Show the new language now: rebuild the windows (their texts are set when built).

        The main window comes back on the same section with the same geometry; the old one is
        hidden, cleared of data, and deleted once the worker has delivered its pending results.
        """
        i18n.set_language(lang or None)
        apply_qt_language(self.app)
        old_unlock = self.unlock_window
        self.unlock_window = self._make_unlock_window(old_unlock.vault_path)
        if old_unlock.isVisible():
            self.unlock_window.show()
        self._retire(old_unlock)
        old = self.main_window
        if old is None:
            return
        section, geometry = old.stack.currentIndex(), old.saveGeometry()
        self.main_window = None
        self._retire(old)
        if self.is_locked:
            return
        window = self.main_window = self._make_main_window()
        if not window.restoreGeometry(geometry):
            fit_to_screen(window)
        window.sidebar.setCurrentRow(section)
        window.show()
        window.reload()
        self.language_applied.emit()

    def _retire(self, window: QWidget) -> None:
        if window is not None and hasattr(window, "sections"):      # the main window: drop its data
            window.clear()                                          # type: ignore[attr-defined]
        window.hide()
        self._retired.append(window)
        self._delete_retired()

    def _delete_retired(self) -> None:
        """Delete replaced windows only when no worker result can still arrive for them."""
        if not self._retired:
            return
        if self.worker.busy:
            QTimer.singleShot(RETIRE_POLL_MS, self._delete_retired)
            return
        for window in self._retired:
            window.deleteLater()
        self._retired.clear()

    # -- first use -----------------------------------------------------------
    def show_create(self) -> None:
        from binder.gui.create_vault_dialog import CreateVaultDialog
        dialog = CreateVaultDialog(self.worker, self.unlock_window.vault_path, self.unlock_window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.created.connect(self._on_unlocked)
        dialog.open()

    def open_demo(self) -> None:
        from binder.demo import ensure_demo_vault
        self.unlock_window.set_busy(True)
        self.worker.run_unlocked(lambda progress: ensure_demo_vault(), self._demo_ready,
                                 self.unlock_window.show_error)

    def _demo_ready(self, result: tuple[Path, str]) -> None:
        path, passphrase = result
        self.unlock_window.set_busy(False)
        self.unlock_window.set_vault_path(path)
        self.unlock_window.show_demo_passphrase(passphrase)
        self.unlock_window.secret.setText(passphrase)
        self.unlock_window.secret.setFocus()

    # -- shutting down -------------------------------------------------------
    def shutdown(self) -> None:
        self.idle.detach()
        if self.main_window is not None and not self.is_locked:
            self.settings.set_geometry(self.main_window.saveGeometry())
        self.settings.sync()
        self.ctx.clipboard.clear_if_unchanged()
        self.worker.shutdown()
