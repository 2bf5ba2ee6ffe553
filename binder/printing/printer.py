"""Send a PDF to the operating system's printing: CUPS `lp` (Linux, macOS), the print verb on Windows."""
from __future__ import annotations

import logging
import os
import shutil
import subprocess
import sys
from pathlib import Path

from binder.errors import PrintError
from binder.i18n import N_

log = logging.getLogger(__name__)
TIMEOUT_S = 60


def _run(args: list[str], data: bytes | None = None) -> subprocess.CompletedProcess[bytes]:
    try:
        return subprocess.run(args, input=data, capture_output=True, timeout=TIMEOUT_S, check=False)
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


def send_bytes_to_printer(pdf: bytes, printer: str | None = None, title: str = "Krispärm") -> str:
    """Print PDF data without writing it to disk first (CUPS reads it from a pipe)."""
    if os.name == "nt":
        raise PrintError(N_("Printing from memory is not possible on Windows; print the saved PDF file."))
    if shutil.which("lp") is None:
        raise _no_printer()
    _check_queue(printer)
    args = ["lp", "-t", title] + (["-d", printer] if printer else [])
    result = _run(args, pdf)
    return _lp_answer(result)


def send_to_printer(pdf_path: str | Path, printer: str | None = None) -> str:
    """Send a saved PDF to a printer; returns the print system's answer (e.g. the job id)."""
    path = Path(pdf_path)
    if not path.is_file():
        raise PrintError(N_("There is no file {path} to print."), path=str(path))
    if sys.platform == "win32":
        return _windows_print(path, printer)
    if shutil.which("lp") is None:
        raise _no_printer()
    _check_queue(printer)
    args = ["lp"] + (["-d", printer] if printer else []) + ["--", str(path)]
    return _lp_answer(_run(args))


def _lp_answer(result: subprocess.CompletedProcess[bytes]) -> str:
    out = result.stdout.decode(errors="replace").strip()
    if result.returncode != 0:
        reason = result.stderr.decode(errors="replace").strip() or out
        raise PrintError(N_("The printer refused the job: {reason}"), reason=reason)
    log.info("lp: %s", out)
    return out


def _windows_print(path: Path, printer: str | None) -> str:
    try:
        if printer:
            os.startfile(str(path), "printto", f'"{printer}"')  # type: ignore[attr-defined]
        else:
            os.startfile(str(path), "print")  # type: ignore[attr-defined]
    except OSError as exc:
        raise PrintError(N_("Windows could not print the file ({reason}). Is a printer and a PDF reader "
                            "installed?"), reason=exc.strerror or str(exc)) from exc
    return str(path)
