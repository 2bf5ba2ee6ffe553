"""Guarantee 1 — no network, ever (issue 7).

1. The guard itself: a socket attempt is refused and its caller named.
2. The whole CLI workflow (init, demo, search, import/export-data, bundle export,
   verify and import, amend, log, runs, status, pdf with its worker process,
   pdf-check, backup, passwd) as real subprocesses, each with the socket guard
   loaded at interpreter start (tests/promises/netguard_site): every attempt is
   logged with its caller and fails the test.
3. The same core calls in-process (CLI `main()`), the guard patched into `socket`.
4. The GUI: start, unlock, global search, lock, in-process with the guard on.
5. The CLI workflow once more inside a network namespace with no interfaces
   (`unshare -n`, root only; skipped where unavailable).
"""
from __future__ import annotations

import json
import os
import shutil
import socket
import subprocess
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import PASSPHRASE
from tests.gui_fixtures import window_of
from tests.promises.runner import Sandbox
from tests.promises.socket_guard import Guard, NetworkAttempt, no_network
from tests.promises.workflow import run_workflow


def test_the_guard_refuses_and_names_the_caller() -> None:
    before = (socket.socket, socket.getaddrinfo, socket.create_connection)
    with no_network() as guard:
        with pytest.raises(NetworkAttempt):
            socket.create_connection(("192.0.2.1", 80), timeout=0.1)
        with pytest.raises(NetworkAttempt):
            socket.getaddrinfo("example.org", 443)
        with pytest.raises(NetworkAttempt):
            socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    assert len(guard.attempts) == 3
    assert all("test_promise_no_network.py" in a and "test_the_guard_refuses" in a for a in guard.attempts)
    # Restored afterwards (to what was there before: the suite-wide guard of tests/conftest.py).
    assert (socket.socket, socket.getaddrinfo, socket.create_connection) == before


def test_the_subprocess_guard_is_loaded_and_logs(tmp_path: Path) -> None:
    box = Sandbox(tmp_path)
    result = subprocess.run([*box.command(None)[:1], "-c",
                             "import socket\ntry:\n socket.getaddrinfo('example.org', 80)\nexcept OSError as e:\n"
                             " print('refused', type(e).__name__)"],
                            capture_output=True, text=True, env=box.env(), cwd=tmp_path)
    assert "refused NetworkAttempt" in result.stdout, result.stderr
    assert any("getaddrinfo" in line and "<string>:3" in line for line in box.network_attempts())


def test_cli_workflow_makes_no_network_attempt(tmp_path: Path) -> None:
    box = Sandbox(tmp_path)
    outcome = run_workflow(box)
    assert len(outcome.steps) > 30
    assert box.network_attempts() == [], "\n".join(box.network_attempts())


@pytest.fixture
def guarded_env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Guard]:
    """The guard in this process, and in every subprocess it starts (the PDF worker)."""
    box = Sandbox(tmp_path / "sandbox")
    for key, value in box.env().items():
        if key.startswith(("BINDER_", "KRISPARM_NET", "PYTHONPATH", "TMPDIR")):
            monkeypatch.setenv(key, value)
    monkeypatch.setenv("BINDER_PASSPHRASE", PASSPHRASE)
    with no_network() as guard:
        yield guard
    assert box.network_attempts() == [], "\n".join(box.network_attempts())
    assert guard.attempts == [], guard.report()


def test_in_process_cli_makes_no_network_attempt(guarded_env: Guard, tmp_path: Path,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    from binder.cli.main import main

    def run(vault: Path, *args: str) -> Any:
        capsys.readouterr()
        assert main(["--vault", str(vault), *args]) == 0, capsys.readouterr().err
        return capsys.readouterr().out

    pub, lap, stick = tmp_path / "pub", tmp_path / "lap", tmp_path / "stick"
    stick.mkdir()
    run(pub, "demo")
    run(lap, "init")
    assert json.loads(run(pub, "search", "krisledning", "--json"))
    run(pub, "export-data", str(tmp_path / "all.json"))
    run(pub, "import-data", str(tmp_path / "all.json"))
    key = json.loads(run(pub, "publisher", "export-key", str(stick / "pub.key"), "--json"))
    run(lap, "trust", "add", str(stick / "pub.key"), "--fingerprint", key["fingerprint"])
    run(pub, "recipients", "add", "lap", json.loads(run(lap, "identity", "--json"))["recipient"])
    bundle = json.loads(run(pub, "bundle", "export", str(stick), "--json"))["path"]
    run(lap, "bundle", "import", bundle, "--yes")
    run(lap, "log", "add", "Lägesbild", "--kind", "situation_report")
    run(lap, "pdf", str(tmp_path / "binder.pdf"))
    assert (tmp_path / "binder.pdf").read_bytes().startswith(b"%PDF")
    assert main(["--vault", str(lap), "pdf-check", "AAAA-BBBB"]) == 1     # an unknown code is refused


def _gui_search_then_lock(qtbot: Any, qapp: Any, tmp_path: Path) -> dict[str, Any]:
    """Start the app, unlock, search with Ctrl+K, lock. Returns what was seen on the way."""
    from PySide6.QtCore import Qt

    from binder.gui.controller import Controller
    from binder.gui.settings import Settings
    from binder.vault.vault import Vault
    from tests.conftest import FAST_KDF
    from tests.gui_fixtures import WAIT_MS, populate, unlock
    path = tmp_path / "vault"
    vault, _ = Vault.create(path, PASSPHRASE, publisher=True, kdf=FAST_KDF)
    populate(vault)
    vault.close()
    ctl = Controller(qapp, path, Settings(tmp_path / "gui.ini"))
    qtbot.addWidget(ctl.unlock_window)
    ctl.start()
    seen: dict[str, Any] = {}
    try:
        unlock(qtbot, ctl)
        window = window_of(ctl)
        window.activateWindow()
        qtbot.keyClick(window, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
        qtbot.keyClicks(window.search.field, "anders")
        qtbot.waitUntil(lambda: bool(window.search.model.hits) and not window.search._timer.isActive()
                        and not window.ctx.worker.busy, timeout=WAIT_MS)
        seen["hits"] = len(window.search.model.hits)
        with qtbot.waitSignal(ctl.locked, timeout=WAIT_MS):
            ctl.lock()
        seen["closed"] = not ctl.worker.is_open_on_worker()
        seen["search_pending_after_lock"] = window.search._timer.isActive()
        qtbot.wait(400)     # let a pending search fire while the worker still exists
    finally:
        if ctl.main_window is not None:
            ctl.main_window.close()
        ctl.shutdown()
    return seen


@pytest.mark.gui
def test_gui_start_search_lock_makes_no_network_attempt(guarded_env: Guard, qtbot: Any, qapp: Any,
                                                        tmp_path: Path) -> None:
    seen = _gui_search_then_lock(qtbot, qapp, tmp_path)
    assert seen["hits"] > 0 and seen["closed"]


@pytest.mark.gui
def test_gui_lock_leaves_no_search_pending(qtbot: Any, qapp: Any, tmp_path: Path) -> None:
    seen = _gui_search_then_lock(qtbot, qapp, tmp_path)
    assert seen["search_pending_after_lock"] is False


def _unshare_works() -> bool:
    if not shutil.which("unshare"):
        return False
    probe = subprocess.run(["unshare", "-n", "true"], capture_output=True)
    return probe.returncode == 0


@pytest.mark.skipif(not _unshare_works(), reason="unshare -n (a network namespace) is not available here")
def test_cli_workflow_inside_a_network_namespace(tmp_path: Path) -> None:
    # Inside the namespace there is no interface at all (not even a running loopback).
    listing = subprocess.run(["unshare", "-n", "cat", "/proc/net/dev"], capture_output=True, text=True)
    assert "eth" not in listing.stdout and "wlan" not in listing.stdout
    box = Sandbox(tmp_path, net_guard=False, prefix=["unshare", "-n"])
    outcome = run_workflow(box)
    assert len(outcome.steps) > 30 and all(p.exists() for p in outcome.exported)
    assert os.path.getsize(outcome.exported[-1]) > 0
