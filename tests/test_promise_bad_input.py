"""Guarantee 4 — bad input never crashes (issue 7).

Property tests (hypothesis) over every parser of untrusted input: the bundle
frame/envelope/header/age-header reader, a real laptop's full `verify_bundle`
on mutated copies of a genuine bundle, the interchange JSON/CSV/vCard readers
and the whole import path (validation included) on generated documents, and
the check-code lookup. The only exceptions allowed out are
`binder.errors.BinderError` subclasses, and each carries a human message in
English and Swedish; a refused import or bundle leaves the vault unchanged.

CI: ~100-200 examples per property. KRISPARM_FULL=1: 20x more. The long
coverage-guided run is fuzz/ (atheris); see docs/promises.md.
"""
from __future__ import annotations

import json
import re
import string
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from binder.errors import BinderError
from binder.vault.vault import Vault
from tests.promises import FULL, parsers
from tests.promises.crash import content_hash

SCALE = 20 if FULL else 1
PROPERTY = settings(max_examples=150 * SCALE, deadline=None, database=None, derandomize=not FULL,
                    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow,
                                           HealthCheck.data_too_large])


def human(exc: BinderError) -> None:
    """A refusal a stressed person can read, in both languages."""
    en, sv = exc.message("en"), exc.message("sv")
    assert en.strip() and sv.strip(), type(exc)
    assert "Traceback" not in en, en
    missing = set(re.findall(r"\{(\w+)\}", exc.text)) - set(exc.params)
    assert not missing, f"unfilled placeholders {missing} in {exc.text!r}"


def refused_or_ok(call: Any, *args: Any) -> Any:
    try:
        return call(*args)
    except BinderError as exc:
        human(exc)
        return exc


# -- bundles ------------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def genuine(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """A publisher, an enrolled laptop and one genuine bundle."""
    from binder.bundle import export_bundle, recipients, trust
    from binder.store import records
    from tests.test_bundle_support import create
    base = tmp_path_factory.mktemp("bad-bundles")
    pub, lap = create(base / "pub", True), create(base / "lap", False)
    records.save(pub, "contact", {"name": "Anna Berg", "channels": [{"kind": "mobile", "value": "070-111 11 11"}]})
    key = trust.export_key(pub, base / "pub.key")
    trust.add_trust(lap, base / "pub.key", key["fingerprint"])
    recipients.add(pub, "lap", recipients.own_recipient(lap)["recipient"])
    path = export_bundle(pub, base).path
    pub.close()
    return {"bytes": path.read_bytes(), "laptop": lap, "base": base}


mutation = st.one_of(
    st.tuples(st.just("flip"), st.integers(0, 10**9), st.integers(1, 255)),
    st.tuples(st.just("cut"), st.integers(0, 10**9), st.just(0)),
    st.tuples(st.just("insert"), st.integers(0, 10**9), st.binary(min_size=1, max_size=64)),
    st.tuples(st.just("splice"), st.integers(0, 10**9), st.binary(min_size=1, max_size=8)),
)


def mutate(data: bytes, ops: list[tuple[str, int, Any]]) -> bytes:
    buf = bytearray(data)
    for op, where, arg in ops:
        if not buf:
            break
        i = where % len(buf)
        if op == "flip":
            buf[i] ^= arg
        elif op == "cut":
            del buf[i:]
        elif op == "insert":
            buf[i:i] = arg
        else:
            buf[i:i + len(arg)] = arg
    return bytes(buf)


@PROPERTY
@given(data=st.binary(max_size=4096))
def test_bundle_frame_reader_on_random_bytes(data: bytes) -> None:
    refused_or_ok(parsers.bundle_frame, data)
    refused_or_ok(parsers.bundle_frame, b"KRISPARM-BUNDLE/1\n" + data)


@PROPERTY
@given(ops=st.lists(mutation, min_size=1, max_size=4))
def test_bundle_frame_reader_on_mutated_genuine_bundles(genuine: dict[str, Any], ops: list[Any]) -> None:
    refused_or_ok(parsers.bundle_frame, mutate(genuine["bytes"], ops))


@settings(PROPERTY, max_examples=60 * SCALE)
@given(ops=st.lists(mutation, min_size=1, max_size=3))
def test_full_verify_of_mutated_bundles_refuses_cleanly_and_changes_nothing(
        genuine: dict[str, Any], ops: list[Any], tmp_path_factory: pytest.TempPathFactory) -> None:
    from binder.bundle import verify_bundle
    lap: Vault = genuine["laptop"]
    before = content_hash(lap.db)
    data = mutate(genuine["bytes"], ops)
    path = tmp_path_factory.mktemp("mut") / "bundle.kbundle"
    path.write_bytes(data)
    result = refused_or_ok(verify_bundle, lap, path)
    if not isinstance(result, BinderError):
        # Every byte is covered by the signature or a signed hash: only an unchanged bundle verifies.
        result.cleanup()
        assert data == genuine["bytes"], "a changed bundle was accepted"
    assert content_hash(lap.db) == before


json_scalar = st.one_of(st.none(), st.booleans(), st.integers(-2**70, 2**70), st.floats(allow_nan=False),
                        st.text(max_size=40))
json_value = st.recursive(json_scalar, lambda inner: st.one_of(
    st.lists(inner, max_size=4), st.dictionaries(st.text(max_size=12), inner, max_size=4)), max_leaves=12)


@PROPERTY
@given(body=st.dictionaries(st.sampled_from(["format", "bundle_id", "sequence", "audience", "issued_at",
                                              "expires_at", "schema_version", "payloads", "plaintext_length",
                                              "counts", "kind_hashes", "key_statements", "publisher"]),
                            json_value, max_size=13))
def test_bundle_header_checks_on_generated_bodies(body: dict[str, Any]) -> None:
    from binder.bundle import header as header_mod
    refused_or_ok(header_mod.check, body)


# -- interchange --------------------------------------------------------------------------------

@PROPERTY
@given(data=st.binary(max_size=2048), suffix=st.sampled_from([".json", ".csv", ".vcf"]))
def test_interchange_readers_on_random_bytes(data: bytes, suffix: str, tmp_path: Path) -> None:
    refused_or_ok(parsers.interchange, data, suffix, tmp_path)


@PROPERTY
@given(text=st.text(alphabet=st.characters(blacklist_categories=["Cs"]), max_size=600),
       suffix=st.sampled_from([".csv", ".vcf"]))
def test_csv_and_vcard_readers_on_random_text(text: str, suffix: str, tmp_path: Path) -> None:
    head = "id,name,channels,crisis_role,deputies,verified_on\n" if suffix == ".csv" else "BEGIN:VCARD\nVERSION:3.0\n"
    refused_or_ok(parsers.interchange, (head + text).encode("utf-8"), suffix, tmp_path)


FIELDS = ["name", "crisis_role", "channels", "deputies", "verified_on", "calls", "notes", "sensitivity",
          "availability", "title", "steps", "depends_on", "tier", "rank", "rto_h", "staff", "start", "end",
          "target_group", "key_messages", "organisation", "provides", "asset_kind", "id"]
record = st.dictionaries(st.sampled_from(FIELDS), json_value, max_size=6)
document = st.fixed_dictionaries({"format": st.just("krisparm-binder"), "format_version": st.just(1)},
                                 optional={"contacts": st.lists(record, max_size=3),
                                           "routines": st.lists(record, max_size=2),
                                           "assets": st.lists(record, max_size=2),
                                           "shifts": st.lists(record, max_size=2),
                                           "binder": st.dictionaries(st.text(max_size=10), json_value, max_size=3),
                                           "log": st.lists(st.dictionaries(
                                               st.sampled_from(["text", "kind", "occurred_at", "author"]),
                                               json_value, max_size=4), max_size=2)})


@PROPERTY
@given(doc=document)
def test_whole_import_path_on_generated_documents(doc: dict[str, Any], vault: Vault, tmp_path: Path) -> None:
    from binder.interchange import import_file
    path = tmp_path / "binder.json"
    path.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    before = content_hash(vault.db)
    result = refused_or_ok(import_file, vault, path, None, None, False)
    if isinstance(result, BinderError):
        assert content_hash(vault.db) == before, "a refused import changed the vault"


@PROPERTY
@given(rows=st.lists(st.lists(st.text(alphabet=string.printable + "åäöÅÄÖ\u202e\x00", max_size=30),
                              min_size=1, max_size=6), max_size=4))
def test_whole_import_path_on_generated_csv(rows: list[list[str]], vault: Vault, tmp_path: Path) -> None:
    import csv
    import io

    from binder.interchange import import_file
    buf = io.StringIO()
    writer = csv.writer(buf)
    writer.writerow(["id", "name", "channels", "deputies", "verified_on", "sensitivity"])
    writer.writerows(rows)
    path = tmp_path / "contacts.csv"
    path.write_text(buf.getvalue(), encoding="utf-8")
    before = content_hash(vault.db)
    if isinstance(refused_or_ok(import_file, vault, path, None, None, False), BinderError):
        assert content_hash(vault.db) == before


# -- check codes --------------------------------------------------------------------------------

@PROPERTY
@given(text=st.text(max_size=40))
def test_check_code_parser_and_lookup(text: str, vault: Vault) -> None:
    from binder.printing.verify import check_code
    normal = parsers.check_code(text)
    assert normal == "" or len(normal) == 8
    result = refused_or_ok(check_code, vault, text)
    assert isinstance(result, BinderError) or result.status == "unknown"


# -- the coverage-guided fuzzer, bounded ----------------------------------------------------------

@pytest.mark.slow
@pytest.mark.parametrize("target", ["bundle", "json", "csv", "vcard", "checkcode"])
def test_atheris_bounded_run(target: str, tmp_path: Path) -> None:
    """A short libFuzzer run of each fuzz target (the long run: docs/promises.md)."""
    pytest.importorskip("atheris")
    import subprocess
    import sys
    root = Path(__file__).resolve().parent.parent
    runs = 200_000 if FULL else 3_000
    seeds = root / "fuzz" / "corpus" / target
    work = tmp_path / "corpus"
    work.mkdir()
    proc = subprocess.run([sys.executable, str(root / "fuzz" / "fuzz_targets.py"), target, f"-runs={runs}",
                           "-print_final_stats=1", f"-artifact_prefix={tmp_path}/", str(work), str(seeds)],
                          capture_output=True, text=True, cwd=tmp_path, timeout=600)
    assert proc.returncode == 0, proc.stderr[-4000:]
    executed = re.search(r"stat::number_of_executed_units:\s*(\d+)", proc.stderr)
    assert executed and int(executed.group(1)) >= runs, proc.stderr[-2000:]


def test_vcard_with_a_list_valued_name_found_by_the_fuzzer(vault: Vault, tmp_path: Path) -> None:
    """RFC 6350 allows several family names ("N:Berg,Lind;Anna"): once a TypeError and a traceback."""
    from binder.interchange import import_file
    from binder.store import records
    card = tmp_path / "contacts.vcf"
    card.write_bytes(b"BEGIN:VCARD\r\nVERSION:3.0\r\nN:Berg,Lind;Anna;;;\r\nTEL;TYPE=CELL:070-111 11 11\r\n"
                     b"END:VCARD\r\n")
    import_file(vault, card)
    assert [c.title for c in records.list_records(vault, "contact")] == ["Anna Berg Lind"]
    crash = (b"BEGIN:VCARD\r\nVERSION:3.0\r\nUID:urias \xc3\x96st\r\nN:\xc3\x96Y:3333-KRISPARM-,VER-45 6L 00\r\n"
             b"END:VCARD\r\n")
    refused_or_ok(parsers.interchange, crash, ".vcf", tmp_path)
