"""Entry point of the frozen build: the `binder` command (`binder gui` opens the window)."""
from __future__ import annotations

import multiprocessing

import smoke_hook  # packaging/smoke_hook.py: inert unless KRISPARM_SMOKE_TEST is set

from binder.cli.main import main

if __name__ == "__main__":
    multiprocessing.freeze_support()
    smoke_hook.install()
    raise SystemExit(main())
