"""Vault benchmark: import-data of 100k contacts, unlock, size (search: bench/bench_search.py).

Run on demand: .venv/bin/python bench/bench_vault.py [--contacts N]
Prints a table: figure, value, target, pass/fail. Targets from issue 2.
"""
from __future__ import annotations

import argparse
import json
import os
import random
import sys
import tempfile
import time
import uuid
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench_output import at_most, emit, figure
from binder.interchange import import_file
from binder.vault.vault import Vault

FIRST = ["Anna", "Åsa", "Örjan", "Erik", "Lars", "Märta", "Karin", "Ingrid", "Björn", "Sven", "Elin", "Maja",
         "Ömer", "Nils", "Ida", "Johan", "Ängla", "Olle", "Pia", "Ulf"]
LAST = ["Andersson", "Johansson", "Karlsson", "Nilsson", "Eriksson", "Larsson", "Olsson", "Persson",
        "Svensson", "Gustafsson", "Åkesson", "Öberg", "Ängström", "Lindqvist", "Berg", "Holm", "Sjöberg"]
ROLES = ["Krisledningschef", "Stabschef", "TiB", "IT-chef", "Informationsansvarig", "Socialchef", "Hemtjänstchef"]
ORGS = ["Norrbacka kommun", "Region Norr", "Grannby kommun", "Länsstyrelsen", "Elbolaget AB"]


def synth_binder(n: int, seed: int = 7) -> dict:
    rnd = random.Random(seed)
    ns = uuid.UUID("6f1c1f6e-0000-4000-8000-000000000000")
    contacts = []
    ids = [str(uuid.uuid5(ns, str(i))) for i in range(n)]
    for i in range(n):
        c = {"id": ids[i], "name": f"{rnd.choice(FIRST)} {rnd.choice(LAST)} {i}",
             "crisis_role": rnd.choice(ROLES), "organisation": rnd.choice(ORGS),
             "channels": [{"kind": "mobile", "value": f"070-{rnd.randint(1000000, 9999999)}"},
                          {"kind": "landline", "value": f"0920-{rnd.randint(10000, 99999)}"},
                          {"kind": "email", "value": f"person{i}@example.se"}],
             "availability": rnd.choice(["24/7", "office_hours"]), "verified_on": "2026-10-01"}
        if i > 2:
            c["deputies"] = [ids[rnd.randrange(0, i)], ids[rnd.randrange(0, i)]]
            c["deputies"] = list(dict.fromkeys(c["deputies"]))
        contacts.append(c)
    return {"format": "krisparm-binder", "format_version": 1, "contacts": contacts}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--contacts", type=int, default=100_000)
    parser.add_argument("--queries", type=int, default=200)
    parser.add_argument("--synthetic", action="store_true",
                        help="numbers without their e164 form (every number parsed by phonenumbers)")
    args = parser.parse_args()
    rows: list[tuple[str, float, float | None]] = []
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "big.json"
        if args.synthetic:
            src.write_text(json.dumps(synth_binder(args.contacts), ensure_ascii=False), encoding="utf-8")
        else:  # the demo generator's scaled set: realistic shape, exported form (numbers carry e164)
            sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "resources" / "demo"))
            from generate_demo import build_binder, render
            src.write_bytes(render(build_binder(contacts=args.contacts)))
        t = time.perf_counter()
        vault, _ = Vault.create(Path(tmp) / "v", "benchmark passphrase", publisher=True)
        kdf = time.perf_counter() - t
        t = time.perf_counter()
        import_file(vault, src)
        imp = time.perf_counter() - t
        rows.append((f"import-data {args.contacts:,} contacts (s)", imp, 10.0))
        vault.close()
        t = time.perf_counter()
        Vault.open(Path(tmp) / "v", "benchmark passphrase").close()
        rows.append(("unlock incl. KDF + integrity check (s)", time.perf_counter() - t, None))
        rows.append(("create incl. KDF calibration (s)", kdf, None))
        size = sum(p.stat().st_size for p in (Path(tmp) / "v").rglob("*") if p.is_file())
        rows.append(("vault size (MB)", size / 2**20, None))
    print(f"{'figure':<45} {'value':>10} {'target':>8}  result")
    for name, value, target in rows:
        verdict = "" if target is None else ("pass" if value <= target else "FAIL")
        print(f"{name:<45} {value:>10.2f} {('' if target is None else f'{target:.0f}'):>8}  {verdict}")
    emit("vault", [figure(name, value, at_most(target)) for name, value, target in rows])


if __name__ == "__main__":
    os.environ.setdefault("BINDER_LANG", "en")
    main()
