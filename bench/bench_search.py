"""Search benchmark: p50/p95 of `binder.store.search.search` against raw ranked FTS5 top-50, and cold start.

Run on demand: .venv/bin/python bench/bench_search.py [--records 100000 300000] [--queries 185]

The floor does the same FTS5 work the search does: the same MATCH expression (numbers joined,
exact words OR'd with prefixes), the same bm25 column weights, ORDER BY … LIMIT 50, rows
fetched. Each query runs once warm-up, then search and floor in alternating order (so neither
always profits from the other's cache). The query set (`queries`) is built from the vault's own
data: full names, surnames, 2–4 letter prefixes, roles, å/ä/ö words, numbers in several
writings, runs of digits, area-code fragments ("0980-32") and names with one typo.

Cold start: each command as a new process on a demo-size vault, minus the key derivation
(Argon2id as calibrated, measured alone), and which heavy modules it loaded.
Prints a table: figure, value, target, pass/fail. Targets from issue 13 §6.
"""
from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "resources" / "demo"))

from bench_output import at_most, emit, figure
from binder.store import records, search, search_index
from binder.vault.vault import Vault

SHOWN: list[dict] = []      # every figure shown, passed to bench/run.py as data at the end

PASSPHRASE = "benchmark passphrase"
HEAVY = ("reportlab", "PySide6", "openpyxl", "vobject", "pypdf", "pyrage", "phonenumbers")
COMMANDS = (("search", "search", "Andersson"), ("search number", "search", "070-123 45 67"),
            ("list contacts", "list", "contacts", "--limit", "20"), ("show contact", "show", "contacts", "{id}"),
            ("call", "call", "krisledningschef"), ("info", "info"))
COLD_TARGET_S = 0.2
RATIO_TARGET = 1.5


def build_vault(path: Path, total: int) -> Vault:
    from generate_demo import SECTIONS, build_binder
    document = build_binder(contacts=max(300, total - 700))
    vault, _ = Vault.create(path, PASSPHRASE, publisher=True)
    items = [(kind, r["id"], {k: v for k, v in r.items() if k != "id"}, "published", 1)
             for section, kind in SECTIONS for r in document[section]]
    with vault.transaction() as conn:
        records.insert_many(conn, items)
        conn.execute("INSERT INTO search_index(search_index) VALUES ('optimize')")
    return vault


def queries(vault: Vault, count: int, seed: int = 13) -> list[str]:
    """A realistic mix, drawn from the vault's own names, roles and numbers."""
    rnd = random.Random(seed)
    people = [json.loads(d) for (d,) in vault.db.execute(
        "SELECT data FROM records WHERE kind = 'contact' ORDER BY rowid LIMIT 5000")]
    names = [p["name"] for p in people if " " in p["name"]]
    roles = sorted({p["crisis_role"] for p in people if p.get("crisis_role")})
    numbers = [c["value"] for p in people for c in p.get("channels", []) if c.get("e164", "").startswith("+46")]
    out: list[str] = []
    share = count / 185
    for _ in range(round(30 * share)):
        out.append(rnd.choice(names))                                         # full names
    for _ in range(round(20 * share)):
        out.append(rnd.choice(names).split()[-1])                             # surnames
    for _ in range(round(20 * share)):
        out.append(rnd.choice(names).split()[0])                              # first names
    for _ in range(round(30 * share)):
        word = rnd.choice(names).split()[rnd.randrange(2)]
        out.append(word[:rnd.choice((2, 3, 4))])                              # broad prefixes
    out += ["å", "ä", "ö", "Åk", "Äng", "Öst", "Sjö", "Ström", "Bäck", "Lövgren"][:round(10 * share)]
    for _ in range(round(15 * share)):
        out.append(rnd.choice(roles) if roles else "krisledningschef")        # roles
    for _ in range(round(30 * share)):
        raw = rnd.choice(numbers)
        digits = "".join(ch for ch in raw if ch.isdigit())
        out.append(rnd.choice((raw, digits, "+46 " + digits[1:3] + " " + digits[3:], "0046" + digits[1:],
                               digits[-6:-2], raw[:7])))                      # numbers and runs of digits
    out += ["0980-32", "070-", "0920-4", "+46 70", "073-17", "08-12"][:round(6 * share)]
    for _ in range(round(24 * share)):
        word = rnd.choice(names).split()[-1].lower()
        i = rnd.randrange(1, len(word))
        out.append(word[:i] + word[i + 1:])                                   # one letter missing
    return out[:count]


def _floor(vault: Vault, text: str) -> None:
    expression = search_index.match_expression(text)
    if expression:
        vault.db.execute(f"SELECT rowid, {search_index.BM25} AS s FROM search_index WHERE search_index MATCH ? "
                         "ORDER BY s LIMIT 50", (expression,)).fetchall()


def _ms(func: object, *args: object) -> float:
    started = time.perf_counter()
    func(*args)  # type: ignore[operator]
    return (time.perf_counter() - started) * 1000


def p95(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[max(0, int(len(ordered) * 0.95) - 1)]


def measure(vault: Vault, terms: list[str]) -> tuple[list[float], list[float]]:
    ours, floor = [], []
    for i, term in enumerate(terms):
        search.search(vault, term, limit=50)                                 # warm-up
        if i % 2:
            floor.append(_ms(_floor, vault, term))
            ours.append(_ms(search.search, vault, term, 50))
        else:
            ours.append(_ms(search.search, vault, term, 50))
            floor.append(_ms(_floor, vault, term))
    return ours, floor


def cold_start(path: Path, contact_id: str) -> list[tuple[str, float, float | None]]:
    """Wall time (the target) and CPU time (what the command costs on a loaded machine) beyond the KDF."""
    import resource

    from binder.vault.keyslots import KeySlots
    from binder.vault.vault import KEYSLOTS_NAME
    slots = KeySlots.load(path / KEYSLOTS_NAME)
    kdf_wall, kdf_cpu = 1e9, 1e9
    for _ in range(3):
        wall, cpu = time.perf_counter(), time.process_time()
        slots.unlock_with_passphrase(PASSPHRASE)
        kdf_wall, kdf_cpu = min(kdf_wall, time.perf_counter() - wall), min(kdf_cpu, time.process_time() - cpu)
    env = {**os.environ, "BINDER_PASSPHRASE": PASSPHRASE, "BINDER_LANG": "sv", "PYTHONPATH": str(ROOT)}
    probe = ("import sys; from binder.cli.main import main; rc = main(sys.argv[1:]); "
             f"print('HEAVY=' + ','.join(sorted({{m.split('.')[0] for m in sys.modules}} & set({HEAVY!r}))), "
             "file=sys.stderr)")
    rows: list[tuple[str, float, float | None]] = [("key derivation alone, wall (s)", kdf_wall, None),
                                                    ("key derivation alone, CPU (s)", kdf_cpu, None)]
    for name, *argv in COMMANDS:
        args = [a.replace("{id}", contact_id[:8]) for a in argv]
        best_wall, best_cpu, heavy = 1e9, 1e9, ""
        for _ in range(3):
            before = resource.getrusage(resource.RUSAGE_CHILDREN)
            started = time.perf_counter()
            proc = subprocess.run([sys.executable, "-c", probe, "--vault", str(path), *args],
                                  capture_output=True, text=True, env=env, timeout=120)
            best_wall = min(best_wall, time.perf_counter() - started)
            after = resource.getrusage(resource.RUSAGE_CHILDREN)
            best_cpu = min(best_cpu, after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime)
            heavy = next((line[6:] for line in proc.stderr.splitlines() if line.startswith("HEAVY=")), "?")
        rows.append((f"cold '{name}' beyond KDF, wall (s) [{heavy or '-'}]"[:60], best_wall - kdf_wall, COLD_TARGET_S))
        rows.append((f"cold '{name}' beyond KDF, CPU (s)"[:60], best_cpu - kdf_cpu, None))
    return rows


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--records", type=int, nargs="*", default=[100_000, 300_000])
    parser.add_argument("--queries", type=int, default=185)
    parser.add_argument("--no-cold", action="store_true")
    args = parser.parse_args()
    print(f"{'figure':<60} {'value':>10} {'target':>8}  result", flush=True)
    with tempfile.TemporaryDirectory() as tmp:
        for total in args.records:       # each size printed as soon as it is measured
            vault = build_vault(Path(tmp) / f"v{total}", total)
            n = vault.db.execute("SELECT count(*) FROM records").fetchone()[0]
            terms = queries(vault, args.queries)
            ours, floor = measure(vault, terms)
            label = f"{n // 1000}k"
            show([(f"search p50 at {label} (ms)", statistics.median(ours), None),
                  (f"search p95 at {label} (ms)", p95(ours), None),
                  (f"raw FTS5 top-50 p95 at {label} (ms)", p95(floor), None),
                  (f"search p95 / raw p95 at {label} ({len(terms)} q)", p95(ours) / max(p95(floor), 1e-6),
                   RATIO_TARGET)])
            vault.close()
        if not args.no_cold:
            small = build_vault(Path(tmp) / "cold", 1000)
            chief = small.db.execute("SELECT id FROM records WHERE kind = 'contact' "
                                     "ORDER BY rowid LIMIT 1").fetchone()[0]
            small.close()
            show(cold_start(Path(tmp) / "cold", chief))
    emit("search", SHOWN)


def show(rows: list[tuple[str, float, float | None]]) -> None:
    for name, value, target in rows:
        SHOWN.append(figure(name, value, at_most(target)))
        verdict = "" if target is None else ("pass" if value <= target else "FAIL")
        print(f"{name:<60} {value:>10.3f} {('' if target is None else f'{target:g}'):>8}  {verdict}", flush=True)

if __name__ == "__main__":
    os.environ.setdefault("BINDER_LANG", "en")
    main()
