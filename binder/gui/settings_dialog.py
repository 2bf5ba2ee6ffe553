"""Preferences: auto-lock time and language (stored in QSettings; no vault data)."""
from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QDoubleSpinBox, QFormLayout, QVBoxLayout, QWidget

from binder.gui.settings import Settings
from binder.gui.widgets.plain_label import PlainLabel
from binder.i18n import tr


class SettingsDialog(QDialog):
    idle_changed = Signal(float)        # minutes
    language_changed = Signal(str)      # "sv", "en" or "" (follow the system); after the dialog closed

    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.setWindowTitle(tr("Settings"))
        self.idle = QDoubleSpinBox()
        self.idle.setRange(0.5, 240)
        self.idle.setDecimals(1)
        self.idle.setSuffix(tr(" min"))
        self.idle.setValue(settings.idle_minutes)
        self.language = QComboBox()
        self.language.addItem(tr("Follow the system"), "")
        self.language.addItem("Svenska", "sv")
        self.language.addItem("English", "en")
        self.language.setCurrentIndex(max(0, self.language.findData(settings.language)))
        form = QFormLayout()
        form.addRow(tr("Lock after &idle time"), self.idle)
        form.addRow(tr("&Language"), self.language)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(PlainLabel(tr("A new language applies at once.")))
        layout.addWidget(buttons)

    def save(self) -> None:
        language = str(self.language.currentData() or "")
        changed = language != self.settings.language
        self.settings.idle_minutes = self.idle.value()
        self.settings.language = language
        self.settings.sync()
        self.idle_changed.emit(self.idle.value())
        self.accept()
        if changed:
            self.language_changed.emit(language)
