"""Benchmark: field reports — export of 5,000 log entries on a laptop; import of 20 laptops'
reports of 5,000 entries each at the coordinator plus building the timeline.

    .venv/bin/python bench/bench_reports.py [--laptops 20] [--entries 5000]
"""
from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from bench_output import emit, figure
from binder.bundle import apply, export_bundle, recipients, trust, verify_bundle
from binder.reports import apply as report_apply
from binder.reports import export, keys, timeline, verify
from binder.store import incident_log
from binder.vault.vault import Vault

PASSPHRASE = "benchmark passphrase"
FAST_KDF = {"iterations": 1, "memory_kib": 64 * 1024, "lanes": 4}


def _vault(path: Path, publisher: bool) -> Vault:
    vault, _ = Vault.create(path, PASSPHRASE, publisher=publisher, organisation="Benchkommun",
                            organisation_id="bench" if publisher else "", kdf=FAST_KDF)
    return vault


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--laptops", type=int, default=20)
    parser.add_argument("--entries", type=int, default=5000)
    args = parser.parse_args()
    base = Path(tempfile.mkdtemp(prefix="bench-reports-"))
    stick = base / "stick"
    stick.mkdir()
    pub = _vault(base / "pub", True)
    info = trust.export_key(pub, base / "pub.key")
    laps = []
    for i in range(args.laptops):
        lap = _vault(base / f"lap{i}", False)
        trust.add_trust(lap, base / "pub.key", info["fingerprint"])
        ident = keys.own_identity(lap)
        recipients.add(pub, f"Dator {i + 1}", ident.recipient, ident.signing_key, ident.fingerprint)
        laps.append(lap)
    bundle = export_bundle(pub, stick)
    for i, lap in enumerate(laps):
        apply(lap, verify_bundle(lap, bundle.path))
        with lap.transaction() as conn:
            for n in range(args.entries):
                incident_log.append(conn, f"Händelse {n} på dator {i}: strömmen tillbaka i kvarter {n % 97}",
                                    author="Operatör", occurred_at=f"2026-11-25T{6 + n % 12:02d}:{n % 60:02d}:00+01:00")
    started = time.perf_counter()
    reports = [export.export_report(laps[0], stick)]
    export_s = time.perf_counter() - started
    reports += [export.export_report(lap, stick) for lap in laps[1:]]
    started = time.perf_counter()
    report_apply.import_reports(pub, [verify.verify_report(pub, r.path) for r in reports])
    entries = timeline.timeline(pub)
    import_s = time.perf_counter() - started
    assert len(entries) == args.laptops * args.entries
    print(f"{'figure':<58} {'value':>9}  target")
    print(f"{f'report export, {args.entries} log entries (s)':<58} {export_s:>9.2f}  < 1")
    print(f"{f'import {args.laptops} reports x {args.entries} + timeline (s)':<58} {import_s:>9.2f}  < 3")
    emit("reports", [figure(f"report export, {args.entries} log entries (s)", export_s, "< 1"),
                     figure(f"import {args.laptops} reports x {args.entries} + timeline (s)", import_s, "< 3")])


if __name__ == "__main__":
    main()
