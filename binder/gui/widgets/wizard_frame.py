"""The frame the two USB-stick wizards share (a coordinator's bundle on a laptop, field reports at
the coordinator): pages under a heading, the Back / Next / Cancel row, and a timer that looks for
USB sticks every two seconds."""
from __future__ import annotations

from collections.abc import Callable, Collection
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

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


def show_found(files: QListWidget, found: list[Path], chosen: Collection[Path]) -> bool:
    """List the files `found` on the sticks (name, then folder), the `chosen` ones selected;
    False when the list already showed exactly these (then it is left as it is, scrolled and all)."""
    shown = [files.item(i).data(Qt.ItemDataRole.UserRole) for i in range(files.count())]
    if [str(p) for p in found] == shown:
        return False
    files.blockSignals(True)
    files.clear()
    for path in found:
        item = QListWidgetItem(f"{path.name}   ({path.parent})")
        item.setData(Qt.ItemDataRole.UserRole, str(path))
        files.addItem(item)
        if path in chosen:
            if files.selectionMode() == QAbstractItemView.SelectionMode.SingleSelection:
                files.setCurrentItem(item)
            else:
                item.setSelected(True)
    files.blockSignals(False)
    return True


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
