"""Screenshots of the unlock window and every section at 1366×768 (for design review).

PNGs go to a tmp dir; set KRISPARM_SCREENS=out/screens to keep them for looking at.
"""
from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtGui import QImage

from binder.gui.controller import Controller
from tests.gui_fixtures import WAIT_MS, unlock

pytestmark = pytest.mark.gui
SIZE = (1366, 768)


def _save(widget: Any, directory: Path, name: str) -> Path:
    path = directory / f"{name}.png"
    assert widget.grab().save(str(path))
    image = QImage(str(path))
    assert image.width() == widget.width() and image.height() == widget.height()
    # not a blank image: more than a handful of distinct colours
    colours = {image.pixel(x, y) for x in range(0, image.width(), 37) for y in range(0, image.height(), 23)}
    assert len(colours) > 2, name
    return path


@pytest.fixture(params=["en", "sv"])
def screen_lang(request: pytest.FixtureRequest) -> str:
    from binder import i18n
    i18n.set_language(request.param)
    return str(request.param)


def test_screenshots_of_every_section(qtbot: Any, screen_lang: str, demo_controller: Controller,
                                      tmp_path: Path) -> None:
    controller = demo_controller
    directory = Path(os.environ.get("KRISPARM_SCREENS", tmp_path / "screens")) / screen_lang
    directory.mkdir(parents=True, exist_ok=True)
    controller.unlock_window.resize(*SIZE)
    _save(controller.unlock_window, directory, "00-unlock")
    assert "krisparm-demo" in controller.unlock_window.demo_hint.text()
    if screen_lang == "sv":
        assert controller.unlock_window.unlock_button.text() == "&Lås upp"
    unlock(qtbot, controller, controller.unlock_window.secret.text())
    window = controller.main_window
    assert window is not None
    window.resize(*SIZE)
    window.reload_all()
    qtbot.waitUntil(lambda: window.routines.detail.record is not None, timeout=WAIT_MS)
    window.routines.start_current()
    qtbot.waitUntil(lambda: window.routines.run_panel.model.rowCount() > 0, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: not controller.worker.busy, timeout=WAIT_MS)
    saved = []
    for index, section in enumerate(window.sections):
        window.go_to(index)
        qtbot.waitUntil(lambda: not controller.worker.busy, timeout=WAIT_MS)
        qtbot.wait(30)
        name = f"{index + 1:02d}-" + section.title_source.lower().replace(" & ", "-").replace(" ", "-")
        saved.append(_save(window, directory, name))
        # every section shows demo data
        assert not section.status.isVisibleTo(section), section.status.text()
    window.search.popup()
    window.search.field.setText("kris")
    qtbot.waitUntil(lambda: bool(window.search.model.hits), timeout=WAIT_MS)
    saved.append(_save(window.search, directory, "10-search"))
    assert len(saved) == len(window.sections) + 1
