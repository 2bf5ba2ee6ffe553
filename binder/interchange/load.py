"""Validate a whole `Batch` against the vault, then write it in one transaction.

Nothing is written unless every row is valid, every reference resolves and
the restoration dependencies stay acyclic. On a publisher vault imported
records are published; on a laptop they are local (published records cannot
be overwritten there).
"""
from __future__ import annotations

import json
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from binder.errors import ReadOnlyRecord, ValidationError
from binder.i18n import N_
from binder.interchange.document import Batch
from binder.model import schema
from binder.model.integrity import check_acyclic
from binder.model.validate import clean_metadata, clean_record, reference_targets, references
from binder.store import incident_log, metadata, records
from binder.vault.vault import Vault

Progress = Callable[[int, int, str], None]


@dataclass
class ImportResult:
    source: str
    added: dict[str, int] = field(default_factory=dict)
    updated: dict[str, int] = field(default_factory=dict)
    log_entries: int = 0
    metadata: bool = False

    @property
    def total(self) -> int:
        return sum(self.added.values()) + sum(self.updated.values()) + self.log_entries

    def to_json(self) -> dict[str, Any]:
        return {"source": self.source, "added": self.added, "updated": self.updated,
                "log_entries": self.log_entries, "metadata": self.metadata, "total": self.total}


def _noop(done: int, total: int, message: str) -> None:
    return None


def validate(vault: Vault, batch: Batch, progress: Progress = _noop) -> list[tuple[str, str, dict[str, Any], str]]:
    """Check everything; returns (kind, id, cleaned data, where) ready to write."""
    conn = vault.db
    existing = {rid: (kind, origin) for rid, kind, origin in conn.execute("SELECT id, kind, origin FROM records")}
    cleaned: list[tuple[str, str, dict[str, Any], str]] = []
    seen: dict[str, str] = {}
    total = len(batch.rows)
    for i, row in enumerate(batch.rows):
        if i % 2000 == 0:
            progress(i, total, "validating")
        try:
            data = clean_record(schema.KINDS[row.kind], row.data, row.where)
        except ValidationError as exc:
            where = batch.locate(row)
            raise ValidationError(exc.text, where=exc.where.replace(row.where, where, 1), **exc.params) from None
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
        seen[rid] = row.kind
        if rid in existing:
            kind, origin = existing[rid]
            if kind != row.kind:
                raise ValidationError(N_("id {id} belongs to another kind"), where=row.where, id=rid)
            if origin == "published" and not vault.is_publisher:
                raise ReadOnlyRecord("{where}: this record comes from the coordinator and is read-only on this "
                                     "laptop. Nothing was imported.", where=row.where)
        cleaned.append((row.kind, rid, data, row.where))
    progress(total, total, "checking references")
    for kind, rid, data, where in cleaned:
        for ref_kind, target in reference_targets(schema.KINDS[kind], data):
            if seen.get(target) == ref_kind:
                continue
            if target in existing and existing[target][0] == ref_kind:
                continue
            path = next(p for p, k, t in references(schema.KINDS[kind], data) if (k, t) == (ref_kind, target))
            raise ValidationError(N_("refers to a {kind} that does not exist ({target})"), where=f"{where}: {path}",
                                  kind=ref_kind, target=target)
    incoming_assets = {rid: data for kind, rid, data, _ in cleaned if kind == "asset"}
    if incoming_assets:
        assets = {rid: json.loads(d) for rid, d in conn.execute("SELECT id, data FROM records WHERE kind = 'asset'")}
        assets.update(incoming_assets)
        check_acyclic(assets)
    return cleaned


def load(vault: Vault, batch: Batch, progress: Progress = _noop) -> ImportResult:
    """Validate `batch` completely, then write it in one transaction."""
    rows = validate(vault, batch, progress)
    meta = None
    if batch.metadata is not None:
        meta = clean_metadata({**metadata.get(vault), **batch.metadata}, where=f"{batch.source}: binder")
        refs = [meta.get("spokesperson"), meta.get("spokesperson_deputy")]
        known = {rid for _, rid, _, _ in rows} | {r[0] for r in vault.db.execute(
            "SELECT id FROM records WHERE kind = 'contact'")}
        for ref in refs:
            if ref and ref not in known:
                raise ValidationError(N_("refers to a {kind} that does not exist ({target})"),
                                      where=f"{batch.source}: binder", kind="contact", target=ref)
    log_rows = []
    existing_log = {r[0] for r in vault.db.execute("SELECT id FROM log_entries")}
    for entry, where in batch.log:
        if entry.get("id") in existing_log:
            continue
        if not isinstance(entry.get("text"), str):
            raise ValidationError(N_("is required"), where=f"{where}.text")
        log_rows.append((entry, where))
    result = ImportResult(batch.source)
    origin = "published" if vault.is_publisher else "local"
    existing = {r[0] for r in vault.db.execute("SELECT id FROM records")}
    total = len(rows)
    with vault.transaction() as conn:
        version = records.next_revision(vault, conn) if origin == "published" else 0
        new = []
        for i, (kind, rid, data, _) in enumerate(rows):
            if rid in existing:
                records.write(conn, kind, data, record_id=rid, origin=origin, version=version)
                result.updated[kind] = result.updated.get(kind, 0) + 1
            else:
                new.append((kind, rid, data, origin, version))
                result.added[kind] = result.added.get(kind, 0) + 1
        for start in range(0, len(new), 5000):
            progress(start, total, "writing")
            records.insert_many(conn, new[start:start + 5000])
        if meta is not None:
            metadata.write(vault, conn, meta)
            result.metadata = True
        for entry, where in log_rows:
            try:
                incident_log.append(
                    conn, entry["text"], kind=entry.get("kind", "information"),
                    priority=entry.get("priority", "normal"), occurred_at=entry.get("occurred_at"),
                    author=entry.get("author", ""), role=entry.get("role", ""),
                    decided_by=entry.get("decided_by", ""), basis=entry.get("basis", ""),
                    affected=entry.get("affected", ""), entry_id=entry.get("id"))
            except ValidationError as exc:
                raise ValidationError(exc.text, where=f"{where}: {exc.where}", **exc.params) from None
            result.log_entries += 1
    progress(total, total, "done")
    return result
