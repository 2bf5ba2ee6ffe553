"""Validate and write a `Batch` in one transaction, a chunk of rows at a time.

Rows are cleaned (`binder.model.validate`), matched (contacts without a known
id: `binder.interchange.matching`), compared with what the vault holds and
written chunk by chunk inside ONE transaction, so memory stays bounded
however large the file (the JSON reader streams). References are checked as
rows arrive; those to rows further on are checked at the end, with the
restoration dependencies (no cycles). Any refusal rolls the whole
transaction back: nothing is imported. With `skip_invalid`, bad rows (and
rows that then refer to nothing) are left out and listed instead. With
`dry_run`, nothing is written at all. Rows equal to what the vault holds are
not written and counted as unchanged, so the counts are true. On a
publisher vault imported records are published; on a laptop they are local
(published records cannot be overwritten there).
"""
from __future__ import annotations

import itertools
import json
import re
import uuid
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from binder.errors import ReadOnlyRecord, ValidationError
from binder.i18n import N_
from binder.interchange import matching
from binder.interchange.document import Batch, Row
from binder.model import schema
from binder.model.integrity import check_acyclic
from binder.model.validate import clean_metadata, clean_record, reference_targets, references
from binder.store import incident_log, metadata, records
from binder.vault.database import Connection
from binder.vault.vault import Vault

Progress = Callable[[int, int, str], None]
CHUNK = 2000
_CANONICAL_UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")


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

    @staticmethod
    def count(bucket: dict[str, int], kind: str, step: int = 1) -> None:
        bucket[kind] = bucket.get(kind, 0) + step
        if not bucket[kind]:
            del bucket[kind]

    def to_json(self) -> dict[str, Any]:
        return {"source": self.source, "dry_run": self.dry_run, "detected": self.detected, "added": self.added,
                "updated": self.updated, "unchanged": self.unchanged,
                "possible_duplicates": [d.to_json() for d in self.duplicates],
                "skipped": [{"where": e.where, "reason": e.message()} for e in self.skipped],
                "log_entries": self.log_entries, "metadata": self.metadata, "total": self.total}


@dataclass
class _Written:
    kind: str
    where: str
    before: str | None          # the stored JSON a changed row replaced (skip mode only), None when new


class _DryRun(Exception):
    """Raised inside the transaction of a dry run so that it rolls back."""


def _noop(done: int, total: int, message: str) -> None:
    return None


def _chunks(rows: Iterable[Row]) -> Iterator[list[Row]]:
    iterator = iter(rows)
    while chunk := list(itertools.islice(iterator, CHUNK)):
        yield chunk


def _in(conn: Connection, sql: str, ids: list[str]) -> list[tuple[Any, ...]]:
    out: list[tuple[Any, ...]] = []
    for start in range(0, len(ids), 500):
        part = ids[start:start + 500]
        out.extend(conn.execute(sql.format(marks=",".join("?" * len(part))), part))
    return out


class _Import:
    def __init__(self, vault: Vault, conn: Connection, batch: Batch, progress: Progress, dry_run: bool,
                 skip_invalid: bool) -> None:
        self.vault, self.conn, self.batch, self.progress = vault, conn, batch, progress
        self.dry_run, self.skip_invalid = dry_run, skip_invalid
        self.result = ImportResult(batch.source, detected=dict(batch.detected), dry_run=dry_run)
        self.origin = "published" if vault.is_publisher else "local"
        self.version = 0
        self.seen: dict[str, str] = {}                        # incoming (final) id -> kind
        self.pending: list[tuple[str, str, str, str]] = []    # (ref kind, target, id, where): not yet seen
        self.refs: list[tuple[str, str, str]] = []            # (target, id, where): skip mode, for cascades
        self.written: dict[str, _Written] = {}                # skip mode: what to undo when a row is left out
        self.ids: dict[str, str] = {}                          # matched contacts: incoming id -> existing id
        self.assets: dict[str, dict[str, Any]] = {}
        self.index: matching.ContactIndex | None = None
        self.titles: dict[str, matching.TitleIndex] = {}
        self.has_contacts = conn.execute("SELECT 1 FROM records WHERE kind = 'contact' LIMIT 1").fetchone() is not None
        self.done = 0

    # -- one row ----------------------------------------------------------------------------------
    def _refuse(self, error: ValidationError) -> None:
        if not self.skip_invalid:
            raise error
        self.result.skipped.append(error)

    def _clean(self, row: Row) -> tuple[str, str, dict[str, Any]] | None:
        """(kind, id, data), or None when the row is skipped."""
        try:
            data = clean_record(schema.KINDS[row.kind], row.data, row.where)
            if row.id is None:
                return row.kind, str(uuid.uuid4()), data
            rid = row.id
            if not _CANONICAL_UUID.fullmatch(rid):
                try:
                    rid = str(uuid.UUID(rid))
                except ValueError:
                    raise ValidationError(N_("expected a record id"), where=f"{row.where}: id") from None
            if rid in self.seen or rid in self.ids:
                raise ValidationError(N_("the id {id} appears twice in the file"), where=row.where, id=rid)
            return row.kind, rid, data
        except ValidationError as exc:
            self._refuse(exc)
            return None

    def _match(self, kind: str, rid: str, data: dict[str, Any], where: str) -> tuple[str, dict[str, Any]]:
        """A row with an unknown id: the existing record it is (merged), or itself."""
        if kind == "contact":
            if not self.has_contacts:
                return rid, data
            if self.index is None:
                self.index = matching.ContactIndex(self.conn)
            found = self.index.match(data)
        elif kind in matching.TITLED:
            if kind not in self.titles:
                self.titles[kind] = matching.TitleIndex(self.conn, kind)
            found = self.titles[kind].match(records.title_of(kind, data))
        else:
            return rid, data
        if found.existing is not None and found.existing not in self.ids.values() and found.existing not in self.seen:
            self.ids[rid] = found.existing
            stored = json.loads(self.conn.execute("SELECT data FROM records WHERE id = ?",
                                                  (found.existing,)).fetchone()[0])
            merged = matching.merge(stored, data) if kind == "contact" else {**stored, **data}
            return found.existing, merged
        similar = found.similar or ([found.existing] if found.existing else [])   # already matched in this file
        if similar:
            titles = [r[0] for r in _in(self.conn, "SELECT title FROM records WHERE id IN ({marks})", similar)]
            self.result.duplicates.append(Duplicate(where, records.title_of(kind, data), sorted(titles)))
        return rid, data

    # -- one chunk --------------------------------------------------------------------------------
    def chunk(self, rows: list[Row]) -> None:
        cleaned = [(c, row.where) for row in rows if (c := self._clean(row)) is not None]
        stored = {r[0]: r[1:] for r in _in(self.conn,
                                             "SELECT id, kind, origin, data FROM records WHERE id IN ({marks})",
                                             [c[1] for c, _ in cleaned])}
        ready: list[tuple[str, str, dict[str, Any], str]] = []
        for (kind, rid, data), where in cleaned:
            if rid in stored:
                stored_kind, origin, _ = stored[rid]
                if stored_kind != kind:
                    self._refuse(ValidationError(N_("id {id} belongs to another kind"), where=where, id=rid))
                    continue
                if origin == "published" and not self.vault.is_publisher:
                    if not self.skip_invalid:
                        raise ReadOnlyRecord("{where}: this record comes from the coordinator and is read-only on "
                                             "this laptop. Nothing was imported.", where=where)
                    self._refuse(ValidationError(N_("this record comes from the coordinator and is read-only on "
                                                    "this laptop"), where=where))
                    continue
            else:
                incoming = rid
                rid, data = self._match(kind, rid, data, where)
                if rid != incoming and rid not in stored:
                    stored.update({r[0]: r[1:] for r in self.conn.execute(
                        "SELECT id, kind, origin, data FROM records WHERE id = ?", (rid,))})
            self.seen[rid] = kind
            ready.append((kind, rid, data, where))
        if self.ids:
            ready = [(k, r, matching.remap(schema.KINDS[k].fields, d, self.ids), w) for k, r, d, w in ready]
        self._check_refs(ready)
        new, changed = [], []
        for kind, rid, data, where in ready:
            if kind == "asset":
                self.assets[rid] = data
            before = stored.get(rid)
            if before is None:
                new.append((kind, rid, data, self.origin, self.version))
                self.result.count(self.result.added, kind)
            elif before[2] == records.canonical_json(data):
                self.result.count(self.result.unchanged, kind)
                continue
            elif before[1] == "published" and not self.vault.is_publisher:
                self.result.duplicates.append(Duplicate(where, records.title_of(kind, data),
                                                        [records.title_of(kind, data)]))
                continue
            else:
                changed.append((kind, rid, data))
                self.result.count(self.result.updated, kind)
            if self.skip_invalid:
                self.written[rid] = _Written(kind, where, before[2] if before else None)
        self._write(new, changed)
        self.done += len(rows)
        self.progress(self.done, 0, N_("importing"))

    def _check_refs(self, ready: list[tuple[str, str, dict[str, Any], str]]) -> None:
        unknown: list[tuple[str, str, str, str]] = []
        for kind, rid, data, where in ready:
            for ref_kind, target in reference_targets(schema.KINDS[kind], data):
                if self.skip_invalid:
                    self.refs.append((target, rid, where))
                if self.seen.get(target) != ref_kind:
                    unknown.append((ref_kind, target, rid, where))
        if not unknown:
            return
        found = {(k, i) for i, k in _in(self.conn, "SELECT id, kind FROM records WHERE id IN ({marks})",
                                          list({t for _, t, _, _ in unknown}))}
        self.pending.extend(u for u in unknown if (u[0], u[1]) not in found)

    def _write(self, new: list[tuple[str, str, dict[str, Any], str, int]],
               changed: list[tuple[str, str, dict[str, Any]]]) -> None:
        if self.dry_run or not (new or changed):
            return
        if self.origin == "published" and not self.version:
            self.version = records.next_revision(self.vault, self.conn)
            new = [(k, r, d, o, self.version) for k, r, d, o, _ in new]
        for kind, rid, data in changed:
            records.write(self.conn, kind, data, record_id=rid, origin=self.origin, version=self.version)
        records.insert_many(self.conn, new)

    # -- the end ----------------------------------------------------------------------------------
    def _unresolved(self) -> list[tuple[str, str, str, str]]:
        return [p for p in self.pending if self.seen.get(self.ids.get(p[1], p[1])) != p[0]]

    def _drop(self, rid: str, error: ValidationError) -> None:
        """Skip mode: leave out a row already taken in, and then every row that refers to it."""
        self._refuse(error)
        kind = self.seen.pop(rid, None)
        info = self.written.pop(rid, None)
        if kind is None or info is None:
            return
        self.result.count(self.result.added if info.before is None else self.result.updated, kind, -1)
        if not self.dry_run:
            if info.before is None:
                records.remove(self.conn, rid)
            else:
                records.write(self.conn, kind, json.loads(info.before), record_id=rid, origin=self.origin,
                              version=self.version)
        for target, user, where in self.refs:
            if target == rid and user in self.seen:
                self._drop(user, ValidationError(N_("refers to a {kind} that does not exist ({target})"),
                                                 where=where, kind=kind, target=rid))

    def _error(self, ref_kind: str, target: str, rid: str, where: str) -> ValidationError:
        kind = self.seen[rid]
        data = self._data(rid)
        path = next((p for p, k, t in references(schema.KINDS[kind], data) if (k, t) == (ref_kind, target)), "") \
            if data is not None else ""
        return ValidationError(N_("refers to a {kind} that does not exist ({target})"),
                               where=f"{where}: {path}" if path else where, kind=ref_kind, target=target)

    def _data(self, rid: str) -> dict[str, Any] | None:
        if rid in self.assets:
            return self.assets[rid]
        row = self.conn.execute("SELECT data FROM records WHERE id = ?", (rid,)).fetchone()
        return json.loads(row[0]) if row else None

    def finish(self) -> ImportResult:
        self._follow_matches()
        for ref_kind, target, rid, where in self._unresolved():
            if rid not in self.seen:
                continue            # already left out
            error = self._error(ref_kind, target, rid, where)
            if not self.skip_invalid:
                raise error
            self._drop(rid, error)
        self._metadata()
        self._log()
        if self.assets:
            assets = {rid: json.loads(d) for rid, d in
                      self.conn.execute("SELECT id, data FROM records WHERE kind = 'asset'")}
            assets.update({rid: data for rid, data in self.assets.items() if rid in self.seen})
            check_acyclic(assets)
        return self.result

    def _follow_matches(self) -> None:
        """Rows written before a contact they refer to was matched: point them at the existing contact."""
        early = {rid for _, target, rid, _ in self.pending if target in self.ids and rid in self.seen}
        for rid in early:
            kind = self.seen[rid]
            data = matching.remap(schema.KINDS[kind].fields, self._data(rid) or {}, self.ids)
            if not self.dry_run:
                records.write(self.conn, kind, data, record_id=rid, origin=self.origin, version=self.version)

    def _metadata(self) -> None:
        if self.batch.metadata is None:
            return
        current = metadata.get(self.vault)
        meta = clean_metadata({**current, **self.batch.metadata}, where=f"{self.batch.source}: binder")
        meta = matching.remap(schema.METADATA, meta, self.ids)
        for ref in (meta.get("spokesperson"), meta.get("spokesperson_deputy")):
            if ref and self.seen.get(ref) != "contact" and not self.conn.execute(
                    "SELECT 1 FROM records WHERE id = ? AND kind = 'contact'", (ref,)).fetchone():
                raise ValidationError(N_("refers to a {kind} that does not exist ({target})"),
                                      where=f"{self.batch.source}: binder", kind="contact", target=ref)
        if meta != current:
            self.result.metadata = True
            if not self.dry_run:
                metadata.write(self.vault, self.conn, meta)

    def _log(self) -> None:
        known = {r[0] for r in self.conn.execute("SELECT id FROM log_entries")} if self.batch.log else set()
        for entry, where in self.batch.log:
            if entry.get("id") in known:
                continue
            if not isinstance(entry.get("text"), str):
                raise ValidationError(N_("is required"), where=f"{where}.text")
            self.result.log_entries += 1
            if self.dry_run:
                continue
            try:
                incident_log.append(
                    self.conn, entry["text"], kind=entry.get("kind", "information"),
                    priority=entry.get("priority", "normal"), occurred_at=entry.get("occurred_at"),
                    author=entry.get("author", ""), role=entry.get("role", ""),
                    decided_by=entry.get("decided_by", ""), basis=entry.get("basis", ""),
                    affected=entry.get("affected", ""), entry_id=entry.get("id"))
            except ValidationError as exc:
                raise ValidationError(exc.text, where=f"{where}: {exc.where}", **exc.params) from None


def load(vault: Vault, batch: Batch, progress: Progress = _noop, *, dry_run: bool = False,
         skip_invalid: bool = False) -> ImportResult:
    """Validate and write `batch` in one transaction (nothing at all when `dry_run`)."""
    result: ImportResult | None = None
    try:
        with vault.transaction() as conn:
            job = _Import(vault, conn, batch, progress, dry_run, skip_invalid)
            for rows in _chunks(batch.rows):
                job.chunk(rows)
            result = job.finish()
            if dry_run:
                raise _DryRun
    except _DryRun:
        pass
    assert result is not None
    progress(job.done, job.done, N_("done"))
    return result
