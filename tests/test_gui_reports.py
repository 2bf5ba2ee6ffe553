"""The Reports window end to end on real widgets: a coordinator imports two laptops' field reports
through the wizard (and refuses a tampered one with nothing changed), reads the timeline with
filters, the restoration board, and accepts and rejects proposed corrections; a laptop sends its
report to a stick, writes its identity file, and the coordinator enrols a laptop from one."""
from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QDate, QDateTime, Qt, QTime
from PySide6.QtWidgets import QDialogButtonBox

from binder.bundle import recipients
from binder.gui.laptop_setup import LaptopSetup
from binder.gui.publisher_tools import PublisherTools
from binder.gui.report_send import SendReportDialog
from binder.gui.report_wizard import DONE, PREVIEW, ReportImportWizard
from binder.reports import apply as report_apply
from binder.reports import corrections, export, keys, verify
from binder.store import incident_log, records
from binder.vault.vault import Vault
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.gui_fixtures import WAIT_MS
from tests.records_for_tests import A1, A2, C1
from tests.reports_gui_fixtures import Field, close_app, open_app
from tests.test_gui_import import _digest

pytestmark = pytest.mark.gui


def _idle(qtbot: Any, ctl: Any) -> None:
    qtbot.waitUntil(lambda: not ctl.worker.busy, timeout=WAIT_MS)


@pytest.fixture
def coordinator(qtbot: Any, qapp: Any, field: Field, tmp_path: Path) -> Any:
    ctl = open_app(qtbot, qapp, field.pub, tmp_path)
    yield ctl
    close_app(ctl)


def _open_reports(qtbot: Any, ctl: Any) -> Any:
    window = ctl.main_window
    window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert window.stack.currentWidget() is window.reports
    _idle(qtbot, ctl)
    return window.reports


def test_import_through_the_wizard_refuses_a_tampered_file_then_imports_two_laptops(
        qtbot: Any, coordinator: Any, field: Field) -> None:
    ctl = coordinator
    window = ctl.main_window
    assert not window.sidebar.isRowHidden(window.sections.index(window.reports))
    window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    wizard = window.findChild(ReportImportWizard)
    assert wizard is not None and wizard.isVisible()
    assert not wizard.next_button.isEnabled()

    # A tampered file: refused on the checking page, the reason shown, the vault unchanged.
    _idle(qtbot, ctl)
    before = _digest(field.pub)
    wizard.choose_files([field.tampered])
    qtbot.mouseClick(wizard.next_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(wizard.verify_error.text()), timeout=WAIT_MS)
    assert field.tampered.name in wizard.verify_error.text()
    assert "Nothing was changed" in wizard.verify_error.text()
    assert not wizard.next_button.isEnabled()
    _idle(qtbot, ctl)
    assert _digest(field.pub) == before

    # Both laptops' reports: checked, previewed (new per kind, chain intact), imported.
    qtbot.mouseClick(wizard.back_button, Qt.MouseButton.LeftButton)
    wizard.choose_files(list(field.reports.values()))
    qtbot.mouseClick(wizard.next_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: wizard.pages.currentIndex() == PREVIEW, timeout=WAIT_MS)
    text = wizard.preview_text.text()
    assert "Field report 1 from Stabsrum A" in text and "Field report 1 from Stabsrum B" in text
    assert "New: 2 log entries, 1 status changes, 0 routine runs, 1 proposed corrections." in text
    assert "Stabsrum A: log chain intact (2 entries, last number 2)." in text
    qtbot.mouseClick(wizard.next_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: wizard.pages.currentIndex() == DONE, timeout=WAIT_MS)
    assert "Imported field report 1 from Stabsrum A." in wizard.summary.text()
    qtbot.mouseClick(wizard.next_button, Qt.MouseButton.LeftButton)
    assert not wizard.isVisible()

    # The window shows the Reports section with the imported entries.
    reports = window.reports
    qtbot.waitUntil(lambda: reports.timeline.model.rowCount() == 3, timeout=WAIT_MS)
    assert window.stack.currentWidget() is reports

    # The same files again: already held, nothing to import.
    _idle(qtbot, ctl)
    again = ReportImportWizard(ctl.ctx, window)
    qtbot.addWidget(again)
    again.choose_files(list(field.reports.values()))
    again.go_next()
    qtbot.waitUntil(lambda: again.pages.currentIndex() == PREVIEW, timeout=WAIT_MS)
    assert "already imported" in again.preview_text.text()
    assert not again.next_button.isEnabled()
    again.reject()


@pytest.fixture
def coordinator_with_reports(qtbot: Any, qapp: Any, imported: Field, tmp_path: Path) -> Any:
    ctl = open_app(qtbot, qapp, imported.pub, tmp_path)
    yield ctl
    close_app(ctl)


def test_timeline_filters_by_laptop_and_time(qtbot: Any, coordinator_with_reports: Any) -> None:
    ctl = coordinator_with_reports
    reports = _open_reports(qtbot, ctl)
    pane = reports.timeline
    qtbot.waitUntil(lambda: pane.model.rowCount() == 3, timeout=WAIT_MS)
    rows = pane.model.rows()
    # both laptops' logs (and the coordinator's, empty here), by time occurred
    texts = [e.text for e in rows]
    assert texts.index("Skolornas nät nere") < texts.index("Beslut: stäng skolornas wifi") \
        < texts.index("Hemtjänsten kör på papper")
    decision = next(i for i, e in enumerate(rows) if e.text == "Beslut: stäng skolornas wifi")
    assert pane.model.index(decision, 3).data().startswith("★ ")
    assert pane.model.index(decision, 1).data() == "Stabsrum A"
    assert pane.model.index(decision, 0).data() == "2026-11-25 07:40"          # the binder's zone
    assert "Stabsrum A: log chain intact (2 entries, last number 2)." in pane.chains_ok.text()
    assert not pane.chains_bad.isVisible()

    pane.laptop.setCurrentIndex(pane.laptop.findData("Stabsrum B"))
    qtbot.waitUntil(lambda: [e.text for e in pane.model.rows()] == ["Hemtjänsten kör på papper"], timeout=WAIT_MS)

    pane.laptop.setCurrentIndex(0)
    pane.since.setDateTime(QDateTime(QDate(2026, 11, 25), QTime(7, 30)))
    pane.use_since.setChecked(True)
    qtbot.waitUntil(lambda: [e.text for e in pane.model.rows()] == ["Beslut: stäng skolornas wifi",
                                                                      "Hemtjänsten kör på papper"],
                    timeout=WAIT_MS)


def test_board_shows_who_where_when(qtbot: Any, coordinator_with_reports: Any) -> None:
    ctl = coordinator_with_reports
    reports = _open_reports(qtbot, ctl)
    reports.tabs.setCurrentWidget(reports.board)
    model = reports.board.model
    qtbot.waitUntil(lambda: model.rowCount() > 0, timeout=WAIT_MS)
    items = {i.asset_id: row for row, i in enumerate(model.rows())}
    row = items[A1]
    assert [model.index(row, c).data() for c in (2, 3, 4)] == ["Down", "Anna", "Stabsrum A"]
    assert model.index(row, 5).data()                      # when, in the binder's zone
    blocked = items[A2]                                    # rebuilding at B, but its network (A1) is down
    assert [model.index(blocked, c).data() for c in (2, 4, 7)] == ["Rebuilding", "Stabsrum B", "Blocked by Nätverk"]
    assert model.index(blocked, 7).data(Qt.ItemDataRole.ForegroundRole) is not None      # marked in red
    assert model.index(row, 7).data(Qt.ItemDataRole.ForegroundRole) is None
    assert reports.board.summary.text().startswith(f"{model.rowCount()} systems")


def test_accept_and_reject_proposed_corrections(qtbot: Any, coordinator_with_reports: Any,
                                                imported: Field) -> None:
    ctl = coordinator_with_reports
    reports = _open_reports(qtbot, ctl)
    reports.tabs.setCurrentWidget(reports.corrections)
    pane = reports.corrections
    qtbot.waitUntil(lambda: pane.model.rowCount() == 2, timeout=WAIT_MS)

    # Accept Anna's: the name is asked (filled with the operator), the record changes.
    row = next(r for r, c in enumerate(pane.model.rows()) if c.id == imported.amendments["lapA"])
    pane.table.selectRow(row)
    qtbot.mouseClick(pane.accept_button, Qt.MouseButton.LeftButton)
    dialog = pane.dialog
    assert dialog is not None and dialog.isVisible()
    dialog.name.setText("Samordnaren")
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: pane.model.rowCount() == 1, timeout=WAIT_MS)
    assert "Accepted:" in pane.outcome.text()

    # Reject Bertil's: OK stays disabled until a reason is given.
    pane.table.selectRow(0)
    qtbot.mouseClick(pane.reject_button, Qt.MouseButton.LeftButton)
    dialog = pane.dialog
    assert dialog.name.text() == "Samordnaren"              # the last name is offered again
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled()
    qtbot.keyClicks(dialog.reason, "TiB is a role of its own")
    assert ok.isEnabled()
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: pane.model.rowCount() == 0, timeout=WAIT_MS)
    assert pane.empty.isVisible()

    pane.show_all.setChecked(True)
    qtbot.waitUntil(lambda: pane.model.rowCount() == 2, timeout=WAIT_MS)
    decisions = {pane.model.index(r, 8).data() for r in range(2)}
    assert decisions == {"Accepted by Samordnaren", "Rejected by Samordnaren: TiB is a role of its own"}
    _idle(qtbot, ctl)
    ctl.lock()
    qtbot.waitUntil(lambda: not ctl.worker.is_open_on_worker(), timeout=WAIT_MS)
    with Vault.open(imported.pub, PASSPHRASE) as pub:
        assert records.get(pub, "contact", C1).data["job_title"] == "Kommundirektör (tf)"
        states = {c.id: (c.state, c.decided_by) for c in corrections.list_corrections(pub, None)}
    assert states[imported.amendments["lapA"]] == ("accepted", "Samordnaren")
    assert states[imported.amendments["lapB"]] == ("rejected", "Samordnaren")


def test_the_reports_section_is_hidden_on_a_laptop_and_the_laptop_sends_its_report(
        qtbot: Any, qapp: Any, field: Field, tmp_path: Path) -> None:
    ctl = open_app(qtbot, qapp, field.laps["lapA"], tmp_path)
    try:
        window = ctl.main_window
        assert window.sidebar.isRowHidden(window.sections.index(window.reports))
        assert not window.report_import_action.isVisible()
        assert window.first_hour.send_report_button.isVisible()
        window.activateWindow()
        qtbot.keyClick(window, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
        dialog = window.findChild(SendReportDialog)
        assert dialog is not None and dialog.isVisible()
        # report 1 is on the stick but not confirmed by a bundle yet: the next one carries it all again
        qtbot.waitUntil(lambda: "1 status changes" in dialog.pending.text(), timeout=WAIT_MS)
        assert "2 log entries" in dialog.pending.text()
        out = tmp_path / "stick2"
        out.mkdir()
        dialog.destination.setText(str(out))
        qtbot.mouseClick(dialog.send_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: dialog.result_data is not None, timeout=WAIT_MS)
        assert dialog.result_data.sequence == 2 and dialog.result_data.path.exists()
        assert "Wrote field report 2 to" in dialog.done_text.text()
        assert [p.name for p in out.iterdir()] == [dialog.result_data.path.name]

        dialog.destination.setText(str(tmp_path / "no-such-stick"))
        qtbot.mouseClick(dialog.send_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: bool(dialog.message.text()), timeout=WAIT_MS)
        assert "is not a folder" in dialog.message.text()
    finally:
        close_app(ctl)


def test_a_laptop_without_a_bundle_is_told_what_to_do_first(qtbot: Any, qapp: Any, tmp_path: Path) -> None:
    lap, _ = Vault.create(tmp_path / "lap", PASSPHRASE, organisation="Testkommun", kdf=FAST_KDF)
    lap.close()
    ctl = open_app(qtbot, qapp, tmp_path / "lap", tmp_path)
    try:
        ctl.main_window.show_send_report()
        dialog = ctl.main_window.findChild(SendReportDialog)
        dialog.destination.setText(str(tmp_path))
        _idle(qtbot, ctl)
        qtbot.mouseClick(dialog.send_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: bool(dialog.message.text()), timeout=WAIT_MS)
        assert "Import a bundle the coordinator made" in dialog.message.text()
        assert not list(tmp_path.glob("*.kreport*"))
    finally:
        close_app(ctl)


def test_identity_file_from_the_laptop_enrols_it_at_the_coordinator(qtbot: Any, qapp: Any, tmp_path: Path) -> None:
    lap, _ = Vault.create(tmp_path / "lap", PASSPHRASE, organisation="Testkommun", kdf=FAST_KDF)
    lap.close()
    pub, _ = Vault.create(tmp_path / "pub", PASSPHRASE, publisher=True, organisation="Testkommun",
                          organisation_id="testkommun", kdf=FAST_KDF)
    pub.close()
    ident_path = tmp_path / "laptop.identity"
    ctl = open_app(qtbot, qapp, tmp_path / "lap", tmp_path / "l")
    try:
        setup = LaptopSetup(ctl.ctx, ctl.main_window)
        qtbot.addWidget(setup)
        qtbot.waitUntil(lambda: bool(setup.identity_fingerprint.text()), timeout=WAIT_MS)
        setup.save_identity(ident_path)
        qtbot.waitUntil(lambda: "Saved to" in setup.identity_message.text(), timeout=WAIT_MS)
        spoken = setup.identity_fingerprint.text()
    finally:
        close_app(ctl)
    assert keys.read_identity_file(ident_path).fingerprint == spoken

    ctl = open_app(qtbot, qapp, tmp_path / "pub", tmp_path / "p")
    try:
        tools = PublisherTools(ctl.ctx, ctl.main_window)
        qtbot.addWidget(tools)
        _idle(qtbot, ctl)
        tools.new_name.setText("Stabsrum 1")
        tools.identity_file.setText(str(ident_path))
        tools.identity_fingerprint.setText("12345 67890 12345 67890 12345 67890 12345 67890")
        tools.enrol_identity()
        qtbot.waitUntil(lambda: "does not match" in tools.recipient_message.text(), timeout=WAIT_MS)
        assert tools.recipient_model.rowCount() == 0
        tools.identity_fingerprint.setText(spoken)
        tools.enrol_identity()
        qtbot.waitUntil(lambda: tools.recipient_model.rowCount() == 1, timeout=WAIT_MS)
        assert tools.recipient_model.index(0, 1).data() == spoken
    finally:
        close_app(ctl)
    with Vault.open(tmp_path / "pub", PASSPHRASE) as pub:
        assert [r.name for r in recipients.active(pub)] == ["Stabsrum 1"]
        assert len(recipients.reporting_laptops(pub.db)) == 1


def test_a_forked_laptop_log_is_named_in_the_preview_and_the_timeline(
        qtbot: Any, qapp: Any, imported: Field, tmp_path: Path) -> None:
    """Laptop B's vault is copied and both copies go on logging: the coordinator must see the fork."""
    b_path = imported.laps["lapB"]
    shutil.copytree(b_path, tmp_path / "lapB-copy")
    with Vault.open(b_path, PASSPHRASE) as b, Vault.open(tmp_path / "lapB-copy", PASSPHRASE) as b_copy, \
            Vault.open(imported.pub, PASSPHRASE) as pub:
        incident_log.add(b, "Larm från äldreboendet", author="Bertil", occurred_at="2026-11-25T12:00:00+01:00")
        incident_log.add(b_copy, "Annan text på samma plats", author="Okänd",
                         occurred_at="2026-11-25T12:05:00+01:00")
        report_apply.import_report(pub, verify.verify_report(pub, export.export_report(b, imported.stick).path))
        export.export_report(b_copy, tmp_path)                  # number 2 again: refused as equivocation
        forked = export.export_report(b_copy, tmp_path).path    # number 3: taken, and the fork shown
    ctl = open_app(qtbot, qapp, imported.pub, tmp_path)
    try:
        window = ctl.main_window
        window.show_report_import()
        wizard = window.findChild(ReportImportWizard)
        _idle(qtbot, ctl)
        wizard.choose_files([forked])
        wizard.go_next()
        qtbot.waitUntil(lambda: wizard.pages.currentIndex() == PREVIEW, timeout=WAIT_MS)
        assert ("Stabsrum B: WARNING, the log chain is not whole: two different entries with number 2 (fork)."
                in wizard.preview_text.text())
        wizard.go_next()
        qtbot.waitUntil(lambda: wizard.pages.currentIndex() == DONE, timeout=WAIT_MS)
        wizard.go_next()
        pane = window.reports.timeline
        qtbot.waitUntil(lambda: pane.model.rowCount() == 5, timeout=WAIT_MS)
        assert pane.chains_bad.isVisible()
        assert pane.chains_bad.text() == ("Stabsrum B: WARNING, the log chain is not whole: two different entries "
                                          "with number 2 (fork).")
        assert "Stabsrum A: log chain intact" in pane.chains_ok.text()
    finally:
        close_app(ctl)
