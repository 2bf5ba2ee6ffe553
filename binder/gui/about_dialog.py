"""About Krispärm: program version, the open vault (path, role, schema, binder version,
fingerprint) and the licences of the bundled fonts."""
from __future__ import annotations

import platform
from pathlib import Path

import PySide6
from PySide6.QtCore import qVersion
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QPlainTextEdit,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

import binder
from binder.gui.context import GuiContext
from binder.gui.widgets.plain_label import PlainLabel
from binder.i18n import tr
from binder.resources import resource_path
from binder.store import overview


def font_licences() -> list[tuple[str, str]]:
    """(file name, text) of every licence file shipped beside the bundled fonts."""
    folder = resource_path("fonts")
    found = sorted(p for p in folder.glob("*") if "LICENSE" in p.name.upper() and p.is_file())
    return [(p.name, p.read_text(encoding="utf-8", errors="replace")) for p in found]


def bundled_fonts() -> list[str]:
    return sorted(p.stem for p in resource_path("fonts").glob("*.tt[fc]"))


class AboutDialog(QDialog):
    def __init__(self, ctx: GuiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(tr("About Krispärm"))
        self.resize(760, 600)
        title = PlainLabel("Krispärm", wrap=False)
        title.setObjectName("appTitle")
        self.version = PlainLabel(tr("Version {version}", version=binder.__version__), wrap=False)
        self.version.setObjectName("heading")
        self.lines: dict[str, PlainLabel] = {}
        self.captions: dict[str, PlainLabel] = {}
        form = QFormLayout()
        for key, caption in (("path", tr("Vault")), ("role", tr("Role")), ("schema", tr("Schema version")),
                             ("binder", tr("Binder version")), ("valid", tr("Valid as of")),
                             ("fingerprint", tr("Fingerprint"))):
            label = PlainLabel("")
            if key == "fingerprint":
                label.setObjectName("phone")
            self.captions[key] = PlainLabel(caption, wrap=False)
            form.addRow(self.captions[key], label)
            self.lines[key] = label
        self.fingerprint_caption = self.captions["fingerprint"]
        self.message = PlainLabel("")
        self.message.setObjectName("formError")
        self.message.hide()
        runtime = PlainLabel(tr("Qt {qt}, PySide6 {pyside} (LGPL v3), Python {python}. Works offline; "
                                "Krispärm makes no network connections.", qt=qVersion(),
                                pyside=PySide6.__version__, python=platform.python_version()))
        runtime.setObjectName("muted")
        fonts_heading = PlainLabel(tr("Bundled fonts: {fonts}", fonts=", ".join(bundled_fonts())))
        self.licences = QTabWidget()
        self.licences.setAccessibleName(tr("Font licences"))
        for name, text in font_licences():
            view = QPlainTextEdit()
            view.setReadOnly(True)
            view.setPlainText(text)
            self.licences.addTab(view, Path(name).stem)
        close = QPushButton(tr("&Close"))
        close.setDefault(True)
        close.clicked.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(self.version)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(runtime)
        layout.addWidget(fonts_heading)
        layout.addWidget(self.licences, 1)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(close)
        layout.addLayout(bottom)
        self.info: overview.AboutInfo | None = None
        self.reload()

    def reload(self) -> None:
        self.ctx.worker.submit(lambda vault, progress: overview.about_info(vault), self._show, self._failed)

    def _failed(self, message: str) -> None:
        self.message.setText(message)
        self.message.show()

    def _show(self, info: overview.AboutInfo) -> None:
        self.info = info
        self.lines["path"].setText(info.path)
        role = tr("Publisher vault") if info.publisher else tr("Laptop")
        self.lines["role"].setText(f"{role} — {info.organisation}" if info.organisation else role)
        self.lines["schema"].setText(str(info.schema_version))
        self.lines["binder"].setText(info.binder_version)
        self.lines["valid"].setText(info.valid_as_of or tr("(not yet)"))
        self.lines["fingerprint"].setText(info.fingerprint)
        self.fingerprint_caption.setText(tr("Publisher fingerprint") if info.publisher else tr("Laptop fingerprint"))
        self.lines["fingerprint"].setToolTip(
            tr("The publisher's signing key, read aloud when a laptop is set up.") if info.publisher
            else tr("The fingerprint of this laptop's recipient (age1…), read aloud when the coordinator "
                    "enrols it."))
