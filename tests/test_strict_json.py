"""One strict JSON reader: bundles, reports, interchange documents (whole and streamed) and typed
values break on the same rules with the same words; the one parameter (fractions) does what it says.
And the CSV list encoding gives back any list the model can hold."""
from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from binder.bundle import strict_json as bundle_json
from binder.errors import BinderError, BundleError, ValidationError
from binder.interchange import export_file, import_file, tabular
from binder.interchange.json_format import parse, strict_loads
from binder.store import records
from binder.vault.vault import Vault
from tests.records_for_tests import R1, load_sample

# A broken rule inside one record's value, and the words every reader uses for it.
BROKEN = [
    ('{"a":1,"a":2}', 'the key "a" appears twice'),
    ('{"a":NaN}', "NaN is not allowed in JSON"),
    ('{"a":-Infinity}', "-Infinity is not allowed in JSON"),
    ('{"a":1234567890123456789}', "a number is too long (19 digits)"),
    ('{"a":"\\udc00"}', "surrogate"),
    ('{"a":' + "[" * 17 + "]" * 17 + "}", "nested deeper than 16 levels"),
]


def _bundle(text: str) -> str:
    with pytest.raises(BundleError) as info:
        bundle_json.loads(text.encode(), "header")
    return info.value.message("en")


def _typed(text: str) -> str:
    with pytest.raises(ValueError) as info:
        strict_loads(text)
    return str(getattr(info.value, "msg", info.value))


def _document(text: str) -> str:
    doc = '{"format": "krisparm-binder", "format_version": 1,\n "contacts": [\n' + text + "\n]}"
    with pytest.raises(ValidationError) as info:
        parse(Path("binder.json"), doc.encode())
    return info.value.message("en")


@pytest.mark.parametrize("text,words", BROKEN)
def test_every_reader_breaks_on_the_same_rule_with_the_same_words(text: str, words: str) -> None:
    assert words in _bundle(text)
    assert words in _typed(text)
    streamed = _document(text)
    assert words in streamed and streamed.startswith("binder.json:3: JSON: ")


def test_one_duplicate_check_also_at_the_top_of_a_streamed_document() -> None:
    with pytest.raises(ValidationError) as info:
        parse(Path("b.json"), b'{"format": "krisparm-binder",\n"format": "krisparm-binder"}')
    assert info.value.message("en") == 'b.json:2: JSON: the key "format" appears twice.'
    assert 'nyckeln "format"' in info.value.message("sv")


def test_fractions_are_the_one_parameter() -> None:
    assert "fractional numbers are not allowed" in _bundle('{"a":1.5}')
    assert strict_loads('{"a":1.5}') == {"a": 1.5}
    assert "1e999 is not allowed in JSON" in _typed('{"a":1e999}')    # finite or nothing, everywhere
    assert "fractional numbers are not allowed" in _bundle('{"a":1e999}')


def test_a_fraction_in_a_document_is_named_by_the_schema(laptop: Vault, tmp_path: Path) -> None:
    path = tmp_path / "b.json"
    path.write_text('{"format": "krisparm-binder", "format_version": 1, "assets": [{"name": "Server", '
                    '"asset_kind": "system", "tier": 1.5, "rank": 1}]}', encoding="utf-8")
    with pytest.raises(BinderError) as info:
        import_file(laptop, path)
    assert "tier" in info.value.message("en")
    assert records.count(laptop, "asset") == 0


def test_a_record_cut_by_the_reading_window_is_still_held_to_the_rules() -> None:
    """The streaming reader's window (1 MiB) ends inside a record: the rules apply all the same."""
    filler = ",\n".join(f'{{"name": "K{i}", "notes": "{"x" * 1000}"}}' for i in range(1100))
    doc = ('{"format": "krisparm-binder", "format_version": 1, "contacts": [' + filler
           + ',\n{"name": "A", "name": "B"}]}').encode()
    with pytest.raises(ValidationError) as info:
        parse(Path("big.json"), doc)
    assert 'the key "name" appears twice' in info.value.message("en") and "big.json:1101" in info.value.message("en")


# -- CSV lists ------------------------------------------------------------------------------------

# What the model holds in a list of strings: items that are non-empty, single-line, already stripped.
ITEM = st.text(st.characters(blacklist_categories=("Cs", "Cc", "Zl", "Zp")), min_size=1, max_size=30) \
    .map(str.strip).filter(bool)
PIPES = st.lists(st.sampled_from(["|", "\\", " ", "a", "=", "'", "\\|", "| "]), min_size=1, max_size=12) \
    .map(lambda parts: "".join(parts).strip()).filter(bool)


@settings(max_examples=400, deadline=None)
@given(st.lists(st.one_of(ITEM, PIPES), max_size=8))
def test_any_list_round_trips_through_a_csv_cell(items: list[str]) -> None:
    cell = tabular.guard(tabular.join_items(items))
    out = io.StringIO()
    csv.writer(out).writerow(["id", cell])
    (_, back), = csv.reader(io.StringIO(out.getvalue()))
    assert tabular.split_items(tabular.unguard(back)) == items


def test_pipes_and_backslashes_in_list_items_survive_export_and_import(vault: Vault, tmp_path: Path) -> None:
    load_sample(vault)
    routine = records.get(vault, "routine", R1)
    odd = ["El | vatten", "C:\\krislåda\\", "\\|", "=SUMMA(A1)"]
    records.save(vault, "routine", {**routine.data, "scenarios": odd}, record_id=R1)
    export_file(vault, tmp_path / "routines.csv", "routine")
    records.save(vault, "routine", {**routine.data, "scenarios": ["annat"]}, record_id=R1)
    import_file(vault, tmp_path / "routines.csv", "routine", backup=False)
    assert records.get(vault, "routine", R1).data["scenarios"] == odd
