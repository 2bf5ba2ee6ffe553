"""A coordinator's bundle on a stick and a laptop that trusts the coordinator, open in the
window: the import wizard tests' cast."""
from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from binder.bundle import export_bundle, recipients, trust
from binder.gui.controller import Controller
from binder.gui.settings import Settings
from binder.vault.vault import Vault
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.gui_fixtures import populate, unlock


@pytest.fixture
def world(tmp_path: Path) -> dict[str, Path]:
    pub, _ = Vault.create(tmp_path / "pub", PASSPHRASE, publisher=True, organisation="Testkommun",
                          organisation_id="testkommun", kdf=FAST_KDF)
    lap, _ = Vault.create(tmp_path / "lap", PASSPHRASE, organisation="Testkommun", kdf=FAST_KDF)
    populate(pub)
    info = trust.export_key(pub, tmp_path / "publisher.key")
    trust.add_trust(lap, tmp_path / "publisher.key", info["fingerprint"])
    recipients.add(pub, "laptop-1", recipients.own_recipient(lap)["recipient"])
    stick = tmp_path / "stick"
    stick.mkdir()
    bundle = export_bundle(pub, stick).path
    tampered = stick / "tampered.kbundle"
    data = bytearray(bundle.read_bytes())
    data[len(data) // 2] ^= 0x01
    tampered.write_bytes(bytes(data))
    pub.close()
    lap.close()
    return {"lap": tmp_path / "lap", "pub": tmp_path / "pub", "bundle": bundle, "tampered": tampered,
            "fingerprint": Path(info["fingerprint"])}


@pytest.fixture
def laptop_controller(qtbot: Any, qapp: Any, world: dict[str, Path], tmp_path: Path) -> Iterator[Controller]:
    ctl = Controller(qapp, world["lap"], Settings(tmp_path / "gui.ini"))
    qtbot.addWidget(ctl.unlock_window)
    ctl.start()
    unlock(qtbot, ctl)
    yield ctl
    if ctl.main_window is not None:
        ctl.main_window.close()
    ctl.shutdown()
