"""The import wizard while a bundle is applied: progress, closing asks, and an explicit outcome
(stopped before the commit: nothing changed; finished: the summary). A refused file leaves no
progress bar standing part-way."""
from __future__ import annotations

import os
import threading
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from binder.bundle import apply, verify_bundle
from binder.bundle.status import bundle_status
from binder.gui.cancellation import Cancellation, Stopped
from binder.gui.controller import Controller
from binder.gui.import_wizard import APPLY, DONE, PREVIEW, VERIFY, ImportWizard
from binder.store import records
from binder.vault import database as db
from binder.vault.vault import Vault
from tests.conftest import PASSPHRASE
from tests.gui_fixtures import WAIT_MS, unlock
from tests.test_gui_import import _digest, _wizard

pytestmark = pytest.mark.gui


def _hold_worker(ctl: Controller) -> threading.Event:
    """Queue a job that keeps the worker busy until the returned event is set (so what the test
    does next surely happens while the import waits to run)."""
    gate = threading.Event()
    ctl.worker.run_unlocked(lambda progress: gate.wait(WAIT_MS / 1000))
    return gate


def _to_preview(qtbot: Any, ctl: Controller, bundle: Path) -> ImportWizard:
    wizard = _wizard(qtbot, ctl)
    wizard.choose_file(bundle)
    qtbot.mouseClick(wizard.next_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: wizard.pages.currentIndex() == PREVIEW, timeout=WAIT_MS)
    return wizard


def _laptop_state(ctl: Controller, path: Path, qtbot: Any) -> tuple[str, int, int | None]:
    ctl.lock()
    qtbot.waitUntil(lambda: not ctl.worker.is_open_on_worker(), timeout=WAIT_MS)
    with Vault.open(path, PASSPHRASE) as lap:
        state = records.count(lap, "contact"), bundle_status(lap).sequence
    return (_digest(path), *state)


def test_applying_shows_progress_then_the_summary(qtbot: Any, laptop_controller: Controller,
                                                 world: dict[str, Path]) -> None:
    wizard = _to_preview(qtbot, laptop_controller, world["bundle"])
    pages: list[int] = []
    wizard.pages.currentChanged.connect(pages.append)
    texts: list[str] = []
    gate = _hold_worker(laptop_controller)
    qtbot.mouseClick(wizard.next_button, Qt.MouseButton.LeftButton)
    assert wizard.pages.currentIndex() == APPLY and not wizard.next_button.isVisible()
    assert not wizard.back_button.isVisible() and wizard.apply_progress.bar.value() == 0
    texts.append(wizard.apply_progress.label.text())
    gate.set()
    qtbot.waitUntil(lambda: wizard.pages.currentIndex() == DONE, timeout=WAIT_MS)
    assert pages == [APPLY, DONE]
    bar = wizard.apply_progress.bar
    assert bar.maximum() == 3 and bar.value() == 3
    assert "Bundle number 1 imported." in wizard.summary.text() and not wizard.stopped
    assert wizard.next_button.text().replace("&", "") == "Close"


def test_closing_while_applying_asks_and_stopping_changes_nothing(
        qtbot: Any, laptop_controller: Controller, world: dict[str, Path]) -> None:
    ctl = laptop_controller
    digest_before, contacts_before, sequence_before = _laptop_state(ctl, world["lap"], qtbot)
    unlock(qtbot, ctl)
    wizard = _to_preview(qtbot, ctl, world["bundle"])
    gate = _hold_worker(ctl)
    qtbot.mouseClick(wizard.next_button, Qt.MouseButton.LeftButton)
    qtbot.keyClick(wizard, Qt.Key.Key_Escape)             # Esc, Cancel and the close button all ask
    assert wizard.isVisible() and wizard.stop_question is not None and wizard.stop_question.isVisible()
    assert "nothing changes" in wizard.stop_question.text()
    qtbot.mouseClick(wizard.stop_button, Qt.MouseButton.LeftButton)
    assert wizard.apply_progress.label.text() == "Stopping…" and not wizard.cancel_button.isEnabled()
    gate.set()
    qtbot.waitUntil(lambda: wizard.pages.currentIndex() == DONE, timeout=WAIT_MS)
    assert wizard.stopped and wizard.result_data is None
    assert wizard.done_heading.text() == "5. Stopped"
    assert "stopped before anything was saved. Nothing was changed." in wizard.summary.text()
    qtbot.mouseClick(wizard.next_button, Qt.MouseButton.LeftButton)
    assert not wizard.isVisible()
    assert _laptop_state(ctl, world["lap"], qtbot) == (digest_before, contacts_before, sequence_before)


def test_an_import_that_finishes_while_the_question_is_open_shows_the_summary(
        qtbot: Any, laptop_controller: Controller, world: dict[str, Path]) -> None:
    ctl = laptop_controller
    wizard = _to_preview(qtbot, ctl, world["bundle"])
    gate = _hold_worker(ctl)
    qtbot.mouseClick(wizard.next_button, Qt.MouseButton.LeftButton)
    wizard.close()                                        # the window's close button
    question = wizard.stop_question
    assert question is not None and question.isVisible() and wizard.isVisible()
    qtbot.mouseClick(question.escapeButton(), Qt.MouseButton.LeftButton)     # "Keep importing"
    assert wizard.stop_question is None and wizard.pages.currentIndex() == APPLY
    qtbot.mouseClick(wizard.cancel_button, Qt.MouseButton.LeftButton)        # asks again
    question = wizard.stop_question
    assert question is not None and question.isVisible()
    gate.set()                                            # ...and the import finishes meanwhile
    qtbot.waitUntil(lambda: wizard.pages.currentIndex() == DONE, timeout=WAIT_MS)
    assert not question.isVisible() and wizard.stop_question is None
    assert "Bundle number 1 imported." in wizard.summary.text() and not wizard.stopped
    _digest_after, contacts, sequence = _laptop_state(ctl, world["lap"], qtbot)
    assert contacts == 4 and sequence == 1


def test_a_stop_inside_the_transaction_rolls_everything_back(world: dict[str, Path]) -> None:
    """The stop reaches the SQL itself: cancelled at 'Applying the bundle', the first statement of
    the transaction is interrupted and the vault is as it was."""
    with Vault.open(world["lap"], PASSPHRASE) as lap:
        verified = verify_bundle(lap, world["bundle"])
        stop = Cancellation(progress_steps=10)           # this bundle is small: look often
        seen: list[int] = []

        def progress(done: int, total: int, text: str = "") -> None:
            seen.append(done)
            if done == 2:                                 # inside apply, just before its transaction
                stop.cancel()
        with pytest.raises((Stopped, db.DatabaseError)) as raised, stop.interrupting(lap.db):
            apply(lap, verified, progress=progress)       # the guard is not used: the SQL is stopped
        assert "interrupt" in str(raised.value)
        assert seen == [1, 2]
        assert not lap.db.in_transaction
        assert records.count(lap, "contact") == 0 and bundle_status(lap).sequence is None
        assert apply(lap, verified).applied and records.count(lap, "contact") == 4    # and imports now


def test_closing_during_the_check_just_closes(qtbot: Any, laptop_controller: Controller,
                                              world: dict[str, Path], tmp_path: Path,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    """Nothing is saved while checking, so closing asks nothing; the check's copy of the bundle
    is removed when its result arrives, and the closed wizard is deleted."""
    import tempfile

    from shiboken6 import isValid
    copies = tmp_path / "copies"
    copies.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(copies))
    ctl = laptop_controller
    wizard = _wizard(qtbot, ctl)
    wizard.choose_file(world["bundle"])
    gate = _hold_worker(ctl)
    qtbot.mouseClick(wizard.next_button, Qt.MouseButton.LeftButton)
    assert wizard.pages.currentIndex() == VERIFY
    qtbot.keyClick(wizard, Qt.Key.Key_Escape)
    assert not wizard.isVisible() and wizard.stop_question is None     # nothing to save: no question
    gate.set()
    qtbot.waitUntil(lambda: not ctl.worker.busy, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: not isValid(wizard), timeout=WAIT_MS)
    assert ctl.main_window is not None and ctl.main_window.findChildren(ImportWizard) == []
    assert list(copies.iterdir()) == []


def test_a_refused_file_leaves_no_progress_bar_part_way(qtbot: Any, laptop_controller: Controller,
                                                       world: dict[str, Path]) -> None:
    wizard = _wizard(qtbot, laptop_controller)
    wizard.choose_file(world["tampered"])
    qtbot.mouseClick(wizard.next_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(wizard.verify_error.text()), timeout=WAIT_MS)
    assert not wizard.progress.bar.isVisible()
    assert wizard.progress.label.text() == ("The bundle was refused. Nothing was changed. "
                                            "Ask the coordinator for a new stick.")
    qtbot.mouseClick(wizard.back_button, Qt.MouseButton.LeftButton)     # choose another file: a fresh bar
    wizard.choose_file(world["bundle"])
    qtbot.mouseClick(wizard.next_button, Qt.MouseButton.LeftButton)
    assert wizard.progress.bar.isVisible()
    qtbot.waitUntil(lambda: wizard.pages.currentIndex() == PREVIEW, timeout=WAIT_MS)
    assert wizard.verify_error.text() == ""


def test_screenshot_of_the_wizard_while_applying_and_when_stopped(
        qtbot: Any, laptop_controller: Controller, world: dict[str, Path], tmp_path: Path) -> None:
    """Pictures at 1366×768 (KRISPARM_SCREENS=dir keeps them); the texts fit without eliding."""
    out = Path(os.environ.get("KRISPARM_SCREENS", tmp_path)) / "en"
    out.mkdir(parents=True, exist_ok=True)
    ctl = laptop_controller
    assert ctl.main_window is not None
    ctl.main_window.resize(1366, 768)
    wizard = _to_preview(qtbot, ctl, world["bundle"])
    gate = _hold_worker(ctl)
    qtbot.mouseClick(wizard.next_button, Qt.MouseButton.LeftButton)
    wizard.apply_progress.update_progress(2, 3, "Applying the bundle")
    wizard.reject()
    qtbot.wait(50)
    assert wizard.grab().save(str(out / "30-import-applying.png"))
    assert wizard.stop_question is not None
    assert wizard.stop_question.grab().save(str(out / "31-import-stop-question.png"))
    qtbot.mouseClick(wizard.stop_button, Qt.MouseButton.LeftButton)
    gate.set()
    qtbot.waitUntil(lambda: wizard.pages.currentIndex() == DONE, timeout=WAIT_MS)
    qtbot.wait(50)
    assert wizard.grab().save(str(out / "32-import-stopped.png"))
    assert wizard.summary.isVisible() and wizard.next_button.isVisible()
