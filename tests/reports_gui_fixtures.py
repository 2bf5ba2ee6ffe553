"""A coordinator vault and two enrolled laptops with field reports on a stick, built with the core
API (as tests/test_reports_day.py does), for the Reports window tests."""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from binder.bundle import apply, export_bundle, recipients, trust, verify_bundle
from binder.reports import apply as report_apply
from binder.reports import export, keys, verify
from binder.store import amendments, incident_log, restoration
from binder.vault.vault import Vault
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.records_for_tests import A1, A2, C1, C2, load_sample

LAPTOPS = {"lapA": "Stabsrum A", "lapB": "Stabsrum B"}


@dataclass
class Field:
    pub: Path
    laps: dict[str, Path]
    stick: Path
    reports: dict[str, Path]         # one report per laptop, on the stick, not imported yet
    tampered: Path
    amendments: dict[str, str]       # laptop → the id of the correction it proposed


def _create(path: Path, publisher: bool) -> Vault:
    vault, _ = Vault.create(path, PASSPHRASE, publisher=publisher, organisation="Testkommun",
                            organisation_id="testkommun" if publisher else "", kdf=FAST_KDF)
    return vault


def build_field(base: Path) -> Field:
    pub = _create(base / "pub", True)
    load_sample(pub)
    info = trust.export_key(pub, base / "publisher.key")
    laps = {name: _create(base / name, False) for name in LAPTOPS}
    for name, lap in laps.items():
        trust.add_trust(lap, base / "publisher.key", info["fingerprint"])
        keys.export_identity(lap, base / f"{name}.id")
        ident = keys.read_identity_file(base / f"{name}.id")
        recipients.add(pub, LAPTOPS[name], ident.recipient, ident.signing_key, ident.fingerprint)
    stick = base / "stick"
    stick.mkdir()
    bundle = export_bundle(pub, base).path
    for lap in laps.values():
        apply(lap, verify_bundle(lap, bundle))
    a, b = laps["lapA"], laps["lapB"]
    incident_log.add(a, "Skolornas nät nere", author="Anna", occurred_at="2026-11-25T07:10:00+01:00")
    incident_log.add(a, "Beslut: stäng skolornas wifi", author="Anna", kind="decision", decided_by="Anna",
                     occurred_at="2026-11-25T07:40:00+01:00")
    incident_log.add(b, "Hemtjänsten kör på papper", author="Bertil", occurred_at="2026-11-25T09:20:00+01:00")
    restoration.set_status(a, A1, "down", by="Anna")
    restoration.set_status(b, A2, "rebuilding", by="Bertil")
    amend = {"lapA": amendments.amend(a, "contact", C1, "job_title", "Kommundirektör (tf)", author="Anna").id,
             "lapB": amendments.amend(b, "contact", C2, "crisis_role", "Stabschef och TiB", author="Bertil").id}
    reports = {name: export.export_report(lap, stick).path for name, lap in laps.items()}
    tampered = base / "tampered" / reports["lapA"].name
    tampered.parent.mkdir()
    data = bytearray(reports["lapA"].read_bytes())
    data[-20] ^= 0x01
    tampered.write_bytes(bytes(data))
    pub.close()
    for lap in laps.values():
        lap.close()
    return Field(base / "pub", {n: base / n for n in laps}, stick, reports, tampered, amend)


def import_all(field: Field) -> None:
    with Vault.open(field.pub, PASSPHRASE) as pub:
        for path in field.reports.values():
            report_apply.import_report(pub, verify.verify_report(pub, path))


@pytest.fixture
def field(tmp_path: Path) -> Field:
    return build_field(tmp_path / "field")


@pytest.fixture
def imported(field: Field) -> Field:
    import_all(field)
    return field


def open_app(qtbot: Any, qapp: Any, path: Path, settings_dir: Path) -> Any:
    from binder.gui.controller import Controller
    from binder.gui.settings import Settings
    from tests.gui_fixtures import unlock
    ctl = Controller(qapp, path, Settings(settings_dir / "gui.ini"))
    qtbot.addWidget(ctl.unlock_window)
    ctl.start()
    unlock(qtbot, ctl)
    return ctl


def close_app(ctl: Any) -> None:
    if ctl.main_window is not None:
        ctl.main_window.close()
    ctl.shutdown()
