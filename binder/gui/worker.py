"""One worker thread owns the vault and its database connection.

The GUI submits operations (`fn(vault, progress)`); their success, failure and
progress callbacks run on the GUI thread (the idea of Anki's QueryOp /
CollectionOp over a single-worker executor). Opening, creating and locking the
vault also happen on the worker thread, so the SQLite connection is created,
used and closed by that one thread.
"""
from __future__ import annotations

import logging
import queue
import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal

from binder.errors import BinderError, VaultError
from binder.gui.background_check import IntegrityCheck
from binder.i18n import tr
from binder.vault import database as db
from binder.vault.vault import Vault

log = logging.getLogger(__name__)

Progress = Callable[[int, int, str], None]
Operation = Callable[[Vault, Progress], Any]
Success = Callable[[Any], None]
Failure = Callable[[str], None]
ProgressHandler = Callable[[int, int, str], None]


def human_message(exc: BaseException) -> str:
    """The message a user sees for a failed operation (never a traceback)."""
    if isinstance(exc, db.DatabaseError):
        exc = db.translate_db_error(exc)
    if isinstance(exc, BinderError):
        return exc.message()
    if isinstance(exc, OSError):
        return tr("The file could not be read or written: {reason}", reason=exc.strerror or str(exc))
    return tr("Something unexpected went wrong: {reason}", reason=f"{type(exc).__name__}: {exc}")


@dataclass
class _Job:
    run: Callable[[Progress], Any]
    on_success: Success | None
    on_failure: Failure | None
    on_progress: ProgressHandler | None


class DatabaseWorker(QObject):
    """A single thread that owns the unlocked `Vault` (or nothing while locked)."""

    _deliver = Signal(object)
    busy_changed = Signal(bool)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._jobs: queue.Queue[_Job | None] = queue.Queue()
        self._vault: Vault | None = None
        self._check: IntegrityCheck | None = None      # the integrity check beside the window
        self._pending = 0
        self.completed = 0                   # jobs whose result reached the GUI thread (soak test, bench)
        self._deliver.connect(self._on_deliver, Qt.ConnectionType.QueuedConnection)
        self._thread = threading.Thread(target=self._loop, name="binder-db", daemon=True)
        self._thread.start()

    # -- the worker thread ---------------------------------------------------
    def _loop(self) -> None:
        while True:
            job = self._jobs.get()
            if job is None:
                self._close_vault()
                return
            self._execute(job)

    def _execute(self, job: _Job) -> None:
        def progress(done: int, total: int, text: str = "") -> None:
            if job.on_progress is not None:
                handler = job.on_progress
                self._deliver.emit(lambda: handler(done, total, text))
        try:
            result = job.run(progress)
        except BaseException as exc:  # every failure goes back to the GUI as a human message
            if not isinstance(exc, BinderError):
                log.exception("worker operation failed")
            message = human_message(exc)
            self._deliver.emit(lambda: self._finish(job.on_failure, message))
            return
        self._deliver.emit(lambda: self._finish(job.on_success, result))

    # -- the GUI thread ------------------------------------------------------
    def _on_deliver(self, call: Callable[[], None]) -> None:
        call()

    def _finish(self, callback: Callable[[Any], None] | None, value: Any) -> None:
        self._pending -= 1
        self.completed += 1
        if self._pending == 0:
            self.busy_changed.emit(False)
        if callback is not None:
            callback(value)

    def _enqueue(self, run: Callable[[Progress], Any], on_success: Success | None,
                 on_failure: Failure | None, on_progress: ProgressHandler | None) -> None:
        self._pending += 1
        if self._pending == 1:
            self.busy_changed.emit(True)
        self._jobs.put(_Job(run, on_success, on_failure, on_progress))

    @property
    def busy(self) -> bool:
        return self._pending > 0

    def submit(self, op: Operation, on_success: Success | None = None, on_failure: Failure | None = None,
               on_progress: ProgressHandler | None = None) -> None:
        """Run `op(vault, progress)` on the worker thread; callbacks come back on the GUI thread."""
        def run(progress: Progress) -> Any:
            if self._vault is None:
                raise VaultError("The vault is locked.")
            return op(self._vault, progress)
        self._enqueue(run, on_success, on_failure, on_progress)

    def open(self, path: Path, passphrase: str | None = None, recovery_key: str | None = None,
             on_success: Success | None = None, on_failure: Failure | None = None,
             on_damaged: Failure | None = None) -> None:
        """Unlock the vault at `path` on the worker thread (the KDF runs there too).

        The full-file integrity check reads every page (about 1 s for 100k contacts), so it runs
        beside the window on its own read-only connection; `on_damaged` gets the core's message
        if the file is damaged or was tampered with. (SQLCipher still checks each page's HMAC
        whenever the worker reads it.)
        """
        def run(progress: Progress) -> Any:
            self._close_vault()
            slots, key = Vault.unlock(path, passphrase, recovery_key=recovery_key)   # settles a rekey
            self._vault = Vault.open_with_key(path, key, slots, check=False)
            if on_damaged is not None:
                self._check_beside(path, key, on_damaged)
            return _summary(self._vault)
        self._enqueue(run, on_success, on_failure, None)

    def _check_beside(self, path: Path, key: bytes, on_damaged: Failure) -> None:
        def problem(exc: BaseException) -> None:
            message = human_message(db.corrupt_error(exc) if isinstance(exc, db.DatabaseError) else exc)
            self._deliver.emit(lambda: on_damaged(message))
        self._check = IntegrityCheck(path, key, problem).start()

    def check_integrity(self, on_success: Success | None = None, on_failure: Failure | None = None) -> None:
        self.submit(lambda vault, progress: vault.check_integrity(), on_success, on_failure)

    def open_with_key(self, path: Path, data_key: bytes, on_success: Success | None = None,
                      on_failure: Failure | None = None) -> None:
        def run(progress: Progress) -> Any:
            self._close_vault()
            self._vault = Vault.open_with_key(path, data_key, check=False)
            return _summary(self._vault)
        self._enqueue(run, on_success, on_failure, None)

    def create(self, path: Path, passphrase: str, publisher: bool, organisation: str,
               on_success: Success | None = None, on_failure: Failure | None = None,
               kdf: dict[str, int] | None = None) -> None:
        """Create a vault and keep it open; `on_success` receives (summary, recovery key)."""
        def run(progress: Progress) -> Any:
            self._close_vault()
            self._vault, recovery = Vault.create(path, passphrase, publisher=publisher,
                                                 organisation=organisation, kdf=kdf)
            return _summary(self._vault), recovery
        self._enqueue(run, on_success, on_failure, None)

    def run_unlocked(self, fn: Callable[[Progress], Any], on_success: Success | None = None,
                     on_failure: Failure | None = None, on_progress: ProgressHandler | None = None) -> None:
        """Run work that needs no vault on the worker thread (e.g. creating the demo vault)."""
        self._enqueue(fn, on_success, on_failure, on_progress)

    def lock(self, on_done: Callable[[Any], None] | None = None) -> None:
        """Close the database and wipe the key (queued after running work)."""
        def run(progress: Progress) -> Any:
            self._close_vault()
            return None
        self._enqueue(run, on_done, lambda message: log.error("lock: %s", message), None)

    def _close_vault(self) -> None:
        """Stop the background check (cancel and wait), then close the database and drop the key."""
        if self._check is not None:
            self._check.stop()
            self._check = None
        if self._vault is not None:
            self._vault.close()
            self._vault = None

    def is_open_on_worker(self) -> bool:
        """True while the worker holds an open vault (for tests and the lock screen)."""
        return self._vault is not None and self._vault.conn is not None

    def background_check_running(self) -> bool:
        """True while the integrity check beside the window is still reading (for tests)."""
        return self._check is not None and self._check.running

    def shutdown(self, timeout: float = 60.0) -> None:
        """Run the queued jobs, stop the background check, close the vault, end the thread.

        Waits for all of it: a daemon thread cut off at interpreter exit in the middle of a
        SQLCipher read is what this avoids (the queue holds the user's last actions, so they run).
        """
        self._jobs.put(None)
        self._thread.join(timeout)
        if self._thread.is_alive():
            log.error("the database worker did not finish within %.0f s", timeout)


def _summary(vault: Vault) -> dict[str, Any]:
    return {"path": str(vault.path), "publisher": vault.is_publisher, "vault_id": vault.vault_id}
