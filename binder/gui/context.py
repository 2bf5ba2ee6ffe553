"""What every section shares: the worker, the clipboard guard, who is at the keyboard."""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from zoneinfo import ZoneInfo

from binder.gui.clipboard import ClipboardGuard
from binder.gui.worker import DatabaseWorker
from binder.model import clock


@dataclass
class GuiContext:
    worker: DatabaseWorker
    clipboard: ClipboardGuard
    publisher: bool = False
    time_zone: ZoneInfo = field(default_factory=clock.zone)   # the binder's zone (metadata), set on unlock
    # Who is at the keyboard, named in the operator dialog at unlock (never the login name);
    # recorded as "who" on ticks, log entries, status changes and corrections.
    operator: str = ""
    operator_role: str = ""
    previous_operator: str = ""     # offered first at the next unlock; kept in memory only
    # The current instant for everything judged "as of now" (banner, stale marks); tests set a fixed one.
    now: Callable[[], datetime] = clock.now

    def set_operator(self, name: str, role: str = "") -> None:
        self.operator, self.operator_role = name, role
        self.previous_operator = name

    def forget_operator(self) -> None:
        """On lock: the next person to unlock says who they are."""
        self.operator = self.operator_role = ""
