"""Key file: strict schema before any KDF, altered vs wrong passphrase, copies kept with backups,
recovery without keyslots.json, and the vault id carried by the database (issue 11 §2–§4)."""
from __future__ import annotations

import base64
import json
import os
import time
import unicodedata
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from binder.errors import VaultCorrupt, VaultError, VersionError, WrongPassphrase
from binder.store import incident_log, records
from binder.vault import database as db
from binder.vault import keyfile_schema
from binder.vault.backups import KEY_COPY_NAME
from binder.vault.keyslots import KeyFileDamaged, KeySlots, passphrase_forms
from binder.vault.vault import Vault, open_for_restore
from tests.conftest import FAST_KDF, PASSPHRASE

VALID_ID = "0f8fad5b-d9cb-469f-a165-70867728950e"


def keyfile(vault_path: Path) -> dict[str, Any]:
    return json.loads((vault_path / "keyslots.json").read_text())


def write_keyfile(vault_path: Path, doc: Any, *, fix_checksum: bool = True) -> None:
    if fix_checksum and isinstance(doc, dict) and "slots" in doc and "vault_id" in doc:
        doc["checksum"] = keyfile_schema.checksum(doc["vault_id"], doc["slots"])
    (vault_path / "keyslots.json").write_text(json.dumps(doc))


# -- §3 strict schema ---------------------------------------------------------------------------

@pytest.mark.parametrize("edit", [
    lambda d: d["slots"][0].update(memory_kib=3 * 1024 * 1024),          # 3 GiB: 18 s before
    lambda d: d["slots"][0].update(memory_kib=64 * 1024 * 1024),         # 64 GiB: MemoryError before
    lambda d: d["slots"][0].update(iterations=2 ** 31),                  # hung before
    lambda d: d["slots"][0].update(iterations=2 ** 64),
    lambda d: d["slots"][0].update(lanes=17),
    lambda d: d["slots"][0].update(memory_kib=1024),                     # below the floor
    lambda d: d["slots"][0].update(iterations=True),
    lambda d: d["slots"][0].update(salt=12345),
    lambda d: d["slots"][0].update(salt=base64.b64encode(b"short").decode()),
    lambda d: d["slots"][0].update(nonce=base64.b64encode(bytes(16)).decode()),
    lambda d: d["slots"][0].update(type="keyfile"),
    lambda d: d["slots"][0].update(kdf="scrypt"),
    lambda d: d["slots"].pop(0),                                          # the passphrase slot removed
    lambda d: d.update(slots=None),
    lambda d: d.update(vault_id=7),
])
def test_out_of_bounds_or_malformed_key_file_is_refused_before_any_kdf(vault_path: Path, edit: Any) -> None:
    doc = keyfile(vault_path)
    edit(doc)
    write_keyfile(vault_path, doc)
    started = time.perf_counter()
    with pytest.raises(KeyFileDamaged) as info:
        Vault.open(vault_path, PASSPHRASE)
    assert time.perf_counter() - started < 2.0          # no Argon2 run with the edited parameters
    message = info.value.message("en")
    assert "altered or damaged" in message and "restore-keys" in message
    assert "ändrad eller skadad" in info.value.message("sv")
    assert not isinstance(info.value, WrongPassphrase)


@pytest.mark.parametrize("raw", [b"null", b"[]", b"42", b"", b"{", b"[" * 100_000, b'{"a": Infinity}',
                                 b'{"format": "krisparm-keyslots", "version": 1e400}', "å".encode("latin-1")])
def test_junk_key_files_say_damaged(vault_path: Path, raw: bytes) -> None:
    (vault_path / "keyslots.json").write_bytes(raw)
    with pytest.raises(KeyFileDamaged):
        Vault.open(vault_path, PASSPHRASE)


def test_edited_parameter_with_old_checksum_is_altered_not_wrong_passphrase(vault_path: Path) -> None:
    doc = keyfile(vault_path)
    doc["slots"][0]["iterations"] += 1
    write_keyfile(vault_path, doc, fix_checksum=False)
    with pytest.raises(KeyFileDamaged) as info:
        Vault.open(vault_path, PASSPHRASE)
    assert "checksum" in info.value.message("en")


def test_newer_key_file_version_says_update() -> None:
    raw = json.dumps({"format": "krisparm-keyslots", "version": 99, "vault_id": VALID_ID, "slots": []}).encode()
    with pytest.raises(VersionError):
        KeySlots.from_bytes(raw)


def test_version_1_key_files_without_checksum_still_open(vault_path: Path) -> None:
    doc = keyfile(vault_path)
    doc["version"] = 1
    del doc["checksum"]
    write_keyfile(vault_path, doc, fix_checksum=False)
    Vault.open(vault_path, PASSPHRASE).close()


JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=30),
    lambda children: st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=12), children, max_size=4),
    max_leaves=20)


@st.composite
def mutated_key_files(draw: st.DrawFn) -> bytes:
    salt = base64.b64encode(bytes(16)).decode()
    doc: dict[str, Any] = {"format": "krisparm-keyslots", "version": 2, "vault_id": VALID_ID, "slots": [
        {"type": "passphrase", "kdf": "argon2id", "salt": salt, "iterations": 1, "memory_kib": 65536,
         "lanes": 4, "nonce": base64.b64encode(bytes(12)).decode(), "wrapped": base64.b64encode(bytes(48)).decode()}]}
    target = draw(st.sampled_from(["top", "slot", "raw"]))
    if target == "raw":
        return draw(st.binary(max_size=200))
    holder = doc if target == "top" else doc["slots"][0]
    key = draw(st.sampled_from(sorted(holder)) | st.text(max_size=8))
    holder[key] = draw(JSON_VALUES)
    if draw(st.booleans()):
        doc["checksum"] = keyfile_schema.checksum(doc["vault_id"], doc["slots"])
    return json.dumps(doc).encode()


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(mutated_key_files())
def test_key_file_loader_never_fails_unexpectedly(raw: bytes) -> None:
    """Any input: a valid key file, KeyFileDamaged or VersionError; never another exception."""
    try:
        slots = KeySlots.from_bytes(raw)
    except (KeyFileDamaged, VersionError):
        return
    for slot in slots.slots:                # what passes is within the bounds the KDF may run with
        if slot["type"] == "passphrase":
            assert 1 <= slot["iterations"] <= 16 and 65536 <= slot["memory_kib"] <= 1024 * 1024
            assert 1 <= slot["lanes"] <= 16


# -- §2 key copies and recovery without keyslots.json ------------------------------------------

def test_every_backup_carries_the_key_slots_that_open_it(vault_path: Path) -> None:
    with Vault.open(vault_path, PASSPHRASE) as v:
        backup = v.backup("manual")
    sidecar = KeySlots.load(backup.keys_path)
    key = sidecar.unlock_with_passphrase(PASSPHRASE)
    conn = db.connect(backup.path, key)
    assert db.stored_vault_id(conn) == sidecar.vault_id
    conn.close()
    assert (vault_path / "backups" / KEY_COPY_NAME).is_file()


@pytest.mark.parametrize("damage", ["emptied", "deleted", "garbage"])
def test_lost_key_file_comes_back_with_the_recovery_key(vault_path: Path, recovery_key: str, damage: str) -> None:
    with Vault.open(vault_path, PASSPHRASE) as v:
        records.save(v, "contact", {"name": "Märta Ödman"})
        incident_log.add(v, "Före förlusten", author="Tjänsteman i beredskap")
    target = vault_path / "keyslots.json"
    if damage == "deleted":
        target.unlink()
    else:
        target.write_bytes(b"" if damage == "emptied" else b"\x00garbage")
    with pytest.raises(KeyFileDamaged) as info:
        Vault.open(vault_path, PASSPHRASE)
    assert "restore-keys" in info.value.message("en") and "binder restore'" not in info.value.message("en")
    with Vault.open(vault_path, recovery_key=recovery_key, repair_keys=True) as v:
        assert [r.title for r in records.list_records(v, "contact")] == ["Märta Ödman"]
        v.change_passphrase("ett nytt långt lösen")
    with Vault.open(vault_path, "ett nytt långt lösen") as v:
        assert incident_log.entries(v)[-1].text == "Före förlusten"


def test_copy_that_does_not_open_this_vault_is_not_used(vault_path: Path, tmp_path: Path) -> None:
    other, _ = Vault.create(tmp_path / "other", PASSPHRASE, kdf=FAST_KDF)
    other.close()
    copy = vault_path / "backups" / KEY_COPY_NAME
    copy.write_bytes((tmp_path / "other" / "keyslots.json").read_bytes())     # a foreign copy
    (vault_path / "keyslots.json").write_bytes(b"")
    with pytest.raises(WrongPassphrase) as info:
        open_for_restore(vault_path, PASSPHRASE, None)
    assert "copies of the key file" in info.value.message("en")
    assert (vault_path / "keyslots.json").read_bytes() == b""                 # nothing written


def test_no_copy_at_all_says_so_without_a_circle(vault_path: Path) -> None:
    (vault_path / "keyslots.json").write_bytes(b"")
    for item in (vault_path / "backups").iterdir():
        item.unlink()
    with pytest.raises(VaultCorrupt) as info:
        open_for_restore(vault_path, PASSPHRASE, None)
    message = info.value.message("en")
    assert "no copy" in message and "restore-keys" not in message and "binder restore" not in message


# -- §4 empty or foreign database ----------------------------------------------------------------

def test_zero_byte_database_is_refused_not_made_new(vault_path: Path) -> None:
    (vault_path / "vault.db").write_bytes(b"")
    with pytest.raises(VaultCorrupt) as info:
        Vault.open(vault_path, PASSPHRASE)
    assert "is empty" in info.value.message("en") and "binder restore" in info.value.message("en")
    assert (vault_path / "vault.db").stat().st_size == 0


def test_schema_zero_database_in_an_existing_vault_is_refused(vault_path: Path) -> None:
    key = Vault.load_keyslots(vault_path).unlock_with_passphrase(PASSPHRASE)
    (vault_path / "vault.db").unlink()
    conn = db.connect(vault_path / "vault.db", key)         # a real, empty SQLCipher file with this key
    conn.execute("CREATE TABLE x (y)")
    conn.close()
    with pytest.raises(VaultCorrupt) as info:
        Vault.open(vault_path, PASSPHRASE)
    assert "is empty" in info.value.message("en")
    conn = db.connect(vault_path / "vault.db", key)
    assert db.current_version(conn) == 0                      # no migration wrote a fresh schema
    conn.close()


def test_database_of_another_vault_is_refused(vault_path: Path) -> None:
    key = Vault.load_keyslots(vault_path).unlock_with_passphrase(PASSPHRASE)
    conn = db.connect(vault_path / "vault.db", key)
    conn.execute("DROP TRIGGER vault_identity_no_update")
    conn.execute("UPDATE vault_identity SET vault_id = 'someone-else'")
    conn.close()
    with pytest.raises(VaultCorrupt) as info:
        Vault.open(vault_path, PASSPHRASE)
    assert "belongs to another vault" in info.value.message("en")


def test_vault_id_is_in_the_database_and_cannot_be_changed(vault: Vault) -> None:
    assert db.stored_vault_id(vault.db) == vault.keyslots.vault_id
    with pytest.raises(db.DatabaseError):
        vault.db.execute("UPDATE vault_identity SET vault_id = 'x'")


# -- §7 NFC normalisation --------------------------------------------------------------------------

def test_a_typed_two_ways_unlocks_the_same_vault(tmp_path: Path) -> None:
    composed = unicodedata.normalize("NFC", "blåbärssylt i påsk")
    decomposed = unicodedata.normalize("NFD", composed)
    assert composed != decomposed
    vault, _ = Vault.create(tmp_path / "v", decomposed, kdf=FAST_KDF)
    vault.close()
    Vault.open(tmp_path / "v", composed).close()
    Vault.open(tmp_path / "v", decomposed).close()


def test_slots_made_before_normalisation_still_open_either_way(tmp_path: Path) -> None:
    decomposed = unicodedata.normalize("NFD", "blåbärssylt i påsk")
    data_key = os.urandom(32)
    slots = KeySlots.create(VALID_ID, data_key, "x" * 8, "ABCD-EFGH", FAST_KDF)
    # A slot as Krispärm wrote it before: the typed form, no normalisation field.
    from binder.vault.keyslots import _argon2, _b64, _wrap
    salt = os.urandom(16)
    legacy = {"type": "passphrase", "kdf": "argon2id", "salt": _b64(salt), **FAST_KDF}
    kek = _argon2(decomposed, salt, 1, FAST_KDF["memory_kib"], FAST_KDF["lanes"])
    slots.slots[0] = _wrap(kek, data_key, VALID_ID, legacy)
    assert passphrase_forms(decomposed, slots.slots[0])[0] == decomposed
    assert slots.unlock_with_passphrase(decomposed) == data_key
    assert slots.unlock_with_passphrase(unicodedata.normalize("NFC", decomposed)) == data_key
    with pytest.raises(WrongPassphrase):
        slots.unlock_with_passphrase("blabarssylt i pask")


def test_kdf_target_cannot_be_lowered_outside_tests(monkeypatch: pytest.MonkeyPatch) -> None:
    from binder.vault import keyslots
    monkeypatch.setenv("BINDER_KDF_TARGET_MS", "1")
    assert keyslots.kdf_target_seconds() == 0.001          # inside a test run
    monkeypatch.delenv("PYTEST_CURRENT_TEST")
    assert keyslots.kdf_target_seconds() == keyslots.DEFAULT_TARGET_SECONDS
    monkeypatch.setenv("BINDER_KDF_TARGET_MS", "900")
    assert keyslots.kdf_target_seconds() == 0.9             # raising it is allowed


def test_unreadable_vault_message_is_not_wrong_passphrase_for_missing_vault(tmp_path: Path) -> None:
    with pytest.raises(VaultError) as info:
        Vault.open(tmp_path / "nowhere", PASSPHRASE)
    assert "No vault" in info.value.message("en")


# -- old vaults keep opening ------------------------------------------------------------------------

def test_golden_v1_vault_opens_gets_its_id_in_the_database_and_a_key_copy(tmp_path: Path) -> None:
    import shutil
    golden = Path(__file__).resolve().parent / "golden" / "v1"
    work = tmp_path / "v1"
    shutil.copytree(golden, work)
    assert keyfile(work)["version"] == 1 and "normalisation" not in keyfile(work)["slots"][0]
    with Vault.open(work, "golden-vault-v1") as v:
        assert db.stored_vault_id(v.db) == keyfile(work)["vault_id"]
        assert db.current_version(v.db) == db.schema_version()
        assert incident_log.verify(v)[0]
    assert KeySlots.load(work / "backups" / KEY_COPY_NAME).vault_id == keyfile(work)["vault_id"]
    (work / "keyslots.json").unlink()                         # and is recoverable from then on
    Vault.open(work, "golden-vault-v1", repair_keys=True).close()
