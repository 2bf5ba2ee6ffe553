"""Is this database the vault's own? An empty or foreign vault.db is refused, never migrated into a
new, empty vault (the vault id is in the database since schema 4 and in the key file)."""
from __future__ import annotations

from pathlib import Path

from binder.errors import VaultCorrupt
from binder.vault import database as db


def _empty(path: Path) -> VaultCorrupt:
    return VaultCorrupt("The vault database {path} is empty: it holds none of this vault's data. "
                        "Nothing was changed. Restore the latest backup with 'binder restore'.", path=str(path))


def refuse_empty_file(db_path: Path) -> None:
    """A zero-byte vault.db would open as a new, empty database: refuse it before SQLCipher touches it."""
    try:
        empty = db_path.stat().st_size == 0
    except OSError:
        return
    if empty:
        raise _empty(db_path)


def check(conn: db.Connection, db_path: Path, vault_id: str) -> None:
    """Refuse schema version 0 (nothing in it) and a vault id other than the key file's."""
    try:
        version = db.current_version(conn)
        stored = db.stored_vault_id(conn) if version else None
    except db.DatabaseError as exc:
        raise db.corrupt_error(exc) from exc
    if version == 0:
        raise _empty(db_path)
    if stored != vault_id:
        raise VaultCorrupt("The vault database {path} belongs to another vault (id {found}), not to this "
                           "key file (id {expected}). Nothing was changed. Put the right vault.db back, or "
                           "restore the latest backup with 'binder restore'.", path=str(db_path),
                           found=stored or "?", expected=vault_id)
