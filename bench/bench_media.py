"""Benchmark: sizes of the install media built by packaging/build.sh (issue 14's targets).

    .venv/bin/python bench/bench_media.py [--dist DIR]     # DIR: where build.sh wrote the media

Reads the media as built (building takes minutes and needs the registry: run
`bash packaging/build.sh` first); the frozen program's unpacked size is summed from its
archive. Targets: Linux kit <= 150 MB, frozen one-folder program <= 150 MB unpacked.
"""
from __future__ import annotations

import argparse
import sys
import tarfile
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def folder_bytes(folder: Path) -> int:
    return sum(path.stat().st_size for path in folder.rglob("*") if path.is_file())


def unpacked_bytes(archive: Path) -> int:
    with tarfile.open(archive) as tar:
        return sum(member.size for member in tar if member.isfile())


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dist", type=Path, default=ROOT / "dist", help="folder holding the media")
    args = parser.parse_args()
    version = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"]
    linux = args.dist / f"krisparm-{version}-linux"
    windows = args.dist / f"krisparm-{version}-windows"
    built = (linux / "SHA256SUMS").is_file()
    if not built:
        print(f"no media in {linux}: run bash packaging/build.sh first", file=sys.stderr)
    archives = sorted(linux.glob("krisparm-*-frozen.tar.*"))
    rows: list[tuple[str, float | None, str]] = [
        ("Linux kit, MB (wheels + frozen)", folder_bytes(linux) / 1e6 if built else None, "<= 150"),
        ("  Linux wheels, MB (CPython 3.11-3.13)", folder_bytes(linux / "wheels") / 1e6 if built else None, "-"),
        ("  frozen archive, MB", archives[0].stat().st_size / 1e6 if archives else None, "-"),
        ("frozen program unpacked, MB", unpacked_bytes(archives[0]) / 1e6 if archives else None, "<= 150"),
        ("Windows kit, MB (wheels)", folder_bytes(windows) / 1e6 if windows.is_dir() else None, "-"),
    ]
    print(f"{'figure':45} {'value':>10} {'target':>8}  result")
    for name, value, target in rows:
        shown = f"{value:.1f}" if value is not None else "-"
        verdict = "-" if value is None or target == "-" else ("pass" if value <= float(target[2:]) else "FAIL")
        print(f"{name:45} {shown:>10} {target:>8}  {verdict}")
    from bench_output import emit, figure
    emit("media", [figure(name.strip(), value, "" if target == "-" else target, unit="MB")
                   for name, value, target in rows])
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
