"""Locking the window clears a number copied to the clipboard (issue 11 §8)."""
from __future__ import annotations

from typing import Any

import pytest

pytest.importorskip("PySide6")

from PySide6.QtGui import QGuiApplication

from binder.gui.controller import Controller
from tests.gui_fixtures import unlock

pytestmark = pytest.mark.gui


def test_lock_clears_the_copied_number_but_not_what_the_user_copied_since(qtbot: Any, controller: Controller) -> None:
    unlock(qtbot, controller)
    controller.ctx.clipboard.copy("070-123 45 67")
    assert controller.ctx.clipboard.pending
    controller.lock()
    assert QGuiApplication.clipboard().text() == ""
    assert not controller.ctx.clipboard.pending
    unlock(qtbot, controller)
    controller.ctx.clipboard.copy("070-987 65 43")
    QGuiApplication.clipboard().setText("the user's own text")
    controller.lock()
    assert QGuiApplication.clipboard().text() == "the user's own text"
