"""Guarantee 6 — upgrades (issue 7): every earlier format opens; every newer one is refused clearly.

Through the real `binder` command, as a user meets it:
- every golden vault under tests/golden/ (one per released schema) opens, is migrated
  (after a backup), lists its data and passes `binder log verify`;
- a vault whose schema is newer than this Krispärm: "made by a newer Krispärm", exit 1,
  every file byte-identical;
- a key-slot file of a newer version: refused with "newer Krispärm", nothing changed;
- an interchange file of a newer format_version: refused ("Update Krispärm"), nothing imported;
- USB bundles of a newer format or a newer payload schema: refused ("newer Krispärm"),
  laptop unchanged.
(Bundle format 1 is the first released bundle format: there is no older one to open yet.)
"""
from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from binder.bundle import limits
from binder.vault import database as db
from binder.vault.keyslots import KeySlots
from tests.promises.runner import Sandbox, refused
from tests.test_bundle_support import World, copy_world, forge, vault_files_digest

GOLDEN = Path(__file__).parent / "golden"
GOLDEN_PASSPHRASES = {"v1": "golden-vault-v1"}
PASSPHRASE = "korrekt häst batteri"


def test_every_golden_vault_opens_upgrades_and_verifies(tmp_path: Path) -> None:
    goldens = sorted(p for p in GOLDEN.iterdir() if p.is_dir())
    assert goldens and {g.name for g in goldens} <= set(GOLDEN_PASSPHRASES)
    for golden in goldens:
        box = Sandbox(tmp_path / golden.name, passphrase=GOLDEN_PASSPHRASES[golden.name])
        work = box.root / "vault"
        shutil.copytree(golden, work)
        info = json.loads(box.run(work, "info", "--json").stdout)
        assert info["schema_version"] == db.schema_version()
        assert any(b.name.endswith("before-migration.db") for b in (work / "backups").iterdir())
        contacts = json.loads(box.run(work, "list", "contacts", "--json").stdout)
        assert len(contacts) >= 2
        box.run(work, "log", "verify")
        box.run(work, "log", "add", "Efter uppgraderingen")
        box.run(work, "log", "verify")


def newer_schema_vault(tmp_path: Path) -> Path:
    work = tmp_path / "newer"
    shutil.copytree(GOLDEN / "v1", work)
    key = KeySlots.load(work / "keyslots.json").unlock_with_passphrase(GOLDEN_PASSPHRASES["v1"])
    conn = db.connect(work / db.DB_NAME, key)
    try:
        conn.execute(f"PRAGMA user_version = {db.schema_version() + 1}")
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        conn.close()
    return work


def test_a_vault_from_a_newer_krisparm_is_refused_and_untouched(tmp_path: Path) -> None:
    box = Sandbox(tmp_path / "box", passphrase=GOLDEN_PASSPHRASES["v1"])
    work = newer_schema_vault(tmp_path)
    before = vault_files_digest(work)
    for args in (("list", "contacts"), ("info",), ("import-data", str(tmp_path / "x.json")), ("backup",)):
        refused(box.run(work, *args, ok=False), "newer Krispärm")
    assert vault_files_digest(work) == before


def test_a_key_file_from_a_newer_krisparm_is_refused(tmp_path: Path) -> None:
    box = Sandbox(tmp_path / "box", passphrase=GOLDEN_PASSPHRASES["v1"])
    work = tmp_path / "vault"
    shutil.copytree(GOLDEN / "v1", work)
    doc = json.loads((work / "keyslots.json").read_text())
    from binder.vault.keyfile_schema import VERSION
    doc["version"] = VERSION + 1                  # newer than this Krispärm writes (v1 is the golden's)
    (work / "keyslots.json").write_text(json.dumps(doc))
    before = vault_files_digest(work)
    refused(box.run(work, "list", "contacts", ok=False), "newer Krispärm")
    assert vault_files_digest(work) == before


def test_an_interchange_file_of_a_newer_format_is_refused(tmp_path: Path) -> None:
    box = Sandbox(tmp_path / "box")
    vault = box.root / "vault"
    box.run(vault, "init")
    newer = tmp_path / "binder.json"
    newer.write_text(json.dumps({"format": "krisparm-binder", "format_version": 2,
                                 "contacts": [{"name": "Anna Berg"}]}), encoding="utf-8")
    before = vault_files_digest(vault)
    refused(box.run(vault, "import-data", str(newer), ok=False), "Update Krispärm")
    assert vault_files_digest(vault) == before
    assert json.loads(box.run(vault, "list", "contacts", "--json").stdout) == []


@pytest.mark.parametrize("change", [{"format": limits.FORMAT + 1}, {"schema_version": limits.PAYLOAD_SCHEMA + 1}],
                         ids=["bundle-format", "payload-schema"])
def test_a_bundle_from_a_newer_krisparm_is_refused(bundle_world: World, tmp_path: Path,
                                                   change: dict[str, int]) -> None:
    world = copy_world(bundle_world, tmp_path / "world")
    bundle = tmp_path / "newer.kbundle"
    bundle.write_bytes(forge(world, body=change))
    box = Sandbox(tmp_path / "box")
    before = vault_files_digest(world.lap1)
    refused(box.run(world.lap1, "bundle", "import", str(bundle), "--yes", ok=False), "newer Krispärm")
    check = json.loads(box.run(world.lap1, "bundle", "verify", str(bundle), "--json", ok=False).stdout)
    assert check["ok"] is False and "newer Krispärm" in check["error"]
    assert vault_files_digest(world.lap1) == before
