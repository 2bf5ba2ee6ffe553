"""A crisis day in the real window, driven through the database worker (soak test and bench).

`CrisisDay` works the laptop's main window as a crisis team does, by keyboard where the window
offers it: unlock, import the coordinator's bundle (Ctrl+I), tick routine steps (Space), write
log lines (Enter), search (Ctrl+K, Enter opens the hit), set restoration statuses, lock (Ctrl+L)
and unlock, switch the language. It counts the worker's jobs and samples the process's RSS, the
number of live Qt objects and Python objects, so a leak shows as growth per 10,000 jobs.

No pytest here: tests/test_gui_soak.py runs a bounded day, bench/bench_soak.py the full one.
"""
from __future__ import annotations

import gc
import os
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QEventLoop, QObject, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from binder.bundle import export_bundle, recipients, trust
from binder.gui.controller import Controller
from binder.gui.import_wizard import DONE, PREVIEW, ImportWizard
from binder.gui.settings import Settings
from binder.store import records
from binder.vault.vault import Vault

PASSPHRASE = "korrekt häst batteri"
FAST_KDF = {"iterations": 1, "memory_kib": 64 * 1024, "lanes": 4}
TIMEOUT_S = float(os.environ.get("KRISPARM_SOAK_TIMEOUT", "60"))
HEARTBEAT_MS = 5
MAX_RUNS = 12                 # routine runs started in the day; then finished runs are re-opened
LOG_EVERY = 4                 # rounds per log line (about 500 entries in a 20,000-job day)
LOCK_EVERY = 25
LANGUAGE_EVERY = 40
IMPORT_EVERY = 150
SEARCHES = ["anders", "0701234567", "Nätverk", "Aktivering", "berg", "Vård", "kris"]
STATUSES = ["isolated", "rebuilding", "restored", "verified", "down"]


@dataclass
class World:
    """A coordinator's master binder and a laptop that trusts it, with bundles on a 'stick'."""
    laptop: Path
    bundles: list[Path]
    routine_id: str


def make_world(base: Path, bundles: int, kdf: dict[str, int] | None = None,
               populate: Callable[[Vault], dict[str, Any]] | None = None) -> World:
    """`bundles` numbered bundles: each later one adds a contact on the coordinator's side."""
    if populate is None:
        from tests import gui_fixtures
        populate = gui_fixtures.populate
    kdf = kdf or FAST_KDF
    pub, _ = Vault.create(base / "pub", PASSPHRASE, publisher=True, organisation="Testkommun",
                          organisation_id="testkommun", kdf=kdf)
    lap, _ = Vault.create(base / "lap", PASSPHRASE, organisation="Testkommun", kdf=kdf)
    ids = populate(pub)
    info = trust.export_key(pub, base / "publisher.key")
    trust.add_trust(lap, base / "publisher.key", info["fingerprint"])
    recipients.add(pub, "laptop-1", recipients.own_recipient(lap)["recipient"])
    stick = base / "stick"
    stick.mkdir()
    paths = []
    for number in range(bundles):
        if number:
            records.save(pub, "contact", {"name": f"Ny kontakt {number}", "organisation": "Testkommun",
                                          "channels": [{"kind": "mobile", "value": f"070-555 00 {number:02d}"}]})
        paths.append(export_bundle(pub, stick).path)
    pub.close()
    lap.close()
    return World(base / "lap", paths, ids["routine"])


def rss_mb() -> float:
    """Resident memory of this process now (Linux /proc; else the peak, which only grows)."""
    try:
        with open("/proc/self/statm") as statm:
            return int(statm.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20
    except OSError:
        import resource
        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def peak_rss_mb() -> float:
    """The highest RSS of this process image so far (Linux VmHWM). Not `ru_maxrss`: Linux carries
    that over from the parent at fork, so a child started by a big parent reports the parent's size."""
    try:
        with open("/proc/self/status") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    import resource
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def qt_objects(app: QApplication) -> int:
    """Live QObjects under every top-level widget, and the widgets themselves."""
    return sum(1 + len(w.findChildren(QObject)) for w in app.topLevelWidgets())


@dataclass
class Sample:
    jobs: int
    seconds: float
    rss_mb: float
    qt_objects: int
    widgets: int
    python_objects: int


@dataclass
class DayReport:
    samples: list[Sample] = field(default_factory=list)
    actions: dict[str, int] = field(default_factory=dict)

    @property
    def jobs(self) -> int:
        return self.samples[-1].jobs if self.samples else 0

    def growth_per_10k_jobs(self, attr: str, warm_fraction: float = 0.25) -> float:
        """Least-squares slope of `attr` against jobs after the warm-up, per 10,000 jobs."""
        first_jobs = self.samples[-1].jobs * warm_fraction
        points = [(s.jobs, float(getattr(s, attr))) for s in self.samples if s.jobs >= first_jobs]
        if len(points) < 2:
            return 0.0
        mx = sum(x for x, _ in points) / len(points)
        my = sum(y for _, y in points) / len(points)
        var = sum((x - mx) ** 2 for x, _ in points)
        return 0.0 if var == 0 else sum((x - mx) * (y - my) for x, y in points) / var * 10_000


class CrisisDay:
    def __init__(self, app: QApplication, world: World, settings_path: Path, operator: str = "Soak Operatör") -> None:
        self.app = app
        self.world = world
        self.ctl = Controller(app, world.laptop, Settings(settings_path))
        self.operator = operator
        self.report = DayReport()
        self.next_bundle = 0
        self.runs_started = 0
        self.language = "en"
        self._heartbeat = QTimer()              # wakes `wait` even when no event is due
        self._heartbeat.setInterval(HEARTBEAT_MS)
        self._heartbeat.start()
        self.ctl.start()

    # -- waiting ----------------------------------------------------------------
    def pump(self, wait: bool = False) -> None:
        """What the event loop does between user actions, deferred deletes included. With `wait`,
        sleep until the next event (a worker result, or the heartbeat a few ms away)."""
        flags = QEventLoop.ProcessEventsFlag.AllEvents
        if wait:
            flags |= QEventLoop.ProcessEventsFlag.WaitForMoreEvents
        self.app.processEvents(flags)
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)

    def wait(self, condition: Callable[[], bool], what: str) -> None:
        end = time.monotonic() + TIMEOUT_S
        while not condition():
            self.pump(wait=True)
            if time.monotonic() > end:
                raise TimeoutError(f"crisis day: {what} did not happen within {TIMEOUT_S:.0f} s")

    def settle(self) -> None:
        self.wait(lambda: not self.ctl.worker.busy, "the worker's jobs")
        self.pump()

    @property
    def window(self) -> Any:
        """The main window, made the active one (its shortcuts, like Space on a step, need that)."""
        window = self.ctl.main_window
        assert window is not None, "the main window is not there"
        if self.app.activeWindow() is not window:
            window.activateWindow()
            self.wait(lambda: self.app.activeWindow() is window, "the main window to be active")
        return window

    def _count(self, action: str) -> None:
        self.report.actions[action] = self.report.actions.get(action, 0) + 1

    # -- the actions ------------------------------------------------------------
    def unlock(self) -> None:
        secret = self.ctl.unlock_window.secret
        secret.setText(PASSPHRASE)
        QTest.keyClick(secret, Qt.Key.Key_Return)
        self.wait(lambda: not self.ctl.is_locked and self.ctl.main_window is not None
                  and self.ctl.main_window.isVisible(), "unlock")
        self.answer_operator()
        self.wait(lambda: self.window.banner.info is not None, "the banner")
        self.settle()
        self._count("unlock")

    def answer_operator(self) -> None:
        """Say who is at the keyboard in the dialog the window opens after unlocking (Enter)."""
        main = self.window
        self.wait(lambda: main.operator_dialog is not None and main.operator_dialog.isVisible(),
                  "the operator dialog")
        dialog = main.operator_dialog
        assert dialog is not None
        dialog.name.setEditText(self.operator)
        QTest.keyClick(dialog.name_edit, Qt.Key.Key_Return)
        self.wait(lambda: self.ctl.ctx.operator == self.operator and self.app.activeModalWidget() is None,
                  "the operator to be named")

    def lock(self) -> None:
        QTest.keyClick(self.window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
        self.wait(lambda: self.ctl.is_locked and not self.ctl.worker.is_open_on_worker(), "lock")
        self.settle()
        self._count("lock")

    def import_next_bundle(self) -> bool:
        if self.next_bundle >= len(self.world.bundles):
            return False
        bundle = self.world.bundles[self.next_bundle]
        self.next_bundle += 1
        window = self.window
        QTest.keyClick(window, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)
        wizard = next(w for w in window.findChildren(ImportWizard) if w.isVisible())
        wizard.choose_file(bundle)
        QTest.keyClick(wizard.next_button, Qt.Key.Key_Space)
        self.wait(lambda: wizard.pages.currentIndex() == PREVIEW, "the bundle check")
        QTest.keyClick(wizard.next_button, Qt.Key.Key_Space)
        self.wait(lambda: wizard.pages.currentIndex() == DONE, "the import")
        assert wizard.result_data is not None and wizard.result_data.applied, wizard.summary.text()
        QTest.keyClick(wizard.next_button, Qt.Key.Key_Space)          # Close
        self.settle()
        self._count("import")
        return True

    def tick_step(self) -> None:
        """Space on the next open step. A finished run is followed by a new one, up to MAX_RUNS
        runs in the day; after that the team re-opens a finished run's steps ("Reopen") and ticks
        them again (the day's data stays the size of a real day's)."""
        window = self.window
        window.go_to(2)
        routines = window.routines
        panel = routines.run_panel
        self.settle()
        run = panel.model.run
        if run is None or all(step.status != "open" for step in run.steps):
            if run is not None and self.runs_started >= MAX_RUNS:
                self._reopen(panel)
            else:
                self._start_run(window)
        run = panel.model.run
        row = next(i for i, s in enumerate(run.steps) if s.status == "open")
        panel.table.selectRow(row)
        panel.table.setFocus()
        QTest.keyClick(panel.table, Qt.Key.Key_Space)
        self.wait(lambda: panel.model.run is not None and panel.model.run.id == run.id
                  and panel.model.run.steps[row].status == "done", "the tick")
        self.settle()
        self._count("step ticked")

    def _start_run(self, window: Any) -> None:
        routines, panel = window.routines, window.routines.run_panel
        window.open_record("routine", self.world.routine_id)
        self.wait(lambda: routines.detail.record is not None, "the routine")
        self.settle()
        QTest.mouseClick(routines.start_button, Qt.MouseButton.LeftButton)
        self.wait(lambda: panel.model.run is not None
                  and any(s.status == "open" for s in panel.model.run.steps), "a new run")
        self.settle()
        self.runs_started += 1
        self._count("routine started")

    def _reopen(self, panel: Any) -> None:
        for row in range(panel.model.rowCount()):
            panel.table.selectRow(row)
            QTest.mouseClick(panel.reopen_button, Qt.MouseButton.LeftButton)
            self.wait(partial(_step_is_open, panel, row), "the step re-opened")
            self.settle()
        self._count("run re-opened")

    def log_line(self, number: int) -> None:
        window = self.window
        window.go_to(4)
        section = window.incident_log
        self.settle()
        section.line.setText(f"Lägesrapport {number}: elförsörjningen stabil i område {number % 7}")
        QTest.keyClick(section.line, Qt.Key.Key_Return)
        self.wait(lambda: section.line.text() == "", "the log entry")
        self.settle()
        self._count("log line")

    def search(self, number: int) -> None:
        window = self.window
        QTest.keyClick(window, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
        popup = window.search
        popup.field.setText(SEARCHES[number % len(SEARCHES)])
        QTest.keyClick(popup.field, Qt.Key.Key_Return)               # search now, open the best hit
        self.wait(lambda: not popup.isVisible() or not self.ctl.worker.busy, "the search")
        self.settle()
        if popup.isVisible():
            QTest.keyClick(popup.field, Qt.Key.Key_Escape)
        self._count("search")

    def set_status(self, number: int) -> None:
        window = self.window
        window.go_to(3)
        section = window.restoration
        self.wait(lambda: section.model.rowCount() > 0, "the restoration list")
        section.table.selectRow(number % section.model.rowCount())
        self.settle()
        status = STATUSES[number % len(STATUSES)]
        section.set_status(status)
        self.settle()
        self._count("status set")

    def switch_language(self) -> None:
        self.language = "sv" if self.language == "en" else "en"
        self.ctl.apply_language(self.language)
        self.settle()
        self.wait(lambda: not self.ctl._retired, "the old window to go")
        self._count("language switch")

    # -- the day ----------------------------------------------------------------
    def round(self, number: int) -> None:
        """A few minutes of the day: a tick, a search and a restoration status every time; a log
        line every LOG_EVERY rounds; now and then a lock, a language switch, a new bundle."""
        self.tick_step()
        self.search(number)
        self.set_status(number)
        if number % LOG_EVERY == 0:
            self.log_line(number)
        if number % LOCK_EVERY == 0:
            self.lock()
            self.unlock()
        if number % LANGUAGE_EVERY == 0:
            self.switch_language()
        if number % IMPORT_EVERY == 0:
            self.import_next_bundle()

    def sample(self, started: float) -> None:
        gc.collect()
        self.pump()
        self.report.samples.append(Sample(self.ctl.worker.completed, time.monotonic() - started, rss_mb(),
                                          qt_objects(self.app), len(self.app.allWidgets()), len(gc.get_objects())))

    def run(self, jobs: int, samples: int = 20, progress: Callable[[Sample], None] | None = None) -> DayReport:
        """Work until the worker has delivered `jobs` results; sample about `samples` times."""
        started = time.monotonic()
        self.unlock()
        self.import_next_bundle()
        every = max(1, jobs // samples)
        next_sample = 0
        number = 0
        while self.ctl.worker.completed < jobs:
            if self.ctl.worker.completed >= next_sample:
                self.sample(started)
                next_sample = self.ctl.worker.completed + every
                if progress is not None:
                    progress(self.report.samples[-1])
            number += 1
            self.round(number)
        self.sample(started)
        return self.report

    def close(self) -> None:
        if self.ctl.main_window is not None:
            self.ctl.main_window.close()
        self._heartbeat.stop()
        self.ctl.shutdown()


def main() -> int:
    """`python -m tests.crisis_day JOBS BUNDLES DIR`: a day in a fresh process; the report as JSON
    (the CI test runs it apart from the rest of the suite, whose leftovers would blur the counts)."""
    import json
    import sys
    from dataclasses import asdict
    jobs, bundles, base = int(sys.argv[1]), int(sys.argv[2]), Path(sys.argv[3])
    app = QApplication([])
    world = make_world(base, bundles)
    day = CrisisDay(app, world, base / "gui.ini")
    try:
        report = day.run(jobs)
    finally:
        day.close()
    print(json.dumps({"samples": [asdict(s) for s in report.samples], "actions": report.actions,
                      "laptop": str(world.laptop)}))
    return 0


def _step_is_open(panel: Any, row: int) -> bool:
    return bool(panel.model.run.steps[row].status == "open")


if __name__ == "__main__":
    raise SystemExit(main())
