"""The right keys and words in the window: plain 1–5 in Restoration, Qt's own dialogs in Swedish,
no raw codes, ids or ISO timestamps on screen, namesakes told apart in search, singular and
plural counts, an empty laptop told what to do, corrected log entries marked."""
from __future__ import annotations

import os
import re
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QDialogButtonBox, QLabel, QLineEdit, QTableView

from binder import i18n
from binder.gui.app import apply_qt_language
from binder.gui.check_code_dialog import describe
from binder.gui.controller import Controller
from binder.gui.search_popup import count_text
from binder.gui.sections.prints import PrintsModel
from binder.model import clock
from binder.printing import CodeCheck, PrintEntry
from binder.store import incident_log, records, restoration
from binder.vault.vault import Vault
from tests.conftest import PASSPHRASE
from tests.gui_fixtures import WAIT_MS, child, unlock, window_of
from tests.test_gui_layout_screens import clipped_labels, idle, save_png

pytestmark = pytest.mark.gui

ISO_WITH_OFFSET = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d|[+-]\d\d:\d\d\b")
UUID = re.compile(r"\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b")
SECTION_CODES = re.compile(r"\b(first_hour|contacts|routines|restoration|comms|staff|log|forms)\b(,|$)")


def shown_texts(root: Any) -> list[str]:
    """Every text a person sees in `root`: labels, and every cell of every shown table."""
    window = root.window()
    texts = [label.text() for label in root.findChildren(QLabel) if label.isVisibleTo(window) and label.text()]
    for table in root.findChildren(QTableView):
        if not table.isVisibleTo(window):
            continue
        model = table.model()
        for row in range(model.rowCount()):
            texts += [str(model.index(row, column).data() or "") for column in range(model.columnCount())]
    return texts


def test_plain_digits_set_the_restoration_status_when_the_list_has_focus(
        qtbot: Any, controller: Controller, filled_path: tuple[Path, dict[str, Any]]) -> None:
    path, ids = filled_path
    unlock(qtbot, controller)
    window = window_of(controller)
    window.go_to(3)
    section = window.restoration
    qtbot.waitUntil(lambda: section.model.rowCount() == 3, timeout=WAIT_MS)
    section.table.selectRow(0)
    section.table.setFocus()
    for key, expected in ((Qt.Key.Key_3, "rebuilding"), (Qt.Key.Key_4, "restored"), (Qt.Key.Key_1, "down")):
        qtbot.keyClick(section.table, key)
        qtbot.waitUntil(lambda e=expected: _status_of(section.current()) == e, timeout=WAIT_MS)
    idle(qtbot, controller)
    with Vault.open(path, PASSPHRASE) as vault:
        statuses = {item.record.id: item.status.status for item in restoration.plan(vault) if item.status}
    assert statuses == {ids["network"]: "down"}
    # a digit typed in the log line is text, not a status
    window.go_to(4)
    qtbot.keyClicks(window.incident_log.line, "4")
    assert window.incident_log.line.text() == "4"


def _status_of(item: restoration.PlanItem | None) -> str | None:
    return item.status.status if item is not None and item.status is not None else None


def _cancel_text() -> str:
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    text = box.button(QDialogButtonBox.StandardButton.Cancel).text()
    box.deleteLater()
    return text.replace("&", "")


def test_qt_dialogs_speak_the_window_language_and_follow_a_live_switch(qtbot: Any, qapp: Any,
                                                                      controller: Controller) -> None:
    assert apply_qt_language(qapp, "sv")
    assert _cancel_text() == "Avbryt"
    assert QCoreApplication.translate("QFileDialog", "&Open") == "&Öppna"     # the file chooser
    assert QCoreApplication.translate("QFileDialog", "New Folder") == "Ny mapp"
    unlock(qtbot, controller)
    controller.apply_language("en")
    assert _cancel_text() == "Cancel"
    controller.apply_language("sv")
    assert _cancel_text() == "Avbryt"
    assert window_of(controller).incident_log.save_button.text() == "&Spara"
    apply_qt_language(qapp, "en")


def test_no_codes_ids_or_offsets_on_screen_and_shifts_by_name_in_local_time(
        qtbot: Any, utc_computer: Any, controller: Controller, filled_path: tuple[Path, dict[str, Any]]) -> None:
    _path, ids = filled_path
    unlock(qtbot, controller)
    window = window_of(controller)
    window.reload_all()
    idle(qtbot, controller)
    window.routines.start_current()
    idle(qtbot, controller)
    raw = []
    for index, section in enumerate(window.sections):
        window.go_to(index)
        idle(qtbot, controller)
        pages = range(window.staff.tabs.count()) if section is window.staff else [None]
        for tab in pages:
            if tab is not None:
                window.staff.tabs.setCurrentIndex(tab)
                idle(qtbot, controller)
            raw += [(section.title_source, t) for t in shown_texts(section) + shown_texts(window.banner)
                    if ISO_WITH_OFFSET.search(t) or UUID.search(t)]
    assert not raw
    # the shift: the person's name and the Stockholm time (07:00), on a computer set to UTC
    window.open_record("shift", ids["shift1"])
    shifts = window.staff.lists["shift"]
    qtbot.waitUntil(lambda: shifts.detail.record is not None, timeout=WAIT_MS)
    idle(qtbot, controller)
    assert shifts.model.index(0, 0).data() == "Cecilia Carlsson"
    assert shifts.model.index(0, 1).data() == "2026-11-20 07:00"
    assert shifts.model.index(0, 2).data() == "2026-11-20 21:00"
    texts = shown_texts(shifts.detail)
    assert "Cecilia Carlsson, 2026-11-20 07:00–21:00" in texts
    assert ids["staff"] not in " ".join(texts)


def test_print_register_shows_section_titles_and_language_names(qtbot: Any) -> None:
    i18n.set_language("sv")
    entry = PrintEntry(id="p1", printed_at="2026-11-25T05:00:00+00:00", version="r4", valid_as_of="2026-11-25",
                       copy_number=2, lang="en", paper="A4", partial=True, sections=["first_hour", "contacts"],
                       section_hashes={}, pages=12, path="/tmp/krisparm.pdf")
    model = PrintsModel(lambda: clock.zone("Europe/Stockholm"))
    model.set_rows([entry])
    cells = [model.index(0, column).data() for column in range(model.columnCount())]
    assert cells[0] == "2026-11-25 06:00"
    assert cells[3] == "English"
    assert cells[5] == "Första timmen, Kontakter"
    assert not any(SECTION_CODES.search(str(c)) for c in cells[:6])
    # "is this page current?" names the section and the local time too
    answer = describe(CodeCheck("current", version="r4", page=3, section="first_hour",
                                printed_at="2026-11-25T05:00:00+00:00"), clock.zone("Europe/Stockholm"))
    assert "(Första timmen)" in answer and "2026-11-25 06:00" in answer and "first_hour" not in answer


def test_search_tells_namesakes_apart_and_counts_in_words(
        qtbot: Any, controller: Controller, filled_path: tuple[Path, dict[str, Any]]) -> None:
    path, _ids = filled_path
    with Vault.open(path, PASSPHRASE) as vault:
        records.save(vault, "contact", {"name": "Anna Andersson", "crisis_role": "Krisledningsgruppens ordförande",
                                        "organisation": "Samhällsbyggnadsförvaltningen",
                                        "channels": [{"kind": "mobile", "value": "+46 70 311 42 07"}]})
    unlock(qtbot, controller)
    window = window_of(controller)
    popup = window.search
    popup.popup()
    popup.field.setText("Anna Andersson")
    qtbot.waitUntil(lambda: len(popup.model.lines) >= 2 and not controller.worker.busy, timeout=WAIT_MS)
    texts = [popup.model.index(row).data() for row in range(popup.model.rowCount())]
    annas = [t for t in texts if t.startswith("Anna Andersson")]
    assert len(annas) == 2 and annas[0] != annas[1]
    assert any("Krisledare · Testkommun" in t for t in annas)
    assert any("Krisledningsgruppens ordförande · Samhällsbyggnadsförvaltningen" in t for t in annas)
    popup.field.setText("+46 70 311 42 07")
    qtbot.waitUntil(lambda: len(popup.model.lines) == 1 and not controller.worker.busy, timeout=WAIT_MS)
    assert popup.info.text() == "1 result — Enter opens it"
    assert count_text(1) == "1 result — Enter opens it"
    i18n.set_language("sv")
    assert count_text(1).startswith("1 träff ")
    assert count_text(2).startswith("2 träffar ")


@pytest.fixture
def laptop_controller(qtbot: Any, qapp: Any, laptop_path: Path, tmp_path: Path) -> Any:
    from binder.gui.settings import Settings
    ctl = Controller(qapp, laptop_path, Settings(tmp_path / "gui.ini"))
    qtbot.addWidget(ctl.unlock_window)
    ctl.start()
    yield ctl
    if ctl.main_window is not None:
        ctl.main_window.close()
    ctl.shutdown()


@pytest.mark.parametrize("lang", ["en", "sv"])
def test_a_new_laptop_is_told_to_import_the_bundle(qtbot: Any, laptop_controller: Controller, lang: str,
                                                    tmp_path: Path) -> None:
    i18n.set_language(lang)
    unlock(qtbot, laptop_controller)
    window = window_of(laptop_controller)
    window.resize(1280, 720)
    idle(qtbot, laptop_controller)
    directory = Path(os.environ.get("KRISPARM_SCREENS", tmp_path / "screens")) / f"{lang}-1280x720"
    directory.mkdir(parents=True, exist_ok=True)
    save_png(window, directory, "11-empty-laptop")
    assert not clipped_labels(window)
    banner = window.banner.age.text()
    assert "Ctrl+I" in banner
    assert not re.search(r"\b0 (days|dagar)\b", banner)
    first_hour = window.first_hour
    assert first_hour.empty_box.isVisible()
    assert "Ctrl+I" in first_hour.empty.text()
    with qtbot.waitSignal(first_hour.import_requested, timeout=WAIT_MS):
        first_hour.import_button.click()


def test_the_log_list_marks_a_corrected_entry(qtbot: Any, controller: Controller,
                                              filled_path: tuple[Path, dict[str, Any]]) -> None:
    path, ids = filled_path
    with Vault.open(path, PASSPHRASE) as vault:
        wrong = incident_log.add(vault, "Vattnet är avstängt i hela kommunen", kind="information", author="Beata")
        fix = incident_log.add(vault, "Vattnet är avstängt i Norrbacka centrum", kind="action", author="Beata",
                               corrects=wrong.seq)
    unlock(qtbot, controller)
    window = window_of(controller)
    window.go_to(4)
    log_section = window.incident_log
    qtbot.waitUntil(lambda: log_section.model.rowCount() == 3, timeout=WAIT_MS)
    texts = {entry.seq: log_section.model.index(row, 3).data() for row, entry in enumerate(log_section.model.rows())}
    assert texts[wrong.seq] == f"[Corrected by no. {fix.seq}] Vattnet är avstängt i hela kommunen"
    assert texts[fix.seq].startswith(f"Correction of no. {wrong.seq}: ")
    assert not texts[ids["log1"]].startswith("[")
    # filtered to information only, the mark stays although the correction (an action) is hidden
    log_section.filter.setCurrentIndex(log_section.filter.findData("information"))
    qtbot.waitUntil(lambda: log_section.model.rowCount() == 1, timeout=WAIT_MS)
    assert log_section.model.index(0, 3).data().startswith(f"[Corrected by no. {fix.seq}]")


def test_a_shift_is_edited_in_local_time(qtbot: Any, utc_computer: Any, controller: Controller,
                                         filled_path: tuple[Path, dict[str, Any]]) -> None:
    """The form shows the binder's local time (no offset, no 'T') and reads a typed time as local."""
    from binder.gui.sections.record_form import RecordFormDialog
    path, ids = filled_path
    unlock(qtbot, controller)
    window = window_of(controller)
    window.open_record("shift", ids["shift1"])
    shifts = window.staff.lists["shift"]
    qtbot.waitUntil(lambda: shifts.detail.record is not None, timeout=WAIT_MS)
    shifts.edit_current()
    dialog = child(shifts, RecordFormDialog)
    qtbot.waitUntil(lambda: dialog.save_button.isEnabled(), timeout=WAIT_MS)
    start, end = dialog.editors["start"].widget, dialog.editors["end"].widget
    assert isinstance(start, QLineEdit) and isinstance(end, QLineEdit)
    assert dialog.windowTitle() == "2026-11-20 07:00–21:00"
    assert start.text() == "2026-11-20 07:00"
    end.setText("2026-11-20 19:30")
    with qtbot.waitSignal(dialog.saved, timeout=WAIT_MS):
        dialog.save()
    idle(qtbot, controller)
    controller.lock()
    qtbot.waitUntil(lambda: not controller.worker.is_open_on_worker(), timeout=WAIT_MS)
    with Vault.open(path, PASSPHRASE) as vault:
        saved = records.get(vault, "shift", ids["shift1"])
    assert saved.data["start"] == "2026-11-20T07:00:00+01:00"          # untouched: as stored
    assert saved.data["end"] == "2026-11-20T19:30:00+01:00"            # typed: Stockholm time
