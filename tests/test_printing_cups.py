"""`binder print` against a real CUPS queue (the cups-pdf virtual printer), and the no-printer message.

Needs the Debian packages `cups` and `printer-driver-cups-pdf`. The test starts
cupsd when it is not running (root only) and adds a queue KrisparmPDF.
"""
from __future__ import annotations

import json
import os
import pwd
import re
import shutil
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest
from conftest import PASSPHRASE
from printing_fixtures import populate
from pypdf import PdfReader

from binder.errors import PrintError
from binder.printing import printer

QUEUE = "KrisparmPDF"
PPD = "lsb/usr/cups-pdf/CUPS-PDF_opt.ppd"


def _scheduler_running() -> bool:
    done = subprocess.run(["lpstat", "-r"], capture_output=True, text=True, check=False)
    return "is running" in done.stdout


def _output_dirs() -> list[Path]:
    home = pwd.getpwuid(os.getuid()).pw_dir
    out = [Path(home) / "PDF"]
    conf = Path("/etc/cups/cups-pdf.conf")
    if conf.exists():
        for line in conf.read_text(errors="replace").splitlines():
            match = re.match(r"\s*(Out|AnonDirName)\s+(\S+)", line)
            if match:
                out.append(Path(match.group(2).replace("${HOME}", home)))
    out.append(Path("/var/spool/cups-pdf/ANONYMOUS"))
    return out


@pytest.fixture(scope="module")
def cups_queue() -> str:
    if not (shutil.which("lp") and shutil.which("lpadmin") and shutil.which("lpstat")):
        pytest.skip("CUPS client tools are not installed (apt-get install cups)")
    if not Path("/usr/lib/cups/backend/cups-pdf").exists():
        pytest.skip("the cups-pdf printer is not installed (apt-get install printer-driver-cups-pdf)")
    if not _scheduler_running():
        if os.geteuid() != 0 or not shutil.which("cupsd"):
            pytest.skip("cupsd is not running and this test cannot start it (needs root)")
        subprocess.run(["cupsd"], check=True, timeout=30)
        for _ in range(50):
            if _scheduler_running():
                break
            time.sleep(0.2)
        else:
            pytest.skip("cupsd did not start")
    queues = subprocess.run(["lpstat", "-e"], capture_output=True, text=True, check=False).stdout.split()
    if QUEUE not in queues:
        subprocess.run(["lpadmin", "-p", QUEUE, "-v", "cups-pdf:/", "-E", "-m", PPD], check=True,
                       capture_output=True, timeout=60)
    return QUEUE


def _pdfs() -> set[Path]:
    return {p for d in _output_dirs() if d.is_dir() for p in d.glob("*.pdf")}


def test_binder_print_arrives_at_the_cups_pdf_printer(cups_queue: str, vault: Any, vault_path: Path) -> None:
    populate(vault, contacts=8, long_note=False)
    vault.close()
    before = _pdfs()
    env = dict(os.environ, BINDER_KDF_TARGET_MS="30", BINDER_LANG="en", BINDER_PASSPHRASE=PASSPHRASE,
               BINDER_VAULT=str(vault_path))
    done = subprocess.run([sys.executable, "-m", "binder", "print", "--printer", cups_queue, "--lang", "en",
                           "--sections", "contacts"], capture_output=True, text=True, env=env, timeout=120)
    assert done.returncode == 0, done.stderr
    assert "Sent to the printer" in done.stdout and "request id" in done.stdout
    pages = int(re.search(r": (\d+) pages", done.stdout).group(1))  # type: ignore[union-attr]
    arrived: set[Path] = set()
    for _ in range(150):
        arrived = {p for p in _pdfs() - before if p.stat().st_size > 0}
        if arrived:
            time.sleep(0.5)    # let cups-pdf finish writing
            break
        time.sleep(0.2)
    assert arrived, f"nothing arrived in {_output_dirs()}"
    printed = PdfReader(str(sorted(arrived)[-1]))
    assert len(printed.pages) == pages
    for path in arrived:
        path.unlink()


def test_unknown_printer_is_named(cups_queue: str, tmp_path: Path) -> None:
    pdf = tmp_path / "x.pdf"
    pdf.write_bytes(b"%PDF-1.4\n%%EOF\n")
    with pytest.raises(PrintError) as err:
        printer.send_to_printer(pdf, "NoSuchPrinter")
    assert "There is no printer called 'NoSuchPrinter'" in err.value.message("en")
    assert cups_queue in err.value.message("en")


def test_no_print_system_gives_a_clear_message(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PATH", str(tmp_path))          # no lp, no lpstat
    pdf = tmp_path / "x.pdf"
    pdf.write_bytes(b"%PDF-1.4\n%%EOF\n")
    with pytest.raises(PrintError) as err:
        printer.send_to_printer(pdf)
    assert "No printer is set up on this computer" in err.value.message("en")
    with pytest.raises(PrintError):
        printer.send_bytes_to_printer(b"%PDF-1.4\n%%EOF\n")


def _binder_print(vault_path: Path, queue: str) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, BINDER_KDF_TARGET_MS="30", BINDER_LANG="en", BINDER_PASSPHRASE=PASSPHRASE,
               BINDER_VAULT=str(vault_path))
    return subprocess.run([sys.executable, "-m", "binder", "print", "--printer", queue, "--lang", "en",
                           "--sections", "wallet_cards"], capture_output=True, text=True, env=env, timeout=120)


def _prints(vault_path: Path) -> list[dict[str, Any]]:
    env = dict(os.environ, BINDER_KDF_TARGET_MS="30", BINDER_LANG="en", BINDER_PASSPHRASE=PASSPHRASE,
               BINDER_VAULT=str(vault_path))
    done = subprocess.run([sys.executable, "-m", "binder", "prints", "list", "--json"], capture_output=True,
                          text=True, env=env, timeout=120, check=True)
    return json.loads(done.stdout)


def test_a_stopped_queue_is_said_and_the_register_follows_the_job(cups_queue: str, vault: Any,
                                                                   vault_path: Path) -> None:
    populate(vault, contacts=8, long_note=False)
    vault.close()
    before = _pdfs()
    subprocess.run(["cupsdisable", cups_queue], check=True, timeout=30)
    try:
        done = _binder_print(vault_path, cups_queue)
        assert done.returncode == 1, done.stdout + done.stderr
        assert f"The printer {cups_queue} is stopped" in done.stderr and "waits in its queue" in done.stderr
        assert len(done.stderr.strip().splitlines()) == 1
        entry = _prints(vault_path)[0]
        assert entry["printer"] == cups_queue and entry["job_id"].startswith(cups_queue + "-")
        assert entry["job_state"] == "sent"               # waiting, not printed
    finally:
        subprocess.run(["cupsenable", cups_queue], check=True, timeout=30)
    state = "sent"
    for _ in range(150):                                   # started again: the waiting job prints
        state = _prints(vault_path)[0]["job_state"]
        if state != "sent":
            break
        time.sleep(0.2)
    assert state == "printed"
    for path in _pdfs() - before:
        path.unlink()


def test_a_cancelled_job_is_recorded_as_failed(cups_queue: str, vault: Any, vault_path: Path) -> None:
    populate(vault, contacts=8, long_note=False)
    vault.close()
    subprocess.run(["cupsdisable", cups_queue], check=True, timeout=30)
    try:
        done = _binder_print(vault_path, cups_queue)
        assert done.returncode == 1
        job = _prints(vault_path)[0]["job_id"]
        subprocess.run(["cancel", job], check=True, timeout=30)
    finally:
        subprocess.run(["cupsenable", cups_queue], check=True, timeout=30)
    assert _prints(vault_path)[0]["job_state"] == "failed"
