"""A read-only detail pane for one record, built from the schema's Field declarations.

All values are shown with `PlainLabel` (never rich text). Phone numbers and
other channel values get a Copy button that goes through the clipboard guard.
"""
from __future__ import annotations

from collections.abc import Callable
from typing import Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QGridLayout,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSpacerItem,
    QVBoxLayout,
    QWidget,
)

from binder.gui.clipboard import ClipboardGuard
from binder.gui.models.columns import display_title, enum_label, field_label
from binder.gui.widgets.plain_label import PlainLabel
from binder.i18n import tr
from binder.model import clock, schema
from binder.model.phones import PHONE_CHANNELS
from binder.model.schema import Field
from binder.store.records import Record


def format_value(fl: Field, value: Any, titles: dict[str, str], tz: ZoneInfo | None = None) -> str:
    """One field's value as text (lists one per line; references by title; times local to `tz`,
    the binder's zone)."""
    if fl.type == schema.REF:
        return titles.get(str(value), str(value))
    if fl.type == schema.ENUM:
        return enum_label(str(value))
    if fl.type == schema.BOOL:
        return tr("Yes") if value else tr("No")
    if fl.type == schema.DATETIME:
        return clock.format_local(str(value), tz)
    if fl.type == schema.LIST and fl.item is not None:
        item = fl.item
        if item.type == schema.OBJECT:
            # one line per item; a list inside an item (a step's contacts) stays on that line
            return "\n".join(" · ".join(format_value(sub, obj[sub.name], titles, tz).replace("\n", ", ")
                                        for sub in item.fields if obj.get(sub.name) not in (None, "", []))
                             for obj in value)
        return "\n".join(format_value(item, v, titles, tz) for v in value)
    return str(value)


CAPTION_WIDTH = 130        # px: the channel captions' column (a longer caption wraps)
BREAK_AFTER = "@.-_/,"
ZERO_WIDTH_SPACE = "\u200b"


def breakable(text: str) -> str:
    """`text` with invisible break chances after @ . - _ / , so a long e-mail address wraps in a
    narrow pane instead of being cut (shown only; never copied)."""
    return "".join(ch + ZERO_WIDTH_SPACE if ch in BREAK_AFTER else ch for ch in text)


def _body() -> tuple[QWidget, QVBoxLayout]:
    """The pane's content: exactly as wide as the pane (it wraps; it never pushes anything off the side)."""
    body = QWidget()
    body.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
    layout = QVBoxLayout(body)
    layout.addStretch(1)
    return body, layout


class DetailView(QScrollArea):
    """Scrolls up and down; every text wraps to the pane's width (never scrolled sideways)."""

    def __init__(self, clipboard: ClipboardGuard, zone: Callable[[], ZoneInfo] = clock.zone,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._clipboard = clipboard
        self._zone = zone
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._body, self._layout = _body()
        self.setWidget(self._body)
        self.record: Record | None = None

    def clear(self) -> None:
        self.record = None
        self._body, self._layout = _body()
        self.setWidget(self._body)

    def add_heading(self, text: str) -> PlainLabel:
        label = PlainLabel(text)
        label.setObjectName("heading")
        self._layout.insertWidget(self._layout.count() - 1, label)
        return label

    def add_widget(self, widget: QWidget) -> None:
        self._layout.insertWidget(self._layout.count() - 1, widget)

    def add_copy_line(self, caption: str, value: str, kind: str = "") -> QPushButton:
        """A line 'caption  value  [Copy]' (the button copies and clears after 30 s).

        The caption wraps between words; a phone number is never broken; an e-mail or postal
        address wraps, also inside long words, so the Copy button always stays in the pane.
        """
        row = QWidget()
        grid = QGridLayout(row)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setVerticalSpacing(2)
        caption_label = PlainLabel(caption)
        metrics = caption_label.fontMetrics()
        longest_word = max((metrics.horizontalAdvance(word) for word in caption.split()), default=0)
        if longest_word <= CAPTION_WIDTH:        # beside the value, wrapping in its column
            caption_label.setFixedWidth(CAPTION_WIDTH)
            # level with a one-line number; at the top of a wrapped address
            grid.addWidget(caption_label, 0, 0, Qt.AlignmentFlag.AlignVCenter if kind in PHONE_CHANNELS
                           else Qt.AlignmentFlag.AlignTop)
            line = 0
        else:                                    # a caption with a very long word goes above
            grid.addWidget(caption_label, 0, 0, 1, 3)
            grid.addItem(QSpacerItem(CAPTION_WIDTH, 0), 1, 0)
            line = 1
        if kind in PHONE_CHANNELS:
            value_label = PlainLabel(value, wrap=False)
            value_label.setObjectName("phone")
        else:          # not selectable: the break marks never reach the clipboard (Copy gives the value)
            value_label = PlainLabel(breakable(value), selectable=False)
            value_label.setObjectName("channelValue")
        value_label.setAccessibleName(value)
        grid.addWidget(value_label, line, 1)
        grid.setColumnStretch(1, 1)
        button = QPushButton(tr("Copy"))
        button.setAccessibleName(tr("Copy {value}", value=value))
        button.clicked.connect(lambda: self._clipboard.copy(value))
        grid.addWidget(button, line, 2, Qt.AlignmentFlag.AlignTop)
        self.add_widget(row)
        return button

    def show_record(self, record: Record, titles: dict[str, str], *, skip: tuple[str, ...] = ()) -> None:
        """Every filled field of `record`, labelled; amended fields marked."""
        self.clear()
        self.record = record
        kind = schema.KINDS[record.kind]
        zone = self._zone()
        self.add_heading(display_title(record, titles, zone))
        form_holder = QWidget()
        form = QFormLayout(form_holder)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)   # a long value goes under its label
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for fl in kind.fields:
            value = record.data.get(fl.name)
            if fl.name in skip or value in (None, "", []):
                continue
            caption = field_label(fl)
            if fl.name in record.amended:
                caption = tr("{label} (amended here)", label=caption)
            form.addRow(PlainLabel(caption), PlainLabel(format_value(fl, value, titles, zone)))
        if record.origin == "published" and record.version:
            form.addRow(PlainLabel(tr("Revision")), PlainLabel(str(record.version)))
        self.add_widget(form_holder)
