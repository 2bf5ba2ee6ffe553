"""The Conflicts section resolves real conflicts (made by the real bundle pipeline), and About.

A laptop amends two published contacts; the coordinator changes the same fields and exports
a bundle; the laptop imports it: two conflicts. In the window, one is resolved with "Keep my
correction" (button), the other with "Take the coordinator's value" (keyboard), and the
effective records and the amendments table are checked afterwards in the vault itself.
"""
from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

import binder
from binder.bundle import apply, export_bundle, verify_bundle
from binder.gui.controller import Controller
from binder.gui.settings import Settings
from binder.store import amendments, records
from binder.vault.vault import Vault
from tests.conftest import PASSPHRASE
from tests.gui_fixtures import WAIT_MS, unlock
from tests.records_for_tests import C1, C2
from tests.test_bundle_support import World, copy_world

pytestmark = pytest.mark.gui

MINE_ROLE = "Ställföreträdande krisledningschef"
MINE_NOTE = "<b>Nytt</b> nummer <a href='x'>sedan</a> oktober"
PUBLISHED_ROLE = "Krisledare"
PUBLISHED_NOTE = "Ny anteckning från samordnaren"


def import_bundle(path: Path, bundle: Path) -> None:
    with Vault.open(path, PASSPHRASE) as vault:
        apply(vault, verify_bundle(vault, bundle))


@pytest.fixture
def conflicted(bundle_world: World, tmp_path: Path) -> tuple[World, dict[str, Any]]:
    """lap1 with two open conflicts: C1 crisis_role and C2 notes."""
    world = copy_world(bundle_world, tmp_path / "w")
    import_bundle(world.lap1, world.bundles[3])
    with world.open("lap1") as lap:
        before = {C1: records.get(lap, "contact", C1).data["crisis_role"],
                  C2: records.get(lap, "contact", C2).data["notes"]}
        amendments.amend(lap, "contact", C1, "crisis_role", MINE_ROLE, author="TiB")
        amendments.amend(lap, "contact", C2, "notes", MINE_NOTE, author="TiB")
    with world.open("pub") as pub:
        for record_id, field, value in ((C1, "crisis_role", PUBLISHED_ROLE), (C2, "notes", PUBLISHED_NOTE)):
            current = records.get(pub, "contact", record_id)
            records.save(pub, "contact", {**current.data, field: value}, record_id=record_id)
        bundle = export_bundle(pub, world.base / "out").path
    import_bundle(world.lap1, bundle)
    with world.open("lap1") as lap:
        assert len(amendments.conflicts(lap)) == 2
    return world, before


@pytest.fixture
def laptop_app(qtbot: Any, qapp: Any, conflicted: tuple[World, dict[str, Any]], tmp_path: Path) -> Any:
    world, _before = conflicted
    ctl = Controller(qapp, world.lap1, Settings(tmp_path / "gui.ini"))
    qtbot.addWidget(ctl.unlock_window)
    ctl.start()
    yield ctl
    if ctl.main_window is not None:
        ctl.main_window.close()
    ctl.shutdown()


def _screens(tmp_path: Path) -> Path:
    directory = Path(os.environ.get("KRISPARM_SCREENS", tmp_path / "screens")) / "en"
    directory.mkdir(parents=True, exist_ok=True)
    return directory


def _save(qtbot: Any, widget: Any, directory: Path, name: str) -> None:
    qtbot.wait(30)                        # let pending layout requests run before the grab
    assert widget.grab().save(str(directory / f"{name}.png"))


def _row_of(section: Any, record_id: str) -> int:
    return next(i for i, c in enumerate(section.model.rows()) if c.record_id == record_id)


def test_resolve_one_conflict_each_way(qtbot: Any, laptop_app: Controller,
                                       conflicted: tuple[World, dict[str, Any]], tmp_path: Path) -> None:
    world, before = conflicted
    unlock(qtbot, laptop_app)
    window = laptop_app.main_window
    assert window is not None
    window.resize(1366, 768)
    assert window.banner.info is not None and window.banner.info.conflicts == 2
    assert window.banner.conflicts.text() == "2 open conflicts"
    section = window.conflicts
    window.go_to(window.sections.index(section))
    qtbot.waitUntil(lambda: section.model.rowCount() == 2, timeout=WAIT_MS)
    assert not section.empty.isVisibleTo(section)

    # The pane shows published value, my correction, its base value and the reason, as plain text.
    section.table.selectRow(_row_of(section, C2))
    pane = section.pane.lines
    assert pane["record"].text() == records_title(world, C2)
    assert pane["published"].text() == PUBLISHED_NOTE
    assert pane["local"].text() == MINE_NOTE                      # markup shown literally
    assert pane["base"].text() == before[C2]
    assert "changed this field in bundle 4" in pane["reason"].text()
    assert all(label.textFormat() == Qt.TextFormat.PlainText for label in pane.values())
    assert section.keep_button.isEnabled() and section.take_button.isEnabled()
    _save(qtbot, window, _screens(tmp_path), "21-conflicts")

    # Keep my correction on C1 (the button).
    section.table.selectRow(_row_of(section, C1))
    assert pane["local"].text() == MINE_ROLE and pane["published"].text() == PUBLISHED_ROLE
    assert pane["base"].text() == before[C1]
    qtbot.mouseClick(section.keep_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: section.model.rowCount() == 1, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: window.banner.info is not None and window.banner.info.conflicts == 1,
                    timeout=WAIT_MS)
    assert window.banner.conflicts.text() == "1 open conflicts"
    assert "Kept your correction" in section.outcome.text()
    _save(qtbot, window, _screens(tmp_path), "22-conflicts-one-resolved")
    assert pane["record"].text() == records_title(world, C2)      # the next conflict is selected

    # Take the coordinator's value on C2 (keyboard: Alt+T, the button's mnemonic).
    window.activateWindow()
    section.table.setFocus()
    qtbot.keyClick(section.table, Qt.Key.Key_T, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: section.model.rowCount() == 0, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: window.banner.info is not None and window.banner.info.conflicts == 0,
                    timeout=WAIT_MS)
    assert window.banner.conflicts.text() == ""
    assert section.empty.isVisibleTo(section)
    assert not section.keep_button.isEnabled()
    qtbot.waitUntil(lambda: not laptop_app.worker.busy, timeout=WAIT_MS)
    laptop_app.lock()
    qtbot.waitUntil(lambda: not laptop_app.worker.is_open_on_worker(), timeout=WAIT_MS)

    with world.open("lap1") as lap:
        kept = records.get(lap, "contact", C1)
        assert kept.data["crisis_role"] == MINE_ROLE and "crisis_role" in kept.amended
        assert records.get(lap, "contact", C1, effective=False).data["crisis_role"] == PUBLISHED_ROLE
        taken = records.get(lap, "contact", C2)
        assert taken.data["notes"] == PUBLISHED_NOTE and "notes" not in taken.amended
        assert amendments.conflicts(lap) == []
        rows = lap.db.execute("SELECT record_id, field, value, base_value, state, reason FROM amendments "
                              "ORDER BY created_at").fetchall()
    table = {(r[0], r[4], r[5]): (json.loads(r[2]), json.loads(r[3])) for r in rows}
    assert table == {
        (C1, "resolved", "kept mine"): (MINE_ROLE, before[C1]),
        (C2, "resolved", "took the published value"): (MINE_NOTE, before[C2]),
        (C1, "active", ""): (MINE_ROLE, PUBLISHED_ROLE),        # kept: now based on the new value
    }


def records_title(world: World, record_id: str) -> str:
    with world.open("lap1") as lap:
        return records.get(lap, "contact", record_id).title


def test_about_dialog_shows_version_vault_and_fingerprint(qtbot: Any, laptop_app: Controller,
                                                          conflicted: tuple[World, dict[str, Any]],
                                                          tmp_path: Path) -> None:
    from binder.bundle import recipients
    from binder.gui.about_dialog import AboutDialog
    world, _before = conflicted
    with world.open("lap1") as lap:
        own = recipients.own_recipient(lap)["fingerprint"]
    unlock(qtbot, laptop_app)
    window = laptop_app.main_window
    assert window is not None
    about_action = next(a for a in window.actions() if a.text() == "&About Krispärm")
    about_action.trigger()
    dialog = next(d for d in window.findChildren(AboutDialog))
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.info is not None, timeout=WAIT_MS)
    assert binder.__version__ in dialog.version.text()
    assert dialog.lines["path"].text() == str(world.lap1)
    assert dialog.lines["role"].text() == "Laptop — Testkommun"
    assert dialog.lines["fingerprint"].text() == own
    assert dialog.lines["binder"].text() == "s4"
    assert int(dialog.lines["schema"].text()) >= 1
    assert dialog.licences.count() >= 1
    assert any(dialog.licences.tabText(i) == "LICENSE-DejaVu" for i in range(dialog.licences.count()))
    _save(qtbot, dialog, _screens(tmp_path), "23-about")


def test_conflict_on_a_removed_record_can_only_take_the_coordinators_side(
        qtbot: Any, qapp: Any, bundle_world: World, tmp_path: Path) -> None:
    from tests.records_for_tests import P1
    world = copy_world(bundle_world, tmp_path / "w")
    import_bundle(world.lap1, world.bundles[3])
    with world.open("lap1") as lap:
        amendments.amend(lap, "partner", P1, "notes", "Anteckning från fältet", author="TiB")
    with world.open("pub") as pub:
        records.delete(pub, "partner", P1)
        bundle = export_bundle(pub, world.base / "out").path
    import_bundle(world.lap1, bundle)
    ctl = Controller(qapp, world.lap1, Settings(tmp_path / "gui.ini"))
    qtbot.addWidget(ctl.unlock_window)
    ctl.start()
    try:
        unlock(qtbot, ctl)
        window = ctl.main_window
        assert window is not None
        section = window.conflicts
        window.go_to(window.sections.index(section))
        qtbot.waitUntil(lambda: section.model.rowCount() == 1, timeout=WAIT_MS)
        pane = section.pane.lines
        assert pane["record"].text() == f"Removed record {P1[:8]}"
        assert pane["field"].text() == "Notes"
        assert pane["published"].text() == "(the coordinator removed this record)"
        assert "removed this record" in pane["reason"].text()
        assert not section.keep_button.isEnabled() and section.take_button.isEnabled()
        qtbot.mouseClick(section.take_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: section.model.rowCount() == 0, timeout=WAIT_MS)
        qtbot.waitUntil(lambda: window.banner.info is not None and window.banner.info.conflicts == 0,
                        timeout=WAIT_MS)
        qtbot.waitUntil(lambda: not ctl.worker.busy, timeout=WAIT_MS)
    finally:
        if ctl.main_window is not None:
            ctl.main_window.close()
        ctl.shutdown()
    with world.open("lap1") as lap:
        assert amendments.conflicts(lap) == []
