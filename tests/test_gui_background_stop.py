"""Locking or quitting right after unlocking a big vault stops the integrity check beside the
window cleanly (cancelled, waited for, its connection closed): no SQLCipher error, no false
"damaged" message, and the process exits normally."""
from __future__ import annotations

import os
import subprocess
import sys
import textwrap
import time
from pathlib import Path
from typing import Any

import pytest

from binder.gui.background_check import IntegrityCheck
from binder.gui.worker import DatabaseWorker
from binder.vault.vault import Vault
from tests.bulk_records import add_contacts
from tests.conftest import PASSPHRASE
from tests.gui_fixtures import WAIT_MS

pytestmark = pytest.mark.gui

CONTACTS = 15_000            # a vault the check needs a few hundred ms to read


@pytest.fixture(scope="module")
def big_vault(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from tests.conftest import FAST_KDF
    path = tmp_path_factory.mktemp("big") / "vault"
    vault, _ = Vault.create(path, PASSPHRASE, organisation="Testkommun", kdf=FAST_KDF)
    with vault:
        add_contacts(vault, CONTACTS)
    return path


def test_stop_cancels_a_running_check_and_reports_nothing(big_vault: Path) -> None:
    key = Vault.load_keyslots(big_vault).unlock_with_passphrase(PASSPHRASE)
    reported: list[BaseException] = []
    check = IntegrityCheck(big_vault, key, reported.append).start()
    assert check.running
    check.stop()
    assert not check.running and reported == []


def test_a_check_left_to_run_reports_what_it_finds(big_vault: Path) -> None:
    key = bytearray(Vault.load_keyslots(big_vault).unlock_with_passphrase(PASSPHRASE))
    key[0] ^= 0xFF                            # a key that does not fit reads as damage
    reported: list[BaseException] = []
    check = IntegrityCheck(big_vault, bytes(key), reported.append).start()
    deadline = time.monotonic() + 30
    while check.running and time.monotonic() < deadline:
        time.sleep(0.01)
    assert [type(exc).__name__ for exc in reported] == ["VaultCorrupt"]


def test_locking_while_the_check_reads_stops_it_cleanly(qtbot: Any, qapp: Any, big_vault: Path,
                                                       capfd: pytest.CaptureFixture[str]) -> None:
    worker = DatabaseWorker()
    running_at_lock: list[bool] = []
    damaged: list[str] = []
    locked: list[bool] = []

    def lock_at_once(_summary: Any) -> None:
        running_at_lock.append(worker.background_check_running())
        worker.lock(lambda _none: locked.append(True))
    try:
        worker.open(big_vault, PASSPHRASE, on_success=lock_at_once, on_damaged=damaged.append)
        qtbot.waitUntil(lambda: bool(locked), timeout=WAIT_MS)
        assert running_at_lock == [True], "the check had finished before the lock: make the vault bigger"
        assert not worker.background_check_running() and not worker.is_open_on_worker()
        qtbot.wait(200)                       # a late "damaged" report would arrive now
        assert damaged == []
        # the vault unlocks again and this time the check runs to its end
        opened: list[Any] = []
        worker.open(big_vault, PASSPHRASE, on_success=opened.append, on_damaged=damaged.append)
        qtbot.waitUntil(lambda: bool(opened) and not worker.background_check_running(), timeout=WAIT_MS)
        assert worker.is_open_on_worker() and damaged == []
    finally:
        worker.shutdown()
    assert not worker.is_open_on_worker()
    err = capfd.readouterr().err
    assert "ERROR" not in err and "cipher" not in err.lower(), err


QUIT_SCRIPT = textwrap.dedent("""
    import sys, tempfile
    from pathlib import Path
    from PySide6.QtWidgets import QApplication
    from binder.gui.controller import Controller
    from binder.gui.settings import Settings
    app = QApplication([])
    ctl = Controller(app, Path(sys.argv[1]), Settings(Path(tempfile.mkdtemp()) / "gui.ini"))
    ctl.start()
    def quit_at_once(summary):
        print("check running at quit:", ctl.worker.background_check_running(), flush=True)
        ctl.shutdown()
        app.quit()
    ctl.worker.open(Path(sys.argv[1]), sys.argv[2], on_success=quit_at_once, on_damaged=print)
    app.exec()
    print("quit cleanly", flush=True)
""")


def test_quitting_while_the_check_reads_exits_cleanly(big_vault: Path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    proc = subprocess.run([sys.executable, "-c", QUIT_SCRIPT, str(big_vault), PASSPHRASE],
                          capture_output=True, text=True, env=env, timeout=120)
    assert proc.returncode == 0, proc.stderr
    assert "check running at quit: True" in proc.stdout
    assert "quit cleanly" in proc.stdout
    assert "ERROR" not in proc.stderr and "cipher" not in proc.stderr.lower(), proc.stderr
