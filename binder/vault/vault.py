"""The vault: a directory holding the encrypted database, its key slots and backups.

    <vault>/vault.db        SQLCipher 4 database (raw 256-bit data key)
    <vault>/keyslots.json   the data key wrapped by passphrase and recovery slots
    <vault>/backups/        encrypted copies of vault.db (same data key)

A `Vault` owns one connection and must be used from one thread. The key is
derived once at unlock; extra connections (tests, workers) use `connect()`.
"""
from __future__ import annotations

import contextlib
import json
import os
import secrets
import shutil
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

import pyrage
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives import serialization

from binder.errors import StorageError, VaultCorrupt, VaultError
from binder.fsutil import atomic_write, fsync_dir, private_dir, storage_error
from binder.vault import database as db
from binder.vault.keyslots import KeySlots, new_recovery_key

KEYSLOTS_NAME = "keyslots.json"
BACKUPS_NAME = "backups"
DEFAULT_BACKUPS_KEPT = 10
FULL_CHECK_BYTES = 32 * 1024 * 1024


def now_iso() -> str:
    return datetime.now(timezone.utc).replace(microsecond=0).isoformat()


def default_vault_path() -> Path:
    env = os.environ.get("BINDER_VAULT")
    if env:
        return Path(env)
    import platformdirs
    return Path(platformdirs.user_data_dir("krisparm", appauthor=False)) / "vault"


@dataclass(frozen=True)
class Backup:
    path: Path
    created_at: str
    reason: str
    size: int


class Vault:
    """An unlocked vault."""

    def __init__(self, path: Path, data_key: bytes, keyslots: KeySlots) -> None:
        self.path = Path(path)
        self._key = bytearray(data_key)
        self.keyslots = keyslots
        self.conn: db.Connection | None = db.connect(self.db_path, bytes(self._key))
        self._restrict_permissions()

    def _restrict_permissions(self) -> None:
        for name in (db.DB_NAME, db.DB_NAME + "-wal", db.DB_NAME + "-shm"):
            with contextlib.suppress(OSError):
                os.chmod(self.path / name, 0o600)

    # -- paths -----------------------------------------------------------
    @property
    def db_path(self) -> Path:
        return self.path / db.DB_NAME

    @property
    def keyslots_path(self) -> Path:
        return self.path / KEYSLOTS_NAME

    @property
    def backups_dir(self) -> Path:
        return self.path / BACKUPS_NAME

    # -- creation and unlocking -------------------------------------------
    @classmethod
    def create(cls, path: Path, passphrase: str, *, publisher: bool = False,
               organisation: str = "", organisation_id: str = "", language: str = "sv",
               kdf: dict[str, int] | None = None) -> tuple["Vault", str]:
        """Create a new, empty vault. Returns the vault and the recovery key (show it once)."""
        path = Path(path)
        if (path / db.DB_NAME).exists() or (path / KEYSLOTS_NAME).exists():
            raise VaultError("A vault already exists at {path}. Nothing was changed.", path=str(path))
        if len(passphrase) < 8:
            raise VaultError("The passphrase must have at least 8 characters.")
        try:
            private_dir(path)
            private_dir(path / BACKUPS_NAME)
        except OSError as exc:
            raise storage_error(exc, path) from exc
        vault_id = str(uuid.uuid4())
        data_key = secrets.token_bytes(32)
        recovery = new_recovery_key()
        slots = KeySlots.create(vault_id, data_key, passphrase, recovery, kdf)
        try:
            vault = cls._initialise(path, data_key, slots, publisher, organisation,
                                    organisation_id or vault_id, language)
        except BaseException:
            for name in (db.DB_NAME, db.DB_NAME + "-wal", db.DB_NAME + "-shm"):
                with contextlib.suppress(OSError):
                    (path / name).unlink()
            raise
        slots.save(path / KEYSLOTS_NAME)
        return vault, recovery

    @classmethod
    def _initialise(cls, path: Path, data_key: bytes, slots: KeySlots, publisher: bool,
                    organisation: str, organisation_id: str, language: str) -> "Vault":
        vault = cls(path, data_key, slots)
        vault.migrate(backup=False)
        identity = pyrage.x25519.Identity.generate()
        with vault.transaction() as conn:
            meta = {"vault_id": slots.vault_id, "role": "publisher" if publisher else "laptop",
                    "created_at": now_iso(), "revision": "0",
                    "binder": json.dumps({"organisation": organisation or "Krispärm",
                                          "organisation_id": organisation_id,
                                          "language": language}, ensure_ascii=False)}
            conn.executemany("INSERT INTO meta(key, value) VALUES (?, ?)", meta.items())
            conn.execute("INSERT INTO secrets(name, value) VALUES ('age_identity', ?)",
                         (str(identity).encode(),))
            if publisher:
                key = Ed25519PrivateKey.generate().private_bytes(
                    serialization.Encoding.Raw, serialization.PrivateFormat.Raw,
                    serialization.NoEncryption())
                conn.execute("INSERT INTO secrets(name, value) VALUES ('signing_key', ?)", (key,))
        return vault

    @classmethod
    def load_keyslots(cls, path: Path) -> KeySlots:
        path = Path(path)
        for stale in path.glob(f".{KEYSLOTS_NAME}.*.part"):   # left by a write that was killed
            with contextlib.suppress(OSError):
                stale.unlink()
        if not (path / db.DB_NAME).exists():
            raise VaultError("No vault at {path}. Create one with 'binder init' or 'binder demo'.",
                             path=str(path))
        try:
            return KeySlots.load(path / KEYSLOTS_NAME)
        except FileNotFoundError as exc:
            raise VaultCorrupt("The key file of the vault at {path} is missing. Restore it from a "
                               "backup copy of the vault folder.", path=str(path)) from exc

    @classmethod
    def open(cls, path: Path, passphrase: str | None = None, *, recovery_key: str | None = None,
             migrate: bool = True) -> "Vault":
        """Unlock with the passphrase (or the recovery key), check integrity, migrate."""
        slots = cls.load_keyslots(path)
        if recovery_key is not None:
            data_key = slots.unlock_with_recovery_key(recovery_key)
        else:
            data_key = slots.unlock_with_passphrase(passphrase or "")
        return cls.open_with_key(path, data_key, slots, migrate=migrate)

    @classmethod
    def open_with_key(cls, path: Path, data_key: bytes, slots: KeySlots | None = None, *,
                      migrate: bool = True, check: bool = True) -> "Vault":
        slots = slots or cls.load_keyslots(path)
        vault = cls(Path(path), data_key, slots)
        try:
            # Every page carries an HMAC that SQLCipher checks whenever it reads the page; a full
            # pass at unlock costs ~10 ms per MB, so it runs here for vaults up to FULL_CHECK_BYTES
            # and on demand ('binder check') for larger ones.
            if check and vault.db_path.stat().st_size <= FULL_CHECK_BYTES:
                vault.check_integrity()
            if migrate:
                vault.migrate()
        except BaseException:
            vault.close()
            raise
        return vault

    def connect(self) -> db.Connection:
        """A further connection to this vault (for another thread), raw key, no KDF."""
        return db.connect(self.db_path, bytes(self._key))

    def close(self) -> None:
        if self.conn is not None:
            with contextlib.suppress(db.DatabaseError):
                self.conn.close()
            self.conn = None
        for i in range(len(self._key)):   # drop the key as far as Python allows
            self._key[i] = 0

    def __enter__(self) -> "Vault":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- connection helpers ----------------------------------------------
    @property
    def db(self) -> db.Connection:
        if self.conn is None:
            raise VaultError("The vault is locked.")
        return self.conn

    def transaction(self) -> contextlib.AbstractContextManager[db.Connection]:
        return db.transaction(self.db)

    def check_integrity(self) -> None:
        try:
            problems = db.integrity_problems(self.db)
        except db.DatabaseError as exc:
            raise db.corrupt_error(exc) from exc
        if problems:
            raise db.corrupt_error(Exception("; ".join(problems[:3])))

    def migrate(self, backup: bool = True) -> int:
        pending = db.pending_migrations(self.db)
        if pending and backup and db.current_version(self.db) > 0:
            self.backup("before-migration")
        for version, sql in pending:
            db.apply_migration(self.db, version, sql)
        return len(pending)

    # -- metadata ----------------------------------------------------------
    def meta(self, key: str, default: str = "") -> str:
        row = self.db.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return row[0] if row else default

    def set_meta(self, conn: db.Connection, key: str, value: str) -> None:
        conn.execute("INSERT INTO meta(key, value) VALUES (?, ?) "
                     "ON CONFLICT(key) DO UPDATE SET value = excluded.value", (key, value))

    @property
    def vault_id(self) -> str:
        return self.keyslots.vault_id

    @property
    def is_publisher(self) -> bool:
        return self.meta("role") == "publisher"

    def secret(self, name: str) -> bytes | None:
        row = self.db.execute("SELECT value FROM secrets WHERE name = ?", (name,)).fetchone()
        return bytes(row[0]) if row else None

    # -- passphrase --------------------------------------------------------
    def change_passphrase(self, new_passphrase: str) -> None:
        """Rewrap the data key under a new passphrase; the database is not rewritten."""
        if len(new_passphrase) < 8:
            raise VaultError("The passphrase must have at least 8 characters.")
        slots = KeySlots(self.keyslots.vault_id, list(self.keyslots.slots))
        slots.set_passphrase(bytes(self._key), new_passphrase)
        slots.save(self.keyslots_path)
        self.keyslots = slots

    # -- backups -----------------------------------------------------------
    def backup(self, reason: str = "manual", keep: int = DEFAULT_BACKUPS_KEPT) -> Backup:
        """Write an encrypted copy of the database (same data key) and prune old ones."""
        private_dir(self.backups_dir)
        stamp = datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%S%fZ")
        safe_reason = "".join(c for c in reason if c.isalnum() or c == "-")[:40] or "manual"
        final = self.backups_dir / f"{stamp}-{safe_reason}.db"
        tmp = self.backups_dir / f".{final.name}.part"
        try:
            with contextlib.suppress(FileNotFoundError):
                tmp.unlink()
            target = db.connect(tmp, bytes(self._key))
            try:
                self.db.backup(target)
            finally:
                target.close()
            for suffix in ("-wal", "-shm"):
                with contextlib.suppress(FileNotFoundError):
                    Path(str(tmp) + suffix).unlink()
            os.chmod(tmp, 0o600)
            with open(tmp, "rb+") as handle:
                os.fsync(handle.fileno())
            os.replace(tmp, final)
            fsync_dir(self.backups_dir)
        except OSError as exc:
            with contextlib.suppress(OSError):
                tmp.unlink()
            raise storage_error(exc, final) from exc
        except db.DatabaseError as exc:
            with contextlib.suppress(OSError):
                tmp.unlink()
            if "full" in str(exc).lower():
                raise StorageError("The disk is full; nothing was changed ({path}).",
                                   path=str(final)) from exc
            raise
        self.prune_backups(keep)
        return describe_backup(final) or Backup(final, "", safe_reason, final.stat().st_size)

    def backups(self) -> list[Backup]:
        """Newest first."""
        return list_backups(self.path)

    def prune_backups(self, keep: int) -> None:
        for old in self.backups()[keep:]:
            with contextlib.suppress(OSError):
                old.path.unlink()

    def restore(self, backup: Path | Backup | None = None) -> Backup:
        """Replace the database with a backup (default: the newest), after backing up the current one."""
        return restore_backup(self.path, bytes(self._key), backup, vault=self)


def describe_backup(item: Path) -> Backup | None:
    """A backup file named `<UTC stamp>-<reason>.db`, or None for any other file."""
    stamp, _, reason = item.stem.partition("-")
    try:
        created = datetime.strptime(stamp, "%Y%m%dT%H%M%S%fZ").replace(tzinfo=timezone.utc)
    except ValueError:
        return None
    return Backup(item, created.replace(microsecond=0).isoformat(), reason, item.stat().st_size)


def list_backups(path: Path) -> list[Backup]:
    """The vault's backups, newest first."""
    directory = Path(path) / BACKUPS_NAME
    if not directory.is_dir():
        return []
    found = [b for b in map(describe_backup, directory.glob("*.db")) if b is not None]
    return sorted(found, key=lambda b: b.path.name, reverse=True)


def restore_backup(path: Path, data_key: bytes, backup: Path | Backup | None = None,
                   vault: Vault | None = None) -> Backup:
    """Restore a backup into the vault at `path`. Works when the live database is damaged."""
    path = Path(path)
    available = list_backups(path)
    if backup is None:
        if not available:
            raise VaultError("There is no backup to restore in {path}.", path=str(path / BACKUPS_NAME))
        chosen = available[0].path
    else:
        chosen = backup.path if isinstance(backup, Backup) else Path(backup)
        if not chosen.is_file():
            raise VaultError("No backup at {path}.", path=str(chosen))
    # The backup must open with this vault's key and be intact before anything changes.
    check = db.connect(chosen, data_key)
    try:
        problems = db.integrity_problems(check)
    except db.DatabaseError as exc:
        problems = [str(exc)]
    finally:
        check.close()
    if problems:
        raise VaultCorrupt("The backup {path} is damaged too ({reason}). Nothing was changed.",
                           path=str(chosen), reason="; ".join(problems[:2]))
    if vault is not None:
        try:
            vault.backup("before-restore")
        except (db.DatabaseError, VaultError):
            pass  # the live database may be the damaged thing we are replacing
        vault.close()
    live = path / db.DB_NAME
    tmp = path / f".{db.DB_NAME}.restore.part"
    try:
        shutil.copyfile(chosen, tmp)
        os.chmod(tmp, 0o600)
        with open(tmp, "rb+") as handle:
            os.fsync(handle.fileno())
        for suffix in ("-wal", "-shm"):
            with contextlib.suppress(FileNotFoundError):
                Path(str(live) + suffix).unlink()
        os.replace(tmp, live)
        fsync_dir(path)
    except OSError as exc:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise storage_error(exc, live) from exc
    return describe_backup(chosen) or Backup(chosen, "", "", chosen.stat().st_size)


def open_for_restore(path: Path, passphrase: str | None, recovery_key: str | None) -> bytes:
    """Unwrap the data key without opening the (possibly damaged) database."""
    slots = Vault.load_keyslots(path)
    if recovery_key is not None:
        return slots.unlock_with_recovery_key(recovery_key)
    return slots.unlock_with_passphrase(passphrase or "")


def describe(vault: Vault) -> dict[str, Any]:
    return {"path": str(vault.path), "vault_id": vault.vault_id,
            "role": vault.meta("role"), "schema_version": db.current_version(vault.db),
            "created_at": vault.meta("created_at")}
