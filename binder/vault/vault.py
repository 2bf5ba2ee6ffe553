"""The vault: a directory holding the encrypted database, its key slots and backups.

    <vault>/vault.db        SQLCipher 4 database (raw 256-bit data key); carries the vault id
    <vault>/keyslots.json   the data key wrapped by passphrase and recovery slots
    <vault>/backups/        encrypted copies of vault.db, each with the key slots that open it,
                            and a copy of keyslots.json (binder/vault/backups.py, keycopies.py)

A `Vault` owns one connection and must be used from one thread. The key is
derived once at unlock; extra connections (tests, workers) use `connect()`.
"""
from __future__ import annotations

import contextlib
import json
import logging
import os
import secrets
import uuid
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pyrage
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from binder.errors import StorageError, VaultError, WrongPassphrase
from binder.fsutil import atomic_write, fsync_dir, private_dir, storage_error
from binder.vault import backups as backups_mod
from binder.vault import database as db
from binder.vault import identity, keycopies, log_anchor
from binder.vault.backups import BACKUPS_NAME, KEEP_NEWEST, Backup, backup_name, describe_backup, list_backups, thin
from binder.vault.backups import sidecar_path as keycopies_sidecar
from binder.vault.database import Connection
from binder.vault.keycopies import KEYSLOTS_NAME
from binder.vault.keyslots import KeyFileDamaged, KeySlots, new_recovery_key

log = logging.getLogger(__name__)
DEFAULT_BACKUPS_KEPT = KEEP_NEWEST
FULL_CHECK_BYTES = 32 * 1024 * 1024
MIN_PASSPHRASE_CHARS = 8


def now_iso() -> str:
    return datetime.now(UTC).replace(microsecond=0).isoformat()


def default_vault_path() -> Path:
    env = os.environ.get("BINDER_VAULT")
    if env:
        return Path(env)
    import platformdirs
    return Path(platformdirs.user_data_dir("krisparm", appauthor=False)) / "vault"


class Vault:
    """An unlocked vault."""

    def __init__(self, path: Path, data_key: bytes, keyslots: KeySlots) -> None:
        self.path = Path(path)
        self._key = bytearray(data_key)
        self.keyslots = keyslots
        self._log_head: tuple[int, str] | None = None
        self.conn: Connection | None = db.connect(self.db_path, bytes(self._key))
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
               kdf: dict[str, int] | None = None) -> tuple[Vault, str]:
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
        vault.save_keyslots(slots)
        return vault, recovery

    @classmethod
    def _initialise(cls, path: Path, data_key: bytes, slots: KeySlots, publisher: bool,
                    organisation: str, organisation_id: str, language: str) -> Vault:
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
            conn.execute("INSERT INTO vault_identity(id, vault_id) VALUES (1, ?)", (slots.vault_id,))
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
        """The vault's key slots; `KeyFileDamaged` (missing, malformed, edited) says how to bring them back."""
        path = Path(path)
        stale = list(path.glob(f".{KEYSLOTS_NAME}.*.part")) + list(path.glob(".keyslots.next.json.*.part"))
        stale += list((path / BACKUPS_NAME).glob(".*.json.*.part"))   # key-slot copies
        for item in stale:                                   # left by a write that was killed
            with contextlib.suppress(OSError):
                item.unlink()
        if not (path / db.DB_NAME).exists():
            raise VaultError("No vault at {path}. Create one with 'binder init' or 'binder demo'.",
                             path=str(path))
        try:
            return KeySlots.load(path / KEYSLOTS_NAME)
        except FileNotFoundError as exc:
            raise KeyFileDamaged("the file is missing") from exc

    @classmethod
    def unlock(cls, path: Path, passphrase: str | None = None, *, recovery_key: str | None = None,
               repair_keys: bool = False) -> tuple[KeySlots, bytes]:
        """The key slots and the data key. With `repair_keys`, a missing or damaged key file is
        brought back from a verified copy (binder/vault/keycopies.py) that opens with the secret."""
        from binder.vault import rekey
        try:
            slots = cls.load_keyslots(path)
        except KeyFileDamaged:
            if not repair_keys:
                raise
            return keycopies.recover(Path(path), passphrase, recovery_key)
        try:
            key = keycopies.unlock(slots, passphrase, recovery_key)
        except WrongPassphrase:
            if not repair_keys:
                raise
            return keycopies.recover(Path(path), passphrase, recovery_key)   # a stale key file put back?
        slots, key = rekey.settle(Path(path), slots, key, passphrase, recovery_key)
        if repair_keys and not keycopies.opens_this_vault(Path(path), slots, key):
            return keycopies.recover(Path(path), passphrase, recovery_key)
        return slots, key

    @classmethod
    def open(cls, path: Path, passphrase: str | None = None, *, recovery_key: str | None = None,
             migrate: bool = True, repair_keys: bool = False) -> Vault:
        """Unlock with the passphrase (or the recovery key), check integrity, migrate."""
        slots, data_key = cls.unlock(path, passphrase, recovery_key=recovery_key, repair_keys=repair_keys)
        return cls.open_with_key(path, data_key, slots, migrate=migrate)

    @classmethod
    def open_with_key(cls, path: Path, data_key: bytes, slots: KeySlots | None = None, *,
                      migrate: bool = True, check: bool = True) -> Vault:
        slots = slots or cls.load_keyslots(path)
        identity.refuse_empty_file(Path(path) / db.DB_NAME)
        vault = cls(Path(path), data_key, slots)
        try:
            vault.check_identity()
            vault._log_head = log_anchor.check(vault.path, vault.db, data_key, slots.vault_id)
            # Every page carries an HMAC that SQLCipher checks whenever it reads the page; a full
            # pass at unlock costs ~10 ms per MB, so it runs here for vaults up to FULL_CHECK_BYTES
            # and on demand ('binder check') for larger ones.
            if check and vault.db_path.stat().st_size <= FULL_CHECK_BYTES:
                vault.check_integrity()
            if migrate:
                vault.migrate()
            vault.ensure_key_copy()
        except BaseException:
            vault.close()
            raise
        return vault

    def check_identity(self) -> None:
        """Refuse a database that is empty or belongs to another vault (never migrate it into one)."""
        identity.check(self.db, self.db_path, self.keyslots.vault_id)

    def ensure_key_copy(self) -> None:
        """Vaults made before key copies existed get one at their first open."""
        if not (self.backups_dir / keycopies.KEY_COPY_NAME).exists():
            with contextlib.suppress(OSError):
                keycopies.write_copy(self.path, self.keyslots)

    def save_keyslots(self, slots: KeySlots) -> None:
        """Write keyslots.json and its copy beside the backups."""
        slots.save(self.keyslots_path)
        self.keyslots = slots
        with contextlib.suppress(OSError):
            keycopies.write_copy(self.path, slots)

    def release(self) -> None:
        """Close the connection but keep the key (rekey replaces the file underneath)."""
        if self.conn is not None:
            self.conn.close()
            self.conn = None

    def attach(self, data_key: bytes, keyslots: KeySlots) -> None:
        """Open the database again, with this key (after a rekey: the new one)."""
        self.release()
        for i in range(len(self._key)):
            self._key[i] = 0
        self._key = bytearray(data_key)
        self.keyslots = keyslots
        self.conn = db.connect(self.db_path, bytes(self._key))
        self._restrict_permissions()

    def connect(self) -> Connection:
        """A further connection to this vault (for another thread), raw key, no KDF."""
        return db.connect(self.db_path, bytes(self._key))

    def close(self) -> None:
        if self.conn is not None:
            with contextlib.suppress(db.DatabaseError):
                self.conn.close()
            self.conn = None
        for i in range(len(self._key)):   # drop the key as far as Python allows
            self._key[i] = 0

    def __enter__(self) -> Vault:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- connection helpers ----------------------------------------------
    @property
    def db(self) -> Connection:
        if self.conn is None:
            raise VaultError("The vault is locked.")
        return self.conn

    @contextlib.contextmanager
    def transaction(self) -> Iterator[Connection]:
        """One write transaction; afterwards the log anchor follows the log (binder/vault/log_anchor.py)."""
        with db.transaction(self.db) as conn:
            yield conn
        self._follow_log()

    def _follow_log(self) -> None:
        try:
            current = log_anchor.head(self.db)
        except db.DatabaseError:
            return
        if current != self._log_head:
            try:
                log_anchor.write(self.path, bytes(self._key), self.vault_id, *current)
            except OSError as exc:        # the commit stands; the anchor catches up at the next write
                log.warning("could not write the log anchor: %s", exc)
                return
            self._log_head = current

    def check_integrity(self) -> None:
        try:
            problems = db.integrity_problems(self.db)
        except db.DatabaseError as exc:
            raise db.corrupt_error(exc) from exc
        if problems:
            raise db.corrupt_error(Exception(problems[0].splitlines()[0] if problems[0] else "?"))

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

    def set_meta(self, conn: Connection, key: str, value: str) -> None:
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
        if len(new_passphrase) < MIN_PASSPHRASE_CHARS:
            raise VaultError("The passphrase must have at least 8 characters.")
        slots = KeySlots(self.keyslots.vault_id, list(self.keyslots.slots))
        slots.set_passphrase(bytes(self._key), new_passphrase)
        self.save_keyslots(slots)

    # -- backups -----------------------------------------------------------
    def backup(self, reason: str = "manual", keep: int = DEFAULT_BACKUPS_KEPT) -> Backup:
        """Write an encrypted copy of the database (same data key) with the key slots that open it,
        then thin the automatic backups (binder/vault/backups.py). `keep`: newest automatic ones kept."""
        private_dir(self.backups_dir)
        final = self.backups_dir / backup_name(reason)
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
            atomic_write(keycopies_sidecar(final), self.keyslots.to_bytes())
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
        thin(self.path, keep)
        return describe_backup(final) or Backup(final, "", reason, final.stat().st_size)

    def discard_backup(self, backup: Backup) -> None:
        """Remove an automatic backup made before a write that then changed nothing (refused)."""
        if not backup.made_by_hand:
            backups_mod.remove(backup)

    def backups(self) -> list[Backup]:
        """Newest first."""
        return list_backups(self.path)

    def rekey(self, passphrase: str) -> str:
        """A new data key, new key slots and a new recovery key (returned); the vault stays open."""
        from binder.vault.rekey import rekey
        return rekey(self, passphrase)[1]

    def restore(self, backup: Path | Backup | None = None) -> Backup:
        """Replace the database with a backup (default: the newest), after backing up the current one."""
        from binder.vault.restore import restore_backup
        return restore_backup(self.path, bytes(self._key), backup, vault=self).restored


def open_for_restore(path: Path, passphrase: str | None, recovery_key: str | None) -> bytes:
    """Unwrap the data key without opening the (possibly damaged) database; a missing or damaged
    key file is brought back from a verified copy first."""
    return Vault.unlock(path, passphrase, recovery_key=recovery_key, repair_keys=True)[1]


def describe(vault: Vault) -> dict[str, Any]:
    return {"path": str(vault.path), "vault_id": vault.vault_id,
            "role": vault.meta("role"), "schema_version": db.current_version(vault.db),
            "created_at": vault.meta("created_at")}


def restore_backup(path: Path, data_key: bytes, backup: Path | Backup | None = None,
                   vault: Vault | None = None) -> Backup:
    """Restore a backup into the vault at `path` (binder/vault/restore.py); the backup restored."""
    from binder.vault.restore import restore_backup as restore
    return restore(path, data_key, backup, vault=vault).restored


__all__ = [
    "BACKUPS_NAME",
    "KEYSLOTS_NAME",
    "Backup",
    "Vault",
    "default_vault_path",
    "describe",
    "describe_backup",
    "list_backups",
    "now_iso",
    "open_for_restore",
    "restore_backup",
]
