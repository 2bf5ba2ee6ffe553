"""At the coordinator: import field reports from a USB stick. Choose one or more report files,
check them all (every check of `binder report verify`, with progress), read the preview (new
and already held per kind, each laptop's log chain with gaps and forks named), then import.

Every step runs on the database worker. One refused file and nothing is imported: the core's
message is shown on the page, naming the file.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from zoneinfo import ZoneInfo

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QListWidget,
    QPushButton,
    QStackedWidget,
    QWidget,
)

from binder.gui import volumes
from binder.gui.context import GuiContext
from binder.gui.models.run_steps import local_time
from binder.gui.widgets import wizard_frame
from binder.gui.widgets.plain_label import PlainLabel
from binder.gui.widgets.progress_panel import ProgressPanel
from binder.gui.worker import Progress
from binder.i18n import tr
from binder.reports import apply as report_apply
from binder.reports import verify
from binder.reports.describe import chain_text, counts_text
from binder.reports.header import SUFFIX
from binder.vault.vault import Vault

CHOOSE, VERIFY, PREVIEW, DONE = range(4)


@dataclass
class Checked:
    """Every chosen report, verified, with its preview (the wizard owns the temporary copies)."""
    reports: list[verify.VerifiedReport]
    previews: list[report_apply.ReportPreview]

    def cleanup(self) -> None:
        for v in self.reports:
            v.cleanup()

    @property
    def anything_new(self) -> bool:
        return any(not v.already_imported for v in self.reports)


def check_all(vault: Vault, paths: list[Path], progress: Progress, reached: list[Path]) -> Checked:
    """Verify every file, then preview each; on a refusal nothing is kept and `reached[-1]` is
    the file refused."""
    checked = Checked([], [])
    try:
        for number, path in enumerate(paths):
            def step(done: int, total: int, label: str, number: int = number) -> None:
                progress(number * total + done, len(paths) * total, label)
            reached.append(path)
            checked.reports.append(verify.verify_report(vault, path, step))
        checked.previews = [report_apply.preview(vault, v) for v in checked.reports]
        return checked
    except BaseException:
        checked.cleanup()
        raise


def describe(checked: Checked, zone: ZoneInfo) -> str:
    """The preview as plain text lines (shown in a PlainLabel)."""
    lines: list[str] = []
    for v, p in zip(checked.reports, checked.previews, strict=True):
        if lines:
            lines.append("")
        lines.append(tr("Field report {sequence} from {laptop}, written {when}: {counts}.", sequence=v.sequence,
                        laptop=v.laptop, when=local_time(v.header["issued_at"], zone),
                        counts=counts_text(v.header["counts"])))
        if v.already_imported:
            lines.append(tr("This report is already imported; importing it again changes nothing."))
            continue
        lines.append(tr("New: {counts}.", counts=counts_text(p.new)))
        if any(p.repeated.values()):
            lines.append(tr("Already held (sent again, stored once): {counts}.", counts=counts_text(p.repeated)))
        lines.append(chain_text(v.laptop, p.chain))
    return "\n".join(lines)


class ReportImportWizard(QDialog):
    def __init__(self, ctx: GuiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(tr("Import field reports from USB"))
        self.resize(760, 560)
        self.paths: list[Path] = []
        self.checked: Checked | None = None
        self.imported = False
        self._generation = 0              # a check started earlier and then abandoned is ignored
        self.files = QListWidget()
        self.files.setAccessibleName(tr("Field reports found on USB sticks"))
        self.files.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.files.itemSelectionChanged.connect(self._pick_items)
        self.files.itemActivated.connect(lambda _item: self.go_next())
        self.no_volume = PlainLabel(tr("No USB stick with a field report found yet. Insert the stick; this list "
                                       "refreshes by itself. Select several reports to import them together."))
        browse = QPushButton(tr("Choose &files…"))
        browse.clicked.connect(self._browse)
        self.chosen = PlainLabel("")
        choose_row = QWidget()
        row = QHBoxLayout(choose_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.chosen, 1)
        row.addWidget(browse)
        self.progress = ProgressPanel()
        self.verify_error = PlainLabel("")
        self.verify_error.setObjectName("formError")
        self.preview_text = PlainLabel("")
        self.apply_error = PlainLabel("")
        self.apply_error.setObjectName("formError")
        self.summary = PlainLabel("")
        self.pages = QStackedWidget()
        page = wizard_frame.titled_page
        self.pages.addWidget(page(tr("1. Choose the field reports"), self.no_volume, self.files, choose_row))
        self.pages.addWidget(page(tr("2. Checking the reports"), self.progress, self.verify_error))
        self.pages.addWidget(page(tr("3. What will be added"), self.preview_text, self.apply_error))
        self.pages.addWidget(page(tr("4. Done"), self.summary))
        buttons = wizard_frame.frame(self, self.pages, self.go_back, self.go_next)
        self.back_button, self.next_button, self.cancel_button = buttons.back, buttons.next, buttons.cancel
        self._scan_timer = wizard_frame.watch_volumes(self, self.refresh_volumes)
        self._show_page(CHOOSE)

    # -- choosing ------------------------------------------------------------------
    def refresh_volumes(self) -> None:
        found = volumes.bundle_files(volumes.removable_roots(), suffix=SUFFIX)
        if wizard_frame.show_found(self.files, found, self.paths):
            self.no_volume.setVisible(not found)

    def _pick_items(self) -> None:
        chosen = [Path(item.data(Qt.ItemDataRole.UserRole)) for item in self.files.selectedItems()]
        if chosen:
            self.choose_files(chosen)

    def _browse(self) -> None:
        roots = volumes.removable_roots()
        start = str(self.paths[0].parent) if self.paths else str(roots[0] if roots else Path.home())
        names, _filter = QFileDialog.getOpenFileNames(self, tr("Choose the field reports"), start,
                                                      tr("Krispärm field reports (*{suffix})", suffix=SUFFIX))
        if names:
            self.choose_files([Path(n) for n in names])

    def choose_files(self, paths: list[Path]) -> None:
        self.paths = [Path(p) for p in paths]
        self.chosen.setText(tr("Chosen: {files}", files=", ".join(p.name for p in self.paths)))
        self._update_buttons()

    # -- navigation ------------------------------------------------------------------
    def _show_page(self, index: int) -> None:
        self.pages.setCurrentIndex(index)
        self._update_buttons()

    def _update_buttons(self) -> None:
        page = self.pages.currentIndex()
        self.back_button.setVisible(page in (VERIFY, PREVIEW))
        self.cancel_button.setVisible(page != DONE)
        if page == CHOOSE:
            self.next_button.setText(tr("&Check reports"))
            self.next_button.setEnabled(bool(self.paths))
        elif page == VERIFY:
            self.next_button.setText(tr("&Next"))
            self.next_button.setEnabled(False)
        elif page == PREVIEW:
            self.next_button.setText(tr("&Import"))
            self.next_button.setEnabled(self.checked is not None and self.checked.anything_new)
        else:
            self.next_button.setText(tr("&Close"))
            self.next_button.setEnabled(True)

    def go_back(self) -> None:
        self._generation += 1
        self._discard()
        self._show_page(CHOOSE)

    def go_next(self) -> None:
        page = self.pages.currentIndex()
        if page == CHOOSE and self.paths:
            self.start_verification()
        elif page == PREVIEW:
            self.start_import()
        elif page == DONE:
            self.accept()

    # -- checking --------------------------------------------------------------------
    def start_verification(self) -> None:
        self._discard()
        self._generation += 1
        generation = self._generation
        self.progress.reset()
        self.verify_error.setText("")
        self._show_page(VERIFY)
        paths = list(self.paths)
        reached: list[Path] = []

        def failed(message: str) -> None:
            if generation != self._generation:
                return
            self._verify_failed(tr("{file}: {message}", file=reached[-1].name, message=message) if reached
                                else message)
        self.ctx.worker.submit(lambda vault, progress: check_all(vault, paths, progress, reached),
                               lambda checked: self._verified(generation, checked), failed,
                               self.progress.update_progress)

    def _verified(self, generation: int, checked: Checked) -> None:
        if generation != self._generation or self.pages.currentIndex() != VERIFY:   # abandoned meanwhile
            checked.cleanup()
            return
        self.checked = checked
        self.preview_text.setText(describe(checked, self.ctx.time_zone))
        self.apply_error.setText("")
        self._show_page(PREVIEW)

    def _verify_failed(self, message: str) -> None:
        self.verify_error.setText(message)
        self.progress.label.setText(tr("The reports were refused. Nothing was changed."))
        self._update_buttons()

    # -- importing -------------------------------------------------------------------
    def start_import(self) -> None:
        checked = self.checked
        if checked is None:
            return
        self.next_button.setEnabled(False)

        def op(vault: Vault, progress: Progress) -> list[report_apply.ReportPreview]:
            return report_apply.import_reports(vault, checked.reports, progress)
        self.ctx.worker.submit(op, self._imported, self._import_failed)

    def _imported(self, added: list[report_apply.ReportPreview]) -> None:
        assert self.checked is not None
        reports, self.checked = self.checked.reports, None     # import_reports removed the copies
        self.imported = True
        lines = []
        for v, p in zip(reports, added, strict=True):
            if v.already_imported:
                continue
            lines.append(tr("Imported field report {sequence} from {laptop}.", sequence=v.sequence, laptop=v.laptop))
            lines.append(tr("New: {counts}.", counts=counts_text(p.new)))
            lines.append(chain_text(v.laptop, p.chain))
        lines.append(tr("The coordinator's next bundle confirms these reports to the laptops."))
        self.summary.setText("\n".join(lines))
        self._show_page(DONE)

    def _import_failed(self, message: str) -> None:
        self.apply_error.setText(message)
        self._discard()
        self._update_buttons()

    # -- closing ---------------------------------------------------------------------
    def _discard(self) -> None:
        if self.checked is not None:
            self.checked.cleanup()
            self.checked = None

    def done(self, result: int) -> None:
        self._scan_timer.stop()
        self._generation += 1            # a check still running cleans up after itself
        self._discard()
        super().done(result)
