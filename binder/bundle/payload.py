"""The plaintext: a full snapshot of the published binder as canonical JSON Lines.

    line 1   {"audience":…,"bundle_id":…,"format":1,"sequence":N,"type":"binding"}
    line 2   {"data":{…binder metadata…},"type":"metadata"}
    (line 3  {"data":{…},"type":"reports"}  only when laptops send field reports: binder.reports.feedback)
    then     {"data":{…},"id":"<uuid>","kind":"<kind>","type":"record","version":N}
             one per published record, sorted by (kind, id)

Every line is canonical JSON (sorted keys, no spaces, UTF-8) ending in "\\n".
`hashes[kind]` is the SHA-256 of that kind's lines (with their newlines) in
file order; `hashes["metadata"]` covers line 2. The signed header repeats
counts and hashes, so a verifier can check them without trusting the payload.
"""
from __future__ import annotations

import hashlib
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from binder.bundle import limits
from binder.bundle.errors import PayloadError
from binder.bundle.strict_json import canonical, is_int, loads, loads_canonical
from binder.errors import BinderError, ValidationError
from binder.i18n import N_
from binder.model import schema
from binder.model.integrity import check_acyclic, check_references
from binder.model.validate import clean_metadata, clean_record
from binder.reports import feedback
from binder.store import metadata
from binder.vault.vault import Vault

_RECORD_KEYS = {"data", "id", "kind", "type", "version"}
REPORTS_LINE = "reports"


@dataclass
class Snapshot:
    body: bytes = b""
    counts: dict[str, int] = field(default_factory=dict)
    hashes: dict[str, str] = field(default_factory=dict)
    metadata: dict[str, Any] = field(default_factory=dict)
    # (kind, id, version, data, canonical data text)
    records: list[tuple[str, str, int, dict[str, Any], str]] = field(default_factory=list)
    reports: dict[str, Any] | None = None    # the field-report line, when present


def binding(bundle_id: str, sequence: int, audience: str) -> dict[str, Any]:
    return {"audience": audience, "bundle_id": bundle_id, "format": limits.FORMAT,
            "sequence": sequence, "type": "binding"}


def build(vault: Vault, bundle_id: str, sequence: int, audience: str,
          reports: dict[str, Any] | None = None) -> Snapshot:
    """Serialise the publisher's published records and metadata (and the field-report line)."""
    snap = Snapshot(reports=reports)
    meta_line = canonical({"data": metadata.get(vault), "type": "metadata"}) + b"\n"
    parts = [canonical(binding(bundle_id, sequence, audience)) + b"\n", meta_line]
    snap.counts["metadata"] = 1
    snap.hashes["metadata"] = hashlib.sha256(meta_line).hexdigest()
    if reports is not None:
        reports_line = canonical({"data": reports, "type": REPORTS_LINE}) + b"\n"
        parts.append(reports_line)
        snap.counts[REPORTS_LINE] = 1
        snap.hashes[REPORTS_LINE] = hashlib.sha256(reports_line).hexdigest()
    hashers: dict[str, Any] = {}
    rows = vault.db.execute("SELECT kind, id, version, data FROM records WHERE origin = 'published' "
                            "ORDER BY kind, id")
    for kind, rid, version, data in rows:
        # records.data is already canonical JSON, so the line is composed, not re-encoded.
        line = f'{{"data":{data},"id":"{rid}","kind":"{kind}","type":"record","version":{int(version)}}}\n'.encode()
        parts.append(line)
        hasher = hashers.get(kind)
        if hasher is None:
            hasher = hashers[kind] = hashlib.sha256()
            snap.counts[kind] = 0
        hasher.update(line)
        snap.counts[kind] += 1
    snap.hashes.update({kind: h.hexdigest() for kind, h in hashers.items()})
    snap.body = b"".join(parts)
    return snap


def _line_error(number: int, text: str, **params: object) -> PayloadError:
    return PayloadError(N_("Bundle content, line {line}: {problem} Nothing was changed."),
                        line=number, problem=BinderError(text, **params).message())


_UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")


def _canonical_id(value: Any) -> bool:
    return isinstance(value, str) and _UUID.fullmatch(value) is not None


def parse(plain: bytes, header: dict[str, Any], progress: Callable[[int, int], None] | None = None,
          known: dict[str, tuple[str, int, str]] | None = None) -> Snapshot:
    """Check the binding line, counts, hashes and every record; return the validated snapshot.

    `known` maps id → (kind, version, canonical data) of records this vault already holds
    from earlier validated imports: a record whose canonical form is identical to one of
    them is already known to be valid and is not normalised again.
    """
    known = known or {}
    if not plain.endswith(b"\n"):
        raise PayloadError(N_("The bundle content does not end with a complete line."))
    lines = plain.split(b"\n")[:-1]
    if len(lines) < 2:
        raise PayloadError(N_("The bundle content is missing its first lines."))
    if len(lines) - 2 > limits.MAX_RECORDS:
        raise PayloadError(N_("The bundle holds more than {limit} records."), limit=limits.MAX_RECORDS)
    first = loads(lines[0], "bundle content, line 1", error=PayloadError)
    if first != binding(header["bundle_id"], header["sequence"], header["audience"]):
        raise PayloadError(N_("The encrypted content belongs to another bundle (its first line does not "
                              "match the signed header). It may have been swapped. Nothing was changed."))
    snap = Snapshot(body=plain)
    meta = loads(lines[1], "bundle content, line 2", error=PayloadError)
    if not isinstance(meta, dict) or set(meta) != {"data", "type"} or meta["type"] != "metadata":
        raise _line_error(2, N_("expected the binder metadata."))
    try:
        cleaned_meta = clean_metadata(meta["data"])
    except ValidationError as exc:
        raise _line_error(2, N_("{problem}"), problem=exc.message()) from None
    if cleaned_meta != meta["data"]:
        raise _line_error(2, N_("the binder metadata is not in canonical form."))
    if cleaned_meta.get("organisation_id") != header["audience"]:
        raise _line_error(2, N_("the organisation id differs from the signed header."))
    snap.metadata = cleaned_meta
    hashers: dict[str, Any] = {"metadata": hashlib.sha256(lines[1] + b"\n")}
    counts: dict[str, int] = {"metadata": 1}
    first_record = 2
    if len(lines) > 2 and lines[2].endswith(b'"type":"reports"}'):
        if len(lines[2]) > limits.MAX_LINE_BYTES:
            raise _line_error(3, N_("the line is longer than {limit} bytes."), limit=limits.MAX_LINE_BYTES)
        item = loads_canonical(lines[2], "bundle content, line 3", error=PayloadError)
        if not isinstance(item, dict) or set(item) != {"data", "type"} or item["type"] != REPORTS_LINE:
            raise _line_error(3, N_("not a record line."))
        snap.reports = feedback.check(item["data"])
        hashers[REPORTS_LINE] = hashlib.sha256(lines[2] + b"\n")
        counts[REPORTS_LINE] = 1
        first_record = 3
    seen: set[str] = set()
    previous = ("", "")
    total = len(lines)
    for index in range(first_record, total):
        number = index + 1
        raw = lines[index]
        if len(raw) > limits.MAX_LINE_BYTES:
            raise _line_error(number, N_("the line is longer than {limit} bytes."), limit=limits.MAX_LINE_BYTES)
        item = loads_canonical(raw, f"bundle content, line {number}", error=PayloadError)
        if not isinstance(item, dict) or set(item) != _RECORD_KEYS or item["type"] != "record":
            raise _line_error(number, N_("not a record line."))
        kind, rid, version, data = item["kind"], item["id"], item["version"], item["data"]
        if kind not in schema.KINDS:
            raise _line_error(number, N_("unknown record kind '{kind}'."), kind=str(kind)[:40])
        if not _canonical_id(rid):
            raise _line_error(number, N_("the record id is not a UUID."))
        if rid in seen:
            raise _line_error(number, N_("the record id {id} appears twice."), id=rid)
        seen.add(rid)
        if (kind, rid) <= previous:
            raise _line_error(number, N_("records are not sorted by kind and id."))
        previous = (kind, rid)
        if not is_int(version) or version < 0:
            raise _line_error(number, N_("the version is not a whole number."))
        if not isinstance(data, dict):
            raise _line_error(number, N_("not a record line."))
        text = raw[8:raw.rfind(b',"id":"')].decode("utf-8")   # the canonical data object, as stored
        previous_copy = known.get(rid)
        if previous_copy is None or previous_copy[0] != kind or previous_copy[2] != text:
            _validate(number, kind, data)   # records byte-identical to an earlier validated import are known good
        counts[kind] = counts.get(kind, 0) + 1
        if counts[kind] > limits.MAX_RECORDS_PER_KIND:
            raise _line_error(number, N_("more than {limit} records of one kind."),
                              limit=limits.MAX_RECORDS_PER_KIND)
        hasher = hashers.get(kind)
        if hasher is None:
            hasher = hashers[kind] = hashlib.sha256()
        hasher.update(raw + b"\n")
        snap.records.append((kind, rid, version, data, text))
        if progress and index % 2000 == 0:
            progress(index, total)
    snap.counts = counts
    snap.hashes = {kind: h.hexdigest() for kind, h in hashers.items()}
    if snap.counts != header["counts"]:
        raise PayloadError(N_("The record counts in the content differ from the signed header "
                              "({found} against {expected}). Nothing was changed."),
                           found=_summary(snap.counts), expected=_summary(header["counts"]))
    if snap.hashes != header["hashes"]:
        bad = sorted(k for k in set(snap.hashes) | set(header["hashes"])
                     if snap.hashes.get(k) != header["hashes"].get(k))
        raise PayloadError(N_("The content of {kinds} differs from the signed header (hash "
                              "mismatch). Nothing was changed."), kinds=", ".join(bad))
    _check_whole(snap)
    return snap


def _validate(number: int, kind: str, data: dict[str, Any]) -> None:
    try:
        cleaned = clean_record(schema.KINDS[kind], data)
    except ValidationError as exc:
        raise _line_error(number, N_("{problem}"), problem=exc.message()) from None
    if cleaned != data:
        raise _line_error(number, N_("the record is not in canonical form (normalisation changed it)."))


def _summary(counts: dict[str, Any]) -> str:
    return ", ".join(f"{k} {v}" for k, v in sorted(counts.items()))


def _check_whole(snap: Snapshot) -> None:
    """References resolve inside the snapshot; restoration dependencies are acyclic."""
    present = {(kind, rid) for kind, rid, _, _, _ in snap.records}
    try:
        check_references(((k, r, d) for k, r, _, d, _ in snap.records),
                         lambda kind, rid: (kind, rid) in present)
        for name in ("spokesperson", "spokesperson_deputy"):
            target = snap.metadata.get(name)
            if target and ("contact", target) not in present:
                raise ValidationError(N_("refers to a {kind} that does not exist ({target})"),
                                      where=f"binder.{name}", kind="contact", target=target)
        check_acyclic({r: d for k, r, _, d, _ in snap.records if k == "asset"})
    except ValidationError as exc:
        raise PayloadError(N_("The bundle content is inconsistent: {problem}. Nothing was changed."),
                           problem=exc.message()) from None
