"""Import a bundle from a USB stick: choose, verify (with progress), preview, confirm, summary.

Every step runs on the database worker; every refusal is shown as the core's
human message on the page, and a refused bundle changes nothing.
"""
from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (QCheckBox, QDialog, QFileDialog, QHBoxLayout, QInputDialog, QLineEdit,
                               QListWidget, QListWidgetItem, QPushButton, QStackedWidget, QVBoxLayout,
                               QWidget)

from binder.bundle import ApplyResult, NeedsPassphrase, Preview, Verified, apply, preview, verify_bundle
from binder.gui import volumes
from binder.gui.context import GuiContext
from binder.gui.models.run_steps import local_time
from binder.gui.widgets.plain_label import PlainLabel
from binder.gui.widgets.progress_panel import ProgressPanel
from binder.gui.worker import Progress
from binder.i18n import language, tr
from binder.model import schema
from binder.vault.vault import Vault

SCAN_MS = 2000
CHOOSE, VERIFY, PREVIEW, DONE = range(4)
_ASK_PASSPHRASE = object()


def kind_title(kind: str) -> str:
    if kind in schema.KINDS:
        return schema.KINDS[kind].label(language())
    return tr("Binder details") if kind == "metadata" else kind


def describe_preview(p: Preview) -> str:
    """The preview as plain text lines (shown in a PlainLabel)."""
    lines = [tr("From: {organisation}", organisation=p.organisation),
             tr("Bundle number {sequence}, issued {issued}, valid until {expires}", sequence=p.sequence,
                issued=local_time(p.issued_at), expires=local_time(p.expires_at)),
             tr("Signed by key {fingerprint}", fingerprint=", ".join(p.signer_fingerprints))]
    if p.key_rotation:
        lines.append(tr("The coordinator's signing key has changed (signed by the old key)."))
    if p.already_imported:
        lines.append(tr("This bundle has already been imported. Nothing will change."))
    lines.append("")
    for kind, changes in p.changes.items():
        if changes.added or changes.changed or changes.removed:
            lines.append(tr("{kind}: {added} new, {changed} changed, {removed} removed", kind=kind_title(kind),
                            added=changes.added, changed=changes.changed, removed=changes.removed))
    if p.metadata_changed:
        lines.append(tr("The binder details (organisation, plan version…) change."))
    if not p.has_changes and not p.already_imported:
        lines.append(tr("No changes compared with what you have."))
    if p.conflicts:
        lines.append("")
        lines.append(tr("Your corrections affected by this bundle:"))
        for outcome in p.conflicts:
            lines.append(f"  • {outcome.amendment.title} — {outcome.amendment.field}: {tr(outcome.outcome)}")
    if p.kept_amendments:
        lines.append(tr("{count} of your corrections stay in place.", count=p.kept_amendments))
    return "\n".join(lines)


class ImportWizard(QDialog):
    def __init__(self, ctx: GuiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(tr("Import a bundle from USB"))
        self.resize(760, 560)
        self.verified: Verified | None = None
        self.preview_data: Preview | None = None
        self.result_data: ApplyResult | None = None
        self.path: Path | None = None
        self.pages = QStackedWidget()
        self.pages.addWidget(self._choose_page())
        self.pages.addWidget(self._verify_page())
        self.pages.addWidget(self._preview_page())
        self.pages.addWidget(self._done_page())
        self.back_button = QPushButton(tr("&Back"))
        self.back_button.clicked.connect(self.go_back)
        self.next_button = QPushButton(tr("&Next"))
        self.next_button.setDefault(True)
        self.next_button.clicked.connect(self.go_next)
        self.cancel_button = QPushButton(tr("Cancel"))
        self.cancel_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        for button in (self.back_button, self.next_button, self.cancel_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages, 1)
        layout.addLayout(buttons)
        self._scan_timer = QTimer(self)
        self._scan_timer.setInterval(SCAN_MS)
        self._scan_timer.timeout.connect(self.refresh_volumes)
        self._scan_timer.start()
        self.refresh_volumes()
        self._show_page(CHOOSE)

    # -- pages ---------------------------------------------------------------
    def _choose_page(self) -> QWidget:
        page = QWidget()
        self.files = QListWidget()
        self.files.setAccessibleName(tr("Bundles found on USB sticks"))
        self.files.currentItemChanged.connect(lambda item, _prev: self._pick_item(item))
        self.files.itemActivated.connect(lambda _item: self.go_next())
        self.no_volume = PlainLabel(tr("No USB stick with a bundle found yet. Insert the stick; "
                                       "this list refreshes by itself."))
        browse = QPushButton(tr("Choose a &file…"))
        browse.clicked.connect(self._browse)
        self.chosen = PlainLabel("")
        layout = QVBoxLayout(page)
        heading = PlainLabel(tr("1. Choose the bundle"), wrap=False)
        heading.setObjectName("heading")
        layout.addWidget(heading)
        layout.addWidget(self.no_volume)
        layout.addWidget(self.files, 1)
        row = QHBoxLayout()
        row.addWidget(self.chosen, 1)
        row.addWidget(browse)
        layout.addLayout(row)
        return page

    def _verify_page(self) -> QWidget:
        page = QWidget()
        self.progress = ProgressPanel()
        self.verify_error = PlainLabel("")
        self.verify_error.setObjectName("formError")
        layout = QVBoxLayout(page)
        heading = PlainLabel(tr("2. Checking the bundle"), wrap=False)
        heading.setObjectName("heading")
        layout.addWidget(heading)
        layout.addWidget(self.progress)
        layout.addWidget(self.verify_error)
        layout.addStretch(1)
        return page

    def _preview_page(self) -> QWidget:
        page = QWidget()
        self.preview_text = PlainLabel("")
        self.accept_expired = QCheckBox(tr("The bundle has &expired. Import it anyway."))
        self.accept_expired.toggled.connect(lambda _on: self._update_buttons())
        self.apply_error = PlainLabel("")
        self.apply_error.setObjectName("formError")
        layout = QVBoxLayout(page)
        heading = PlainLabel(tr("3. What will change"), wrap=False)
        heading.setObjectName("heading")
        layout.addWidget(heading)
        layout.addWidget(self.preview_text)
        layout.addWidget(self.accept_expired)
        layout.addWidget(self.apply_error)
        layout.addStretch(1)
        return page

    def _done_page(self) -> QWidget:
        page = QWidget()
        self.summary = PlainLabel("")
        layout = QVBoxLayout(page)
        heading = PlainLabel(tr("4. Done"), wrap=False)
        heading.setObjectName("heading")
        layout.addWidget(heading)
        layout.addWidget(self.summary)
        layout.addStretch(1)
        return page

    # -- choosing --------------------------------------------------------------
    def refresh_volumes(self) -> None:
        current = self.path
        found = volumes.bundle_files(volumes.removable_roots())
        shown = [self.files.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.files.count())]
        if [str(p) for p in found] == shown:
            return
        self.files.blockSignals(True)
        self.files.clear()
        for path in found:
            item = QListWidgetItem(f"{path.name}   ({path.parent})")
            item.setData(Qt.ItemDataRole.UserRole, str(path))
            self.files.addItem(item)
            if current is not None and path == current:
                self.files.setCurrentItem(item)
        self.files.blockSignals(False)
        self.no_volume.setVisible(not found)

    def _pick_item(self, item: QListWidgetItem | None) -> None:
        if item is not None:
            self.choose_file(Path(item.data(Qt.ItemDataRole.UserRole)))

    def _browse(self) -> None:
        start = str(self.path.parent) if self.path else str(Path.home())
        name, _filter = QFileDialog.getOpenFileName(self, tr("Choose the bundle"), start,
                                                    tr("Krispärm bundles (*{suffix})", suffix=volumes.SUFFIX))
        if name:
            self.choose_file(Path(name))

    def choose_file(self, path: Path) -> None:
        self.path = Path(path)
        self.chosen.setText(tr("Chosen: {path}", path=str(self.path)))
        self._update_buttons()

    # -- navigation -------------------------------------------------------------
    def _show_page(self, index: int) -> None:
        self.pages.setCurrentIndex(index)
        self._update_buttons()

    def _update_buttons(self) -> None:
        page = self.pages.currentIndex()
        self.back_button.setVisible(page in (VERIFY, PREVIEW))
        self.cancel_button.setVisible(page != DONE)
        busy = self.ctx.worker.busy and page in (VERIFY,)
        if page == CHOOSE:
            self.next_button.setText(tr("&Check bundle"))
            self.next_button.setEnabled(self.path is not None)
        elif page == VERIFY:
            self.next_button.setText(tr("&Next"))
            self.next_button.setEnabled(False if busy else self.preview_data is not None)
        elif page == PREVIEW:
            p = self.preview_data
            self.next_button.setText(tr("&Import"))
            self.next_button.setEnabled(p is not None and not p.already_imported
                                        and (not p.expired or self.accept_expired.isChecked()))
        else:
            self.next_button.setText(tr("&Close"))
            self.next_button.setEnabled(True)

    def go_back(self) -> None:
        self._discard()
        self._show_page(CHOOSE)

    def go_next(self) -> None:
        page = self.pages.currentIndex()
        if page == CHOOSE and self.path is not None:
            self.start_verification()
        elif page == PREVIEW:
            self.start_apply()
        elif page == DONE:
            self.accept()

    # -- verifying ---------------------------------------------------------------
    def start_verification(self, passphrase: str | None = None) -> None:
        assert self.path is not None
        self._discard()
        self.progress.reset()
        self.verify_error.setText("")
        self._show_page(VERIFY)
        path = self.path

        def op(vault: Vault, progress: Progress) -> Any:
            try:
                verified = verify_bundle(vault, path, progress, passphrase=passphrase)
            except NeedsPassphrase:
                return _ASK_PASSPHRASE
            try:
                return verified, preview(vault, verified)
            except BaseException:
                verified.cleanup()
                raise
        self.ctx.worker.submit(op, self._verified, self._verify_failed, self.progress.update_progress)
        self._update_buttons()

    def _verified(self, result: Any) -> None:
        if result is _ASK_PASSPHRASE:
            text, ok = QInputDialog.getText(self, tr("Bundle passphrase"),
                                            tr("This bundle is not addressed to this laptop. Enter the "
                                               "emergency bundle passphrase from the coordinator:"),
                                            QLineEdit.EchoMode.Password)
            if ok and text:
                self.start_verification(text)
            else:
                self._verify_failed(tr("The bundle is not addressed to this laptop. Nothing was changed."))
            return
        self.verified, self.preview_data = result
        self.preview_text.setText(describe_preview(self.preview_data))
        self.accept_expired.setChecked(False)
        self.accept_expired.setVisible(self.preview_data.expired)
        self.apply_error.setText("")
        self._show_page(PREVIEW)

    def _verify_failed(self, message: str) -> None:
        self.verify_error.setText(message)
        self.progress.label.setText(tr("The bundle was refused. Nothing was changed."))
        self._update_buttons()

    # -- applying ----------------------------------------------------------------
    def start_apply(self) -> None:
        verified = self.verified
        if verified is None:
            return
        accept_expired, operator = self.accept_expired.isChecked(), self.ctx.operator
        self.next_button.setEnabled(False)

        def op(vault: Vault, progress: Progress) -> ApplyResult:
            return apply(vault, verified, accept_expired=accept_expired, progress=progress, operator=operator)
        self.ctx.worker.submit(op, self._applied, self._apply_failed)

    def _applied(self, result: ApplyResult) -> None:
        self.verified = None          # apply cleans up its copy
        self.result_data = result
        lines = [tr("Bundle number {sequence} imported.", sequence=result.sequence),
                 tr("{added} new, {changed} changed, {removed} removed.", added=result.added,
                    changed=result.changed, removed=result.removed)]
        if result.conflicts:
            lines.append(tr("{count} of your corrections need a look: see Conflicts.", count=result.conflicts))
        if result.backup:
            lines.append(tr("A backup of the previous state was kept: {path}", path=result.backup))
        self.summary.setText("\n".join(lines))
        self._show_page(DONE)

    def _apply_failed(self, message: str) -> None:
        self.apply_error.setText(message)
        self._update_buttons()

    # -- closing -----------------------------------------------------------------
    def _discard(self) -> None:
        if self.verified is not None:
            self.verified.cleanup()
            self.verified = None
        self.preview_data = None

    def done(self, result: int) -> None:  # noqa: D401 (Qt override)
        self._scan_timer.stop()
        self._discard()
        super().done(result)
