"""Restoring a backup without losing a word of the incident log.

`plan` reads, and changes nothing: it checks that the backup opens with the key and is
intact, and counts what the restore would carry over (incident-log entries written since
the backup) and what it would lose (records, ticked steps, status changes, …), so the user
confirms knowing it. `restore_backup` then:

1. writes a named before-restore backup of the live vault (a raw, still encrypted copy of
   its files when the live database cannot be read);
2. copies the chosen backup to a temporary file, brings it to the current schema, and in
   one transaction appends every log entry the backup lacks (same id, times and author,
   corrections renumbered) and a restore marker entry, then verifies the chain;
3. replaces vault.db with it in one `os.replace`. A kill at any point leaves the old
   database or the restored one, never a mixture.
"""
from __future__ import annotations

import contextlib
import os
import shutil
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from binder.errors import VaultCorrupt, VaultError
from binder.fsutil import fsync_dir, storage_error
from binder.i18n import N_, tr
from binder.vault import database as db
from binder.vault import log_anchor
from binder.vault.backups import BACKUPS_NAME, Backup, backup_name, describe_backup, list_backups

if TYPE_CHECKING:
    from binder.vault.vault import Vault

LOG_COLUMNS = ("seq, id, recorded_at, occurred_at, author, role, kind, priority, text, decided_by, basis, "
               "affected, corrects")
# What a restore can lose, by table; the incident log is never lost (it is carried over).
LOSS_LABELS = {
    "run_steps": N_("ticked routine steps"),
    "routine_runs": N_("started routines"),
    "restoration_status": N_("restoration status changes"),
    "amendments": N_("local corrections"),
    "prints": N_("printed copies"),
    "bundle_imports": N_("bundle imports"),
    "recipients": N_("enrolled laptops"),
    "trusted_keys": N_("trusted publisher keys"),
}
RECORD_LABEL = N_("records ({kind})")
SKIPPED_TABLES = {"log_entries", "meta", "secrets", "vault_identity", "records"}


@dataclass
class RestorePlan:
    backup: Backup
    live_readable: bool
    log_to_carry: int = 0
    losses: dict[str, int] = field(default_factory=dict)

    def loss_lines(self) -> list[str]:
        return [f"{label}: {count}" for label, count in sorted(self.losses.items())]


@dataclass
class RestoreResult:
    restored: Backup
    before_restore: Backup | None
    carried: int


def choose(path: Path, backup: Path | Backup | None) -> Path:
    available = list_backups(path)
    if backup is None:
        if not available:
            raise VaultError("There is no backup to restore in {path}.", path=str(Path(path) / BACKUPS_NAME))
        return available[0].path
    chosen = backup.path if isinstance(backup, Backup) else Path(backup)
    if not chosen.is_file():
        raise VaultError("No backup at {path}.", path=str(chosen))
    return chosen


def _check_backup(chosen: Path, data_key: bytes) -> None:
    try:
        check = db.connect(chosen, data_key)
    except VaultError as exc:
        raise VaultCorrupt("The backup {path} does not open with this vault's key or is damaged. Nothing "
                           "was changed. Choose another backup ('binder backups').", path=str(chosen)) from exc
    try:
        problems = db.integrity_problems(check)
    except db.DatabaseError as exc:
        problems = [str(exc)]
    finally:
        check.close()
    if problems:
        raise VaultCorrupt("The backup {path} is damaged too ({reason}). Nothing was changed.",
                           path=str(chosen), reason="; ".join(problems[:2]))


def _open_live(path: Path, data_key: bytes) -> db.Connection | None:
    live = Path(path) / db.DB_NAME
    if not live.is_file() or live.stat().st_size == 0:
        return None
    try:
        conn = db.connect(live, data_key)
    except VaultError:
        return None
    try:
        conn.execute("SELECT count(*) FROM log_entries").fetchone()
        return conn
    except db.DatabaseError:
        conn.close()
        return None


def _rows(conn: db.Connection, table: str) -> set[tuple[Any, ...]]:
    if not conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", (table,)).fetchone():
        return set()
    return set(conn.execute(f'SELECT * FROM "{table}"').fetchall())


def _losses(live: db.Connection, old: db.Connection) -> dict[str, int]:
    """What exists in the live database and not (identically) in the backup, counted."""
    losses: Counter[str] = Counter()
    old_records = set(old.execute("SELECT id, data FROM records").fetchall())
    for kind, record_id, data in live.execute("SELECT kind, id, data FROM records"):
        if (record_id, data) not in old_records:
            losses[tr(RECORD_LABEL, kind=kind)] += 1
    tables = [r[0] for r in live.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
    for table in tables:
        if table in SKIPPED_TABLES or table.startswith(("sqlite_", "search_index")):
            continue
        lost = len(_rows(live, table) - _rows(old, table))
        if lost:
            losses[tr(LOSS_LABELS.get(table, table))] += lost
    return dict(losses)


def _entries_to_carry(live: db.Connection, old: db.Connection) -> list[tuple[Any, ...]]:
    known = {r[0] for r in old.execute("SELECT id FROM log_entries")}
    return [row for row in live.execute(f"SELECT {LOG_COLUMNS} FROM log_entries ORDER BY seq")
            if row[1] not in known]


def plan(path: Path, data_key: bytes, backup: Path | Backup | None = None) -> RestorePlan:
    """What restoring `backup` would carry over and lose. Changes nothing."""
    chosen = choose(path, backup)
    _check_backup(chosen, data_key)
    described = describe_backup(chosen) or Backup(chosen, "", "", chosen.stat().st_size)
    live = _open_live(path, data_key)
    if live is None:
        return RestorePlan(described, live_readable=False)
    old = db.connect(chosen, data_key)
    try:
        return RestorePlan(described, True, len(_entries_to_carry(live, old)), _losses(live, old))
    except db.DatabaseError:          # damaged pages in the live database: nothing can be listed
        return RestorePlan(described, live_readable=False)
    finally:
        old.close()
        live.close()


def _before_restore(path: Path, data_key: bytes, vault: Vault | None) -> Backup | None:
    """The named before-restore backup: a proper copy if the live vault opens, else its raw files."""
    from binder.vault.vault import Vault
    if vault is None:
        with contextlib.suppress(VaultError, db.DatabaseError):
            vault = Vault.open_with_key(path, data_key, migrate=False, check=False)
    if vault is not None and vault.conn is not None:
        try:
            return vault.backup("before-restore")
        except (db.DatabaseError, VaultError):
            pass
        finally:
            vault.close()
    live = Path(path) / db.DB_NAME
    if not live.is_file():
        return None
    final = Path(path) / BACKUPS_NAME / backup_name("before-restore-damaged")
    try:
        for suffix in ("", "-wal"):
            if Path(str(live) + suffix).is_file():
                shutil.copyfile(str(live) + suffix, str(final) + suffix)
                os.chmod(str(final) + suffix, 0o600)
    except OSError as exc:
        raise storage_error(exc, final) from exc
    return describe_backup(final)


def _carry_log(target: db.Connection, carried: list[tuple[Any, ...]], restored: Backup) -> None:
    from binder.store import incident_log
    with db.transaction(target):
        renumber: dict[int, int] = {}
        by_id = {r[1]: r[0] for r in target.execute("SELECT seq, id FROM log_entries")}
        old_seq_to_id = {row[0]: row[1] for row in carried}
        for row in carried:
            (seq, entry_id, recorded_at, occurred_at, author, role, kind, priority, text, decided_by, basis,
             affected, corrects) = row
            if corrects is not None:
                corrects = renumber.get(corrects, by_id.get(old_seq_to_id.get(corrects, ""), corrects))
            entry = incident_log.append(target, text, kind=kind, priority=priority, occurred_at=occurred_at,
                                        author=author, role=role, decided_by=decided_by, basis=basis,
                                        affected=affected, corrects=corrects, recorded_at=recorded_at,
                                        entry_id=entry_id)
            renumber[seq] = entry.seq
        incident_log.append(target, tr("Restored the backup {name} ({created}); {count} log entries written "
                                       "after it were carried over.", name=restored.path.name,
                                       created=restored.created_at, count=len(carried)),
                            kind="information", author="Krispärm")
    ok, _count, problem = incident_log.verify(_Reader(target))  # type: ignore[arg-type]
    if not ok:
        raise VaultCorrupt("The restored incident log does not verify ({reason}). Nothing was changed.",
                           reason=problem)


class _Reader:
    """Just enough of a Vault for incident_log.verify on a raw connection."""

    def __init__(self, conn: db.Connection) -> None:
        self.db = conn


def restore_backup(path: Path, data_key: bytes, backup: Path | Backup | None = None,
                   vault: Vault | None = None) -> RestoreResult:
    """Restore a backup into the vault at `path`, carrying the newer log entries over."""
    path = Path(path)
    chosen = choose(path, backup)
    _check_backup(chosen, data_key)
    restored = describe_backup(chosen) or Backup(chosen, "", "", chosen.stat().st_size)
    carried: list[tuple[Any, ...]] = []
    if vault is not None and vault.conn is not None:
        vault.db.execute("PRAGMA wal_checkpoint(PASSIVE)")
    live = _open_live(path, data_key)
    if live is not None:
        old = db.connect(chosen, data_key)
        try:
            carried = _entries_to_carry(live, old)
        except db.DatabaseError:      # the live log is unreadable: the raw before-restore copy keeps it
            carried = []
        finally:
            old.close()
            live.close()
    before = _before_restore(path, data_key, vault)
    target_path = path / db.DB_NAME
    tmp = path / f".{db.DB_NAME}.restore.part"
    try:
        db.private_copy(chosen, tmp)
        conn = db.connect(tmp, data_key)
        try:
            for version, sql in db.pending_migrations(conn):
                db.apply_migration(conn, version, sql)
            _carry_log(conn, carried, restored)
            log_head, vault_id = log_anchor.head(conn), db.stored_vault_id(conn) or ""
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            conn.execute("PRAGMA journal_mode = DELETE")
        finally:
            conn.close()
        with open(tmp, "rb+") as handle:
            os.fsync(handle.fileno())
        for suffix in ("-wal", "-shm"):
            with contextlib.suppress(FileNotFoundError):
                Path(str(target_path) + suffix).unlink()
        os.replace(tmp, target_path)
        fsync_dir(path)
        log_anchor.write(path, data_key, vault_id, *log_head)      # after: a kill before leaves it behind
    except OSError as exc:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise storage_error(exc, target_path) from exc
    return RestoreResult(restored, before, len(carried))
