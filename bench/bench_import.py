"""Import benchmark (issue 13): `binder import-data` of N contacts from JSON as a user runs it,
against the raw floor; peak memory; an .xlsx of 10k contacts.

Run on demand:  .venv/bin/python bench/bench_import.py [--contacts 100000] [--xlsx 10000]
Prints: figure, value, target, pass/fail. Numbers, not timed tests (docs/interchange.md).

- raw floor: json.loads of the file + executemany of the same rows, the FTS5 index of the same
  text and the same reference rows, in one transaction of a real SQLCipher vault (what no import
  can beat). Floor and command run `--rounds` times (default 2) in alternating order, so neither
  always runs second on a warm cache; the medians are compared.
- whole command: `binder import-data FILE` in a fresh process, including the unlock (key
  derivation) and the backup before the import; wall and CPU time, and its peak RSS (VmHWM).
  On a shared, loaded machine compare CPU with CPU: wall time then mostly measures the queue.
"""
from __future__ import annotations

import argparse
import gc
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "resources" / "demo"))

from bench_output import at_most, emit, figure
from binder.model.collation import sort_key
from binder.store import search_index
from binder.store.records import canonical_json
from binder.store.referrers import targets
from binder.vault.vault import Vault, now_iso

PASSPHRASE = "benchmark passphrase"


def binder_file(path: Path, contacts: int) -> None:
    from generate_demo import build_binder, render
    doc = build_binder(contacts=contacts)
    doc = {"format": doc["format"], "format_version": doc["format_version"], "contacts": doc["contacts"]}
    path.write_bytes(render(doc))


def raw_floor(src: Path, vault_dir: Path) -> tuple[float, float]:
    """(wall, CPU seconds), with the garbage collector off: the lowest honest floor (json.loads of a
    big file is slowed by the collector walking its many live objects; the streaming import holds few)."""
    vault, _ = Vault.create(vault_dir, PASSPHRASE, publisher=True)
    gc.collect()
    gc.disable()
    t, cpu = time.perf_counter(), time.process_time()
    doc = json.loads(src.read_bytes())
    stamp = now_iso()
    rows: list[tuple[Any, ...]] = []
    fts: list[tuple[Any, ...]] = []
    refs: list[tuple[str, str]] = []
    for n, c in enumerate(doc["contacts"], start=1):
        rid = c.pop("id")
        rows.append((n, rid, "contact", "published", canonical_json(c), c["name"], sort_key(c["name"]), 1,
                     stamp, stamp))
        fts.append(search_index.row(n, "contact", c, c["name"]))
        refs.extend((rid, target) for target in targets("contact", c))
    with vault.transaction() as conn:
        conn.executemany("INSERT INTO records(rowid, id, kind, origin, data, title, sort_key, version, created_at, "
                         "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows)
        conn.executemany(search_index.INSERT, fts)
        conn.executemany("INSERT INTO record_refs(source, target) VALUES (?, ?)", refs)
    elapsed, used = time.perf_counter() - t, time.process_time() - cpu
    gc.enable()
    vault.close()
    return elapsed, used


# Runs the CLI and reports the peak memory of the command itself: /proc's VmHWM belongs to the
# process image after exec (getrusage's maxrss would include the benchmark's own pages at fork).
_WRAPPER = ("import sys\nfrom binder.cli.main import main\nrc = main(sys.argv[1:])\n"
            "hwm = [l for l in open('/proc/self/status') if l.startswith('VmHWM')]\n"
            "sys.stderr.write('\\nPEAK ' + (hwm[0].split()[1] if hwm else '0') + '\\n')\nsys.exit(rc)\n")


def command(args: list[str], vault_dir: Path) -> tuple[float, float, float, str]:
    """(wall seconds, CPU seconds, peak RSS MB, stdout) of one `binder` command in a fresh process."""
    env = {**os.environ, "BINDER_PASSPHRASE": PASSPHRASE, "PYTHONPATH": str(ROOT), "BINDER_LANG": "en"}
    t = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "-c", _WRAPPER, "--vault", str(vault_dir), *args], env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    out, err = proc.communicate()
    wall = time.perf_counter() - t
    if proc.returncode != 0:
        raise SystemExit(f"binder {' '.join(args)} failed: {err.decode()[-2000:]}")
    peak = next((int(line.split()[1]) for line in err.decode().splitlines() if line.startswith("PEAK ")), 0)
    return wall, _cpu_of_children(), peak / 1024, out.decode()


_CHILD_CPU = [0.0]


def _cpu_of_children() -> float:
    """CPU seconds used by children since the last call (user + system): under a loaded machine a
    fairer figure than wall time."""
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    total = usage.ru_utime + usage.ru_stime
    used, _CHILD_CPU[0] = total - _CHILD_CPU[0], total
    return used


def unlock_time(vault_dir: Path) -> float:
    t = time.perf_counter()
    Vault.open(vault_dir, PASSPHRASE).close()
    return time.perf_counter() - t


def xlsx_file(path: Path, src: Path, contacts: int) -> None:
    from binder.interchange import tabular, xlsx_format
    from binder.model import schema
    kind = schema.KINDS["contact"]
    people = json.loads(src.read_bytes())["contacts"][:contacts]
    for p in people:
        p.pop("id")
        p.pop("deputies", None)
        p.pop("calls", None)
    cells = [tabular.row_cells(kind, p) for p in people]
    path.write_bytes(xlsx_format.dumps([("Kontakter", tabular.columns(kind), cells)]))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--contacts", type=int, default=100_000)
    parser.add_argument("--xlsx", type=int, default=10_000)
    parser.add_argument("--rounds", type=int, default=2, help="floor and command, in alternating order")
    args = parser.parse_args()
    rows: list[tuple[str, float, float | None]] = []
    with tempfile.TemporaryDirectory() as tmp:
        base = Path(tmp)
        src = base / "big.json"
        binder_file(src, args.contacts)
        rows.append((f"file size, {args.contacts:,} contacts (MB)", src.stat().st_size / 2**20, None))
        floors: list[tuple[float, float]] = []
        runs: list[tuple[float, float, float, float]] = []      # wall, CPU, peak, unlock
        for r in range(max(1, args.rounds)):
            Vault.create(base / f"v{r}", PASSPHRASE, publisher=True)[0].close()
            for step in (("floor", "command") if r % 2 == 0 else ("command", "floor")):
                if step == "floor":
                    floors.append(raw_floor(src, base / f"floor{r}"))
                else:
                    unlock = unlock_time(base / f"v{r}")
                    _cpu_of_children()
                    runs.append((*command(["import-data", str(src)], base / f"v{r}")[:3], unlock))
        floor, floor_cpu = (statistics.median(f[i] for f in floors) for i in (0, 1))
        wall, cpu, peak, unlock = (statistics.median(r[i] for r in runs) for i in range(4))
        kdf_mib = next(s["memory_kib"] for s in Vault.load_keyslots(base / "v0").slots
                       if s.get("type") == "passphrase") / 1024
        rows.append(("raw floor: json.loads + executemany + FTS5 + refs (s)", floor, None))
        rows.append(("  raw floor, CPU (s)", floor_cpu, None))
        rows.append(("import-data, whole command (s)", wall, min(2 * floor, 9.0)))
        rows.append(("  of which unlock (KDF + integrity) (s)", unlock, None))
        rows.append(("  whole command / raw floor", wall / floor, 2.0))
        rows.append(("  (whole command - unlock) / raw floor", (wall - unlock) / floor, None))
        rows.append(("  whole command CPU / raw floor CPU", cpu / floor_cpu, 2.0))
        rows.append(("import-data peak RSS (MB)", peak, 300.0))
        rows.append(("  of which Argon2 memory, calibrated here (MB)", kdf_mib, None))
        wall, cpu, peak, out = command(["import-data", str(src), "--dry-run", "--json"], base / "v0")
        assert json.loads(out)["unchanged"]["contact"] == args.contacts
        rows.append(("re-import unchanged, --dry-run (s)", wall, None))
        book = base / "kontakter.xlsx"
        xlsx_file(book, src, args.xlsx)
        Vault.create(base / "x", PASSPHRASE, publisher=True)[0].close()
        wall, cpu, peak, _ = command(["import-data", str(book)], base / "x")
        rows.append((f"import-data .xlsx {args.xlsx:,} contacts (s)", wall, 3.0))
        rows.append(("  .xlsx, CPU (s)", cpu, 3.0))
    print(f"{'figure':<48} {'value':>10} {'target':>8}  result")
    for name, value, target in rows:
        verdict = "" if target is None else ("pass" if value <= target else "FAIL")
        print(f"{name:<48} {value:>10.2f} {('' if target is None else f'{target:.1f}'):>8}  {verdict}")
    emit("import", [figure(name.strip(), value, at_most(target), unit="x" if "/ raw floor" in name else None)
                    for name, value, target in rows])


if __name__ == "__main__":
    os.environ.setdefault("BINDER_LANG", "en")
    main()
