"""How tests/golden/v1/ was made: a vault at schema version 1 (Krispärm 0.1.0) with one record of
every kind, a log entry, a routine run and a restoration status.

It is kept, not regenerated: later versions must open and upgrade this exact file.
Run from the repository root: python tests/golden/make_golden_v1.py tests/golden/v1
Passphrase: golden-vault-v1
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

from binder.store import records
from binder.store.incident_log import append
from binder.vault import database as db
from binder.vault.vault import Vault

PASSPHRASE = "golden-vault-v1"
FAST = {"iterations": 1, "memory_kib": 64 * 1024, "lanes": 4}
C1, C2, R1, A1, A2, M1, S1, SH1, P1 = (f"00000000-0000-4000-8000-00000000000{i}" for i in range(1, 10))


def main(dest: Path) -> None:
    original = db.migrations
    db.migrations = lambda: original()[:1]  # schema 1 only
    try:
        vault, _ = Vault.create(dest, PASSPHRASE, publisher=True, organisation="Golden kommun",
                                organisation_id="golden", kdf=FAST)
    finally:
        db.migrations = original
    rows = [
        ("contact", C1, {"name": "Örjan Åkesson", "crisis_role": "Krisledningschef", "deputies": [C2],
                         "channels": [{"kind": "mobile", "value": "070-123 45 67", "e164": "+46701234567"},
                                      {"kind": "rakel", "value": "2401234", "talk_group": "KOM KRIS-1"}],
                         "verified_on": "2026-10-01"}),
        ("contact", C2, {"name": "Ängla Berg", "crisis_role": "Stabschef"}),
        ("routine", R1, {"title": "Aktivera krisledningen", "first_hour": True,
                         "steps": [{"number": "1", "instruction": "Ring krisledningschefen", "time_target_min": 0,
                                    "contacts": [C1]}]}),
        ("asset", A1, {"name": "Nätverk", "asset_kind": "system", "tier": 1, "rank": 1}),
        ("asset", A2, {"name": "E-post", "asset_kind": "service", "tier": 2, "rank": 1, "depends_on": [A1]}),
        ("comms", M1, {"target_group": "residents", "title": "Invånare", "key_messages": ["Vi arbetar på det"]}),
        ("staff", S1, {"name": "Örjan Åkesson", "contact": C1, "roles": ["Krisledningschef"]}),
        ("shift", SH1, {"staff": S1, "start": "2026-11-20T07:00:00+01:00", "end": "2026-11-20T19:00:00+01:00"}),
        ("partner", P1, {"organisation": "Grannby kommun", "contact": C2, "provides": ["IT-tekniker"]}),
    ]
    with vault.transaction() as conn:
        for kind, rid, data in rows:
            assert isinstance(data, dict)
            records.write(conn, kind, data, record_id=rid, origin="published", version=1)
        append(conn, "Krisledningen aktiverad", kind="decision", occurred_at="2026-11-20T08:00:00+01:00",
               author="Örjan", decided_by="Örjan Åkesson")
        conn.execute("INSERT INTO routine_runs(id, routine_id, routine_title, steps, started_at) VALUES "
                     "('run-1', ?, 'Aktivera krisledningen', ?, '2026-11-20T08:01:00+01:00')",
                     (R1, json.dumps([{"number": "1", "instruction": "Ring krisledningschefen"}])))
        conn.execute("INSERT INTO run_steps VALUES ('run-1', '1', 'done', 'Örjan', '2026-11-20T08:02:00+01:00', '')")
        conn.execute("INSERT INTO restoration_status(asset_id, status, at, by) VALUES (?, 'restored', "
                     "'2026-11-20T12:00:00+01:00', 'IT')", (A1,))
    assert db.current_version(vault.db) == 1
    vault.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    vault.db.execute("PRAGMA journal_mode = DELETE")
    vault.close()


if __name__ == "__main__":
    main(Path(sys.argv[1]))
