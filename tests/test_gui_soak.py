"""A crisis day in the real window, bounded for CI: at least 3,000 database-worker jobs through
the main window (unlock, bundle imports, ticks, log lines, searches, restoration statuses, lock and
unlock, language switches), then the process's memory and its Qt objects must not be climbing.

The full day (20,000 jobs) runs from bench/bench_soak.py, which reports the RSS growth per 10,000
jobs against the < 5 MB target. A 3,000-job day is too short to measure a few MB per 10,000 jobs
against RSS's own swing, so here RSS may only not set new highs; the Qt, widget and Python
object counts are the sharp test for a leak.
"""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from binder.store import incident_log, restoration, routine_runs
from binder.vault.vault import Vault
from tests.crisis_day import PASSPHRASE, DayReport, Sample

pytestmark = pytest.mark.gui

JOBS = int(os.environ.get("KRISPARM_SOAK_JOBS", "3000"))
CI_RSS_SWING_MB = 6.0                 # the bench's full day is held to the < 5 MB per 10,000 jobs target


def test_a_crisis_day_in_the_window_does_not_leak(tmp_path: Path) -> None:
    # In a fresh process: the suite's earlier tests leave windows and objects behind that would
    # blur the counts (and pytest-qt keeps every Qt message of a test).
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "BINDER_LANG": "en"}
    proc = subprocess.run([sys.executable, "-m", "tests.crisis_day", str(JOBS), "3", str(tmp_path)],
                          capture_output=True, text=True, env=env, cwd=Path(__file__).resolve().parent.parent,
                          timeout=1800)
    assert proc.returncode == 0, proc.stderr[-3000:]
    data = json.loads(proc.stdout.strip().splitlines()[-1])
    report = DayReport([Sample(**s) for s in data["samples"]], data["actions"])
    actions = report.actions
    print("\ncrisis day:", report.jobs, "jobs in", f"{report.samples[-1].seconds:.0f} s;", actions)
    print(f"RSS {report.samples[0].rss_mb:.1f} -> {report.samples[-1].rss_mb:.1f} MB, "
          f"growth {report.growth_per_10k_jobs('rss_mb'):.1f} MB per 10,000 jobs")
    assert report.jobs >= JOBS
    for action in ("unlock", "lock", "step ticked", "search", "status set", "log line", "language switch"):
        assert actions.get(action, 0) >= 1, f"the day never did: {action}"
    assert actions["import"] >= 2 and actions["unlock"] == actions["lock"] + 1

    # Nothing climbs: Qt objects and widgets come back to the same levels (the window is rebuilt on
    # a language switch and sections load lazily, so compare highs), Python objects stay put.
    half = len(report.samples) // 2
    first, second = report.samples[1:half], report.samples[half:]
    for attr, slack in (("qt_objects", 50), ("widgets", 10)):
        assert max(getattr(s, attr) for s in second) <= max(getattr(s, attr) for s in first) + slack, attr
    assert report.growth_per_10k_jobs("python_objects") < 5_000
    # RSS warms up over the first ~1,500 jobs (SQLite's page cache, Qt's caches, malloc arenas),
    # then stays within a few MB (bench_soak: 144 → ~160 MB, then flat to 8,000 jobs). Here: no
    # new high in the second half beyond that swing.
    high_first, high_second = max(s.rss_mb for s in first), max(s.rss_mb for s in second)
    assert high_second <= high_first + CI_RSS_SWING_MB, f"RSS {high_first:.1f} -> {high_second:.1f} MB"

    # And the day's work is in the vault, whole.
    with Vault.open(Path(data["laptop"]), PASSPHRASE) as vault:
        assert incident_log.verify(vault)[0]
        entries = incident_log.entries(vault)
        assert sum(e.text.startswith("Lägesrapport ") for e in entries) == actions["log line"]
        runs = routine_runs.list_runs(vault)
        assert len(runs) == actions["routine started"]
        assert all(step.by == "Soak Operatör" for run in runs for step in run.steps if step.status == "done")
        assert restoration.current_statuses(vault)
