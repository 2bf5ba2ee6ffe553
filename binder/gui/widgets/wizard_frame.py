"""The frame the two USB-stick wizards share (a coordinator's bundle on a laptop, field reports at
the coordinator): pages under a heading, the Back / Next / Cancel row, and a timer that looks for
USB sticks every two seconds."""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QDialog, QHBoxLayout, QListWidget, QPushButton, QStackedWidget, QVBoxLayout, QWidget

from binder.gui.widgets.plain_label import PlainLabel
from binder.i18n import tr

SCAN_MS = 2000


@dataclass
class WizardButtons:
    back: QPushButton
    next: QPushButton
    cancel: QPushButton


def frame(dialog: QDialog, pages: QStackedWidget, go_back: Callable[[], None],
          go_next: Callable[[], None]) -> WizardButtons:
    """Lay `pages` out on `dialog` above Back / Next (the default) / Cancel (which rejects)."""
    buttons = WizardButtons(QPushButton(tr("&Back")), QPushButton(tr("&Next")), QPushButton(tr("Cancel")))
    buttons.back.clicked.connect(go_back)
    buttons.next.setDefault(True)
    buttons.next.clicked.connect(go_next)
    buttons.cancel.clicked.connect(dialog.reject)
    row = QHBoxLayout()
    row.addStretch(1)
    for button in (buttons.back, buttons.next, buttons.cancel):
        row.addWidget(button)
    layout = QVBoxLayout(dialog)
    layout.addWidget(pages, 1)
    layout.addLayout(row)
    return buttons


def watch_volumes(dialog: QDialog, refresh: Callable[[], None]) -> QTimer:
    """Call `refresh` now and every SCAN_MS while `dialog` lives (a stick may be inserted any time)."""
    timer = QTimer(dialog)
    timer.setInterval(SCAN_MS)
    timer.timeout.connect(refresh)
    timer.start()
    refresh()
    return timer


def titled_page(heading: str, *widgets: QWidget) -> QWidget:
    """A page: its heading, then `widgets` top to bottom (a list takes the spare height)."""
    page = QWidget()
    layout = QVBoxLayout(page)
    title = PlainLabel(heading, wrap=False)
    title.setObjectName("heading")
    layout.addWidget(title)
    for widget in widgets:
        layout.addWidget(widget, 1 if isinstance(widget, QListWidget) else 0)
    if not any(isinstance(widget, QListWidget) for widget in widgets):
        layout.addStretch(1)
    return page
