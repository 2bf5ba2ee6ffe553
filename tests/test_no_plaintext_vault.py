"""A canary string in every kind of record never appears in plain text in any file of the vault folder."""
from __future__ import annotations

from pathlib import Path

from binder.store import incident_log, restoration, routine_runs
from binder.vault.vault import Vault
from tests.conftest import PASSPHRASE
from tests.records_for_tests import A1, R1, load_sample

CANARY = "KANARIEFÅGEL7731"


def forms(text: str) -> list[bytes]:
    return [text.encode("utf-8"), text.encode("utf-16-le"), text.casefold().encode("utf-8"),
            text.lower().encode("utf-8")]


def test_canary_never_at_rest(vault_path: Path) -> None:
    with Vault.open(vault_path, PASSPHRASE) as v:
        load_sample(v, marker=CANARY)
        incident_log.add(v, f"Logg {CANARY}", author=CANARY, decided_by=CANARY)
        run = routine_runs.start(v, R1, started_by=CANARY)
        routine_runs.set_step(v, run.id, "1", "done", by=CANARY, remark=CANARY)
        restoration.set_status(v, A1, "rebuilding", by=CANARY, note=CANARY)
        v.backup("canary")
        # while the vault is still open (WAL and shm present) …
        files_open = [p for p in vault_path.rglob("*") if p.is_file()]
        assert any(p.name.endswith("-wal") for p in files_open)
        for p in files_open:
            data = p.read_bytes()
            for needle in forms(CANARY):
                assert needle not in data, f"canary in {p}"
    for p in vault_path.rglob("*"):
        if p.is_file():
            data = p.read_bytes()
            for needle in forms(CANARY):
                assert needle not in data, f"canary in {p}"
