"""Make every network attempt fail, and remember who tried.

`install()` replaces `socket.socket`, `socket.create_connection`, `socket.getaddrinfo`,
`socket.socketpair` and `socket.fromfd` (also in `_socket`) with versions that record
the caller (first frame outside this module and the socket module) and raise
`NetworkAttempt`. Recording matters: code that catches OSError still fails the test.
"""
from __future__ import annotations

import _socket
import socket
import sys
import traceback
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

_NAMES = ("socket", "create_connection", "getaddrinfo", "socketpair", "fromfd", "create_server",
          "gethostbyname", "gethostbyname_ex", "getnameinfo")
_SKIP = (str(Path(__file__).resolve()), socket.__file__)


class NetworkAttempt(OSError):
    """Raised instead of opening a socket."""


def caller() -> str:
    """`file:line in function` of the first frame that is not the guard or the socket module."""
    for frame in reversed(traceback.extract_stack()[:-1]):
        if frame.filename not in _SKIP and not frame.filename.endswith(("socket.py", "socket_guard.py")):
            return f"{frame.filename}:{frame.lineno} in {frame.name}"
    return "<unknown>"


class Guard:
    def __init__(self, on_attempt: Callable[[str], None] | None = None) -> None:
        self.attempts: list[str] = []
        self._saved: dict[tuple[Any, str], Any] = {}
        self._on_attempt = on_attempt

    def _refuse(self, what: str) -> Callable[..., Any]:
        def refuse(*args: Any, **kwargs: Any) -> Any:
            where = caller()
            entry = f"{what}{args[:2]!r} from {where}"
            self.attempts.append(entry)
            if self._on_attempt is not None:
                self._on_attempt(entry)
            raise NetworkAttempt(f"network access is forbidden in Krispärm: {entry}")
        return refuse

    def install(self) -> Guard:
        guard = self

        class GuardedSocket(socket.socket):
            def __init__(self, *args: Any, **kwargs: Any) -> None:
                guard._refuse("socket.socket")(*args, **kwargs)

        for module in (socket, _socket):
            for name in _NAMES:
                if hasattr(module, name):
                    self._saved[(module, name)] = getattr(module, name)
                    setattr(module, name, GuardedSocket if name == "socket" else self._refuse(f"socket.{name}"))
        return self

    def uninstall(self) -> None:
        for (module, name), value in self._saved.items():
            setattr(module, name, value)
        self._saved.clear()

    def report(self) -> str:
        return "network attempts:\n" + "\n".join(self.attempts)


@contextmanager
def no_network() -> Iterator[Guard]:
    """`with no_network() as guard: ...`; afterwards `assert not guard.attempts, guard.report()`."""
    guard = Guard().install()
    try:
        yield guard
    finally:
        guard.uninstall()


def install_for_subprocess(log_path: str) -> Guard:
    """Used by netguard_site/sitecustomize.py: every attempt is appended to `log_path`."""
    def write(entry: str) -> None:
        with open(log_path, "a", encoding="utf-8") as handle:
            handle.write(f"pid {__import__('os').getpid()} {' '.join(sys.argv)[:200]}: {entry}\n")
    return Guard(write).install()
