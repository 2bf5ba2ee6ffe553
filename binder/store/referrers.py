"""Who refers to whom: the `record_refs` table, kept in the same transaction as every record write.

One row per (referring record, referred-to id). `binder.store.records` writes it
with each record (write, remove, insert_many) and the bundle import with each
bulk insert, so "who refers to X" is one indexed lookup instead of a scan of
every record's decrypted JSON. Migration 0008 fills it for existing vaults.
"""
from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from binder.model import schema
from binder.model.collation import sort_key
from binder.model.validate import reference_targets
from binder.vault.database import Connection

Referrer = tuple[str, str, str, str]   # (kind, id, title, origin)


def targets(kind: str, data: dict[str, Any]) -> set[str]:
    """The ids a record refers to (each once)."""
    return {target for _, target in reference_targets(schema.KINDS[kind], data)}


def put(conn: Connection, source: str, kind: str, data: dict[str, Any], *, replace: bool = True) -> None:
    """Record what `source` refers to now (replacing what it referred to before)."""
    if replace:
        forget(conn, source)
    conn.executemany("INSERT INTO record_refs(source, target) VALUES (?, ?)",
                     [(source, target) for target in targets(kind, data)])


def put_many(conn: Connection, items: Iterable[tuple[str, str, dict[str, Any]]]) -> None:
    """`put` for records new to the vault: (id, kind, data) each, one executemany."""
    conn.executemany("INSERT INTO record_refs(source, target) VALUES (?, ?)",
                     [(rid, target) for rid, kind, data in items for target in targets(kind, data)])


def forget(conn: Connection, source: str) -> None:
    conn.execute("DELETE FROM record_refs WHERE source = ?", (source,))


def referrers(conn: Connection, record_id: str) -> list[Referrer]:
    """(kind, id, title, origin) of every record that refers to `record_id`, in Swedish order of title."""
    found = conn.execute("SELECT r.kind, r.id, r.title, r.origin FROM record_refs x JOIN records r "
                         "ON r.id = x.source WHERE x.target = ? AND x.source != ?",
                         (record_id, record_id)).fetchall()
    return sorted(((k, i, t, o) for k, i, t, o in found), key=lambda r: sort_key(r[2]))


@dataclass(frozen=True)
class Dangling:
    """A local record that refers to a published record an import removes."""
    kind: str
    id: str
    title: str
    target_id: str
    target_title: str

    def to_json(self) -> dict[str, str]:
        return {"kind": self.kind, "id": self.id, "title": self.title, "refers_to": self.target_id,
                "refers_to_title": self.target_title}


def local_referrers(conn: Connection, removed: Iterable[str]) -> list[Dangling]:
    """Local records that refer to any of the `removed` ids (before a bundle removes them: those
    references would dangle), in Swedish order of the local record's title."""
    ids = list(removed)
    found: list[Dangling] = []
    for start in range(0, len(ids), 500):
        chunk = ids[start:start + 500]
        marks = ",".join("?" * len(chunk))
        found.extend(Dangling(*row) for row in conn.execute(
            "SELECT r.kind, r.id, r.title, x.target, t.title FROM record_refs x "
            "JOIN records r ON r.id = x.source JOIN records t ON t.id = x.target "
            f"WHERE r.origin = 'local' AND x.target IN ({marks})", chunk))
    return sorted(found, key=lambda d: (sort_key(d.title), sort_key(d.target_title)))


def rebuild(conn: Connection) -> int:
    """Fill the table again from every record (a check and a repair; the migration fills it too)."""
    conn.execute("DELETE FROM record_refs")
    rows = conn.execute("SELECT id, kind, data FROM records").fetchall()
    put_many(conn, ((rid, kind, json.loads(data)) for rid, kind, data in rows))
    return int(conn.execute("SELECT count(*) FROM record_refs").fetchone()[0])
