"""Records referred to by people's words: resolve a name or an id prefix, and name what a record refers to.

One resolver for every command that asks for a record (`resolve`): the full id, a unique
prefix of it (four characters or more), or the record's name (exact first, then any single
match of the search). Several candidates refuse with the list (`Ambiguous`, exit 1 on the CLI).
`names` gives the display name (and main number for contacts) of referenced records in one
query, so `show`, `call`, the window and the paper never print a bare UUID.
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass
from typing import Any

from binder.errors import BinderError, NotFound
from binder.i18n import N_
from binder.model import schema
from binder.model.phones import PHONE_CHANNELS
from binder.store import records
from binder.vault.vault import Vault

MIN_PREFIX = 4
MAX_CANDIDATES = 8
_ID_PREFIX = re.compile(r"[0-9a-fA-F-]{4,36}")


class Ambiguous(BinderError):
    """More than one record answers to what was typed."""

    def __init__(self, typed: str, candidates: list[str]) -> None:
        super().__init__(N_("'{typed}' matches several records: {candidates}. Give more of the name or the id."),
                         typed=typed, candidates="; ".join(candidates))
        self.candidates = candidates


@dataclass(frozen=True)
class Ref:
    """A referenced record as a person reads it."""
    kind: str
    id: str
    title: str
    number: str = ""          # a contact's main number

    def label(self) -> str:
        return f"{self.title} ({self.number})" if self.number else self.title

    def to_json(self) -> dict[str, Any]:
        return {"kind": self.kind, "id": self.id, "title": self.title, "number": self.number}


def main_number(data: dict[str, Any]) -> str:
    """The first phone number in calling order ('' when there is none)."""
    for channel in data.get("channels", []):
        if channel.get("kind") in PHONE_CHANNELS and channel.get("value"):
            return str(channel["value"])
    return ""


def _plain(text: str) -> str:
    from binder.store.search import plain
    return " ".join(plain(text).split())


def words_start(wanted: str, text: str) -> bool:
    """True when every word of `wanted` (already plain) begins a word of `text`."""
    tokens = re.split(r"[^\w]+", _plain(text))
    return all(any(t.startswith(w) for t in tokens) for w in re.split(r"[^\w]+", wanted) if w)


def _candidate(kind: str, rid: str, title: str) -> str:
    return f"{title} ({rid[:8]})"


def resolve(vault: Vault, kind: str, text: str) -> str:
    """The id of the one `kind` record that `text` names: an id, an id prefix, or a name."""
    k = records.kind_of(kind)
    wanted = text.strip()
    if not wanted:
        raise NotFound("No {kind} with id {id}.", kind=k.label_en.lower(), id=text)
    conn = vault.db
    if conn.execute("SELECT 1 FROM records WHERE id = ? AND kind = ?", (wanted, k.name)).fetchone():
        return wanted
    if _ID_PREFIX.fullmatch(wanted):
        prefix = wanted.lower()
        rows = conn.execute("SELECT id, title FROM records WHERE id >= ? AND id < ? AND kind = ? LIMIT ?",
                            (prefix, prefix + "\uffff", k.name, MAX_CANDIDATES + 1)).fetchall()
        if len(rows) == 1:
            return str(rows[0][0])
        if rows:
            raise Ambiguous(text, [_candidate(k.name, rid, title) for rid, title in rows[:MAX_CANDIDATES]])
    return _by_name(vault, k.name, wanted)


def _by_name(vault: Vault, kind: str, text: str) -> str:
    from binder.store.search import search
    hits = [h for h in search(vault, text, limit=200) if h.kind == kind]
    if not hits:
        raise NotFound("No {kind} named '{name}'.", kind=schema.KINDS[kind].label_en.lower(), name=text)
    wanted = _plain(text)
    exact = [h for h in hits if _plain(h.title) == wanted]
    in_title = [h for h in hits if words_start(wanted, h.title)]
    chosen = exact or in_title or hits
    if len(chosen) == 1:
        return chosen[0].id
    raise Ambiguous(text, [_candidate(kind, h.id, h.title) for h in chosen[:MAX_CANDIDATES]])


def resolve_run(vault: Vault, text: str) -> str:
    """A routine run by its id or a unique start of it (runs have no name of their own)."""
    rows = vault.db.execute("SELECT id, routine_title FROM routine_runs WHERE id >= ? AND id < ? LIMIT ?",
                            (text, text + "\uffff", MAX_CANDIDATES + 1)).fetchall()
    if len(rows) > 1 and not any(rid == text for rid, _ in rows):
        raise Ambiguous(text, [_candidate("run", rid, title) for rid, title in rows[:MAX_CANDIDATES]])
    return str(rows[0][0]) if len(rows) == 1 else text


def resolve_record(vault: Vault, kind: str, text: str) -> records.Record:
    return records.get(vault, kind, resolve(vault, kind, text))


def names(vault: Vault, ids: list[str]) -> dict[str, Ref]:
    """Display name (and a contact's main number) of each id that exists, in one query per 500 ids."""
    out: dict[str, Ref] = {}
    unique = list(dict.fromkeys(i for i in ids if i))
    for start in range(0, len(unique), 500):
        chunk = unique[start:start + 500]
        marks = ",".join("?" * len(chunk))
        for rid, kind, title, data in vault.db.execute(
                f"SELECT id, kind, title, data FROM records WHERE id IN ({marks})", chunk):
            number = main_number(json.loads(data)) if kind == "contact" else ""
            out[rid] = Ref(kind, rid, title, number)
    return out


def referenced_ids(kind: str, data: dict[str, Any]) -> list[str]:
    """Every id a record refers to (deputies, call tree, step contacts and assets, owners, staff …)."""
    from binder.model.validate import reference_targets
    return [target for _kind, target in reference_targets(schema.KINDS[kind], data)]


def label(refs: dict[str, Ref], rid: str) -> str:
    """A referenced record as text: its name and number, or the id marked as missing."""
    ref = refs.get(rid)
    return ref.label() if ref else f"{rid} (?)"
