"""A laptop writes its field report: what it recorded since the last confirmed report.

Signed with the laptop's Ed25519 key, encrypted (age) to the coordinator's recipient that
the coordinator's last bundle named. Written as NAME.part, fsynced, the report number
committed, then renamed: a crash leaves at most an unused .part file, never a number
used twice for different content.
"""
from __future__ import annotations

import hashlib
import logging
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pyrage

import binder
from binder.bundle import dsse, frame
from binder.bundle.export import publish
from binder.bundle.strict_json import canonical
from binder.i18n import N_
from binder.reports import content, feedback, keys
from binder.reports.errors import ReportError
from binder.reports.header import FORMAT, MAGIC, PAYLOAD_TYPE, REPORT_TYPE, SUFFIX
from binder.store import metadata
from binder.vault.database import Connection
from binder.vault.vault import Vault

log = logging.getLogger(__name__)
Progress = Callable[[int, int, str], None]


@dataclass
class ReportResult:
    path: Path
    sequence: int
    report_id: str
    sha256: str
    counts: dict[str, int] = field(default_factory=dict)

    def to_json(self) -> dict[str, Any]:
        return {"path": str(self.path), "sequence": self.sequence, "report_id": self.report_id,
                "sha256": self.sha256, "counts": {k: self.counts.get(k, 0) for k in
                                                  ("log", "status", "run", "correction")}}


def _last_written(conn: Connection) -> int:
    return int(conn.execute("SELECT coalesce(max(sequence), 0) FROM report_exports").fetchone()[0])


def _watermarks(conn: Connection, confirmed: int) -> tuple[int, int]:
    """(log seq, status id) carried by the highest confirmed report: the next one starts after them."""
    row = conn.execute("SELECT log_through, status_through FROM report_exports WHERE sequence = ?",
                       (confirmed,)).fetchone()
    return (int(row[0]), int(row[1])) if row else (0, 0)


def pending(vault: Vault) -> dict[str, int]:
    """What the next report would carry, per kind (for the window's 'Send report' button)."""
    state = feedback.get(vault.db)
    log_after, status_after = _watermarks(vault.db, state.confirmed_sequence if state else 0)
    built = content.build(vault.db, "00000000-0000-4000-8000-000000000000", 1, "", "",
                          log_after=log_after, status_after=status_after)
    return {k: built.counts.get(k, 0) for k in ("log", "status", "run", "correction")}


def export_report(vault: Vault, out: Path, progress: Progress | None = None) -> ReportResult:
    """Write the next field report of this laptop into `out` (a folder, e.g. the USB stick)."""
    step = progress or (lambda done, total, label: None)
    if vault.is_publisher:
        raise ReportError(N_("This is the coordinator's vault: it receives field reports from the laptops; "
                             "it does not send them."))
    state = feedback.get(vault.db)
    if state is None:
        raise ReportError(N_("This laptop does not know where to send reports yet. Import a bundle the "
                             "coordinator made after enrolling this laptop ('binder identity --export "
                             "FILE' gives what to enrol). Nothing was written."))
    out = Path(out)
    if not out.is_dir():
        raise ReportError(N_("{path} is not a folder. Give the folder to write the report into (for "
                             "example the USB stick). Nothing was written."), path=str(out))
    key = keys.signing_key(vault)
    laptop = dsse.key_id(dsse.public_bytes(key))
    audience = str(metadata.get(vault).get("organisation_id", ""))
    step(1, 4, N_("Collecting what this laptop recorded"))
    last = _last_written(vault.db)
    sequence, report_id = last + 1, str(uuid.uuid4())
    log_after, status_after = _watermarks(vault.db, state.confirmed_sequence)
    built = content.build(vault.db, report_id, sequence, audience, laptop,
                          log_after=log_after, status_after=status_after)
    step(2, 4, N_("Encrypting for the coordinator"))
    cipher = pyrage.encrypt(built.body, [pyrage.x25519.Recipient.from_str(state.report_to)])
    body = {"type": REPORT_TYPE, "format": FORMAT, "report_id": report_id, "audience": audience,
            "laptop": laptop, "sequence": sequence,
            "issued_at": datetime.now(UTC).replace(microsecond=0).isoformat(),
            "payload": {"length": len(cipher), "sha256": hashlib.sha256(cipher).hexdigest()},
            "plaintext_length": len(built.body), "counts": built.counts, "hashes": built.hashes,
            "generator": f"Krispärm {binder.__version__}"}
    envelope = dsse.sign(PAYLOAD_TYPE, canonical(body), [key])
    chunks = frame.build(dsse.encode(envelope), [cipher], magic=MAGIC)
    digest = hashlib.sha256(b"".join(chunks)).hexdigest()
    final = out / f"report-{laptop[:8]}-{sequence}{SUFFIX}"
    step(3, 4, N_("Writing the report file"))

    def commit() -> None:
        with vault.transaction() as conn:
            if _last_written(conn) != last:
                raise ReportError(N_("Another report was written at the same time. Nothing was written; "
                                     "try again."))
            conn.execute("INSERT INTO report_exports(sequence, report_id, written_at, log_through, "
                         "status_through, sha256) VALUES (?, ?, ?, ?, ?, ?)",
                         (sequence, report_id, body["issued_at"], built.log_through, built.status_through,
                          digest))
    publish(final, chunks, commit)
    step(4, 4, N_("Done"))
    log.info("wrote field report %s number %s to %s", report_id, sequence, final)
    return ReportResult(final, sequence, report_id, digest, dict(built.counts))
