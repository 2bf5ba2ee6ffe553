"""SQLCipher connections opened with the raw data key, and schema migrations."""
from __future__ import annotations

import contextlib
import os
import re
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import sqlcipher3

from binder.errors import StorageError, VaultBusy, VaultCorrupt, VersionError

MIGRATIONS_DIR = Path(__file__).parent / "migrations"
DB_NAME = "vault.db"
BUSY_TIMEOUT_MS = 5000

if TYPE_CHECKING:
    # sqlcipher3 ships no type hints; its API is the standard library's sqlite3 API.
    from sqlite3 import Connection, DatabaseError
else:
    Connection = sqlcipher3.Connection
    DatabaseError = sqlcipher3.DatabaseError


def migrations() -> list[tuple[int, str]]:
    """(version, sql) for every numbered migration, in order."""
    found = []
    for path in sorted(MIGRATIONS_DIR.glob("[0-9][0-9][0-9][0-9]_*.sql")):
        found.append((int(path.name[:4]), path.read_text(encoding="utf-8")))
    versions = [v for v, _ in found]
    assert versions == list(range(1, len(found) + 1)), f"migration numbers must be 1..n: {versions}"
    return found


def schema_version() -> int:
    """The schema version this Krispärm writes."""
    return len(migrations())


def key_pragma(data_key: bytes) -> str:
    if len(data_key) != 32:
        raise ValueError("data key must be 32 bytes")
    return f"PRAGMA key = \"x'{data_key.hex()}'\""


def connect(path: Path, data_key: bytes) -> Connection:
    """Open an SQLCipher database with the raw key (no KDF: 0.1 ms)."""
    conn = sqlcipher3.connect(str(path), isolation_level=None, timeout=BUSY_TIMEOUT_MS / 1000,
                              check_same_thread=True)
    # SQLCipher logs every failed page HMAC to stderr (hundreds of lines for one damaged file);
    # the damage is reported once, as a VaultCorrupt message.
    conn.execute("PRAGMA cipher_log_level = NONE")
    conn.execute(key_pragma(data_key))
    conn.execute("PRAGMA cipher_memory_security = OFF")
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except DatabaseError as exc:
        conn.close()
        if "i/o error" in str(exc).lower() and _no_space_left(path):
            raise translate_db_error(sqlcipher3.OperationalError("database or disk is full"), str(path)) from exc
        raise corrupt_error(exc) from exc
    conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = FULL")
    conn.execute("PRAGMA temp_store = MEMORY")   # no plaintext temp files
    conn.execute("PRAGMA cache_size = -65536")   # 64 MiB: big imports stay in memory until commit
    return conn


def private_copy(source: Path, target: Path) -> None:
    """Copy a database file to `target` (owner-only), removing any journal left beside an older target."""
    for suffix in ("", "-wal", "-shm", "-journal"):
        with contextlib.suppress(FileNotFoundError):
            Path(str(target) + suffix).unlink()
    shutil.copyfile(source, target)
    os.chmod(target, 0o600)


def _no_space_left(path: Path) -> bool:
    """True when the vault's file system has no room for SQLite's WAL index (an I/O error, not damage)."""
    try:
        return shutil.disk_usage(Path(path).parent).free < 1024 * 1024
    except OSError:
        return False


def corrupt_error(exc: Exception) -> VaultCorrupt:
    reason = " ".join(str(exc).split())      # one line: integrity checks report many
    if len(reason) > 160:
        reason = reason[:157] + "…"
    return VaultCorrupt("The vault database is damaged or has been tampered with ({reason}). Nothing "
                        "was changed. Restore the latest backup with 'binder restore'.", reason=reason)


def busy_error() -> VaultBusy:
    return VaultBusy("The vault is in use by another Krispärm window or command. Wait for it to "
                     "finish and try again.")


def translate_db_error(exc: Exception, path: str = "") -> Exception:
    text = str(exc).lower()
    if "disk is full" in text or "database or disk is full" in text:
        return StorageError("The disk is full; nothing was changed ({path}).", path=path or DB_NAME)
    if "locked" in text or "busy" in text:
        return busy_error()
    if "not a database" in text or "malformed" in text or "hmac" in text:
        return corrupt_error(exc)
    return exc


def integrity_problems(conn: Connection) -> list[str]:
    """Run SQLCipher's page HMAC check and SQLite's integrity check."""
    problems = [row[0] for row in conn.execute("PRAGMA cipher_integrity_check")]
    rows = [row[0] for row in conn.execute("PRAGMA quick_check")]
    problems += [r for r in rows if r != "ok"]
    return problems


@contextlib.contextmanager
def transaction(conn: Connection) -> Iterator[Connection]:
    """One write transaction: BEGIN IMMEDIATE … COMMIT, or ROLLBACK on any error."""
    try:
        conn.execute("BEGIN IMMEDIATE")
    except sqlcipher3.OperationalError as exc:
        raise translate_db_error(exc) from exc
    try:
        yield conn
    except BaseException as exc:
        if conn.in_transaction:      # SQLite has already rolled back after e.g. SQLITE_FULL
            conn.execute("ROLLBACK")
        if isinstance(exc, sqlcipher3.OperationalError) and "full" in str(exc).lower():
            raise translate_db_error(exc, _file_of(conn)) from exc
        raise
    else:
        try:
            conn.execute("COMMIT")
        except sqlcipher3.OperationalError as exc:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise translate_db_error(exc, _file_of(conn)) from exc


def _file_of(conn: Connection) -> str:
    row = conn.execute("PRAGMA database_list").fetchone()
    return str(row[2]) if row else DB_NAME


def stored_vault_id(conn: Connection) -> str | None:
    """The vault id the database carries (schema 4: `vault_identity`; before: the meta row)."""
    if conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'vault_identity'").fetchone():
        row = conn.execute("SELECT vault_id FROM vault_identity WHERE id = 1").fetchone()
    elif conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'meta'").fetchone():
        row = conn.execute("SELECT value FROM meta WHERE key = 'vault_id'").fetchone()
    else:
        row = None
    return str(row[0]) if row else None


def current_version(conn: Connection) -> int:
    return int(conn.execute("PRAGMA user_version").fetchone()[0])


def pending_migrations(conn: Connection) -> list[tuple[int, str]]:
    version = current_version(conn)
    latest = schema_version()
    if version > latest:
        raise VersionError("This vault was made by a newer Krispärm (schema {found}, this version "
                           "reads up to {supported}). Update Krispärm to open it.",
                           found=version, supported=latest)
    return [(v, sql) for v, sql in migrations() if v > version]


_STATEMENT_END = re.compile(r";\s*$", re.MULTILINE)


def apply_migration(conn: Connection, version: int, sql: str) -> None:
    """Apply one migration in one transaction, together with its user_version."""
    with transaction(conn):
        for statement in _split_sql(sql):
            conn.execute(statement)
        conn.execute(f"PRAGMA user_version = {int(version)}")


def _split_sql(sql: str) -> list[str]:
    """Split a migration into statements (triggers keep their inner `;`)."""
    statements, buf = [], []
    for line in sql.splitlines():
        if line.strip().startswith("--"):
            continue
        buf.append(line)
        joined = "\n".join(buf).strip()
        if joined and sqlcipher3.complete_statement(joined):
            statements.append(joined)
            buf = []
    rest = "\n".join(buf).strip()
    if rest:
        statements.append(rest)
    return statements
