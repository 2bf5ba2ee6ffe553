"""Binder → Change all keys in the window, through the worker (issue 11 §1)."""
from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

pytest.importorskip("PySide6")

from PySide6.QtGui import QAction, QDesktopServices

from binder.errors import WrongPassphrase
from binder.gui.controller import Controller
from binder.gui.rekey_dialog import RekeyDialog
from binder.store import records
from binder.vault.vault import Vault
from tests.conftest import PASSPHRASE
from tests.gui_fixtures import WAIT_MS, unlock

pytestmark = pytest.mark.gui


def test_change_all_keys_from_the_binder_menu(qtbot: Any, controller: Controller, tmp_path: Path,
                                               filled_path: tuple[Path, dict[str, Any]], recovery_key: str,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: True)
    unlock(qtbot, controller)
    window = controller.main_window
    assert window is not None
    action = next(a for a in window.findChildren(QAction) if a.text().replace("&", "") == "Change all keys…")
    action.trigger()
    dialog = next(d for d in window.findChildren(RekeyDialog))
    qtbot.addWidget(dialog)
    path = filled_path[0]
    dialog.passphrase.setText("not the passphrase")
    dialog.start()
    qtbot.waitUntil(lambda: dialog.start_button.isEnabled(), timeout=WAIT_MS)
    assert "Wrong passphrase" in dialog.message.text() and dialog.pages.currentIndex() == 0
    dialog.passphrase.setText(PASSPHRASE)
    dialog.start()
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == 1, timeout=WAIT_MS)
    key = dialog.key_label.text()
    assert len(key) == 39 and key != recovery_key and dialog.passphrase.text() == ""
    sheet = dialog.save_sheet(tmp_path / "sheet.pdf")
    assert sheet is not None and sheet.is_file()
    dialog.done_button.click()
    assert dialog.key_label.text() == ""
    # The window keeps working on the re-keyed vault.
    done: list[Any] = []
    controller.worker.submit(lambda vault, progress: records.count(vault, "contact"), done.append)
    qtbot.waitUntil(lambda: bool(done), timeout=WAIT_MS)
    assert done[0] > 0
    controller.lock()
    qtbot.waitUntil(lambda: not controller.worker.is_open_on_worker(), timeout=WAIT_MS)
    with Vault.open(path, recovery_key=key):
        pass
    with pytest.raises(WrongPassphrase):
        Vault.open(path, recovery_key=recovery_key)              # the old recovery key opens nothing
