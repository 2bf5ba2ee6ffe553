"""Laptop setup: show this laptop's recipient for enrolment, and trust the coordinator's key
after comparing its fingerprint read aloud."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (QDialog, QFileDialog, QHBoxLayout, QLineEdit, QPushButton, QVBoxLayout,
                               QWidget)

from binder.bundle import recipients, trust
from binder.bundle.trust import TrustedKey
from binder.gui import volumes
from binder.gui.context import GuiContext
from binder.gui.widgets.plain_label import PlainLabel
from binder.gui.worker import Progress
from binder.i18n import tr
from binder.vault.vault import Vault


class LaptopSetup(QDialog):
    def __init__(self, ctx: GuiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(tr("Set up this laptop"))
        self.resize(760, 480)
        self.recipient = PlainLabel("")
        self.recipient.setObjectName("phone")
        self.own_fingerprint = PlainLabel("")
        self.own_fingerprint.setObjectName("fingerprint")
        copy = QPushButton(tr("&Copy the recipient"))
        copy.clicked.connect(lambda: self.ctx.clipboard.copy(self.recipient.text()))
        self.key_file = QLineEdit()
        self.key_file.setPlaceholderText(tr("publisher.key from the coordinator's stick"))
        browse = QPushButton(tr("&Browse…"))
        browse.clicked.connect(self._browse)
        self.fingerprint = QLineEdit()
        self.fingerprint.setPlaceholderText(tr("The fingerprint the coordinator reads aloud"))
        self.trust_button = QPushButton(tr("&Trust this key"))
        self.trust_button.clicked.connect(self.trust_key)
        self.message = PlainLabel("")
        self.message.setObjectName("formError")
        self.trusted = PlainLabel("")
        close = QPushButton(tr("Close"))
        close.clicked.connect(self.accept)
        layout = QVBoxLayout(self)
        heading = PlainLabel(tr("1. Give this to the coordinator (enrolment)"), wrap=False)
        heading.setObjectName("heading")
        layout.addWidget(heading)
        layout.addWidget(self.recipient)
        layout.addWidget(self.own_fingerprint)
        layout.addWidget(copy)
        heading2 = PlainLabel(tr("2. Trust the coordinator's key"), wrap=False)
        heading2.setObjectName("heading")
        layout.addWidget(heading2)
        row = QHBoxLayout()
        row.addWidget(self.key_file, 1)
        row.addWidget(browse)
        layout.addLayout(row)
        layout.addWidget(self.fingerprint)
        layout.addWidget(self.trust_button)
        layout.addWidget(self.message)
        layout.addWidget(self.trusted)
        layout.addStretch(1)
        layout.addWidget(close)
        self.reload()

    def _browse(self) -> None:
        roots = volumes.removable_roots()
        start = str(roots[0]) if roots else str(Path.home())
        name, _f = QFileDialog.getOpenFileName(self, tr("The coordinator's key file"), start)
        if name:
            self.key_file.setText(name)

    def reload(self) -> None:
        def op(vault: Vault, progress: Progress) -> tuple[dict[str, str], list[TrustedKey]]:
            return recipients.own_recipient(vault), trust.list_trusted(vault)
        self.ctx.worker.submit(op, self._show, self.message.setText)

    def _show(self, result: tuple[dict[str, str], list[TrustedKey]]) -> None:
        own, keys = result
        self.recipient.setText(own["recipient"])
        self.own_fingerprint.setText(own["fingerprint"])
        active = [k.fingerprint for k in keys if not k.revoked_at]
        self.trusted.setText(tr("Trusted coordinator keys: {keys}", keys="; ".join(active)) if active
                             else tr("No coordinator key is trusted yet: bundles cannot be imported."))

    def trust_key(self) -> None:
        path, expected = Path(self.key_file.text()), self.fingerprint.text()

        def op(vault: Vault, progress: Progress) -> object:
            return trust.add_trust(vault, path, expected)
        self.message.setText("")
        self.ctx.worker.submit(op, lambda _info: self.reload(), self.message.setText)
