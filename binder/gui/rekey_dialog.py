"""Binder → Change all keys: a new data key and a new recovery key (core: binder/vault/rekey.py).

Asks for the current passphrase (it stays the same), runs the rekey on the database
worker, then shows the new recovery key once with the recovery sheet to print.
"""
from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import (QDialog, QHBoxLayout, QLineEdit, QPushButton, QStackedWidget, QVBoxLayout,
                               QWidget)

from binder.gui.context import GuiContext
from binder.gui.create_vault_dialog import save_recovery_sheet
from binder.gui.widgets.plain_label import PlainLabel
from binder.i18n import tr
from binder.vault.vault import Vault


def _rekey(vault: Vault, passphrase: str) -> dict[str, Any]:
    recovery = vault.rekey(passphrase)
    binder = json.loads(vault.meta("binder") or "{}")
    return {"recovery": recovery, "organisation": str(binder.get("organisation", "")), "vault_id": vault.vault_id}


class RekeyDialog(QDialog):
    def __init__(self, ctx: GuiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.result_info: dict[str, Any] = {}
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
        page = QWidget()
        heading = PlainLabel(tr("Your new recovery key — shown only now"), wrap=False)
        heading.setObjectName("heading")
        self.key_label = PlainLabel("")
        self.key_label.setObjectName("recoveryKey")
        self.sheet_button = QPushButton(tr("&Print recovery sheet…"))
        self.sheet_button.clicked.connect(lambda: self.save_sheet())
        self.sheet_message = PlainLabel("")
        self.done_button = QPushButton(tr("I have stored the key — &continue"))
        self.done_button.setObjectName("primary")
        self.done_button.clicked.connect(self._done)
        layout = QVBoxLayout(page)
        layout.addWidget(heading)
        layout.addWidget(PlainLabel(tr("All keys were changed. Print the new recovery sheet, seal it, and "
                                       "destroy the old one.")))
        layout.addWidget(self.key_label)
        layout.addWidget(self.sheet_button)
        layout.addWidget(self.sheet_message)
        layout.addStretch(1)
        layout.addWidget(self.done_button)
        return page

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

    def _changed(self, info: dict[str, Any]) -> None:
        self.result_info = info
        self.passphrase.clear()
        self.key_label.setText(info["recovery"])
        self.pages.setCurrentIndex(1)

    def save_sheet(self, path: Path | None = None) -> Path | None:
        info = self.result_info
        written = save_recovery_sheet(self, info["recovery"], info["organisation"], info["vault_id"], path)
        if written is not None:
            self.sheet_message.setText(tr("Saved to {path}. Print it, then delete the file.", path=str(written)))
        return written

    def _done(self) -> None:
        self.result_info = {}
        self.key_label.setText("")
        self.accept()
