"""Published and local records: read, write, list, with the full-text index kept in step.

Every write is one transaction (callers that batch pass an open connection).
On a laptop, published records are read-only: changes go through
`binder.store.amendments`. Reads return the *effective* record by default:
the published data with this laptop's active amendments laid over it.
"""
from __future__ import annotations

import json
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from binder.errors import NotFound, ReadOnlyRecord, ValidationError
from binder.i18n import N_, language
from binder.model import clock, schema
from binder.model.collation import sort_key
from binder.model.integrity import check_acyclic
from binder.model.validate import clean_record, references
from binder.store import referrers as refs
from binder.store import search_index
from binder.vault.database import Connection
from binder.vault.vault import Vault, now_iso


def canonical_json(data: Any) -> str:
    return json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


@dataclass
class Record:
    id: str
    kind: str
    origin: str
    data: dict[str, Any]
    version: int = 0
    created_at: str = ""
    updated_at: str = ""
    amended: list[str] = field(default_factory=list)

    @property
    def title(self) -> str:
        return title_of(self.kind, self.data)

    def to_json(self, today: date | None = None) -> dict[str, Any]:
        """The record as JSON; a contact says whether it is stale on `today` (default: the
        current day in the default binder zone)."""
        out: dict[str, Any] = {"id": self.id, "kind": self.kind, "origin": self.origin}
        out.update(self.data)
        out.update({"version": self.version, "created_at": self.created_at, "updated_at": self.updated_at})
        if self.amended:
            out["amended_fields"] = self.amended
        if self.kind == "contact":
            out["stale"] = schema.is_stale_contact(self.data, today or clock.local(clock.now()).date())
        return out


def title_of(kind: str, data: dict[str, Any]) -> str:
    k = schema.KINDS[kind]
    value = data.get(k.title_field, "")
    if kind == "shift":
        return f"{value} {data.get('role', '')}".strip()
    return str(value)


def kind_of(name: str) -> schema.Kind:
    if name in schema.KINDS:
        return schema.KINDS[name]
    if name in schema.CLI_KINDS and schema.CLI_KINDS[name] in schema.KINDS:
        return schema.KINDS[schema.CLI_KINDS[name]]
    raise ValidationError(N_("unknown kind '{kind}'; use one of: {kinds}"), kind=name,
                          kinds=", ".join(schema.CLI_KINDS))


# -- full-text index (binder.store.search_index) --------------------------------

def _index(conn: Connection, rowid: int, kind: str, data: dict[str, Any], *, replace: bool) -> None:
    if replace:
        search_index.delete(conn, rowid)
    conn.execute(search_index.INSERT, search_index.row(rowid, kind, data, title_of(kind, data)))


# -- reading ------------------------------------------------------------------

_COLUMNS = "id, kind, origin, data, version, created_at, updated_at"


def _row(row: tuple[Any, ...]) -> Record:
    return Record(row[0], row[1], row[2], json.loads(row[3]), row[4], row[5], row[6])


def _overlay(conn: Connection, records: list[Record]) -> list[Record]:
    """Lay active amendments over published records."""
    if not records:
        return records
    by_id = {r.id: r for r in records if r.origin == "published"}
    if not by_id:
        return records
    has_any = conn.execute("SELECT 1 FROM amendments WHERE state = 'active' LIMIT 1").fetchone()
    if not has_any:
        return records
    ids = list(by_id)
    for start in range(0, len(ids), 500):
        chunk = ids[start:start + 500]
        marks = ",".join("?" * len(chunk))
        for record_id, name, value in conn.execute(
                f"SELECT record_id, field, value FROM amendments WHERE state = 'active' "
                f"AND record_id IN ({marks}) ORDER BY created_at", chunk):
            rec = by_id[record_id]
            rec.data[name] = json.loads(value)
            if name not in rec.amended:
                rec.amended.append(name)
    return records


def get(vault: Vault, kind: str, record_id: str, *, effective: bool = True,
        conn: Connection | None = None) -> Record:
    conn = conn or vault.db
    k = kind_of(kind)
    row = conn.execute(f"SELECT {_COLUMNS} FROM records WHERE id = ? AND kind = ?",
                       (str(record_id), k.name)).fetchone()
    if row is None:
        raise NotFound("No {kind} with id {id}.", kind=k.label_en.lower(), id=record_id)
    rec = _row(row)
    return _overlay(conn, [rec])[0] if effective else rec


def _where(kind: str, query: str | None, origin: str | None) -> tuple[str, list[Any]]:
    clauses, params = ["kind = ?"], [kind]
    expression = search_index.match_expression(query) if query else ""
    if expression:
        clauses.append("rowid IN (SELECT rowid FROM search_index WHERE search_index MATCH ?)")
        params.append(expression)
    if origin:
        clauses.append("origin = ?")
        params.append(origin)
    return " AND ".join(clauses), params


def list_records(vault: Vault, kind: str, *, query: str | None = None, descending: bool = False,
                 limit: int | None = None, offset: int = 0, origin: str | None = None,
                 effective: bool = True, conn: Connection | None = None) -> list[Record]:
    """Records of one kind in Swedish alphabetical order of their title (sorted in SQL)."""
    conn = conn or vault.db
    k = kind_of(kind)
    if query:
        search_index.ensure_current(conn)
    where, params = _where(k.name, query, origin)
    order = "sort_key DESC" if descending else "sort_key"
    sql = f"SELECT {_COLUMNS} FROM records WHERE {where} ORDER BY {order}"
    if limit is not None:
        sql += " LIMIT ? OFFSET ?"
        params += [int(limit), int(offset)]
    records = [_row(r) for r in conn.execute(sql, params)]
    return _overlay(conn, records) if effective else records


def count(vault: Vault, kind: str, *, query: str | None = None, origin: str | None = None) -> int:
    if query:
        search_index.ensure_current(vault.db)
    where, params = _where(kind_of(kind).name, query, origin)
    return int(vault.db.execute(f"SELECT count(*) FROM records WHERE {where}", params).fetchone()[0])


def iter_all(conn: Connection, origin: str | None = None) -> Iterator[Record]:
    sql = f"SELECT {_COLUMNS} FROM records"
    params: list[Any] = []
    if origin:
        sql += " WHERE origin = ?"
        params.append(origin)
    for row in conn.execute(sql + " ORDER BY kind, id", params):
        yield _row(row)


# -- writing ------------------------------------------------------------------

def next_revision(vault: Vault, conn: Connection) -> int:
    """The publisher's revision counter, bumped once per changing transaction."""
    revision = int(vault.meta("revision", "0") or 0) + 1
    vault.set_meta(conn, "revision", str(revision))
    return revision


def _check_refs(conn: Connection, kind: schema.Kind, record_id: str, data: dict[str, Any],
                pending: dict[str, str] | None = None) -> None:
    for path, ref_kind, target in references(kind, data):
        if pending and pending.get(target) == ref_kind:
            continue
        if target == record_id and ref_kind == kind.name:
            raise ValidationError(N_("a record cannot refer to itself"), where=path)
        row = conn.execute("SELECT 1 FROM records WHERE id = ? AND kind = ?", (target, ref_kind)).fetchone()
        if row is None:
            raise ValidationError(N_("refers to a {kind} that does not exist ({target})"), where=path,
                                  kind=ref_kind, target=target)


def _check_asset_cycle(conn: Connection, record_id: str, data: dict[str, Any]) -> None:
    assets = {rid: json.loads(d) for rid, d in
              conn.execute("SELECT id, data FROM records WHERE kind = 'asset'")}
    assets[record_id] = data
    check_acyclic(assets)


def write(conn: Connection, kind: str, data: dict[str, Any], *, record_id: str | None = None,
          origin: str = "local", version: int = 0, timestamp: str | None = None,
          created_at: str | None = None) -> Record:
    """Insert or replace one already-validated record inside an open transaction."""
    stamp = timestamp or now_iso()
    record_id = record_id or str(uuid.uuid4())
    body = canonical_json(data)
    row = conn.execute("SELECT rowid, created_at FROM records WHERE id = ?", (record_id,)).fetchone()
    if row is None:
        cur = conn.execute(
            "INSERT INTO records(id, kind, origin, data, title, sort_key, version, created_at, updated_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (record_id, kind, origin, body, title_of(kind, data), sort_key(title_of(kind, data)),
             version, created_at or stamp, stamp))
        rowid = int(cur.lastrowid or 0)
        _index(conn, rowid, kind, data, replace=False)
        refs.put(conn, record_id, kind, data, replace=False)
        return Record(record_id, kind, origin, data, version, created_at or stamp, stamp)
    rowid, created = row
    conn.execute("UPDATE records SET kind = ?, origin = ?, data = ?, title = ?, sort_key = ?, version = ?, "
                 "updated_at = ? WHERE rowid = ?",
                 (kind, origin, body, title_of(kind, data), sort_key(title_of(kind, data)), version,
                  stamp, rowid))
    _index(conn, rowid, kind, data, replace=True)
    refs.put(conn, record_id, kind, data)
    return Record(record_id, kind, origin, data, version, created, stamp)


def remove(conn: Connection, record_id: str) -> None:
    row = conn.execute("SELECT rowid FROM records WHERE id = ?", (record_id,)).fetchone()
    if row:
        search_index.delete(conn, row[0])
        conn.execute("DELETE FROM records WHERE rowid = ?", (row[0],))
        refs.forget(conn, record_id)


referrers = refs.referrers   # (kind, id, title, origin) of every record that refers to an id


def binder_referrers(conn: Connection, record_id: str) -> list[schema.Field]:
    """The binder metadata fields (main spokesperson, deputy) that name `record_id`."""
    row = conn.execute("SELECT value FROM meta WHERE key = 'binder'").fetchone()
    meta = json.loads(row[0]) if row and row[0] else {}
    return [fl for fl in schema.METADATA if fl.type == schema.REF and meta.get(fl.name) == record_id]


def _without(fields: tuple[schema.Field, ...], data: dict[str, Any], record_id: str, where: str) -> dict[str, Any]:
    """`data` with every reference to `record_id` removed (a required reference cannot be)."""
    out = dict(data)
    for fl in fields:
        value = data.get(fl.name)
        if value is None:
            continue
        if fl.type == schema.REF and value == record_id:
            if fl.required:
                raise ValidationError(N_("is required by {title}; delete or change that first"), where=record_id,
                                      title=where)
            out.pop(fl.name)
        elif fl.type == schema.LIST and fl.item is not None:
            if fl.item.type == schema.REF:
                out[fl.name] = [v for v in value if v != record_id]
            elif fl.item.type == schema.OBJECT:
                out[fl.name] = [_without(fl.item.fields, item, record_id, where) for item in value]
            if not out[fl.name]:
                out.pop(fl.name)
    return out


def save(vault: Vault, kind: str, data: dict[str, Any], record_id: str | None = None) -> Record:
    """Validate and save one record (create when `record_id` is None) in one transaction."""
    with vault.transaction() as conn:
        return save_in(vault, conn, kind, data, record_id)


def save_in(vault: Vault, conn: Connection, kind: str, data: dict[str, Any],
            record_id: str | None = None) -> Record:
    """`save` inside a transaction the caller holds (one change with other writes)."""
    k = kind_of(kind)
    cleaned = clean_record(k, data)
    existing = None
    if record_id is not None:
        existing = conn.execute("SELECT origin, kind FROM records WHERE id = ?", (record_id,)).fetchone()
        if existing is None:
            raise NotFound("No {kind} with id {id}.", kind=k.label_en.lower(), id=record_id)
        if existing[1] != k.name:
            raise ValidationError(N_("id {id} belongs to another kind"), id=record_id)
    rid = record_id or str(uuid.uuid4())
    origin = "published" if vault.is_publisher else "local"
    if existing is not None and existing[0] == "published" and not vault.is_publisher:
        raise ReadOnlyRecord("This record comes from the coordinator and is read-only on this laptop. "
                             "Use 'amend' to record a correction.")
    _check_refs(conn, k, rid, cleaned)
    if k.name == "asset":
        _check_asset_cycle(conn, rid, cleaned)
    version = next_revision(vault, conn) if origin == "published" else 0
    return write(conn, k.name, cleaned, record_id=rid, origin=origin, version=version)


def delete(vault: Vault, kind: str, record_id: str, *, detach: bool = False) -> list[tuple[str, str, str, str]]:
    """Delete one record. Refused while others refer to it, unless `detach`: then those references
    are removed from the referring records in the same transaction. Returns the records changed."""
    k = kind_of(kind)
    with vault.transaction() as conn:
        row = conn.execute("SELECT origin FROM records WHERE id = ? AND kind = ?", (record_id, k.name)).fetchone()
        if row is None:
            raise NotFound("No {kind} with id {id}.", kind=k.label_en.lower(), id=record_id)
        if row[0] == "published" and not vault.is_publisher:
            raise ReadOnlyRecord("This record comes from the coordinator and is read-only on this laptop. "
                                 "Use 'amend' to record a correction.")
        users = referrers(conn, record_id)
        in_binder = binder_referrers(conn, record_id)
        if (users or in_binder) and not detach:
            names = [fl.label(language()) for fl in in_binder] + [title for _, _, title, _ in users]
            raise ValidationError(N_("is still used by: {users}"), where=record_id, users=", ".join(names[:5]))
        if in_binder:
            meta = json.loads(conn.execute("SELECT value FROM meta WHERE key = 'binder'").fetchone()[0])
            for fl in in_binder:
                meta.pop(fl.name)
            vault.set_meta(conn, "binder", canonical_json(meta))
        changed = any(origin == "published" for *_, origin in users) or row[0] == "published"
        version = next_revision(vault, conn) if changed else 0
        for user_kind, user_id, title, origin in users:
            if origin == "published" and not vault.is_publisher:
                raise ReadOnlyRecord("{title} comes from the coordinator and refers to this record; it cannot be "
                                     "deleted on this laptop.", title=title)
            current = _row(conn.execute(f"SELECT {_COLUMNS} FROM records WHERE id = ?", (user_id,)).fetchone())
            data = _without(schema.KINDS[user_kind].fields, current.data, record_id, title)
            write(conn, user_kind, data, record_id=user_id, origin=origin,
                  version=version if origin == "published" else current.version, created_at=current.created_at)
        remove(conn, record_id)
        return users


def insert_many(conn: Connection, items: list[tuple[str, str, dict[str, Any], str, int]],
                timestamp: str | None = None) -> int:
    """Insert many validated, NEW records (kind, id, data, origin, version) inside an open transaction.

    Batched: one executemany for the rows and one for the full-text index.
    """
    if not items:
        return 0
    stamp = timestamp or now_iso()
    last = conn.execute("SELECT coalesce(max(rowid), 0) FROM records").fetchone()[0]
    rows = []
    fts = []
    for offset, (kind, rid, data, origin, version) in enumerate(items, start=1):
        title = title_of(kind, data)
        rows.append((last + offset, rid, kind, origin, canonical_json(data), title, sort_key(title), version,
                     stamp, stamp))
        fts.append(search_index.row(last + offset, kind, data, title))
    conn.executemany("INSERT INTO records(rowid, id, kind, origin, data, title, sort_key, version, created_at, "
                     "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows)
    conn.executemany(search_index.INSERT, fts)
    refs.put_many(conn, ((rid, kind, data) for kind, rid, data, _, _ in items))
    return len(rows)
