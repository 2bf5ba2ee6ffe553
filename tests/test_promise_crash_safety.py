"""Guarantee 3 — nothing lost under crashes (issue 7).

A real operation runs in a subprocess and is SIGKILLed at a random moment inside
its measured duration: import-data of a large JSON, a USB bundle import, the
migration of the golden v1 vault, a passphrase change. After every kill the
vault opens with the (old or new) passphrase, `PRAGMA integrity_check` and
`PRAGMA cipher_integrity_check` pass, and the content hash is exactly the state
before or after the operation. Then a full disk (a real 6 MiB tmpfs) during an
import and during a backup: a clear "disk is full" refusal and nothing lost.

Each trial records where its kill landed (the child prints READY before the operation and DONE
after it): a trial killed after DONE proves nothing about a crash inside the operation, so at
least MIN_MID_SHARE of the kills must land mid-operation, and each of those passes the
old-or-new check.

CI: 25 kills per operation. KRISPARM_FULL=1: 200.
"""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from binder.errors import StorageError
from binder.interchange import import_file
from binder.vault.vault import Vault
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.promises import count
from tests.promises.crash import VaultState, check_and_hash, describe_difference, kill_trials, reference_run, rows_of
from tests.records_for_tests import load_sample

ROOT = Path(__file__).resolve().parent.parent
GOLDEN_V1 = ROOT / "tests" / "golden" / "v1"
GOLDEN_PASSPHRASE = "golden-vault-v1"
TRIALS = count(25, 200)
CONTACTS = count(600, 3000)
NEW_PASSPHRASE = "ny lösenfras för krisen"
MIN_MID_SHARE = 0.5          # kills are drawn over 1.1 × the measured duration: ~90 % land inside

pytestmark = pytest.mark.slow


def demo_json(path: Path, contacts: int) -> Path:
    sys.path.insert(0, str(ROOT / "resources" / "demo"))
    try:
        from generate_demo import build_binder, render
    finally:
        sys.path.pop(0)
    path.write_bytes(render(build_binder(contacts=contacts)))
    return path


@pytest.fixture(scope="module")
def base(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("crash")


@pytest.fixture(scope="module")
def import_scene(base: Path) -> dict[str, Path]:
    start = base / "import-start"
    vault, _ = Vault.create(start, PASSPHRASE, publisher=True, kdf=FAST_KDF)
    load_sample(vault, marker="före")      # not empty: the import also writes its backup first
    vault.close()
    return {"start": start, "json": demo_json(base / "big.json", CONTACTS)}


def classify_between(old: VaultState, new: VaultState, passphrases: list[str],
                     old_path: Path, new_path: Path) -> Callable[[Path], str]:
    def classify(path: Path) -> str:
        state = check_and_hash(path, passphrases)
        if state.same_content(old):
            return "old"
        if state.same_content(new):
            return "new"
        here = rows_of(path, state.passphrase)
        raise AssertionError(f"{path}: the vault is neither the state before nor after the operation:\n"
                             f"vs before: {describe_difference(here, rows_of(old_path, state.passphrase))}\n"
                             f"vs after: {describe_difference(here, rows_of(new_path, state.passphrase))}")
    return classify


def test_sigkill_during_import_data(import_scene: dict[str, Path], tmp_path: Path) -> None:
    start, big = import_scene["start"], import_scene["json"]
    old = check_and_hash(start, [PASSPHRASE])
    args = lambda target: [str(target), PASSPHRASE, str(big)]  # noqa: E731
    duration = reference_run("import", start, tmp_path / "ref", args)
    new = check_and_hash(tmp_path / "ref", [PASSPHRASE])
    assert new.content != old.content
    report = kill_trials("import", start, tmp_path, args, TRIALS,
                         classify_between(old, new, [PASSPHRASE], start, tmp_path / "ref"),
                         window_s=duration * 1.1, seed=7001)
    print(f"import-data {CONTACTS} contacts, {report.trials} kills in {duration:.2f} s: {report.outcomes}, "
          f"landed {report.landed}")
    report.assert_mid_operation(MIN_MID_SHARE)
    assert report.outcomes.get("old", 0) > 0, report.outcomes


def test_sigkill_during_migration_of_the_golden_v1_vault(tmp_path: Path) -> None:
    start = tmp_path / "golden"
    shutil.copytree(GOLDEN_V1, start)
    old = check_and_hash(start, [GOLDEN_PASSPHRASE])
    args = lambda target: [str(target), GOLDEN_PASSPHRASE]  # noqa: E731
    duration = reference_run("migrate", start, tmp_path / "ref", args)
    new = check_and_hash(tmp_path / "ref", [GOLDEN_PASSPHRASE])
    assert new.schema > old.schema

    def classify(path: Path) -> str:
        state = check_and_hash(path, [GOLDEN_PASSPHRASE])
        if state.same_content(new):
            return "new"
        # Each numbered migration is its own transaction: a kill may leave an earlier schema
        # version, which must be a complete one and must finish on the next open.
        assert old.schema <= state.schema < new.schema, state
        with Vault.open(path, GOLDEN_PASSPHRASE) as reopened:
            reopened_state = reopened.db.execute("PRAGMA user_version").fetchone()[0]
        assert reopened_state == new.schema
        assert check_and_hash(path, [GOLDEN_PASSPHRASE]).same_content(new), "migration resumed to a different state"
        return "old" if state.same_content(old) else f"schema {state.schema}, resumed"
    report = kill_trials("migrate", start, tmp_path, args, TRIALS, classify, window_s=duration * 1.1, seed=7002)
    print(f"migration v{old.schema}→v{new.schema}, {report.trials} kills in {duration:.3f} s: {report.outcomes}, "
          f"landed {report.landed}")
    report.assert_mid_operation(MIN_MID_SHARE)


def test_sigkill_during_passphrase_change(tmp_path: Path) -> None:
    start = tmp_path / "start"
    vault, _ = Vault.create(start, PASSPHRASE, kdf=FAST_KDF)
    load_sample(vault, marker="lösen")
    vault.close()
    old = check_and_hash(start, [PASSPHRASE])
    args = lambda target: [str(target), PASSPHRASE, NEW_PASSPHRASE]  # noqa: E731
    duration = reference_run("passwd", start, tmp_path / "ref", args)
    assert check_and_hash(tmp_path / "ref", [NEW_PASSPHRASE]).same_content(old)

    def classify(path: Path) -> str:
        state = check_and_hash(path, [PASSPHRASE, NEW_PASSPHRASE])
        assert state.same_content(old), "a passphrase change altered the data"
        leftovers = [p.name for p in path.iterdir() if p.name.endswith(".part")]
        return ("old passphrase" if state.passphrase == PASSPHRASE else "new passphrase") + \
            (f", leftover {len(leftovers)} temp" if leftovers else "")
    report = kill_trials("passwd", start, tmp_path, args, TRIALS, classify, window_s=duration * 1.1, seed=7003)
    print(f"passphrase change, {report.trials} kills in {duration:.3f} s: {report.outcomes}, landed {report.landed}")
    report.assert_mid_operation(MIN_MID_SHARE)


def test_sigkill_during_bundle_import(tmp_path: Path) -> None:
    from binder.bundle import export_bundle, recipients, trust
    from tests.test_bundle_support import create
    pub, lap = create(tmp_path / "pub", True), create(tmp_path / "lap", False)
    import_file(pub, demo_json(tmp_path / "pub.json", count(400, 2000)))
    key = trust.export_key(pub, tmp_path / "pub.key")
    trust.add_trust(lap, tmp_path / "pub.key", key["fingerprint"])
    recipients.add(pub, "lap", recipients.own_recipient(lap)["recipient"])
    bundle = export_bundle(pub, tmp_path).path
    load_sample(lap, marker="lokal")       # local data that an import must never touch
    pub.close()
    lap.close()
    start = tmp_path / "lap"
    passphrase = PASSPHRASE
    old = check_and_hash(start, [passphrase])
    args = lambda target: [str(target), passphrase, str(bundle)]  # noqa: E731
    duration = reference_run("bundle-import", start, tmp_path / "ref", args)
    new = check_and_hash(tmp_path / "ref", [passphrase])
    assert new.content != old.content
    report = kill_trials("bundle-import", start, tmp_path / "trials", args, TRIALS,
                         classify_between(old, new, [passphrase], start, tmp_path / "ref"),
                         window_s=duration * 1.1, seed=7004)
    print(f"bundle import, {report.trials} kills in {duration:.2f} s: {report.outcomes}")
    assert report.outcomes.get("old", 0) > 0, report.outcomes


# -- full disk ----------------------------------------------------------------------------------

@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    """A real 6 MiB tmpfs (root only); skipped where mounting is not permitted."""
    mount = tmp_path / "small-disk"
    mount.mkdir()
    if os.geteuid() != 0 or not shutil.which("mount"):
        pytest.skip("mounting a small tmpfs needs root")
    made = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=6m,mode=0700", "tmpfs", str(mount)],
                          capture_output=True, text=True)
    if made.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {made.stderr.strip()}")
    try:
        yield mount
    finally:
        subprocess.run(["umount", "-l", str(mount)], check=False)


def test_disk_full_during_import_and_backup(small_disk: Path, tmp_path: Path) -> None:
    path = small_disk / "vault"
    vault, _ = Vault.create(path, PASSPHRASE, kdf=FAST_KDF)
    load_sample(vault, marker="fullt")
    vault.close()
    before = check_and_hash(path, [PASSPHRASE])
    big = demo_json(tmp_path / "big.json", 6000)    # about 5 MiB of JSON: several times what is left
    # Fill the disk so that the import's own backup fits but its transaction does not.
    filler = small_disk / "filler"
    free = os.statvfs(small_disk).f_bavail * os.statvfs(small_disk).f_frsize
    filler.write_bytes(b"\0" * max(0, free - 1_500_000))
    with Vault.open(path, PASSPHRASE) as v, pytest.raises(StorageError) as refused:
        import_file(v, big)
    assert "disk is full" in refused.value.message("en")
    assert refused.value.message("sv")
    assert check_and_hash(path, [PASSPHRASE]).same_content(before)
    # A backup on a full disk: refused clearly, no half-written copy left, the vault intact.
    with Vault.open(path, PASSPHRASE) as v:
        with open(filler, "ab") as handle:
            free = os.statvfs(small_disk).f_bavail * os.statvfs(small_disk).f_frsize
            handle.write(b"\0" * max(0, free - 4096))
        backups_before = [b.path.name for b in v.backups()]
        with pytest.raises(StorageError) as refused_backup:
            v.backup("manual")
        assert "disk is full" in refused_backup.value.message("en")
        assert [b.path.name for b in v.backups()] == backups_before
        assert not [p for p in v.backups_dir.iterdir() if p.name.endswith(".part")]
    # Opening the vault on a completely full disk (no room for its WAL index): "the disk is full",
    # not "damaged or tampered".
    with open(filler, "ab") as handle:
        free = os.statvfs(small_disk).f_bavail * os.statvfs(small_disk).f_frsize
        handle.write(b"\0" * free)
    with pytest.raises(StorageError) as refused_open:
        Vault.open(path, PASSPHRASE).close()
    assert "disk is full" in refused_open.value.message("en")
    filler.unlink()
    assert check_and_hash(path, [PASSPHRASE]).same_content(before)
    # With room again, a smaller import goes through: the refusal left nothing behind that blocks it.
    with Vault.open(path, PASSPHRASE) as v:
        assert import_file(v, demo_json(tmp_path / "small.json", 200)).added["contact"] >= 200


# -- rekey and restore (issue 11) ----------------------------------------------------------------

def _settled_state(path: Path, passphrases: list[str]) -> VaultState:
    """Open as the program does (which finishes or rolls back an interrupted rekey), then check."""
    from binder.store import incident_log
    with Vault.open(path, passphrases[0], migrate=False) as opened:
        opened.check_integrity()
        ok, _n, problem = incident_log.verify(opened)
        assert ok, problem
    return check_and_hash(path, passphrases)


def test_sigkill_during_rekey(tmp_path: Path) -> None:
    from binder.vault.restore import plan
    start = tmp_path / "start"
    vault, _ = Vault.create(start, PASSPHRASE, kdf=FAST_KDF)
    load_sample(vault, marker="nycklar")
    for _ in range(3):
        vault.backup("manual")
    old_key = bytes(vault._key)
    vault.close()
    old = check_and_hash(start, [PASSPHRASE])
    args = lambda target: [str(target), PASSPHRASE]  # noqa: E731
    duration = reference_run("rekey", start, tmp_path / "ref", args)
    assert check_and_hash(tmp_path / "ref", [PASSPHRASE]).same_content(old)

    def classify(path: Path) -> str:
        state = _settled_state(path, [PASSPHRASE])
        assert state.same_content(old), "a rekey altered the data"
        with Vault.open(path, PASSPHRASE, migrate=False) as opened:
            material = "old key" if bytes(opened._key) == old_key else "new key"
            backups = opened.backups()
            for backup in backups:       # every backup opens with the key the vault opens with
                plan(path, bytes(opened._key), backup.path)
        assert len(backups) == 3
        leftovers = [p.name for p in path.rglob("*") if p.name.endswith((".next", ".part", "next.json"))]
        assert not leftovers, leftovers
        return material
    report = kill_trials("rekey", start, tmp_path / "trials", args, TRIALS, classify, window_s=duration * 1.1,
                         seed=7005)
    print(f"rekey, {report.trials} kills in {duration:.3f} s: {report.outcomes}")


def test_sigkill_during_restore(tmp_path: Path) -> None:
    from binder.store import incident_log
    start = tmp_path / "start"
    vault, _ = Vault.create(start, PASSPHRASE, kdf=FAST_KDF)
    load_sample(vault, marker="återställ")
    backup = vault.backup("manual")
    incident_log.add(vault, "Skrivet efter säkerhetskopian", author="Tjänsteman i beredskap")
    vault.close()
    old = check_and_hash(start, [PASSPHRASE])
    args = lambda target: [str(target), PASSPHRASE, str(target / "backups" / backup.path.name)]  # noqa: E731
    duration = reference_run("restore", start, tmp_path / "ref", args)
    new = check_and_hash(tmp_path / "ref", [PASSPHRASE])
    assert new.content != old.content

    def classify(path: Path) -> str:
        state = check_and_hash(path, [PASSPHRASE])
        with Vault.open(path, PASSPHRASE, migrate=False) as opened:
            texts = [e.text for e in incident_log.entries(opened)]
        assert "Skrivet efter säkerhetskopian" in texts, "a restore lost a log entry"
        if state.same_content(old):
            return "old"
        assert any(t.startswith("Restored the backup") for t in texts)
        return "restored"
    report = kill_trials("restore", start, tmp_path / "trials", args, TRIALS, classify, window_s=duration * 2.5,
                         seed=7006)
    print(f"restore, {report.trials} kills in {duration:.3f} s: {report.outcomes}")
