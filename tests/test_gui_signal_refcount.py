"""PySide6-Essentials 6.12.0 on Python 3.11 dropped one reference to `True` per `Signal.emit()`;
after about 1,100 worker jobs the process died with "Fatal Python error: bool_dealloc".
pyproject.toml pins a release that does not (see the comment there). This test drives 10,000
jobs through the real `DatabaseWorker` (each job emits `_deliver` once, and `busy_changed`
with a bool) and checks that the reference counts of `True` and `False` are where they started.
"""
from __future__ import annotations

import gc
import sys
import time
from collections.abc import Callable
from typing import Any

import pytest

from binder.gui.worker import DatabaseWorker

pytestmark = pytest.mark.gui

JOBS = 10_000


def _wait(qapp: Any, condition: Any, timeout: float = 30.0) -> None:
    """Process events until `condition()`; a plain loop (qtbot.waitUntil's own bookkeeping
    touches `True`/`False` and would blur the count)."""
    end = time.monotonic() + timeout
    while not condition():
        qapp.processEvents()
        assert time.monotonic() < end, "the worker did not deliver in time"
        time.sleep(0.0005)


def job(i: int) -> Callable[[Any], int]:
    return lambda progress: i


def test_ten_thousand_worker_emits_leave_true_and_false_alone(qapp: Any) -> None:
    worker = DatabaseWorker()
    results: list[int] = []
    busy_changes = [0, 0]                  # how often busy_changed carried False, True
    worker.busy_changed.connect(lambda busy: busy_changes.__setitem__(int(busy), busy_changes[int(busy)] + 1))
    try:
        # Warm up once so lazily created Qt/shiboken objects are not counted as a change.
        worker.run_unlocked(lambda progress: -1, results.append)
        _wait(qapp, lambda: results == [-1])
        results.clear()
        # Garbage left by earlier tests, collected mid-loop, would release references to True and
        # False that have nothing to do with the worker: collect it first, then hold the collector.
        gc.collect()
        gc.disable()
        before = (sys.getrefcount(True), sys.getrefcount(False))
        for i in range(JOBS):
            worker.run_unlocked(job(i), results.append)
            if i % 100 == 99:                      # let the queue drain: busy goes True → False
                _wait(qapp, lambda i=i: len(results) == i + 1)
        _wait(qapp, lambda: len(results) == JOBS)
        after = (sys.getrefcount(True), sys.getrefcount(False))
    finally:
        gc.enable()
        worker.shutdown()
    assert results == list(range(JOBS))
    assert busy_changes[0] >= JOBS // 100 and busy_changes[1] >= JOBS // 100
    assert after == before, f"True/False reference counts {before} -> {after} over {JOBS} worker jobs"
