"""At the coordinator: check a field report exactly as a laptop checks a bundle, changing nothing.

Regular file only, copied once; frame and canonical header parsed strictly; the signature
checked against the enrolled laptops' keys before anything is decrypted; audience, replay
(an older report) and equivocation (one number, other content) per laptop; the age part's
header read before decryption; every entry validated (binder.reports.content).
"""
from __future__ import annotations

import hashlib
import shutil
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pyrage

from binder.bundle import age_header, dsse, frame, recipients
from binder.bundle.errors import DecryptionError, FrameError, PayloadError
from binder.bundle.strict_json import loads_canonical
from binder.bundle.verify import check_source, copy_once, private_copy_dir
from binder.i18n import N_
from binder.reports import bulk, content
from binder.reports import header as header_mod
from binder.reports.errors import ReportEquivocation, ReportError, StaleReport, UnknownLaptop
from binder.store import metadata
from binder.vault.vault import Vault

Progress = Callable[[int, int, str], None]
STEPS = 6


@dataclass
class VerifiedReport:
    source: Path
    local_copy: Path
    sha256: str
    header: dict[str, Any]
    key_id: str
    laptop: str                      # the name it was enrolled under
    content: content.Content | None
    already_imported: bool = False

    @property
    def sequence(self) -> int:
        return int(self.header["sequence"])

    def cleanup(self) -> None:
        shutil.rmtree(self.local_copy.parent, ignore_errors=True)

    def to_json(self) -> dict[str, Any]:
        counts = self.header["counts"]
        return {"ok": True, "path": str(self.source), "laptop": self.laptop, "key_id": self.key_id,
                "sequence": self.sequence, "report_id": self.header["report_id"], "sha256": self.sha256,
                "issued_at": self.header["issued_at"], "already_imported": self.already_imported,
                "counts": {k: counts.get(k, 0) for k in ("log", "status", "run", "correction")},
                "error": None}


def _check_sequence(vault: Vault, key_id: str, sequence: int, sha256: str) -> bool:
    """True when this very report was imported before; a refusal for an older or a forked one."""
    row = vault.db.execute("SELECT sha256 FROM field_reports WHERE key_id = ? AND sequence = ?",
                           (key_id, sequence)).fetchone()
    if row is not None:
        if row[0] == sha256:
            return True
        raise ReportEquivocation(N_("WARNING: this report has the same number ({sequence}) as one already "
                                    "imported from this laptop, but different content. Keep both sticks and "
                                    "check the laptop. Nothing was changed."), sequence=sequence)
    newest = vault.db.execute("SELECT max(sequence) FROM field_reports WHERE key_id = ?", (key_id,)).fetchone()[0]
    if newest is not None and sequence < int(newest):
        raise StaleReport(N_("This report (number {found}) is older than one already imported from this "
                             "laptop (number {current}); the newer one already holds everything in it. "
                             "Nothing was changed."), found=sequence, current=int(newest))
    return False


def _check_payload(region: memoryview, body: dict[str, Any]) -> None:
    """The encrypted part is exactly what the signed header names (before any other decision)."""
    if len(region) != body["payload"]["length"]:
        raise FrameError(N_("The report's encrypted part has the wrong length (damaged, truncated or "
                            "tampered). Nothing was changed."))
    if hashlib.sha256(region).hexdigest() != body["payload"]["sha256"]:
        raise FrameError(N_("The report content does not match its signed checksum (damaged or "
                            "tampered). Nothing was changed."))


def _decrypt(vault: Vault, region: memoryview, body: dict[str, Any]) -> bytes:
    age_header.parse(region)
    try:
        plain = pyrage.decrypt(bytes(region), [recipients.identity(vault)])
    except pyrage.DecryptError as exc:
        raise DecryptionError(N_("This report was not encrypted for this coordinator vault ({reason}). "
                                 "Nothing was changed."), reason=str(exc)[:80]) from None
    if len(plain) != body["plaintext_length"]:
        raise PayloadError(N_("The decrypted report has the wrong length. Nothing was changed."))
    return plain


def verify_report(vault: Vault, path: Path, progress: Progress | None = None) -> VerifiedReport:
    """Check `path` completely; raise a ReportError (or another BundleError) on the first failure."""
    step = progress or (lambda done, total, label: None)
    if not vault.is_publisher:
        raise ReportError(N_("Field reports are imported on the coordinator's vault, not on a laptop."))
    path = Path(path)
    step(1, STEPS, N_("Checking the file"))
    info = check_source(path)
    temp = private_copy_dir("krisparm-report-")
    try:
        step(2, STEPS, N_("Copying the report from the stick"))
        local = temp / "report"
        sha256, _ = copy_once(path, info, local)
        data = local.read_bytes()
        if not data.startswith(header_mod.MAGIC[:min(len(data), len(header_mod.MAGIC))]) or not data:
            raise FrameError(N_("This is not a Krispärm field report. Nothing was changed."))
        step(3, STEPS, N_("Reading the report"))
        framed = frame.parse(data, magic=header_mod.MAGIC)
        envelope = loads_canonical(framed.header, "report header", error=FrameError)
        body_raw, signatures = dsse.open_envelope(envelope, header_mod.PAYLOAD_TYPE)
        body = loads_canonical(body_raw, "report header", error=FrameError)
        step(4, STEPS, N_("Checking the laptop's signature"))
        laptops = recipients.reporting_laptops(vault.db)
        signed_by = dsse.verified_keys(header_mod.PAYLOAD_TYPE, body_raw, signatures,
                                       {k: pub for k, (_, pub) in laptops.items()})
        header_mod.check(body)
        if body["laptop"] not in signed_by:
            raise UnknownLaptop(N_("This report is not signed by an enrolled laptop. Enrol the laptop with "
                                   "'binder recipients add NAME IDENTITY-FILE --fingerprint …' (reading the "
                                   "fingerprint aloud), then import the report again. Nothing was changed."))
        organisation_id = str(metadata.get(vault).get("organisation_id", ""))
        if body["audience"] != organisation_id:
            raise ReportError(N_("This report is for another organisation ('{found}'). Nothing was changed."),
                              found=body["audience"])
        key_id, name = body["laptop"], laptops[body["laptop"]][0]
        _check_payload(framed.payload, body)
        already = _check_sequence(vault, key_id, body["sequence"], sha256)
        verified = VerifiedReport(path, local, sha256, body, key_id, name, None, already)
        if already:
            return verified
        step(5, STEPS, N_("Decrypting"))
        plain = _decrypt(vault, framed.payload, body)
        step(6, STEPS, N_("Checking every entry"))
        with bulk.collector_paused():
            verified.content = content.parse(plain, body)
        return verified
    except BaseException:
        shutil.rmtree(temp, ignore_errors=True)
        raise
