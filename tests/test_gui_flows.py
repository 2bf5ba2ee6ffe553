"""A crisis day from the window: find the deputy, start a routine, restore systems, log decisions."""
from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QLabel, QPushButton

from binder.gui.controller import Controller
from binder.store import incident_log, restoration, routine_runs
from binder.vault.vault import Vault
from tests.conftest import PASSPHRASE
from tests.gui_fixtures import MARKUP_NAME, WAIT_MS, start_and_tick_first_step, unlock

pytestmark = pytest.mark.gui


def _window(qtbot: Any, ctl: Controller) -> Any:
    unlock(qtbot, ctl)
    assert ctl.main_window is not None
    return ctl.main_window


def _search(qtbot: Any, window: Any, text: str) -> list[Any]:
    window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    popup = window.search
    assert popup.isVisible()
    popup.field.clear()
    qtbot.keyClicks(popup.field, text)
    qtbot.waitUntil(lambda: bool(popup.model.hits) and not popup._timer.isActive()
                    and not window.ctx.worker.busy, timeout=WAIT_MS)
    return popup.model.hits


def test_search_by_part_of_a_name_opens_the_call_list_and_copies_the_deputy(
        qtbot: Any, controller: Controller, filled_path: tuple[Path, dict[str, Any]]) -> None:
    window = _window(qtbot, controller)
    hits = _search(qtbot, window, "anders")
    assert hits[0].title == "Anna Andersson"
    qtbot.keyClick(window.search.field, Qt.Key.Key_Return)
    contacts = window.contacts
    qtbot.waitUntil(lambda: window.stack.currentWidget() is contacts, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: contacts.detail.record is not None
                    and contacts.detail.record.title == "Anna Andersson", timeout=WAIT_MS)
    texts = [label.text() for label in contacts.detail.findChildren(QLabel)]
    assert "Deputy: Beata Berg — Ersättare krisledare" in texts
    assert "Deputy: Örjan Åkesson — Andre ersättare krisledare" in texts
    # Calling order: the holder's channels, then the deputies'; Örjan is stale.
    assert texts.index("070-987 65 43") < texts.index("070-123 45 67") < texts.index("070-111 22 33")
    assert any("Not verified" in t for t in texts)
    copy = next(b for b in contacts.detail.findChildren(QPushButton) if b.accessibleName() == "Copy 070-123 45 67")
    qtbot.mouseClick(copy, Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == "070-123 45 67"
    assert controller.ctx.clipboard.pending
    controller.ctx.clipboard.clear_if_unchanged()
    assert QGuiApplication.clipboard().text() == ""


def test_search_by_phone_number(qtbot: Any, controller: Controller) -> None:
    window = _window(qtbot, controller)
    hits = _search(qtbot, window, "0701234567")
    assert [h.title for h in hits] == ["Beata Berg"]
    hits = _search(qtbot, window, "+46701112233")
    assert [h.title for h in hits] == ["Örjan Åkesson"]


def test_clipboard_is_left_alone_when_the_user_copied_something_else(qtbot: Any, controller: Controller) -> None:
    guard = controller.ctx.clipboard
    guard.copy("070-123 45 67")
    QGuiApplication.clipboard().setText("something the user copied")
    guard.clear_if_unchanged()
    assert QGuiApplication.clipboard().text() == "something the user copied"


def test_starting_a_routine_and_ticking_a_step_records_who_and_when(
        qtbot: Any, controller: Controller, filled_path: tuple[Path, dict[str, Any]]) -> None:
    path, ids = filled_path
    window = _window(qtbot, controller)
    panel = start_and_tick_first_step(qtbot, window, ids["routine"])
    assert "min since activation" in panel.elapsed.text()
    assert panel.model.index(0, 5).data() == "Tjänsteman i beredskap"
    assert panel.model.index(0, 6).data()
    # the next open step is selected for the next tick
    assert panel.table.selectionModel().selectedRows()[0].row() == 1
    controller.lock()
    qtbot.waitUntil(lambda: not controller.worker.is_open_on_worker(), timeout=WAIT_MS)
    with Vault.open(path, PASSPHRASE) as vault:
        run = routine_runs.list_runs(vault)[0]
        assert run.steps[0].status == "done" and run.steps[0].by == "Tjänsteman i beredskap" and run.steps[0].at
        assert run.steps[1].status == "open"


def test_restoration_status_with_one_click_and_blocked_markers(
        qtbot: Any, controller: Controller, filled_path: tuple[Path, dict[str, Any]]) -> None:
    path, ids = filled_path
    window = _window(qtbot, controller)
    window.go_to(3)
    section = window.restoration
    qtbot.waitUntil(lambda: section.model.rowCount() == 3, timeout=WAIT_MS)
    assert section.model.index(1, 4).data() == "Blocked by: Nätverk"
    section.table.selectRow(0)
    qtbot.mouseClick(section.buttons["restored"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: section.model.index(0, 3).data() == "Restored", timeout=WAIT_MS)
    assert section.model.index(1, 4).data() == ""
    assert section.model.index(2, 4).data() == "Blocked by: Katalogtjänst"
    controller.lock()
    qtbot.waitUntil(lambda: not controller.worker.is_open_on_worker(), timeout=WAIT_MS)
    with Vault.open(path, PASSPHRASE) as vault:
        assert restoration.current_statuses(vault)[ids["network"]].status == "restored"


def test_log_entry_with_enter_and_a_linked_correction(
        qtbot: Any, controller: Controller, filled_path: tuple[Path, dict[str, Any]]) -> None:
    path, _ids = filled_path
    window = _window(qtbot, controller)
    window.go_to(4)
    section = window.incident_log
    qtbot.waitUntil(lambda: section.model.rowCount() == 1, timeout=WAIT_MS)
    section.kind.setCurrentIndex(section.kind.findData("decision"))
    section.now.setChecked(False)
    from PySide6.QtCore import QDateTime
    section.occurred.setDateTime(QDateTime.fromString("2026-11-20 08:15", "yyyy-MM-dd HH:mm"))
    section.line.setText("Skolorna stänger i morgon")  # keyClicks is ASCII-only
    qtbot.keyClick(section.line, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: section.model.rowCount() == 2, timeout=WAIT_MS)
    newest = section.model.row_item(0)
    assert newest.text == "Skolorna stänger i morgon" and newest.kind == "decision"
    assert newest.occurred_at.startswith("2026-11-20T08:15")
    section.table.selectRow(0)
    qtbot.mouseClick(section.correct_button, Qt.MouseButton.LeftButton)
    assert "Correcting entry no. 2" in section.correcting.text()
    section.line.setText("Skolorna stänger på fredag, inte i morgon")  # keyClicks is ASCII-only
    qtbot.keyClick(section.line, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: section.model.rowCount() == 3, timeout=WAIT_MS)
    assert section.model.row_item(0).corrects == 2
    assert section.model.index(0, 3).data().startswith("Correction of no. 2: ")
    # empty line: message in place, nothing saved
    qtbot.keyClick(section.line, Qt.Key.Key_Return)
    assert section.status.isVisibleTo(section) and "Write what happened" in section.status.text()
    # filter by kind
    section.filter.setCurrentIndex(section.filter.findData("information"))
    qtbot.waitUntil(lambda: section.model.rowCount() == 0, timeout=WAIT_MS)
    controller.lock()
    qtbot.waitUntil(lambda: not controller.worker.is_open_on_worker(), timeout=WAIT_MS)
    with Vault.open(path, PASSPHRASE) as vault:
        assert incident_log.verify(vault)[0]
        assert [e.corrects for e in incident_log.entries(vault)] == [None, None, 2]


def test_untrusted_markup_is_shown_literally(
        qtbot: Any, controller: Controller, filled_path: tuple[Path, dict[str, Any]]) -> None:
    _path, ids = filled_path
    window = _window(qtbot, controller)
    window.open_record("contact", ids["markup"])
    contacts = window.contacts
    qtbot.waitUntil(lambda: contacts.detail.record is not None
                    and contacts.detail.record.id == ids["markup"], timeout=WAIT_MS)
    labels = contacts.detail.findChildren(QLabel)
    assert any(label.text() == MARKUP_NAME for label in labels)
    for label in labels:
        assert label.textFormat() == Qt.TextFormat.PlainText
    # Drawn as characters: far wider than what Qt's rich-text guess would draw (an image and a link).
    from binder.gui.widgets.plain_label import PlainLabel
    plain, guessed = PlainLabel(MARKUP_NAME, wrap=False), QLabel(MARKUP_NAME)
    assert guessed.textFormat() == Qt.TextFormat.AutoText
    assert plain.sizeHint().width() > guessed.sizeHint().width() + 100
    plain.setTextFormat(Qt.TextFormat.RichText)
    assert plain.textFormat() == Qt.TextFormat.PlainText
    row = contacts.model.row_of(ids["markup"])
    assert contacts.model.index(row, 0).data() == MARKUP_NAME
    for label in window.findChildren(QLabel):
        assert label.textFormat() == Qt.TextFormat.PlainText, label.objectName()
