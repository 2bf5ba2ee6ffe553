"""Bulk work on tens of thousands of entries (a stick of field reports, the whole timeline).

Python's cyclic garbage collector runs whenever enough new container objects have been made,
and each full run walks every live object: while 100,000 log entries are read, checked,
stored and sorted it walks them again and again (about a tenth of an import). Nothing such
work makes is cyclic garbage, so the collector is paused for it and resumes afterwards;
reference counting frees everything as usual meanwhile.
"""
from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def collector_paused() -> Iterator[None]:
    """Pause the cyclic garbage collector for the block (nested blocks keep it paused)."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()
