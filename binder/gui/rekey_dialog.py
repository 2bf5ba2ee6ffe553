"""Binder → Change all keys: a new data key and a new recovery key (core: binder/vault/rekey.py).

Asks for the current passphrase (it stays the same), runs the rekey on the database
worker, then shows the new recovery key once with the recovery sheet to print.
"""
from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtWidgets import QDialog, QHBoxLayout, QLineEdit, QPushButton, QStackedWidget, QVBoxLayout, QWidget

from binder.gui.context import GuiContext
from binder.gui.recovery_key_page import RecoveryKeyPage
from binder.gui.widgets.plain_label import PlainLabel
from binder.i18n import tr
from binder.vault.vault import Vault


def _rekey(vault: Vault, passphrase: str) -> dict[str, str]:
    recovery = vault.rekey(passphrase)
    binder = json.loads(vault.meta("binder") or "{}")
    return {"recovery": recovery, "organisation": str(binder.get("organisation", "")), "vault_id": vault.vault_id}


class RekeyDialog(QDialog):
    def __init__(self, ctx: GuiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(tr("Change all keys"))
        self.resize(640, 400)
        self.pages = QStackedWidget()
        self.pages.addWidget(self._ask_page())
        self.pages.addWidget(self._key_page())
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages)

    def _ask_page(self) -> QWidget:
        page = QWidget()
        heading = PlainLabel(tr("Change all keys"), wrap=False)
        heading.setObjectName("heading")
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setAccessibleName(tr("Current passphrase"))
        self.passphrase.returnPressed.connect(self.start)
        self.message = PlainLabel("")
        self.message.setObjectName("formError")
        self.start_button = QPushButton(tr("C&hange all keys"))
        self.start_button.setDefault(True)
        self.start_button.clicked.connect(self.start)
        cancel = QPushButton(tr("Cancel"))
        cancel.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.start_button)
        buttons.addWidget(cancel)
        layout = QVBoxLayout(page)
        layout.addWidget(heading)
        layout.addWidget(PlainLabel(tr(
            "Do this when the recovery sheet's envelope was opened, or a copy of the vault folder or a "
            "laptop may have been in the wrong hands. The vault and its backups are encrypted with a new "
            "key and you get a new recovery key; the old recovery key and old copies of the key file open "
            "nothing any more. Your passphrase stays the same.")))
        layout.addWidget(PlainLabel(tr("Current passphrase")))
        layout.addWidget(self.passphrase)
        layout.addWidget(self.message)
        layout.addStretch(1)
        layout.addLayout(buttons)
        return page

    def _key_page(self) -> QWidget:
        self.key_page = RecoveryKeyPage(
            tr("Your new recovery key — shown only now"),
            tr("All keys were changed. Print the new recovery sheet, seal it, and destroy the old one."), self._done)
        self.key_label = self.key_page.key_label
        self.done_button = self.key_page.continue_button
        return self.key_page

    def start(self) -> None:
        passphrase = self.passphrase.text()
        if not passphrase:
            self.message.setText(tr("Type your current passphrase."))
            return
        self.start_button.setEnabled(False)
        self.message.setText(tr("Changing all keys…"))
        self.ctx.worker.submit(lambda vault, progress: _rekey(vault, passphrase), self._changed, self._failed)

    def _failed(self, message: str) -> None:
        self.start_button.setEnabled(True)
        self.message.setText(message)

    def _changed(self, info: dict[str, str]) -> None:
        self.passphrase.clear()
        self.key_page.show_key(info["recovery"], info["organisation"], info["vault_id"])
        self.pages.setCurrentIndex(1)

    def save_sheet(self, path: Path | None = None) -> Path | None:
        return self.key_page.save_sheet(path)

    def _done(self) -> None:
        self.key_page.forget()
        self.accept()
