"""Restore keeps the incident log, lists other losses, always leaves a named before-restore backup;
backups thinned by age with hand-made ones kept (issue 11 §5)."""
from __future__ import annotations

import os
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from binder.store import incident_log, records
from binder.vault import restore as restore_mod
from binder.vault.backups import Backup, backup_name, to_thin
from binder.vault.vault import Vault, list_backups
from tests.conftest import PASSPHRASE

ROOT = Path(__file__).resolve().parent.parent


def test_restore_carries_newer_log_entries_onto_the_restored_log(vault_path: Path) -> None:
    with Vault.open(vault_path, PASSPHRASE) as v:
        incident_log.add(v, "Före säkerhetskopian", author="Tjänsteman i beredskap")
        backup = v.backup("manual")
        first = incident_log.add(v, "Skrivet efteråt", kind="decision", author="Åsa")
        incident_log.add(v, "Rättelse av det", author="Tjänsteman i beredskap", corrects=first.seq)
        records.save(v, "contact", {"name": "Ny efteråt"})
        plan = restore_mod.plan(v.path, bytes(v._key), backup.path)
        assert plan.log_to_carry == 2
        assert plan.losses == {"records (contact)": 1}
        v.restore(backup)
    with Vault.open(vault_path, PASSPHRASE) as v:
        entries = incident_log.entries(v)
        assert [e.text for e in entries[:3]] == ["Före säkerhetskopian", "Skrivet efteråt", "Rättelse av det"]
        assert entries[1].author == "Åsa" and entries[1].id == first.id and entries[1].kind == "decision"
        assert entries[2].corrects == entries[1].seq
        assert "Restored the backup" in entries[3].text and "2 log entries" in entries[3].text
        assert incident_log.verify(v) == (True, 4, "")
        assert records.count(v, "contact") == 0
        reasons = [b.reason for b in v.backups()]
    assert "before-restore" in reasons


def test_restore_from_a_damaged_live_database_keeps_a_raw_before_restore_copy(vault_path: Path) -> None:
    with Vault.open(vault_path, PASSPHRASE) as v:
        backup = v.backup("manual")
    raw = (vault_path / "vault.db").read_bytes()
    (vault_path / "vault.db").write_bytes(raw[:4096] + os.urandom(len(raw) - 4096))
    key = Vault.load_keyslots(vault_path).unlock_with_passphrase(PASSPHRASE)
    plan = restore_mod.plan(vault_path, key, backup.path)
    assert not plan.live_readable
    result = restore_mod.restore_backup(vault_path, key, backup.path)
    assert result.before_restore is not None and "before-restore" in result.before_restore.path.name
    assert result.before_restore.path.stat().st_size == len(raw)      # the damaged file, kept as it was
    Vault.open(vault_path, PASSPHRASE).close()


def _backup(when: datetime, reason: str) -> Backup:
    return Backup(Path(backup_name(reason, when)), when.isoformat(), reason, 1)


def test_thinning_by_age_keeps_hand_made_ones_and_one_per_hour_then_day() -> None:
    now = datetime(2026, 12, 1, 12, 0, tzinfo=UTC)
    made = [_backup(now - timedelta(minutes=m), "before-import") for m in range(0, 60 * 24 * 40, 20)]
    made.append(_backup(now - timedelta(days=60), "manual"))
    made.sort(key=lambda b: b.path.name, reverse=True)
    removed = {b.path.name for b in to_thin(made, now, keep_newest=10)}
    kept = [b for b in made if b.path.name not in removed]
    assert any(b.reason == "manual" for b in kept)              # by hand: never thinned
    automatic = [b for b in kept if b.reason != "manual"]
    assert automatic[:10] == [b for b in made if b.reason != "manual"][:10]
    ages = [now - datetime.fromisoformat(b.created_at) for b in automatic[10:]]
    assert all(age <= timedelta(days=31) for age in ages)
    hours = {(now - a).strftime("%Y%m%d%H") for a in ages if a <= timedelta(days=1)}
    days = {(now - a).strftime("%Y%m%d") for a in ages if a > timedelta(days=1)}
    assert len(ages) == len(hours) + len(days)                # one per hour, then one per day
    assert 25 <= len(days) <= 31


def test_eleven_automatic_backups_do_not_push_out_a_hand_made_one(vault_path: Path) -> None:
    with Vault.open(vault_path, PASSPHRASE) as v:
        mine = v.backup("manual")
        for _ in range(11):
            v.backup("before-import")
        assert mine.path in [b.path for b in v.backups()]


def test_refused_write_leaves_no_backup(vault_path: Path) -> None:
    with Vault.open(vault_path, PASSPHRASE) as v:
        made = v.backup("before-import")
        v.discard_backup(made)
        assert made.path not in [b.path for b in v.backups()] and not made.keys_path.exists()


def run_cli(vault_path: Path, *args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "BINDER_PASSPHRASE": PASSPHRASE, "BINDER_LANG": "en"}
    return subprocess.run([sys.executable, "-m", "binder", "--vault", str(vault_path), *args], capture_output=True,
                          text=True, env=env, cwd=ROOT, timeout=120, input=stdin)


def test_cli_restore_lists_losses_and_needs_yes_without_a_terminal(vault_path: Path) -> None:
    with Vault.open(vault_path, PASSPHRASE) as v:
        backup = v.backup("manual")
        incident_log.add(v, "Efter kopian", author="Tjänsteman i beredskap")
        records.save(v, "contact", {"name": "Ny"})
    refused = run_cli(vault_path, "restore", backup.path.name, stdin="")
    assert refused.returncode == 1
    assert "records (contact): 1" in refused.stdout and "entries written since the backup are kept: 1" in refused.stdout
    assert refused.stderr.count("\n") == 1 and "--yes" in refused.stderr
    assert len(list_backups(vault_path)) == 1                   # refused: nothing written
    done = run_cli(vault_path, "restore", backup.path.name, "--yes")
    assert done.returncode == 0, done.stderr
    assert "before-restore" in done.stdout
    with Vault.open(vault_path, PASSPHRASE) as v:
        assert next(e.text for e in incident_log.entries(v)) == "Efter kopian"


def test_cli_passwd_and_restore_with_recovery_key_and_emptied_key_file(vault_path: Path, recovery_key: str) -> None:
    with Vault.open(vault_path, PASSPHRASE) as v:
        backup = v.backup("manual")
        incident_log.add(v, "Bevaras", author="Tjänsteman i beredskap")
    (vault_path / "keyslots.json").write_bytes(b"")
    info = run_cli(vault_path, "info")
    assert info.returncode == 1 and "restore-keys" in info.stderr and info.stderr.count("\n") == 1
    env_recovery = {**os.environ, "BINDER_RECOVERY_KEY": recovery_key, "BINDER_LANG": "en",
                    "BINDER_NEW_PASSPHRASE": "ett nytt långt lösen"}
    env_recovery.pop("BINDER_PASSPHRASE", None)
    passwd = subprocess.run([sys.executable, "-m", "binder", "--vault", str(vault_path), "passwd", "--recovery"],
                            capture_output=True, text=True, env=env_recovery, cwd=ROOT, timeout=120)
    assert passwd.returncode == 0, passwd.stderr
    (vault_path / "keyslots.json").write_bytes(b"")
    restored = subprocess.run([sys.executable, "-m", "binder", "--vault", str(vault_path), "restore",
                               backup.path.name, "--recovery", "--yes"],
                              capture_output=True, text=True, env=env_recovery, cwd=ROOT, timeout=120)
    assert restored.returncode == 0, restored.stderr
    with Vault.open(vault_path, recovery_key=recovery_key) as v:
        assert incident_log.entries(v)[0].text == "Bevaras"


def test_eleven_refused_imports_leave_no_backups(vault_path: Path, tmp_path: Path) -> None:
    import json as json_mod

    from binder.errors import ValidationError
    from binder.interchange import import_file
    bad = tmp_path / "bad.json"
    bad.write_text(json_mod.dumps({"format": "krisparm-binder", "format_version": 1, "staff": [
        {"name": "Åsa", "contact": "00000000-0000-4000-8000-000000000099"}]}), encoding="utf-8")
    with Vault.open(vault_path, PASSPHRASE) as v:
        mine = v.backup("manual")
        for _ in range(11):
            with pytest.raises(ValidationError):
                import_file(v, bad)
        assert [b.path for b in v.backups()] == [mine.path]
