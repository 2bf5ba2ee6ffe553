"""Start-up smoke test of the GUI, for the install proof (packaging/verify_offline_install.sh).

With KRISPARM_SMOKE_TEST=<seconds> set, `install()` wraps `QApplication.exec` so that, once the
app's own code has shown its first window and run the event loop for that long, the visible
top-level windows are printed to stderr as `krisparm-smoke: window <class> "<title>"` and the
app quits normally (exit code of the event loop: 0). With KRISPARM_SMOKE_SCREENSHOT=<file.png>
the first visible window is also saved as a picture. Without the variables nothing changes.
Used by the frozen entry point and, through sitecustomize, by the installed wheel.
"""
from __future__ import annotations

import logging
import os
import sys
from collections.abc import Callable
from typing import Any

log = logging.getLogger(__name__)
ENV = "KRISPARM_SMOKE_TEST"
SCREENSHOT_ENV = "KRISPARM_SMOKE_SCREENSHOT"   # optional: PNG of the first visible window


def _report_and_quit(app: Any) -> None:
    screenshot = os.environ.get(SCREENSHOT_ENV)
    for widget in app.topLevelWidgets():
        if widget.isVisible():
            print(f'krisparm-smoke: window {type(widget).__name__} "{widget.windowTitle()}"',
                  file=sys.stderr, flush=True)
            if screenshot:
                widget.grab().save(screenshot)
                screenshot = None
    print("krisparm-smoke: quitting", file=sys.stderr, flush=True)
    app.quit()


def install() -> None:
    seconds = os.environ.get(ENV)
    if not seconds:
        return
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    original: Callable[..., int] = QApplication.exec

    def exec_with_deadline(*_args: Any) -> int:   # app.exec() and QApplication.exec() alike
        app = QApplication.instance()
        QTimer.singleShot(int(float(seconds) * 1000), lambda: _report_and_quit(app))
        print("krisparm-smoke: event loop started", file=sys.stderr, flush=True)
        return original()

    QApplication.exec = staticmethod(exec_with_deadline)  # type: ignore[method-assign]
    log.info("GUI smoke test: quitting %s s after the event loop starts", seconds)
