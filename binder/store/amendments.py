"""Laptop amendments of published records, and the Conflicts list.

A published record is never edited on a laptop. An amendment is kept beside
it: (record, top-level field, value, the published value and version it was
based on, author). Active amendments are laid over the published record on
read (`binder.store.records._overlay`) and are "to report to the coordinator".

When a bundle is imported (`reconcile`, in the import transaction):
- the bundle left the field as it was → the amendment stays active;
- the bundle changed the field to the amended value → resolved ("adopted");
- the bundle changed the field otherwise → the bundle wins, state 'conflict';
- the bundle removed the record → state 'conflict'.
Nothing is dropped silently; `resolve` ends a conflict by keeping the local
value (a new amendment on top of the new published value) or taking the
published one.
"""
from __future__ import annotations

import json
import uuid
from dataclasses import dataclass
from typing import Any

from binder.errors import NotFound, ValidationError
from binder.i18n import N_, tr
from binder.model.collation import sort_key
from binder.model.validate import clean_record
from binder.store import operators, records
from binder.store.records import canonical_json
from binder.vault.database import Connection
from binder.vault.vault import Vault, now_iso

KEPT, ADOPTED, CHANGED, REMOVED = "kept", "adopted", "changed", "removed"
REASONS = {
    CHANGED: N_("The coordinator changed this field in bundle {sequence}; the bundle's value is now shown."),
    REMOVED: N_("The coordinator removed this record in bundle {sequence}."),
    ADOPTED: N_("The coordinator adopted this correction in bundle {sequence}."),
}


@dataclass
class Amendment:
    id: str
    record_id: str
    kind: str
    title: str
    field: str
    value: Any
    base_value: Any
    base_version: int
    author: str
    created_at: str
    state: str
    reason: str
    resolved_at: str | None
    published_value: Any = None

    def to_json(self) -> dict[str, Any]:
        return {"id": self.id, "record_id": self.record_id, "kind": self.kind, "title": self.title,
                "field": self.field, "value": self.value, "base_value": self.base_value,
                "base_version": self.base_version, "author": self.author, "created_at": self.created_at,
                "state": self.state, "reason": self.reason, "resolved_at": self.resolved_at,
                "published_value": self.published_value, "reason_text": reason_text(self.reason),
                "to_report": self.state == "active"}


def reason_text(reason: str, lang: str | None = None) -> str:
    """The reason code stored by `reconcile` ("changed:7") as a sentence in the user's language."""
    code, _, sequence = reason.partition(":")
    if code in REASONS and sequence.isdigit():
        return tr(REASONS[code], lang=lang, sequence=int(sequence))
    return reason


_COLS = "id, record_id, field, value, base_value, base_version, author, created_at, state, reason, resolved_at"


def _load(conn: Connection, where: str, params: tuple[Any, ...]) -> list[Amendment]:
    out = []
    for row in conn.execute(f"SELECT {_COLS} FROM amendments WHERE {where}", params).fetchall():
        rec = conn.execute("SELECT kind, title, data FROM records WHERE id = ?", (row[1],)).fetchone()
        kind, title, data = (rec[0], rec[1], json.loads(rec[2])) if rec else ("", "", {})
        out.append(Amendment(row[0], row[1], kind, title or row[1], row[2], json.loads(row[3]),
                             json.loads(row[4]), int(row[5]), row[6], row[7], row[8], row[9], row[10],
                             data.get(row[2]) if rec else None))
    return out


def amend(vault: Vault, kind: str, record_id: str, field: str, value: Any, author: str) -> Amendment:
    """Record a local correction of one top-level field of a published record; `author` is the operator."""
    author = operators.require(author, "author")
    k = records.kind_of(kind)
    if vault.is_publisher:
        raise ValidationError(N_("On the publisher vault, edit the record itself instead of amending it."))
    published = records.get(vault, k.name, record_id, effective=False)
    if published.origin != "published":
        raise ValidationError(N_("Only records from the coordinator are amended; edit local records directly."))
    try:
        k.field(field)
    except KeyError:
        raise ValidationError(N_("unknown field '{field}'; use one of: {fields}"), field=field,
                              fields=", ".join(fl.name for fl in k.fields)) from None
    merged = {**published.data, field: value}
    cleaned = clean_record(k, merged)
    new_value = cleaned.get(field)
    base_value = published.data.get(field)
    if new_value == base_value:
        raise ValidationError(N_("The new value is the same as the published one; nothing to amend."))
    with vault.transaction() as conn:
        records._check_refs(conn, k, record_id, cleaned)
        conn.execute("UPDATE amendments SET state = 'resolved', reason = 'replaced by a newer amendment', "
                     "resolved_at = ? WHERE record_id = ? AND field = ? AND state = 'active'",
                     (now_iso(), record_id, field))
        aid = str(uuid.uuid4())
        conn.execute("INSERT INTO amendments(id, record_id, field, value, base_value, base_version, author, "
                     "created_at, state) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'active')",
                     (aid, record_id, field, canonical_json(new_value), canonical_json(base_value),
                      published.version, author, now_iso()))
        return _load(conn, "id = ?", (aid,))[0]


def list_amendments(vault: Vault, state: str | None = None) -> list[Amendment]:
    where, params = ("state = ?", (state,)) if state else ("1 = 1", ())
    found = _load(vault.db, where, params)
    return sorted(found, key=lambda a: (sort_key(a.title), a.field, a.created_at))


def conflicts(vault: Vault) -> list[Amendment]:
    return list_amendments(vault, "conflict")


def resolve(vault: Vault, amendment_id: str, *, keep_mine: bool) -> Amendment | None:
    """End a conflict: keep the local value (as a new active amendment) or take the published value."""
    with vault.transaction() as conn:
        found = _load(conn, "id = ? AND state = 'conflict'", (amendment_id,))
        if not found:
            raise NotFound("No open conflict has the id {id}. See 'binder conflicts list'.", id=amendment_id)
        item = found[0]
        conn.execute("UPDATE amendments SET state = 'resolved', resolved_at = ?, reason = ? WHERE id = ?",
                     (now_iso(), "kept mine" if keep_mine else "took the published value", item.id))
        if not keep_mine:
            return None
        row = conn.execute("SELECT kind, data, version FROM records WHERE id = ? AND origin = 'published'",
                           (item.record_id,)).fetchone()
        if row is None:
            raise ValidationError(N_("The coordinator removed this record; the local value cannot be kept "
                                     "on it. Use --take-published and tell the coordinator."))
        current = json.loads(row[1]).get(item.field)
        if current == item.value:
            return None
        aid = str(uuid.uuid4())
        conn.execute("INSERT INTO amendments(id, record_id, field, value, base_value, base_version, author, "
                     "created_at, state) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'active')",
                     (aid, item.record_id, item.field, canonical_json(item.value), canonical_json(current),
                      int(row[2]), item.author, now_iso()))
        return _load(conn, "id = ?", (aid,))[0]


@dataclass(frozen=True)
class Outcome:
    amendment: Amendment
    outcome: str                    # kept | adopted | changed | removed
    incoming_value: Any


def reconcile(conn: Connection, incoming: dict[str, dict[str, Any]], sequence: int, *,
              write: bool) -> list[Outcome]:
    """Decide what an import does to each active amendment; with `write`, record it (same transaction)."""
    outcomes = []
    for item in _load(conn, "state = 'active'", ()):
        data = incoming.get(item.record_id)
        if data is None:
            result, value = REMOVED, None
        else:
            value = data.get(item.field)
            result = KEPT if value == item.base_value else ADOPTED if value == item.value else CHANGED
        outcomes.append(Outcome(item, result, value))
        if write and result != KEPT:
            state = "resolved" if result == ADOPTED else "conflict"
            reason = f"{result}:{sequence}"
            conn.execute("UPDATE amendments SET state = ?, reason = ?, resolved_at = ? WHERE id = ?",
                         (state, reason, now_iso() if state == "resolved" else None, item.id))
    return outcomes
