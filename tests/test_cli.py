"""The `binder` CLI as a user runs it: real subprocesses, real vault files, exit codes."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from tests.records_for_tests import C1

ROOT = Path(__file__).resolve().parent.parent


def run(*args: str, env: dict[str, str] | None = None, vault: Path | None = None,
        input: str | None = None) -> subprocess.CompletedProcess[str]:
    full_env = {**os.environ, "BINDER_KDF_TARGET_MS": "30", "BINDER_LANG": "en", **(env or {})}
    cmd = [sys.executable, "-m", "binder"] + (["--vault", str(vault)] if vault else []) + list(args)
    return subprocess.run(cmd, capture_output=True, text=True, env=full_env, input=input, cwd=ROOT, timeout=120)


@pytest.fixture
def cli_vault(tmp_path: Path) -> tuple[Path, dict[str, str]]:
    env = {"BINDER_PASSPHRASE": "hemligt lösenord"}
    path = tmp_path / "v"
    r = run("init", "--publisher", "--organisation", "Testkommun", env=env, vault=path)
    assert r.returncode == 0, r.stderr
    assert "recovery key" in r.stdout
    return path, env


def test_version_and_help() -> None:
    r = run("--version")
    assert r.returncode == 0 and r.stdout.startswith("Krispärm ")
    assert run("--help").returncode == 0


def test_usage_errors_exit_2(cli_vault: tuple[Path, dict[str, str]]) -> None:
    path, env = cli_vault
    r = run("list", "unicorns", env=env, vault=path)
    assert r.returncode == 2 and "invalid choice" in r.stderr
    assert run("frobnicate").returncode == 2


def test_refusals_exit_1_with_one_line_no_traceback(cli_vault: tuple[Path, dict[str, str]], tmp_path: Path) -> None:
    path, env = cli_vault
    cases = [
        run("list", "contacts", env={"BINDER_PASSPHRASE": "wrong passphrase"}, vault=path),
        run("list", "contacts", env=env, vault=tmp_path / "nowhere"),
        run("show", "contacts", "00000000-0000-4000-8000-000000000000", env=env, vault=path),
        run("add", "contacts", "--set", "name=", env=env, vault=path),
        run("add", "contacts", "--set", "name=A", "--set", 'channels=[{"kind":"mobile","value":"nope"}]',
            env=env, vault=path),
        run("import-data", str(tmp_path / "missing.json"), env=env, vault=path),
        run("init", env=env, vault=path),
        run("list", "contacts", vault=path),   # no passphrase, no terminal
    ]
    for r in cases:
        assert r.returncode == 1, (r.args, r.stdout, r.stderr)
        assert "Traceback" not in r.stderr
        assert len(r.stderr.strip().splitlines()) == 1, r.stderr
        assert r.stderr.startswith("binder: ")


def test_messages_follow_language(cli_vault: tuple[Path, dict[str, str]]) -> None:
    path, _ = cli_vault
    r = run("--lang", "sv", "list", "contacts", env={"BINDER_PASSPHRASE": "fel"}, vault=path)
    assert r.returncode == 1 and "Fel lösenfras" in r.stderr


def test_full_cli_workflow(cli_vault: tuple[Path, dict[str, str]], tmp_path: Path) -> None:
    path, env = cli_vault
    from tests.records_for_tests import sample
    doc: dict[str, Any] = {"format": "krisparm-binder", "format_version": 1,
                           "binder": {"organisation": "Testkommun", "classification": "Sekretess"}}
    for kind, rid, data in sample():
        section = {"contact": "contacts", "routine": "routines", "asset": "assets", "comms": "comms",
                   "staff": "staff", "shift": "shifts", "partner": "partners"}[kind]
        doc.setdefault(section, []).append({"id": rid, **data})
    src = tmp_path / "in.json"
    src.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    r = run("import-data", str(src), "--json", env=env, vault=path)
    assert r.returncode == 0, r.stderr
    assert json.loads(r.stdout)["added"]["contact"] == 3

    listed = json.loads(run("list", "contacts", "--json", env=env, vault=path).stdout)
    assert [c["name"] for c in listed] == ["Zacharias Öst", "Ängla Berg", "Örjan Åkesson"]
    assert all("id" in c for c in listed)
    shown = json.loads(run("show", "contacts", C1, "--json", env=env, vault=path).stdout)
    assert shown["crisis_role"] == "Krisledningschef" and shown["channels"][0]["e164"] == "+46701234567"

    hits = json.loads(run("search", "070-123", "--json", env=env, vault=path).stdout)
    assert hits[0]["id"] == C1 and set(hits[0]) >= {"kind", "id", "title", "score"}

    assert run("--operator", "Örjan", "log", "add", "Stab öppnad", "--kind", "decision", "--occurred",
               "2026-11-25T08:40", env=env, vault=path).returncode == 0
    assert run("log", "correct", "1", "Stab öppnad 08:45", env={**env, "BINDER_OPERATOR": "Ängla"},
               vault=path).returncode == 0
    log = json.loads(run("list", "log", "--json", env=env, vault=path).stdout)
    assert log[1]["corrects"] == 1 and log[0]["occurred_at"].startswith("2026-11-25T08:40")
    assert (log[0]["author"], log[0]["decided_by"], log[1]["author"]) == ("Örjan", "Örjan", "Ängla")
    assert "intact" in run("log", "verify", env=env, vault=path).stdout

    plan = json.loads(run("list", "assets", "--order", "restoration", "--json", env=env, vault=path).stdout)
    assert plan[1]["blocked_by"] == ["Nätverk"]
    assert run("status", plan[0]["id"], "restored", "--by", "IT", env=env, vault=path).returncode == 0
    plan = json.loads(run("list", "assets", "--order", "restoration", "--json", env=env, vault=path).stdout)
    assert plan[0]["status"] == "restored" and plan[1]["blocked_by"] == []

    routine = json.loads(run("list", "routines", "--json", env=env, vault=path).stdout)[0]
    run_doc = json.loads(run("runs", "start", routine["id"], "--by", "TiB", "--json", env=env, vault=path).stdout)
    ticked = json.loads(run("runs", "step", run_doc["id"], "1", "done", "--by", "Anna", "--json",
                            env=env, vault=path).stdout)
    assert ticked["steps"][0]["status"] == "done" and ticked["steps"][0]["by"] == "Anna"

    warnings = json.loads(run("staff-warnings", "--json", env=env, vault=path).stdout)
    assert warnings and warnings[0]["rule"] == "long_shift"

    out = tmp_path / "out.vcf"
    assert run("export-data", str(out), env=env, vault=path).returncode == 0 and "BEGIN:VCARD" in out.read_text()
    assert run("backup", env=env, vault=path).returncode == 0
    backups = json.loads(run("backups", "--json", env=env, vault=path).stdout)
    assert any(b["reason"] == "manual" for b in backups) and any(b["reason"] == "before-import" for b in backups)


def test_passwd_and_recovery(tmp_path: Path) -> None:
    path = tmp_path / "v"
    r = run("init", "--json", env={"BINDER_PASSPHRASE": "första lösenordet"}, vault=path)
    recovery = json.loads(r.stdout)["recovery_key"]
    r = run("passwd", env={"BINDER_PASSPHRASE": "första lösenordet", "BINDER_NEW_PASSPHRASE": "andra lösenordet"},
            vault=path)
    assert r.returncode == 0, r.stderr
    assert run("list", "contacts", env={"BINDER_PASSPHRASE": "första lösenordet"}, vault=path).returncode == 1
    assert run("list", "contacts", env={"BINDER_PASSPHRASE": "andra lösenordet"}, vault=path).returncode == 0
    r = run("passwd", "--recovery", env={"BINDER_RECOVERY_KEY": recovery, "BINDER_NEW_PASSPHRASE": "tredje lösenordet"},
            vault=path)
    assert r.returncode == 0, r.stderr
    assert run("list", "contacts", env={"BINDER_PASSPHRASE": "tredje lösenordet"}, vault=path).returncode == 0


def test_demo_command_loads_demo_municipality(tmp_path: Path) -> None:
    path = tmp_path / "demo"
    r = run("demo", "--json", vault=path)
    assert r.returncode == 0, r.stderr
    assert json.loads(r.stdout)["added"]["contact"] >= 300
    env = {"BINDER_PASSPHRASE": "krisparm-demo"}
    assert len(json.loads(run("list", "routines", "--json", env=env, vault=path).stdout)) >= 40


def test_metadata_and_stale_flag(cli_vault: tuple[Path, dict[str, str]]) -> None:
    path, env = cli_vault
    r = run("metadata", "--set", "classification=Sekretess / Restricted", "--set", "review_due=2027-05-01",
            "--json", env=env, vault=path)
    assert r.returncode == 0, r.stderr
    assert json.loads(r.stdout)["classification"] == "Sekretess / Restricted"
    assert run("metadata", "--set", "review_due=soon", env=env, vault=path).returncode == 1
    run("add", "contacts", "--set", "name=Gammal", "--set", "verified_on=2020-01-01", env=env, vault=path)
    run("add", "contacts", "--set", "name=Färsk", "--set", f"verified_on={__import__('datetime').date.today()}",
        env=env, vault=path)
    listed = {c["name"]: c["stale"] for c in json.loads(run("list", "contacts", "--json", env=env, vault=path).stdout)}
    assert listed == {"Färsk": False, "Gammal": True}


def test_tampered_page_refused_by_check_and_by_commands(cli_vault: tuple[Path, dict[str, str]], tmp_path: Path) -> None:
    path, env = cli_vault
    rows = [{"name": f"Person {i}", "notes": "anteckning " * 40} for i in range(300)]
    doc = {"format": "krisparm-binder", "format_version": 1, "contacts": rows}
    src = tmp_path / "many.json"
    src.write_text(json.dumps(doc), encoding="utf-8")
    assert run("import-data", str(src), env=env, vault=path).returncode == 0
    assert "intact" in run("check", env=env, vault=path).stdout
    db = path / "vault.db"
    data = bytearray(db.read_bytes())
    data[len(data) // 2] ^= 0x55
    db.write_bytes(bytes(data))
    for args in (("check",), ("list", "contacts"), ("search", "Person")):
        r = run(*args, env=env, vault=path)
        assert r.returncode == 1, (args, r.stderr)
        assert "damaged or has been tampered with" in r.stderr and "Traceback" not in r.stderr
    r = run("restore", "--yes", env=env, vault=path)
    assert r.returncode == 0, r.stderr
    assert len(json.loads(run("list", "contacts", "--json", env=env, vault=path).stdout)) == 0  # pre-import backup
