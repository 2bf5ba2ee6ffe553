"""The full-text index (FTS5 table `search_index`): what goes in, and how a query is written.

One row per record (rowid = the record's rowid) and per log entry (rowid = -seq), in four
columns that carry their own bm25 weight, so ranking happens inside FTS5:

- `name`: the record's title (a contact's or staff member's name, a routine's title, ...);
- `role`: a contact's crisis role, a staff member's roles (the holder of a role comes first);
- `body`: every other searchable text;
- `phones`: every number as digits in each form a person might type (national `070…`,
  international `4670…`) and every suffix of four or more digits, so any run of four or more
  of its digits is a prefix of some token.

Text is folded before FTS5 sees it (letters FTS5's `remove_diacritics` leaves alone: đ ł ø æ ß),
and a query is folded the same way. Every writer of the index (records, bundle import, incident
log) builds its rows here. Migration 0006 created the table; an old vault's index is rebuilt on
first use (`ensure_current`).
"""
from __future__ import annotations

import re
from typing import Any

from binder.model import schema
from binder.model.phones import PHONE_CHANNELS
from binder.model.validate import searchable_text
from binder.vault.database import Connection

COLUMNS = ("name", "role", "body", "phones")
WEIGHTS = (10.0, 12.0, 1.0, 4.0)
BM25 = f"bm25(search_index, {', '.join(str(w) for w in WEIGHTS)})"
INSERT = "INSERT INTO search_index(rowid, name, role, body, phones) VALUES (?, ?, ?, ?, ?)"
STALE_KEY = "search_index_stale"
MIN_DIGIT_RUN = 4

# Letters FTS5's unicode61 tokenizer does not fold (strokes and ligatures).
_FOLD = str.maketrans({"đ": "d", "Đ": "D", "ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "æ": "ae", "Æ": "AE",
                       "ß": "ss", "þ": "th", "Þ": "TH", "ð": "d", "Ð": "D", "ı": "i", "œ": "oe", "Œ": "OE"})
_NON_DIGITS = re.compile(r"\D+")


def fold(text: str) -> str:
    return text.translate(_FOLD)


# -- rows ---------------------------------------------------------------------

def phone_tokens(raw: str, e164: str | None) -> list[str]:
    """Digit strings that make every common writing of the number, and every 4-digit run, a prefix."""
    digits = _NON_DIGITS.sub("", raw)
    forms = {digits} if digits else set()
    international = e164.lstrip("+") if e164 else ""
    if international:
        forms.add(international)
        if international.startswith("46"):
            forms.add("0" + international[2:])
    longest = max(forms, key=len, default="")
    for start in range(1, len(longest) - MIN_DIGIT_RUN + 1):
        forms.add(longest[start:])
    return sorted(forms)


def _roles(kind: str, data: dict[str, Any]) -> list[str]:
    if kind == "contact":
        return [data.get("crisis_role", "")]
    if kind == "staff":
        return list(data.get("roles", []))
    return []


def row(rowid: int, kind: str, data: dict[str, Any], title: str) -> tuple[int, str, str, str, str]:
    """The index row of one record (for `INSERT`)."""
    roles = [r for r in _roles(kind, data) if r]
    phones: list[str] = []
    skip = {title, *roles}
    numbers = set()
    for channel in data.get("channels", []):
        if channel.get("kind") in PHONE_CHANNELS:
            numbers.add(channel.get("value", ""))
            phones.extend(phone_tokens(channel.get("value", ""), channel.get("e164")))
        if channel.get("talk_group"):
            phones.append(channel["talk_group"])
    body = [t for t in searchable_text(schema.KINDS[kind], data) if t not in skip and t not in numbers]
    if kind == "shift":
        body.append(str(data.get("role", "")))
    return (rowid, _name(title), fold("\n".join(roles)), fold("\n".join(body)), " ".join(dict.fromkeys(phones)))


def _name(title: str) -> str:
    """The title as shown (first line), and folded when folding changes it (for FTS5 to match)."""
    folded = fold(title)
    return title if folded == title else f"{title}\n{folded}"


def title_of_name(name: str) -> str:
    """The title as shown, from the `name` column."""
    return name.split("\n", 1)[0]


def log_row(seq: int, text: str, details: list[str]) -> tuple[int, str, str, str, str]:
    """The index row of incident log entry `seq` (rowid -seq; its first line is its title)."""
    return (-seq, _name(text[:120]), "", fold("\n".join(x for x in [text, *details] if x)), "")


def delete(conn: Connection, rowid: int) -> None:
    conn.execute("DELETE FROM search_index WHERE rowid = ?", (rowid,))


def rebuild(conn: Connection) -> int:
    """Rebuild the whole index from the records and the incident log (inside an open transaction)."""
    import json

    from binder.store.records import title_of
    conn.execute("DELETE FROM search_index")
    rows = [row(rowid, kind, json.loads(data), title_of(kind, json.loads(data)))
            for rowid, kind, data in conn.execute("SELECT rowid, kind, data FROM records")]
    for seq, text, author, role, decided_by, basis, affected in conn.execute(
            "SELECT seq, text, author, role, decided_by, basis, affected FROM log_entries"):
        rows.append(log_row(seq, text, [author, role, decided_by, basis, affected]))
    conn.executemany(INSERT, rows)
    conn.execute("INSERT INTO search_index(search_index) VALUES ('optimize')")
    conn.execute("DELETE FROM meta WHERE key = ?", (STALE_KEY,))
    return len(rows)


def ensure_current(conn: Connection) -> None:
    """Rebuild an index that a migration left stale (an upgraded vault), once."""
    if conn.execute("SELECT 1 FROM meta WHERE key = ?", (STALE_KEY,)).fetchone() is None:
        return
    if conn.in_transaction:
        rebuild(conn)
        return
    from binder.vault.database import transaction
    with transaction(conn):
        rebuild(conn)


# -- queries ------------------------------------------------------------------

_PHONE_PART = re.compile(r"[+(]?[\d()\-–./]*\d[\d()\-–./]*")
_WORD_KEEP = re.compile(r"[^\w@.+\-']+")


def query_parts(text: str) -> list[tuple[str, str]]:
    """(word, as typed) for each word of a query, a number written in any common way joined into its digits.

    "+46 70-123 45 67" → ("46701234567", "+46 70-123 45 67"); "0046 70…" → ("4670…", …);
    "Anna" → ("Anna", "Anna").
    """
    parts: list[tuple[str, str]] = []
    pending: list[str] = []

    def flush() -> None:
        if not pending:
            return
        digits = _NON_DIGITS.sub("", "".join(pending))
        if not pending[0].startswith("+") and digits.startswith("00"):
            digits = digits[2:]
        parts.append((digits, " ".join(pending)))
        pending.clear()

    for raw in fold(text).replace('"', " ").split():
        if _PHONE_PART.fullmatch(raw):
            pending.append(raw)
            continue
        flush()
        word = _WORD_KEEP.sub("", raw).strip(".-_'+")
        if word:
            parts.append((word, word))
    flush()
    return parts


def query_words(text: str) -> list[str]:
    return [word for word, _typed in query_parts(text)]


def _term(word: str) -> str:
    return '"' + word.replace('"', "") + '"'


def match_expression(text: str) -> str:
    """A safe FTS5 query: every word must match as a prefix; an exact word scores higher.

    A number matches its digits however it is written; what was typed with separators also
    matches as typed (a date such as 2026-11-23 in a shift or the log).
    """
    parts = []
    for word, typed in query_parts(text):
        term = _term(word)
        if word.isalpha():
            parts.append(f"({term}* OR {term})")
        elif typed != word and any(ch.isdigit() for ch in typed):    # a date or code as typed, too
            parts.append(f"({term}* OR {_term(typed.strip('+()'))}*)")
        else:
            parts.append(f"{term}*")
    return " AND ".join(parts)
