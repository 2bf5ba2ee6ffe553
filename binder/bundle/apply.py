"""Step 9: apply a verified bundle in one transaction, after an encrypted backup; and undo.

The snapshot, the amendment states, a rotated key set, `bundle_state` and the
import history are written in ONE transaction: a crash or kill at any point
leaves the vault exactly as before or exactly as after, with `bundle_state`
matching the content. Local data (incident log, runs, restoration status,
local records) is never written, except the incident-log entry that records an
acknowledged expired bundle.
"""
from __future__ import annotations

import json
import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from binder.bundle import trust
from binder.bundle.errors import BundleError, ExpiredBundle, NothingToUndo, StaleBundle
from binder.bundle.preview import existing_published
from binder.bundle.verify import Verified
from binder.i18n import N_, tr
from binder.model.collation import sort_key
from binder.reports import feedback
from binder.reports import keys as report_keys
from binder.store import amendments, incident_log, metadata, records, referrers, search_index
from binder.vault.database import Connection
from binder.vault.vault import Vault, now_iso

log = logging.getLogger(__name__)
Progress = Callable[[int, int, str], None]


@dataclass
class ApplyResult:
    applied: bool
    sequence: int
    added: int = 0
    changed: int = 0
    removed: int = 0
    conflicts: int = 0
    backup: str = ""
    stale_ack: bool = False
    dangling: list[referrers.Dangling] = field(default_factory=list)   # local refs to removed records

    def to_json(self) -> dict[str, Any]:
        return {"applied": self.applied, "sequence": self.sequence, "added": self.added,
                "changed": self.changed, "removed": self.removed, "conflicts": self.conflicts,
                "backup": self.backup, "stale_ack": self.stale_ack,
                "dangling_references": [d.to_json() for d in self.dangling]}


def _state_sequence(conn: Connection) -> int | None:
    row = conn.execute("SELECT last_sequence FROM bundle_state WHERE id = 1").fetchone()
    return int(row[0]) if row else None


def apply(vault: Vault, verified: Verified, accept_expired: bool = False,
          progress: Progress | None = None, *, operator: str = "") -> ApplyResult:
    """Apply a bundle checked by `verify_bundle`. Expired bundles need `accept_expired`; the incident
    log records that decision with `operator` (the person at the keyboard) as author and decider."""
    step = progress or (lambda done, total, label: None)
    if vault.is_publisher:
        raise BundleError(N_("This is the publisher vault: it makes bundles; they are imported on the laptops."))
    if verified.already_imported or verified.snapshot is None:
        return ApplyResult(False, verified.sequence)
    if verified.expired and not accept_expired:
        raise ExpiredBundle(N_("This bundle expired on {date}: its data may be out of date. Import it only "
                               "if nothing newer is available, and confirm that you accept stale data "
                               "(--accept-expired). Nothing was changed."), date=verified.header["expires_at"])
    snap = verified.snapshot
    own_report_key = report_keys.own_key_id(vault) if snap.reports is not None else ""
    step(1, 3, N_("Backing up the vault"))
    backup = vault.backup("before-import")
    step(2, 3, N_("Applying the bundle"))
    result = ApplyResult(True, verified.sequence, backup=backup.path.name,
                         stale_ack=verified.expired and accept_expired)
    with vault.transaction() as conn:
        current = _state_sequence(conn)
        if current is not None and current >= verified.sequence:
            raise StaleBundle(N_("Another import finished first (number {current}). Nothing was changed."),
                              current=current)
        existing = existing_published(conn)
        stamp = now_iso()
        new_records = []
        for item in snap.records:
            kind, rid, version, data, text = item
            old = existing.pop(rid, None)
            if old is None:
                new_records.append(item)
            elif old[0] != kind or old[1] != version or old[2] != text:
                records.write(conn, kind, data, record_id=rid, origin="published", version=version, timestamp=stamp)
                result.changed += 1
        result.added = _insert_new(conn, new_records, stamp)
        result.dangling = referrers.local_referrers(conn, existing)
        for rid in existing:
            records.remove(conn, rid)
            result.removed += 1
        metadata.write(vault, conn, snap.metadata)
        incoming = {rid: data for _, rid, _, data, _ in snap.records}
        outcomes = amendments.reconcile(conn, incoming, verified.sequence, write=True)
        result.conflicts = sum(o.outcome in (amendments.CHANGED, amendments.REMOVED) for o in outcomes)
        if verified.key_set.rotated and not vault.is_publisher:
            trust.store_key_set(conn, verified.key_set)
        if snap.reports is not None:
            feedback.store(conn, snap.reports, own_report_key, verified.sequence)
        h = verified.header
        conn.execute(
            "INSERT INTO bundle_state(id, last_sequence, last_bundle_id, last_sha256, last_issued_at, "
            "last_expires_at, applied_at, stale_ack) VALUES (1, ?, ?, ?, ?, ?, ?, ?) "
            "ON CONFLICT(id) DO UPDATE SET last_sequence = excluded.last_sequence, "
            "last_bundle_id = excluded.last_bundle_id, last_sha256 = excluded.last_sha256, "
            "last_issued_at = excluded.last_issued_at, last_expires_at = excluded.last_expires_at, "
            "applied_at = excluded.applied_at, stale_ack = excluded.stale_ack",
            (verified.sequence, verified.bundle_id, verified.sha256, h["issued_at"], h["expires_at"], stamp,
             int(result.stale_ack)))
        conn.execute("INSERT INTO bundle_imports(sequence, bundle_id, sha256, applied_at, backup_name, "
                     "stale_ack) VALUES (?, ?, ?, ?, ?, ?)",
                     (verified.sequence, verified.bundle_id, verified.sha256, stamp, backup.path.name,
                      int(result.stale_ack)))
        if result.stale_ack:
            incident_log.append(
                conn, tr(N_("Expired binder bundle {sequence} (expired {date}) imported with an explicit "
                            "acknowledgement of stale data. Signed by {fingerprints}."),
                         sequence=verified.sequence, date=h["expires_at"],
                         fingerprints=", ".join(verified.signer_fingerprints)),
                kind="decision", priority="high", author=operator, decided_by=operator)
    step(3, 3, N_("Done"))
    verified.cleanup()
    log.info("imported bundle %s (sequence %s): +%s ~%s -%s, %s conflicts", verified.bundle_id,
             verified.sequence, result.added, result.changed, result.removed, result.conflicts)
    return result


def _insert_new(conn: Connection, items: list[tuple[str, str, int, dict[str, Any], str]], stamp: str) -> int:
    """Insert records that are new to this vault in bulk: the same rows `records.write` makes."""
    row = conn.execute("SELECT max(coalesce((SELECT max(rowid) FROM records), 0), "
                       "coalesce((SELECT max(rowid) FROM search_index), 0))").fetchone()
    start = int(row[0]) + 1
    rows, index = [], []
    for offset, (kind, rid, version, data, text) in enumerate(items):
        title = records.title_of(kind, data)
        rows.append((start + offset, rid, kind, "published", text, title, sort_key(title), version, stamp, stamp))
        index.append(search_index.row(start + offset, kind, data, title))
    conn.executemany("INSERT INTO records(rowid, id, kind, origin, data, title, sort_key, version, created_at, "
                     "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows)
    conn.executemany(search_index.INSERT, index)
    referrers.put_many(conn, ((rid, kind, data) for kind, rid, _, data, _ in items))
    return len(rows)


@dataclass
class UndoResult:
    sequence: int                 # the import that was undone
    restored_sequence: int | None  # what bundle_state says now
    backup: str

    def to_json(self) -> dict[str, Any]:
        return {"undone_sequence": self.sequence, "sequence": self.restored_sequence, "backup": self.backup}


_PUBLISHED_TABLES = ("bundle_state", "trust_policy", "trusted_keys")


def undo_last_import(vault: Vault) -> UndoResult:
    """Put back the published binder as it was before the last import, from its pre-import backup.

    Only what an import writes is restored (published records, metadata, bundle
    state, trust, amendment states); incident-log entries, runs and local records
    made since the import are kept.
    """
    row = vault.db.execute("SELECT id, sequence, backup_name FROM bundle_imports WHERE undone_at IS NULL "
                           "ORDER BY id DESC LIMIT 1").fetchone()
    if row is None:
        raise NothingToUndo(N_("There is no import to undo."))
    import_id, sequence, backup_name = row
    path = vault.backups_dir / backup_name
    if not path.is_file():
        raise NothingToUndo(N_("The backup taken before import {sequence} is gone ({name}); it cannot be "
                               "undone. Nothing was changed."), sequence=sequence, name=backup_name)
    # The backup is encrypted with this vault's data key (Vault.backup); attach it with that raw key.
    raw_key = bytes(vault._key)
    vault.db.execute("ATTACH DATABASE ? AS prior KEY ?", (str(path), f"x'{raw_key.hex()}'"))
    try:
        with vault.transaction() as conn:
            for rid in [r[0] for r in conn.execute("SELECT id FROM records WHERE origin = 'published'")]:
                records.remove(conn, rid)
            for rid, kind, data, version, created, updated in conn.execute(
                    "SELECT id, kind, data, version, created_at, updated_at FROM prior.records "
                    "WHERE origin = 'published'").fetchall():
                records.write(conn, kind, json.loads(data), record_id=rid, origin="published",
                              version=version, timestamp=updated, created_at=created)
            prior_meta = conn.execute("SELECT value FROM prior.meta WHERE key = 'binder'").fetchone()
            if prior_meta:
                vault.set_meta(conn, "binder", prior_meta[0])
            for table in _PUBLISHED_TABLES:
                conn.execute(f"DELETE FROM main.{table}")
                conn.execute(f"INSERT INTO main.{table} SELECT * FROM prior.{table}")
            conn.execute("UPDATE main.amendments SET state = p.state, reason = p.reason, "
                         "resolved_at = p.resolved_at FROM (SELECT id, state, reason, resolved_at FROM "
                         "prior.amendments) AS p WHERE main.amendments.id = p.id")
            conn.execute("UPDATE bundle_imports SET undone_at = ? WHERE id >= ?", (now_iso(), import_id))
            restored = _state_sequence(conn)
    finally:
        vault.db.execute("DETACH DATABASE prior")
    log.info("undid import of bundle sequence %s from %s", sequence, backup_name)
    return UndoResult(int(sequence), restored, backup_name)
