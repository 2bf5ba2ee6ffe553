"""The unlock window: passphrase or recovery key, clear messages, first-use choices."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QFileDialog, QHBoxLayout, QLineEdit, QPushButton, QVBoxLayout, QWidget

from binder.gui.widgets.plain_label import PlainLabel
from binder.i18n import tr


class UnlockWindow(QWidget):
    unlock_requested = Signal(str, str, bool)     # vault path, secret, is recovery key
    create_requested = Signal()
    demo_requested = Signal()

    def __init__(self, vault_path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("unlockWindow")
        self.setWindowTitle(tr("Krispärm — unlock"))
        self.vault_path = Path(vault_path)
        title = PlainLabel(tr("Krispärm"), wrap=False)
        title.setObjectName("appTitle")
        subtitle = PlainLabel(tr("The crisis binder. Enter your passphrase to open it."))
        self.path_label = PlainLabel("", wrap=False)
        self.path_label.setObjectName("muted")
        choose = QPushButton(tr("Other &vault…"))
        choose.clicked.connect(self._choose_vault)
        self.secret = QLineEdit()
        self.secret.setEchoMode(QLineEdit.EchoMode.Password)
        self.secret.setAccessibleName(tr("Passphrase"))
        self.secret.returnPressed.connect(self._submit)
        self.use_recovery = QCheckBox(tr("Use the &recovery key instead"))
        self.use_recovery.toggled.connect(self._on_recovery_toggled)
        self.unlock_button = QPushButton(tr("&Unlock"))
        self.unlock_button.setObjectName("primary")
        self.unlock_button.setDefault(True)
        self.unlock_button.clicked.connect(self._submit)
        self.message = PlainLabel("")
        self.message.setObjectName("formError")
        self.message.hide()
        self.busy = PlainLabel("", wrap=False)
        self.demo_hint = PlainLabel("")
        self.demo_hint.setObjectName("demoHint")
        self.demo_hint.hide()
        self.create_button = QPushButton(tr("Create a &new vault…"))
        self.create_button.clicked.connect(self.create_requested)
        self.demo_button = QPushButton(tr("Open the &demo"))
        self.demo_button.clicked.connect(self.demo_requested)

        path_row = QVBoxLayout()
        path_row.addWidget(self.path_label)
        unlock_row = QHBoxLayout()
        unlock_row.addWidget(self.secret, 1)
        unlock_row.addWidget(self.unlock_button)
        first_use = QHBoxLayout()
        first_use.addWidget(self.create_button)
        first_use.addWidget(self.demo_button)
        first_use.addStretch(1)
        first_use.addWidget(choose)
        box = QWidget()
        box.setObjectName("unlockBox")
        box.setFixedWidth(640)
        inner = QVBoxLayout(box)
        inner.addWidget(title)
        inner.addWidget(subtitle)
        inner.addSpacing(12)
        inner.addLayout(path_row)
        inner.addWidget(self.demo_hint)
        self.secret_caption = PlainLabel(tr("Passphrase"), wrap=False)
        self.secret_caption.setBuddy(self.secret)
        inner.addWidget(self.secret_caption)
        inner.addLayout(unlock_row)
        inner.addWidget(self.use_recovery)
        inner.addWidget(self.message)
        inner.addWidget(self.busy)
        inner.addSpacing(24)
        inner.addWidget(PlainLabel(tr("First time here?"), wrap=False))
        inner.addLayout(first_use)
        centred = QHBoxLayout()              # stretches, not an alignment flag: an aligned widget
        centred.addStretch(1)                # gets no height-for-width, and a wrapped error is cut
        centred.addWidget(box)
        centred.addStretch(1)
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        outer.addLayout(centred)
        outer.addStretch(2)
        self.set_vault_path(self.vault_path)
        self.setTabOrder(self.secret, self.unlock_button)
        self.setTabOrder(self.unlock_button, self.use_recovery)

    def set_vault_path(self, path: Path) -> None:
        self.vault_path = Path(path)
        exists = (self.vault_path / "vault.db").exists()
        self.path_label.setText(tr("Vault: {path}", path=str(self.vault_path)) if exists
                                else tr("No vault yet at {path}. Create one or open the demo.",
                                        path=str(self.vault_path)))
        self.secret.setEnabled(exists)
        self.unlock_button.setEnabled(exists)

    def show_demo_passphrase(self, passphrase: str) -> None:
        self.demo_hint.setText(tr("Demo vault — the published demo passphrase is: {passphrase}",
                                  passphrase=passphrase))
        self.demo_hint.show()

    def _on_recovery_toggled(self, on: bool) -> None:
        self.secret.clear()
        self.secret.setEchoMode(QLineEdit.EchoMode.Normal if on else QLineEdit.EchoMode.Password)
        self.secret.setPlaceholderText("XXXX-XXXX-…" if on else "")
        self.secret_caption.setText(tr("Recovery key") if on else tr("Passphrase"))
        self.secret.setAccessibleName(tr("Recovery key") if on else tr("Passphrase"))
        self.secret.setFocus()

    def _choose_vault(self) -> None:
        chosen = QFileDialog.getExistingDirectory(self, tr("Choose the vault folder"), str(self.vault_path))
        if chosen:
            self.set_vault_path(Path(chosen))

    def _submit(self) -> None:
        secret = self.secret.text()
        if not secret:
            self.show_error(tr("Enter the passphrase first."))
            return
        self.set_busy(True)
        self.unlock_requested.emit(str(self.vault_path), secret, self.use_recovery.isChecked())

    def set_busy(self, busy: bool) -> None:
        self.busy.setText(tr("Unlocking… this takes a second on purpose.") if busy else "")
        self.unlock_button.setEnabled(not busy)
        self.secret.setEnabled(not busy)
        if busy:
            self.message.hide()

    def show_error(self, message: str) -> None:
        self.set_busy(False)
        self.message.setText(message)
        self.message.setVisible(bool(message))
        self.secret.selectAll()
        self.secret.setFocus()

    def reset(self) -> None:
        """Back to a clean state (after lock): no secret left in the field."""
        self.secret.clear()
        self.set_busy(False)
        self.message.hide()
        self.set_vault_path(self.vault_path)
        self.secret.setFocus()
