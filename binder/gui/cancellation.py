"""Stopping a long operation on the database worker, at a point where nothing has been saved.

Qt-free. The GUI thread calls `cancel()`; the operation, running on the worker, passes its progress
callback through `guard()` (which raises `Stopped` at the next step before the last) and runs its
SQL inside `interrupting(conn)` (SQLite's progress handler ends the running statement, so the
transaction rolls back). After the commit nothing is stopped any more: the last progress step
(done == total) never raises, so an operation is either stopped with nothing changed or finished.
"""
from __future__ import annotations

import contextlib
import threading
from collections.abc import Callable, Iterator
from typing import Any

# SQLite VM steps between two looks at the flag. SQLite counts them per prepared statement,
# across its executions, so a loop of small INSERTs (reused from the statement cache) is stopped
# too, within about this many steps of one of them (well under 1 ms).
PROGRESS_STEPS = 1000

ProgressFn = Callable[[int, int, str], None]


class Stopped(Exception):
    """The user stopped the operation before it saved anything."""


class Cancellation:
    def __init__(self, progress_steps: int = PROGRESS_STEPS) -> None:
        self._event = threading.Event()
        self._steps = progress_steps

    def cancel(self) -> None:
        self._event.set()

    @property
    def requested(self) -> bool:
        return self._event.is_set()

    def guard(self, progress: ProgressFn) -> ProgressFn:
        def step(done: int, total: int, text: str = "") -> None:
            if self._event.is_set() and done < total:
                raise Stopped
            progress(done, total, text)
        return step

    @contextlib.contextmanager
    def interrupting(self, conn: Any) -> Iterator[None]:
        """While inside, a `cancel()` ends the statement running on `conn` (it raises).

        Once only: the ROLLBACK that follows must not be interrupted in its turn.
        """
        fired: list[bool] = []

        def handler() -> int:
            if self._event.is_set() and not fired:
                fired.append(True)
                return 1
            return 0
        conn.set_progress_handler(handler, self._steps)
        try:
            yield
        finally:
            conn.set_progress_handler(None, 0)
