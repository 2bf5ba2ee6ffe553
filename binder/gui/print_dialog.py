"""Print the binder or save it as a PDF: sections, language, "only what changed"; built off the GUI
thread (in the printing subprocess) with progress; open the result or send it to a printer."""
from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import platformdirs
from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from binder.gui.context import GuiContext
from binder.gui.widgets.plain_label import PlainLabel
from binder.gui.widgets.progress_panel import ProgressPanel
from binder.gui.worker import Progress
from binder.i18n import language, tr
from binder.printing import SECTIONS, PrintResult, send_to_printer
from binder.printing.labels import section_title
from binder.printing.worker import run_in_subprocess
from binder.vault.vault import Vault

STEPS = 1000


def default_pdf_path() -> Path:
    folder = Path(platformdirs.user_documents_dir())
    return folder / f"krisparm-binder-{date.today().isoformat()}.pdf"


class PrintDialog(QDialog):
    def __init__(self, ctx: GuiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.result_data: PrintResult | None = None
        self.setWindowTitle(tr("Print the binder"))
        self.resize(640, 520)
        self.section_boxes: dict[str, QCheckBox] = {}
        grid = QGridLayout()
        for i, section in enumerate(SECTIONS):
            box = QCheckBox(section_title(section, language()))
            box.setChecked(True)
            self.section_boxes[section] = box
            grid.addWidget(box, i // 2, i % 2)
        self.lang = QComboBox()
        self.lang.addItem("Svenska", "sv")
        self.lang.addItem("English", "en")
        self.lang.setCurrentIndex(0 if language() == "sv" else 1)
        self.changed_only = QCheckBox(tr("Only what &changed since the last print"))
        self.out = QLineEdit(str(default_pdf_path()))
        self.out.setAccessibleName(tr("Save the PDF as"))
        browse = QPushButton(tr("&Browse…"))
        browse.clicked.connect(self._browse)
        self.progress = ProgressPanel()
        self.message = PlainLabel("")
        self.message.setObjectName("formError")
        self.done_text = PlainLabel("")
        self.build_button = QPushButton(tr("&Make PDF"))
        self.build_button.setObjectName("primary")
        self.build_button.setDefault(True)
        self.build_button.clicked.connect(self.build)
        self.open_button = QPushButton(tr("&Open PDF"))
        self.open_button.clicked.connect(self.open_result)
        self.printer_button = QPushButton(tr("Send to &printer"))
        self.printer_button.clicked.connect(self.send_to_printer)
        close = QPushButton(tr("Close"))
        close.clicked.connect(self.accept)
        out_row = QHBoxLayout()
        out_row.addWidget(self.out, 1)
        out_row.addWidget(browse)
        lang_row = QHBoxLayout()
        lang_row.addWidget(PlainLabel(tr("Language:"), wrap=False))
        lang_row.addWidget(self.lang)
        lang_row.addStretch(1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.build_button)
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.printer_button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(PlainLabel(tr("Sections"), wrap=False))
        layout.addLayout(grid)
        layout.addLayout(lang_row)
        layout.addWidget(self.changed_only)
        layout.addWidget(PlainLabel(tr("Save the PDF as"), wrap=False))
        layout.addLayout(out_row)
        layout.addWidget(self.progress)
        layout.addWidget(self.message)
        layout.addWidget(self.done_text)
        layout.addStretch(1)
        layout.addLayout(buttons)
        self._set_result(None)

    def _browse(self) -> None:
        name, _f = QFileDialog.getSaveFileName(self, tr("Save the PDF as"), self.out.text(), "PDF (*.pdf)")
        if name:
            self.out.setText(name if name.lower().endswith(".pdf") else name + ".pdf")

    def chosen_sections(self) -> list[str]:
        return [s for s, box in self.section_boxes.items() if box.isChecked()]

    def build(self) -> None:
        sections = self.chosen_sections()
        if not sections:
            self.message.setText(tr("Choose at least one section."))
            return
        out = Path(self.out.text()).expanduser()
        options: dict[str, Any] = {"sections": sections, "lang": self.lang.currentData(),
                                   "since_print": self.changed_only.isChecked()}
        self.message.setText("")
        self.progress.reset()
        self.build_button.setEnabled(False)
        self._set_result(None)

        def op(vault: Vault, progress: Progress) -> PrintResult:
            out.parent.mkdir(parents=True, exist_ok=True)
            return run_in_subprocess(vault, out, progress=lambda fraction, text: progress(
                int(fraction * STEPS), STEPS, text), **options)
        self.ctx.worker.submit(op, self._built, self._failed, self.progress.update_progress)

    def _built(self, result: PrintResult) -> None:
        self.build_button.setEnabled(True)
        self.progress.update_progress(STEPS, STEPS, "")
        self._set_result(result)
        self.done_text.setText(tr("{pages} pages saved to {path}", pages=result.pages, path=result.path))

    def _failed(self, message: str) -> None:
        self.build_button.setEnabled(True)
        self.message.setText(message)

    def _set_result(self, result: PrintResult | None) -> None:
        self.result_data = result
        self.open_button.setEnabled(result is not None)
        self.printer_button.setEnabled(result is not None)

    def open_result(self) -> None:
        if self.result_data is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(self.result_data.path))

    def send_to_printer(self) -> None:
        if self.result_data is None:
            return
        path = self.result_data.path
        self.ctx.worker.run_unlocked(lambda progress: send_to_printer(path),
                                     lambda queue: self.done_text.setText(tr("Sent to the printer {name}.",
                                                                             name=queue)),
                                     self.message.setText)
