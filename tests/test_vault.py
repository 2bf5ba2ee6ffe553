"""The vault: key slots, wrong passphrase, recovery, passphrase change, tampering, backups."""
from __future__ import annotations

import hashlib
import json
import os
import stat
from pathlib import Path

import pytest

from binder.errors import VaultCorrupt, VaultError, WrongPassphrase
from binder.store import records
from binder.vault import database as db
from binder.vault.keyslots import MIN_MEMORY_KIB, KeySlots, calibrate, normalise_recovery_key
from binder.vault.vault import Vault, list_backups, restore_backup
from tests.conftest import FAST_KDF, PASSPHRASE


def digest_dir(path: Path) -> dict[str, str]:
    return {str(p.relative_to(path)): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(path.rglob("*")) if p.is_file()}


def test_create_open_round_trip(vault_path: Path) -> None:
    with Vault.open(vault_path, PASSPHRASE) as v:
        rec = records.save(v, "contact", {"name": "Märta Ödman"})
    with Vault.open(vault_path, PASSPHRASE) as v:
        assert records.get(v, "contact", rec.id).data["name"] == "Märta Ödman"
        assert db.current_version(v.db) == db.schema_version()
        assert v.db.execute("PRAGMA foreign_keys").fetchone()[0] == 1


def test_files_are_owner_only(vault_path: Path) -> None:
    with Vault.open(vault_path, PASSPHRASE) as v:
        records.save(v, "contact", {"name": "A"})
        v.backup("t")
    for p in vault_path.rglob("*"):
        mode = stat.S_IMODE(p.stat().st_mode)
        assert mode & 0o077 == 0, f"{p} is {oct(mode)}"


def test_wrong_passphrase_changes_nothing(vault_path: Path) -> None:
    before = digest_dir(vault_path)
    with pytest.raises(WrongPassphrase) as info:
        Vault.open(vault_path, "not the passphrase")
    assert "Wrong passphrase" in info.value.message("en")
    assert "Fel lösenfras" in info.value.message("sv")
    assert digest_dir(vault_path) == before


def test_recovery_key_unlocks_and_sets_new_passphrase(vault_path: Path, recovery_key: str) -> None:
    messy = "  " + recovery_key.lower().replace("-", " ") + " "
    with Vault.open(vault_path, recovery_key=messy) as v:
        v.change_passphrase("ett helt nytt lösen")
    with Vault.open(vault_path, "ett helt nytt lösen"):
        pass
    with pytest.raises(WrongPassphrase):
        Vault.open(vault_path, PASSPHRASE)
    with pytest.raises(WrongPassphrase):
        Vault.open(vault_path, recovery_key="0000-0000-0000-0000-0000-0000-0000-0000")


def test_passphrase_change_rewraps_without_rewriting_db(vault_path: Path) -> None:
    db_before = (vault_path / "vault.db").read_bytes()
    slots_before = json.loads((vault_path / "keyslots.json").read_text())
    with Vault.open(vault_path, PASSPHRASE, migrate=False) as v:
        v.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        db_before = (vault_path / "vault.db").read_bytes()
        v.change_passphrase("ännu ett lösenord")
    assert (vault_path / "vault.db").read_bytes() == db_before
    slots_after = json.loads((vault_path / "keyslots.json").read_text())
    assert slots_after["vault_id"] == slots_before["vault_id"]
    assert slots_after["slots"] != slots_before["slots"]


def test_short_passphrase_refused(tmp_path: Path) -> None:
    with pytest.raises(VaultError):
        Vault.create(tmp_path / "v", "kort", kdf=FAST_KDF)
    assert not (tmp_path / "v" / "vault.db").exists()


def test_kdf_calibration_keeps_memory_floor() -> None:
    params = calibrate(0.05)
    assert params["memory_kib"] >= MIN_MEMORY_KIB and params["iterations"] >= 1
    with pytest.raises(ValueError):
        KeySlots.create("x", os.urandom(32), "passphrase", "ABCD", {"iterations": 1, "memory_kib": 1024, "lanes": 1})


def test_recovery_key_format() -> None:
    ks = KeySlots.create("id", os.urandom(32), "passphrase", "K7QM-0000-1111-2222-3333-4444-5555-6666", FAST_KDF)
    assert ks.slots[1]["type"] == "recovery"
    assert normalise_recovery_key("k7qm o000 iiii") == "K7QM-0000-1111"


def test_keyslot_file_tampered(vault_path: Path) -> None:
    path = vault_path / "keyslots.json"
    doc = json.loads(path.read_text())
    doc["slots"][0]["iterations"] = doc["slots"][0]["iterations"] + 1  # parameters are checksummed
    path.write_text(json.dumps(doc))
    with pytest.raises(VaultCorrupt) as edited:
        Vault.open(vault_path, PASSPHRASE)
    assert "altered or damaged" in edited.value.message("en")
    assert not isinstance(edited.value, WrongPassphrase)
    path.write_text("{not json")
    with pytest.raises(VaultCorrupt) as info:
        Vault.open(vault_path, PASSPHRASE)
    assert "damaged" in info.value.message("en")


def test_tampered_database_page_is_refused_and_backup_offered(vault_path: Path) -> None:
    with Vault.open(vault_path, PASSPHRASE) as v:
        for i in range(200):
            records.save(v, "contact", {"name": f"Person {i}", "notes": "x" * 200})
        backup = v.backup("before-tamper")
        v.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db_file = vault_path / "vault.db"
    data = bytearray(db_file.read_bytes())
    offset = 4096 * 5 + 100  # inside page 6
    data[offset] ^= 0xFF
    db_file.write_bytes(bytes(data))
    with pytest.raises(VaultCorrupt) as info:
        Vault.open(vault_path, PASSPHRASE)
    assert "binder restore" in info.value.message("en")
    # restore works although the live database is damaged
    key = Vault.load_keyslots(vault_path).unlock_with_passphrase(PASSPHRASE)
    restore_backup(vault_path, key, backup)
    with Vault.open(vault_path, PASSPHRASE) as v:
        assert records.count(v, "contact") == 200


def test_backups_are_encrypted_pruned_and_restorable(vault_path: Path) -> None:
    with Vault.open(vault_path, PASSPHRASE) as v:
        records.save(v, "contact", {"name": "Före Backup"})
        for _ in range(4):
            v.backup("before-import", keep=3)
        assert len(v.backups()) == 3      # automatic ones made within the hour: the newest 3 stay
        records.save(v, "contact", {"name": "Efter Backup"})
        v.restore()
    with Vault.open(vault_path, PASSPHRASE) as v:
        names = [r.title for r in records.list_records(v, "contact")]
    assert names == ["Före Backup"]
    for b in list_backups(vault_path):
        raw = b.path.read_bytes()
        assert not raw.startswith(b"SQLite format 3") and "Före".encode() not in raw


def test_newer_schema_is_refused(vault_path: Path) -> None:
    with Vault.open(vault_path, PASSPHRASE) as v:
        v.db.execute("PRAGMA user_version = 999")
    with pytest.raises(VaultError) as info:
        Vault.open(vault_path, PASSPHRASE)
    assert "newer Krispärm" in info.value.message("en")


def test_missing_vault_and_keyfile(tmp_path: Path, vault_path: Path) -> None:
    with pytest.raises(VaultError) as info:
        Vault.open(tmp_path / "nowhere", PASSPHRASE)
    assert "No vault" in info.value.message("en")
    (vault_path / "keyslots.json").unlink()
    with pytest.raises(VaultCorrupt):
        Vault.open(vault_path, PASSPHRASE)


def test_stale_keyslot_temp_file_is_removed_on_open(vault_path: Path) -> None:
    stale = vault_path / ".keyslots.json.abc123.part"
    stale.write_bytes(b"{}")
    with Vault.open(vault_path, PASSPHRASE):
        pass
    assert not stale.exists()
