"""The Reports window's models pass Qt's model tester, and every new screen fits 1366×768 in
Swedish with nothing essential clipped (the checks of tests/test_gui_layout_screens.py).
PNGs land in pytest's tmp dir (KRISPARM_SCREENS=dir keeps them)."""
from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QTabWidget

from binder import i18n
from binder.gui.laptop_setup import LaptopSetup
from binder.gui.models.reports import BoardModel, CorrectionModel, TimelineModel
from binder.gui.publisher_tools import PublisherTools
from binder.gui.report_send import SendReportDialog
from binder.gui.report_wizard import PREVIEW, ReportImportWizard
from binder.model import clock
from binder.reports import board, corrections, timeline
from binder.vault.vault import Vault
from tests.conftest import PASSPHRASE
from tests.gui_fixtures import WAIT_MS
from tests.reports_gui_fixtures import Field, close_app, open_app
from tests.test_gui_layout_screens import check_shown, clipped_labels, save_png

pytestmark = pytest.mark.gui
SIZE = (1366, 768)


def test_every_reports_model_passes_the_model_tester(qtmodeltester: Any, imported: Field) -> None:
    with Vault.open(imported.pub, PASSPHRASE) as pub:
        entries, items, proposed = timeline.timeline(pub), board.board(pub), corrections.list_corrections(pub, None)
    assert entries and items and proposed
    zone = clock.zone
    checks: list[tuple[Any, list[Any]]] = [(TimelineModel(zone), entries), (BoardModel(zone), items),
                                           (CorrectionModel(zone), proposed)]
    for model, rows in checks:
        model.set_rows(rows)
        qtmodeltester.check(model, force_py=True)
        assert model.rowCount() == len(rows)


def _screens(tmp_path: Path) -> Path:
    directory = Path(os.environ.get("KRISPARM_SCREENS", tmp_path / "screens")) / "reports-sv-1366x768"
    directory.mkdir(parents=True, exist_ok=True)
    return directory


def _idle(qtbot: Any, ctl: Any) -> None:
    qtbot.waitUntil(lambda: not ctl.worker.busy, timeout=WAIT_MS)
    qtbot.wait(40)


def test_coordinator_screens_fit_in_swedish(qtbot: Any, qapp: Any, imported: Field, tmp_path: Path) -> None:
    i18n.set_language("sv")
    directory = _screens(tmp_path)
    ctl = open_app(qtbot, qapp, imported.pub, tmp_path)
    try:
        window = ctl.main_window
        window.resize(*SIZE)
        reports = window.reports
        window.go_to(window.sections.index(reports))
        problems: dict[str, list[str]] = {}
        for index, name in enumerate(("timeline", "board", "corrections")):
            reports.tabs.setCurrentIndex(index)
            pane = reports.panes()[index]
            qtbot.waitUntil(lambda pane=pane: pane.model.rowCount() > 0, timeout=WAIT_MS)
            _idle(qtbot, ctl)
            save_png(window, directory, f"11-reports-{name}")
            problems[name] = check_shown(reports)
        assert reports.timeline.chains_ok.text().startswith("Stabsrum A: loggbokens kedja är hel")

        pane = reports.corrections
        pane.table.selectRow(0)
        pane.decide(reject=True)
        assert pane.dialog is not None
        _idle(qtbot, ctl)
        save_png(pane.dialog, directory, "12-reports-reject-dialog")
        problems["reject dialog"] = clipped_labels(pane.dialog)
        pane.dialog.reject()

        wizard = ReportImportWizard(ctl.ctx, window)
        qtbot.addWidget(wizard)
        wizard.show()
        save_png(wizard, directory, "13-report-import-choose")
        problems["wizard choose"] = clipped_labels(wizard)
        wizard.choose_files(list(imported.reports.values()))
        wizard.go_next()
        qtbot.waitUntil(lambda: wizard.pages.currentIndex() == PREVIEW, timeout=WAIT_MS)
        _idle(qtbot, ctl)
        save_png(wizard, directory, "14-report-import-preview")
        problems["wizard preview"] = clipped_labels(wizard)
        wizard.reject()

        tools = PublisherTools(ctl.ctx, window)
        qtbot.addWidget(tools)
        tools.show()
        tabs = tools.findChildren(QTabWidget)[0]
        tabs.setCurrentIndex(1)
        _idle(qtbot, ctl)
        save_png(tools, directory, "15-publisher-tools-laptops")
        problems["publisher tools"] = clipped_labels(tools)
        tools.close()
    finally:
        close_app(ctl)
        i18n.set_language(None)
    assert not {page: found for page, found in problems.items() if found}


def test_laptop_screens_fit_in_swedish(qtbot: Any, qapp: Any, field: Field, tmp_path: Path) -> None:
    i18n.set_language("sv")
    directory = _screens(tmp_path)
    ctl = open_app(qtbot, qapp, field.laps["lapA"], tmp_path)
    try:
        window = ctl.main_window
        window.resize(*SIZE)
        _idle(qtbot, ctl)
        save_png(window, directory, "16-laptop-first-hour")
        problems = {"first hour": check_shown(window.first_hour)}
        dialog = SendReportDialog(ctl.ctx, window)
        qtbot.addWidget(dialog)
        dialog.show()
        dialog.destination.setText(str(tmp_path))
        dialog.send()
        qtbot.waitUntil(lambda: dialog.result_data is not None, timeout=WAIT_MS)
        _idle(qtbot, ctl)
        save_png(dialog, directory, "17-send-report-done")
        problems["send report"] = clipped_labels(dialog)
        dialog.close()
        setup = LaptopSetup(ctl.ctx, window)
        qtbot.addWidget(setup)
        setup.show()
        qtbot.waitUntil(lambda: bool(setup.identity_fingerprint.text()), timeout=WAIT_MS)
        _idle(qtbot, ctl)
        save_png(setup, directory, "18-laptop-setup-identity")
        problems["laptop setup"] = clipped_labels(setup)
        setup.close()
    finally:
        close_app(ctl)
        i18n.set_language(None)
    assert not {page: found for page, found in problems.items() if found}


def test_the_board_names_an_rto_overrun(imported: Field) -> None:
    """A system down longer than its RTO (the board a day later) is marked and named."""
    from datetime import timedelta

    from PySide6.QtCore import Qt

    from tests.records_for_tests import A1
    with Vault.open(imported.pub, PASSPHRASE) as pub:
        items = board.board(pub, now=clock.now() + timedelta(days=1))
    model = BoardModel(clock.zone)
    model.set_rows(items)
    row = next(r for r, item in enumerate(items) if item.asset_id == A1)
    assert items[row].rto_overrun
    assert model.index(row, 7).data() == "RTO 4 h exceeded"
    assert model.index(row, 7).data(Qt.ItemDataRole.ForegroundRole) is not None
