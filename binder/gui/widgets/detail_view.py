"""A read-only detail pane for one record, built from the schema's Field declarations.

All values are shown with `PlainLabel` (never rich text). Phone numbers and
other channel values get a Copy button that goes through the clipboard guard.
"""
from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QFormLayout, QFrame, QHBoxLayout, QPushButton, QScrollArea,
                               QVBoxLayout, QWidget)

from binder.gui.clipboard import ClipboardGuard
from binder.gui.models.columns import enum_label, field_label
from binder.gui.widgets.plain_label import PlainLabel
from binder.i18n import tr
from binder.model import schema
from binder.model.schema import Field
from binder.store.records import Record


def format_value(fl: Field, value: Any, titles: dict[str, str]) -> str:
    """One field's value as text (lists one per line; references by title)."""
    if fl.type == schema.REF:
        return titles.get(str(value), str(value))
    if fl.type == schema.ENUM:
        return enum_label(str(value))
    if fl.type == schema.BOOL:
        return tr("Yes") if value else tr("No")
    if fl.type == schema.LIST and fl.item is not None:
        item = fl.item
        if item.type == schema.OBJECT:
            return "\n".join(" · ".join(format_value(sub, obj[sub.name], titles)
                                        for sub in item.fields if obj.get(sub.name) not in (None, "", []))
                             for obj in value)
        return "\n".join(format_value(item, v, titles) for v in value)
    return str(value)


class DetailView(QScrollArea):
    def __init__(self, clipboard: ClipboardGuard, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._clipboard = clipboard
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)   # wrap, never scroll sideways
        self._body = QWidget()
        self._layout = QVBoxLayout(self._body)
        self._layout.addStretch(1)
        self.setWidget(self._body)
        self.record: Record | None = None

    def clear(self) -> None:
        self.record = None
        body = QWidget()
        self._layout = QVBoxLayout(body)
        self._layout.addStretch(1)
        self.setWidget(body)
        self._body = body

    def add_heading(self, text: str) -> PlainLabel:
        label = PlainLabel(text)
        label.setObjectName("heading")
        self._layout.insertWidget(self._layout.count() - 1, label)
        return label

    def add_widget(self, widget: QWidget) -> None:
        self._layout.insertWidget(self._layout.count() - 1, widget)

    def add_copy_line(self, caption: str, value: str) -> QPushButton:
        """A line 'caption  value  [Copy]' (the button copies and clears after 30 s)."""
        row = QWidget()
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(PlainLabel(caption, wrap=False))
        value_label = PlainLabel(value, wrap=False)
        value_label.setObjectName("phone")
        layout.addWidget(value_label, 1)
        button = QPushButton(tr("Copy"))
        button.setAccessibleName(tr("Copy {value}", value=value))
        button.clicked.connect(lambda: self._clipboard.copy(value))
        layout.addWidget(button)
        self.add_widget(row)
        return button

    def show_record(self, record: Record, titles: dict[str, str], *, skip: tuple[str, ...] = ()) -> None:
        """Every filled field of `record`, labelled; amended fields marked."""
        self.clear()
        self.record = record
        kind = schema.KINDS[record.kind]
        self.add_heading(record.title)
        form_holder = QWidget()
        form = QFormLayout(form_holder)
        for fl in kind.fields:
            value = record.data.get(fl.name)
            if fl.name in skip or value in (None, "", []):
                continue
            caption = field_label(fl)
            if fl.name in record.amended:
                caption = tr("{label} (amended here)", label=caption)
            form.addRow(PlainLabel(caption, wrap=False), PlainLabel(format_value(fl, value, titles)))
        if record.origin == "published" and record.version:
            form.addRow(PlainLabel(tr("Revision"), wrap=False), PlainLabel(str(record.version)))
        self.add_widget(form_holder)
