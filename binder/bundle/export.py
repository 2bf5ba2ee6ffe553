"""Export (publisher): snapshot → age-encrypt → sign header → write NAME.part, fsync, rename.

The sequence is committed only after the .part file is safely on disk, and the
rename happens after the commit: a crash leaves at most an unused .part file.
"""
from __future__ import annotations

import contextlib
import hashlib
import logging
import os
import re
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pyrage

import binder
from binder.bundle import dsse, frame, limits, payload, recipients, trust
from binder.bundle.errors import BundleError
from binder.bundle.header import BUNDLE_TYPE
from binder.bundle.strict_json import canonical
from binder.fsutil import atomic_write, fsync_dir, storage_error
from binder.i18n import N_
from binder.reports import feedback
from binder.store import metadata
from binder.vault.vault import Vault

log = logging.getLogger(__name__)
Progress = Callable[[int, int, str], None]


@dataclass
class ExportResult:
    path: Path
    text_path: Path
    sequence: int
    bundle_id: str
    sha256: str
    fingerprint: str                 # publisher key, read aloud
    issued_at: str
    expires_at: str
    recipients: list[str] = field(default_factory=list)
    counts: dict[str, int] = field(default_factory=dict)
    passphrase_copy: bool = False

    def to_json(self) -> dict[str, Any]:
        return {"path": str(self.path), "text_path": str(self.text_path), "sequence": self.sequence,
                "bundle_id": self.bundle_id, "sha256": self.sha256, "fingerprint": self.fingerprint,
                "issued_at": self.issued_at, "expires_at": self.expires_at, "recipients": self.recipients,
                "counts": self.counts, "passphrase_copy": self.passphrase_copy}


def _iso(stamp: datetime) -> str:
    return stamp.replace(microsecond=0).isoformat()


def target_path(out: Path, organisation_id: str, sequence: int) -> Path:
    out = Path(out)
    if out.is_dir():
        safe = re.sub(r"[^A-Za-z0-9_-]+", "-", organisation_id).strip("-")[:40] or "binder"
        return out / f"{safe}-{sequence}{limits.SUFFIX}"
    return out


def publish(final: Path, chunks: list[bytes], commit: Callable[[], None]) -> None:
    """Write `chunks` to FINAL.part (owner-only, fsynced), run `commit` (the vault takes the number),
    then rename to `final`. A failure before the rename leaves no file and no number taken; the
    number is never committed for bytes that are not safely on disk."""
    part = final.with_name(final.name + ".part")
    try:
        write_part(part, chunks)
    except OSError as exc:
        with contextlib.suppress(OSError):
            part.unlink()
        raise storage_error(exc, final) from exc
    try:
        commit()
    except BaseException:
        with contextlib.suppress(OSError):
            part.unlink()
        raise
    try:
        os.replace(part, final)
        fsync_dir(final.parent)
    except OSError as exc:
        raise storage_error(exc, final) from exc


def write_part(part: Path, chunks: list[bytes]) -> None:
    fd = os.open(part, os.O_WRONLY | os.O_CREAT | os.O_TRUNC | getattr(os, "O_NOFOLLOW", 0), 0o600)
    try:
        for chunk in chunks:
            view = memoryview(chunk)
            while view:
                view = view[os.write(fd, view):]
        os.fsync(fd)
    finally:
        os.close(fd)


def grouped_hash(hex_digest: str) -> str:
    return " ".join(hex_digest[i:i + 4] for i in range(0, 32, 4))


def export_bundle(vault: Vault, out: Path, *, expires_days: int = limits.DEFAULT_EXPIRES_DAYS,
                  passphrase: str | None = None, progress: Progress | None = None) -> ExportResult:
    """Write the next bundle of this publisher's binder to `out` (a directory or a file path)."""
    step = progress or (lambda done, total, label: None)
    key = trust.signing_key(vault)
    if not 1 <= expires_days <= limits.MAX_EXPIRES_DAYS:
        raise BundleError(N_("The bundle must expire in 1 to {limit} days."), limit=limits.MAX_EXPIRES_DAYS)
    enrolled = recipients.active(vault)
    if not enrolled and passphrase is None:
        raise BundleError(N_("No laptop is enrolled. Add one with 'binder recipients add NAME age1…' "
                             "first. Nothing was written."))
    if passphrase is not None and len(passphrase) < 12:
        raise BundleError(N_("The bundle passphrase must have at least 12 characters."))
    meta = metadata.get(vault)
    audience = str(meta.get("organisation_id", ""))
    state = trust.publisher_state(vault.db)
    sequence = state.last_sequence + 1
    bundle_id = str(uuid.uuid4())
    issued = datetime.now(UTC)
    expires = issued + timedelta(days=expires_days)
    step(1, 5, N_("Collecting the published binder"))
    reports = feedback.for_bundle(vault.db, str(recipients.identity(vault).to_public()))
    snap = payload.build(vault, bundle_id, sequence, audience, reports)
    if len(snap.body) > limits.MAX_PLAINTEXT_BYTES:
        raise BundleError(N_("The binder is too large for one bundle ({size} bytes)."), size=len(snap.body))
    step(2, 5, N_("Encrypting for the enrolled laptops"))
    targets = [pyrage.x25519.Recipient.from_str(r.recipient) for r in enrolled]
    targets.append(recipients.identity(vault).to_public())   # the coordinator can verify its own bundle
    ciphertexts = [pyrage.encrypt(snap.body, targets)]
    if passphrase is not None:
        ciphertexts.append(pyrage.passphrase.encrypt(snap.body, passphrase))
    kinds = ["x25519", "scrypt"]
    body = {"type": BUNDLE_TYPE, "format": limits.FORMAT, "bundle_id": bundle_id, "audience": audience,
            "organisation": str(meta.get("organisation", "")), "sequence": sequence,
            "issued_at": _iso(issued), "expires_at": _iso(expires),
            "schema_version": limits.PAYLOAD_SCHEMA,
            "payloads": [{"recipients": kinds[i], "length": len(c), "sha256": hashlib.sha256(c).hexdigest()}
                         for i, c in enumerate(ciphertexts)],
            "plaintext_length": len(snap.body), "counts": snap.counts, "hashes": snap.hashes,
            "key_statements": state.key_statements, "generator": f"Krispärm {binder.__version__}"}
    step(3, 5, N_("Signing"))
    envelope = dsse.sign(limits.HEADER_PAYLOAD_TYPE, canonical(body), [key])
    chunks = frame.build(dsse.encode(envelope), ciphertexts)
    digest = hashlib.sha256()
    for chunk in chunks:
        digest.update(chunk)
    final = target_path(out, audience, sequence)
    step(4, 5, N_("Writing the bundle file"))

    def commit() -> None:
        with vault.transaction() as conn:
            if trust.publisher_state(conn).last_sequence != state.last_sequence:
                raise BundleError(N_("Another export ran at the same time. Nothing was written; try again."))
            trust.save_publisher_state(conn, trust.PublisherState(
                sequence, state.key_set_version, state.threshold, state.key_statements), _iso(issued))
    publish(final, chunks, commit)
    public = dsse.public_bytes(key)
    result = ExportResult(final, final.with_name(final.name + ".txt"), sequence, bundle_id,
                          digest.hexdigest(), trust.fingerprint(public), _iso(issued),
                          _iso(expires), [r.name for r in enrolled], snap.counts,
                          passphrase is not None)
    step(5, 5, N_("Writing the check sheet"))
    atomic_write(result.text_path, check_sheet(result, str(meta.get("organisation", ""))).encode("utf-8"), mode=0o644)
    log.info("exported bundle %s sequence %s to %s", bundle_id, sequence, final)
    return result


def check_sheet(result: ExportResult, organisation: str) -> str:
    """The small text file read aloud during the out-of-band check."""
    return (f"Krispärm bundle / Krispärm-paket\n"
            f"Organisation: {organisation}\n"
            f"Sequence / Löpnummer: {result.sequence}\n"
            f"Issued / Utfärdat: {result.issued_at}\n"
            f"Expires / Gäller till: {result.expires_at}\n"
            f"Publisher key fingerprint / Fingeravtryck för utgivarnyckeln:\n  {result.fingerprint}\n"
            f"Bundle SHA-256 (first 32 hex) / Paketets kontrollsumma:\n  {grouped_hash(result.sha256)}\n")
