"""The bulk reading of a field report's incident-log entries: all of them at once, field by field.

`read` takes a log line in its commonest canonical form apart with one pattern: the canonical
JSON of a log entry whose strings need no escape (no quote, backslash or control character) is
spelled out exactly, key by key in sorted order, numbers as canonical JSON writes them (at most
18 digits, as the strict reader allows). A line the pattern matches is therefore canonical JSON
whose value is the entry the pattern's groups give; any other line (an escaped character, a
negative number, another layout) is read by the general JSON reader instead.

Most of a report is log entries (20 laptops x 5,000 at a coordinator). The strict reader
(`binder.reports.content`) checks an entry field by field and names the first problem; here
each field is checked for all entries at once, with the same predicates applied to the whole
column (`set(map(type, …))`, `max(map(len, …))`, the character rules of `is_single_line_text`
and `is_normal_text` on the column joined, since each forbids single characters; NFC and the
surrounding-space rule value by value; each distinct time parsed once). `all_valid` says only
"every entry passes": when it does not, nothing is refused here; the strict reader runs and
names the exact problem. So it may be stricter than the reader, never laxer.

The chain hash is computed from the line's own bytes. A canonical log line is exactly
`{"data":<canonical entry>,"type":"log"}`, and `fields_hash` is the SHA-256 of the canonical
entry without its `hash` member. That member is cut out of the bytes: `,"` never occurs inside
a JSON string (a quote in a string is escaped as `\\"`), so the first `,"hash":` in a flat
entry is the member itself, and the entry's first key (`affected`) sorts before it.
"""
from __future__ import annotations

import hashlib
import re
import unicodedata
from datetime import datetime
from functools import partial
from operator import itemgetter
from typing import Any

from binder.model import schema
from binder.model.validate import is_normal_text, is_single_line_text
from binder.store.incident_log import ENTRY_FIELDS

TEXT_LIMIT = 10_000          # the incident log's text limit (binder.store.incident_log)
MAX_TIME_CHARS = 40          # as binder.bundle.header.parse_time
LINE_FIELDS = ("id", "author", "role", "decided_by", "affected", "prev_hash", "hash")
TEXT_FIELDS = ("basis", "text")
TIME_FIELDS = ("recorded_at", "occurred_at")
_KEYS = frozenset(ENTRY_FIELDS)
_HEAD, _TAIL = b'{"data":', b',"type":"log"}'
_HASH_KEY = b',"hash":"'
_is_nfc = partial(unicodedata.is_normalized, "NFC")
_STRING = r'"(?P<{}>[^"\\\x00-\x1f]*)"'              # a JSON string that needs no escape
_NUMBER = "0|[1-9][0-9]{0,17}"                          # a whole number as canonical JSON writes it
_PATTERN = {"seq": f"(?P<seq>{_NUMBER})", "corrects": f"(?P<corrects>null|{_NUMBER})"}
_LINE = re.compile(re.escape('{"data":{')
                   + ",".join(re.escape(f'"{name}":') + _PATTERN.get(name, _STRING.format(name))
                              for name in sorted(ENTRY_FIELDS))
                   + re.escape('},"type":"log"}'))


def read(line: str) -> dict[str, Any] | None:
    """The log entry on a canonical log line whose strings need no escape; None for any other line."""
    found = _LINE.fullmatch(line)
    if found is None:
        return None
    entry: dict[str, Any] = found.groupdict()
    entry["seq"] = int(entry["seq"])
    entry["corrects"] = None if entry["corrects"] == "null" else int(entry["corrects"])
    return entry


def _strings(column: tuple[Any, ...], limit: int, single_line: bool) -> bool:
    """Every value passes `is_single_line_text(v, limit)` (or `is_normal_text(v, limit)`)."""
    if set(map(type, column)) != {str} or max(map(len, column)) > limit:
        return False
    joined = "".join(column)      # the character rules, for every value at once
    if not (is_single_line_text(joined, len(joined)) if single_line else is_normal_text(joined, len(joined))):
        return False
    if single_line and tuple(map(str.strip, column)) != column:
        return False
    return joined.isascii() or all(map(_is_nfc, column))


def _times(column: tuple[Any, ...]) -> bool:
    """Every value is a date and time with an offset (`binder.bundle.header.parse_time`)."""
    if set(map(type, column)) != {str}:
        return False
    for value in set(column):
        if len(value) > MAX_TIME_CHARS:
            return False
        try:
            if datetime.fromisoformat(value).tzinfo is None:
                return False
        except ValueError:
            return False
    return True


def _whole_numbers(column: tuple[Any, ...], optional: bool) -> bool:
    numbers = [v for v in column if v is not None] if optional else column
    return set(map(type, numbers)) <= {int} and min(numbers, default=0) >= 0


def _one_of(column: tuple[Any, ...], choices: tuple[str, ...]) -> bool:
    return set(map(type, column)) == {str} and set(column) <= set(choices)


def hash_from_line(raw: bytes, own: str) -> str | None:
    """`fields_hash` of the entry on the canonical log line `raw`, whose `hash` field is `own`;
    None when the line is not laid out as expected (the caller then takes the slow way)."""
    if not (own.isascii() and own.isalnum()):      # then `"own"` is also its canonical JSON
        return None
    at = raw.find(_HASH_KEY)          # the head `{"data":` holds no `,"`: the first is in the entry
    end = at + len(_HASH_KEY) + len(own)
    if at < 0 or raw[at + len(_HASH_KEY):end] != own.encode("ascii") or raw[end:end + 1] != b'"' \
            or not raw.startswith(_HEAD) or not raw.endswith(_TAIL):
        return None
    return hashlib.sha256(raw[len(_HEAD):at] + raw[end + 1:len(raw) - len(_TAIL)]).hexdigest()


def all_valid(entries: list[Any], lines: list[bytes]) -> bool:
    """True when every log entry (read from the canonical line beside it) passes every check of
    the strict reader: its fields, their forms, times, kind, priority and its own hash."""
    if not entries:
        return True
    if not all(type(e) is dict and e.keys() == _KEYS for e in entries):
        return False
    rows = map(itemgetter(*ENTRY_FIELDS), entries)
    column = dict(zip(ENTRY_FIELDS, zip(*rows, strict=True), strict=True))
    return (_whole_numbers(column["seq"], False) and _whole_numbers(column["corrects"], True)
            and all(_strings(column[name], schema.MAX_STR, True) for name in LINE_FIELDS)
            and all(_strings(column[name], TEXT_LIMIT, False) for name in TEXT_FIELDS)
            and all(_times(column[name]) for name in TIME_FIELDS)
            and _one_of(column["kind"], schema.LOG_KINDS)
            and _one_of(column["priority"], schema.LOG_PRIORITIES)
            and tuple(map(hash_from_line, lines, column["hash"])) == column["hash"])
