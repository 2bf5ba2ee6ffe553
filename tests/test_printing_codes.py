"""Check codes, the print register and --since-print reprints."""
from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from printing_fixtures import page_texts, populate

from binder.errors import PrintError
from binder.printing import build_pdf, check_code, check_codes, list_prints
from binder.store import records


def test_codes_decode_to_page_section_and_version(vault: Any, tmp_path: Path) -> None:
    populate(vault, contacts=8, long_note=False)
    result = build_pdf(vault, tmp_path / "b.pdf", lang="en")
    texts = page_texts(tmp_path / "b.pdf")
    assert len(set(result.codes)) == len(result.codes)          # unique per page
    for page, code in enumerate(result.codes, start=1):
        assert code in texts[page - 1]
        bare = code.replace("-", "")
        assert len(bare) == check_codes.LENGTH and set(bare) <= set(check_codes.ALPHABET)
        found = check_code(vault, code.lower().replace("-", " "))   # typed sloppily still works
        assert (found.status, found.page, found.version) == ("current", page, result.version)
    contacts_page = next(i for i, t in enumerate(texts, 1) if "Contacts are grouped" in t)
    assert check_code(vault, result.codes[contacts_page - 1]).section == "contacts"


def test_altered_page_no_longer_verifies(vault: Any, tmp_path: Path) -> None:
    made = populate(vault, contacts=8, long_note=False)
    result = build_pdf(vault, tmp_path / "b.pdf", lang="en")
    texts = page_texts(tmp_path / "b.pdf")
    contact = made["contacts"][6]
    page = next(i for i, t in enumerate(texts, 1) if contact.data["name"] in t and "Contacts are grouped" in t)
    routine_page = next(i for i, t in enumerate(texts, 1) if "Tick each step when it is done" in t)
    data = dict(records.get(vault, "contact", contact.id).data)
    data["channels"] = [{"kind": "mobile", "value": "070-999 99 99"}]
    records.save(vault, "contact", data, record_id=contact.id)
    old = check_code(vault, result.codes[page - 1])
    assert old.status == "older" and old.version == result.version and old.current_version != result.version
    # a section the change does not touch still verifies as current content
    assert check_code(vault, result.codes[routine_page - 1]).status == "current"
    # the new print's page has a different code, which verifies
    again = build_pdf(vault, tmp_path / "c.pdf", lang="en")
    assert again.codes[page - 1] != result.codes[page - 1]
    assert check_code(vault, again.codes[page - 1]).status == "current"


def test_mistyped_and_foreign_codes_are_unknown(vault: Any, tmp_path: Path) -> None:
    populate(vault, contacts=8, long_note=False)
    result = build_pdf(vault, tmp_path / "b.pdf", lang="en")
    code = result.codes[3].replace("-", "")
    swapped = code[1] + code[0] + code[2:] if code[0] != code[1] else code[::-1]
    altered = code[:-1] + next(c for c in check_codes.ALPHABET if c != code[-1])
    for typed in (altered, swapped, "HELLO", "", "0000-0000"):
        assert check_code(vault, typed).status == "unknown", typed


def test_register_lists_prints(vault: Any, tmp_path: Path) -> None:
    populate(vault, contacts=8, long_note=False)
    build_pdf(vault, tmp_path / "a.pdf", copy_number=1, lang="sv")
    second = build_pdf(vault, tmp_path / "b.pdf", copy_number=2, lang="en", paper="letter",
                       sections="contacts,routines")
    prints = list_prints(vault)
    assert [p.copy_number for p in prints] == [2, 1]
    assert prints[0].sections == ["contacts", "routines"] and prints[0].paper == "letter"
    assert prints[0].pages == second.pages and prints[0].version == second.version


def test_since_print_reprints_only_changed_sections(vault: Any, tmp_path: Path) -> None:
    made = populate(vault, contacts=8, long_note=False)
    first = build_pdf(vault, tmp_path / "full.pdf", lang="en")
    with pytest.raises(PrintError):
        build_pdf(vault, tmp_path / "none.pdf", lang="en", since_print=True)
    comms = records.list_records(vault, "comms")[0]
    changed = dict(comms.data)
    changed["key_messages"] = ["Koka vattnet i tre minuter"]
    records.save(vault, "comms", changed, record_id=comms.id)
    partial = build_pdf(vault, tmp_path / "part.pdf", lang="en", since_print=True)
    assert partial.sections == ["comms"] and partial.partial
    texts = page_texts(tmp_path / "part.pdf")
    assert "Partial reprint: replace pages" in texts[0]
    assert "Koka vattnet i tre minuter" in " ".join(texts)
    assert made["contacts"][5].data["name"] not in " ".join(texts)
    old_comms_pages = [i for i, t in enumerate(page_texts(tmp_path / "full.pdf"), 1) if "Dricksvatten" in t
                       and "Holding statement" in t]
    assert f"pages {old_comms_pages[0]}" in texts[0]
    assert "Unchanged, keep as they are" in texts[0]
    assert partial.pages < first.pages
    # after the reprint, nothing is pending any more
    with pytest.raises(PrintError):
        build_pdf(vault, tmp_path / "none.pdf", lang="en", since_print=True)


def test_bad_options_are_refused(vault: Any, tmp_path: Path) -> None:
    for kwargs in ({"sections": "contacts,nonsense"}, {"paper": "a3"}, {"lang": "de"}, {"copy_number": 0},
                   {"sections": ","}):
        with pytest.raises(PrintError):
            build_pdf(vault, tmp_path / "x.pdf", **kwargs)
    assert not (tmp_path / "x.pdf").exists()
    assert list_prints(vault) == []
