"""The desktop app end to end on the offscreen platform: unlock, lock, sections, search."""
from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

pytest.importorskip("PySide6")

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtWidgets import QApplication, QLabel  # noqa: E402

from binder.gui.controller import Controller  # noqa: E402
from binder.gui.settings import Settings  # noqa: E402
from binder.vault.vault import Vault  # noqa: E402
from tests.conftest import PASSPHRASE  # noqa: E402
from tests.gui_fixtures import MARKUP_NAME, populate  # noqa: E402

pytestmark = pytest.mark.gui
WAIT_MS = 10_000


@pytest.fixture
def filled_path(vault_path: Path) -> tuple[Path, dict[str, Any]]:
    with Vault.open(vault_path, PASSPHRASE) as vault:
        ids = populate(vault)
    return vault_path, ids


@pytest.fixture
def controller(qtbot: Any, qapp: QApplication, filled_path: tuple[Path, dict[str, Any]],
               tmp_path: Path) -> Any:
    path, _ids = filled_path
    ctl = Controller(qapp, path, Settings(tmp_path / "gui.ini"))
    qtbot.addWidget(ctl.unlock_window)
    ctl.start()
    yield ctl
    if ctl.main_window is not None:
        ctl.main_window.close()
    ctl.shutdown()


def unlock(qtbot: Any, ctl: Controller, secret: str = PASSPHRASE) -> None:
    ctl.unlock_window.secret.setText(secret)
    with qtbot.waitSignal(ctl.unlocked, timeout=WAIT_MS):
        qtbot.keyClick(ctl.unlock_window.secret, Qt.Key.Key_Return)
    assert ctl.main_window is not None
    qtbot.addWidget(ctl.main_window)
    qtbot.waitUntil(lambda: ctl.main_window is not None and ctl.main_window.banner.info is not None,
                    timeout=WAIT_MS)


def test_unlock_with_the_right_passphrase_shows_the_binder(qtbot: Any, controller: Controller) -> None:
    unlock(qtbot, controller)
    window = controller.main_window
    assert window is not None and window.isVisible()
    assert not controller.unlock_window.isVisible()
    assert "Testkommun" in window.banner.identity.text()
    qtbot.waitUntil(lambda: window.first_hour.routines.rowCount() == 1, timeout=WAIT_MS)


def test_wrong_passphrase_is_refused_with_a_clear_message(qtbot: Any, controller: Controller) -> None:
    controller.unlock_window.secret.setText("fel lösenfras")
    qtbot.keyClick(controller.unlock_window.secret, Qt.Key.Key_Return)
    message = controller.unlock_window.message
    qtbot.waitUntil(lambda: message.isVisible(), timeout=WAIT_MS)
    assert "Wrong passphrase" in message.text()
    assert controller.main_window is None
    assert not controller.worker.is_open_on_worker()
