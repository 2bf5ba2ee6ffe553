"""What a field report carries, as canonical JSON Lines, and the strict reader for it.

    line 1   {"audience":…,"format":1,"laptop":<key id>,"report_id":…,"sequence":N,"type":"binding"}
    then     {"data":{…},"type":"correction"|"log"|"run"|"status"}, grouped in that order

- log: incident-log entries after the last confirmed report, with their hash chain;
- status: restoration status changes after the last confirmed report;
- run: every routine run on the laptop with the state of each step (small; always sent whole);
- correction: the laptop's open amendments and conflicts, as proposed corrections.

Each line is canonical JSON; `hashes[type]` is the SHA-256 of that type's lines (with
their newlines), `counts[type]` their number; both are repeated in the signed header.

Once read, the log entries are `Content.log`, each a `log_lines.Row` (its values in key order);
the few entries of the other kinds are dicts in `Content.items`.
"""
from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from operator import itemgetter
from typing import Any

from binder.bundle.errors import PayloadError
from binder.bundle.header import parse_time
from binder.bundle.strict_json import canonical, is_int, loads_canonical
from binder.errors import BinderError, ValidationError
from binder.i18n import N_
from binder.model import schema
from binder.model.strict_json import canonical_value, whole_text
from binder.model.validate import is_normal_text, is_single_line_text
from binder.reports import log_lines
from binder.reports.header import ITEM_TYPES, MAX_ITEMS
from binder.store.incident_log import ENTRY_FIELDS, fields_hash
from binder.vault.database import Connection

RUN_STEP_STATES = ("open", "done", "previously_done", "not_applicable")
LOG_COLUMNS = ", ".join(ENTRY_FIELDS)   # the entry's fields, in their order
_TEXT_LIMIT = log_lines.TEXT_LIMIT


@dataclass
class Content:
    body: bytes = b""
    counts: dict[str, int] = field(default_factory=dict)
    hashes: dict[str, str] = field(default_factory=dict)
    log: list[log_lines.Row] = field(default_factory=list)
    items: dict[str, list[dict[str, Any]]] = field(default_factory=lambda: {t: [] for t in ITEM_TYPES if t != "log"})
    log_through: int = 0
    status_through: int = 0


def binding(report_id: str, sequence: int, audience: str, laptop: str) -> dict[str, Any]:
    return {"audience": audience, "format": 1, "laptop": laptop, "report_id": report_id,
            "sequence": sequence, "type": "binding"}


# -- the laptop's side: what to send ------------------------------------------------------------

def _log_items(conn: Connection, after: int) -> Iterator[dict[str, Any]]:
    for row in conn.execute(f"SELECT {LOG_COLUMNS} FROM log_entries WHERE seq > ? ORDER BY seq", (after,)):
        yield dict(zip(ENTRY_FIELDS, row, strict=True))


def _status_items(conn: Connection, after: int) -> Iterator[dict[str, Any]]:
    for r in conn.execute("SELECT id, asset_id, status, at, by, note FROM restoration_status WHERE id > ? "
                          "ORDER BY id", (after,)):
        yield {"id": r[0], "asset_id": r[1], "status": r[2], "at": r[3], "by": r[4], "note": r[5]}


def _run_items(conn: Connection) -> Iterator[dict[str, Any]]:
    steps: dict[str, list[dict[str, Any]]] = {}
    for r in conn.execute("SELECT run_id, step_number, status, by, at, remark FROM run_steps "
                          "ORDER BY run_id, step_number"):
        steps.setdefault(r[0], []).append({"step_number": r[1], "status": r[2], "by": r[3], "at": r[4],
                                           "remark": r[5]})
    for r in conn.execute("SELECT id, routine_id, routine_title, started_at, started_by, ended_at "
                          "FROM routine_runs ORDER BY id"):
        yield {"id": r[0], "routine_id": r[1], "routine_title": r[2], "started_at": r[3],
               "started_by": r[4], "ended_at": r[5], "steps": steps.get(r[0], [])}


def _correction_items(conn: Connection) -> Iterator[dict[str, Any]]:
    for r in conn.execute("SELECT id, record_id, field, value, base_value, author, created_at, reason, state "
                          "FROM amendments WHERE state IN ('active', 'conflict') ORDER BY id"):
        yield {"id": r[0], "record_id": r[1], "field": r[2], "value": json.loads(r[3]),
               "base_value": json.loads(r[4]), "author": r[5], "created_at": r[6], "reason": r[7],
               "state": r[8]}


def build(conn: Connection, report_id: str, sequence: int, audience: str, laptop: str, *,
          log_after: int, status_after: int) -> Content:
    """Serialise what this laptop has recorded that the coordinator has not confirmed."""
    out = Content()
    parts = [canonical(binding(report_id, sequence, audience, laptop)) + b"\n"]
    sources = {"correction": _correction_items(conn), "log": _log_items(conn, log_after),
               "run": _run_items(conn), "status": _status_items(conn, status_after)}
    out.log_through, out.status_through = log_after, status_after
    for kind in ITEM_TYPES:
        hasher, count = hashlib.sha256(), 0
        for data in sources[kind]:
            line = canonical({"data": data, "type": kind}) + b"\n"
            parts.append(line)
            hasher.update(line)
            count += 1
            if kind == "log":
                out.log_through = max(out.log_through, int(data["seq"]))
            elif kind == "status":
                out.status_through = max(out.status_through, int(data["id"]))
        if count:
            out.counts[kind], out.hashes[kind] = count, hasher.hexdigest()
    out.body = b"".join(parts)
    return out


# -- the coordinator's side: the strict reader --------------------------------------------------

def _error(number: int, text: str, **params: object) -> PayloadError:
    return PayloadError(N_("Report content, line {line}: {problem} Nothing was changed."),
                        line=number, problem=BinderError(text, **params).message())


def _shape(data: Any, keys: set[str]) -> None:
    if not isinstance(data, dict) or set(data) != keys:
        raise ValidationError(N_("the fields are not those of this kind of entry."))


def _text(data: dict[str, Any], name: str, multi_line: bool = False) -> None:
    """Text exactly as the laptop's own validation leaves it (never normalised here: refused)."""
    ok = (is_normal_text(data[name], _TEXT_LIMIT) if multi_line
          else is_single_line_text(data[name], schema.MAX_STR))
    if not ok:
        raise ValidationError(N_("{field} is not in normal form."), field=name)


def _time(data: dict[str, Any], name: str, optional: bool = False) -> None:
    if optional and data[name] is None:
        return
    try:
        parse_time(data[name], name)
    except BinderError:
        raise ValidationError(N_("{field} is not a date and time with an offset."), field=name) from None


def _whole(data: dict[str, Any], name: str, optional: bool = False) -> None:
    if optional and data[name] is None:
        return
    if not is_int(data[name]) or data[name] < 0:
        raise ValidationError(N_("{field} is not a whole number."), field=name)


def _one_of(data: dict[str, Any], name: str, choices: tuple[str, ...]) -> None:
    if data[name] not in choices:
        raise ValidationError(N_("{field} must be one of: {choices}"), field=name, choices=", ".join(choices))


def _check_log(data: Any) -> None:
    _shape(data, set(ENTRY_FIELDS))
    _whole(data, "seq")
    _whole(data, "corrects", optional=True)
    for name in ("id", "author", "role", "decided_by", "affected", "prev_hash", "hash"):
        _text(data, name)
    for name in ("basis", "text"):
        _text(data, name, multi_line=True)
    _time(data, "recorded_at")
    _time(data, "occurred_at")
    _one_of(data, "kind", schema.LOG_KINDS)
    _one_of(data, "priority", schema.LOG_PRIORITIES)
    if fields_hash(data) != data["hash"]:
        raise ValidationError(N_("the incident-log entry does not match its own hash (altered)."))


def _check_status(data: Any) -> None:
    _shape(data, {"id", "asset_id", "status", "at", "by", "note"})
    _whole(data, "id")
    for name in ("asset_id", "by", "note"):
        _text(data, name)
    _time(data, "at")
    _one_of(data, "status", schema.RESTORATION_STATES)


def _check_run(data: Any) -> None:
    _shape(data, {"id", "routine_id", "routine_title", "started_at", "started_by", "ended_at", "steps"})
    for name in ("id", "routine_id", "routine_title", "started_by"):
        _text(data, name)
    _time(data, "started_at")
    _time(data, "ended_at", optional=True)
    if not isinstance(data["steps"], list) or len(data["steps"]) > schema.MAX_LIST:
        raise ValidationError(N_("the steps are not a list."))
    for step in data["steps"]:
        _shape(step, {"step_number", "status", "by", "at", "remark"})
        for name in ("step_number", "by", "remark"):
            _text(step, name)
        _time(step, "at")
        _one_of(step, "status", RUN_STEP_STATES)


def _check_correction(data: Any) -> None:
    _shape(data, {"id", "record_id", "field", "value", "base_value", "author", "created_at", "reason",
                  "state"})
    for name in ("id", "record_id", "field", "author", "reason"):
        _text(data, name)
    _time(data, "created_at")
    _one_of(data, "state", ("active", "conflict"))


_CHECKS = {"correction": _check_correction, "log": _check_log, "run": _check_run, "status": _check_status}


_ITEM_KEYS = frozenset({"data", "type"})
_ORDER = {kind: position for position, kind in enumerate(ITEM_TYPES)}
_as_row = itemgetter(*log_lines.ROW)        # a log entry read as a dict, as a Row


def parse(plain: bytes, header: dict[str, Any]) -> Content:
    """Check the binding line, every item, counts and hashes; return the validated content.

    A report in which everything is plainly valid is accepted in bulk (`_accepted`, the same
    checks); anything else goes through the line-by-line reader, which names the first problem.
    """
    return _accepted(plain, header) or _read_strictly(plain, header)


def _accepted(plain: bytes, header: dict[str, Any]) -> Content | None:
    """The content when every check passes, taken in bulk; None otherwise (never an error).

    The log lines are one block: the first line starting as a log line (`log_lines.LOG_START`)
    to the last; the few lines of the other kinds come before it (corrections) or after it (runs,
    status changes). The block is read by `log_lines.block`; every other line as JSON.
    """
    text = whole_text(plain)
    if text is None:
        return None
    split = text.find("\n")                         # the newline after the binding line
    ok, first = canonical_value(text[:split])
    if not ok or first != binding(header["report_id"], header["sequence"], header["audience"], header["laptop"]):
        return None
    start = text.find(log_lines.LOG_START, split)   # the newline before the first log line
    if start < 0:
        start = end = len(text) - 1
        found: list[log_lines.Groups] = []
        odd: list[tuple[int, str]] = []
    else:
        end = text.find("\n", text.rfind(log_lines.LOG_START) + 1)     # the newline after the last one
        found, odd = log_lines.block(text, start, end)
    head, tail = text[split + 1:start + 1], text[end + 1:]
    out = Content()
    outside = _other_items(head, tail, out)
    rows = _log_rows(found, odd)
    if outside is None or rows is None:
        return None
    out.log = rows
    out.counts = _counts(out)
    if sum(out.counts.values()) > MAX_ITEMS:
        return None
    out.hashes = outside
    if rows:            # the log block's bytes: all between the lines before it and those after it
        before = len(text[:split + 1].encode("utf-8")) + len(head.encode("utf-8"))
        out.hashes["log"] = hashlib.sha256(memoryview(plain)[before:len(plain) - len(tail.encode("utf-8"))]).hexdigest()
    if out.counts != header["counts"] or out.hashes != header["hashes"]:
        return None
    return out


def _other_items(head: str, tail: str, out: Content) -> dict[str, str] | None:
    """Read the lines before the log block and after it into `out.items`, each kind in its
    place and checked; their hashes per kind. None when anything is amiss."""
    hashers: dict[str, Any] = {}
    order = []
    for place, lines in ((0, head), (2, tail)):
        for line in lines.split("\n")[:-1]:
            item = _checked_item(line)
            if item is None or item[0] == "log":
                return None
            kind, data = item
            order.append((place, _ORDER[kind]))
            out.items[kind].append(data)
            hashers.setdefault(kind, hashlib.sha256()).update(line.encode("utf-8") + b"\n")
    if order != sorted(order) or any(kind > _ORDER["log"] if place == 0 else kind < _ORDER["log"]
                                     for place, kind in order):
        return None                                 # not grouped by kind, in order
    return {kind: h.hexdigest() for kind, h in hashers.items()}


def _log_rows(found: list[log_lines.Groups], odd: list[tuple[int, str]]) -> list[log_lines.Row] | None:
    """The Rows of the log block: the lines the pattern took checked in bulk, the others (an
    escaped character, say) read as JSON and checked one by one; None unless every entry passes."""
    rows = log_lines.checked_rows(found)
    if rows is None or not odd:
        return rows
    read: dict[int, log_lines.Row] = {}
    for place, line in odd:
        item = _checked_item(line)
        if item is None or item[0] != "log":
            return None
        read[place] = _as_row(item[1])
    taken = iter(rows)                              # each entry where it stood
    return [read[place] if place in read else next(taken) for place in range(len(rows) + len(read))]


def _checked_item(line: str) -> tuple[str, Any] | None:
    """(kind, data) of an item line that is canonical JSON and passes its kind's checks; None
    otherwise (never an error: the strict reader then names the problem)."""
    ok, item = canonical_value(line)
    if not ok or type(item) is not dict or item.keys() != _ITEM_KEYS or type(item["type"]) is not str \
            or item["type"] not in _CHECKS:
        return None
    try:
        _CHECKS[item["type"]](item["data"])
    except ValidationError:
        return None
    return item["type"], item["data"]


def _counts(out: Content) -> dict[str, int]:
    counts = {k: len(v) for k, v in out.items.items() if v}
    return {**counts, "log": len(out.log)} if out.log else counts


def _read_strictly(plain: bytes, header: dict[str, Any]) -> Content:
    """Line by line; the first problem is refused with its line number."""
    if not plain.endswith(b"\n"):
        raise PayloadError(N_("The report content does not end with a complete line."))
    lines = plain.split(b"\n")[:-1]
    if not lines:
        raise PayloadError(N_("The report content is empty."))
    if len(lines) - 1 > MAX_ITEMS:
        raise PayloadError(N_("The report holds more than {limit} entries."), limit=MAX_ITEMS)
    first = loads_canonical(lines[0], "report content, line 1", error=PayloadError)
    if first != binding(header["report_id"], header["sequence"], header["audience"], header["laptop"]):
        raise PayloadError(N_("The encrypted content belongs to another report (its first line does not "
                              "match the signed header). Nothing was changed."))
    out = Content()
    hashers: dict[str, Any] = {}
    order = 0
    for index in range(1, len(lines)):
        number, raw = index + 1, lines[index]
        item = loads_canonical(raw, f"report content, line {number}", error=PayloadError)
        if not isinstance(item, dict) or set(item) != _ITEM_KEYS or not isinstance(item["type"], str) \
                or item["type"] not in _CHECKS:
            raise _error(number, N_("not an entry of a field report."))
        kind = item["type"]
        if ITEM_TYPES.index(kind) < order:
            raise _error(number, N_("entries are not grouped by kind."))
        order = ITEM_TYPES.index(kind)
        try:
            _CHECKS[kind](item["data"])
        except ValidationError as exc:
            raise _error(number, N_("{problem}"), problem=exc.message()) from None
        if kind == "log":
            out.log.append(_as_row(item["data"]))
        else:
            out.items[kind].append(item["data"])
        hashers.setdefault(kind, hashlib.sha256()).update(raw + b"\n")
    out.counts = _counts(out)
    out.hashes = {k: h.hexdigest() for k, h in hashers.items()}
    if out.counts != header["counts"] or out.hashes != header["hashes"]:
        raise PayloadError(N_("The report content differs from its signed header (counts or hashes). "
                              "Nothing was changed."))
    return out
