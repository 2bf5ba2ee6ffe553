"""The import wizard end to end with a real bundle, and with a tampered one (reason shown, no change)."""
from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from binder.bundle import recipients, trust
from binder.gui.controller import Controller
from binder.gui.import_wizard import DONE, PREVIEW, ImportWizard
from binder.gui.settings import Settings
from binder.store import records
from binder.vault.vault import Vault
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.gui_fixtures import WAIT_MS, child, unlock, window_of

pytestmark = pytest.mark.gui


def _digest(path: Path) -> str:
    h = hashlib.sha256()
    for name in ("vault.db", "vault.db-wal"):
        f = path / name
        h.update(f.read_bytes() if f.exists() else b"-")
    return h.hexdigest()


def _wizard(qtbot: Any, ctl: Controller) -> ImportWizard:
    window = window_of(ctl)
    assert window is not None
    window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)
    wizard = window.findChild(ImportWizard)
    assert wizard is not None and wizard.isVisible()
    return wizard


def test_import_a_real_bundle_end_to_end(qtbot: Any, laptop_controller: Controller,
                                         world: dict[str, Path]) -> None:
    ctl = laptop_controller
    wizard = _wizard(qtbot, ctl)
    assert not wizard.next_button.isEnabled()        # nothing chosen yet
    wizard.choose_file(world["bundle"])
    qtbot.mouseClick(wizard.next_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: wizard.pages.currentIndex() == PREVIEW, timeout=WAIT_MS)
    text = wizard.preview_text.text()
    assert "Bundle number 1" in text and "Contacts: 4 new" in text
    assert wizard.progress.bar.value() == wizard.progress.bar.maximum()
    qtbot.mouseClick(wizard.next_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: wizard.pages.currentIndex() == DONE, timeout=WAIT_MS)
    assert "Bundle number 1 imported." in wizard.summary.text()
    qtbot.mouseClick(wizard.next_button, Qt.MouseButton.LeftButton)
    window = window_of(ctl)
    assert window is not None
    qtbot.waitUntil(lambda: window.banner.info is not None and window.banner.info.version == "s1",
                    timeout=WAIT_MS)
    ctl.lock()
    qtbot.waitUntil(lambda: not ctl.worker.is_open_on_worker(), timeout=WAIT_MS)
    with Vault.open(world["lap"], PASSPHRASE) as lap:
        assert records.count(lap, "contact") == 4
        assert {r.origin for r in records.list_records(lap, "contact")} == {"published"}


def test_a_tampered_bundle_is_refused_with_the_reason_and_nothing_changes(
        qtbot: Any, laptop_controller: Controller, world: dict[str, Path]) -> None:
    ctl = laptop_controller
    ctl.lock()
    qtbot.waitUntil(lambda: not ctl.worker.is_open_on_worker(), timeout=WAIT_MS)
    before = _digest(world["lap"])
    unlock(qtbot, ctl)
    wizard = _wizard(qtbot, ctl)
    wizard.choose_file(world["tampered"])
    qtbot.mouseClick(wizard.next_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(wizard.verify_error.text()), timeout=WAIT_MS)
    message = wizard.verify_error.text()
    assert "Traceback" not in message and "Nothing was changed" in wizard.progress.label.text()
    assert len(message) > 20, message
    assert not wizard.next_button.isEnabled()
    wizard.reject()
    ctl.lock()
    qtbot.waitUntil(lambda: not ctl.worker.is_open_on_worker(), timeout=WAIT_MS)
    assert _digest(world["lap"]) == before


def test_the_wizard_lists_bundles_on_mounted_sticks(qtbot: Any, laptop_controller: Controller,
                                                    world: dict[str, Path], monkeypatch: pytest.MonkeyPatch) -> None:
    from binder.gui import volumes
    found: list[Path] = []
    monkeypatch.setattr(volumes, "removable_roots", lambda: list(found))
    wizard = _wizard(qtbot, laptop_controller)
    assert wizard.files.count() == 0 and wizard.no_volume.isVisibleTo(wizard)
    found.append(world["bundle"].parent)          # a stick appears
    wizard.refresh_volumes()
    assert wizard.files.count() == 2
    names = {wizard.files.item(i).data(Qt.ItemDataRole.UserRole) for i in range(wizard.files.count())}
    assert str(world["bundle"]) in names
    wizard.files.setCurrentRow(0)
    assert wizard.path is not None and wizard.next_button.isEnabled()
    wizard.reject()


def test_publisher_exports_a_bundle_with_progress_and_manages_laptops(
        qtbot: Any, qapp: Any, world: dict[str, Path], tmp_path: Path) -> None:
    from binder.gui.publisher_tools import PublisherTools
    ctl = Controller(qapp, world["pub"], Settings(tmp_path / "gui.ini"))
    qtbot.addWidget(ctl.unlock_window)
    ctl.start()
    try:
        unlock(qtbot, ctl)
        window = window_of(ctl)
        assert window is not None and window.publisher_action.isVisible()
        window.show_publisher_tools()
        tools = window.findChild(PublisherTools)
        assert tools is not None
        qtbot.waitUntil(lambda: tools.recipient_model.rowCount() == 1, timeout=WAIT_MS)
        assert tools.fingerprint.text().replace("\n", " ") == str(world["fingerprint"])
        with Vault.open(world["lap"], PASSPHRASE) as other:       # enrol a second laptop by its recipient
            second = recipients.own_recipient(other)["recipient"]
        tools.new_name.setText("laptop-2")
        tools.new_recipient.setText("not-a-recipient")
        tools.add_recipient()
        qtbot.waitUntil(lambda: "age recipient" in tools.recipient_message.text(), timeout=WAIT_MS)
        tools.new_recipient.setText(second)
        tools.add_recipient()
        qtbot.waitUntil(lambda: "already enrolled" in tools.recipient_message.text(), timeout=WAIT_MS)
        stick = tmp_path / "stick2"
        stick.mkdir()
        tools.destination.setText(str(stick))
        qtbot.mouseClick(tools.export_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: tools.export_result is not None or bool(tools.export_message.text()),
                        timeout=WAIT_MS)
        assert tools.export_message.text() == ""
        assert tools.export_result is not None and tools.export_result.path.exists()
        assert tools.export_result.sequence == 2
        assert tools.export_progress.bar.value() > 0
        tools.recipient_table.selectRow(0)
        tools.remove_recipient()
        qtbot.waitUntil(lambda: tools.recipient_model.rowCount() == 0, timeout=WAIT_MS)
        tools.accept()
    finally:
        if ctl.main_window is not None:
            ctl.main_window.close()
        ctl.shutdown()


def test_laptop_setup_shows_the_recipient_and_trusts_a_key_only_with_the_right_fingerprint(
        qtbot: Any, qapp: Any, tmp_path: Path) -> None:
    from binder.gui.laptop_setup import LaptopSetup
    pub, _ = Vault.create(tmp_path / "pub", PASSPHRASE, publisher=True, organisation="Testkommun",
                          organisation_id="testkommun", kdf=FAST_KDF)
    info = trust.export_key(pub, tmp_path / "publisher.key")
    pub.close()
    lap, _ = Vault.create(tmp_path / "lap", PASSPHRASE, kdf=FAST_KDF)
    own = recipients.own_recipient(lap)["recipient"]
    lap.close()
    ctl = Controller(qapp, tmp_path / "lap", Settings(tmp_path / "gui.ini"))
    qtbot.addWidget(ctl.unlock_window)
    ctl.start()
    try:
        unlock(qtbot, ctl)
        window = window_of(ctl)
        assert window.laptop_action.isVisible() and not window.publisher_action.isVisible()
        window.show_laptop_setup()
        setup = child(window, LaptopSetup)
        qtbot.waitUntil(lambda: setup.recipient.text() == own, timeout=WAIT_MS)
        assert "No coordinator key" in setup.trusted.text()
        setup.key_file.setText(str(tmp_path / "publisher.key"))
        setup.fingerprint.setText("00000 11111 22222 33333 44444 55555 66666 77777")
        setup.trust_key()
        qtbot.waitUntil(lambda: bool(setup.message.text()), timeout=WAIT_MS)
        assert "No coordinator key" in setup.trusted.text()
        setup.fingerprint.setText(info["fingerprint"])
        setup.trust_key()
        qtbot.waitUntil(lambda: info["fingerprint"] in setup.trusted.text(), timeout=WAIT_MS)
    finally:
        if ctl.main_window is not None:
            ctl.main_window.close()
        ctl.shutdown()
