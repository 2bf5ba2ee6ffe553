"""Binder → Change passphrase: the current one, the new one twice, a strength meter.

The rule (binder/vault/passphrase_policy.py) and the rewrap (Vault.change_passphrase) are the
core's; the work runs on the database worker.
"""
from __future__ import annotations

from PySide6.QtWidgets import QDialog, QFormLayout, QHBoxLayout, QLineEdit, QPushButton, QVBoxLayout, QWidget

from binder.gui.context import GuiContext
from binder.gui.passphrase_meter import PassphraseMeter
from binder.gui.widgets.plain_label import PlainLabel
from binder.i18n import tr
from binder.vault.passphrase_policy import require_strong
from binder.vault.vault import Vault


def _change(vault: Vault, current: str, new: str) -> None:
    vault.keyslots.unlock_with_passphrase(current)       # WrongPassphrase: nothing changes
    require_strong(new)
    vault.change_passphrase(new)


class PassphraseDialog(QDialog):
    def __init__(self, ctx: GuiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(tr("Change passphrase"))
        self.resize(600, 320)
        self.current = self._secret_field(tr("Current passphrase"))
        self.new = self._secret_field(tr("New passphrase"))
        self.repeat = self._secret_field(tr("Repeat the new passphrase"))
        self.meter = PassphraseMeter()
        self.new.textChanged.connect(self.meter.update_for)
        self.message = PlainLabel("")
        self.message.setObjectName("formError")
        self.change_button = QPushButton(tr("C&hange passphrase"))
        self.change_button.setDefault(True)
        self.change_button.clicked.connect(self.change)
        cancel = QPushButton(tr("Cancel"))
        cancel.clicked.connect(self.reject)
        form = QFormLayout()
        form.addRow(tr("&Current passphrase"), self.current)
        form.addRow(tr("&New passphrase"), self.new)
        form.addRow("", self.meter)
        form.addRow(tr("Re&peat the new passphrase"), self.repeat)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.change_button)
        buttons.addWidget(cancel)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(PlainLabel(tr("The recovery key stays the same.")))
        layout.addWidget(self.message)
        layout.addStretch(1)
        layout.addLayout(buttons)

    @staticmethod
    def _secret_field(name: str) -> QLineEdit:
        field = QLineEdit()
        field.setEchoMode(QLineEdit.EchoMode.Password)
        field.setAccessibleName(name)
        return field

    def change(self) -> None:
        if self.new.text() != self.repeat.text():
            self.message.setText(tr("The two passphrases differ."))
            return
        strength = self.meter.update_for(self.new.text())
        if not strength.acceptable:
            self.message.setText(tr(strength.problem))
            return
        current, new = self.current.text(), self.new.text()
        self.change_button.setEnabled(False)
        self.message.setText(tr("Changing the passphrase…"))
        self.ctx.worker.submit(lambda vault, progress: _change(vault, current, new), self._changed, self._failed)

    def _failed(self, message: str) -> None:
        self.change_button.setEnabled(True)
        self.message.setText(message)

    def _changed(self, _result: object) -> None:
        for field in (self.current, self.new, self.repeat):
            field.clear()
        self.accept()
