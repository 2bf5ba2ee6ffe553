"""Paper you can run a crisis from: numbers never cut or split, the right person first, no English in a
Swedish binder, one time zone, honest versions (issue 12).

Two binders are printed once per module, in Swedish: the demo municipality and a stress set of
international and satellite numbers with long Swedish compound roles, units and names
(tests/printing_fixtures.py `populate_stress`). Pages are read back with poppler's `pdftotext`.
"""
from __future__ import annotations

import os
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from conftest import FAST_KDF, PASSPHRASE
from printing_fixtures import LONG_ROLE, STRESS_ORG, pdftotext_pages, phone_numbers, populate_stress

from binder import i18n
from binder.demo import create_demo_vault
from binder.printing import build_pdf, check_code
from binder.printing.sections import wallet_cards
from binder.store import incident_log, records
from binder.vault.vault import Vault

SPACES = re.compile(r"\s+")


def _squeeze(text: str) -> str:
    return SPACES.sub(" ", text)


def _unhyphen(text: str) -> str:
    """Text with line-end hyphenation undone and hyphens dropped (to find a wrapped name)."""
    return re.sub(r"-\s+", "", _squeeze(text)).replace("-", "")


@pytest.fixture(scope="module")
def binders(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, Any]]:
    base = tmp_path_factory.mktemp("paper")
    demo, _, _ = create_demo_vault(base / "demo", PASSPHRASE, kdf=FAST_KDF)
    stress, _ = Vault.create(base / "stress", PASSPHRASE, publisher=True, organisation=STRESS_ORG,
                             organisation_id="storsjo", kdf=FAST_KDF)
    made = populate_stress(stress)
    out = {}
    for name, vault in (("demo", demo), ("stress", stress)):
        pdf = base / f"{name}.pdf"
        result = build_pdf(vault, pdf, lang="sv")
        out[name] = {"vault": vault, "pdf": pdf, "result": result, "numbers": phone_numbers(vault),
                     "layout": pdftotext_pages(pdf, layout=True), "raw": pdftotext_pages(pdf, layout=False)}
    out["made"] = made
    yield out
    demo.close()
    stress.close()


@pytest.mark.parametrize("name", ["demo", "stress"])
def test_every_printed_number_is_whole_on_one_line(binders: dict[str, Any], name: str) -> None:
    binder = binders[name]
    checked = 0
    for page, (layout, raw) in enumerate(zip(binder["layout"], binder["raw"], strict=True), start=1):
        lines = [_squeeze(line) for line in layout.splitlines()]
        flowing = _squeeze(raw)
        for number in binder["numbers"]:
            if number in flowing:      # the page prints it (reading order joins a split number again)
                checked += 1
                assert any(number in line for line in lines), f"page {page}: {number} is split over lines"
        assert not re.search(r"\d ?…", layout), f"page {page}: a number is cut short"
    assert checked > len(binder["numbers"])
    assert all(any(n in _squeeze(raw) for raw in binder["raw"]) for n in binder["numbers"])


@pytest.mark.parametrize("name", ["demo", "stress"])
def test_wallet_cards_hold_every_team_name_and_number_in_full(binders: dict[str, Any], name: str) -> None:
    binder = binders[name]
    pages = [i for i, text in enumerate(binder["layout"]) if "Plånbokskort" in text.split("\n", 3)[0]]
    assert pages
    cards = _squeeze(" ".join(binder["raw"][i] for i in pages))
    from binder.printing.context import BinderContext
    ctx = BinderContext.load(binder["vault"], "sv")
    assert ctx.crisis_team
    for _role, person, number in wallet_cards.critical_numbers(ctx):
        assert number in cards and _unhyphen(person) in _unhyphen(cards), person      # wrapped, not cut
    assert "…" not in cards
    assert "ringträd" in cards                      # the call-tree card for the crisis team


def test_long_swedish_words_break_with_a_visible_hyphen(binders: dict[str, Any]) -> None:
    """Undo the breaks at a visible hyphen and every long compound reads whole again; a word cut
    silently ("Kommunledningskonto|ret") would stay cut."""
    pages = binders["stress"]["raw"]
    joined = _squeeze(re.sub(r"(?<=[^\W\d_])-\n(?=[^\W\d_])", "", "\n".join(pages)))
    for phrase in (LONG_ROLE, "Kommunledningskontoret", "Biträdande förvaltningschef för samhällsbyggnadsfrågor",
                   "Ärendehanteringssystem för samhällsbyggnadsnämnden 3",
                   "Pappersblanketter i Kommunledningskontorets reservlokal"):
        assert phrase in joined, phrase
    assert any(re.search(r"[^\W\d_]-\n", page) for page in pages)     # some did break, with a hyphen


def test_first_hour_lists_the_crisis_team_in_crisis_order_with_rakel(binders: dict[str, Any]) -> None:
    team = binders["made"]["team"]
    raw = _squeeze(" ".join(binders["stress"]["raw"]))
    start = raw.index("Krisledningsgruppen I krisordning")
    section = raw[start:raw.index("Återställ först", start)]
    order = [section.find(_squeeze(c.data["name"]).split("-")[0]) for c in team[:4]]
    assert all(p >= 0 for p in order) and order == sorted(order), order       # chair, vice, TiB, spokesperson
    tib = team[2]
    rakel = next(ch["value"] for ch in tib.data["channels"] if ch["kind"] == "rakel")
    assert rakel in section[order[2]:order[3]]
    assert "Kontaktperson 0" not in section            # the county's TiB is not our crisis team


def test_header_fits_the_section_name(binders: dict[str, Any]) -> None:
    headers = [text.split("\n", 1)[0] for text in binders["demo"]["layout"]]
    assert any("Prioriteringslista för återställning" in h for h in headers)
    assert not any("…" in h for h in headers)


def test_never_verified_said_once_per_section_with_the_count(binders: dict[str, Any]) -> None:
    vault = binders["stress"]["vault"]
    contacts = records.list_records(vault, "contact")
    never = sum(1 for c in contacts if not c.data.get("verified_on"))
    text = _squeeze(" ".join(binders["stress"]["raw"]))
    assert f"⚠ {never} av {len(contacts)} kontakter har aldrig verifierats" in text
    assert "verifierad aldrig" not in text
    stale = sum(1 for c in contacts if c.data.get("verified_on"))       # verified 2026-01-05: stale by now
    assert text.count("INAKTUELL: verifierad 2026-01-05") == stale


def untranslated(text: str, *, shortest: int = 12) -> list[str]:
    """English literal pieces of catalogue messages (at least `shortest` characters, not also part of
    the Swedish) found in `text`."""
    found = []
    for source, swedish in i18n.catalogue("sv").items():
        for piece in re.split(r"\{\w*\}", source):
            piece = piece.strip(" .,:;()'")
            if len(piece) >= shortest and piece not in swedish and piece in text:
                found.append(piece)
    return found


def test_swedish_binder_has_no_untranslated_catalogue_string(binders: dict[str, Any]) -> None:
    for name in ("demo", "stress"):
        assert untranslated(_squeeze(" ".join(binders[name]["raw"]))) == [], name


def _cli(vault: Path, *args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    base = dict(os.environ, BINDER_PASSPHRASE=PASSPHRASE, BINDER_KDF_TARGET_MS="30")
    base.pop("BINDER_LANG", None)
    return subprocess.run([sys.executable, "-m", "binder", "--vault", str(vault), "--lang", "sv", *args],
                          capture_output=True, text=True, env=base | (env or {}), timeout=180)


def test_swedish_cli_output_of_print_and_staff_commands(binders: dict[str, Any], tmp_path: Path) -> None:
    vault = binders["stress"]["vault"]
    outputs = [_cli(vault.path, "staff-warnings"), _cli(vault.path, "prints", "list"),
               _cli(vault.path, "pdf", str(tmp_path / "s.pdf"), "--sections", "staff"),
               _cli(vault.path, "pdf-check", binders["stress"]["result"].codes[3]),
               _cli(vault.path, "pdf-check", "ZZZZ-ZZZZ")]
    assert "arbetspass på 14,0 h (över 12 h)" in outputs[0].stdout
    assert outputs[-1].returncode == 1 and "OKÄND" in outputs[-1].stderr
    assert untranslated(" ".join(o.stdout + o.stderr for o in outputs), shortest=8) == []


def test_the_computer_time_zone_changes_nothing(binders: dict[str, Any], tmp_path: Path) -> None:
    vault = binders["stress"]["vault"]
    texts = []
    for zone in ("UTC", "Europe/Stockholm", "America/New_York"):
        out = tmp_path / zone.replace("/", "-") / "binder.pdf"
        out.parent.mkdir()
        done = _cli(vault.path, "pdf", str(out), "--sections", "staff,log", env={"TZ": zone})
        assert done.returncode == 0, done.stderr
        texts.append((out.read_bytes(), "\n".join(pdftotext_pages(out, layout=True)), done.stdout))
    assert texts[0][0] == texts[1][0] == texts[2][0]
    said = [text.replace(str(tmp_path), "").replace(zone.replace("/", "-"), "")
            for (_, _, text), zone in zip(texts, ("UTC", "Europe/Stockholm", "America/New_York"), strict=True)]
    assert said[0] == said[1] == said[2]
    assert "2026-11-20 06:00" in texts[0][1] and "+0" not in texts[0][1]


def test_wallet_cards_print_on_their_own(binders: dict[str, Any], tmp_path: Path) -> None:
    result = build_pdf(binders["demo"]["vault"], tmp_path / "cards.pdf", sections="wallet_cards", lang="sv")
    assert result.sections == ["wallet_cards"]
    pages = pdftotext_pages(tmp_path / "cards.pdf", layout=True)
    assert any("Plånbokskort" in p.split("\n", 1)[0] for p in pages)
    assert not any("Kontakterna är grupperade" in p for p in pages)


def test_laptop_version_shows_local_changes(laptop: Any, tmp_path: Path) -> None:
    vault = laptop
    first = build_pdf(vault, tmp_path / "a.pdf", lang="en")
    assert first.version == "s0"
    records.save(vault, "contact", {"name": "Lokal kontakt", "channels": [{"kind": "mobile",
                                                                            "value": "070-111 22 33"}]})
    incident_log.add(vault, "Lägesbild", kind="situation_report", author="Bo")
    second = build_pdf(vault, tmp_path / "b.pdf", lang="en", sections="contacts")
    assert second.version == "s0+L2"
    assert "Version s0+L2" in " ".join(pdftotext_pages(tmp_path / "b.pdf", layout=False))
    code = vault.db.execute("SELECT code FROM print_pages WHERE print_id = ? AND section = 'contacts'",
                            (first.print_id,)).fetchone()[0]
    old = check_code(vault, code)
    assert old.status == "older" and old.version == "s0" and old.current_version == "s0+L2"
