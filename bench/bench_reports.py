"""Benchmark: field reports (issue 16) — export of 5,000 log entries on a laptop; import of 20
laptops' reports of 5,000 entries each at the coordinator plus building the timeline; the
situation report PDF (`binder sitrep`) from the coordinator's vault after that import.

    .venv/bin/python bench/bench_reports.py [--laptops 20] [--entries 5000] [--profile]

The coordinator holds the demo municipality (restoration list, communication plan, shifts),
so the sitrep has every section filled; each laptop's log holds one decision per 500 entries
and a few restoration status changes. `--profile` prints cProfile's top lines of the timed
import + timeline (then the timing includes the profiler's overhead).
"""
from __future__ import annotations

import argparse
import cProfile
import pstats
import shutil
import sys
import tempfile
import time
from datetime import datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from bench_output import emit, figure
from binder.bundle import apply, export_bundle, recipients, trust, verify_bundle
from binder.demo import create_demo_vault
from binder.printing.sitrep import build_sitrep
from binder.reports import apply as report_apply
from binder.reports import export, keys, timeline, verify
from binder.store import incident_log, records, restoration
from binder.vault.vault import Vault

PASSPHRASE = "benchmark passphrase"
FAST_KDF = {"iterations": 1, "memory_kib": 64 * 1024, "lanes": 4}
DECISION_EVERY = 500            # one decision per this many log entries (the sitrep's key events)
STATUS_CHANGES = 5              # restoration status changes per laptop (the sitrep's board)
SITREP_SINCE = datetime.fromisoformat("2026-11-25T00:00:00+01:00")   # the whole benchmark day


def _laptop(path: Path) -> Vault:
    vault, _ = Vault.create(path, PASSPHRASE, publisher=False, organisation="Benchkommun", kdf=FAST_KDF)
    return vault


def _record_day(lap: Vault, number: int, entries: int) -> None:
    """One laptop's day: `entries` log entries (some decisions) and a few restoration changes."""
    with lap.transaction() as conn:
        for n in range(entries):
            decision = n % DECISION_EVERY == 0
            incident_log.append(conn, f"Händelse {n} på dator {number}: strömmen tillbaka i kvarter {n % 97}",
                                author="Operatör", kind="decision" if decision else "information",
                                decided_by="Krisledningschef" if decision else "",
                                occurred_at=f"2026-11-25T{6 + n % 12:02d}:{n % 60:02d}:00+01:00")
    assets = records.list_records(lap, "asset")
    for k in range(STATUS_CHANGES):
        asset = assets[(number * STATUS_CHANGES + k) % len(assets)]
        restoration.set_status(lap, asset.id, ("down", "isolated", "rebuilding")[k % 3], "Operatör")


def _setup(base: Path, laptops: int, entries: int) -> tuple[Vault, list[Vault], Path]:
    """The coordinator (demo municipality) and `laptops` enrolled laptops, each with its day recorded."""
    stick = base / "stick"
    stick.mkdir()
    pub, _, _ = create_demo_vault(base / "pub", PASSPHRASE, kdf=FAST_KDF)
    info = trust.export_key(pub, base / "pub.key")
    laps = []
    for i in range(laptops):
        lap = _laptop(base / f"lap{i}")
        trust.add_trust(lap, base / "pub.key", info["fingerprint"])
        ident = keys.own_identity(lap)
        recipients.add(pub, f"Dator {i + 1}", ident.recipient, ident.signing_key, ident.fingerprint)
        laps.append(lap)
    bundle = export_bundle(pub, stick)
    for i, lap in enumerate(laps):
        apply(lap, verify_bundle(lap, bundle.path))
        _record_day(lap, i, entries)
    return pub, laps, stick


def _import_and_timeline(pub: Vault, paths: list[Path]) -> list[timeline.TimelineEntry]:
    """The timed work at the coordinator: verify every report, import them all, build the timeline."""
    report_apply.import_reports(pub, [verify.verify_report(pub, p) for p in paths])
    return timeline.timeline(pub)


def _profiled(pub: Vault, paths: list[Path]) -> list[timeline.TimelineEntry]:
    profiler = cProfile.Profile()
    found = profiler.runcall(_import_and_timeline, pub, paths)
    pstats.Stats(profiler, stream=sys.stderr).sort_stats("tottime").print_stats(25)
    return found


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--laptops", type=int, default=20)
    parser.add_argument("--entries", type=int, default=5000)
    parser.add_argument("--profile", action="store_true", help="cProfile the import + timeline (to stderr)")
    args = parser.parse_args()
    base = Path(tempfile.mkdtemp(prefix="bench-reports-"))
    try:
        pub, laps, stick = _setup(base, args.laptops, args.entries)

        started = time.perf_counter()
        reports = [export.export_report(laps[0], stick)]
        export_s = time.perf_counter() - started
        reports += [export.export_report(lap, stick) for lap in laps[1:]]
        paths = [r.path for r in reports]

        started = time.perf_counter()
        entries = (_profiled if args.profile else _import_and_timeline)(pub, paths)
        import_s = time.perf_counter() - started
        assert sum(e.laptop is not None for e in entries) == args.laptops * args.entries

        started = time.perf_counter()
        printed = build_sitrep(pub, base / "lagesbild.pdf", since=SITREP_SINCE, lang="sv")
        sitrep_s = time.perf_counter() - started
        assert printed.pages > 0 and (base / "lagesbild.pdf").stat().st_size > 0
    finally:
        shutil.rmtree(base, ignore_errors=True)      # about 200 MB of vaults and reports a run

    figures = [
        figure(f"report export, {args.entries} log entries (s)", export_s, "< 1"),
        figure(f"import {args.laptops} reports x {args.entries} + timeline (s)", import_s, "< 3"),
        figure(f"sitrep PDF after that import, {args.laptops} x {args.entries} entries (s)", sitrep_s, "< 2"),
    ]
    print(f"{'figure':<58} {'value':>9}  target")
    for item in figures:
        print(f"{item['figure']:<58} {item['value']:>9.2f}  {item['target']}")
    print(f"(the sitrep: {printed.pages} pages)")
    emit("reports", figures)


if __name__ == "__main__":
    main()
