"""Editing from the window: validation in place, saving on a publisher, amending on a laptop."""
from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

pytest.importorskip("PySide6")

from binder.gui.controller import Controller
from binder.gui.sections.record_form import RecordFormDialog
from binder.gui.widgets.field_editors import TableEditor
from binder.store import records
from binder.vault.vault import Vault
from tests.conftest import PASSPHRASE
from tests.gui_fixtures import WAIT_MS, unlock, window_of

pytestmark = pytest.mark.gui


def _form(qtbot: Any, window: Any, kind: str, record_id: str) -> RecordFormDialog:
    section = window.contacts
    window.open_record(kind, record_id)
    qtbot.waitUntil(lambda: section.detail.record is not None and section.detail.record.id == record_id,
                    timeout=WAIT_MS)
    section.edit_current()
    dialog = section.findChild(RecordFormDialog)
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.save_button.isEnabled(), timeout=WAIT_MS)
    return dialog


def test_validation_messages_appear_in_place_and_a_valid_edit_is_saved(
        qtbot: Any, controller: Controller, filled_path: tuple[Path, dict[str, Any]]) -> None:
    path, ids = filled_path
    unlock(qtbot, controller)
    window = window_of(controller)
    dialog = _form(qtbot, window, "contact", ids["leader"])
    assert dialog.editors["name"].value() == "Anna Andersson"
    assert dialog.editors["deputies"].value() == [ids["deputy"], ids["deputy2"]]
    dialog.editors["name"].set_value("")
    dialog.save()
    shown = [(n, e.text()) for n, e in dialog.errors.items() if e.text()]
    assert "required" in dialog.errors["name"].text(), (dialog.message.text(), shown)
    qtbot.waitUntil(lambda: dialog.errors["name"].isVisibleTo(dialog), timeout=WAIT_MS)
    assert dialog.isVisible()
    dialog.editors["name"].set_value("Anna Andersson-Ek")
    dialog.editors["verified_on"].set_value("2026-13-40")
    dialog.save()
    assert not dialog.errors["name"].isVisibleTo(dialog)
    assert "YYYY-MM-DD" in dialog.errors["verified_on"].text()
    dialog.editors["verified_on"].set_value("2026-11-24")
    channels = dialog.editors["channels"]
    assert isinstance(channels, TableEditor)
    number = channels.table.item(0, 2)
    assert number is not None
    number.setText("not a number")
    dialog.save()
    assert "not a phone number" in dialog.errors["channels"].text()
    number.setText("070-000 11 22")
    with qtbot.waitSignal(dialog.saved, timeout=WAIT_MS):
        dialog.save()
    controller.lock()
    qtbot.waitUntil(lambda: not controller.worker.is_open_on_worker(), timeout=WAIT_MS)
    with Vault.open(path, PASSPHRASE) as vault:
        saved = records.get(vault, "contact", ids["leader"])
        assert saved.data["name"] == "Anna Andersson-Ek" and saved.data["verified_on"] == "2026-11-24"
        assert saved.data["channels"][0]["e164"] == "+46700001122"
        assert saved.data["deputies"] == [ids["deputy"], ids["deputy2"]]


def test_a_laptop_amends_published_records_and_shows_them_marked(
        qtbot: Any, qapp: Any, tmp_path: Path) -> None:
    from binder.bundle import apply, export_bundle, recipients, trust, verify_bundle
    from binder.gui.settings import Settings
    from tests.conftest import FAST_KDF
    from tests.gui_fixtures import populate
    pub, _ = Vault.create(tmp_path / "pub", PASSPHRASE, publisher=True, organisation="Testkommun",
                          organisation_id="testkommun", kdf=FAST_KDF)
    lap, _ = Vault.create(tmp_path / "lap", PASSPHRASE, kdf=FAST_KDF)
    ids = populate(pub)
    info = trust.export_key(pub, tmp_path / "publisher.key")
    trust.add_trust(lap, tmp_path / "publisher.key", info["fingerprint"])
    recipients.add(pub, "lap", recipients.own_recipient(lap)["recipient"])
    apply(lap, verify_bundle(lap, export_bundle(pub, tmp_path).path))
    pub.close()
    lap.close()
    ctl = Controller(qapp, tmp_path / "lap", Settings(tmp_path / "gui.ini"))
    qtbot.addWidget(ctl.unlock_window)
    ctl.start()
    try:
        unlock(qtbot, ctl)
        window = window_of(ctl)
        dialog = _form(qtbot, window, "contact", ids["deputy"])
        assert window.contacts.edit_button.text() == "&Amend…"
        assert dialog.amending
        dialog.editors["job_title"].set_value("Räddningschef")
        with qtbot.waitSignal(dialog.saved, timeout=WAIT_MS):
            dialog.save()
        detail = window.contacts.detail
        qtbot.waitUntil(lambda: detail.record is not None and "job_title" in detail.record.amended, timeout=WAIT_MS)
        from PySide6.QtWidgets import QLabel
        texts = [label.text() for label in detail.findChildren(QLabel)]
        assert "Job title (amended here)" in texts and "Räddningschef" in texts
    finally:
        if ctl.main_window is not None:
            ctl.main_window.close()
        ctl.shutdown()
