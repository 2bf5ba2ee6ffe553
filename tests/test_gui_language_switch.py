"""Changing the language in Settings re-translates the open window at once (no restart),
and About on a publisher vault shows the publisher fingerprint."""
from __future__ import annotations

from typing import Any

import pytest

pytest.importorskip("PySide6")

from PySide6.QtCore import Qt

from binder.gui.controller import Controller
from binder.gui.settings_dialog import SettingsDialog
from tests.gui_fixtures import WAIT_MS, unlock

pytestmark = pytest.mark.gui


def test_language_change_rebuilds_the_window_in_swedish(qtbot: Any, controller: Controller) -> None:
    unlock(qtbot, controller)
    old = controller.main_window
    assert old is not None
    assert old.menuBar().actions()[0].text() == "&Binder"
    old.go_to(3)                                          # Restoration
    qtbot.waitUntil(lambda: old.restoration.model.rowCount() > 0, timeout=WAIT_MS)
    controller.show_settings()
    dialog = old.findChild(SettingsDialog)
    assert dialog is not None
    dialog.language.setCurrentIndex(dialog.language.findData("sv"))
    with qtbot.waitSignal(controller.language_applied, timeout=WAIT_MS):
        dialog.save()
    assert controller.settings.language == "sv"
    window = controller.main_window
    assert window is not None and window is not old
    qtbot.addWidget(window)
    assert window.isVisible() and not old.isVisible()
    assert window.menuBar().actions()[0].text() == "&Pärm"
    assert window.sidebar.item(7).text() == "Konflikter"
    assert window.stack.currentIndex() == 3               # the same section, reloaded with data
    qtbot.waitUntil(lambda: window.restoration.model.rowCount() > 0, timeout=WAIT_MS)
    assert window.restoration.model.headerData(1, Qt.Orientation.Horizontal) == "Namn"
    qtbot.waitUntil(lambda: window.banner.info is not None, timeout=WAIT_MS)
    assert "pärm" in window.banner.identity.text()
    # the old window is deleted once the worker has delivered everything
    qtbot.waitUntil(lambda: not controller._retired, timeout=WAIT_MS)
    # locking shows the unlock window in Swedish too
    controller.lock()
    assert controller.unlock_window.isVisible()
    assert controller.unlock_window.unlock_button.text() == "&Lås upp"
    unlock(qtbot, controller)
    assert controller.main_window is window


def test_about_on_the_publisher_vault_shows_the_publisher_fingerprint(qtbot: Any, controller: Controller) -> None:
    import binder
    from binder.gui.about_dialog import AboutDialog
    from binder.gui.publisher_tools import publisher_fingerprint
    from binder.vault.vault import Vault
    from tests.conftest import PASSPHRASE
    path = controller.unlock_window.vault_path
    with Vault.open(path, PASSPHRASE) as vault:
        expected = publisher_fingerprint(vault)
    unlock(qtbot, controller)
    window = controller.main_window
    assert window is not None
    window.show_about()
    dialog = window.findChild(AboutDialog)
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.info is not None, timeout=WAIT_MS)
    assert dialog.version.text() == f"Version {binder.__version__}"
    assert dialog.lines["role"].text() == "Publisher vault — Testkommun"
    assert dialog.lines["fingerprint"].text() == expected
    assert dialog.fingerprint_caption.text() == "Publisher fingerprint"
