"""Help in the window (F1, the Help menu) and a new user following the Swedish laptop guide (issue 17)."""
from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QApplication, QPushButton

from binder import guides, i18n
from binder.gui.controller import Controller
from binder.gui.guide_shots import type_text
from binder.gui.help_viewer import SECTION_HEADINGS, HelpViewer, section_guide
from binder.store import incident_log, routine_runs
from binder.vault.vault import Vault
from tests.conftest import PASSPHRASE
from tests.gui_fixtures import WAIT_MS, unlock, window_of

pytestmark = pytest.mark.gui


@pytest.mark.parametrize("lang", ["sv", "en"])
def test_f1_opens_the_guide_at_the_current_section_in_every_section(
        qtbot: Any, controller: Controller, lang: str) -> None:
    i18n.set_language(lang)
    unlock(qtbot, controller)
    window = window_of(controller)
    for index, section in enumerate(window.sections):
        window.go_to(index)
        window.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=WAIT_MS)
        qtbot.keyClick(window, Qt.Key.Key_F1)
        viewer = window.help.viewer
        assert viewer is not None and viewer.isVisible()
        name = section_guide(section.title_source)
        assert viewer.guide == name
        expected = SECTION_HEADINGS[section.title_source][lang]
        assert expected in guides.headings(guides.read_guide(name, lang))
        assert viewer.current_heading() == expected, section.title_source
        viewer.close()
    # the Help menu offers both guides; the shortcut is named in the action's tooltip
    texts = [a.text().replace("&", "") for a in window.menuBar().actions()]
    assert (i18n.tr("&Help").replace("&", "")) in texts
    assert "F1" in window.help.section_action.toolTip()
    lock = next(a for a in window.actions() if a.text() == i18n.tr("&Lock"))
    assert "Ctrl+L" in lock.toolTip()
    assert "Ctrl+I" in window.first_hour.import_button.toolTip()      # a button doing what an action does


def test_the_viewer_shows_local_images_and_never_leaves_the_guides(qtbot: Any, tmp_path: Path) -> None:
    viewer = HelpViewer()
    qtbot.addWidget(viewer)
    viewer.show_guide(guides.LAPTOP)
    document = viewer.browser.document()
    image = guides.guide_path(guides.LAPTOP, i18n.language()).parent / "../images/en/unlock.png"
    loaded = viewer.browser.loadResource(QTextDocument.ResourceType.ImageResource.value,
                                         QUrl.fromLocalFile(str(image.resolve())))
    assert loaded is not None
    outside = tmp_path / "secret.png"
    outside.write_bytes(image.read_bytes())
    assert viewer.browser.loadResource(QTextDocument.ResourceType.ImageResource.value,
                                       QUrl.fromLocalFile(str(outside))) is None
    assert viewer.browser.loadResource(QTextDocument.ResourceType.ImageResource.value,
                                       QUrl("http://example.org/x.png")) is None
    before = viewer.browser.source()
    viewer.browser.anchorClicked.emit(QUrl("http://example.org/"))
    assert viewer.browser.source() == before and "example.org" in viewer.note.text()
    assert document.toPlainText().startswith("Krispärm on the crisis laptop")


def test_a_new_user_following_the_swedish_laptop_guide_completes_the_first_hour(
        qtbot: Any, controller: Controller, filled_path: tuple[Path, dict[str, Any]]) -> None:
    """The guide's first hour, in its order, by keyboard, in Swedish: each step as the guide words it."""
    path, ids = filled_path
    i18n.set_language("sv")
    guide = guides.read_guide(guides.LAPTOP, "sv")
    # "Skriv lösenfrasen och tryck Enter"
    controller.unlock_window.secret.setText(PASSPHRASE)
    with qtbot.waitSignal(controller.unlocked, timeout=WAIT_MS):
        qtbot.keyClick(controller.unlock_window.secret, Qt.Key.Key_Return)
    window = window_of(controller)
    qtbot.addWidget(window)
    # "Skriv ditt för- och efternamn … Skriv din krisroll … Tryck Enter (Fortsätt)"
    qtbot.waitUntil(lambda: window.operator_dialog is not None and window.operator_dialog.isVisible(),
                    timeout=WAIT_MS)
    dialog = window.operator_dialog
    assert dialog is not None
    assert dialog.ok_button.text().replace("&", "") == "Fortsätt" and "**Fortsätt**" in guide
    type_text(dialog.name_edit, "Åsa Lind")
    qtbot.keyClick(dialog.name_edit, Qt.Key.Key_Tab)
    type_text(dialog.role, "Stabschef")
    with qtbot.waitSignal(window.operator_changed, timeout=WAIT_MS):
        qtbot.keyClick(dialog.role, Qt.Key.Key_Return)
    # "Fönstret öppnas i Första timmen … Välj aktiveringsrutinen och tryck Öppna rutinen"
    assert window.stack.currentWidget() is window.first_hour
    assert window.sidebar.currentItem().text() == "Första timmen" and "**Första timmen**" in guide
    first_hour = window.first_hour
    qtbot.waitUntil(lambda: first_hour.routines.rowCount() == 1, timeout=WAIT_MS)
    open_routine = next(b for b in first_hour.findChildren(QPushButton) if b.text() == "&Öppna rutinen")
    assert "**Öppna rutinen**" in guide
    first_hour.routine_table.setFocus()
    first_hour.routine_table.selectRow(0)
    qtbot.keyClick(first_hour.routine_table, Qt.Key.Key_Tab)       # from the list to the button
    assert open_routine.hasFocus()
    qtbot.keyClick(open_routine, Qt.Key.Key_Space)
    routines = window.routines
    qtbot.waitUntil(lambda: window.stack.currentWidget() is routines and routines.detail.record is not None
                    and routines.detail.record.id == ids["routine"], timeout=WAIT_MS)
    # "Tryck Starta rutinen"
    assert routines.start_button.text().replace("&", "") == "Starta rutinen" and "**Starta rutinen**" in guide
    routines.start_button.setFocus()
    qtbot.keyClick(routines.start_button, Qt.Key.Key_Space)
    panel = routines.run_panel
    qtbot.waitUntil(lambda: panel.model.rowCount() == 3, timeout=WAIT_MS)
    # "Gå ned i stegen med piltangenterna. Tryck Mellanslag när ett steg är gjort."
    assert "Tryck Mellanslag när ett steg är gjort" in guide
    panel.table.setFocus()
    panel.table.selectRow(0)
    qtbot.keyClick(panel.table, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: panel.model.run is not None and panel.model.run.steps[0].status == "done",
                    timeout=WAIT_MS)
    # "Tryck Ctrl+K … Skriv en del av namnet, krisrollen eller telefonnumret … Tryck Enter"
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=WAIT_MS)
    qtbot.keyClick(window, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    popup = window.search
    assert popup.isVisible()
    type_text(popup.field, "krisledare")
    qtbot.waitUntil(lambda: bool(popup.model.hits) and not popup._timer.isActive()
                    and not window.ctx.worker.busy, timeout=WAIT_MS)
    # "Välj rätt person med pil upp och ned … Tryck Enter": the chair, not the deputy of the same role
    qtbot.keyClick(popup.field, Qt.Key.Key_Down)
    for _ in popup.model.hits:
        if popup.model.hits[popup.results.currentIndex().row()].id == ids["leader"]:
            break
        qtbot.keyClick(popup.results, Qt.Key.Key_Down)
    qtbot.keyClick(popup.results, Qt.Key.Key_Return)
    contacts = window.contacts
    qtbot.waitUntil(lambda: contacts.detail.record is not None
                    and contacts.detail.record.id == ids["leader"], timeout=WAIT_MS)
    assert any(b.text() == "Kopiera" for b in contacts.detail.findChildren(QPushButton)) and "**Kopiera**" in guide
    # "Välj Loggbok (Ctrl+5). Skriv en rad om vad som hänt och tryck Enter."
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=WAIT_MS)
    qtbot.keyClick(window, Qt.Key.Key_5, Qt.KeyboardModifier.ControlModifier)
    log = window.incident_log
    assert window.stack.currentWidget() is log and "**Loggbok** (**Ctrl+5**)" in guide
    qtbot.waitUntil(lambda: log.model.rowCount() == 1, timeout=WAIT_MS)
    log.line.setFocus()
    type_text(log.line, "Anna Andersson nådd, krisledningen samlas 09:00")
    qtbot.keyClick(log.line, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: log.model.rowCount() == 2, timeout=WAIT_MS)
    # "Tryck Ctrl+L"
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=WAIT_MS)
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: controller.is_locked and not controller.worker.is_open_on_worker(), timeout=WAIT_MS)

    with Vault.open(path, PASSPHRASE) as vault:
        run = routine_runs.list_runs(vault)[0]
        assert run.routine_id == ids["routine"] and run.started_by == "Åsa Lind"
        assert run.steps[0].status == "done" and run.steps[0].by == "Åsa Lind" and run.steps[0].at
        entries = incident_log.entries(vault)
        last = entries[-1]
        assert last.text == "Anna Andersson nådd, krisledningen samlas 09:00"
        assert last.kind == "information" and last.author == "Åsa Lind"


@pytest.mark.parametrize("lang", ["sv", "en"])
def test_every_empty_list_on_a_new_laptop_says_what_to_do_next(
        qtbot: Any, qapp: Any, laptop_path: Path, tmp_path: Path, lang: str) -> None:
    from binder.gui.settings import Settings
    i18n.set_language(lang)
    ctl = Controller(qapp, laptop_path, Settings(tmp_path / "gui.ini"))
    qtbot.addWidget(ctl.unlock_window)
    ctl.start()
    try:
        unlock(qtbot, ctl)
        window = window_of(ctl)
        for index in range(len(window.sections)):
            window.go_to(index)
            qtbot.waitUntil(lambda: not window.ctx.worker.busy, timeout=WAIT_MS)
        for hint in window.empty_hints:
            qtbot.waitUntil(lambda h=hint: h.table.model().rowCount() == 0, timeout=WAIT_MS)
            message = hint.current()
            assert message, hint.table
            assert ("Ctrl+I" in message or "Ctrl+P" in message or "Enter" in message
                    or i18n.tr("Start this routine") in message or "Starta rutinen" in message), message
            # it is drawn: the empty viewport is not blank
            picture = hint.table.viewport().grab().toImage()
            colours = {picture.pixel(x, y) for x in range(0, picture.width(), 3)
                       for y in range(0, min(picture.height(), 80), 3)}
            assert len(colours) > 2, message
        contacts = window.contacts
        window.go_to(1)
        contacts.filter.setText("zzz")
        qtbot.waitUntil(lambda: not contacts._filter_timer.isActive() and not window.ctx.worker.busy,
                        timeout=WAIT_MS)
        hint = next(h for h in window.empty_hints if h.table is contacts.table)
        assert "Ctrl+K" in hint.current()
        if lang == "sv":
            assert hint.current().startswith("Inget matchar filtret")
    finally:
        if ctl.main_window is not None:
            ctl.main_window.close()
        ctl.shutdown()
