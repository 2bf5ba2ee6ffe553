"""Numbered migrations: fresh schema == migrated schema; golden vaults of every release upgrade."""
from __future__ import annotations

import shutil
from pathlib import Path

from binder.store import incident_log, records, restoration, routine_runs
from binder.vault import database as db
from binder.vault.vault import Vault, list_backups
from tests.conftest import FAST_KDF

GOLDEN = Path(__file__).parent / "golden"
GOLDEN_PASSPHRASES = {"v1": "golden-vault-v1"}


def schema_of(conn: db.Connection) -> list[tuple[str, str]]:
    return sorted((name, sql or "") for name, sql in conn.execute(
        "SELECT name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' AND name NOT LIKE 'search_index_%'"))


def test_migrations_are_numbered_contiguously() -> None:
    versions = [v for v, _ in db.migrations()]
    assert versions == list(range(1, len(versions) + 1))


def test_every_golden_vault_opens_and_upgrades(tmp_path: Path) -> None:
    goldens = sorted(p for p in GOLDEN.iterdir() if p.is_dir())
    assert goldens, "no golden vaults"
    fresh, _ = Vault.create(tmp_path / "fresh", "fresh-passphrase", publisher=True, kdf=FAST_KDF)
    fresh_schema = schema_of(fresh.db)
    fresh.close()
    for golden in goldens:
        work = tmp_path / golden.name
        shutil.copytree(golden, work)
        with Vault.open(work, GOLDEN_PASSPHRASES[golden.name]) as v:
            assert db.current_version(v.db) == db.schema_version()
            assert schema_of(v.db) == fresh_schema
            contacts = records.list_records(v, "contact")
            assert [c.title for c in contacts] == ["Ängla Berg", "Örjan Åkesson"]
            assert contacts[1].data["channels"][0]["e164"] == "+46701234567"
            assert incident_log.verify(v) == (True, 1, "")
            assert routine_runs.get(v, "run-1").steps[0].status == "done"
            plan = restoration.plan(v)
            assert [i.record.title for i in plan] == ["Nätverk", "E-post"]
            assert not plan[1].blocked
            for kind in ("routine", "comms", "staff", "shift", "partner"):
                assert records.count(v, kind) == 1
        if db.schema_version() > int(golden.name[1:]):
            assert any(b.reason == "before-migration" for b in list_backups(work))


def test_golden_vaults_are_untouched() -> None:
    """Golden vaults are kept byte for byte; tests must copy them before opening."""
    import hashlib
    for line in (GOLDEN / "SHA256SUMS").read_text().splitlines():
        digest, name = line.split()
        assert hashlib.sha256((GOLDEN / name).read_bytes()).hexdigest() == digest, f"{name} was modified"
