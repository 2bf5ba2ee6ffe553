"""Open a window to fit the screen it appears on (a 1366×768 laptop gets all of its desktop)."""
from __future__ import annotations

from PySide6.QtCore import QRect, QSize, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

# Larger screens get this much: more only spreads the same lists thinner.
LARGEST = QSize(1600, 1000)


def available_area(window: QWidget) -> QRect:
    """The desktop area of the window's screen (without panels and docks)."""
    screen = window.screen() or QGuiApplication.primaryScreen()
    return screen.availableGeometry() if screen is not None else QRect(0, 0, 1366, 768)


def fit_to_screen(window: QWidget, area: QRect | None = None) -> None:
    """Size `window` to the available area (up to LARGEST), centred; once shown, pull its frame
    (title bar, borders) inside the area too."""
    area = area or available_area(window)
    size = QSize(min(area.width(), LARGEST.width()), min(area.height(), LARGEST.height()))
    window.resize(size)
    window.move(area.x() + (area.width() - size.width()) // 2, area.y() + (area.height() - size.height()) // 2)
    QTimer.singleShot(0, window, lambda: _frame_inside(window, area))


def _frame_inside(window: QWidget, area: QRect) -> None:
    """The window manager's frame is known only after showing: shrink and move so it fits."""
    if not window.isVisible():
        return
    frame = window.frameGeometry()
    extra_w, extra_h = frame.width() - window.width(), frame.height() - window.height()
    width = min(window.width(), area.width() - extra_w)
    height = min(window.height(), area.height() - extra_h)
    if (width, height) != (window.width(), window.height()):
        window.resize(width, height)
    frame = window.frameGeometry()
    x = min(max(frame.x(), area.x()), area.right() + 1 - frame.width())
    y = min(max(frame.y(), area.y()), area.bottom() + 1 - frame.height())
    if (x, y) != (frame.x(), frame.y()):
        window.move(x, y)
