"""Print from the window: a real PDF built off the GUI thread, listed, and its page codes checked."""
from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from binder.gui.check_code_dialog import CheckCodeDialog
from binder.gui.controller import Controller
from binder.gui.print_dialog import PrintDialog
from tests.gui_fixtures import WAIT_MS, unlock

pytestmark = pytest.mark.gui


def test_print_action_produces_a_pdf_and_its_codes_check_as_current(
        qtbot: Any, controller: Controller, tmp_path: Path) -> None:
    from pypdf import PdfReader
    unlock(qtbot, controller)
    window = controller.main_window
    assert window is not None
    window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    dialog = window.findChild(PrintDialog)
    assert dialog is not None and dialog.isVisible()
    for section, box in dialog.section_boxes.items():
        box.setChecked(section in ("first_hour", "contacts"))
    out = tmp_path / "export" / "binder.pdf"
    dialog.out.setText(str(out))
    dialog.lang.setCurrentIndex(dialog.lang.findData("sv"))
    qtbot.mouseClick(dialog.build_button, Qt.MouseButton.LeftButton)
    assert not dialog.build_button.isEnabled()           # building; the window stays responsive
    qtbot.waitUntil(lambda: dialog.result_data is not None or bool(dialog.message.text()), timeout=60_000)
    assert dialog.message.text() == ""
    result = dialog.result_data
    assert result is not None and Path(result.path) == out and out.exists()
    assert dialog.open_button.isEnabled()
    text = "".join(page.extract_text() for page in PdfReader(str(out)).pages)
    assert "Anna Andersson" in text and "070-123 45 67" in text
    assert len(PdfReader(str(out)).pages) == result.pages
    dialog.accept()
    window.go_to(8)
    qtbot.waitUntil(lambda: window.prints.model.rowCount() == 1, timeout=WAIT_MS)
    assert window.prints.model.index(0, 6).data() == str(out)
    check = CheckCodeDialog(window.ctx, window)
    qtbot.addWidget(check)
    check.code.setText(result.codes[-1])
    qtbot.keyClick(check.code, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: check.last is not None, timeout=WAIT_MS)
    assert check.last is not None and check.last.status == "current"
    assert check.answer.text().startswith("Current.")
    check.code.setText("ZZZZ-ZZZZ")
    qtbot.keyClick(check.code, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: check.last is not None and check.last.status == "unknown", timeout=WAIT_MS)
    assert check.answer.text().startswith("Unknown code")
