"""The persistent banner: binder version, valid-as-of date and age, stale warnings, conflicts, operator."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QVBoxLayout, QWidget

from binder.gui.widgets.plain_label import PlainLabel
from binder.i18n import tr
from binder.store.overview import BannerInfo


class Banner(QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("banner")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 6, 12, 6)
        top = QHBoxLayout()
        self.identity = PlainLabel("", wrap=False)
        self.identity.setObjectName("bannerTitle")
        self.age = PlainLabel("", wrap=False)
        self.conflicts = PlainLabel("", wrap=False)
        self.conflicts.setObjectName("warning")
        self.operator = PlainLabel("", wrap=False)
        self.operator.setObjectName("bannerOperator")
        self.operator.setAccessibleName(tr("Operator"))
        top.addWidget(self.identity)
        top.addStretch(1)
        top.addWidget(self.conflicts)
        top.addWidget(self.age)
        layout.addLayout(top)
        self.warnings = PlainLabel("")
        self.warnings.setObjectName("warning")
        second = QHBoxLayout()              # the operator on its own line: never squeezed by the top row
        second.addWidget(self.operator, 0, Qt.AlignmentFlag.AlignTop)
        second.addSpacing(16)
        second.addWidget(self.warnings, 1)
        layout.addLayout(second)
        self.info: BannerInfo | None = None

    def show_info(self, info: BannerInfo) -> None:
        self.info = info
        role = tr("Publisher vault") if info.publisher else tr("Laptop")
        self.identity.setText(tr("{organisation} — binder {version} ({role})", organisation=info.organisation,
                                 version=info.version, role=role))
        if info.empty:
            self.age.setText(tr("Empty binder: import the coordinator's bundle (Ctrl+I)") if not info.publisher
                             else tr("Empty binder"))
        elif info.valid_as_of and info.age_days is not None:
            self.age.setText(tr("Valid as of {date} — data is {days} days old", date=info.valid_as_of,
                                days=info.age_days))
        else:
            self.age.setText("")
        self.conflicts.setText(tr("{count} open conflicts", count=info.conflicts) if info.conflicts else "")
        texts = [tr(text, **params) for text, params in info.warnings]
        self.warnings.setText("  ·  ".join(texts))
        self.warnings.setVisible(bool(texts))

    def set_operator(self, name: str, role: str = "") -> None:
        """Who is at the keyboard (recorded on every entry); empty until someone is named."""
        if not name:
            self.operator.setText("")
        elif role:
            self.operator.setText(tr("Operator: {name} ({role})", name=name, role=role))
        else:
            self.operator.setText(tr("Operator: {name}", name=name))

    def clear(self) -> None:
        self.info = None
        for label in (self.identity, self.age, self.conflicts, self.warnings, self.operator):
            label.setText("")
