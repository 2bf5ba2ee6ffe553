"""What every section shares: the worker, the clipboard guard, who is at the keyboard."""
from __future__ import annotations

import getpass
from dataclasses import dataclass, field
from zoneinfo import ZoneInfo

from binder.gui.clipboard import ClipboardGuard
from binder.gui.worker import DatabaseWorker
from binder.model import clock


def login_name() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):   # no passwd entry (containers): fall back to nothing
        return ""


@dataclass
class GuiContext:
    worker: DatabaseWorker
    clipboard: ClipboardGuard
    publisher: bool = False
    operator: str = field(default_factory=login_name)   # recorded as "who" on ticks and log entries
    time_zone: ZoneInfo = field(default_factory=clock.zone)   # the binder's zone (metadata), set on unlock
