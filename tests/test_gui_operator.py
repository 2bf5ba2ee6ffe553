"""Who is at the keyboard, in the window: asked at unlock, shown in the banner, recorded on every entry,
changed at a shift handover without locking, offered again from the names used on this laptop."""
from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from binder import i18n
from binder.gui.controller import Controller
from binder.gui.operator_dialog import OperatorDialog
from binder.store import amendments, incident_log, operators, restoration, routine_runs
from binder.vault.vault import Vault
from tests.conftest import PASSPHRASE
from tests.gui_fixtures import WAIT_MS, answer_operator, child, start_and_tick_first_step, unlock, window_of

pytestmark = pytest.mark.gui


def _dialog(qtbot: Any, window: Any) -> OperatorDialog:
    qtbot.waitUntil(lambda: window.operator_dialog is not None and window.operator_dialog.isVisible(),
                    timeout=WAIT_MS)
    return window.operator_dialog


def _lock(qtbot: Any, ctl: Controller) -> None:
    ctl.lock()
    qtbot.waitUntil(lambda: not ctl.worker.is_open_on_worker(), timeout=WAIT_MS)


def test_unlock_asks_who_is_at_the_keyboard_by_keyboard_and_the_banner_shows_it(
        qtbot: Any, controller: Controller, filled_path: tuple[Path, dict[str, Any]]) -> None:
    path, _ids = filled_path
    unlock(qtbot, controller, operator="")
    window = window_of(controller)
    dialog = _dialog(qtbot, window)
    assert QApplication.activeModalWidget() is dialog and controller.ctx.operator == ""
    assert dialog.windowTitle() == "Who is at the keyboard?"
    qtbot.waitUntil(lambda: dialog.name.count() == 1, timeout=WAIT_MS)
    assert dialog.name.itemText(0) == "Anna"                  # the author of the log entry already there
    assert dialog.name.hasFocus() or dialog.name_edit.hasFocus()
    # Enter with no name: said in place, the dialog stays
    qtbot.keyClick(dialog.name.lineEdit(), Qt.Key.Key_Return)
    assert dialog.isVisible() and dialog.message.text() == "Write your name first."
    qtbot.keyClicks(dialog.name.lineEdit(), "Bo Ek")
    qtbot.keyClick(dialog.name.lineEdit(), Qt.Key.Key_Tab)
    assert dialog.role.hasFocus()
    qtbot.keyClicks(dialog.role, "Log keeper")
    with qtbot.waitSignal(window.operator_changed, timeout=WAIT_MS) as chosen:
        qtbot.keyClick(dialog.role, Qt.Key.Key_Return)
    assert chosen.args == ["Bo Ek"]
    assert (controller.ctx.operator, controller.ctx.operator_role) == ("Bo Ek", "Log keeper")
    assert window.banner.operator.text() == "Operator: Bo Ek (Log keeper)"
    _lock(qtbot, controller)
    assert window.banner.operator.text() == "" and controller.ctx.operator == ""
    with Vault.open(path, PASSPHRASE) as vault:
        assert operators.Operator("Bo Ek", "Log keeper") in operators.known(vault)


def test_escape_at_unlock_locks_again(qtbot: Any, controller: Controller) -> None:
    unlock(qtbot, controller, operator="")
    dialog = _dialog(qtbot, window_of(controller))
    with qtbot.waitSignal(controller.locked, timeout=WAIT_MS):
        qtbot.keyClick(dialog.name.lineEdit(), Qt.Key.Key_Escape)
    assert controller.is_locked and controller.unlock_window.isVisible()
    assert not window_of(controller).isVisible()


def test_entries_made_in_the_window_carry_the_operator(
        qtbot: Any, controller: Controller, filled_path: tuple[Path, dict[str, Any]]) -> None:
    path, ids = filled_path
    unlock(qtbot, controller, operator="")
    window = window_of(controller)
    answer_operator(qtbot, window, "Åsa Lind", "Stabschef")
    # a typed line is information; a decision names who decided (the operator unless typed)
    window.go_to(4)
    log = window.incident_log
    qtbot.waitUntil(lambda: log.model.rowCount() == 1, timeout=WAIT_MS)
    assert log.kind.currentData() == "information" and not log.decided_by.isVisibleTo(log)
    log.line.setText("Vattnet är avstängt i Norrbacka centrum")
    qtbot.keyClick(log.line, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: log.model.rowCount() == 2, timeout=WAIT_MS)
    log.kind.setCurrentIndex(log.kind.findData("decision"))
    assert log.decided_by.isVisibleTo(log) and log.decided_by.placeholderText() == "Decided by: Åsa Lind"
    log.line.setText("Krisledningen aktiveras")
    qtbot.keyClick(log.line, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: log.model.rowCount() == 3, timeout=WAIT_MS)
    assert log.kind.currentData() == "information"          # the next line is information again
    log.kind.setCurrentIndex(log.kind.findData("decision"))
    log.decided_by.setText("Örjan Åkesson")
    log.line.setText("Skolorna stänger")
    qtbot.keyClick(log.line, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: log.model.rowCount() == 4, timeout=WAIT_MS)
    assert log.model.index(0, 4).data() == "Åsa Lind"
    # a routine started and a step ticked
    start_and_tick_first_step(qtbot, window, ids["routine"])
    # a restoration status
    window.go_to(3)
    section = window.restoration
    qtbot.waitUntil(lambda: section.model.rowCount() == 3, timeout=WAIT_MS)
    section.table.selectRow(0)
    qtbot.mouseClick(section.buttons["isolated"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: section.model.index(0, 3).data() == "Isolated", timeout=WAIT_MS)
    _lock(qtbot, controller)
    with Vault.open(path, PASSPHRASE) as vault:
        entries = incident_log.entries(vault)[1:]
        assert [(e.kind, e.author, e.role, e.decided_by) for e in entries] == [
            ("information", "Åsa Lind", "Stabschef", ""), ("decision", "Åsa Lind", "Stabschef", "Åsa Lind"),
            ("decision", "Åsa Lind", "Stabschef", "Örjan Åkesson")]
        run = routine_runs.list_runs(vault)[0]
        assert (run.started_by, run.steps[0].by) == ("Åsa Lind", "Åsa Lind")
        assert restoration.current_statuses(vault)[ids["network"]].by == "Åsa Lind"


def test_change_operator_at_a_shift_handover_needs_no_relock(
        qtbot: Any, controller: Controller, filled_path: tuple[Path, dict[str, Any]]) -> None:
    path, _ids = filled_path
    unlock(qtbot, controller, operator="Åsa Lind")
    window = window_of(controller)
    window.go_to(4)
    log = window.incident_log
    qtbot.waitUntil(lambda: log.model.rowCount() == 1, timeout=WAIT_MS)
    window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_O, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    dialog = _dialog(qtbot, window)
    assert dialog.handover and dialog.windowTitle() == "Change operator"
    qtbot.waitUntil(lambda: dialog.name.count() == 2, timeout=WAIT_MS)
    # Escape keeps the operator and the window open
    qtbot.keyClick(dialog.name.lineEdit(), Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is None, timeout=WAIT_MS)
    assert controller.ctx.operator == "Åsa Lind" and not controller.is_locked
    window.change_operator()
    answer_operator(qtbot, window, "Bo Ek", "Loggförare")
    assert not controller.is_locked and controller.worker.is_open_on_worker()
    assert window.banner.operator.text() == "Operator: Bo Ek (Loggförare)"
    log.line.setText("Skiftbyte klockan 19")
    qtbot.keyClick(log.line, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: log.model.rowCount() == 2, timeout=WAIT_MS)
    assert log.model.index(0, 4).data() == "Bo Ek"
    _lock(qtbot, controller)
    with Vault.open(path, PASSPHRASE) as vault:
        assert [e.author for e in incident_log.entries(vault)] == ["Anna", "Bo Ek"]


def test_the_pick_list_offers_the_names_used_before_and_their_roles(
        qtbot: Any, controller: Controller, filled_path: tuple[Path, dict[str, Any]]) -> None:
    path, _ids = filled_path
    with Vault.open(path, PASSPHRASE) as vault:
        operators.remember(vault, "Örjan Åkesson", "Krisledningschef")
        restoration.set_status(vault, _ids["network"], "down", by="Zenita Ahl")
    unlock(qtbot, controller, operator="Åsa Lind")
    _lock(qtbot, controller)
    unlock(qtbot, controller, operator="")
    dialog = _dialog(qtbot, window_of(controller))
    assert dialog.name.currentText() == "Åsa Lind"          # the last operator, selected: typing replaces it
    assert dialog.name_edit.selectedText() == "Åsa Lind"
    qtbot.waitUntil(lambda: dialog.name.count() == 4, timeout=WAIT_MS)
    assert [dialog.name.itemText(i) for i in range(4)] == ["Anna", "Zenita Ahl", "Åsa Lind", "Örjan Åkesson"]
    dialog.name.setFocus()
    qtbot.keyClick(dialog.name, Qt.Key.Key_Down)            # pick from the list with the arrow keys
    qtbot.waitUntil(lambda: dialog.name.currentText() == "Örjan Åkesson", timeout=WAIT_MS)
    assert dialog.role.text() == "Krisledningschef"
    with qtbot.waitSignal(window_of(controller).operator_changed, timeout=WAIT_MS):
        qtbot.keyClick(dialog.name, Qt.Key.Key_Return)
    assert window_of(controller).banner.operator.text() == "Operator: Örjan Åkesson (Krisledningschef)"


def test_a_laptop_amendment_records_the_operator(qtbot: Any, qapp: Any, tmp_path: Path,
                                                laptop_path: Path) -> None:
    from binder.gui.sections.record_form import RecordFormDialog
    from binder.gui.settings import Settings
    from tests.records_for_tests import C1
    from tests.test_operator import _publish_sample
    with Vault.open(laptop_path, PASSPHRASE) as lap:
        _publish_sample(lap)
    ctl = Controller(qapp, laptop_path, Settings(tmp_path / "gui.ini"))
    qtbot.addWidget(ctl.unlock_window)
    ctl.start()
    try:
        unlock(qtbot, ctl, operator="Cilla Öst")
        window = window_of(ctl)
        window.open_record("contact", C1)
        section = window.contacts
        qtbot.waitUntil(lambda: section.detail.record is not None and section.detail.record.id == C1,
                        timeout=WAIT_MS)
        section.edit_current()
        form = child(section, RecordFormDialog)
        qtbot.waitUntil(lambda: form.save_button.isEnabled(), timeout=WAIT_MS)
        form.editors["job_title"].set_value("Räddningschef")
        with qtbot.waitSignal(form.saved, timeout=WAIT_MS):
            form.save()
        _lock(qtbot, ctl)
        with Vault.open(laptop_path, PASSPHRASE) as lap:
            assert [(a.field, a.author) for a in amendments.list_amendments(lap, "active")] == [
                ("job_title", "Cilla Öst")]
    finally:
        if ctl.main_window is not None:
            ctl.main_window.close()
        ctl.shutdown()


def test_operator_dialog_and_banner_in_swedish_at_1366x768(
        qtbot: Any, controller: Controller, tmp_path: Path) -> None:
    i18n.set_language("sv")
    try:
        controller.apply_language("sv")
        unlock(qtbot, controller, operator="")
        window = window_of(controller)
        window.resize(1366, 768)
        dialog = _dialog(qtbot, window)
        assert dialog.windowTitle() == "Vem sitter vid datorn?"
        assert dialog.ok_button.text() == "&Fortsätt" and dialog.cancel_button.text() == "&Lås"
        assert dialog.grab().save(str(tmp_path / "operator-dialog-sv.png"))
        answer_operator(qtbot, window, "Åsa Lind", "Stabschef")
        label = window.banner.operator
        assert label.text() == "Operatör: Åsa Lind (Stabschef)"
        qtbot.waitUntil(lambda: label.width() >= label.fontMetrics().horizontalAdvance(label.text()),
                        timeout=WAIT_MS)                      # shown in full, not cut
        assert window.grab().save(str(tmp_path / "banner-sv.png"))
        window.change_operator()
        handover = _dialog(qtbot, window)
        assert handover.windowTitle() == "Byt operatör" and handover.ok_button.text() == "&Ta över"
        handover.reject()
    finally:
        i18n.set_language(None)


def test_a_language_change_keeps_the_operator_without_asking_again(qtbot: Any, controller: Controller) -> None:
    unlock(qtbot, controller, operator="Åsa Lind")
    try:
        with qtbot.waitSignal(controller.language_applied, timeout=WAIT_MS):
            controller.apply_language("sv")
        window = window_of(controller)
        qtbot.waitUntil(lambda: window.banner.info is not None, timeout=WAIT_MS)
        assert window.operator_dialog is None and QApplication.activeModalWidget() is None
        assert window.banner.operator.text() == "Operatör: Åsa Lind"
        assert controller.ctx.operator == "Åsa Lind"
    finally:
        i18n.set_language(None)
