"""`binder rekey`: a new random data key, a new recovery key, the old key slots gone.

Crash-safe with two files that cannot be replaced together (vault.db and keyslots.json):

1. the live database is checkpointed and closed; each backup and the live database are
   copied and the copies re-encrypted with SQLCipher's `PRAGMA rekey`
   (`backups/X.db.next`, `.vault.db.rekey.part`), complete and fsynced;
2. the new key slots are written to `keyslots.next.json`;
3. the commit point: `os.replace` of the re-encrypted copy onto vault.db;
4. the backups' copies replace the backups, their key slots are rewritten, and
   `keyslots.next.json` replaces keyslots.json last.

At every open, `settle` looks for leftovers: if the database opens with the current
slots' key, the rekey never committed and the copies are removed; if it opens with the
next slots' key, step 4 is finished. Every kill therefore leaves a vault that opens with
the old or with the new key material, and backups that restore with the key it opens
with. Old key material opens nothing current.
"""
from __future__ import annotations

import contextlib
import os
import secrets
from pathlib import Path
from typing import TYPE_CHECKING

from binder.errors import VaultError, WrongPassphrase
from binder.fsutil import atomic_write, fsync_dir, storage_error
from binder.vault import database as db
from binder.vault import log_anchor
from binder.vault.backups import BACKUPS_NAME, list_backups
from binder.vault.keyslots import KeyFileDamaged, KeySlots, new_recovery_key

if TYPE_CHECKING:
    from binder.vault.vault import Vault

NEXT_NAME = "keyslots.next.json"
PART_NAME = ".vault.db.rekey.part"
NEXT_SUFFIX = ".next"


def _opens(db_path: Path, key: bytes) -> bool:
    try:
        conn = db.connect(db_path, key)
    except VaultError:
        return False
    conn.close()
    return True


def _rekey_file(source: Path, target: Path, old_key: bytes, new_key: bytes) -> None:
    """Copy `source` to `target` and re-encrypt the copy under `new_key` (fsynced)."""
    db.private_copy(source, target)
    conn = db.connect(target, old_key)
    try:
        conn.execute("PRAGMA journal_mode = DELETE")
        conn.execute(f"PRAGMA rekey = \"x'{new_key.hex()}'\"")
    finally:
        conn.close()
    with open(target, "rb+") as handle:
        os.fsync(handle.fileno())


def rekey(vault: Vault, passphrase: str) -> tuple[KeySlots, str]:
    """Re-encrypt the vault and its backups under a new data key. Returns the new slots and the
    new recovery key. The vault stays open, now under the new key."""
    old_key = bytes(vault._key)
    path = vault.path
    vault.keyslots.unlock_with_passphrase(passphrase)     # the passphrase must be the current one
    new_key = secrets.token_bytes(32)
    recovery = new_recovery_key()
    slots = KeySlots.create(vault.vault_id, new_key, passphrase, recovery)
    live, part, following = path / db.DB_NAME, path / PART_NAME, path / NEXT_NAME
    vault.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    vault.release()
    try:
        for backup in list_backups(path):                 # complete copies before the commit point
            if _opens(backup.path, old_key):
                _rekey_file(backup.path, _next_of(backup.path), old_key, new_key)
        _rekey_file(live, part, old_key, new_key)
        atomic_write(following, slots.to_bytes())
        for suffix in ("-wal", "-shm"):
            with contextlib.suppress(FileNotFoundError):
                Path(str(live) + suffix).unlink()
        os.replace(part, live)                             # the commit point
        fsync_dir(path)
    except (OSError, db.DatabaseError) as exc:
        _roll_back(path)
        vault.attach(old_key, vault.keyslots)
        if isinstance(exc, OSError):
            raise storage_error(exc, live) from exc
        raise
    _finish(path, slots, new_key)
    vault.attach(new_key, slots)
    return slots, recovery


def _next_of(backup_db: Path) -> Path:
    return backup_db.with_name(backup_db.name + NEXT_SUFFIX)


def _pending_backups(path: Path) -> list[Path]:
    directory = path / BACKUPS_NAME
    return sorted(directory.glob("*.db" + NEXT_SUFFIX)) if directory.is_dir() else []


def _roll_back(path: Path) -> None:
    """Before the commit point: drop the new copies (the new key slots last)."""
    for item in [*_pending_backups(path), path / PART_NAME]:
        with contextlib.suppress(FileNotFoundError):
            item.unlink()
    with contextlib.suppress(FileNotFoundError):
        (path / NEXT_NAME).unlink()


def _finish(path: Path, slots: KeySlots, new_key: bytes) -> None:
    """After the commit point: the backups' new copies, their key slots, then keyslots.json last."""
    from binder.vault import keycopies
    for pending in _pending_backups(path):
        os.replace(pending, pending.with_name(pending.name[:-len(NEXT_SUFFIX)]))
    fsync_dir(path / BACKUPS_NAME) if (path / BACKUPS_NAME).is_dir() else None
    raw = slots.to_bytes()
    for backup in list_backups(path):
        if _opens(backup.path, new_key) and (not backup.keys_path.is_file() or backup.keys_path.read_bytes() != raw):
            atomic_write(backup.keys_path, raw)
    keycopies.write_copy(path, slots)
    conn = db.connect(path / db.DB_NAME, new_key)
    try:
        log_anchor.write_for(path, conn, new_key, slots.vault_id)
    finally:
        conn.close()
    os.replace(path / NEXT_NAME, path / "keyslots.json")
    fsync_dir(path)


def settle(path: Path, slots: KeySlots, key: bytes, passphrase: str | None,
           recovery_key: str | None) -> tuple[KeySlots, bytes]:
    """Finish or roll back a rekey that was interrupted (see the module text)."""
    path = Path(path)
    following = path / NEXT_NAME
    if not following.exists():
        if (path / PART_NAME).exists() or _pending_backups(path):
            _roll_back(path)
        return slots, key
    if _opens(path / db.DB_NAME, key):
        _roll_back(path)                                   # the rekey never committed
        return slots, key
    try:
        next_slots = KeySlots.load(following)
        next_key = (next_slots.unlock_with_recovery_key(recovery_key) if recovery_key is not None
                    else next_slots.unlock_with_passphrase(passphrase or ""))
    except (KeyFileDamaged, WrongPassphrase, OSError):
        return slots, key
    if _opens(path / db.DB_NAME, next_key):
        _finish(path, next_slots, next_key)
        return next_slots, next_key
    return slots, key
