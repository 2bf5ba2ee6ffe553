"""Guarantee 5 — concurrency (issue 7): two Krispärm processes on one vault.

- `binder import-data` of a large JSON runs while a second process appends log
  entries in a loop (core API, one transaction each) and a third runs
  `binder log add` commands: every writer either waits for the other or is refused
  cleanly (exit 1, "in use by another"); afterwards every entry reported as saved
  is present exactly once, `binder log verify` passes, both integrity checks pass
  and the import is complete.
- A process holding a write transaction longer than the busy timeout: the CLI is
  refused with the human message, no traceback, nothing changed.
- A window holding the vault open (the GUI's worker connection) does not block a
  CLI import, and sees its result once it reloads.
"""
from __future__ import annotations

import json
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest

from binder.vault.vault import Vault
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.gui_fixtures import window_of
from tests.promises import count
from tests.promises.crash import ROOT, check_and_hash
from tests.promises.runner import Sandbox, refused
from tests.test_promise_crash_safety import demo_json

CONTACTS = count(3000, 20000)
BUSY = "in use by another"


def child(op: str, *args: str) -> subprocess.Popen[str]:
    proc = subprocess.Popen([sys.executable, "-m", "tests.promises.crash_ops", op, *args], cwd=ROOT,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    assert proc.stdout is not None and proc.stdout.readline().strip() == "READY", proc.stderr
    return proc


@pytest.fixture
def vault_dir(tmp_path: Path) -> Path:
    path = tmp_path / "vault"
    vault, _ = Vault.create(path, PASSPHRASE, publisher=True, kdf=FAST_KDF)
    vault.close()
    return path


@pytest.mark.slow
def test_import_while_other_processes_append_to_the_log(vault_dir: Path, tmp_path: Path) -> None:
    box = Sandbox(tmp_path / "box")
    big = demo_json(tmp_path / "big.json", CONTACTS)
    importer = subprocess.Popen(box.command(vault_dir, "import-data", str(big)), cwd=ROOT, env=box.env(),
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    appender = child("append-log", str(vault_dir), PASSPHRASE, "6", "loop")
    cli_saved, cli_refused = [], 0
    i = 0
    while importer.poll() is None or i < 3:
        i += 1
        text = f"CLI-post {i}"
        result = box.run(vault_dir, "log", "add", text, ok=False)
        if result.returncode == 0:
            cli_saved.append(text)
        else:
            refused(result, BUSY)
            cli_refused += 1
    _out, err = importer.communicate(timeout=300)
    loop_out, loop_err = appender.communicate(timeout=60)
    assert "Traceback" not in err and "Traceback" not in loop_err, (err, loop_err)
    import_ok = importer.returncode == 0
    if not import_ok:
        assert importer.returncode == 1 and BUSY in err, err
    loop_saved = [line.split("\t")[2] for line in loop_out.splitlines() if line.startswith("OK\t")]
    loop_refused = [line for line in loop_out.splitlines() if line.startswith("REFUSED")]
    assert all(BUSY in line for line in loop_refused), loop_refused
    assert appender.returncode == 0, loop_err
    # Nothing lost, nothing doubled, the chain intact, the database intact.
    entries = json.loads(box.run(vault_dir, "list", "log", "--json").stdout)
    texts = [e["text"] for e in entries]
    for saved in loop_saved + cli_saved:
        assert texts.count(saved) == 1, saved
    demo_log = len(json.loads(big.read_text())["log"]) if import_ok else 0
    assert len(texts) == len(loop_saved) + len(cli_saved) + demo_log
    box.run(vault_dir, "log", "verify")
    check_and_hash(vault_dir, [PASSPHRASE])
    contacts = json.loads(box.run(vault_dir, "list", "contacts", "--json").stdout)
    assert len(contacts) == (len(json.loads(big.read_text())["contacts"]) if import_ok else 0)
    print(f"import {'done' if import_ok else 'refused'}; loop saved {len(loop_saved)}, refused "
          f"{len(loop_refused)}; CLI saved {len(cli_saved)}, refused {cli_refused}")
    assert loop_saved and cli_saved


def test_a_writer_holding_the_vault_longer_than_the_timeout_refuses_cleanly(vault_dir: Path,
                                                                            tmp_path: Path) -> None:
    box = Sandbox(tmp_path / "box")
    box.run(vault_dir, "log", "add", "Före")
    holder = child("hold-write", str(vault_dir), PASSPHRASE, "8")
    try:
        started = time.monotonic()
        result = box.run(vault_dir, "log", "add", "Under tiden", ok=False)
        waited = time.monotonic() - started
        refused(result, BUSY)
        assert waited >= 4.0, f"refused after {waited:.1f} s without waiting for the other writer"
    finally:
        holder.kill()
        holder.communicate(timeout=30)
    entries = json.loads(box.run(vault_dir, "list", "log", "--json").stdout)
    assert [e["text"] for e in entries] == ["Före"]
    box.run(vault_dir, "log", "verify")


@pytest.mark.gui
def test_an_open_window_and_a_cli_import(vault_dir: Path, tmp_path: Path, qtbot: Any, qapp: Any) -> None:
    from binder.gui.controller import Controller
    from binder.gui.settings import Settings
    from tests.gui_fixtures import WAIT_MS, unlock
    box = Sandbox(tmp_path / "box")
    ctl = Controller(qapp, vault_dir, Settings(tmp_path / "gui.ini"))
    qtbot.addWidget(ctl.unlock_window)
    ctl.start()
    try:
        unlock(qtbot, ctl)
        small = demo_json(tmp_path / "small.json", 300)
        box.run(vault_dir, "import-data", str(small))      # waits at most the busy timeout, then succeeds
        window = window_of(ctl)
        window.go_to(1)                                    # the Contacts section
        window.reload_all()                                # reload every section from the vault
        qtbot.waitUntil(lambda: window.contacts.model.rowCount() > 0, timeout=WAIT_MS)
        with qtbot.waitSignal(ctl.locked, timeout=WAIT_MS):
            ctl.lock()
        qtbot.wait(400)
    finally:
        if ctl.main_window is not None:
            ctl.main_window.close()
        ctl.shutdown()
    check_and_hash(vault_dir, [PASSPHRASE])
