"""Binder → Change passphrase in the window: meter, weak ones refused, through the worker (issue 11 §7)."""
from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

pytest.importorskip("PySide6")

from PySide6.QtGui import QAction

from binder.errors import WrongPassphrase
from binder.gui.controller import Controller
from binder.gui.passphrase_dialog import PassphraseDialog
from binder.vault.vault import Vault
from tests.conftest import PASSPHRASE
from tests.gui_fixtures import WAIT_MS, unlock

pytestmark = pytest.mark.gui
NEW = "lampa kanot hallon vinter"


def test_change_passphrase_from_the_binder_menu(qtbot: Any, controller: Controller,
                                                filled_path: tuple[Path, dict[str, Any]]) -> None:
    unlock(qtbot, controller)
    window = controller.main_window
    assert window is not None
    action = next(a for a in window.findChildren(QAction) if a.text().replace("&", "") == "Change passphrase…")
    action.trigger()
    dialog = next(d for d in window.findChildren(PassphraseDialog))
    qtbot.addWidget(dialog)
    before = (filled_path[0] / "keyslots.json").read_bytes()
    dialog.current.setText(PASSPHRASE)
    dialog.new.setText("aaaaaaaa")
    dialog.repeat.setText("aaaaaaaa")
    assert dialog.meter.bar.value() < 3
    dialog.change()
    assert "too easy" in dialog.message.text()
    dialog.current.setText("not it")
    dialog.new.setText(NEW)
    dialog.repeat.setText(NEW)
    dialog.change()
    qtbot.waitUntil(lambda: dialog.change_button.isEnabled(), timeout=WAIT_MS)
    assert "Wrong passphrase" in dialog.message.text()
    assert (filled_path[0] / "keyslots.json").read_bytes() == before
    dialog.current.setText(PASSPHRASE)
    with qtbot.waitSignal(dialog.accepted, timeout=WAIT_MS):
        dialog.change()
    controller.lock()
    qtbot.waitUntil(lambda: not controller.worker.is_open_on_worker(), timeout=WAIT_MS)
    Vault.open(filled_path[0], NEW).close()
    with pytest.raises(WrongPassphrase):
        Vault.open(filled_path[0], PASSPHRASE)
