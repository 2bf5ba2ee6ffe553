"""A stick of field reports goes in as one: every new report, or (one refused at the last moment)
nothing at all; a laptop's reports are stored in number order whatever order they came in."""
from __future__ import annotations

import pytest

from binder.reports import apply as report_apply
from binder.reports import export, timeline, verify
from binder.reports.errors import StaleReport
from binder.store import incident_log
from tests.report_day_fixtures import FieldDay
from tests.test_bundle_support import content_digest

TABLES = ("field_laptops", "field_reports", "field_log", "field_status", "field_runs", "field_corrections")


def test_one_refused_report_keeps_the_whole_stick_out(day: FieldDay) -> None:
    a, b = day.laps["lapA"], day.laps["lapB"]
    incident_log.add(a, "Skolornas nät nere", author="Anna", occurred_at="2026-11-25T07:10:00+01:00")
    incident_log.add(b, "Växeln nere", author="Bertil", occurred_at="2026-11-25T07:20:00+01:00")
    stick = [verify.verify_report(day.pub, export.export_report(lap, day.out).path) for lap in (a, b)]
    # Another import of B's report finishes first (a second window, a script) after the check.
    report_apply.import_report(day.pub, verify.verify_report(day.pub, export.export_report(b, day.out).path))
    before = content_digest(day.pub, TABLES)
    with pytest.raises(StaleReport):
        report_apply.import_reports(day.pub, stick)
    assert content_digest(day.pub, TABLES) == before           # A's report did not go in either
    assert not [e for e in timeline.timeline(day.pub) if e.text == "Skolornas nät nere"]


def test_a_laptops_reports_are_stored_in_number_order(day: FieldDay) -> None:
    a = day.laps["lapA"]
    incident_log.add(a, "Första", author="Anna", occurred_at="2026-11-25T07:10:00+01:00")
    first = export.export_report(a, day.out)
    incident_log.add(a, "Andra", author="Anna", occurred_at="2026-11-25T07:20:00+01:00")
    second = export.export_report(a, day.out)                 # repeats "Första": not yet confirmed
    assert (first.sequence, second.sequence) == (1, 2)
    stick = [verify.verify_report(day.pub, path) for path in (second.path, first.path)]
    shown = report_apply.import_reports(day.pub, stick)
    assert [s.sequence for s in shown] == [2, 1]               # summaries in the order given
    assert [e.text for e in timeline.timeline(day.pub, laptop="Stabsrum A")] == ["Första", "Andra"]
    numbers = [r[0] for r in day.pub.db.execute("SELECT sequence FROM field_reports ORDER BY rowid")]
    assert numbers == [1, 2]
