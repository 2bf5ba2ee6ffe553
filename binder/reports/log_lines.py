"""The bulk reading of a field report's incident-log entries: all of them at once, column by column.

`groups` takes a log line in its commonest canonical form apart with one pattern, and `block`
takes every such line of a report's text in one pass: the canonical JSON of a log entry whose
strings need no escape (no quote, backslash or control character) is spelled out exactly, key by
key in sorted order, numbers as canonical JSON writes them (at most 18 digits, as the strict
reader allows). A line the pattern matches is therefore canonical JSON whose value is the entry
the pattern's groups give; any other line (an escaped character, a negative number, another
layout) is read by the general JSON reader instead.

Most of a report is log entries (20 laptops x 5,000 at a coordinator). The strict reader
(`binder.reports.content`) checks an entry field by field and names the first problem; here
each field is checked for all matched entries at once, with the same predicates applied to the
whole column (`max(map(len, …))`; the character rules of `is_single_line_text` and
`is_normal_text` on the column joined, since each forbids single characters, and on ASCII text
only DEL, the one forbidden character the pattern lets through; NFC and the surrounding-space
rule value by value; each distinct time parsed once). The pattern already guarantees what the
JSON types would (every string a string, every number a whole number of at most 18 digits, no
sign). `checked_rows` says only "every entry passes": when one does not, nothing is refused
here; the strict reader runs and names the exact problem. So it may be stricter than the
reader, never laxer.

The chain hash is computed from the line itself. `fields_hash` is the SHA-256 of the canonical
entry without its `hash` member; on a matched line that is the entry from its `{` to the member
before `hash` (group `before`) followed by the rest after it up to `}` (group `after`), since
canonical JSON sorts keys.

A checked entry is a `Row`: its values in `ROW` order (the keys' sorted order, as on the line),
ready to be stored without being taken apart again.
"""
from __future__ import annotations

import hashlib
import re
import unicodedata
from datetime import datetime
from functools import partial
from operator import add, methodcaller
from typing import Any

from binder.model import schema
from binder.model.validate import is_normal_text, is_single_line_text
from binder.store.incident_log import ENTRY_FIELDS

TEXT_LIMIT = 10_000          # the incident log's text limit (binder.store.incident_log)
MAX_TIME_CHARS = 40          # as binder.bundle.header.parse_time
ROW = tuple(sorted(ENTRY_FIELDS))       # a log entry's values in this order make its Row
Row = tuple[Any, ...]
# `hash` is not among them: equal to the SHA-256 computed here, it is 64 hex digits, which pass.
LINE_FIELDS = ("id", "author", "role", "decided_by", "affected", "prev_hash")
TEXT_FIELDS = ("basis", "text")
TIME_FIELDS = ("recorded_at", "occurred_at")
_is_nfc = partial(unicodedata.is_normalized, "NFC")
_hexdigest = methodcaller("hexdigest")
_STRING = r'"(?P<{}>[^"\\\x00-\x1f]*)"'              # a JSON string that needs no escape
_NUMBER = "0|[1-9][0-9]{0,17}"                          # a whole number as canonical JSON writes it
_PATTERN = {"seq": f"(?P<seq>{_NUMBER})", "corrects": f"(?P<corrects>null|{_NUMBER})"}


def _members(names: list[str]) -> str:
    return ",".join(re.escape(f'"{name}":') + _PATTERN.get(name, _STRING.format(name)) for name in names)


_LINE = re.compile(re.escape('{"data":')
                   + f"(?P<before>{{{_members([n for n in ROW if n < 'hash'])})"
                   + "," + _members(["hash"])
                   + f"(?P<after>,{_members([n for n in ROW if n > 'hash'])}}})"
                   + re.escape(',"type":"log"}'))
_COLUMN = {name: _LINE.groupindex[name] - 1 for name in (*ROW, "before", "after")}   # in Match.groups()
# The same line inside a whole text: it starts with the newline before the line and must be followed
# by the one after it; no string in the pattern takes a newline, so what it takes is one whole line.
_IN_TEXT = re.compile("\n" + _LINE.pattern + "(?=\n)")
LOG_START = '\n{"data":{"affected":'      # every canonical log line starts so ("affected" sorts first)
Groups = tuple[str, ...]                  # the pattern's groups of one line


def groups(line: str) -> Groups | None:
    """The pattern's groups of a log line in the common canonical form; None for any other line."""
    found = _LINE.fullmatch(line)
    return None if found is None else found.groups()


def read(line: str) -> dict[str, Any] | None:
    """The log entry on a canonical log line whose strings need no escape; None for any other line."""
    found = groups(line)
    return None if found is None else dict(zip(ROW, _rows(_columns([found]))[0], strict=True))


def block(text: str, start: int, end: int) -> tuple[list[Groups], list[tuple[int, str]]]:
    """The log lines of `text` from the newline at `start` to the newline at `end` (after the last):
    the groups of every line the pattern takes, and every other line with its place among all.
    All at once (no line taken out of the text) when the pattern takes every line."""
    if text.find("\\", start, end) < 0:           # no escaped character: most likely every line is taken
        found: list[Groups] = _IN_TEXT.findall(text, start, end + 1)
        if len(found) == text.count("\n", start, end):
            return found, []
    found, at = [], start
    others: list[tuple[int, str]] = []
    for taken in _IN_TEXT.finditer(text, start, end + 1):
        others += _between(text, at, taken.start(), len(found) + len(others))
        found.append(taken.groups())
        at = taken.end()
    others += _between(text, at, end, len(found) + len(others))
    return found, others


def _between(text: str, newline: int, next_newline: int, place: int) -> list[tuple[int, str]]:
    """The lines from after the newline at `newline` up to the newline at `next_newline`, each with
    its place among all (the first is at `place`)."""
    lines = text[newline + 1:next_newline].split("\n") if next_newline > newline else []
    return list(enumerate(lines, start=place))


def _columns(found: list[Groups]) -> dict[str, tuple[str, ...]]:
    """The pattern's groups of every line, as one column per group name."""
    columns = list(zip(*found, strict=True))
    return {name: columns[index] for name, index in _COLUMN.items()}


def _rows(column: dict[str, tuple[str, ...]]) -> list[Row]:
    """The entries' Rows from their columns (numbers made numbers)."""
    numbers: dict[str, tuple[int | None, ...]] = {
        "seq": tuple(map(int, column["seq"])),
        "corrects": tuple(None if c == "null" else int(c) for c in column["corrects"])}
    return list(zip(*(numbers[name] if name in numbers else column[name] for name in ROW), strict=True))


def _strings(column: tuple[str, ...], limit: int, single_line: bool) -> bool:
    """Every value (a string, as the pattern ensures) passes `is_single_line_text(v, limit)` (or
    `is_normal_text(v, limit)`)."""
    if max(map(len, column)) > limit:
        return False
    joined = "".join(column)      # the character rules, for every value at once
    if joined.isascii():          # the pattern left out every control character but DEL, the one left
        if "\x7f" in joined:
            return False
    elif not (is_single_line_text(joined, len(joined)) if single_line else is_normal_text(joined, len(joined))):
        return False
    if single_line and tuple(map(str.strip, column)) != column:
        return False
    return joined.isascii() or all(map(_is_nfc, column))


def _times(column: tuple[str, ...]) -> bool:
    """Every value is a date and time with an offset (`binder.bundle.header.parse_time`)."""
    for value in set(column):
        if len(value) > MAX_TIME_CHARS:
            return False
        try:
            if datetime.fromisoformat(value).tzinfo is None:
                return False
        except ValueError:
            return False
    return True


def _hashes(before: tuple[str, ...], after: tuple[str, ...]) -> tuple[str, ...]:
    """`fields_hash` of every matched entry, from the members around its `hash`."""
    bodies = map(str.encode, map(add, before, after))
    return tuple(map(_hexdigest, map(hashlib.sha256, bodies)))


def entry_hashes(found: list[Groups]) -> tuple[str, ...]:
    """`fields_hash` of the entry on each line the pattern took, taken from the line."""
    column = _columns(found)
    return _hashes(column["before"], column["after"])


def checked_rows(found: list[Groups]) -> list[Row] | None:
    """The Rows of the log lines the pattern took when every entry passes every check of the
    strict reader (its fields' forms, times, kind, priority and its own hash); None otherwise."""
    if not found:
        return []
    column = _columns(found)
    ok = (all(_strings(column[name], schema.MAX_STR, True) for name in LINE_FIELDS)
          and all(_strings(column[name], TEXT_LIMIT, False) for name in TEXT_FIELDS)
          and all(_times(column[name]) for name in TIME_FIELDS)
          and set(column["kind"]) <= set(schema.LOG_KINDS)
          and set(column["priority"]) <= set(schema.LOG_PRIORITIES)
          and _hashes(column["before"], column["after"]) == column["hash"])
    return _rows(column) if ok else None
