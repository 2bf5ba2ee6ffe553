"""At the coordinator: preview and import a verified field report, in one transaction.

Idempotent: log entries are keyed by their hash, status changes and corrections by the
laptop's own ids, runs are replaced by their latest state; the same entry sent twice is
stored once. An encrypted backup is taken first; the per-laptop report number is checked
again inside the transaction, so two imports racing cannot both land.
"""
from __future__ import annotations

import json
import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from operator import itemgetter
from typing import Any

from binder.i18n import N_
from binder.reports import bulk, chain, log_lines
from binder.reports.content import Content
from binder.reports.errors import StaleReport
from binder.reports.verify import VerifiedReport
from binder.vault.database import Connection
from binder.vault.vault import Vault, now_iso

log = logging.getLogger(__name__)
Progress = Callable[[int, int, str], None]


@dataclass
class ReportPreview:
    laptop: str
    sequence: int
    new: dict[str, int] = field(default_factory=dict)          # per kind: entries not held before
    repeated: dict[str, int] = field(default_factory=dict)     # per kind: already held (sent again)
    chain: chain.ChainStatus = field(default_factory=chain.ChainStatus)

    def to_json(self) -> dict[str, Any]:
        return {"laptop": self.laptop, "sequence": self.sequence, "new": self.new, "repeated": self.repeated,
                "chain": self.chain.to_json()}


def _held(conn: Connection, key_id: str) -> dict[str, set[Any]]:
    return {
        "log": {r[0] for r in conn.execute("SELECT f.hash FROM field_log f JOIN field_laptops l ON l.no = f.laptop "
                                           "WHERE l.key_id = ?", (key_id,))},
        "status": {int(r[0]) for r in conn.execute("SELECT local_id FROM field_status WHERE key_id = ?",
                                                   (key_id,))},
        "run": {r[0] for r in conn.execute("SELECT run_id FROM field_runs WHERE key_id = ?", (key_id,))},
        "correction": {r[0] for r in conn.execute("SELECT amendment_id FROM field_corrections "
                                                  "WHERE key_id = ?", (key_id,))},
    }


_ROW = {name: index for index, name in enumerate(log_lines.ROW)}       # a log Row's value by field name
_LINKS = itemgetter(_ROW["seq"], _ROW["prev_hash"], _ROW["hash"])


def preview(vault: Vault, verified: VerifiedReport) -> ReportPreview:
    """What importing would add, what is already held, and the laptop's chain afterwards."""
    out = ReportPreview(verified.laptop, verified.sequence)
    found = verified.content or Content()
    held = _held(vault.db, verified.key_id)
    keys = {kind: [e["id"] for e in entries] for kind, entries in found.items.items()}
    keys["log"] = list(map(itemgetter(_ROW["hash"]), found.log))
    for kind in ("correction", "log", "run", "status"):
        out.repeated[kind] = sum(map(held[kind].__contains__, keys[kind]))
        out.new[kind] = len(keys[kind]) - out.repeated[kind]
    out.chain = chain.laptop_chain(vault.db, verified.key_id, map(_LINKS, found.log))
    return out


def _laptop_number(conn: Connection, key_id: str) -> int:
    """The small number the laptop's log entries are stored under (given at its first report)."""
    conn.execute("INSERT OR IGNORE INTO field_laptops(key_id) VALUES (?)", (key_id,))
    return int(conn.execute("SELECT no FROM field_laptops WHERE key_id = ?", (key_id,)).fetchone()[0])


def _store(conn: Connection, verified: VerifiedReport) -> None:
    kid, seq = verified.key_id, verified.sequence
    found = verified.content or Content()
    items = found.items
    number = _laptop_number(conn, kid)
    # The Rows go in as they are; the laptop's number and the report's are the same for all of them.
    conn.executemany(
        f"INSERT OR IGNORE INTO field_log({', '.join(log_lines.ROW)}, laptop, report_sequence) "
        f"VALUES ({', '.join('?' * len(log_lines.ROW))}, {int(number)}, {int(seq)})", found.log)
    conn.executemany(
        "INSERT OR IGNORE INTO field_status(key_id, local_id, asset_id, status, at, by, note) "
        "VALUES (?, ?, ?, ?, ?, ?, ?)",
        [(kid, e["id"], e["asset_id"], e["status"], e["at"], e["by"], e["note"]) for e in items.get("status", [])])
    conn.executemany(
        "INSERT INTO field_runs(key_id, run_id, routine_id, routine_title, started_at, started_by, ended_at, "
        "steps) VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(key_id, run_id) DO UPDATE SET "
        "ended_at = excluded.ended_at, steps = excluded.steps",
        [(kid, e["id"], e["routine_id"], e["routine_title"], e["started_at"], e["started_by"], e["ended_at"],
          json.dumps(e["steps"], ensure_ascii=False, sort_keys=True)) for e in items.get("run", [])])
    conn.executemany(
        "INSERT INTO field_corrections(key_id, amendment_id, record_id, field, value, base_value, author, "
        "reason, created_at, laptop_state) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
        "ON CONFLICT(key_id, amendment_id) DO UPDATE SET laptop_state = excluded.laptop_state "
        "WHERE field_corrections.state = 'open'",
        [(kid, e["id"], e["record_id"], e["field"], json.dumps(e["value"], ensure_ascii=False, sort_keys=True),
          json.dumps(e["base_value"], ensure_ascii=False, sort_keys=True), e["author"], e["reason"],
          e["created_at"], e["state"]) for e in items.get("correction", [])])
    counts = {"log": len(found.log), **{k: len(v) for k, v in items.items()}}
    conn.execute("INSERT INTO field_reports(key_id, sequence, laptop, report_id, sha256, issued_at, imported_at, "
                 "counts) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                 (kid, seq, verified.laptop, verified.header["report_id"], verified.sha256,
                  verified.header["issued_at"], now_iso(), json.dumps(counts, sort_keys=True)))


def import_report(vault: Vault, verified: VerifiedReport, progress: Progress | None = None) -> ReportPreview:
    """Store one report checked by `verify_report`, after an encrypted backup. Returns what it added."""
    return import_reports(vault, [verified], progress)[0]


def import_reports(vault: Vault, batch: list[VerifiedReport], progress: Progress | None = None) -> list[ReportPreview]:
    """Import several checked reports (one stick's worth) after ONE encrypted backup, in ONE
    transaction: every new report goes in, or (a report refused at the last moment) nothing does.
    A laptop's reports go in number order; each summary says what that report added."""
    step = progress or (lambda done, total, label: None)
    fresh = sorted((v for v in batch if not v.already_imported and v.content is not None),
                   key=lambda v: (v.key_id, v.sequence))
    try:
        with bulk.collector_paused():
            if not fresh:
                return [preview(vault, v) for v in batch]
            step(1, 2, N_("Backing up the vault"))
            vault.backup("before-report")
            step(2, 2, N_("Storing the report"))
            summaries: dict[int, ReportPreview] = {}
            with vault.transaction() as conn:
                for verified in fresh:
                    summaries[id(verified)] = preview(vault, verified)
                    _store_new(conn, verified)
            for verified in fresh:
                log.info("imported field report %s from %s (number %s)", verified.header["report_id"],
                         verified.laptop, verified.sequence)
            return [summaries.get(id(v)) or preview(vault, v) for v in batch]
    finally:
        for v in batch:
            v.cleanup()


def _store_new(conn: Connection, verified: VerifiedReport) -> None:
    newest = conn.execute("SELECT max(sequence) FROM field_reports WHERE key_id = ?",
                          (verified.key_id,)).fetchone()[0]
    if newest is not None and int(newest) >= verified.sequence:
        raise StaleReport(N_("Another import of this laptop's reports finished first (number "
                             "{current}). Nothing was changed."), current=int(newest))
    _store(conn, verified)
