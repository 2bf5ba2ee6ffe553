"""The desktop app end to end on the offscreen platform: unlock, lock, sections, search."""
from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from binder.gui.controller import Controller
from tests.conftest import PASSPHRASE
from tests.gui_fixtures import WAIT_MS, unlock, window_of

pytestmark = pytest.mark.gui


def test_unlock_with_the_right_passphrase_shows_the_binder(qtbot: Any, controller: Controller) -> None:
    # The fixture's contacts were verified 2020-01-01, 2026-10-01 and 2026-11-01 (one never): on
    # 2026-12-01 two are stale (over 180 days or never). The day is given, not read from the clock.
    controller.ctx.now = lambda: datetime(2026, 12, 1, 9, 0, tzinfo=UTC)
    unlock(qtbot, controller)
    window = window_of(controller)
    assert window is not None and window.isVisible()
    assert not controller.unlock_window.isVisible()
    assert "Testkommun" in window.banner.identity.text()
    qtbot.waitUntil(lambda: "2 contacts not verified" in window.banner.warnings.text(), timeout=WAIT_MS)
    qtbot.waitUntil(lambda: window.first_hour.routines.rowCount() == 1, timeout=WAIT_MS)


def test_wrong_passphrase_is_refused_with_a_clear_message(qtbot: Any, controller: Controller) -> None:
    controller.unlock_window.secret.setText("fel lösenfras")
    qtbot.keyClick(controller.unlock_window.secret, Qt.Key.Key_Return)
    message = controller.unlock_window.message
    qtbot.waitUntil(lambda: message.isVisible(), timeout=WAIT_MS)
    assert "Wrong passphrase" in message.text()
    assert controller.main_window is None
    assert not controller.worker.is_open_on_worker()


def test_idle_lock_hides_data_and_closes_the_database(qtbot: Any, controller: Controller) -> None:
    unlock(qtbot, controller)
    window = window_of(controller)
    assert window is not None
    window.go_to(1)
    qtbot.waitUntil(lambda: window.contacts.model.rowCount() > 0, timeout=WAIT_MS)
    controller.idle.set_timeout_ms(200)
    controller.idle.start()
    with qtbot.waitSignal(controller.locked, timeout=WAIT_MS):
        pass
    assert not window.isVisible()
    assert controller.unlock_window.isVisible()
    assert window.contacts.model.rowCount() == 0
    assert window.contacts.detail.record is None
    assert window.banner.identity.text() == ""
    assert not controller.worker.is_open_on_worker()
    texts = " ".join(label.text() for label in window.findChildren(QLabel))
    assert "Andersson" not in texts and "070" not in texts
    # Unlocking brings the user back to the same section.
    unlock(qtbot, controller)
    assert window.stack.currentIndex() == 1
    qtbot.waitUntil(lambda: window.contacts.model.rowCount() > 0, timeout=WAIT_MS)


def test_ctrl_l_locks(qtbot: Any, controller: Controller) -> None:
    unlock(qtbot, controller)
    window = window_of(controller)
    assert window is not None
    window.activateWindow()
    with qtbot.waitSignal(controller.locked, timeout=WAIT_MS):
        qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert not controller.worker.is_open_on_worker()


def test_every_section_loads_the_populated_vault(qtbot: Any, controller: Controller) -> None:
    unlock(qtbot, controller)
    window = window_of(controller)
    assert window is not None
    window.reload_all()
    qtbot.waitUntil(lambda: window.first_hour.people.rowCount() == 3, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: window.contacts.model.rowCount() == 4, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: window.routines.model.rowCount() == 1, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: window.restoration.model.rowCount() == 3, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: window.incident_log.model.rowCount() == 1, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: window.communication.model.rowCount() == 1, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: window.staff.lists["shift"].model.rowCount() == 1, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: window.staff.lists["partner"].model.rowCount() == 1, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: "14.0 h" in window.staff.warnings.text(), timeout=WAIT_MS)
    qtbot.waitUntil(lambda: window.conflicts.empty.isVisibleTo(window.conflicts), timeout=WAIT_MS)
    qtbot.waitUntil(lambda: window.worker_idle(), timeout=WAIT_MS)
    # restoration order: the network before the directory before the care system
    names = [item.record.title for item in window.restoration.model.rows()]
    assert names == ["Nätverk", "Katalogtjänst", "Vårdsystem"]
    assert window.prints.model.rowCount() == 0


def test_create_a_vault_shows_the_recovery_key_once_and_prints_the_sheet(
        qtbot: Any, qapp: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from pypdf import PdfReader
    from PySide6.QtGui import QDesktopServices

    from binder.gui.create_vault_dialog import CreateVaultDialog
    from binder.gui.settings import Settings
    from tests.conftest import FAST_KDF
    opened: list[str] = []
    def open_url(url: Any) -> bool:
        opened.append(url.toLocalFile())
        return True

    monkeypatch.setattr(QDesktopServices, "openUrl", open_url)
    ctl = Controller(qapp, tmp_path / "new-vault", Settings(tmp_path / "gui.ini"))
    qtbot.addWidget(ctl.unlock_window)
    ctl.start()
    try:
        assert not ctl.unlock_window.unlock_button.isEnabled()     # no vault there yet
        dialog = CreateVaultDialog(ctl.worker, tmp_path / "new-vault", ctl.unlock_window, kdf=FAST_KDF)
        dialog.created.connect(ctl._on_unlocked)
        dialog.organisation.setText("Norrbacka kommun")
        dialog.passphrase.setText("kort")
        dialog.repeat.setText("kort")
        dialog.create_vault()
        qtbot.waitUntil(lambda: "8 characters" in dialog.message.text(), timeout=WAIT_MS)
        dialog.passphrase.setText(PASSPHRASE)
        dialog.repeat.setText(PASSPHRASE + "x")
        dialog.create_vault()
        assert "differ" in dialog.message.text()
        dialog.repeat.setText(PASSPHRASE)
        dialog.create_vault()
        qtbot.waitUntil(lambda: dialog.pages.currentIndex() == 1, timeout=WAIT_MS)
        key = dialog.key_label.text()
        assert len(key) > 30 and dialog.passphrase.text() == ""
        sheet = dialog.save_sheet(tmp_path / "sheet.pdf")
        assert sheet is not None and opened == [str(sheet)]
        text = PdfReader(str(sheet)).pages[0].extract_text()
        assert key.split("-")[0] in text and "Norrbacka kommun" in text
        assert (sheet.stat().st_mode & 0o077) == 0
        with qtbot.waitSignal(ctl.unlocked, timeout=WAIT_MS):
            qtbot.mouseClick(dialog.continue_button, Qt.MouseButton.LeftButton)
        assert dialog.key_label.text() == ""
        assert ctl.main_window is not None and window_of(ctl).isVisible()
        qtbot.addWidget(window_of(ctl))
        ctl.lock()
        qtbot.waitUntil(lambda: not ctl.worker.is_open_on_worker(), timeout=WAIT_MS)
        unlock(qtbot, ctl)             # the new vault opens with its passphrase
    finally:
        if ctl.main_window is not None:
            ctl.main_window.close()
        ctl.shutdown()


def test_unlock_with_the_recovery_key(qtbot: Any, controller: Controller, recovery_key: str) -> None:
    window = controller.unlock_window
    window.use_recovery.setChecked(True)
    assert window.secret.echoMode() == window.secret.EchoMode.Normal
    window.secret.setText(recovery_key)
    with qtbot.waitSignal(controller.unlocked, timeout=WAIT_MS):
        qtbot.keyClick(window.secret, Qt.Key.Key_Return)


def test_a_damaged_vault_file_is_caught_after_unlock_and_the_window_locks(
        qtbot: Any, qapp: Any, filled_path: tuple[Path, dict[str, Any]], tmp_path: Path) -> None:
    from binder.gui.settings import Settings
    path, _ids = filled_path
    db = path / "vault.db"
    data = bytearray(db.read_bytes())
    data[len(data) - 2000] ^= 0xFF            # a data page, not the first one
    db.write_bytes(bytes(data))
    ctl = Controller(qapp, path, Settings(tmp_path / "gui.ini"))
    qtbot.addWidget(ctl.unlock_window)
    ctl.start()
    try:
        ctl.unlock_window.secret.setText(PASSPHRASE)
        qtbot.keyClick(ctl.unlock_window.secret, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: "damaged" in ctl.unlock_window.message.text(), timeout=WAIT_MS)
        assert ctl.unlock_window.message.isVisible()
        qtbot.waitUntil(lambda: ctl.is_locked and not ctl.worker.is_open_on_worker(), timeout=WAIT_MS)
        assert ctl.main_window is None or not window_of(ctl).isVisible()
    finally:
        if ctl.main_window is not None:
            ctl.main_window.close()
        ctl.shutdown()


def test_settings_change_the_idle_time_and_language_and_are_kept(
        qtbot: Any, controller: Controller, tmp_path: Path) -> None:
    from binder.gui.settings import Settings
    from binder.gui.settings_dialog import SettingsDialog
    unlock(qtbot, controller)
    controller.show_settings()
    dialog = window_of(controller).findChild(SettingsDialog)
    assert dialog is not None and dialog.idle.value() == 5
    dialog.idle.setValue(2.5)
    dialog.language.setCurrentIndex(dialog.language.findData("sv"))
    dialog.save()
    assert controller.idle._timer.interval() == 150_000
    again = Settings(tmp_path / "gui.ini")
    assert again.idle_minutes == 2.5 and again.language == "sv"
    assert "Anna" not in (tmp_path / "gui.ini").read_text(encoding="utf-8")
