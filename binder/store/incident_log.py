"""The incident log: local, append-only, hash-chained.

Each entry stores the SHA-256 of the previous entry (`prev_hash`) and its own
hash over a canonical JSON of its fields, so `verify()` detects an entry that
was altered, removed or inserted. Corrections are new entries that name the
entry they correct. Triggers in the schema refuse UPDATE and DELETE.
"""
from __future__ import annotations

import hashlib
import json
import uuid
from dataclasses import dataclass
from typing import Any

from binder.errors import NotFound, ValidationError
from binder.i18n import N_
from binder.model import schema
from binder.model.schema import Field
from binder.model.validate import clean_text, parse_datetime
from binder.store import operators, search_index
from binder.vault.database import Connection
from binder.vault.vault import Vault, now_iso

GENESIS = "0" * 64
_TEXT = Field("text", schema.TEXT, "Text", "Text", max_len=10_000)
_LINE = Field("line", schema.STR, "Rad", "Line")


@dataclass
class LogEntry:
    seq: int
    id: str
    recorded_at: str
    occurred_at: str
    author: str
    role: str
    kind: str
    priority: str
    text: str
    decided_by: str = ""
    basis: str = ""
    affected: str = ""
    corrects: int | None = None
    prev_hash: str = GENESIS
    hash: str = ""

    def to_json(self) -> dict[str, Any]:
        return {name: getattr(self, name) for name in ENTRY_FIELDS}   # flat: no deep copy (asdict is slow)

    def hashed_fields(self) -> dict[str, Any]:
        return {name: getattr(self, name) for name in ENTRY_FIELDS if name != "hash"}


ENTRY_FIELDS = tuple(LogEntry.__dataclass_fields__)


def fields_hash(fields: dict[str, Any]) -> str:
    """The chain hash over an entry's fields (all but `hash` itself), as canonical JSON."""
    body = json.dumps({k: v for k, v in fields.items() if k != "hash"}, ensure_ascii=False, sort_keys=True,
                      separators=(",", ":"))
    return hashlib.sha256(body.encode("utf-8")).hexdigest()


def entry_hash(entry: LogEntry) -> str:
    return fields_hash(entry.hashed_fields())


_COLS = ("seq, id, recorded_at, occurred_at, author, role, kind, priority, text, decided_by, basis, "
         "affected, corrects, prev_hash, hash")


def _entry(row: tuple[Any, ...]) -> LogEntry:
    return LogEntry(*row)


def append(conn: Connection, text: str, *, kind: str = "information", priority: str = "normal",
           occurred_at: str | None = None, author: str = "", role: str = "", decided_by: str = "",
           basis: str = "", affected: str = "", corrects: int | None = None,
           recorded_at: str | None = None, entry_id: str | None = None) -> LogEntry:
    """Append one entry inside an open transaction."""
    if kind not in schema.LOG_KINDS:
        raise ValidationError(N_("must be one of: {choices}"), where="kind", choices=", ".join(schema.LOG_KINDS))
    if priority not in schema.LOG_PRIORITIES:
        raise ValidationError(N_("must be one of: {choices}"), where="priority",
                              choices=", ".join(schema.LOG_PRIORITIES))
    text = clean_text(text, _TEXT, "text")
    if not text:
        raise ValidationError(N_("is required"), where="text")
    recorded = recorded_at or now_iso()
    if occurred_at:
        try:
            occurred = parse_datetime(occurred_at).isoformat()
        except ValueError:
            raise ValidationError(N_("expected a date and time (YYYY-MM-DDTHH:MM)"), where="occurred") from None
    else:
        occurred = recorded
    if corrects is not None and conn.execute("SELECT 1 FROM log_entries WHERE seq = ?", (corrects,)).fetchone() is None:
        raise NotFound("No log entry number {seq}.", seq=corrects)
    last = conn.execute("SELECT seq, hash FROM log_entries ORDER BY seq DESC LIMIT 1").fetchone()
    seq, prev = (last[0] + 1, last[1]) if last else (1, GENESIS)
    entry = LogEntry(seq, entry_id or str(uuid.uuid4()), recorded, occurred,
                     clean_text(author, _LINE, "author"), clean_text(role, _LINE, "role"), kind, priority,
                     text, clean_text(decided_by, _LINE, "decided_by"), clean_text(basis, _TEXT, "basis"),
                     clean_text(affected, _LINE, "affected"), corrects, prev)
    entry.hash = entry_hash(entry)
    conn.execute(f"INSERT INTO log_entries({_COLS}) VALUES ({','.join('?' * 15)})",
                 tuple(entry.to_json().values()))
    conn.execute(search_index.INSERT, search_index.log_row(
        seq, text, [entry.author, entry.role, entry.decided_by, entry.basis, entry.affected]))
    return entry


FUTURE_TOLERANCE_S = 300     # clocks differ a little; beyond five minutes "occurred" is a typing error


def occurred_in_future(entry: LogEntry) -> bool:
    """True when the entry says it happened after it was written down (e.g. 2030 for 2026)."""
    return (parse_datetime(entry.occurred_at) - parse_datetime(entry.recorded_at)).total_seconds() > FUTURE_TOLERANCE_S


def add(vault: Vault, text: str, *, author: str, kind: str = "information", decided_by: str = "",
        **kw: Any) -> LogEntry:
    """Log what the operator `author` typed. A decision records who decided: `decided_by`, else the author.

    Unlike `append` (which also takes entries imported from files as they were), the author is required.
    """
    author = operators.require(author, "author")
    if kind == "decision" and not decided_by.strip():
        decided_by = author
    with vault.transaction() as conn:
        return append(conn, text, kind=kind, author=author, decided_by=decided_by, **kw)


def entries(vault: Vault, *, kind: str | None = None, limit: int | None = None,
            descending: bool = False) -> list[LogEntry]:
    sql = f"SELECT {_COLS} FROM log_entries"
    params: list[Any] = []
    if kind:
        sql += " WHERE kind = ?"
        params.append(kind)
    sql += " ORDER BY seq" + (" DESC" if descending else "")
    if limit:
        sql += " LIMIT ?"
        params.append(limit)
    return [_entry(r) for r in vault.db.execute(sql, params)]


def get(vault: Vault, seq: int) -> LogEntry:
    row = vault.db.execute(f"SELECT {_COLS} FROM log_entries WHERE seq = ?", (seq,)).fetchone()
    if row is None:
        raise NotFound("No log entry number {seq}.", seq=seq)
    return _entry(row)


def verify(vault: Vault) -> tuple[bool, int, str]:
    """(ok, entries checked, problem) for the whole chain."""
    prev = GENESIS
    n = 0
    for row in vault.db.execute(f"SELECT {_COLS} FROM log_entries ORDER BY seq"):
        entry = _entry(row)
        n += 1
        if entry.seq != n:
            return False, n, f"entry {n} is missing (found {entry.seq})"
        if entry.prev_hash != prev:
            return False, n, f"entry {entry.seq} does not follow entry {entry.seq - 1}"
        if entry_hash(entry) != entry.hash:
            return False, n, f"entry {entry.seq} has been altered"
        prev = entry.hash
    return True, n, ""


def content_hash(conn: Connection) -> str:
    digest = hashlib.sha256()
    for (h,) in conn.execute("SELECT hash FROM log_entries ORDER BY seq"):
        digest.update(h.encode())
    return digest.hexdigest()
