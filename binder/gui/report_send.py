"""On a laptop: send a field report to the coordinator. Shows what the report will carry, asks
for the folder (the USB stick), writes it on the worker with progress, then shows the number,
the file and the counts, or the core's refusal naming the next step."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from binder.gui.context import GuiContext
from binder.gui.publisher_tools import default_destination
from binder.gui.widgets.plain_label import PlainLabel
from binder.gui.widgets.progress_panel import ProgressPanel
from binder.gui.worker import Progress
from binder.i18n import tr
from binder.reports import export
from binder.reports.describe import counts_text
from binder.vault.vault import Vault


class SendReportDialog(QDialog):
    def __init__(self, ctx: GuiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(tr("Send report to the coordinator"))
        self.resize(720, 420)
        self.result_data: export.ReportResult | None = None
        intro = PlainLabel(tr("The report carries everything this laptop recorded that the coordinator has not "
                              "confirmed yet: log entries, status changes, routine runs and your corrections. "
                              "It is signed by this laptop and encrypted for the coordinator."))
        self.pending = PlainLabel(tr("Counting…"))
        self.pending.setObjectName("heading")
        self.destination = QLineEdit(str(default_destination()))
        self.destination.setAccessibleName(tr("Save to (the USB stick)"))
        browse = QPushButton(tr("&Browse…"))
        browse.clicked.connect(self._browse)
        self.send_button = QPushButton(tr("&Write the report"))
        self.send_button.setObjectName("primary")
        self.send_button.setDefault(True)
        self.send_button.clicked.connect(self.send)
        self.progress = ProgressPanel()
        self.message = PlainLabel("")
        self.message.setObjectName("formError")
        self.done_text = PlainLabel("")
        close = QPushButton(tr("Close"))
        close.clicked.connect(self.accept)
        row = QHBoxLayout()
        row.addWidget(self.destination, 1)
        row.addWidget(browse)
        form = QFormLayout()
        form.addRow(tr("Save to (the USB stick)"), row)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.pending)
        layout.addLayout(form)
        layout.addWidget(self.send_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.progress)
        layout.addWidget(self.message)
        layout.addWidget(self.done_text)
        layout.addStretch(1)
        layout.addWidget(close, 0, Qt.AlignmentFlag.AlignRight)
        self.reload()

    def reload(self) -> None:
        self.ctx.worker.submit(lambda vault, progress: export.pending(vault), self._show_pending, self.message.setText)

    def _show_pending(self, counts: dict[str, int]) -> None:
        self.pending.setText(tr("This report will carry: {counts}.", counts=counts_text(counts)))

    def _browse(self) -> None:
        chosen = QFileDialog.getExistingDirectory(self, tr("Save the report to"), self.destination.text())
        if chosen:
            self.destination.setText(chosen)

    def send(self) -> None:
        out = Path(self.destination.text()).expanduser()
        self.send_button.setEnabled(False)
        self.message.setText("")
        self.done_text.setText("")
        self.progress.reset()

        def op(vault: Vault, progress: Progress) -> export.ReportResult:
            return export.export_report(vault, out, progress)
        self.ctx.worker.submit(op, self._sent, self._failed, self.progress.update_progress)

    def _sent(self, result: export.ReportResult) -> None:
        self.result_data = result
        self.send_button.setEnabled(True)
        self.done_text.setText(tr("Wrote field report {sequence} to {path}: {counts}.", sequence=result.sequence,
                                  path=str(result.path), counts=counts_text(result.counts)) + "\n"
                               + tr("Take the stick to the coordinator. The next report repeats everything "
                                    "until the coordinator's next bundle confirms it."))

    def _failed(self, message: str) -> None:
        self.send_button.setEnabled(True)
        self.message.setText(message)
