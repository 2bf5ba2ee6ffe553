"""Import a bundle from a USB stick: choose, verify (with progress), preview, apply (with progress),
outcome.

Every step runs on the database worker; every refusal is shown as the core's human message on
the page, and a refused bundle changes nothing. Closing the wizard while the bundle is being
applied asks first; stopping then ends with an explicit outcome on the last page: stopped before
the commit (nothing changed) or already finished (the summary).
"""
from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QInputDialog,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from binder.bundle import ApplyResult, NeedsPassphrase, Preview, Verified, apply, preview, verify_bundle
from binder.bundle.status import bundle_status
from binder.gui import volumes
from binder.gui.cancellation import Cancellation, Stopped
from binder.gui.context import GuiContext
from binder.gui.import_preview import describe_preview
from binder.gui.widgets import wizard_frame
from binder.gui.widgets.plain_label import PlainLabel
from binder.gui.widgets.progress_panel import ProgressPanel
from binder.gui.worker import Progress
from binder.i18n import tr
from binder.vault import database as db
from binder.vault.vault import Vault

CHOOSE, VERIFY, PREVIEW, APPLY, DONE = range(5)
_ASK_PASSPHRASE = object()
_STOPPED = object()                 # the operation was stopped before it saved anything


class ImportWizard(QDialog):
    def __init__(self, ctx: GuiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(tr("Import a bundle from USB"))
        self.resize(760, 560)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)   # a day of imports leaves no wizards behind
        self.verified: Verified | None = None
        self.preview_data: Preview | None = None
        self.result_data: ApplyResult | None = None
        self.stopped = False                       # the outcome: stopped before the commit
        self.path: Path | None = None
        self._running: Cancellation | None = None  # the verification or apply now on the worker
        self._applying = False
        self.stop_question: QMessageBox | None = None
        self.pages = QStackedWidget()
        self.pages.addWidget(self._choose_page())
        self.pages.addWidget(self._verify_page())
        self.pages.addWidget(self._preview_page())
        self.pages.addWidget(self._apply_page())
        self.pages.addWidget(self._done_page())
        buttons = wizard_frame.frame(self, self.pages, self.go_back, self.go_next)
        self.back_button, self.next_button, self.cancel_button = buttons.back, buttons.next, buttons.cancel
        self._scan_timer = wizard_frame.watch_volumes(self, self.refresh_volumes)
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

    def _apply_page(self) -> QWidget:
        page = QWidget()
        self.apply_progress = ProgressPanel()
        note = PlainLabel(tr("Leave the USB stick in until the import is finished. Closing this window "
                             "asks first."))
        layout = QVBoxLayout(page)
        heading = PlainLabel(tr("4. Importing"), wrap=False)
        heading.setObjectName("heading")
        layout.addWidget(heading)
        layout.addWidget(self.apply_progress)
        layout.addWidget(note)
        layout.addStretch(1)
        return page

    def _done_page(self) -> QWidget:
        page = QWidget()
        self.summary = PlainLabel("")
        layout = QVBoxLayout(page)
        self.done_heading = PlainLabel(tr("5. Done"), wrap=False)
        self.done_heading.setObjectName("heading")
        layout.addWidget(self.done_heading)
        layout.addWidget(self.summary)
        layout.addStretch(1)
        return page

    # -- choosing --------------------------------------------------------------
    def refresh_volumes(self) -> None:
        found = volumes.bundle_files(volumes.removable_roots())
        if wizard_frame.show_found(self.files, found, [self.path] if self.path is not None else []):
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
        self.next_button.setVisible(page != APPLY)
        busy = self._running is not None
        if page == CHOOSE:
            self.next_button.setText(tr("&Check bundle"))
            self.next_button.setEnabled(self.path is not None)
        elif page == VERIFY:
            self.next_button.setText(tr("&Next"))
            self.next_button.setEnabled(False if busy else self.preview_data is not None)
        elif page == APPLY:
            self.next_button.setEnabled(False)
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
        self.progress.bar.show()
        self.verify_error.setText("")
        self._show_page(VERIFY)
        path = self.path
        stop = self._running = Cancellation()

        def op(vault: Vault, progress: Progress) -> Any:
            try:
                verified = verify_bundle(vault, path, stop.guard(progress), passphrase=passphrase)
            except NeedsPassphrase:
                return _ASK_PASSPHRASE
            except Stopped:
                return _STOPPED
            try:
                result = verified, preview(vault, verified)
            except BaseException:
                verified.cleanup()
                raise
            if stop.requested:                    # the wizard was closed meanwhile: drop the copy
                verified.cleanup()
                return _STOPPED
            return result
        self.ctx.worker.submit(op, lambda result: self._verified(stop, result),
                               lambda message: self._verify_failed(stop, message),
                               lambda done, total, text: self._verify_progress(stop, done, total, text))
        self._update_buttons()

    def _verify_progress(self, stop: Cancellation, done: int, total: int, text: str) -> None:
        if stop is self._running:                 # not after the wizard was closed
            self.progress.update_progress(done, total, text)

    def _verified(self, stop: Cancellation, result: Any) -> None:
        if stop is not self._running:             # closed or restarted meanwhile
            if isinstance(result, tuple):
                result[0].cleanup()
            return
        self._running = None
        if result is _STOPPED:
            return
        if result is _ASK_PASSPHRASE:
            text, ok = QInputDialog.getText(self, tr("Bundle passphrase"),
                                            tr("This bundle is not addressed to this laptop. Enter the "
                                               "emergency bundle passphrase from the coordinator:"),
                                            QLineEdit.EchoMode.Password)
            if ok and text:
                self.start_verification(text)
            else:
                self._refused(tr("The bundle is not addressed to this laptop. Nothing was changed."))
            return
        self.verified, self.preview_data = result
        self.preview_text.setText(describe_preview(self.preview_data))
        self.accept_expired.setChecked(False)
        self.accept_expired.setVisible(self.preview_data.expired)
        self.apply_error.setText("")
        self._show_page(PREVIEW)

    def _verify_failed(self, stop: Cancellation, message: str) -> None:
        if stop is not self._running:
            return
        self._running = None
        self._refused(message)

    def _refused(self, message: str) -> None:
        """A refused file: the reason, and no progress bar left standing part-way."""
        self.verify_error.setText(message)
        self.progress.bar.hide()
        self.progress.label.setText(tr("The bundle was refused. Nothing was changed. Ask the coordinator for a "
                                       "new stick."))
        self._update_buttons()

    # -- applying ----------------------------------------------------------------
    def start_apply(self) -> None:
        verified = self.verified
        if verified is None or self._running is not None:
            return
        accept_expired, operator = self.accept_expired.isChecked(), self.ctx.operator
        stop = self._running = Cancellation()
        self._applying = True
        self.apply_progress.reset()
        self._show_page(APPLY)

        def op(vault: Vault, progress: Progress) -> Any:
            try:
                with stop.interrupting(vault.db):
                    return apply(vault, verified, accept_expired=accept_expired, progress=stop.guard(progress),
                                 operator=operator)
            except (Stopped, db.DatabaseError):
                if not stop.requested or bundle_status(vault).bundle_id == verified.bundle_id:
                    raise                         # a real failure, or it was saved after all
                verified.cleanup()
                return _STOPPED
        self.ctx.worker.submit(op, self._applied, self._apply_failed, self.apply_progress.update_progress)

    def _apply_over(self) -> None:
        self._running = None
        self._applying = False
        self.cancel_button.setEnabled(True)
        if self.stop_question is not None:        # the question is moot now: the outcome is shown
            self.stop_question.done(QMessageBox.StandardButton.Cancel)
            self.stop_question = None

    def _applied(self, result: Any) -> None:
        self._apply_over()
        self.verified = None          # apply (or the stop) cleaned up its copy
        if result is _STOPPED:
            self.stopped = True
            self.done_heading.setText(tr("5. Stopped"))
            self.summary.setText(tr("The import was stopped before anything was saved. Nothing was changed."))
            self._show_page(DONE)
            return
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
        self._apply_over()
        self.apply_error.setText(message)
        self._show_page(PREVIEW)

    # -- closing -----------------------------------------------------------------
    def _discard(self) -> None:
        if self.verified is not None:
            self.verified.cleanup()
            self.verified = None
        self.preview_data = None

    def reject(self) -> None:
        """While the bundle is being applied, ask; otherwise close (a running check is dropped)."""
        if self._applying:
            self._ask_to_stop()
            return
        super().reject()

    def _ask_to_stop(self) -> None:
        if self.stop_question is not None:
            return
        box = self.stop_question = QMessageBox(QMessageBox.Icon.Question, tr("Stop the import?"),
                                               tr("The bundle is being imported. If you stop now, before it "
                                                  "is saved, nothing changes. Stop the import?"),
                                               QMessageBox.StandardButton.NoButton, self)
        self.stop_button = box.addButton(tr("&Stop the import"), QMessageBox.ButtonRole.DestructiveRole)
        keep = box.addButton(tr("&Keep importing"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(keep)
        box.setEscapeButton(keep)
        box.buttonClicked.connect(lambda button: self._answered(button is self.stop_button))
        box.open()

    def _answered(self, stop: bool) -> None:
        self.stop_question = None
        if stop and self._applying and self._running is not None:
            self._running.cancel()
            self.apply_progress.label.setText(tr("Stopping…"))
            self.cancel_button.setEnabled(False)

    def done(self, result: int) -> None:
        if self._applying:                        # never closed under a running import
            self._ask_to_stop()
            return
        if self._running is not None:             # a verification: nothing to save, just drop it
            self._running.cancel()
            self._running = None
        self._scan_timer.stop()
        self._discard()
        super().done(result)
