"""Build the binder in a separate process, reporting progress as JSON lines (for the GUI).

ReportLab holds the GIL for long stretches, so a build in a GUI thread stalls
the event loop. The GUI runs ``python -m binder.printing.worker`` and writes
one JSON request to its stdin (the vault's data key travels through this pipe,
never on a command line or in the environment):

    {"vault": "/path/to/vault", "key": "<hex data key>", "out": "/path/binder.pdf",
     "options": {"sections": null, "lang": "sv", "since_print": false, "paper": "a4", "copy_number": 1}}

It answers on stdout with lines:

    {"type": "progress", "fraction": 0.42, "message": "Laying out page 12"}
    {"type": "result", "result": {...PrintResult fields...}}
    {"type": "error", "message": "<English>", "message_sv": "<Swedish>"}

`run_in_subprocess()` does all of this for a caller holding an open `Vault`.
"""
from __future__ import annotations

import json
import logging
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any, TextIO

from binder.errors import BinderError, PrintError
from binder.i18n import N_
from binder.printing.build import PrintResult, build_pdf
from binder.printing.processes import child_env
from binder.vault.vault import Vault

log = logging.getLogger(__name__)
OPTION_NAMES = ("sections", "lang", "since_print", "paper", "copy_number")


def _send(stream: TextIO, message: dict[str, Any]) -> None:
    stream.write(json.dumps(message, ensure_ascii=False) + "\n")
    stream.flush()


def serve(stdin: TextIO, stdout: TextIO) -> int:
    """Read one request, build, answer. Returns the process exit code."""
    try:
        request = json.loads(stdin.readline())
        key = bytes.fromhex(request.pop("key"))
        options = {k: v for k, v in dict(request.get("options") or {}).items() if k in OPTION_NAMES}
        vault = Vault.open_with_key(Path(request["vault"]), key)
    except BinderError as exc:
        _send(stdout, {"type": "error", "message": exc.message("en"), "message_sv": exc.message("sv")})
        return 1
    except (ValueError, KeyError, TypeError) as exc:
        _send(stdout, {"type": "error", "message": f"bad request: {type(exc).__name__}", "message_sv": ""})
        return 2
    try:
        result = build_pdf(vault, request["out"], progress=lambda f, m: _send(
            stdout, {"type": "progress", "fraction": round(f, 3), "message": m}), **options)
        _send(stdout, {"type": "result", "result": result.__dict__})
        return 0
    except BinderError as exc:
        _send(stdout, {"type": "error", "message": exc.message("en"), "message_sv": exc.message("sv")})
        return 1
    finally:
        vault.close()


WORKER_FLAG = "--printing-worker"


def worker_command() -> list[str]:
    """How to start the worker: `python -m …` from source, the frozen program's own flag when frozen."""
    if getattr(sys, "frozen", False):
        return [sys.executable, WORKER_FLAG]
    return [sys.executable, "-m", "binder.printing.worker"]


def run_in_subprocess(vault: Vault, out_path: str | Path, *, progress: Callable[[float, str], None] | None = None,
                      **options: Any) -> PrintResult:
    """Build in a child process (same options as `build_pdf`); progress arrives through `progress`."""
    request = {"vault": str(vault.path), "key": bytes(vault._key).hex(),  # the key only goes down the pipe
               "out": str(out_path), "options": {k: v for k, v in options.items() if k in OPTION_NAMES}}
    proc = subprocess.Popen(worker_command(), stdin=subprocess.PIPE, env=child_env(),
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, encoding="utf-8")
    assert proc.stdin is not None and proc.stdout is not None
    proc.stdin.write(json.dumps(request) + "\n")
    proc.stdin.close()
    outcome: dict[str, Any] | None = None
    for line in proc.stdout:
        message = json.loads(line)
        if message["type"] == "progress" and progress:
            progress(float(message["fraction"]), str(message["message"]))
        elif message["type"] in ("result", "error"):
            outcome = message
    stderr = proc.stderr.read() if proc.stderr else ""
    proc.wait()
    if outcome is None:
        log.error("print worker failed: %s", stderr[-2000:])
        raise PrintError(N_("The binder could not be built (the print process stopped, exit code {code})."),
                         code=proc.returncode)
    if outcome["type"] == "error":
        raise PrintError(N_("The binder could not be built: {reason}"), reason=outcome["message"])
    return PrintResult(**outcome["result"])


def main() -> int:
    logging.basicConfig(level=logging.WARNING, stream=sys.stderr)
    return serve(sys.stdin, sys.stdout)


if __name__ == "__main__":
    raise SystemExit(main())
