"""Field reports from the command line: enrol with the identity file, write, verify, import,
read the timeline, the board and the corrections (real subprocesses, real vault folders)."""
from __future__ import annotations

import json
from pathlib import Path

from tests.test_bundle_cli import binder, refused


def test_cli_reports_cycle(tmp_path: Path) -> None:
    pub, lap, stick = tmp_path / "pub", tmp_path / "lap", tmp_path / "stick"
    stick.mkdir()
    binder(pub, "init", "--publisher", "--organisation", "Testkommun", "--organisation-id", "testkommun")
    binder(lap, "init")
    asset = json.loads(binder(pub, "add", "assets", "--set", "name=Lönesystemet", "--set", "tier=1",
                              "--set", "asset_kind=system", "--set", "rank=1",
                              "--set", "rto_h=4", "--json").stdout)["id"]
    key = json.loads(binder(pub, "publisher", "export-key", str(stick / "publisher.key"), "--json").stdout)
    binder(lap, "trust", "add", str(stick / "publisher.key"), "--fingerprint", key["fingerprint"])
    ident = json.loads(binder(lap, "identity", "--export", str(stick / "lap.id"), "--json").stdout)
    assert set(ident) == {"recipient", "signing_key", "fingerprint"}
    refused(binder(pub, "recipients", "add", "Stabsrum 1", str(stick / "lap.id"), "--fingerprint",
                   "11111 22222 33333 44444 55555 66666 77777 88888", ok=False), "fingerprint does not match")
    refused(binder(lap, "report", "export", str(stick), ok=False), "does not know where to send reports")
    binder(pub, "recipients", "add", "Stabsrum 1", str(stick / "lap.id"), "--fingerprint", ident["fingerprint"])
    bundle = json.loads(binder(pub, "bundle", "export", str(stick), "--json").stdout)["path"]
    binder(lap, "bundle", "import", bundle, "--yes")

    binder(lap, "--operator", "Anna", "log", "add", "Lönesystemet nere sedan 06:10", "--occurred", "2026-11-25T06:10")
    binder(lap, "--operator", "Anna", "status", asset, "down")
    written = json.loads(binder(lap, "report", "export", str(stick), "--json").stdout)
    assert written["sequence"] == 1 and written["counts"]["log"] == 1 and written["counts"]["status"] == 1
    report = written["path"]
    checked = json.loads(binder(pub, "report", "verify", report, "--json").stdout)
    assert checked["laptop"] == "Stabsrum 1" and checked["already_imported"] is False
    dry = binder(pub, "report", "import", report, "--dry-run")
    assert "Dry run: nothing was changed." in dry.stdout and "log chain intact" in dry.stdout
    assert json.loads(binder(pub, "timeline", "--json").stdout) == []
    refused(binder(pub, "report", "import", report, ok=False, stdin=""), "Add --yes")
    binder(pub, "report", "import", report, "--yes")
    again = binder(pub, "report", "import", report, "--yes")
    assert "already imported" in again.stdout

    entries = json.loads(binder(pub, "timeline", "--json").stdout)
    assert [(e["laptop"], e["author"], e["text"]) for e in entries] == [
        ("Stabsrum 1", "Anna", "Lönesystemet nere sedan 06:10")]
    assert entries[0]["occurred_at"].startswith("2026-11-25T06:10:00+01:00")
    board = json.loads(binder(pub, "board", "--json").stdout)
    assert board[0]["status"] == "down" and board[0]["where"] == "Stabsrum 1"
    binder(pub, "timeline", "--csv", str(tmp_path / "tidslinje.csv"))
    assert "Lönesystemet nere" in (tmp_path / "tidslinje.csv").read_text(encoding="utf-8-sig")
    sv = binder(pub, "--lang", "sv", "timeline")
    assert "06:10  Stabsrum 1 · Anna" in sv.stdout and "kedja är hel" in sv.stdout

    sitrep = json.loads(binder(pub, "sitrep", str(tmp_path / "lägesbild.pdf"), "--json").stdout)
    assert sitrep["sections"] == ["sitrep"] and (tmp_path / "lägesbild.pdf").stat().st_size > 1000
    checked = binder(pub, "pdf-check", sitrep["codes"][0])
    assert "SNAPSHOT" in checked.stdout and "Situation report" in checked.stdout
    binder(pub, "timeline", "--pdf", str(tmp_path / "tidslinje.pdf"))
    refused(binder(pub, "sitrep", "/proc/lägesbild.pdf", ok=False), "Cannot write")

    # A report is not a bundle, and a bundle is not a report.
    refused(binder(lap, "bundle", "import", report, "--yes", ok=False), "not a Krispärm bundle")
    refused(binder(pub, "report", "import", bundle, "--yes", ok=False), "not a Krispärm field report")
