"""The full-file integrity check that runs beside the window after unlock, and its clean stop.

The check reads every page of the vault on its own connection (about 1 s for 100k contacts).
Locking or quitting while it reads must not cut it off mid-page (SQLCipher then logs "cipher
operation failed", and at interpreter exit OpenSSL is torn down under it), so whoever closes the
vault first calls `stop()`: it asks the check to give up (SQLite's progress handler ends the
running statement at once) and waits for the thread, which closes its connection itself.
"""
from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from pathlib import Path

from binder.vault import database as db

log = logging.getLogger(__name__)

PROGRESS_STEPS = 1000          # SQLite VM steps between two looks at the cancel flag
STOP_TIMEOUT_S = 30.0


class IntegrityCheck:
    """One background run of `db.integrity_problems` on a short-lived read-only connection.

    `on_problem(exc)` is called (on the check's thread) with the damage found or the error that
    stopped the check, unless the check was stopped on purpose.
    """

    def __init__(self, path: Path, key: bytes, on_problem: Callable[[BaseException], None]) -> None:
        self._path = Path(path) / db.DB_NAME
        self._key = bytes(key)
        self._on_problem = on_problem
        self._cancel = threading.Event()
        self._thread = threading.Thread(target=self._run, name="binder-integrity", daemon=True)

    def start(self) -> IntegrityCheck:
        self._thread.start()
        return self

    @property
    def running(self) -> bool:
        return self._thread.is_alive()

    def stop(self, timeout: float = STOP_TIMEOUT_S) -> None:
        """Cancel the check and wait until its connection is closed."""
        self._cancel.set()
        if self._thread.is_alive() and self._thread is not threading.current_thread():
            self._thread.join(timeout)
            if self._thread.is_alive():
                log.error("the background integrity check did not stop within %.0f s", timeout)

    def _run(self) -> None:
        try:
            problems = self._check()
        except BaseException as exc:  # handed to the caller, who shows the human message
            if not self._cancel.is_set():
                self._on_problem(exc)
            return
        if problems and not self._cancel.is_set():
            self._on_problem(db.corrupt_error(Exception("; ".join(problems[:3]))))

    def _check(self) -> list[str]:
        if self._cancel.is_set():
            return []
        conn = db.connect(self._path, self._key)
        try:
            conn.set_progress_handler(lambda: int(self._cancel.is_set()), PROGRESS_STEPS)
            return db.integrity_problems(conn)
        finally:
            conn.close()
