"""The situation report and the timeline on paper: real PDFs, read back with pdftotext."""
from __future__ import annotations

import subprocess
from datetime import timedelta
from pathlib import Path

import pytest

from binder.model import clock
from binder.printing import check_code
from binder.printing.sitrep import build_sitrep
from binder.printing.timeline import build_timeline_pdf
from binder.reports import apply as report_apply
from binder.reports import export, verify
from binder.store import incident_log, restoration
from binder.vault.vault import Vault
from tests.records_for_tests import A1
from tests.report_day_fixtures import FieldDay


def _text(pdf: Path) -> str:
    return subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True,
                          check=True).stdout


def _fill(day: FieldDay) -> Vault:
    pub = day.pub
    laps = day.laps
    a = laps["lapA"]
    incident_log.add(a, "Beslut: stäng skolornas wifi", author="Anna", kind="decision",
                     occurred_at="2026-11-25T07:40:00+01:00")
    incident_log.add(a, "Skolornas nät nere", author="Anna", occurred_at="2026-11-25T07:10:00+01:00")
    restoration.set_status(a, A1, "down", by="Anna")
    incident_log.add(pub, "Lägesmöte hållet", author="Samordnaren", kind="situation_report",
                     occurred_at="2026-11-25T09:00:00+01:00")
    report = export.export_report(a, day.out)
    report_apply.import_report(pub, verify.verify_report(pub, report.path))
    return pub


def test_situation_report_pdf(day: FieldDay, tmp_path: Path) -> None:
    pub = _fill(day)
    out = tmp_path / "lägesbild.pdf"
    later = clock.now() + timedelta(hours=5)     # the network has been down for 5 h, its RTO is 4 h
    result = build_sitrep(pub, out, since=clock.parse("2026-11-25T07:00"), lang="sv", now=later)
    text = _text(out)
    assert "Lägesbild" in text and "Testkommun" in text and "How to use" not in text
    assert "Beslut: stäng skolornas wifi" in text and "Stabsrum A" in text and "Lägesmöte hållet" in text
    assert "Skolornas nät nere" not in text               # an observation, not a key event
    assert "Nätverk" in text and "RTO 4 h överskriden" in text and "blockeras av Nätverk" in text
    assert "Invånare" in text or "Invånarna" in text       # the comms plan's target group
    assert "Page" not in text and "Decisions" not in text  # Swedish throughout
    checked = check_code(pub, result.codes[0])
    assert (checked.status, checked.section, checked.page) == ("snapshot", "sitrep", 1)


def test_timeline_pdf_names_every_entry_and_the_chains(day: FieldDay, tmp_path: Path) -> None:
    pub = _fill(day)
    out = tmp_path / "tidslinje.pdf"
    build_timeline_pdf(pub, out, lang="sv")
    text = _text(out)
    lines = [line for line in text.splitlines() if "kolornas" in line or "Lägesmöte" in line]
    assert [("nere" in x, "wifi" in x, "Lägesmöte" in x) for x in lines][:3] == [
        (True, False, False), (False, True, False), (False, False, True)]    # by time occurred
    assert "Stabsrum A: loggbokens kedja är hel (2 anteckningar, sista nummer 2)." in text
    assert "07:10" in text and "Samordnare" in text


def test_same_text_whatever_the_computers_time_zone(day: FieldDay, tmp_path: Path,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    import time
    pub = _fill(day)
    texts = []
    for zone in ("UTC", "America/New_York"):
        monkeypatch.setenv("TZ", zone)
        time.tzset()
        build_timeline_pdf(pub, tmp_path / f"{zone.replace('/', '-')}.pdf", lang="sv")
        texts.append(_text(tmp_path / f"{zone.replace('/', '-')}.pdf"))
    monkeypatch.delenv("TZ")
    time.tzset()
    assert texts[0] == texts[1] and "07:40" in texts[0]
