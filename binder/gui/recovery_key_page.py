"""The page that shows a recovery key once, with the recovery sheet to print (new vault, rekey)."""
from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import platformdirs
from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QPushButton, QVBoxLayout, QWidget

from binder.gui.widgets.plain_label import PlainLabel
from binder.i18n import tr
from binder.recovery_sheet import build_recovery_sheet


class RecoveryKeyPage(QWidget):
    """Heading, explanation, the key, "Print recovery sheet…" and the continue button."""

    def __init__(self, heading: str, text: str, on_continue: Callable[[], None],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.recovery = ""
        self.organisation = ""
        self.vault_id = ""
        self.key_label = PlainLabel("")
        self.key_label.setObjectName("recoveryKey")
        self.sheet_button = QPushButton(tr("&Print recovery sheet…"))
        self.sheet_button.clicked.connect(lambda: self.save_sheet())
        self.sheet_message = PlainLabel("")
        self.continue_button = QPushButton(tr("I have stored the key — &continue"))
        self.continue_button.setObjectName("primary")
        self.continue_button.clicked.connect(on_continue)
        title = PlainLabel(heading, wrap=False)
        title.setObjectName("heading")
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(PlainLabel(text))
        layout.addWidget(self.key_label)
        layout.addWidget(self.sheet_button)
        layout.addWidget(self.sheet_message)
        layout.addStretch(1)
        layout.addWidget(self.continue_button)

    def show_key(self, recovery: str, organisation: str, vault_id: str) -> None:
        self.recovery, self.organisation, self.vault_id = recovery, organisation, vault_id
        self.key_label.setText(recovery)

    def forget(self) -> None:
        self.recovery = ""
        self.key_label.setText("")

    def save_sheet(self, path: Path | None = None) -> Path | None:
        """Ask where (unless `path`), write the one-page recovery sheet, open it to be printed."""
        if path is None:
            default = Path(platformdirs.user_documents_dir()) / "krisparm-recovery-sheet.pdf"
            name, _f = QFileDialog.getSaveFileName(self, tr("Save the recovery sheet"), str(default), "PDF (*.pdf)")
            if not name:
                return None
            path = Path(name)
        written = build_recovery_sheet(path, self.recovery, organisation=self.organisation, vault_id=self.vault_id)
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(written)))
        self.sheet_message.setText(tr("Saved to {path}. Print it, then delete the file.", path=str(written)))
        return written
