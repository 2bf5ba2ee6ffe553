"""Benchmark: a 50k-record bundle — export, verify + import, and the ratio to the raw floor.

The raw floor is the work no importer can skip, and nothing else: SHA-256 of the
file, age decryption of the payload, and a bulk insert of the same rows (records,
the full-text index of the same index text, the same reference rows) in one
transaction into a vault that is already open, as the laptop's is when it imports
(no Argon2 unlock timed: the import does not pay one). Floor and import run
`--rounds` times (default 2), each into a fresh vault, in alternating order, so
neither always runs second on a warm cache; the medians are compared.

    .venv/bin/python bench/bench_bundle.py [--records 50000] [--rounds 2]
"""
from __future__ import annotations

import argparse
import hashlib
import json
import statistics
import struct
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import pyrage

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench_output import emit, figure
from binder.bundle import apply, export_bundle, limits, recipients, trust, verify_bundle
from binder.model import schema
from binder.model.collation import sort_key
from binder.model.validate import clean_record
from binder.store import records, referrers, search_index
from binder.vault.vault import Vault

PASSPHRASE = "benchmark passphrase"
FAST_KDF = {"iterations": 1, "memory_kib": 64 * 1024, "lanes": 4}


def fill(vault: Vault, n: int) -> None:
    contact = schema.KINDS["contact"]
    with vault.transaction() as conn:
        version = records.next_revision(vault, conn)
        for i in range(n):
            data = clean_record(contact, {
                "name": f"Kontakt {i:06d} Åkesson", "crisis_role": "Krisstöd", "organisation": "Norrbacka kommun",
                "channels": [{"kind": "mobile", "value": f"070-{i % 1000:03d} {i % 100:02d} {i % 97:02d}"},
                             {"kind": "email", "value": f"person{i}@example.se"}],
                "notes": f"Anteckning nummer {i} om tillgänglighet och reservvägar."})
            records.write(conn, "contact", data, origin="published", version=version)


def floor(bundle: Path, identity: str, vault: Vault) -> float:
    """SHA-256 + age decryption + bulk insert of the same rows (records, index text, references)
    into `vault`, already open."""
    started = time.perf_counter()
    data = bundle.read_bytes()
    hashlib.sha256(data).hexdigest()
    n = len(limits.MAGIC)
    size = struct.unpack(">I", data[n:n + 4])[0]
    plain = pyrage.decrypt(data[n + 4 + size:], [pyrage.x25519.Identity.from_str(identity)])
    rows: list[tuple[Any, ...]] = []
    index: list[tuple[Any, ...]] = []
    refs: list[tuple[str, str]] = []
    for rowid, line in enumerate(plain.split(b"\n")[2:-1], start=1):
        item = json.loads(line)
        kind, rid, body = item["kind"], item["id"], item["data"]
        text = json.dumps(body, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
        title = records.title_of(kind, body)
        rows.append((rowid, rid, kind, "published", text, title, sort_key(title), item["version"], "now", "now"))
        index.append(search_index.row(rowid, kind, body, title))
        refs.extend((rid, target) for target in referrers.targets(kind, body))
    with vault.transaction() as conn:
        conn.executemany("INSERT INTO records(rowid, id, kind, origin, data, title, sort_key, version, created_at, "
                         "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows)
        conn.executemany(search_index.INSERT, index)
        conn.executemany("INSERT INTO record_refs(source, target) VALUES (?, ?)", refs)
    return time.perf_counter() - started


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--records", type=int, default=50_000)
    parser.add_argument("--rounds", type=int, default=2, help="floor and import, in alternating order")
    args = parser.parse_args()
    base = Path(tempfile.mkdtemp(prefix="krisparm-bench-"))
    rounds = max(1, args.rounds)
    pub, _ = Vault.create(base / "pub", PASSPHRASE, publisher=True, organisation="Bench", organisation_id="bench",
                          kdf=FAST_KDF)
    laps = [Vault.create(base / f"lap{r}", PASSPHRASE, kdf=FAST_KDF)[0] for r in range(rounds)]
    floors = [Vault.create(base / f"floor{r}", PASSPHRASE, kdf=FAST_KDF)[0] for r in range(rounds)]
    print(f"filling the publisher with {args.records} records…", file=sys.stderr)
    fill(pub, args.records)
    key = trust.export_key(pub, base / "pub.key")
    for r, lap in enumerate(laps):
        trust.add_trust(lap, base / "pub.key", key["fingerprint"])
        recipients.add(pub, f"lap{r}", recipients.own_recipient(lap)["recipient"])
    secret = laps[0].secret("age_identity")
    assert secret is not None
    identity = secret.decode()

    started = time.perf_counter()
    result = export_bundle(pub, base)
    export_s = time.perf_counter() - started

    verify_times, apply_times, floor_times = [], [], []
    for r, lap in enumerate(laps):
        for step in (("floor", "import") if r % 2 == 0 else ("import", "floor")):
            if step == "floor":
                floor_times.append(floor(result.path, identity, floors[r]))
                continue
            started = time.perf_counter()
            verified = verify_bundle(lap, result.path)
            verify_times.append(time.perf_counter() - started)
            started = time.perf_counter()
            applied = apply(lap, verified)
            apply_times.append(time.perf_counter() - started)
            assert applied.added == args.records
    verify_s, apply_s = statistics.median(verify_times), statistics.median(apply_times)
    import_s = statistics.median(v + a for v, a in zip(verify_times, apply_times, strict=True))
    floor_s = statistics.median(floor_times)
    lap = laps[0]
    # The usual case afterwards: a new bundle in which 1 % of the records changed.
    with pub.transaction() as conn:
        version = records.next_revision(pub, conn)
        for rid, data in conn.execute("SELECT id, data FROM records LIMIT ?", (args.records // 100,)).fetchall():
            changed = {**json.loads(data), "notes": "Ändrad i nästa version"}
            records.write(conn, "contact", changed, record_id=rid, origin="published", version=version)
    update = export_bundle(pub, base)
    started = time.perf_counter()
    update_result = apply(lap, verify_bundle(lap, update.path))
    update_s = time.perf_counter() - started
    assert update_result.changed == args.records // 100
    ratio = import_s / floor_s
    size_mb = result.path.stat().st_size / 1e6
    rows = [
        ("bundle size (MB)", f"{size_mb:.1f}", "-", "-"),
        ("export (s)", f"{export_s:.2f}", "< 3", export_s < 3),
        ("verify, steps 1-7 (s)", f"{verify_s:.2f}", "-", "-"),
        ("apply, step 9 incl. backup (s)", f"{apply_s:.2f}", "-", "-"),
        ("verify + import (s)", f"{import_s:.2f}", "< 5", import_s < 5),
        ("raw floor: sha256 + age + bulk insert (s)", f"{floor_s:.2f}", "-", "-"),
        ("ratio import / floor", f"{ratio:.2f}", "<= 3", ratio <= 3),
        ("update bundle (1 % changed): verify + import (s)", f"{update_s:.2f}", "< 5", update_s < 5),
    ]
    print(f"{'figure':50} {'value':>8} {'target':>7}  result")
    for name, value, target, ok in rows:
        verdict = "-" if ok == "-" else ("pass" if ok else "FAIL")
        print(f"{name:50} {value:>8} {target:>7}  {verdict}")
    emit("bundle", [figure(name, float(value), "" if target == "-" else target,
                           unit="x" if name.startswith("ratio") else None) for name, value, target, _ in rows])
    for vault in (pub, *laps, *floors):
        vault.close()
    import shutil
    shutil.rmtree(base, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
