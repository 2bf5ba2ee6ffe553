"""The fast path for the bulk of a field report: incident-log lines that are plainly valid.

The strict reader (`binder.reports.content`) checks an entry field by field and names the
first problem. Most of a report is log entries (20 laptops x 5,000 at a coordinator), so each
log line is first offered to `accepts`, which runs the same checks in one pass, each at least
as strict as the reader's: `str.isprintable()` is false for every character the single-line
rule forbids (controls, direction marks, invisible characters, line and paragraph breaks are
all Cc, Cf, Zl or Zp); `type(x) is int` refuses `true` as `is_int` does; a time string is
parsed once per report. A line `accepts` turns down is NOT refused here: the strict reader
then checks it and names the exact problem. Never the other way round.

The chain hash is computed from the line's own bytes. A canonical log line is exactly
`{"data":<canonical entry>,"type":"log"}`, and `fields_hash` is the SHA-256 of the canonical
entry without its `hash` member. That member is cut out of the bytes: `,"` never occurs inside
a JSON string (a quote in a string is escaped as `\\"`), so the first `,"hash":` in a flat
entry is the member itself, and the entry's first key (`affected`) sorts before it.
"""
from __future__ import annotations

import hashlib
import unicodedata
from datetime import datetime
from typing import Any

from binder.model import schema
from binder.model.validate import is_normal_text
from binder.store.incident_log import ENTRY_FIELDS

TEXT_LIMIT = 10_000          # the incident log's text limit (binder.store.incident_log)
MAX_TIME_CHARS = 40          # as binder.bundle.header.parse_time
LINE_FIELDS = ("id", "author", "role", "decided_by", "affected", "prev_hash", "hash")
TEXT_FIELDS = ("basis", "text")
TIME_FIELDS = ("recorded_at", "occurred_at")
_KEYS = frozenset(ENTRY_FIELDS)
_HEAD, _TAIL = b'{"data":', b',"type":"log"}'
_HASH_KEY = b',"hash":"'


def _single_line(value: Any) -> bool:
    """`is_single_line_text(value, schema.MAX_STR)`, or stricter (a printable-only string)."""
    return (type(value) is str and len(value) <= schema.MAX_STR and value.isprintable()
            and value == value.strip() and (value.isascii() or unicodedata.is_normalized("NFC", value)))


def _time(value: Any, seen: set[str]) -> bool:
    """A date and time with an offset (`parse_time`); `seen` holds the strings already accepted."""
    if type(value) is not str:
        return False
    if value in seen:
        return True
    if len(value) > MAX_TIME_CHARS:
        return False
    try:
        if datetime.fromisoformat(value).tzinfo is None:
            return False
    except ValueError:
        return False
    seen.add(value)
    return True


def _whole(value: Any) -> bool:
    return type(value) is int and value >= 0


def hash_from_line(raw: bytes, own: str) -> str | None:
    """`fields_hash` of the entry on the canonical log line `raw`, whose `hash` field is `own`;
    None when the line is not laid out as expected (the caller then computes it the slow way)."""
    if not (raw.startswith(_HEAD) and raw.endswith(_TAIL) and own.isascii() and own.isalnum()):
        return None
    body = raw[len(_HEAD):-len(_TAIL)]
    member = _HASH_KEY + own.encode("ascii") + b'"'
    at = body.find(_HASH_KEY)
    if at < 0 or body[at:at + len(member)] != member:
        return None
    return hashlib.sha256(body[:at] + body[at + len(member):]).hexdigest()


def accepts(raw: bytes, data: Any, seen_times: set[str]) -> bool:
    """True when the log entry `data`, read from the canonical line `raw`, passes every check of
    the strict reader (shape, numbers, text forms, times, kind, priority, its own hash)."""
    if type(data) is not dict or data.keys() != _KEYS:
        return False
    if not _whole(data["seq"]) or not (data["corrects"] is None or _whole(data["corrects"])):
        return False
    if not all(_single_line(data[name]) for name in LINE_FIELDS):
        return False
    if not all(is_normal_text(data[name], TEXT_LIMIT) for name in TEXT_FIELDS):
        return False
    if not all(_time(data[name], seen_times) for name in TIME_FIELDS):
        return False
    if data["kind"] not in schema.LOG_KINDS or data["priority"] not in schema.LOG_PRIORITIES:
        return False
    return hash_from_line(raw, data["hash"]) == data["hash"]
