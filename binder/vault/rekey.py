"""`binder rekey`: a new random data key, a new recovery key, the old key slots gone.

Crash-safe with two files that cannot be replaced together (vault.db and keyslots.json):

1. the live database is checkpointed and closed, then copied to `.vault.db.rekey.part`
   and the copy is re-encrypted with SQLCipher's `PRAGMA rekey` (a kill here leaves only
   a temporary file, removed at the next open);
2. the new key slots are written to `keyslots.next.json`;
3. the commit point: `os.replace` of the re-encrypted copy onto vault.db;
4. `keyslots.next.json` replaces keyslots.json.

At every open, `settle` looks at a leftover `keyslots.next.json`: if the database opens
with the current slots' key, the rekey never committed and the leftover is removed; if it
opens with the next slots' key, step 4 is finished. Every kill therefore leaves a vault
that opens with the old or with the new key material. Afterwards each backup is
re-encrypted under the new key (the database first, then the key slots kept with it), so
old key material opens nothing current and the backups stay usable.
"""
from __future__ import annotations

import contextlib
import os
import secrets
import shutil
from pathlib import Path
from typing import TYPE_CHECKING

from binder.errors import VaultError, WrongPassphrase
from binder.fsutil import atomic_write, fsync_dir, storage_error
from binder.vault import database as db
from binder.vault.backups import list_backups
from binder.vault.keyslots import KeyFileDamaged, KeySlots, new_recovery_key

if TYPE_CHECKING:
    from binder.vault.vault import Vault

NEXT_NAME = "keyslots.next.json"
PART_NAME = ".vault.db.rekey.part"


def _opens(db_path: Path, key: bytes) -> bool:
    try:
        conn = db.connect(db_path, key)
    except VaultError:
        return False
    conn.close()
    return True


def _rekey_file(source: Path, target: Path, old_key: bytes, new_key: bytes) -> None:
    """Copy `source` to `target` and re-encrypt the copy under `new_key` (fsynced)."""
    for suffix in ("", "-wal", "-shm", "-journal"):
        with contextlib.suppress(FileNotFoundError):
            Path(str(target) + suffix).unlink()
    shutil.copyfile(source, target)
    os.chmod(target, 0o600)
    conn = db.connect(target, old_key)
    try:
        conn.execute("PRAGMA journal_mode = DELETE")
        conn.execute(f"PRAGMA rekey = \"x'{new_key.hex()}'\"")
    finally:
        conn.close()
    with open(target, "rb+") as handle:
        os.fsync(handle.fileno())


def rekey(vault: "Vault", passphrase: str) -> tuple[KeySlots, str]:
    """Re-encrypt the vault under a new data key. Returns the new slots and the new recovery key.

    The vault is closed afterwards (open it again with the same passphrase)."""
    old_key = bytes(vault._key)
    path = vault.path
    vault.keyslots.unlock_with_passphrase(passphrase)     # the passphrase must be the current one
    new_key = secrets.token_bytes(32)
    recovery = new_recovery_key()
    slots = KeySlots.create(vault.vault_id, new_key, passphrase, recovery)
    live, part, following = path / db.DB_NAME, path / PART_NAME, path / NEXT_NAME
    vault.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    vault.close()
    try:
        _rekey_file(live, part, old_key, new_key)
        atomic_write(following, slots.to_bytes())
        for suffix in ("-wal", "-shm"):
            with contextlib.suppress(FileNotFoundError):
                Path(str(live) + suffix).unlink()
        os.replace(part, live)                        # the commit point
        fsync_dir(path)
        os.replace(following, path / "keyslots.json")
        fsync_dir(path)
    except OSError as exc:
        with contextlib.suppress(OSError):
            part.unlink()
        raise storage_error(exc, live) from exc
    from binder.vault import keycopies
    keycopies.write_copy(path, slots)
    reencrypt_backups(path, old_key, new_key, slots)
    return slots, recovery


def reencrypt_backups(path: Path, old_key: bytes, new_key: bytes, slots: KeySlots) -> None:
    for backup in list_backups(path):
        if not _opens(backup.path, old_key):
            continue
        part = backup.path.with_name(f".{backup.path.name}.rekey.part")
        try:
            _rekey_file(backup.path, part, old_key, new_key)
            os.replace(part, backup.path)                 # the database first: restore tries the live key
            atomic_write(backup.keys_path, slots.to_bytes())
        except (OSError, db.DatabaseError):
            with contextlib.suppress(OSError):
                part.unlink()


def settle(path: Path, slots: KeySlots, key: bytes, passphrase: str | None,
           recovery_key: str | None) -> tuple[KeySlots, bytes]:
    """Finish or roll back a rekey that was interrupted (see the module text)."""
    path = Path(path)
    with contextlib.suppress(FileNotFoundError):
        (path / PART_NAME).unlink()
    following = path / NEXT_NAME
    if not following.exists():
        return slots, key
    if _opens(path / db.DB_NAME, key):
        following.unlink()                               # the rekey never committed
        return slots, key
    try:
        next_slots = KeySlots.load(following)
        next_key = (next_slots.unlock_with_recovery_key(recovery_key) if recovery_key is not None
                    else next_slots.unlock_with_passphrase(passphrase or ""))
    except (KeyFileDamaged, WrongPassphrase, OSError):
        return slots, key
    if _opens(path / db.DB_NAME, next_key):
        os.replace(following, path / "keyslots.json")
        fsync_dir(path)
        return next_slots, next_key
    return slots, key
