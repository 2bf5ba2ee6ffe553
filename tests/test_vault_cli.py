"""Vault commands from the command line: the demo's own folder, one line for a tampered page
(issue 11 §8)."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from binder.store import records
from binder.vault.vault import Vault
from tests.conftest import PASSPHRASE

ROOT = Path(__file__).resolve().parent.parent


def binder(*args: str, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    full = {k: v for k, v in os.environ.items() if not k.startswith(("BINDER_", "XDG_"))}
    full.update({"BINDER_LANG": "en", "BINDER_KDF_TARGET_MS": "30", **env})
    return subprocess.run([sys.executable, "-m", "binder", *args], capture_output=True, text=True, env=full,
                          cwd=ROOT, timeout=300)


def test_demo_without_vault_uses_its_own_folder_not_the_default_vault(tmp_path: Path) -> None:
    env = {"HOME": str(tmp_path), "XDG_DATA_HOME": str(tmp_path / "data")}
    made = binder("demo", env=env)
    assert made.returncode == 0, made.stderr
    assert (tmp_path / "data" / "krisparm" / "demo-vault" / "vault.db").is_file()
    assert not (tmp_path / "data" / "krisparm" / "vault").exists()
    real = binder("init", env={**env, "BINDER_PASSPHRASE": "kommunens riktiga lösen"})
    assert real.returncode == 0, real.stderr
    assert (tmp_path / "data" / "krisparm" / "vault" / "vault.db").is_file()


def test_tampered_page_prints_one_line(vault_path: Path) -> None:
    with Vault.open(vault_path, PASSPHRASE) as v:
        for i in range(200):
            records.save(v, "contact", {"name": f"Person {i}", "notes": "x" * 200})
        v.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    data = bytearray((vault_path / "vault.db").read_bytes())
    data[4096 * 5 + 100] ^= 0xFF
    (vault_path / "vault.db").write_bytes(bytes(data))
    result = binder("--vault", str(vault_path), "info", env={"BINDER_PASSPHRASE": PASSPHRASE})
    assert result.returncode == 1
    assert result.stderr.count("\n") == 1, result.stderr[:2000]
    assert "damaged or has been tampered with" in result.stderr
