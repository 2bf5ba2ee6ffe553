"""Create a new vault; show the recovery key once, with a one-page recovery sheet to print."""
from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from binder.gui.passphrase_meter import PassphraseMeter
from binder.gui.recovery_key_page import RecoveryKeyPage
from binder.gui.widgets.plain_label import PlainLabel
from binder.gui.worker import DatabaseWorker
from binder.i18n import tr


class CreateVaultDialog(QDialog):
    created = Signal(object)       # the vault summary; the worker holds the vault open

    def __init__(self, worker: DatabaseWorker, path: Path, parent: QWidget | None = None,
                 kdf: dict[str, int] | None = None) -> None:
        super().__init__(parent)
        self.worker = worker
        self.kdf = kdf
        self.summary: dict[str, Any] | None = None
        self.setWindowTitle(tr("Create a new vault"))
        self.resize(640, 420)
        self.pages = QStackedWidget()
        self.pages.addWidget(self._form_page(path))
        self.pages.addWidget(self._key_page())
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages)

    def _form_page(self, path: Path) -> QWidget:
        page = QWidget()
        self.path = QLineEdit(str(path))
        browse = QPushButton(tr("&Browse…"))
        browse.clicked.connect(self._browse)
        self.organisation = QLineEdit()
        self.organisation.setPlaceholderText(tr("e.g. Norrbacka kommun"))
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.meter = PassphraseMeter()
        self.passphrase.textChanged.connect(self.meter.update_for)
        self.organisation.textChanged.connect(lambda text: self.meter.set_context(text.strip()))
        self.repeat = QLineEdit()
        self.repeat.setEchoMode(QLineEdit.EchoMode.Password)
        self.publisher = QCheckBox(tr("This is the &coordinator's vault (publishes bundles to laptops)"))
        self.message = PlainLabel("")
        self.message.setObjectName("formError")
        self.create_button = QPushButton(tr("C&reate"))
        self.create_button.setDefault(True)
        self.create_button.clicked.connect(self.create_vault)
        cancel = QPushButton(tr("Cancel"))
        cancel.clicked.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(browse)
        form = QFormLayout()
        form.addRow(tr("Folder"), row)
        form.addRow(tr("&Organisation"), self.organisation)
        form.addRow(tr("&Passphrase (at least 8 characters)"), self.passphrase)
        form.addRow("", self.meter)
        form.addRow(tr("Re&peat passphrase"), self.repeat)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.create_button)
        buttons.addWidget(cancel)
        layout = QVBoxLayout(page)
        layout.addLayout(form)
        layout.addWidget(self.publisher)
        layout.addWidget(self.message)
        layout.addStretch(1)
        layout.addLayout(buttons)
        return page

    def _key_page(self) -> QWidget:
        self.key_page = RecoveryKeyPage(
            tr("Your recovery key — shown only now"),
            tr("It opens the vault if the passphrase is lost. Print the recovery sheet and keep it sealed in a "
               "safe place."), self._continue)
        self.key_label = self.key_page.key_label
        self.continue_button = self.key_page.continue_button
        return self.key_page

    def _browse(self) -> None:
        chosen = QFileDialog.getExistingDirectory(self, tr("Choose an empty folder"), self.path.text())
        if chosen:
            self.path.setText(str(Path(chosen) / "vault"))

    def create_vault(self) -> None:
        if self.passphrase.text() != self.repeat.text():
            self.message.setText(tr("The two passphrases differ."))
            return
        if not self.organisation.text().strip():
            self.message.setText(tr("Write the organisation's name."))
            return
        self.meter.set_context(self.organisation.text().strip())
        strength = self.meter.update_for(self.passphrase.text())
        if not strength.acceptable:
            self.message.setText(tr(strength.problem))
            return
        self.message.setText(tr("Creating the vault…"))
        self.create_button.setEnabled(False)
        self.worker.create(Path(self.path.text()).expanduser(), self.passphrase.text(), self.publisher.isChecked(),
                           self.organisation.text().strip(), self._created, self._failed, kdf=self.kdf)

    def _failed(self, message: str) -> None:
        self.create_button.setEnabled(True)
        self.message.setText(message)

    def _created(self, result: tuple[dict[str, Any], str]) -> None:
        self.summary, recovery = result
        self.passphrase.clear()
        self.repeat.clear()
        self.key_page.show_key(recovery, self.organisation.text().strip(), str(self.summary["vault_id"]))
        self.pages.setCurrentIndex(1)

    def save_sheet(self, path: Path | None = None) -> Path | None:
        return self.key_page.save_sheet(path)

    def _continue(self) -> None:
        self.key_page.forget()
        self.accept()
        if self.summary is not None:
            self.created.emit(self.summary)

