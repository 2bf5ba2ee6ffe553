"""Send a PDF to the operating system's printing: CUPS `lp` (Linux, macOS), the print verb on Windows."""
from __future__ import annotations

import logging
import os
import re
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from binder.errors import PrintError
from binder.i18n import N_
from binder.printing.processes import child_env

log = logging.getLogger(__name__)
TIMEOUT_S = 60


def _run(args: list[str], data: bytes | None = None) -> subprocess.CompletedProcess[bytes]:
    try:
        return subprocess.run(args, input=data, capture_output=True, timeout=TIMEOUT_S, check=False,
                              env=child_env())
    except (OSError, subprocess.TimeoutExpired) as exc:
        raise PrintError(N_("The print system did not answer ({reason})."), reason=str(exc)) from exc


def printers() -> list[str]:
    """Print queues CUPS knows (empty when CUPS is missing or has none)."""
    if shutil.which("lpstat") is None:
        return []
    result = _run(["lpstat", "-e"])
    if result.returncode != 0:
        log.info("lpstat -e failed: %s", result.stderr.decode(errors="replace").strip())
        return []
    return [line.strip() for line in result.stdout.decode(errors="replace").splitlines() if line.strip()]


def default_printer() -> str:
    if shutil.which("lpstat") is None:
        return ""
    result = _run(["lpstat", "-d"])
    text = result.stdout.decode(errors="replace")
    return text.split(":", 1)[1].strip() if result.returncode == 0 and ":" in text else ""


def _no_printer() -> PrintError:
    return PrintError(N_("No printer is set up on this computer. Save the binder as a PDF with 'binder pdf' "
                         "and print it on a computer that has a printer."))


def _check_queue(printer: str | None) -> None:
    queues = printers()
    if not queues:
        raise _no_printer()
    if printer and printer not in queues:
        raise PrintError(N_("There is no printer called '{printer}'. Printers: {printers}."), printer=printer,
                         printers=", ".join(queues))
    if not printer and not default_printer():
        raise PrintError(N_("No default printer is set. Choose one with --printer: {printers}."),
                         printers=", ".join(queues))


@dataclass(frozen=True)
class Job:
    """A binder handed to the print system: its answer, queue and job id (e.g. KrisparmPDF-12)."""
    answer: str
    printer: str = ""
    job_id: str = ""

    def __str__(self) -> str:
        return self.answer


JOB_ID = re.compile(r"request id is (\S+)")


def _job(answer: str, printer: str | None) -> Job:
    match = JOB_ID.search(answer)
    job_id = match.group(1) if match else ""
    queue = printer or (job_id.rsplit("-", 1)[0] if job_id else default_printer())
    return Job(answer, queue, job_id)


def send_bytes_to_printer(pdf: bytes, printer: str | None = None, title: str = "Krispärm") -> Job:
    """Print PDF data without writing it to disk first (CUPS reads it from a pipe)."""
    if os.name == "nt":
        raise PrintError(N_("Printing from memory is not possible on Windows; print the saved PDF file."))
    if shutil.which("lp") is None:
        raise _no_printer()
    _check_queue(printer)
    args = ["lp", "-t", title] + (["-d", printer] if printer else [])
    return _job(_lp_answer(_run(args, pdf)), printer)


def queue_stopped(printer: str) -> bool:
    """True when CUPS holds jobs for `printer` without printing them (the queue is disabled)."""
    if not printer or shutil.which("lpstat") is None:
        return False
    result = _run(["lpstat", "-p", printer])
    return result.returncode == 0 and " disabled" in result.stdout.decode(errors="replace")


CUPS_SOCKETS = ("/run/cups/cups.sock", "/var/run/cups/cups.sock")   # the scheduler's local socket, never TCP
IPP_STATES = {"pending": "sent", "pending-held": "sent", "processing": "sent", "processing-stopped": "sent",
              "completed": "printed", "canceled": "failed", "aborted": "failed"}


def _ipp_job_state(job: str) -> str:
    """The job's IPP state asked of the scheduler through its local socket ('' when not possible)."""
    number = job.rsplit("-", 1)[-1]
    sockets = [s for s in CUPS_SOCKETS if Path(s).exists()]
    if not number.isdigit() or not sockets or shutil.which("ipptool") is None:
        return ""
    uri = "ipp://" + sockets[0].replace("/", "%2F") + f"/jobs/{number}"
    result = _run(["ipptool", "-tv", uri, "get-job-attributes.test"])
    match = re.search(r"job-state \(enum\) = ([\w-]+)", result.stdout.decode(errors="replace"))
    return IPP_STATES.get(match.group(1), "") if match else ""


def job_state(job: str, printer: str) -> str:
    """'sent' while CUPS still holds the job, 'printed' once completed, 'failed' when it was cancelled
    or aborted, or CUPS has no trace of it."""
    if not job or shutil.which("lpstat") is None:
        return "sent"
    state = _ipp_job_state(job)
    if state:
        return state
    for which, state in (("not-completed", "sent"), ("completed", "printed")):
        result = _run(["lpstat", "-W", which, "-o", printer])
        if result.returncode == 0 and any(line.split()[:1] == [job]
                                          for line in result.stdout.decode(errors="replace").splitlines()):
            return state
    return "failed"


def send_to_printer(pdf_path: str | Path, printer: str | None = None) -> Job:
    """Send a saved PDF to a printer; returns the print system's answer and job."""
    path = Path(pdf_path)
    if not path.is_file():
        raise PrintError(N_("There is no file {path} to print."), path=str(path))
    if sys.platform == "win32":
        return _windows_print(path, printer)
    if shutil.which("lp") is None:
        raise _no_printer()
    _check_queue(printer)
    args = ["lp"] + (["-d", printer] if printer else []) + ["--", str(path)]
    return _job(_lp_answer(_run(args)), printer)


def _lp_answer(result: subprocess.CompletedProcess[bytes]) -> str:
    out = result.stdout.decode(errors="replace").strip()
    if result.returncode != 0:
        reason = result.stderr.decode(errors="replace").strip() or out
        raise PrintError(N_("The printer refused the job: {reason}"), reason=reason)
    log.info("lp: %s", out)
    return out


def _windows_print(path: Path, printer: str | None) -> Job:
    try:
        if printer:
            os.startfile(str(path), "printto", f'"{printer}"')  # type: ignore[attr-defined]
        else:
            os.startfile(str(path), "print")  # type: ignore[attr-defined]
    except OSError as exc:
        raise PrintError(N_("Windows could not print the file ({reason}). Is a printer and a PDF reader "
                            "installed?"), reason=exc.strerror or str(exc)) from exc
    return Job(str(path), printer or "")


SPOOL_WAIT_S = 120     # how long a spooled file may stay locked by the program printing it


@contextmanager
def spooled_file(path: Path, *, wait_s: float = SPOOL_WAIT_S, poll_s: float = 1.0) -> Iterator[Path]:
    """A plaintext PDF that exists only while it is being spooled: removed afterwards, also after an
    error. On Windows the program printing it keeps it locked until it has spooled it, so removal is
    retried until the lock goes (at most `wait_s` seconds)."""
    try:
        yield path
    finally:
        deadline = time.monotonic() + wait_s
        while True:
            try:
                path.unlink(missing_ok=True)
                break
            except PermissionError:
                if time.monotonic() >= deadline:
                    log.error("could not remove the spooled file %s", path)
                    raise
                time.sleep(poll_s)
