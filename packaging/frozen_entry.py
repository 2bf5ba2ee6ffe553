"""Entry point of the frozen build: the `binder` command (`binder gui` opens the window)."""
from __future__ import annotations

import multiprocessing
import sys

import smoke_hook  # packaging/smoke_hook.py: inert unless KRISPARM_SMOKE_TEST is set

from binder.cli.main import main
from binder.printing.worker import WORKER_FLAG, main as worker_main

if __name__ == "__main__":
    multiprocessing.freeze_support()
    if sys.argv[1:2] == [WORKER_FLAG]:        # the PDF worker the GUI starts (no `python -m` when frozen)
        raise SystemExit(worker_main())
    smoke_hook.install()
    raise SystemExit(main())
