"""The printed binder holds every contact, step and asset, in order, with working TOC and page numbers."""
from __future__ import annotations

import re
import subprocess
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from conftest import FAST_KDF, PASSPHRASE
from printing_fixtures import CJK_NAME, MARKUP_NAME, MARKUP_NOTE, page_texts, populate
from pypdf import PdfReader

from binder.printing import build_pdf
from binder.store import restoration
from binder.vault.vault import Vault


@pytest.fixture(scope="module")
def printed(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, Any]]:
    """One rich binder, built once for the read-only checks of this module."""
    base = tmp_path_factory.mktemp("printed")
    vault, _ = Vault.create(base / "vault", PASSPHRASE, publisher=True, organisation="Testkommun",
                            organisation_id="testkommun", kdf=FAST_KDF)
    made = populate(vault)
    result = build_pdf(vault, base / "binder.pdf", lang="en", copy_number=4)
    yield {"vault": vault, "made": made, "result": result, "texts": page_texts(base / "binder.pdf"),
           "path": base / "binder.pdf"}
    vault.close()


def _pages_with(texts: list[str], needle: str) -> list[int]:
    return [i + 1 for i, t in enumerate(texts) if needle in t]


def test_every_contact_name_and_first_number(printed: dict[str, Any]) -> None:
    texts = printed["texts"]
    contacts_start = _pages_with(texts, "Contacts are grouped by crisis role")[0]
    body = " ".join(texts[contacts_start - 1:])
    for contact in printed["made"]["contacts"]:
        assert contact.data["name"] in body, contact.data["name"]
        assert contact.data["channels"][0]["value"] in body


def test_every_routine_step_in_order(printed: dict[str, Any]) -> None:
    texts = printed["texts"]
    routines_start = _pages_with(texts, "Tick each step when it is done")[0]
    body = " ".join(texts[routines_start - 1:])
    position = 0
    for routine in printed["made"]["routines"]:
        for step in routine.data["steps"]:
            found = body.find(step["instruction"], position)
            assert found >= 0, step["instruction"]
            position = found


def test_assets_in_restoration_order(printed: dict[str, Any]) -> None:
    texts = printed["texts"]
    start = _pages_with(texts, "Restore in this order")[0]
    body = " ".join(texts[start - 1:])
    body = body[:body.find("Reimage list for device groups")]
    order = [item.record.title for item in restoration.plan(printed["vault"])]
    positions = [body.find(name + " ") for name in order]
    assert all(p >= 0 for p in positions), list(zip(order, positions, strict=True))
    assert positions == sorted(positions)
    for item in restoration.plan(printed["vault"]):       # never before a dependency
        for dep in item.record.data.get("depends_on", []):
            dep_name = next(i.record.title for i in restoration.plan(printed["vault"]) if i.record.id == dep)
            assert body.find(dep_name + " ") < body.find(item.record.title + " ")


def test_toc_page_numbers_match(printed: dict[str, Any]) -> None:
    texts = printed["texts"]
    first_section = _pages_with(texts, "Start here.")[0]
    toc = " ".join(texts[1:first_section - 1])
    assert "Contents" in texts[1]
    expected = {"The first hour": "Start here.", "Contacts": "Contacts are grouped by crisis role",
                "Routines": "Tick each step when it is done", "Restoration priority list": "Restore in this order",
                "Call tree": "Work down the list", "Wallet cards": "Cut along the dashed lines",
                "Incident log so far": "entries, oldest first"}
    for title, marker in expected.items():
        # each TOC line reads "title page" (the number is a form filled in after the last page)
        match = re.search(r"(?:^| )" + re.escape(title) + r" (\d+)", toc)
        assert match, title
        page = int(match.group(1))
        assert marker in texts[page - 1], (title, page)
        assert title in texts[page - 1]


def test_page_x_of_y_and_check_code_on_every_page(printed: dict[str, Any]) -> None:
    texts = printed["texts"]
    total = len(texts)
    assert printed["result"].pages == total
    for number, text in enumerate(texts, start=1):
        assert f"Page {number} of {total}" in text
        assert printed["result"].codes[number - 1] in text
        assert "SEKRETESS enl. OSL 18 kap. 13 §" in text
        assert "Version r" in text and "valid as of" in text


def test_markup_in_data_printed_literally(printed: dict[str, Any]) -> None:
    body = " ".join(printed["texts"])
    assert MARKUP_NAME in body
    squeezed = re.sub(r"-\s", "", body).replace(" ", "")   # the narrow cell breaks long words with a hyphen
    assert MARKUP_NOTE.replace(" ", "") in squeezed
    hostname = Path("/etc/hostname")
    if hostname.exists() and hostname.read_text().strip():
        # the "image" must never be embedded: no image XObjects at all
        reader = PdfReader(str(printed["path"]))
        for page in reader.pages:
            resources: Any = page["/Resources"]
            xobjects = resources.get("/XObject") or {}
            assert all(xobject.get_object().get("/Subtype") != "/Image" for xobject in xobjects.values())


def test_other_scripts_print_with_embedded_fonts(printed: dict[str, Any]) -> None:
    assert CJK_NAME in " ".join(printed["texts"])
    out = subprocess.run(["pdffonts", str(printed["path"])], capture_output=True, text=True, check=True).stdout
    rows = [line.split() for line in out.splitlines()[2:] if line.strip()]
    assert rows
    for row in rows:
        # name type encoding emb sub uni ...: 'emb' is the 4th column from the end minus ids
        emb = row[-5]
        assert emb == "yes", row
    assert any("DroidSansFallback" in row[0] for row in rows)


def test_stale_contacts_marked_and_cover_facts(printed: dict[str, Any]) -> None:
    body = " ".join(printed["texts"])
    assert "⚠ STALE: verified 2024-01-01" in body
    cover = printed["texts"][0]
    assert "Copy number 4" in cover
    assert printed["result"].version in cover
    assert "How to use this binder when everything is down" in cover


def test_long_text_wraps_inside_the_page(printed: dict[str, Any]) -> None:
    reader = PdfReader(str(printed["path"]))
    width = float(reader.pages[0].mediabox.width)
    overflow: list[tuple[int, float]] = []
    for page_no, page in enumerate(reader.pages, start=1):
        xs: list[float] = []

        def visit(text: str, cm: Any, tm: Any, font: Any, size: Any, xs: list[float] = xs) -> None:
            if text.strip():
                xs.append(tm[4] * cm[0] + cm[4])

        page.extract_text(visitor_text=visit)
        overflow += [(page_no, x) for x in xs if x < 0 or x > width]
    assert not overflow
    # the 19 000-character note is all there, spread over pages
    assert " ".join(printed["texts"]).count("Mycket lång anteckning") >= 250


def test_deterministic_output(vault: Any, tmp_path: Path) -> None:
    populate(vault, contacts=8, long_note=False)
    first = build_pdf(vault, tmp_path / "a.pdf", lang="sv")
    second = build_pdf(vault, tmp_path / "b.pdf", lang="sv")
    assert (tmp_path / "a.pdf").read_bytes() == (tmp_path / "b.pdf").read_bytes()
    assert first.codes == second.codes
    info = PdfReader(str(tmp_path / "a.pdf")).metadata
    assert info is not None and info.creation_date is not None


def test_letter_paper_and_swedish_labels(vault: Any, tmp_path: Path) -> None:
    populate(vault, contacts=8, long_note=False)
    build_pdf(vault, tmp_path / "l.pdf", paper="letter", lang="sv")
    reader = PdfReader(str(tmp_path / "l.pdf"))
    assert round(float(reader.pages[0].mediabox.width)) == 612
    assert round(float(reader.pages[0].mediabox.height)) == 792
    texts = page_texts(tmp_path / "l.pdf")
    assert "Krispärm" in texts[0]
    assert "Innehåll" in texts[1]
    assert f"Sida 1 av {len(texts)}" in texts[0]


def test_routine_never_starts_in_the_last_lines_of_a_page(vault: Any, tmp_path: Path) -> None:
    populate(vault, contacts=8, long_note=False)
    build_pdf(vault, tmp_path / "r.pdf", lang="en", sections="routines")
    reader = PdfReader(str(tmp_path / "r.pdf"))
    height = float(reader.pages[0].mediabox.height)
    lowest: list[float] = []
    for page in reader.pages:
        def visit(text: str, cm: Any, tm: Any, font: Any, size: Any) -> None:
            if re.fullmatch(r"Rutin \d (aktivering|hantering)", text.strip()) and size * tm[0] > 12:
                lowest.append(tm[5] * cm[3] + cm[5])
        page.extract_text(visitor_text=visit)
    assert len(lowest) == 6
    assert min(lowest) > 19 * 2.835 + 60 * 2.835, (min(lowest), height)
