"""Laptop setup: show this laptop's recipient for enrolment, and trust the coordinator's key
after comparing its fingerprint read aloud."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QDialog, QFileDialog, QHBoxLayout, QLineEdit, QPushButton, QVBoxLayout, QWidget

from binder.bundle import recipients, trust
from binder.bundle.trust import TrustedKey
from binder.gui import volumes
from binder.gui.context import GuiContext
from binder.gui.widgets.plain_label import PlainLabel
from binder.gui.worker import Progress
from binder.i18n import tr
from binder.reports import keys as report_keys
from binder.reports.keys import LaptopIdentity
from binder.vault.vault import Vault


class LaptopSetup(QDialog):
    def __init__(self, ctx: GuiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(tr("Set up this laptop"))
        self.resize(760, 620)
        self.recipient = PlainLabel("")
        self.recipient.setObjectName("phone")
        self.own_fingerprint = PlainLabel("")
        self.own_fingerprint.setObjectName("fingerprint")
        copy = QPushButton(tr("&Copy the recipient"))
        copy.clicked.connect(lambda: self.ctx.clipboard.copy(self.recipient.text()))
        save_identity = QPushButton(tr("&Save the identity file for the coordinator…"))
        save_identity.setToolTip(tr("For field reports: the coordinator enrols this laptop from the file and the "
                                    "fingerprint you read aloud."))
        save_identity.clicked.connect(self._save_identity)
        self.identity_message = PlainLabel("")
        self.identity_fingerprint = PlainLabel("")
        self.identity_fingerprint.setObjectName("fingerprint")
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
        buttons = QHBoxLayout()
        buttons.addWidget(copy)
        buttons.addWidget(save_identity)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        layout.addWidget(self.identity_message)
        layout.addWidget(self.identity_fingerprint)
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

    def _save_identity(self) -> None:
        roots = volumes.removable_roots()
        start = (roots[0] if roots else Path.home()) / "laptop.identity"
        name, _f = QFileDialog.getSaveFileName(self, tr("Save the identity file"), str(start))
        if name:
            self.save_identity(Path(name))

    def save_identity(self, path: Path) -> None:
        """Write this laptop's public identity (both keys, no secret) and show the fingerprint to read aloud."""
        def done(ident: LaptopIdentity) -> None:
            self.identity_fingerprint.setText(ident.fingerprint)
            self.identity_message.setText(tr("Saved to {path}. Read this fingerprint aloud to the coordinator when "
                                             "the laptop is enrolled from the file:", path=str(path)))
        self.ctx.worker.submit(lambda vault, progress: report_keys.export_identity(vault, path), done,
                               self.identity_message.setText)

    def reload(self) -> None:
        def op(vault: Vault, progress: Progress) -> tuple[dict[str, str], list[TrustedKey], LaptopIdentity]:
            return recipients.own_recipient(vault), trust.list_trusted(vault), report_keys.own_identity(vault)
        self.ctx.worker.submit(op, self._show, self.message.setText)

    def _show(self, result: tuple[dict[str, str], list[TrustedKey], LaptopIdentity]) -> None:
        own, keys, ident = result
        self.recipient.setText(own["recipient"])
        self.own_fingerprint.setText(own["fingerprint"])
        if not self.identity_message.text():
            self.identity_message.setText(tr("Fingerprint of the identity file (both keys), to read aloud:"))
            self.identity_fingerprint.setText(ident.fingerprint)
        active = [k.fingerprint for k in keys if not k.revoked_at]
        self.trusted.setText(tr("Trusted coordinator keys: {keys}", keys="; ".join(active)) if active
                             else tr("No coordinator key is trusted yet: bundles cannot be imported."))

    def trust_key(self) -> None:
        path, expected = Path(self.key_file.text()), self.fingerprint.text()

        def op(vault: Vault, progress: Progress) -> object:
            return trust.add_trust(vault, path, expected)
        self.message.setText("")
        self.ctx.worker.submit(op, lambda _info: self.reload(), self.message.setText)
