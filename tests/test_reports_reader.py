"""The coordinator's reader of field-report content: the bulk path accepts exactly what the strict
line reader accepts, and every kind of bad entry is still refused with its line number.

The content comes from a real laptop vault (`content.build`); a tampered line is re-encoded
canonically and the header's counts and hashes recomputed, so that only the entry check can
refuse it (as when an enrolled laptop itself sends a bad entry).
"""
from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Callable, Iterable
from datetime import datetime
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from binder.bundle.errors import PayloadError
from binder.model.strict_json import StrictJSONError, canonical, canonical_value, loads_canonical, whole_text
from binder.reports import chain, content, log_lines, timeline
from binder.reports.header import ITEM_TYPES
from binder.store import amendments, incident_log, restoration, routine_runs
from binder.vault.vault import Vault
from tests.records_for_tests import A1, C1, R1
from tests.report_day_fixtures import FieldDay

Header = dict[str, Any]


@pytest.fixture
def report(laptop: Vault) -> tuple[bytes, Header]:
    """A laptop's report body: decisions, multi-line and Swedish text, a correction of an entry."""
    with laptop.transaction() as conn:
        incident_log.append(conn, "Strömavbrott i Norrbacka centrum", author="Åsa Öberg", kind="information",
                            occurred_at="2026-11-25T06:00:00+01:00")
        incident_log.append(conn, "Reservkraft startas\nvid vattenverket", author="Per", kind="decision",
                            decided_by="Krisledningschef", basis="Lägesbild 06:30", priority="high",
                            occurred_at="2026-11-25T06:40:00+01:00")
        incident_log.append(conn, 'Text med "citat", \\ och ,"hash":"x"', author="Per", corrects=1,
                            occurred_at="2026-11-25T05:50:00Z")
    built = content.build(laptop.db, "r-1", 1, "testkommun", "k" * 64, log_after=0, status_after=0)
    return built.body, _header(built.body)


def _header(body: bytes) -> Header:
    """The header fields `parse` compares with: binding values, counts and hashes of `body`."""
    lines = body.split(b"\n")[:-1]
    first = json.loads(lines[0])
    counts: dict[str, int] = {}
    hashers: dict[str, Any] = {}
    for raw in lines[1:]:
        try:
            item = json.loads(raw)
        except ValueError:
            item = None
        kind = item.get("type") if isinstance(item, dict) else None
        kind = kind if isinstance(kind, str) and kind in ITEM_TYPES else "log"
        counts[kind] = counts.get(kind, 0) + 1
        hashers.setdefault(kind, hashlib.sha256()).update(raw + b"\n")
    return {"report_id": first["report_id"], "sequence": first["sequence"], "audience": first["audience"],
            "laptop": first["laptop"], "counts": counts, "hashes": {k: h.hexdigest() for k, h in hashers.items()}}


def _log_line_numbers(body: bytes) -> list[int]:
    return [n for n, raw in enumerate(body.split(b"\n")[:-1], start=1) if raw.endswith(b',"type":"log"}')]


def _replace_line(body: bytes, number: int, raw: bytes) -> bytes:
    lines = body.split(b"\n")[:-1]
    lines[number - 1] = raw
    return b"\n".join(lines) + b"\n"


def _with_entry(body: bytes, number: int, change: Callable[[dict[str, Any]], None], rehash: bool) -> bytes:
    """`body` with the log entry on line `number` changed (and hashed again: then only the changed
    field is wrong) and its line re-encoded canonically."""
    item = json.loads(body.split(b"\n")[number - 1])
    change(item["data"])
    if rehash:
        item["data"]["hash"] = incident_log.fields_hash(item["data"])
    return _replace_line(body, number, canonical(item))


def test_bulk_and_strict_readers_accept_the_same_content(report: tuple[bytes, Header]) -> None:
    body, header = report
    bulk, strict = content._accepted(body, header), content._read_strictly(body, header)
    assert bulk is not None
    assert (bulk.log, bulk.items, bulk.counts, bulk.hashes) == (strict.log, strict.items, strict.counts, strict.hashes)
    assert [_entry(row)["text"] for row in bulk.log][1] == "Reservkraft startas\nvid vattenverket"
    assert content.parse(body, header).counts == {"log": 3}


def _entry(row: tuple[Any, ...]) -> dict[str, Any]:
    return dict(zip(log_lines.ROW, row, strict=True))


def test_a_report_of_every_kind_is_read_in_bulk(day: FieldDay) -> None:
    """Corrections, log, runs and status changes: the bulk path takes each kind's lines (and their
    hashes) from the right place even with Swedish letters and an escaped line among them."""
    lap = day.laps["lapA"]
    incident_log.add(lap, "Ställverket i Övre Ålidhem är översvämmat", author="Åsa Öberg",
                     occurred_at="2026-11-25T06:00:00+01:00")
    incident_log.add(lap, 'Larm: "vatten i källaren"\nkontrollera pumparna', author="Per",
                     occurred_at="2026-11-25T06:10:00+01:00")
    incident_log.add(lap, "Strömmen åter i Ålidhem", author="Örjan", occurred_at="2026-11-25T07:00:00+01:00")
    restoration.set_status(lap, A1, "down", by="Åsa Öberg")
    run = routine_runs.start(lap, R1, started_by="Åsa Öberg")
    routine_runs.set_step(lap, run.id, "1", "done", by="Åsa Öberg")
    amendments.amend(lap, "contact", C1, "job_title", "Förvaltningschef (tf)", author="Åsa Öberg")
    built = content.build(lap.db, "r-1", 1, "testkommun", "k" * 64, log_after=0, status_after=0)
    header = _header(built.body)
    bulk, strict = content._accepted(built.body, header), content._read_strictly(built.body, header)
    assert bulk is not None
    assert bulk.counts == {"correction": 1, "log": 3, "run": 1, "status": 1}
    assert (bulk.log, bulk.items, bulk.counts, bulk.hashes) == (strict.log, strict.items, strict.counts, strict.hashes)


def _set(name: str, value: object) -> Callable[[dict[str, Any]], None]:
    return lambda data: data.__setitem__(name, value)


def _add_extra(data: dict[str, Any]) -> None:
    data["extra"] = "x"


def _drop_basis(data: dict[str, Any]) -> None:
    del data["basis"]


TAMPERED = {
    "text altered after hashing": (_set("text", "Reservkraft startad"), "hash"),
    "direction mark in text": (_set("text", "Reservkraft \u202estartad"), "normal form"),
    "decomposed letter in author": (_set("author", "A\u030asa"), "normal form"),
    "space around author": (_set("author", " Per"), "normal form"),
    "line break in author": (_set("author", "Per\nOla"), "normal form"),
    "delete character in author": (_set("author", "Per\x7f"), "normal form"),
    "delete character in Swedish text": (_set("text", "Åtgärd\x7f"), "normal form"),
    "delete character in id": (_set("id", "e-1\x7f"), "normal form"),
    "non-breaking space in role": (_set("role", "Stab\u00a0chef"), None),
    "author too long": (_set("author", "A" * 301), "normal form"),
    "number true": (_set("seq", True), "whole number"),
    "negative number": (_set("seq", -1), "whole number"),
    "corrects as text": (_set("corrects", "1"), "whole number"),
    "time without offset": (_set("occurred_at", "2026-11-25T06:40:00"), "offset"),
    "time not a time": (_set("recorded_at", "igår"), "offset"),
    "time as number": (_set("occurred_at", 1764049200), "offset"),
    "unknown kind": (_set("kind", "rumour"), "kind"),
    "kind as list": (_set("kind", ["decision"]), "kind"),
    "unknown priority": (_set("priority", "urgent"), "priority"),
    "hash not hex": (_set("hash", "not a hash"), "hash"),
    "extra field": (_add_extra, "fields"),
    "missing field": (_drop_basis, "fields"),
}


@pytest.mark.parametrize("case", sorted(TAMPERED))
def test_every_bad_entry_is_refused_with_its_line(report: tuple[bytes, Header], case: str) -> None:
    body, _ = report
    change, words = TAMPERED[case]
    number = _log_line_numbers(body)[1]
    bad = _with_entry(body, number, change, rehash=case not in ("text altered after hashing", "hash not hex"))
    header = _header(bad)
    if case == "non-breaking space in role":      # allowed text: the bulk path may decline, never refuse
        assert _entry(content.parse(bad, header).log[1])["role"] == "Stab\u00a0chef"
        return
    assert content._accepted(bad, header) is None
    with pytest.raises(PayloadError) as caught:
        content.parse(bad, header)
    message = caught.value.message()
    assert f"line {number}:" in message and "Nothing was changed" in message
    assert words is None or words in message


@pytest.mark.parametrize("raw, words", [
    (b'{"data":{}, "type":"log"}', "canonical"),                  # a space
    (b'{"type":"log","data":{}}', "canonical"),                   # keys out of order
    (b'{"data":{},"data":{},"type":"log"}', "twice"),             # a duplicate key
    (b'{"data":{"seq":1.5},"type":"log"}', "fractional"),
    (b'{"data":"\\ud800","type":"log"}', "surrogate"),
    (b'{"data":' + b"[" * 20 + b"]" * 20 + b',"type":"log"}', "nested"),
    (b'{"data":{},"type":["log"]}', "not an entry"),              # an unhashable kind
    (b'{"data":{},"type":"rumour"}', "not an entry"),
    (b'{"data":{},"type":"correction"}', "grouped"),             # a correction after the log
    (b'["log"]', "not an entry"),
])
@pytest.mark.parametrize("which", [0, 1, 2])      # the first, a middle and the last of the log lines
def test_bad_lines_are_refused_with_their_line(report: tuple[bytes, Header], raw: bytes, words: str,
                                               which: int) -> None:
    body, _ = report
    number = _log_line_numbers(body)[which]
    bad = _replace_line(body, number, raw)
    header = _header(bad)
    assert content._accepted(bad, header) is None
    with pytest.raises(PayloadError) as caught:
        content.parse(bad, header)
    if words == "grouped" and which == 0:         # a correction before the log is in its place: empty
        words = "fields"
    assert f"line {number}" in caught.value.message() and words in caught.value.message()


def test_content_that_differs_from_the_signed_header_is_refused(report: tuple[bytes, Header]) -> None:
    body, header = report
    for changed in ({**header, "counts": {"log": 2}}, {**header, "hashes": {"log": "0" * 64}}):
        assert content._accepted(body, changed) is None
        with pytest.raises(PayloadError, match="differs from its signed header"):
            content.parse(body, changed)


# -- the pieces the bulk path is built from ------------------------------------------------------

_TEXT = st.text(st.characters(exclude_categories=["Cs"]), max_size=40)
_NEEDS_ESCAPE = re.compile('["\\\\\x00-\x1f]')


@settings(max_examples=300, deadline=None)
@given(text=_TEXT, author=_TEXT, role=_TEXT, corrects=st.none() | st.integers(0, 10**6))
def test_the_hash_taken_from_the_line_is_the_entry_hash(text: str, author: str, role: str,
                                                        corrects: int | None) -> None:
    data: dict[str, Any] = dict.fromkeys(incident_log.ENTRY_FIELDS, "")
    data.update(seq=7, corrects=corrects, text=text, author=author, role=role, prev_hash="0" * 64,
                recorded_at="2026-11-25T06:00:00+00:00", occurred_at="2026-11-25T06:00:00+01:00")
    data["hash"] = incident_log.fields_hash(data)
    found = log_lines.groups(canonical({"data": data, "type": "log"}).decode("utf-8"))
    if found is None:            # a string that needs an escape: such lines are read as JSON
        assert _NEEDS_ESCAPE.search(text + author + role)
        return
    altered = {**data, "text": text + "!"}
    forged = log_lines.groups(canonical({"data": altered, "type": "log"}).decode("utf-8"))
    assert forged is not None
    assert log_lines.entry_hashes([found, forged]) == (data["hash"], incident_log.fields_hash(altered))


_ENTRY_ID = "0b9e3c4a-5d6f-4a1b-8c2d-3e4f5a6b7c8d"
_HASH = "9f" * 32


def _plain_entry(fill: str) -> dict[str, Any]:
    """A log entry with `fill` in every text field and the ids and hashes in their usual form."""
    data: dict[str, Any] = dict.fromkeys(incident_log.ENTRY_FIELDS, fill)
    data.update(seq=7, corrects=None, id=_ENTRY_ID, hash=_HASH, prev_hash=incident_log.GENESIS)
    return data


@settings(max_examples=300, deadline=None)
@given(text=_TEXT, author=_TEXT, seq=st.integers(0, 10**18), corrects=st.none() | st.integers(-5, 10**19),
       entry_id=st.sampled_from([_ENTRY_ID, "r-1", ""]), own=st.sampled_from([_HASH, "x"]))
def test_a_log_line_taken_apart_by_the_pattern_is_what_json_reads(text: str, author: str, seq: int,
                                                                  corrects: int | None, entry_id: str,
                                                                  own: str) -> None:
    data = _plain_entry("")
    data.update(seq=seq, corrects=corrects, text=text, author=author, id=entry_id, hash=own)
    line = canonical({"data": data, "type": "log"}).decode("utf-8")
    read = log_lines.read(line)
    if read is not None:
        assert read == json.loads(line)["data"] and canonical({"data": read, "type": "log"}) == line.encode()
    plain = not _NEEDS_ESCAPE.search(text + author) and seq < 10**18 and (corrects is None or 0 <= corrects < 10**18)
    assert (read is not None) == plain


@pytest.mark.parametrize("change", [
    lambda line: line.replace('"seq":7', '"seq":007'),
    lambda line: line.replace('"seq":7', '"seq":7.0'),
    lambda line: line.replace('"seq":7', '"seq":-7'),
    lambda line: line.replace('"seq":7', '"seq":1234567890123456789'),
    lambda line: line.replace('"text":"x"', '"text": "x"'),
    lambda line: line.replace('"text":"x"', '"text":"\\u0078"'),
    lambda line: line.replace('"text":"x"', '"text":"x\\/"'),
    lambda line: line.replace('"type":"log"', '"type":"run"'),
    lambda line: line.replace('{"data":', '{"data" :'),
    lambda line: line + " ",
])
def test_the_pattern_takes_only_canonical_log_lines(change: Callable[[str], str]) -> None:
    data = _plain_entry("x")
    line = canonical({"data": data, "type": "log"}).decode("utf-8")
    assert log_lines.read(line) == data
    assert log_lines.read(change(line)) is None


def _variant(kind: str, seq: int) -> str:
    data = _plain_entry("x")
    data["seq"] = seq
    if kind == "escaped":
        data["text"] = 'ett "citat"'
    line = canonical({"data": data, "type": "log"}).decode("utf-8")
    return {"junk before": "x" + line, "junk after": line + " ", "run": '{"data":{},"type":"run"}',
            "empty": ""}.get(kind, line)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(["plain", "escaped", "junk before", "junk after", "run", "empty"]),
                min_size=1, max_size=8))
def test_the_block_reader_takes_each_line_as_the_line_reader_does(kinds: list[str]) -> None:
    lines = [_variant(kind, seq) for seq, kind in enumerate(kinds, start=1)]
    text = '{"type":"binding"}\n' + "\n".join(lines) + "\n"
    found, others = log_lines.block(text, text.index("\n"), len(text) - 1)
    assert found == [g for g in map(log_lines.groups, lines) if g is not None]
    assert others == [(place, line) for place, line in enumerate(lines) if log_lines.groups(line) is None]


def _each_line(whole: bytes) -> list[Any] | None:
    try:
        return [loads_canonical(raw, "line") for raw in whole.split(b"\n")[:-1]]
    except StrictJSONError:
        return None


def _in_bulk(whole: bytes) -> list[Any] | None:
    """What the bulk path reads: the whole-text rules once, then each line."""
    text = whole_text(whole)
    if text is None:
        return None
    values = []
    for line in text.split("\n")[:-1]:
        ok, value = canonical_value(line)
        if not ok:
            return None
        values.append(value)
    return values


@pytest.mark.parametrize("whole", [
    b'{"a":1}\n[1,2]\n"x"\n',
    b'[1\n2],3\n',                        # the joined text is canonical, the lines are not JSON
    b'{"a":1}\n{"a":1, "b":2}\n',
    b'{"b":1,"a":2}\n',
    b'{"a":"\\u00e5"}\n',                 # an escape that the canonical form does not use
    b'{"a":"\xc3"}\n',                    # not UTF-8
    b'{"a":"x\x00"}\n',
    b'{"a":1}\n{"a":1} \n',
    b'{"a":1}',                           # no final newline
    b'1\n2\n',
])
def test_the_bulk_lines_are_loads_canonical_on_every_line(whole: bytes) -> None:
    expected = _each_line(whole) if whole.endswith(b"\n") else None
    assert _in_bulk(whole) == expected


@settings(max_examples=200, deadline=None)
@given(st.lists(st.recursive(st.none() | st.booleans() | st.integers(-10**6, 10**6) | _TEXT,
                             lambda inner: st.lists(inner, max_size=3) | st.dictionaries(_TEXT, inner, max_size=3),
                             max_leaves=8), min_size=1, max_size=5),
       st.sampled_from(["", " ", "\t"]))
def test_the_bulk_lines_agree_on_generated_documents(values: list[Any], space: str) -> None:
    lines = [canonical(v) for v in values]
    if space:
        lines[-1] = lines[-1].replace(b",", space.encode() + b",", 1)
    whole = b"\n".join(lines) + b"\n"
    assert _in_bulk(whole) == _each_line(whole)


def _chain_by_hand(links: Iterable[tuple[int, str, str]]) -> chain.ChainStatus:
    """The rules of binder.reports.chain written out plainly: the reference for the fast check."""
    by_seq: dict[int, set[tuple[str, str]]] = {}
    for seq, prev_hash, own in links:
        by_seq.setdefault(seq, set()).add((prev_hash, own))
    status = chain.ChainStatus(entries=sum(len(v) for v in by_seq.values()), last_seq=max(by_seq, default=0))
    expected = 1
    for seq in sorted(by_seq):
        if seq > expected:
            status.gaps.append((expected, seq - 1))
        expected = seq + 1
        if len(by_seq[seq]) > 1:
            status.forks.append(seq)
            continue
        (prev_hash, _), = by_seq[seq]
        before = by_seq.get(seq - 1)
        first_unlinked = seq == 1 and prev_hash != incident_log.GENESIS
        later_unlinked = seq != 1 and before is not None and len(before) == 1 and prev_hash != next(iter(before))[1]
        if first_unlinked or later_unlinked:
            status.broken.append(seq)
    return status


_HASHES = st.sampled_from([incident_log.GENESIS, "h1", "h2", "h3", "h4"])


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 8), _HASHES, _HASHES), max_size=14))
def test_chain_check_follows_the_rules(links: list[tuple[int, str, str]]) -> None:
    assert chain.check(links) == _chain_by_hand(links)


def test_timeline_orders_by_the_moment_whatever_the_offset(vault: Vault) -> None:
    with vault.transaction() as conn:
        for stamp in ("2026-11-25T06:30:00+01:00", "2026-11-25T05:45:00+00:00", "2026-11-25T05:40:00Z",
                      "2026-11-25T07:00:00+03:00"):
            incident_log.append(conn, f"Händelse {stamp}", author="Per", occurred_at=stamp)
    moments = [timeline.instant(e.occurred_at) for e in timeline.timeline(vault)]
    assert moments == sorted(moments) and len(moments) == 4
    texts = [e.text[len("Händelse "):] for e in timeline.timeline(vault)]
    assert texts == ["2026-11-25T07:00:00+03:00", "2026-11-25T06:30:00+01:00", "2026-11-25T05:40:00Z",
                     "2026-11-25T05:45:00+00:00"]


def test_timeline_since_compares_moments(vault: Vault) -> None:
    with vault.transaction() as conn:
        incident_log.append(conn, "Före", author="Per", occurred_at="2026-11-25T05:59:00+00:00")
        incident_log.append(conn, "Efter", author="Per", occurred_at="2026-11-25T07:01:00+01:00")
    since = datetime.fromisoformat("2026-11-25T07:00:00+01:00")
    assert [e.text for e in timeline.timeline(vault, since=since)] == ["Efter"]


def test_an_unreadable_time_sorts_first() -> None:
    assert timeline.instant("inte en tid") == timeline.UNREADABLE < timeline.instant("0001-01-02T00:00Z")
    assert timeline.instant("2026-11-25T06:00:00+01:00") == timeline.instant("2026-11-25T05:00:00Z")
