"""A scripted crisis day with field reports: a coordinator and three laptops.

Bundles go out, reports come back; one report stick is lost, one report is replayed, one is
tampered with, and one laptop's log is forked (its vault copied and both copies used). The
timeline, the restoration board and the proposed corrections must show exactly what happened.
"""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from binder.bundle import recipients
from binder.bundle.errors import FrameError
from binder.errors import BundleError
from binder.reports import apply as report_apply
from binder.reports import board, chain, corrections, export, keys, timeline, verify
from binder.reports.errors import ReportEquivocation, ReportError, StaleReport, UnknownLaptop
from binder.store import amendments, incident_log, restoration, routine_runs
from binder.vault.vault import Vault
from tests.records_for_tests import A1, A2, C1, C2, R1
from tests.report_day_fixtures import FieldDay, create_vault, open_vault, send_bundle
from tests.test_bundle_support import content_digest

REPORT_TABLES = ("field_reports", "field_log", "field_status", "field_runs", "field_corrections", "records",
                 "log_entries", "restoration_status")



def _import(pub: Vault, path: Path) -> report_apply.ReportPreview:
    return report_apply.import_report(pub, verify.verify_report(pub, path))


def test_a_whole_day(day: FieldDay, tmp_path: Path) -> None:
    pub = day.pub
    laps = day.laps
    out = day.out
    a, b, c = laps["lapA"], laps["lapB"], laps["lapC"]

    # Morning: each laptop records what happens there.
    incident_log.add(a, "Skolornas nät nere", author="Anna", occurred_at="2026-11-25T07:10:00+01:00")
    incident_log.add(a, "Beslut: stäng skolornas wifi", author="Anna", kind="decision", decided_by="Anna",
                     occurred_at="2026-11-25T07:40:00+01:00")
    incident_log.add(b, "Hemtjänsten kör på papper", author="Bertil", occurred_at="2026-11-25T07:20:00+01:00")
    incident_log.add(c, "Reservkraft startad", author="Cecilia", occurred_at="2026-11-25T07:05:00+01:00")
    restoration.set_status(a, A1, "down", by="Anna")
    restoration.set_status(b, A1, "rebuilding", by="Bertil")
    run = routine_runs.start(a, R1, started_by="Anna")
    routine_runs.set_step(a, run.id, "1", "done", by="Anna")
    amend_a = amendments.amend(a, "contact", C1, "job_title", "Kommundirektör (tf)", author="Anna")
    amend_b = amendments.amend(b, "contact", C2, "crisis_role", "Stabschef och TiB", author="Bertil")

    reports = {n: export.export_report(laps[n], out) for n in laps}
    assert reports["lapA"].counts == {"log": 2, "status": 1, "run": 1, "correction": 1}
    _import(pub, reports["lapA"].path)
    _import(pub, reports["lapB"].path)
    lost = reports["lapC"].path.rename(tmp_path / "found-later.kreport")   # C's stick is lost on the way

    # The coordinator's next bundle confirms A1 and B1; C's next report must repeat everything.
    send_bundle(pub, [a, b, c], out)
    incident_log.add(a, "Skolornas nät återställt", author="Anna", occurred_at="2026-11-25T11:00:00+01:00")
    restoration.set_status(a, A1, "restored", by="Anna")
    incident_log.add(c, "Personalen vilar", author="Cecilia", occurred_at="2026-11-25T10:00:00+01:00")
    a2, c2 = export.export_report(a, out), export.export_report(c, out)
    assert (a2.sequence, a2.counts["log"], a2.counts["status"]) == (2, 1, 1)     # only what is new since A1
    assert (c2.sequence, c2.counts["log"]) == (2, 2)                              # C1 lost: both entries again
    _import(pub, a2.path)
    _import(pub, c2.path)

    # A replayed old report, the same report again, a tampered one: nothing changes.
    before = content_digest(pub, REPORT_TABLES)
    replayed = verify.verify_report(pub, reports["lapA"].path)
    assert replayed.already_imported and replayed.content is None
    report_apply.import_report(pub, replayed)
    with pytest.raises(StaleReport):                        # the lost stick turns up: C2 holds all of it
        verify.verify_report(pub, lost)
    again = verify.verify_report(pub, a2.path)
    assert again.already_imported
    report_apply.import_report(pub, again)
    tampered = tmp_path / "tampered.kreport"
    data = bytearray(a2.path.read_bytes())
    data[-20] ^= 0x01
    tampered.write_bytes(bytes(data))
    with pytest.raises(FrameError):
        verify.verify_report(pub, tampered)
    assert content_digest(pub, REPORT_TABLES) == before

    # Laptop B's vault is copied; both copies go on logging: the log forks.
    b_path = b.path
    b.close()
    shutil.copytree(b_path, tmp_path / "lapB-copy")
    b = open_vault(b_path)
    b_copy = open_vault(tmp_path / "lapB-copy")
    incident_log.add(b, "Larm från äldreboendet", author="Bertil", occurred_at="2026-11-25T12:00:00+01:00")
    incident_log.add(b_copy, "Annan text på samma plats", author="Okänd", occurred_at="2026-11-25T12:05:00+01:00")
    _import(pub, export.export_report(b, out).path)
    forked = export.export_report(b_copy, out)
    with pytest.raises(ReportEquivocation):                 # same number, different content
        verify.verify_report(pub, forked.path)
    _import(pub, export.export_report(b_copy, out).path)    # its next report is taken, and the fork shown

    # The timeline: every entry of every laptop and the coordinator, by time occurred.
    incident_log.add(pub, "Lägesmöte hållet", author="Samordnaren", occurred_at="2026-11-25T09:00:00+01:00")
    entries = timeline.timeline(pub)
    texts = [e.text for e in entries]
    assert texts == ["Reservkraft startad", "Skolornas nät nere", "Hemtjänsten kör på papper",
                     "Beslut: stäng skolornas wifi", "Lägesmöte hållet", "Personalen vilar",
                     "Skolornas nät återställt", "Larm från äldreboendet", "Annan text på samma plats"]
    by_text = {e.text: e for e in entries}
    assert by_text["Beslut: stäng skolornas wifi"].is_decision
    assert by_text["Beslut: stäng skolornas wifi"].laptop == "Stabsrum A"
    assert by_text["Lägesmöte hållet"].laptop is None
    assert [e.text for e in timeline.timeline(pub, laptop="Stabsrum C")] == ["Reservkraft startad",
                                                                             "Personalen vilar"]
    chains = timeline.chains(pub)
    assert chains["Stabsrum A"].intact and chains["Stabsrum C"].intact
    assert chains["Stabsrum B"].forks == [2] and not chains["Stabsrum B"].gaps

    # The board: the newest status from anywhere, with who and where.
    items = {i.asset_id: i for i in board.board(pub)}
    assert (items[A1].status, items[A1].where, items[A1].set_by) == ("restored", "Stabsrum A", "Anna")
    assert items[A2].status is None and items[A2].blocked_by == []

    # The situation report's content: the decision, the board, the open corrections, the comms plan.
    from binder.model import clock
    from binder.reports import sitrep
    report = sitrep.build(pub, since=clock.parse("2026-11-25T07:30"), now=clock.parse("2026-11-25T13:00"))
    assert [e.text for e in report.events] == ["Beslut: stäng skolornas wifi"]
    assert report.progress["restored"] == 1 and report.progress["unknown"] == 1
    assert {c.id for c in report.corrections} == {amend_a.id, amend_b.id}
    assert [c.title for c in report.comms] == ["Invånare"]

    # Proposed corrections: accept A's, reject B's; the next bundle carries both answers.
    open_items = {x.id: x for x in corrections.list_corrections(pub)}
    assert set(open_items) == {amend_a.id, amend_b.id}
    corrections.accept(pub, amend_a.id[:8], "Samordnaren")
    corrections.reject(pub, amend_b.id, "TiB är en egen roll", "Samordnaren")
    send_bundle(pub, [a, b], out)
    assert amendments.list_amendments(a, "resolved")[0].id == amend_a.id      # the bundle brought its value
    from binder.reports import feedback
    sent = feedback.get(b.db)
    assert sent is not None
    replies = sent.replies
    assert replies == [{"amendment_id": amend_b.id, "reply": "TiB är en egen roll", "state": "rejected"}]
    b.close()
    b_copy.close()
    laps["lapB"] = open_vault(b_path)


def test_a_report_from_a_laptop_not_enrolled_is_refused(day: FieldDay, tmp_path: Path) -> None:
    pub = day.pub
    out = day.out
    stranger = day.laps["lapC"]
    recipients.remove(pub, "Stabsrum C")
    incident_log.add(stranger, "Hej", author="X")
    path = export.export_report(stranger, out).path
    before = content_digest(pub, REPORT_TABLES)
    with pytest.raises(UnknownLaptop):
        verify.verify_report(pub, path)
    assert content_digest(pub, REPORT_TABLES) == before


def test_wrong_fingerprint_and_wrong_side(day: FieldDay, tmp_path: Path) -> None:
    pub = day.pub
    lap = day.laps["lapA"]
    ident = keys.read_identity_file(tmp_path / "lapA.id")
    with pytest.raises(BundleError, match="fingerprint does not match"):
        keys.check_fingerprint(ident, "12345 67890 12345 67890 12345 67890 12345 67890")
    with pytest.raises(ReportError):
        export.export_report(pub, day.out)
    path = export.export_report(lap, day.out).path
    with pytest.raises(ReportError):
        verify.verify_report(lap, path)


def test_a_laptop_without_the_coordinators_address_cannot_write_a_report(tmp_path: Path) -> None:
    lap = create_vault(tmp_path / "lap", False)
    try:
        with pytest.raises(ReportError, match="does not know where to send reports"):
            export.export_report(lap, tmp_path)
        assert not list(tmp_path.glob("*.kreport*"))
    finally:
        lap.close()


def test_chain_check_names_gaps_forks_and_broken_links() -> None:
    g = incident_log.GENESIS
    ok = chain.check([(1, g, "h1"), (2, "h1", "h2"), (3, "h2", "h3")])
    assert ok.intact and ok.last_seq == 3
    gap = chain.check([(1, g, "h1"), (4, "h3", "h4")])
    assert gap.gaps == [(2, 3)]
    fork = chain.check([(1, g, "h1"), (2, "h1", "h2"), (2, "h1", "x2")])
    assert fork.forks == [2]
    broken = chain.check([(1, g, "h1"), (2, "zz", "h2")])
    assert broken.broken == [2]
