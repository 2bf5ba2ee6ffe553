"""The crisis-day soak at full length: the real main window driven through the database worker
(tests/crisis_day.py) for at least 20,000 jobs, sampling RSS and live Qt objects.

Run: .venv/bin/python bench/bench_soak.py [--jobs 20000] [--bundles 12] [--samples 40]
Prints a table (figure, value, target): jobs, time, RSS at start and end, RSS growth per 10,000
jobs (target < 5 MB; least-squares slope after the first quarter), Qt objects and Python objects
per 10,000 jobs, and how often each action ran. Offscreen Qt. tests/test_gui_soak.py runs the same
day bounded (3,000 jobs) in CI.
"""
from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
from bench_output import emit, figure

TARGETS = {"rss_growth_per_10k_jobs_mb": "< 5", "jobs": ">= 20000"}


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--jobs", type=int, default=20_000)
    parser.add_argument("--bundles", type=int, default=12)
    parser.add_argument("--samples", type=int, default=40)
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ.setdefault("BINDER_LANG", "en")
    sys.path.insert(0, str(ROOT))
    from PySide6.QtWidgets import QApplication

    from tests.crisis_day import CrisisDay, Sample, make_world
    app = QApplication([])
    base = Path(tempfile.mkdtemp(prefix="krisparm-soak-"))
    started = time.perf_counter()
    world = make_world(base, args.bundles)
    print(f"made a coordinator binder and {args.bundles} bundles in {time.perf_counter() - started:.1f} s",
          file=sys.stderr)

    def show(sample: Sample) -> None:
        print(f"  {sample.jobs:6d} jobs {sample.seconds:7.1f} s  RSS {sample.rss_mb:6.1f} MB  "
              f"Qt objects {sample.qt_objects:5d}  widgets {sample.widgets:4d}  "
              f"Python objects {sample.python_objects}", file=sys.stderr, flush=True)
    day = CrisisDay(app, world, base / "gui.ini")
    try:
        report = day.run(args.jobs, samples=args.samples, progress=show)
    finally:
        day.close()
    first, last = report.samples[0], report.samples[-1]
    rows: list[tuple[str, str]] = [
        ("jobs", str(report.jobs)),
        ("seconds", f"{last.seconds:.1f}"),
        ("jobs_per_second", f"{report.jobs / last.seconds:.1f}"),
        ("rss_start_mb", f"{first.rss_mb:.1f}"),
        ("rss_end_mb", f"{last.rss_mb:.1f}"),
        ("rss_max_mb", f"{max(s.rss_mb for s in report.samples):.1f}"),
        ("rss_growth_per_10k_jobs_mb", f"{report.growth_per_10k_jobs('rss_mb'):.2f}"),
        ("qt_objects_max_first_half", str(max(s.qt_objects for s in report.samples[:len(report.samples) // 2]))),
        ("qt_objects_max_second_half", str(max(s.qt_objects for s in report.samples[len(report.samples) // 2:]))),
        ("qt_objects_per_10k_jobs", f"{report.growth_per_10k_jobs('qt_objects'):.0f}"),
        ("py_objects_per_10k_jobs", f"{report.growth_per_10k_jobs('python_objects'):.0f}"),
    ]
    rows += [(f"action: {name}", str(count)) for name, count in report.actions.items()]
    print(f"{'figure':32} {'value':>10} {'target':>9}")
    for name, value in rows:
        print(f"{name:32} {value:>10} {TARGETS.get(name, ''):>9}")
    emit("soak", [figure(name, float(value), TARGETS.get(name, ""), unit="", shown=value) for name, value in rows])
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
