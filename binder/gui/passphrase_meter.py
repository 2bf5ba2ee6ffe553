"""A strength meter under a new-passphrase field (the rule itself is binder/vault/passphrase_policy.py)."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QProgressBar, QVBoxLayout, QWidget

from binder.gui.widgets.plain_label import PlainLabel
from binder.i18n import tr
from binder.vault.passphrase_policy import Strength, assess, suggestion


class PassphraseMeter(QWidget):
    """Shows how hard the typed passphrase is to guess, and why a weak one will be refused."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bar = QProgressBar()
        self.bar.setRange(0, 4)
        self.bar.setTextVisible(False)
        self.bar.setMaximumHeight(8)
        self.bar.setAccessibleName(tr("Passphrase strength"))
        self.label = PlainLabel(suggestion())
        self.label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.bar)
        layout.addWidget(self.label)
        self.strength: Strength | None = None
        self._context: tuple[str, ...] = ()

    def set_context(self, *words: str) -> None:
        """Words that are easy to guess here (the organisation's name)."""
        self._context = tuple(w for w in words if w)

    def update_for(self, passphrase: str) -> Strength:
        self.strength = assess(passphrase, self._context)
        self.bar.setValue(self.strength.score if passphrase else 0)
        if not passphrase:
            self.label.setText(suggestion())
        elif self.strength.acceptable:
            self.label.setText(tr("Strength: {label}", label=tr(self.strength.label)))
        else:
            self.label.setText(tr("Strength: {label}. {problem}", label=tr(self.strength.label),
                                  problem=tr(self.strength.problem)))
        self.bar.setAccessibleDescription(self.label.text())
        return self.strength
