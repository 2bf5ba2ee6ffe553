"""SIGKILL a real operation at random points and check that nothing was lost.

A child process (`python -m tests.promises.crash_ops OP …`) prints READY right
before the operation and DONE after it. `kill_trials` starts it on a fresh copy
of the starting vault, waits for READY, sleeps a random time inside the
measured duration of the operation, SIGKILLs it, and classifies the vault:
it must open with the passphrase (old or new), pass `PRAGMA integrity_check`
and `PRAGMA cipher_integrity_check`, and its content hash must equal the hash
of the state before or after the operation.
"""
from __future__ import annotations

import hashlib
import random
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

from binder.vault import database as db
from binder.vault.keyslots import KeySlots
from binder.vault.vault import KEYSLOTS_NAME

ROOT = Path(__file__).resolve().parents[2]
VOLATILE_META = {"last_opened_at"}
# Wall-clock stamps set to "now" by the operation itself: a completed trial and the
# reference run differ only there, so they are left out of the comparison.
CLOCK_COLUMNS = {"created_at", "updated_at", "recorded_at", "added_at", "applied_at", "printed_at",
                 "last_exported_at"}
# A log entry's id is a fresh UUID and its chain hash covers recorded_at: the chain itself
# is checked with incident_log.verify instead.
VOLATILE_COLUMNS = {"log_entries": {"id", "hash", "prev_hash"}, "bundle_imports": {"backup_name"}}
# FTS5 shadow tables hold segment layout that depends on history; the index is
# checked through its content instead (`search_index` rows and a MATCH count).
SKIP_TABLE_PREFIXES = ("search_index_", "sqlite_")


class _Shim:
    """Just enough of a Vault for read-only store functions on a raw connection."""

    def __init__(self, conn: db.Connection) -> None:
        self.db = conn


@dataclass(frozen=True)
class VaultState:
    passphrase: str          # which of the candidate passphrases opened it
    schema: int
    content: str             # hash of every user-visible table

    def same_content(self, other: VaultState) -> bool:
        return (self.schema, self.content) == (other.schema, other.content)


def table_rows(conn: db.Connection) -> dict[str, list[str]]:
    """Every table's rows as sorted reprs, wall-clock stamps of the write itself left out."""
    out: dict[str, list[str]] = {}
    tables = [r[0] for r in conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND sql NOT LIKE 'CREATE VIRTUAL%' ORDER BY name")]
    for table in tables:
        if table.startswith(SKIP_TABLE_PREFIXES):
            continue
        columns = [r[1] for r in conn.execute(f'PRAGMA table_info("{table}")')
                   if r[1] not in CLOCK_COLUMNS | VOLATILE_COLUMNS.get(table, set())]
        quoted = ", ".join(f'"{c}"' for c in columns)
        rows = conn.execute(f'SELECT {quoted} FROM "{table}"').fetchall()
        if table == "meta":
            rows = [r for r in rows if r[0] not in VOLATILE_META]
        out[table] = sorted(repr(r) for r in rows)
    if "records" in out:
        rows = conn.execute("SELECT rowid, * FROM search_index").fetchall()
        out["search_index (content)"] = sorted(repr(r) for r in rows)
    return out


def content_hash(conn: db.Connection) -> str:
    digest = hashlib.sha256()
    for table, rows in sorted(table_rows(conn).items()):
        digest.update(table.encode())
        for row in rows:
            digest.update(row.encode())
    return digest.hexdigest()


def describe_difference(a: dict[str, list[str]], b: dict[str, list[str]]) -> str:
    lines = []
    for table in sorted(set(a) | set(b)):
        left, right = set(a.get(table, [])), set(b.get(table, []))
        if left != right:
            lines.append(f"{table}: only here {sorted(left - right)[:2]}, only there {sorted(right - left)[:2]}")
    return "\n".join(lines) or "same"


def rows_of(path: Path, passphrase: str) -> dict[str, list[str]]:
    key = KeySlots.load(Path(path) / KEYSLOTS_NAME).unlock_with_passphrase(passphrase)
    conn = db.connect(Path(path) / db.DB_NAME, key)
    try:
        return table_rows(conn)
    finally:
        conn.close()


def check_and_hash(path: Path, passphrases: Sequence[str]) -> VaultState:
    """Unlock with the first passphrase that works, run both integrity checks, hash the content.

    The vault is opened without migrating, so an interrupted migration is seen as it was left.
    """
    slots = KeySlots.load(Path(path) / KEYSLOTS_NAME)
    errors = []
    for passphrase in passphrases:
        try:
            key = slots.unlock_with_passphrase(passphrase)
        except Exception as exc:
            errors.append(repr(exc))
            continue
        conn = db.connect(Path(path) / db.DB_NAME, key)
        try:
            integrity = [r[0] for r in conn.execute("PRAGMA integrity_check")]
            cipher = [r[0] for r in conn.execute("PRAGMA cipher_integrity_check")]
            assert integrity == ["ok"], f"integrity_check: {integrity[:5]}"
            assert cipher == [], f"cipher_integrity_check: {cipher[:5]}"
            if conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'log_entries'").fetchone():
                from binder.store import incident_log
                ok, checked, problem = incident_log.verify(_Shim(conn))  # type: ignore[arg-type]
                assert ok, f"incident log chain broken after {checked} entries: {problem}"
            return VaultState(passphrase, db.current_version(conn), content_hash(conn))
        finally:
            conn.close()
    raise AssertionError(f"the vault at {path} opens with none of the passphrases: {errors}")


MID = "mid-operation"        # killed after READY and before DONE: the operation was under way
AFTER = "after"              # the child had printed DONE (or exited) when the kill came


@dataclass
class TrialReport:
    trials: int = 0
    outcomes: dict[str, int] = field(default_factory=dict)
    window_s: float = 0.0
    landed: dict[str, int] = field(default_factory=dict)     # MID / AFTER -> trials

    def add(self, outcome: str, landed: str) -> None:
        self.trials += 1
        self.outcomes[outcome] = self.outcomes.get(outcome, 0) + 1
        self.landed[landed] = self.landed.get(landed, 0) + 1

    def mid_share(self) -> float:
        return self.landed.get(MID, 0) / self.trials if self.trials else 0.0

    def assert_mid_operation(self, share: float) -> None:
        """At least `share` of the kills came while the operation ran (each was classified, so each
        passed the old-or-new check); otherwise the trial proved nothing about a crash inside it."""
        assert self.mid_share() >= share, f"only {self.landed} of {self.trials} kills landed mid-operation"


def _start(op: str, args: Sequence[str], env: dict[str, str] | None) -> subprocess.Popen[bytes]:
    return subprocess.Popen([sys.executable, "-m", "tests.promises.crash_ops", op, *args], cwd=ROOT,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env)


def _wait_ready(child: subprocess.Popen[bytes]) -> None:
    assert child.stdout is not None
    line = child.stdout.readline()
    if line.strip() != b"READY":
        child.kill()
        _out, err = child.communicate(timeout=30)
        raise AssertionError(f"child did not get ready: {line!r} {err.decode(errors='replace')[-2000:]}")


def reference_run(op: str, start: Path, work: Path, args: Callable[[Path], Sequence[str]],
                  env: dict[str, str] | None = None, runs: int = 3) -> float:
    """Run the operation to completion on a copy at `work` (and `runs - 1` more copies beside it);
    return its shortest duration (READY to DONE). The shortest: a first, cold run can take twice as
    long as the trials, whose kills, drawn over that span, would then mostly land after the end."""
    return min(_timed_run(op, start, work if n == 0 else work.with_name(f"{work.name}-{n}"), args, env)
               for n in range(runs))


def _timed_run(op: str, start: Path, work: Path, args: Callable[[Path], Sequence[str]],
               env: dict[str, str] | None) -> float:
    shutil.copytree(start, work)
    child = _start(op, args(work), env)
    _wait_ready(child)
    began = time.perf_counter()
    assert child.stdout is not None
    done = child.stdout.readline()
    elapsed = time.perf_counter() - began          # READY to DONE: the operation itself
    _out, err = child.communicate(timeout=600)
    assert child.returncode == 0 and done.strip() == b"DONE", err.decode(errors="replace")[-3000:]
    return elapsed


def _one_trial(op: str, start: Path, target: Path, args: Callable[[Path], Sequence[str]], delay: float,
               classify: Callable[[Path], str], env: dict[str, str] | None) -> tuple[str, str]:
    """(outcome, where the kill landed: MID or AFTER, from the child's DONE marker)."""
    shutil.copytree(start, target)
    child = _start(op, args(target), env)
    _wait_ready(child)
    time.sleep(delay)
    child.send_signal(signal.SIGKILL)
    out, _err = child.communicate(timeout=60)
    landed = AFTER if child.returncode == 0 or b"DONE" in out.split() else MID
    outcome = classify(target)
    shutil.rmtree(target)
    return f"{outcome}{' (finished before the kill)' if landed == AFTER else ''}", landed


def kill_trials(op: str, start: Path, scratch: Path, args: Callable[[Path], Sequence[str]], trials: int,
                classify: Callable[[Path], str], window_s: float, seed: int,
                env: dict[str, str] | None = None, workers: int = 1) -> TrialReport:
    """`trials` runs of OP on copies of `start`, each SIGKILLed at a random time in [0, window_s].

    Trials run `workers` at a time (each on its own copy); the kill times are drawn up front
    from `seed`, so a failing trial can be replayed.
    """
    rng = random.Random(seed)
    delays = [rng.uniform(0.0, window_s) for _ in range(trials)]
    report = TrialReport(window_s=window_s)
    with ThreadPoolExecutor(max_workers=workers) as pool:
        futures = [pool.submit(_one_trial, op, start, scratch / f"trial-{i}", args, delay, classify, env)
                   for i, delay in enumerate(delays)]
        for future in futures:
            report.add(*future.result())
    return report
