"""Guarantee 2 — no plaintext at rest, product-wide (issue 7).

A unique canary (mixed case, non-ASCII) goes into every kind of record and every
text-bearing field type (plain, long text, lists, nested objects: channels and
steps), the binder metadata, log entries and corrections, a routine run, a
restoration status, an amendment, two USB bundles, a PDF and every export. Every
feature runs as a real `binder` subprocess whose HOME, settings (XDG_CONFIG_HOME),
data and TMPDIR all lie inside the test's root; the GUI then unlocks the laptop
vault, searches for the canary and locks, in-process, with its settings file and
temp dir in the same root. Every file under the root — vault databases with their
WAL and SHM files (scanned while a vault is open, too), key slots, backups, the
bundles on the "stick", settings, temp files — is read: the canary in UTF-8,
UTF-16-LE/BE, case-folded, lower or upper case may appear only in the files the
user explicitly exported (PDF, CSV, JSON, VCF). New files in the system temp
folders outside the root are scanned as well. (The vault-only version of this
test is tests/test_no_plaintext_vault.py.)
"""
from __future__ import annotations

import os
import stat
import tempfile
import time
from pathlib import Path
from typing import Any

import pytest

from tests.gui_fixtures import window_of
from tests.promises.canary import files_under, forms, new_canary, scan
from tests.promises.runner import Sandbox
from tests.promises.workflow import NEW_PASSPHRASE, run_workflow

SYSTEM_TEMP = [Path("/tmp"), Path("/var/tmp"), Path("/dev/shm")]


def stray_files_with(canary: str, since: float, exclude: Path) -> list[str]:
    """New files (modified after `since`) in the system temp folders, outside `exclude`, holding the canary."""
    needles = forms(canary)
    hits = []
    for top in SYSTEM_TEMP:
        if not top.is_dir():
            continue
        for dirpath, dirs, names in os.walk(top):
            if Path(dirpath).resolve() == exclude.resolve() or str(Path(dirpath).resolve()).startswith(
                    str(exclude.resolve())):
                dirs.clear()
                continue
            for name in names:
                path = Path(dirpath) / name
                try:
                    info = os.lstat(path)
                    if not stat.S_ISREG(info.st_mode) or info.st_mtime < since or info.st_size > 64 * 2**20:
                        continue
                    data = path.read_bytes()
                except OSError:
                    continue
                if any(n in data for n in needles):
                    hits.append(str(path))
    return hits


def gui_unlock_search_lock(qtbot: Any, qapp: Any, vault: Path, passphrase: str, canary: str,
                           box: Sandbox, monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The GUI on the laptop vault; returns the canary hits found while it was unlocked (WAL present)."""
    from PySide6.QtCore import Qt

    from binder.gui.controller import Controller
    from binder.gui.settings import Settings
    from tests.gui_fixtures import WAIT_MS
    monkeypatch.setenv("TMPDIR", str(box.tmp))
    monkeypatch.setattr(tempfile, "tempdir", str(box.tmp))
    settings_dir = box.config / "krisparm"
    settings_dir.mkdir(parents=True, exist_ok=True)
    ctl = Controller(qapp, vault, Settings(settings_dir / "gui.ini"))
    qtbot.addWidget(ctl.unlock_window)
    ctl.start()
    try:
        ctl.unlock_window.secret.setText(passphrase)
        with qtbot.waitSignal(ctl.unlocked, timeout=WAIT_MS):
            qtbot.keyClick(ctl.unlock_window.secret, Qt.Key.Key_Return)
        window = window_of(ctl)
        qtbot.waitUntil(lambda: window.banner.info is not None, timeout=WAIT_MS)
        window.activateWindow()
        qtbot.keyClick(window, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
        qtbot.keyClicks(window.search.field, canary[:16])
        qtbot.waitUntil(lambda: bool(window.search.model.hits) and not window.search._timer.isActive()
                        and not window.ctx.worker.busy, timeout=WAIT_MS)
        assert any(vault.glob("*-wal")), "expected the WAL file while the vault is open"
        hits_open, _ = scan([box.root], canary, allowed=box.allowed)  # type: ignore[attr-defined]
        with qtbot.waitSignal(ctl.locked, timeout=WAIT_MS):
            ctl.lock()
        qtbot.wait(400)
    finally:
        if ctl.main_window is not None:
            ctl.main_window.close()
        ctl.shutdown()
    return hits_open


@pytest.mark.slow
@pytest.mark.gui
def test_canary_never_at_rest_across_the_product(tmp_path: Path, qtbot: Any, qapp: Any,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    pytest.importorskip("PySide6")
    canary = new_canary()
    started = time.time() - 1
    box = Sandbox(tmp_path / "root")
    outcome = run_workflow(box, marker=canary)
    box.allowed = outcome.exported  # type: ignore[attr-defined]
    # The exports really hold it (so the scanner would see it elsewhere too) …
    for exported in outcome.exported:
        if exported.suffix in (".csv", ".vcf") or exported.name == "own-binder.json":
            assert any(n in exported.read_bytes() for n in forms(canary)), exported
    hits_open = gui_unlock_search_lock(qtbot, qapp, outcome.vaults["lap"], NEW_PASSPHRASE, canary, box,
                                       monkeypatch)
    assert hits_open == [], "canary at rest while the GUI had the vault open:\n" + "\n".join(hits_open)
    hits, scanned = scan([box.root], canary, allowed=outcome.exported)
    assert hits == [], "canary at rest:\n" + "\n".join(hits)
    kinds = {p.suffix or p.name for p in files_under([box.root])}
    assert scanned >= 15 and {".db", ".json", ".kbundle", ".ini", ".txt", ".key"} <= kinds, (scanned, kinds)
    assert list(box.tmp.iterdir()) == [], f"temp files left behind: {list(box.tmp.iterdir())}"
    stray = stray_files_with(canary, started, tmp_path)
    assert stray == [], "canary in system temp folders:\n" + "\n".join(stray)
    # Everything the app wrote into its vault folders is owner-only.
    for vault in outcome.vaults.values():
        for path in [vault, *vault.rglob("*")]:
            mode = stat.S_IMODE(path.stat().st_mode)
            assert mode & 0o077 == 0, f"{path} is readable by others ({oct(mode)})"
