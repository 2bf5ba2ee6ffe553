"""A plain-text label that takes no room while it has nothing to say (errors, outcomes)."""
from __future__ import annotations

from PySide6.QtWidgets import QWidget

from binder.gui.widgets.plain_label import PlainLabel


class MessageLabel(PlainLabel):
    def __init__(self, text: str = "", parent: QWidget | None = None, *, name: str = "") -> None:
        super().__init__(text, parent)
        if name:
            self.setObjectName(name)
        self.setVisible(bool(text))

    def setText(self, text: str) -> None:
        super().setText(text)
        self.setVisible(bool(text))
