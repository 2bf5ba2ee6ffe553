"""Copy to the clipboard, and clear it after 30 s, or at once when the window locks, if it still
holds what we put there (something the user copied since is left alone)."""
from __future__ import annotations

from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QGuiApplication

CLEAR_AFTER_MS = 30_000


class ClipboardGuard(QObject):
    def __init__(self, parent: QObject | None = None, clear_after_ms: int = CLEAR_AFTER_MS) -> None:
        super().__init__(parent)
        self._value = ""
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(clear_after_ms)
        self._timer.timeout.connect(self.clear_if_unchanged)

    def copy(self, text: str) -> None:
        QGuiApplication.clipboard().setText(text)
        self._value = text
        self._timer.start()

    def clear_if_unchanged(self) -> None:
        clipboard = QGuiApplication.clipboard()
        if self._value and clipboard.text() == self._value:
            clipboard.clear()
        self._value = ""

    def clear_now(self) -> None:
        """On lock: a copied number must not outlive the unlocked window."""
        self._timer.stop()
        self.clear_if_unchanged()

    @property
    def pending(self) -> bool:
        return self._timer.isActive()
