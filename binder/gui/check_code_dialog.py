"""The check-code lookup: "is this printed page current?"."""
from __future__ import annotations

from zoneinfo import ZoneInfo

from PySide6.QtWidgets import QDialog, QHBoxLayout, QLineEdit, QPushButton, QVBoxLayout, QWidget

from binder.gui.context import GuiContext
from binder.gui.models.run_steps import local_time
from binder.gui.sections.prints import section_name
from binder.gui.widgets.plain_label import PlainLabel
from binder.gui.worker import Progress
from binder.i18n import tr
from binder.printing import CodeCheck, check_code
from binder.vault.vault import Vault


def describe(check: CodeCheck, tz: ZoneInfo | None = None) -> str:
    """The answer in words: the section by its title, the time in the binder's zone `tz`."""
    section, at = section_name(check.section), local_time(check.printed_at, tz)
    if check.status == "current":
        return tr("Current. Page {page} ({section}) printed {at} in version {version} is still valid.",
                  page=check.page, section=section, at=at, version=check.version)
    if check.status == "older":
        return tr("Out of date. Page {page} ({section}) was printed {at} in version {version}; the binder is "
                  "now {current}. Print the section again.", page=check.page, section=section,
                  at=at, version=check.version, current=check.current_version)
    if check.status == "snapshot":
        return tr("Snapshot. Page {page} of the {section} printed {at} in version {version}; it shows the "
                  "situation at that time.", page=check.page, section=section, at=at, version=check.version)
    return tr("Unknown code {code}. It was not printed from this vault — check the characters.",
              code=check.code)


class CheckCodeDialog(QDialog):
    def __init__(self, ctx: GuiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(tr("Is this page current?"))
        self.resize(520, 220)
        self.code = QLineEdit()
        self.code.setPlaceholderText(tr("The code at the foot of the page"))
        self.code.setAccessibleName(tr("Check code"))
        self.code.returnPressed.connect(self.check)
        button = QPushButton(tr("&Check"))
        button.setDefault(True)
        button.clicked.connect(self.check)
        self.answer = PlainLabel("")
        self.answer.setObjectName("heading")
        close = QPushButton(tr("Close"))
        close.clicked.connect(self.accept)
        row = QHBoxLayout()
        row.addWidget(self.code, 1)
        row.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(PlainLabel(tr("Type the check code printed at the foot of the page:")))
        layout.addLayout(row)
        layout.addWidget(self.answer, 1)
        layout.addWidget(close)
        self.last: CodeCheck | None = None

    def check(self) -> None:
        code = self.code.text()

        def op(vault: Vault, progress: Progress) -> CodeCheck:
            return check_code(vault, code)
        self.ctx.worker.submit(op, self._show, self.answer.setText)

    def _show(self, check: CodeCheck) -> None:
        self.last = check
        self.answer.setText(describe(check, self.ctx.time_zone))
