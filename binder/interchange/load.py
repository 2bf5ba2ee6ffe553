"""Validate a whole `Batch` against the vault, then write it in one transaction.

Nothing is written unless every row is valid, every reference resolves and
the restoration dependencies stay acyclic (with `skip_invalid`, bad rows are
left out and listed instead). Incoming contacts without a known id are
matched to existing ones (`binder.interchange.matching`). Rows equal to what
the vault holds are not written and counted as unchanged, so the counts are
true. On a publisher vault imported records are published; on a laptop they
are local (published records cannot be overwritten there).
"""
from __future__ import annotations

import json
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from binder.errors import BinderError, ReadOnlyRecord, ValidationError
from binder.i18n import N_
from binder.interchange import matching
from binder.interchange.document import Batch, Row
from binder.model import schema
from binder.model.integrity import check_acyclic
from binder.model.validate import clean_metadata, clean_record, reference_targets, references
from binder.store import incident_log, metadata, records
from binder.vault.vault import Vault

Progress = Callable[[int, int, str], None]
Cleaned = tuple[str, str, dict[str, Any], str]      # kind, id, data, where


@dataclass
class Duplicate:
    where: str
    title: str
    similar: list[str]          # titles of the existing records it may duplicate

    def to_json(self) -> dict[str, Any]:
        return {"where": self.where, "title": self.title, "similar": self.similar}


@dataclass
class ImportResult:
    source: str
    added: dict[str, int] = field(default_factory=dict)
    updated: dict[str, int] = field(default_factory=dict)
    unchanged: dict[str, int] = field(default_factory=dict)
    duplicates: list[Duplicate] = field(default_factory=list)
    skipped: list[ValidationError] = field(default_factory=list)
    detected: dict[str, str] = field(default_factory=dict)
    log_entries: int = 0
    metadata: bool = False
    dry_run: bool = False

    @property
    def total(self) -> int:
        return sum(self.added.values()) + sum(self.updated.values()) + self.log_entries

    def count(self, bucket: dict[str, int], kind: str) -> None:
        bucket[kind] = bucket.get(kind, 0) + 1

    def to_json(self) -> dict[str, Any]:
        return {"source": self.source, "dry_run": self.dry_run, "detected": self.detected, "added": self.added,
                "updated": self.updated, "unchanged": self.unchanged,
                "possible_duplicates": [d.to_json() for d in self.duplicates],
                "skipped": [{"where": e.where, "reason": e.message()} for e in self.skipped],
                "log_entries": self.log_entries, "metadata": self.metadata, "total": self.total}


def _noop(done: int, total: int, message: str) -> None:
    return None


def _located(exc: ValidationError, batch: Batch, row: Row) -> ValidationError:
    where = batch.locate(row)
    return ValidationError(exc.text, where=exc.where.replace(row.where, where, 1), **exc.params)


def _clean_rows(vault: Vault, batch: Batch, progress: Progress, skipped: list[ValidationError] | None,
                existing: dict[str, tuple[str, str]]) -> tuple[list[Cleaned], dict[str, str]]:
    cleaned: list[Cleaned] = []
    seen: dict[str, str] = {}
    total = len(batch.rows)
    for i, row in enumerate(batch.rows):
        if i % 2000 == 0:
            progress(i, total, "validating")
        try:
            data = clean_record(schema.KINDS[row.kind], row.data, row.where)
            rid = row.id
            if rid is None:
                rid = str(uuid.uuid4())
            else:
                try:
                    rid = str(uuid.UUID(rid))
                except ValueError:
                    raise ValidationError(N_("expected a record id"), where=f"{row.where}: id") from None
            if rid in seen:
                raise ValidationError(N_("the id {id} appears twice in the file"), where=row.where, id=rid)
            if rid in existing:
                kind, origin = existing[rid]
                if kind != row.kind:
                    raise ValidationError(N_("id {id} belongs to another kind"), where=row.where, id=rid)
                if origin == "published" and not vault.is_publisher:
                    raise ReadOnlyRecord("{where}: this record comes from the coordinator and is read-only on this "
                                         "laptop. Nothing was imported.", where=row.where)
        except ValidationError as exc:
            if skipped is None:
                raise _located(exc, batch, row) from None
            skipped.append(_located(exc, batch, row))
            continue
        except ReadOnlyRecord:
            if skipped is None:
                raise
            skipped.append(ValidationError(N_("this record comes from the coordinator and is read-only on this "
                                              "laptop"), where=row.where))
            continue
        seen[rid] = row.kind
        cleaned.append((row.kind, rid, data, row.where))
    return cleaned, seen


def _check_references(cleaned: list[Cleaned], seen: dict[str, str], existing: dict[str, tuple[str, str]],
                      skipped: list[ValidationError] | None) -> list[Cleaned]:
    """Every reference resolves (with `skipped`: rows that do not, and rows that then do not, are left out)."""
    while True:
        kept: list[Cleaned] = []
        for kind, rid, data, where in cleaned:
            bad = next(((k, t) for k, t in reference_targets(schema.KINDS[kind], data)
                        if seen.get(t) != k and not (t in existing and existing[t][0] == k)), None)
            if bad is None:
                kept.append((kind, rid, data, where))
                continue
            path = next(p for p, k, t in references(schema.KINDS[kind], data) if (k, t) == bad)
            error = ValidationError(N_("refers to a {kind} that does not exist ({target})"), where=f"{where}: {path}",
                                    kind=bad[0], target=bad[1])
            if skipped is None:
                raise error
            skipped.append(error)
            seen.pop(rid, None)
        if len(kept) == len(cleaned):
            return kept
        cleaned = kept


def validate(vault: Vault, batch: Batch, progress: Progress = _noop,
             skipped: list[ValidationError] | None = None) -> list[Cleaned]:
    """Check everything; returns (kind, id, cleaned data, where) ready to write. With a `skipped` list,
    bad rows are appended to it and left out instead of refusing the whole batch."""
    conn = vault.db
    existing = {rid: (kind, origin) for rid, kind, origin in conn.execute("SELECT id, kind, origin FROM records")}
    cleaned, seen = _clean_rows(vault, batch, progress, skipped, existing)
    progress(len(batch.rows), len(batch.rows), "checking references")
    cleaned = _check_references(cleaned, seen, existing, skipped)
    incoming_assets = {rid: data for kind, rid, data, _ in cleaned if kind == "asset"}
    if incoming_assets:
        assets = {rid: json.loads(d) for rid, d in conn.execute("SELECT id, data FROM records WHERE kind = 'asset'")}
        assets.update(incoming_assets)
        check_acyclic(assets)
    return cleaned


def _match_contacts(vault: Vault, rows: list[Cleaned], existing: set[str],
                    result: ImportResult) -> tuple[list[Cleaned], dict[str, str]]:
    """Contacts with an unknown id matched to existing ones; returns the rows and the id map."""
    ids: dict[str, str] = {}
    index: matching.ContactIndex | None = None
    out: list[Cleaned] = []
    for kind, rid, data, where in rows:
        if kind != "contact" or rid in existing:
            out.append((kind, rid, data, where))
            continue
        if index is None:
            index = matching.ContactIndex(vault.db)
        found = index.match(data)
        if found.existing is not None and found.existing not in ids.values():
            ids[rid] = found.existing
            out.append((kind, found.existing, matching.merge(index.data[found.existing], data), where))
            continue
        if found.similar:
            result.duplicates.append(Duplicate(where, data.get("name", ""), [index.titles[s] for s in found.similar]))
        out.append((kind, rid, data, where))
    if ids:
        out = [(k, r, matching.remap(schema.KINDS[k].fields, d, ids), w) for k, r, d, w in out]
    return out, ids


def _stored(vault: Vault, ids: list[str]) -> dict[str, tuple[str, str]]:
    """id -> (stored canonical JSON, origin) for the given ids."""
    out: dict[str, tuple[str, str]] = {}
    for start in range(0, len(ids), 500):
        chunk = ids[start:start + 500]
        marks = ",".join("?" * len(chunk))
        for rid, data, origin in vault.db.execute(
                f"SELECT id, data, origin FROM records WHERE id IN ({marks})", chunk):
            out[rid] = (data, origin)
    return out


def _metadata(vault: Vault, batch: Batch, rows: list[Cleaned], ids: dict[str, str]) -> dict[str, Any] | None:
    if batch.metadata is None:
        return None
    current = metadata.get(vault)
    meta = clean_metadata({**current, **batch.metadata}, where=f"{batch.source}: binder")
    meta = matching.remap(schema.METADATA, meta, ids)
    known = {rid for _, rid, _, _ in rows} | {r[0] for r in vault.db.execute(
        "SELECT id FROM records WHERE kind = 'contact'")}
    for ref in (meta.get("spokesperson"), meta.get("spokesperson_deputy")):
        if ref and ref not in known:
            raise ValidationError(N_("refers to a {kind} that does not exist ({target})"),
                                  where=f"{batch.source}: binder", kind="contact", target=ref)
    return None if meta == current else meta


def load(vault: Vault, batch: Batch, progress: Progress = _noop, *, dry_run: bool = False,
         skip_invalid: bool = False) -> ImportResult:
    """Validate `batch` completely, then write it in one transaction (nothing at all when `dry_run`)."""
    result = ImportResult(batch.source, detected=dict(batch.detected), dry_run=dry_run)
    rows = validate(vault, batch, progress, result.skipped if skip_invalid else None)
    existing_ids = {r[0] for r in vault.db.execute("SELECT id FROM records")}
    rows, ids = _match_contacts(vault, rows, existing_ids, result)
    meta = _metadata(vault, batch, rows, ids)
    log_rows = []
    existing_log = {r[0] for r in vault.db.execute("SELECT id FROM log_entries")}
    for entry, where in batch.log:
        if entry.get("id") in existing_log:
            continue
        if not isinstance(entry.get("text"), str):
            raise ValidationError(N_("is required"), where=f"{where}.text")
        log_rows.append((entry, where))
    stored = _stored(vault, [rid for _, rid, _, _ in rows if rid in existing_ids])
    new, changed = [], []
    for kind, rid, data, where in rows:
        if rid not in stored:
            new.append((kind, rid, data))
            result.count(result.added, kind)
        elif stored[rid][0] == records.canonical_json(data):
            result.count(result.unchanged, kind)
        elif stored[rid][1] == "published" and not vault.is_publisher:
            result.duplicates.append(Duplicate(where, records.title_of(kind, data), [records.title_of(kind, data)]))
        else:
            changed.append((kind, rid, data))
            result.count(result.updated, kind)
    result.metadata = meta is not None
    if dry_run:
        result.log_entries = len(log_rows)
        return result
    _write(vault, result, new, changed, meta, log_rows, progress)
    return result


def _write(vault: Vault, result: ImportResult, new: list[tuple[str, str, dict[str, Any]]],
           changed: list[tuple[str, str, dict[str, Any]]], meta: dict[str, Any] | None,
           log_rows: list[tuple[dict[str, Any], str]], progress: Progress) -> None:
    origin = "published" if vault.is_publisher else "local"
    total = len(new) + len(changed)
    with vault.transaction() as conn:
        touched = bool(new or changed or meta)
        version = records.next_revision(vault, conn) if origin == "published" and touched else 0
        for kind, rid, data in changed:
            records.write(conn, kind, data, record_id=rid, origin=origin, version=version)
        for start in range(0, len(new), 5000):
            progress(start, total, "writing")
            records.insert_many(conn, [(k, r, d, origin, version) for k, r, d in new[start:start + 5000]])
        if meta is not None:
            metadata.write(vault, conn, meta)
        for entry, where in log_rows:
            try:
                incident_log.append(
                    conn, entry["text"], kind=entry.get("kind", "information"),
                    priority=entry.get("priority", "normal"), occurred_at=entry.get("occurred_at"),
                    author=entry.get("author", ""), role=entry.get("role", ""),
                    decided_by=entry.get("decided_by", ""), basis=entry.get("basis", ""),
                    affected=entry.get("affected", ""), entry_id=entry.get("id"))
            except BinderError as exc:
                if not isinstance(exc, ValidationError):
                    raise
                raise ValidationError(exc.text, where=f"{where}: {exc.where}", **exc.params) from None
            result.log_entries += 1
    progress(total, total, "done")
