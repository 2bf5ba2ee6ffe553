"""One command for every benchmark: `python bench/run.py [--quick] [--runs N] [--only NAME …]`.

Runs each available bench module (vault, import, search, bundle, pdf, gui, soak, media,
reports) as its own process `--runs` times (default 3), reads the figures each prints as data (its `BENCH-JSON`
line, see bench/bench_output.py: figure, value, unit, target), measures the unlock
KDF as calibrated on this machine, and prints ONE table: figure, median value,
target, pass/FAIL. The
targets are those of the feature issues (2-5); `--quick` uses smaller data
(the targets are then only indicative). Never part of the CI pass/fail: the exit
status is 0 whatever the figures are, unless a benchmark itself crashed.
"""
from __future__ import annotations

import argparse
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BENCH = ROOT / "bench"
sys.path.insert(0, str(BENCH))

import bench_output


@dataclass(frozen=True)
class Module:
    """How to run one bench module (its figures come back as data, not as table columns)."""
    name: str
    script: str
    full_args: tuple[str, ...]
    quick_args: tuple[str, ...]


MODULES = [
    Module("vault", "bench_vault.py", ("--contacts", "100000"), ("--contacts", "10000", "--queries", "100")),
    Module("import", "bench_import.py", ("--contacts", "100000", "--xlsx", "10000"),
           ("--contacts", "10000", "--xlsx", "2000")),
    Module("search", "bench_search.py", ("--records", "100000", "300000"), ("--records", "10000", "--no-cold")),
    Module("bundle", "bench_bundle.py", ("--records", "50000"), ("--records", "5000")),
    Module("pdf", "bench_pdf.py", ("--contacts", "10000"), ("--contacts", "1000")),
    Module("gui", "bench_gui.py", ("--contacts", "100000"), ("--contacts", "10000")),
    Module("soak", "bench_soak.py", ("--jobs", "20000"), ("--jobs", "3000", "--bundles", "4")),
    Module("media", "bench_media.py", (), ()),
    Module("reports", "bench_reports.py", ("--laptops", "20", "--entries", "5000"),
           ("--laptops", "5", "--entries", "2000")),
]
NUMBER = re.compile(r"-?\d+(?:[.,]\d+)*")


@dataclass
class Figure:
    module: str
    name: str
    target: str
    values: list[float] = field(default_factory=list)
    shown: list[str] = field(default_factory=list)

    @property
    def median(self) -> float | None:
        return statistics.median(self.values) if self.values else None


def number(text: str) -> float | None:
    found = NUMBER.search(text)
    return float(found.group(0).replace(",", "")) if found else None


def verdict(value: float | None, target: str) -> str:
    """pass / FAIL against a target like '< 3', '<= 1.2x', '10', '0.25-1.0'; '' when there is none."""
    target = target.strip()
    if value is None or target in ("", "-"):
        return ""
    span = re.fullmatch(r"(\d+(?:\.\d+)?)\s*[-–]\s*(\d+(?:\.\d+)?)\D*", target)
    if span:
        return "pass" if float(span.group(1)) <= value <= float(span.group(2)) else "FAIL"
    limit = number(target)
    if limit is None:
        return ""
    if target.startswith(">="):
        return "pass" if value >= limit else "FAIL"
    if target.startswith(">"):
        return "pass" if value > limit else "FAIL"
    if target.startswith("<") and not target.startswith("<="):
        return "pass" if value < limit else "FAIL"
    return "pass" if value <= limit else "FAIL"




def run_module(module: Module, quick: bool, runs: int, figures: dict[tuple[str, str], Figure]) -> str:
    """Run one module `runs` times; returns '' or a short error."""
    args = module.quick_args if quick else module.full_args
    env = {**os.environ, "BINDER_LANG": "en", "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    for run in range(runs):
        print(f"[{module.name}] run {run + 1}/{runs} {' '.join(args)} …", file=sys.stderr, flush=True)
        proc = subprocess.run([sys.executable, str(BENCH / module.script), *args], capture_output=True,
                              text=True, cwd=ROOT, env=env, timeout=3600)
        found = bench_output.read(proc.stdout)
        if not found:
            return f"exit {proc.returncode}: {(proc.stderr or proc.stdout).strip().splitlines()[-1:]}"
        for item in found:
            fig = figures.setdefault((module.name, item["figure"]), Figure(module.name, item["figure"], item["target"]))
            if item["value"] is not None:
                fig.values.append(float(item["value"]))
            fig.shown.append(item["shown"])
    return ""


def kdf_figures(runs: int, figures: dict[tuple[str, str], Figure]) -> None:
    """Unlock as calibrated on this machine: Argon2id alone, and the whole unlock (KDF + integrity check)."""
    sys.path.insert(0, str(ROOT))
    os.environ.pop("BINDER_KDF_TARGET_MS", None)
    from binder.vault.keyslots import KeySlots
    from binder.vault.vault import KEYSLOTS_NAME, Vault
    passphrase = "benchmark passphrase"
    with tempfile.TemporaryDirectory() as tmp:
        vault, _ = Vault.create(Path(tmp) / "v", passphrase)
        vault.close()
        slots = KeySlots.load(Path(tmp) / "v" / KEYSLOTS_NAME)
        memory = max(int(s.get("memory_kib", 0)) for s in slots.slots) / 1024
        kdf = figures.setdefault(("kdf", "unlock: Argon2id as calibrated (s)"),
                                 Figure("kdf", "unlock: Argon2id as calibrated (s)", "0.25-1.0"))
        whole = figures.setdefault(("kdf", "unlock: KDF + integrity check, empty vault (s)"),
                                   Figure("kdf", "unlock: KDF + integrity check, empty vault (s)", "< 1.5"))
        mem = figures.setdefault(("kdf", "unlock: Argon2id memory (MiB)"),
                                 Figure("kdf", "unlock: Argon2id memory (MiB)", ">= 64"))
        for _ in range(runs):
            started = time.perf_counter()
            slots.unlock_with_passphrase(passphrase)
            kdf.values.append(time.perf_counter() - started)
            started = time.perf_counter()
            Vault.open(Path(tmp) / "v", passphrase).close()
            whole.values.append(time.perf_counter() - started)
            mem.values.append(memory)


def print_table(figures: dict[tuple[str, str], Figure], runs: int, quick: bool, errors: dict[str, str]) -> None:
    print()
    quick_note = " — QUICK sizes: targets are for full sizes" if quick else ""
    print(f"Krispärm benchmarks — median of {runs} run(s){quick_note}")
    width = max([len(f"{f.module}: {f.name}") for f in figures.values()] + [20])
    print(f"{'figure':<{width}}  {'value':>10}  {'target':<10}  result")
    print("-" * (width + 34))
    for fig in figures.values():
        median = fig.median
        shown = f"{median:.3g}" if median is not None and abs(median) < 1000 else (
            f"{median:.0f}" if median is not None else (fig.shown[-1] if fig.shown else "-"))
        print(f"{fig.module + ': ' + fig.name:<{width}}  {shown:>10}  {fig.target:<10}  "
              f"{verdict(median, fig.target) or '-'}")
    for name, error in errors.items():
        print(f"{name + ': did not run':<{width}}  {'-':>10}  {'':<10}  {error[:120]}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="smaller data sets (minutes, not tens of minutes)")
    parser.add_argument("--runs", type=int, default=3, help="runs per module; the table shows medians")
    parser.add_argument("--only", nargs="*", choices=[m.name for m in MODULES] + ["kdf"],
                        help="run only these modules")
    args = parser.parse_args(argv)
    figures: dict[tuple[str, str], Figure] = {}
    errors: dict[str, str] = {}
    for module in MODULES:
        if args.only and module.name not in args.only:
            continue
        if not (BENCH / module.script).exists():
            errors[module.name] = f"{module.script} not present"
            continue
        error = run_module(module, args.quick, max(1, args.runs), figures)
        if error:
            errors[module.name] = error
    if not args.only or "kdf" in args.only:
        kdf_figures(max(1, args.runs), figures)
    print_table(figures, max(1, args.runs), args.quick, errors)
    return 1 if any("not present" not in e for e in errors.values()) else 0


if __name__ == "__main__":
    raise SystemExit(main())
