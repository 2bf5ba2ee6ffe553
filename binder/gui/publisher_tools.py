"""Publisher tools: export a bundle to a stick with progress, manage laptop recipients, and the
publisher fingerprint shown large enough to read aloud."""
from __future__ import annotations

from pathlib import Path
from typing import Any

import platformdirs
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from binder.bundle import ExportResult, dsse, export_bundle, limits, recipients, trust
from binder.bundle.recipients import Recipient
from binder.gui import volumes
from binder.gui.context import GuiContext
from binder.gui.models.list_table import ListColumn, ListTableModel
from binder.gui.models.run_steps import local_time
from binder.gui.sections.base import make_table
from binder.gui.widgets.plain_label import PlainLabel
from binder.gui.widgets.progress_panel import ProgressPanel
from binder.gui.worker import Progress
from binder.i18n import N_, tr
from binder.reports import keys as report_keys
from binder.vault.vault import Vault


def publisher_fingerprint(vault: Vault) -> str:
    return trust.fingerprint(dsse.public_bytes(trust.signing_key(vault)))


def default_destination() -> Path:
    roots = volumes.removable_roots()
    return roots[0] if roots else Path(platformdirs.user_documents_dir())


class RecipientModel(ListTableModel[Recipient]):
    def __init__(self, parent: Any = None) -> None:
        super().__init__([
            ListColumn(N_("Laptop"), lambda r: r.name),
            ListColumn(N_("Fingerprint"), lambda r: r.fingerprint),
            ListColumn(N_("Enrolled"), lambda r: local_time(r.added_at)),
        ], parent)


class PublisherTools(QDialog):
    def __init__(self, ctx: GuiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(tr("Publisher tools"))
        self.resize(820, 560)
        self.export_result: ExportResult | None = None
        tabs = QTabWidget()
        tabs.addTab(self._export_tab(), tr("&Export bundle"))
        tabs.addTab(self._recipients_tab(), tr("&Laptops"))
        tabs.addTab(self._key_tab(), tr("Publisher &key"))
        close = QPushButton(tr("Close"))
        close.clicked.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(tabs, 1)
        layout.addWidget(close, 0, Qt.AlignmentFlag.AlignRight)
        self.reload()

    # -- export ----------------------------------------------------------------
    def _export_tab(self) -> QWidget:
        page = QWidget()
        self.destination = QLineEdit(str(default_destination()))
        browse = QPushButton(tr("&Browse…"))
        browse.clicked.connect(self._browse)
        self.expires = QSpinBox()
        self.expires.setRange(1, limits.MAX_EXPIRES_DAYS)
        self.expires.setValue(limits.DEFAULT_EXPIRES_DAYS)
        self.expires.setSuffix(tr(" days"))
        self.emergency = QLineEdit()
        self.emergency.setEchoMode(QLineEdit.EchoMode.Password)
        self.emergency.setPlaceholderText(tr("optional: for a laptop not yet enrolled"))
        self.export_button = QPushButton(tr("E&xport"))
        self.export_button.setObjectName("primary")
        self.export_button.clicked.connect(self.export)
        self.export_progress = ProgressPanel()
        self.export_message = PlainLabel("")
        self.export_message.setObjectName("formError")
        self.export_done = PlainLabel("")
        row = QHBoxLayout()
        row.addWidget(self.destination, 1)
        row.addWidget(browse)
        form = QFormLayout()
        form.addRow(tr("Save to (the USB stick)"), row)
        form.addRow(tr("Valid for"), self.expires)
        form.addRow(tr("Emergency passphrase"), self.emergency)
        layout = QVBoxLayout(page)
        layout.addLayout(form)
        layout.addWidget(self.export_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.export_progress)
        layout.addWidget(self.export_message)
        layout.addWidget(self.export_done)
        layout.addStretch(1)
        return page

    def _browse(self) -> None:
        chosen = QFileDialog.getExistingDirectory(self, tr("Save the bundle to"), self.destination.text())
        if chosen:
            self.destination.setText(chosen)

    def export(self) -> None:
        out = Path(self.destination.text()).expanduser()
        days = self.expires.value()
        passphrase = self.emergency.text() or None
        self.export_button.setEnabled(False)
        self.export_message.setText("")
        self.export_progress.reset()

        def op(vault: Vault, progress: Progress) -> ExportResult:
            return export_bundle(vault, out, expires_days=days, passphrase=passphrase, progress=progress)
        self.ctx.worker.submit(op, self._exported, self._export_failed, self.export_progress.update_progress)

    def _exported(self, result: ExportResult) -> None:
        self.export_result = result
        self.export_button.setEnabled(True)
        self.emergency.clear()
        self.export_done.setText(tr("Bundle number {sequence} saved to {path} for {count} laptops.\n"
                                    "Valid until {expires}. Publisher fingerprint: {fingerprint}",
                                    sequence=result.sequence, path=str(result.path),
                                    count=len(result.recipients), expires=local_time(result.expires_at),
                                    fingerprint=result.fingerprint))

    def _export_failed(self, message: str) -> None:
        self.export_button.setEnabled(True)
        self.export_message.setText(message)

    # -- recipients ----------------------------------------------------------------
    def _recipients_tab(self) -> QWidget:
        page = QWidget()
        self.recipient_model = RecipientModel(self)
        self.recipient_table = make_table()
        self.recipient_table.setModel(self.recipient_model)
        self.recipient_table.setColumnWidth(0, 200)
        self.recipient_table.setColumnWidth(1, 380)
        self.new_name = QLineEdit()
        self.new_name.setPlaceholderText(tr("Laptop name, e.g. Krisledning-1"))
        self.new_recipient = QLineEdit()
        self.new_recipient.setPlaceholderText("age1…")
        add = QPushButton(tr("&Add laptop"))
        add.clicked.connect(self.add_recipient)
        remove = QPushButton(tr("&Remove selected"))
        remove.clicked.connect(self.remove_recipient)
        self.recipient_message = PlainLabel("")
        self.recipient_message.setObjectName("formError")
        row = QHBoxLayout()
        row.addWidget(self.new_name)
        row.addWidget(self.new_recipient, 2)
        row.addWidget(add)
        self.identity_file = QLineEdit()
        self.identity_file.setPlaceholderText(tr("or: the laptop's identity file (field reports)"))
        self.identity_file.setAccessibleName(tr("Identity file"))
        browse_identity = QPushButton(tr("B&rowse…"))
        browse_identity.clicked.connect(self._browse_identity)
        self.identity_fingerprint = QLineEdit()
        self.identity_fingerprint.setPlaceholderText(tr("The fingerprint the laptop reads aloud"))
        self.identity_fingerprint.setAccessibleName(tr("Fingerprint read aloud"))
        enrol = QPushButton(tr("&Enrol from file"))
        enrol.clicked.connect(self.enrol_identity)
        identity_row = QHBoxLayout()
        identity_row.addWidget(self.identity_file, 2)
        identity_row.addWidget(browse_identity)
        identity_row.addWidget(self.identity_fingerprint, 2)
        identity_row.addWidget(enrol)
        layout = QVBoxLayout(page)
        layout.addWidget(PlainLabel(tr("Bundles are encrypted to these laptops. Add a laptop with the "
                                       "recipient it shows (age1…); check its fingerprint aloud.")))
        layout.addWidget(PlainLabel(tr("To receive its field reports, enrol the laptop from its identity file "
                                       "instead, typing the fingerprint its user reads aloud.")))
        layout.addWidget(self.recipient_table, 1)
        layout.addWidget(remove, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addLayout(row)
        layout.addLayout(identity_row)
        layout.addWidget(self.recipient_message)
        return page

    def _browse_identity(self) -> None:
        name, _f = QFileDialog.getOpenFileName(self, tr("The laptop's identity file"), str(default_destination()))
        if name:
            self.identity_file.setText(name)

    def enrol_identity(self) -> None:
        """Enrol a laptop to send field reports: both keys from its file, after the fingerprint read aloud."""
        name, path, spoken = self.new_name.text(), Path(self.identity_file.text()), self.identity_fingerprint.text()

        def op(vault: Vault, progress: Progress) -> list[Recipient]:
            ident = report_keys.read_identity_file(path)
            report_keys.check_fingerprint(ident, spoken)
            recipients.add(vault, name, ident.recipient, ident.signing_key, ident.fingerprint)
            return recipients.active(vault)
        self.ctx.worker.submit(op, self._recipients_changed, self.recipient_message.setText)

    def add_recipient(self) -> None:
        name, value = self.new_name.text(), self.new_recipient.text()

        def op(vault: Vault, progress: Progress) -> list[Recipient]:
            recipients.add(vault, name, value)
            return recipients.active(vault)
        self.ctx.worker.submit(op, self._recipients_changed, self.recipient_message.setText)

    def remove_recipient(self) -> None:
        rows = self.recipient_table.selectionModel().selectedRows()
        chosen = self.recipient_model.row_item(rows[0].row()) if rows else None
        if chosen is None:
            return
        name = chosen.name

        def op(vault: Vault, progress: Progress) -> list[Recipient]:
            recipients.remove(vault, name)
            return recipients.active(vault)
        self.ctx.worker.submit(op, self._recipients_changed, self.recipient_message.setText)

    def _recipients_changed(self, active: list[Recipient]) -> None:
        self.recipient_model.set_rows(active)
        self.recipient_message.setText("")
        self.new_name.clear()
        self.new_recipient.clear()
        self.identity_file.clear()
        self.identity_fingerprint.clear()

    # -- key -------------------------------------------------------------------------
    def _key_tab(self) -> QWidget:
        page = QWidget()
        self.fingerprint = PlainLabel("")
        self.fingerprint.setObjectName("fingerprint")
        export_key = QPushButton(tr("Save the public &key file for laptops…"))
        export_key.clicked.connect(self._export_key)
        self.key_message = PlainLabel("")
        layout = QVBoxLayout(page)
        layout.addWidget(PlainLabel(tr("Publisher fingerprint — read it aloud when a laptop is set up:")))
        layout.addWidget(self.fingerprint)
        layout.addWidget(export_key, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.key_message)
        layout.addStretch(1)
        return page

    def _export_key(self) -> None:
        name, _f = QFileDialog.getSaveFileName(self, tr("Save the public key file"),
                                               str(default_destination() / "publisher.key"))
        if not name:
            return
        path = Path(name)
        self.ctx.worker.submit(lambda vault, progress: trust.export_key(vault, path),
                               lambda info: self.key_message.setText(tr("Saved to {path}", path=info["path"])),
                               self.key_message.setText)

    def reload(self) -> None:
        def op(vault: Vault, progress: Progress) -> tuple[str, list[Recipient]]:
            return publisher_fingerprint(vault), recipients.active(vault)
        self.ctx.worker.submit(op, self._loaded, self.export_message.setText)

    def _loaded(self, result: tuple[str, list[Recipient]]) -> None:
        fingerprint, active = result
        groups = fingerprint.split()
        self.fingerprint.setText(" ".join(groups[:4]) + "\n" + " ".join(groups[4:]))
        self.recipient_model.set_rows(active)
