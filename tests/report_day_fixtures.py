"""The field-report day's cast: a coordinator and three laptops, each enrolled with the
coordinator and holding its first bundle (used by the scripted day and the paper tests)."""
from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from binder.bundle import apply, export_bundle, recipients, trust, verify_bundle
from binder.reports import keys
from binder.vault.vault import Vault
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.records_for_tests import load_sample

ORG = "testkommun"


def create_vault(path: Path, publisher: bool) -> Vault:
    vault, _ = Vault.create(path, PASSPHRASE, publisher=publisher, organisation="Testkommun",
                            organisation_id=ORG if publisher else "", kdf=FAST_KDF)
    return vault


def open_vault(path: Path) -> Vault:
    return Vault.open(path, PASSPHRASE)


def send_bundle(pub: Vault, laptops: list[Vault], out: Path) -> None:
    result = export_bundle(pub, out)
    for lap in laptops:
        apply(lap, verify_bundle(lap, result.path))


@dataclass
class FieldDay:
    """The coordinator and three enrolled laptops that all hold the coordinator's first bundle."""
    pub: Vault
    laps: dict[str, Vault]
    out: Path
    base: Path


@pytest.fixture
def day(tmp_path: Path) -> Iterator[FieldDay]:
    pub = create_vault(tmp_path / "pub", True)
    load_sample(pub)
    info = trust.export_key(pub, tmp_path / "publisher.key")
    laps = {name: create_vault(tmp_path / name, False) for name in ("lapA", "lapB", "lapC")}
    for name, lap in laps.items():
        trust.add_trust(lap, tmp_path / "publisher.key", info["fingerprint"])
        ident = keys.export_identity(lap, tmp_path / f"{name}.id")
        read = keys.read_identity_file(tmp_path / f"{name}.id")
        keys.check_fingerprint(read, ident.fingerprint)
        recipients.add(pub, f"Stabsrum {name[-1]}", read.recipient, read.signing_key, read.fingerprint)
    out = tmp_path / "stick"
    out.mkdir()
    send_bundle(pub, list(laps.values()), out)
    yield FieldDay(pub, laps, out, tmp_path)
    pub.close()
    for lap in laps.values():
        lap.close()
