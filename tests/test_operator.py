"""Who did it: the operator named by the caller is recorded everywhere, never the login name.

Core: every log entry, tick, run start, restoration status and amendment records the operator
passed in; an empty operator is refused with nothing written. CLI (real subprocesses): a command
that records who did something is refused without an operator (exit 1, one line, vault files
byte for byte unchanged); `--operator` and `BINDER_OPERATOR` work; `--by`/`--author` win.
"""
from __future__ import annotations

import ast
import hashlib
import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from binder.errors import ValidationError
from binder.model import schema
from binder.model.validate import clean_record
from binder.store import amendments, incident_log, operators, records, restoration, routine_runs
from binder.vault.vault import Vault
from tests.conftest import PASSPHRASE
from tests.records_for_tests import A1, C1, R1, sample

ROOT = Path(__file__).resolve().parent.parent


def _publish_sample(vault: Vault) -> None:
    """The sample binder as the coordinator's records on this laptop (amendable)."""
    with vault.transaction() as conn:
        for kind, rid, data in sample():
            records.write(conn, kind, clean_record(schema.KINDS[kind], data), record_id=rid,
                          origin="published", version=1)


@pytest.fixture
def lap(laptop: Vault) -> Vault:
    _publish_sample(laptop)
    return laptop


def _counts(vault: Vault) -> tuple[int, ...]:
    tables = ("log_entries", "routine_runs", "run_steps", "restoration_status", "amendments")
    return tuple(vault.db.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in tables)


# -- core --------------------------------------------------------------------------------------

def test_core_records_the_operator_on_every_kind_of_entry(lap: Vault) -> None:
    noted = incident_log.add(lap, "Strömmen är borta i stadshuset", author="Åsa Lind", role="Stabschef")
    assert (noted.kind, noted.author, noted.role, noted.decided_by) == ("information", "Åsa Lind", "Stabschef", "")
    decided = incident_log.add(lap, "Krisledningen aktiveras", kind="decision", author="Åsa Lind")
    assert decided.decided_by == "Åsa Lind"          # a decision records who decided: the operator by default
    by_other = incident_log.add(lap, "Skolorna stängs", kind="decision", author="Åsa Lind",
                                decided_by="Örjan Åkesson")
    assert (by_other.author, by_other.decided_by) == ("Åsa Lind", "Örjan Åkesson")
    fixed = incident_log.add(lap, "Strömmen är borta i hela kommunhuset", author="Bo Ek", corrects=noted.seq)
    assert (fixed.author, fixed.corrects) == ("Bo Ek", noted.seq)

    run = routine_runs.start(lap, R1, started_by="Åsa Lind")
    assert run.started_by == "Åsa Lind"
    ticked = routine_runs.set_step(lap, run.id, "1", "done", by="Bo Ek")
    assert (ticked.steps[0].status, ticked.steps[0].by) == ("done", "Bo Ek")
    status = restoration.set_status(lap, A1, "rebuilding", by="Cilla Öst")
    assert restoration.current_statuses(lap)[A1].by == status.by == "Cilla Öst"
    amended = amendments.amend(lap, "contact", C1, "notes", "Nås via växeln", author="Bo Ek")
    assert amendments.list_amendments(lap, "active")[0].author == amended.author == "Bo Ek"
    assert incident_log.verify(lap)[0]


@pytest.mark.parametrize("nobody", ["", "   "])
def test_core_refuses_an_entry_without_operator_and_writes_nothing(lap: Vault, nobody: str) -> None:
    run = routine_runs.start(lap, R1, started_by="Åsa Lind")
    before = _counts(lap)
    attempts = [
        lambda: incident_log.add(lap, "Ingen vet vem", author=nobody),
        lambda: incident_log.add(lap, "Beslut utan namn", kind="decision", author=nobody, decided_by="Bo"),
        lambda: routine_runs.start(lap, R1, started_by=nobody),
        lambda: routine_runs.set_step(lap, run.id, "1", "done", by=nobody),
        lambda: restoration.set_status(lap, A1, "restored", by=nobody),
        lambda: amendments.amend(lap, "contact", C1, "notes", "Ny anteckning", author=nobody),
    ]
    for attempt in attempts:
        with pytest.raises(ValidationError, match="is required: the name of the person doing this"):
            attempt()
    assert _counts(lap) == before


def test_nothing_in_binder_reads_the_login_name() -> None:
    """No fallback to the computer's login name anywhere: getuser, getlogin, getpwuid, $USER."""
    found = []
    for path in sorted((ROOT / "binder").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Attribute) and node.attr in ("getuser", "getlogin", "getpwuid"):
                found.append(f"{path.relative_to(ROOT)}:{node.lineno} {node.attr}")
            if isinstance(node, ast.Constant) and node.value in ("USER", "LOGNAME", "USERNAME"):
                found.append(f"{path.relative_to(ROOT)}:{node.lineno} {node.value!r}")
    assert found == []


def test_known_operators_are_remembered_and_found_on_entries(lap: Vault) -> None:
    assert operators.known(lap) == []
    operators.remember(lap, "Örjan Åkesson", "Krisledningschef")
    operators.remember(lap, " Ängla Berg ", "Stabschef")
    operators.remember(lap, "ängla berg", "Presschef")           # the same person: the newest role wins
    incident_log.add(lap, "Lägesbild", author="Zacharias Öst", role="Sambandsansvarig")
    restoration.set_status(lap, A1, "down", by="Anders Ahl")
    known = operators.known(lap)
    assert [(o.name, o.role) for o in known] == [
        ("Anders Ahl", ""), ("Zacharias Öst", "Sambandsansvarig"), ("ängla berg", "Presschef"),
        ("Örjan Åkesson", "Krisledningschef")]               # Swedish order: z < ä < ö
    with pytest.raises(ValidationError):
        operators.remember(lap, "  ")


def test_known_operators_survive_reopening(lap: Vault, laptop_path: Path) -> None:
    operators.remember(lap, "Åsa Lind", "Stabschef")
    lap.close()
    again = Vault.open(laptop_path, PASSPHRASE)
    try:
        assert operators.known(again) == [operators.Operator("Åsa Lind", "Stabschef")]
    finally:
        again.close()


# -- the command line --------------------------------------------------------------------------

def _binder(vault: Path, *args: str, **env: str) -> subprocess.CompletedProcess[str]:
    full = {k: v for k, v in os.environ.items() if k != "BINDER_OPERATOR"}
    full.update({"BINDER_KDF_TARGET_MS": "30", "BINDER_LANG": "en", "BINDER_PASSPHRASE": PASSPHRASE, **env})
    return subprocess.run([sys.executable, "-m", "binder", "--vault", str(vault), *args], capture_output=True,
                          text=True, env=full, cwd=ROOT, timeout=120)


def _fingerprint(folder: Path) -> dict[str, str]:
    return {str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file()}


@pytest.fixture
def cli_laptop(laptop_path: Path) -> Iterator[tuple[Path, str]]:
    """A closed laptop vault with the sample binder published, one log entry and one started run."""
    vault = Vault.open(laptop_path, PASSPHRASE)
    try:
        _publish_sample(vault)
        incident_log.add(vault, "Första anteckningen", author="Åsa Lind")
        run_id = routine_runs.start(vault, R1, started_by="Åsa Lind").id
    finally:
        vault.close()
    yield laptop_path, run_id


def test_cli_refuses_recording_commands_without_operator_and_changes_nothing(
        cli_laptop: tuple[Path, str]) -> None:
    path, run_id = cli_laptop
    commands = [("log", "add", "Vem skrev detta?"), ("log", "correct", "1", "Rättad text"),
                ("runs", "start", R1), ("runs", "step", run_id, "1", "done"), ("status", A1, "restored"),
                ("amend", "contacts", C1, "notes", "Ny anteckning"),
                ("bundle", "import", str(path / "old.kbundle"), "--accept-expired", "--yes")]
    before = _fingerprint(path)
    for command in commands:
        r = _binder(path, *command)
        assert r.returncode == 1, (command, r.stdout, r.stderr)
        assert r.stderr.strip().splitlines() == [
            "binder: No operator given: say who is doing this with --operator NAME or set "
            "BINDER_OPERATOR=NAME. Nothing was changed."], command
        assert r.stdout == ""
    swedish = _binder(path, "--lang", "sv", "log", "add", "Vem skrev detta?")
    assert swedish.returncode == 1 and len(swedish.stderr.strip().splitlines()) == 1
    assert "Ingen operatör" in swedish.stderr and "--operator" in swedish.stderr
    blank = _binder(path, "--operator", " ", "status", A1, "restored", BINDER_OPERATOR="")
    assert blank.returncode == 1 and "No operator given" in blank.stderr
    assert _fingerprint(path) == before


def test_cli_operator_option_and_environment_are_recorded(cli_laptop: tuple[Path, str]) -> None:
    path, _run_id = cli_laptop
    assert _binder(path, "--operator", "Bo Ek", "log", "add", "Vattnet är tillbaka").returncode == 0
    assert _binder(path, "log", "add", "Kommunen stänger skolorna", "--kind", "decision",
                   BINDER_OPERATOR="Cilla Öst").returncode == 0
    assert _binder(path, "log", "correct", "2", "Vattnet är tillbaka i norra delen",
                   BINDER_OPERATOR="Cilla Öst").returncode == 0
    log = json.loads(_binder(path, "list", "log", "--json").stdout)
    by_seq = {e["seq"]: e for e in log}
    assert (by_seq[2]["author"], by_seq[2]["kind"], by_seq[2]["decided_by"]) == ("Bo Ek", "information", "")
    assert (by_seq[3]["author"], by_seq[3]["decided_by"]) == ("Cilla Öst", "Cilla Öst")
    assert (by_seq[4]["author"], by_seq[4]["corrects"]) == ("Cilla Öst", 2)
    # --operator wins over the environment
    r = _binder(path, "--operator", "Bo Ek", "status", A1, "isolated", "--json", BINDER_OPERATOR="Cilla Öst")
    assert json.loads(r.stdout)["by"] == "Bo Ek"
    r = _binder(path, "amend", "contacts", C1, "notes", "Nås via växeln", "--json", BINDER_OPERATOR="Cilla Öst")
    assert json.loads(r.stdout)["author"] == "Cilla Öst"
    r = _binder(path, "--operator", "Bo Ek", "runs", "start", R1, "--json")
    assert json.loads(r.stdout)["started_by"] == "Bo Ek"


def test_cli_by_wins_over_operator(cli_laptop: tuple[Path, str]) -> None:
    path, run_id = cli_laptop
    r = _binder(path, "--operator", "Bo Ek", "runs", "step", run_id, "1", "done", "--by", "Dan Fors", "--json",
                BINDER_OPERATOR="Cilla Öst")
    assert r.returncode == 0, r.stderr
    assert json.loads(r.stdout)["steps"][0]["by"] == "Dan Fors"
    r = _binder(path, "runs", "step", run_id, "2a", "not_applicable", "--by", "Dan Fors", "--json")
    assert json.loads(r.stdout)["steps"][1]["by"] == "Dan Fors"           # --by alone is enough
    r = _binder(path, "status", A1, "verified", "--by", "Dan Fors", "--json", BINDER_OPERATOR="Cilla Öst")
    assert json.loads(r.stdout)["by"] == "Dan Fors"
    r = _binder(path, "log", "add", "Skrivet åt någon", "--author", "Dan Fors", "--json", BINDER_OPERATOR="Bo")
    assert json.loads(r.stdout)["author"] == "Dan Fors"
