"""Copies of the key slots, and bringing back a lost or damaged `keyslots.json` from them.

`keyslots.json` is the only thing that turns a passphrase or the recovery key into the data
key. A copy is written beside the backups whenever the slots change, and every backup keeps
the slots that open it. When the live file is missing or damaged, `recover` tries those
copies with the user's passphrase or recovery key and accepts one only when the key it
unwraps opens the vault's own database (or a backup of it) and that database carries the
same vault id: a *verified* copy.
"""
from __future__ import annotations

import contextlib
import logging
from pathlib import Path

from binder.errors import VaultCorrupt, VaultError, WrongPassphrase
from binder.fsutil import atomic_write, private_dir
from binder.vault import database as db
from binder.vault.backups import BACKUPS_NAME, KEY_COPY_NAME, list_backups
from binder.vault.keyslots import KeyFileDamaged, KeySlots

log = logging.getLogger(__name__)
KEYSLOTS_NAME = "keyslots.json"


def write_copy(vault_path: Path, slots: KeySlots) -> None:
    directory = private_dir(Path(vault_path) / BACKUPS_NAME)
    atomic_write(directory / KEY_COPY_NAME, slots.to_bytes())


def copies(vault_path: Path) -> list[tuple[Path, KeySlots]]:
    """Every readable copy of the key slots: the live copy first, then each backup's, newest first."""
    vault_path = Path(vault_path)
    paths = [vault_path / BACKUPS_NAME / KEY_COPY_NAME] + [b.keys_path for b in list_backups(vault_path)]
    found, seen = [], set()
    for path in paths:
        try:
            slots = KeySlots.load(path)
        except (OSError, KeyFileDamaged):
            continue
        raw = slots.to_bytes()
        if raw not in seen:
            seen.add(raw)
            found.append((path, slots))
    return found


def opens_this_vault(vault_path: Path, slots: KeySlots, data_key: bytes) -> bool:
    """True when `data_key` opens the live database (or, if that is damaged, a backup) of this vault."""
    vault_path = Path(vault_path)
    for candidate in [vault_path / db.DB_NAME] + [b.path for b in list_backups(vault_path)]:
        if not candidate.is_file() or candidate.stat().st_size == 0:
            continue
        try:
            conn = db.connect(candidate, data_key)
        except VaultError:
            continue
        try:
            return db.stored_vault_id(conn) == slots.vault_id
        except db.DatabaseError:
            continue
        finally:
            conn.close()
    return False


def unlock(slots: KeySlots, passphrase: str | None, recovery_key: str | None) -> bytes:
    if recovery_key is not None:
        return slots.unlock_with_recovery_key(recovery_key)
    return slots.unlock_with_passphrase(passphrase or "")


def recover(vault_path: Path, passphrase: str | None, recovery_key: str | None) -> tuple[KeySlots, bytes]:
    """A verified copy of the key slots that opens with the secret given, written back as keyslots.json."""
    vault_path = Path(vault_path)
    found = copies(vault_path)
    if not found:
        raise VaultCorrupt("The key file of the vault at {path} is missing or damaged and no copy of it "
                           "was found beside the backups. Without a key file the vault cannot be opened: "
                           "bring back the whole vault folder from a copy you made of it.", path=str(vault_path))
    for path, slots in found:
        try:
            key = unlock(slots, passphrase, recovery_key)
        except WrongPassphrase:
            continue
        if opens_this_vault(vault_path, slots, key):
            atomic_write(vault_path / KEYSLOTS_NAME, slots.to_bytes())
            with contextlib.suppress(OSError):
                write_copy(vault_path, slots)
            log.info("key slots brought back from %s", path.name)
            return slots, key
    if recovery_key is not None:
        raise WrongPassphrase("None of the {count} copies of the key file opens with this recovery key. "
                              "Nothing was changed. Check the characters against the recovery sheet.",
                              count=len(found))
    raise WrongPassphrase("None of the {count} copies of the key file opens with this passphrase. Nothing "
                          "was changed. Try an earlier passphrase, or use the recovery key (--recovery).",
                          count=len(found))
