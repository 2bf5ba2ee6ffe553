"""A small but complete binder for the GUI tests (until the demo loader is used everywhere)."""
from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

import pytest
from PySide6.QtCore import QObject

from binder.store import incident_log, records
from binder.vault.vault import Vault
from tests.conftest import PASSPHRASE

if TYPE_CHECKING:
    from binder.gui.controller import Controller
    from binder.gui.main_window import MainWindow

WAIT_MS = 10_000

MARKUP_NAME = '<img src="x.png"> <a href="http://example.org">Länk</a> <b>Fet</b>'


def populate(vault: Vault) -> dict[str, Any]:
    """Contacts with a deputy chain, a first-hour routine, dependent assets, comms, staff, log."""
    ids: dict[str, Any] = {}

    def save(kind: str, data: dict[str, Any]) -> str:
        return records.save(vault, kind, data).id

    ids["deputy2"] = save("contact", {
        "name": "Örjan Åkesson", "crisis_role": "Andre ersättare krisledare", "organisation": "Testkommun",
        "channels": [{"kind": "mobile", "value": "070-111 22 33"}], "verified_on": "2020-01-01"})
    ids["deputy"] = save("contact", {
        "name": "Beata Berg", "crisis_role": "Ersättare krisledare", "organisation": "Testkommun",
        "channels": [{"kind": "mobile", "value": "070-123 45 67"},
                     {"kind": "rakel", "value": "ISSI 2001", "talk_group": "KOMMUN-LED"}],
        "verified_on": "2026-10-01"})
    ids["leader"] = save("contact", {
        "name": "Anna Andersson", "crisis_role": "Krisledare", "organisation": "Testkommun",
        "job_title": "Kommundirektör", "deputies": [ids["deputy"], ids["deputy2"]],
        "channels": [{"kind": "mobile", "value": "070-987 65 43"},
                     {"kind": "landline", "value": "0480-45 00 00"}],
        "calls": [ids["deputy"]], "verified_on": "2026-11-01"})
    ids["markup"] = save("contact", {"name": MARKUP_NAME, "organisation": "<i>Leverantör</i>",
                                     "channels": [{"kind": "email", "value": "<script>@x.se"}]})
    ids["routine"] = save("routine", {
        "title": "Aktivering av krisledningen", "first_hour": True, "owner_role": "Krisledare",
        "steps": [
            {"number": "1", "instruction": "Ring krisledaren", "responsible_role": "Tjänsteman i beredskap",
             "time_target_min": 0},
            {"number": "2", "instruction": "Kalla in krisledningsstaben", "responsible_role": "Krisledare",
             "time_target_min": 15},
            {"number": "3", "instruction": "Första lägesbild", "time_target_min": 60}]})
    ids["network"] = save("asset", {"name": "Nätverk", "asset_kind": "system", "tier": 1, "rank": 1})
    ids["ad"] = save("asset", {"name": "Katalogtjänst", "asset_kind": "system", "tier": 1, "rank": 2,
                               "depends_on": [ids["network"]]})
    ids["care"] = save("asset", {"name": "Vårdsystem", "asset_kind": "system", "tier": 1, "rank": 3,
                                 "depends_on": [ids["ad"]], "owner": ids["leader"]})
    ids["comms"] = save("comms", {"target_group": "residents", "title": "Information till invånare",
                                  "key_messages": ["Kommunen arbetar med störningen"],
                                  "primary_channel": "kommunens webb"})
    ids["staff"] = save("staff", {"name": "Cecilia Carlsson", "roles": ["Stabschef"], "source": "own"})
    ids["shift1"] = save("shift", {"staff": ids["staff"], "start": "2026-11-20T07:00:00+01:00",
                                   "end": "2026-11-20T21:00:00+01:00", "role": "Stabschef"})
    ids["partner"] = save("partner", {"organisation": "Grannkommunen", "provides": ["Personal", "Lokaler"]})
    ids["log1"] = incident_log.add(vault, "Beslut: krisledningen aktiveras", kind="decision",
                                   author="Anna").seq
    return ids


@pytest.fixture
def filled_path(vault_path: Path) -> tuple[Path, dict[str, Any]]:
    with Vault.open(vault_path, PASSPHRASE) as vault:
        ids = populate(vault)
    return vault_path, ids


@pytest.fixture
def controller(qtbot: Any, qapp: Any, filled_path: tuple[Path, dict[str, Any]],
               tmp_path: Path) -> Any:
    path, _ids = filled_path
    from binder.gui.controller import Controller
    from binder.gui.settings import Settings
    ctl = Controller(qapp, path, Settings(tmp_path / "gui.ini"))
    qtbot.addWidget(ctl.unlock_window)
    ctl.start()
    yield ctl
    if ctl.main_window is not None:
        ctl.main_window.close()
    ctl.shutdown()


OPERATOR = "Tjänsteman i beredskap"


def unlock(qtbot: Any, ctl: Any, secret: str = PASSPHRASE, operator: str = OPERATOR) -> None:
    """Unlock by keyboard and answer "who is at the keyboard?" with `operator` (empty: leave it open)."""
    from PySide6.QtCore import Qt
    ctl.unlock_window.secret.setText(secret)
    with qtbot.waitSignal(ctl.unlocked, timeout=WAIT_MS):
        qtbot.keyClick(ctl.unlock_window.secret, Qt.Key.Key_Return)
    assert ctl.main_window is not None
    qtbot.addWidget(ctl.main_window)
    qtbot.waitUntil(lambda: ctl.main_window is not None and ctl.main_window.banner.info is not None,
                    timeout=WAIT_MS)
    if operator:
        answer_operator(qtbot, ctl.main_window, operator)


def answer_operator(qtbot: Any, window: Any, name: str, role: str = "") -> None:
    """Type a name (and role) in the open operator dialog and press Enter, as a user does."""
    from PySide6.QtCore import Qt
    qtbot.waitUntil(lambda: window.operator_dialog is not None and window.operator_dialog.isVisible(),
                    timeout=WAIT_MS)
    dialog = window.operator_dialog
    dialog.name.setEditText(name)
    dialog.role.setText(role)
    with qtbot.waitSignal(window.operator_changed, timeout=WAIT_MS):
        qtbot.keyClick(dialog.name.lineEdit(), Qt.Key.Key_Return)
    from PySide6.QtWidgets import QApplication
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is None
                    and QApplication.activeWindow() is window, timeout=WAIT_MS)




@pytest.fixture
def demo_controller(qtbot: Any, qapp: Any, tmp_path: Path) -> Any:
    """The app on the demo vault (created in the isolated data dir, as `binder gui --demo` does)."""
    from binder.demo import ensure_demo_vault
    from binder.gui.controller import Controller
    from binder.gui.settings import Settings
    path, passphrase = ensure_demo_vault()
    ctl = Controller(qapp, path, Settings(tmp_path / "gui.ini"), demo_passphrase=passphrase)
    qtbot.addWidget(ctl.unlock_window)
    ctl.start()
    yield ctl
    if ctl.main_window is not None:
        ctl.main_window.close()
    ctl.shutdown()


def start_and_tick_first_step(qtbot: Any, window: Any, routine_id: str) -> Any:
    """Open the routine, press "Start this routine", tick step 1 with Space; returns the run panel."""
    from PySide6.QtCore import Qt
    window.open_record("routine", routine_id)
    routines = window.routines
    qtbot.waitUntil(lambda: routines.detail.record is not None, timeout=WAIT_MS)
    qtbot.mouseClick(routines.start_button, Qt.MouseButton.LeftButton)
    panel = routines.run_panel
    qtbot.waitUntil(lambda: panel.model.rowCount() == 3, timeout=WAIT_MS)
    assert panel.isVisibleTo(routines)
    panel.table.selectRow(0)
    panel.table.setFocus()
    qtbot.keyClick(panel.table, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: panel.model.run is not None and panel.model.run.steps[0].status == "done",
                    timeout=WAIT_MS)
    return panel


def window_of(ctl: Controller) -> MainWindow:
    """The unlocked main window of `ctl` (the test fails here if there is none)."""
    assert ctl.main_window is not None
    return ctl.main_window


Q = TypeVar("Q", bound=QObject)


def child(parent: QObject, cls: type[Q]) -> Q:
    """The child of `parent` of class `cls` (the test fails here if there is none)."""
    found = parent.findChild(cls)
    assert found is not None, f"no {cls.__name__} under {type(parent).__name__}"
    return found
