"""One editor widget per schema Field type, each able to load and return a JSON value.

Lists of objects (channels, steps) are edited as a small table of their
scalar members; nested lists inside an object are kept as they were.
"""
from __future__ import annotations

from typing import Any
from zoneinfo import ZoneInfo

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from binder.gui.models.columns import enum_label, field_label
from binder.i18n import tr
from binder.model import clock, schema
from binder.model.schema import Field

SCALARS = (schema.STR, schema.TEXT, schema.INT, schema.BOOL, schema.DATE, schema.DATETIME, schema.ENUM,
           schema.REF)


class Editor:
    """Common interface: `widget`, `set_value(value)`, `value()`."""
    widget: QWidget

    def set_value(self, value: Any) -> None:
        raise NotImplementedError

    def value(self) -> Any:
        raise NotImplementedError


class LineEditor(Editor):
    widget: QLineEdit

    def __init__(self, fl: Field, tz: ZoneInfo | None = None) -> None:
        self.widget = QLineEdit()
        self.fl = fl
        self.tz = tz or clock.zone()
        self._shown: tuple[str, Any] = ("", None)      # (text shown, the stored value it came from)
        if fl.type == schema.DATE:
            self.widget.setPlaceholderText("YYYY-MM-DD")
        elif fl.type == schema.DATETIME:
            self.widget.setPlaceholderText("YYYY-MM-DD HH:MM")

    def set_value(self, value: Any) -> None:
        text = "" if value is None else str(value)
        if self.fl.type == schema.DATETIME and text:
            text = clock.format_local(text, self.tz)       # the binder's local time, no offset
        self._shown = (text, value)
        self.widget.setText(text)

    def value(self) -> Any:
        text = self.widget.text()
        if self.fl.type != schema.DATETIME or not text.strip():
            return text
        if text == self._shown[0]:
            return self._shown[1]                          # untouched: exactly as stored
        try:
            return clock.parse(text, self.tz).isoformat()  # typed in the binder's local time
        except ValueError:
            return text                                    # validation names the field


class TextEditor(Editor):
    widget: QPlainTextEdit

    def __init__(self, fl: Field) -> None:
        self.widget = QPlainTextEdit()
        self.widget.setTabChangesFocus(True)
        self.widget.setFixedHeight(80)

    def set_value(self, value: Any) -> None:
        self.widget.setPlainText("" if value is None else str(value))

    def value(self) -> Any:
        return self.widget.toPlainText()


class BoolEditor(Editor):
    widget: QCheckBox

    def __init__(self, fl: Field) -> None:
        self.widget = QCheckBox()

    def set_value(self, value: Any) -> None:
        self.widget.setChecked(bool(value))

    def value(self) -> Any:
        return self.widget.isChecked()


class ChoiceEditor(Editor):
    """An enum, or a reference chosen by title (`choices` = [(id, title)])."""
    widget: QComboBox

    def __init__(self, fl: Field, choices: list[tuple[str, str]] | None = None) -> None:
        self.widget = QComboBox()
        self.widget.addItem("", None)
        if fl.type == schema.ENUM:
            for value in fl.enum:
                self.widget.addItem(enum_label(value), value)
        for value, title in choices or []:
            self.widget.addItem(title, value)

    def set_value(self, value: Any) -> None:
        index = self.widget.findData(value)
        if index < 0 and value:
            self.widget.addItem(str(value), value)
            index = self.widget.count() - 1
        self.widget.setCurrentIndex(max(index, 0))

    def value(self) -> Any:
        return self.widget.currentData()


class LinesEditor(Editor):
    """A list of strings, or of references written as titles, one per line."""
    widget: QPlainTextEdit

    def __init__(self, fl: Field, titles: dict[str, str] | None = None) -> None:
        self.widget = QPlainTextEdit()
        self.widget.setTabChangesFocus(True)
        self.widget.setFixedHeight(80)
        self.widget.setPlaceholderText(tr("One per line"))
        self.titles = titles                      # id -> title for references
        self.ids = {title: rid for rid, title in (titles or {}).items()}
        self.unknown: list[str] = []

    def set_value(self, value: Any) -> None:
        items = value or []
        if self.titles is not None:
            items = [self.titles.get(v, v) for v in items]
        self.widget.setPlainText("\n".join(str(v) for v in items))

    def value(self) -> Any:
        lines = [line.strip() for line in self.widget.toPlainText().splitlines() if line.strip()]
        if self.titles is None:
            return lines
        self.unknown = [line for line in lines if line not in self.ids and line not in self.titles]
        return [self.ids.get(line, line) for line in lines]


class TableEditor(Editor):
    """A list of objects: one row per item, one column per scalar member."""
    widget: QWidget

    def __init__(self, fl: Field) -> None:
        assert fl.item is not None
        self.members = [sub for sub in fl.item.fields if sub.type in SCALARS and sub.type != schema.REF]
        self.original: list[dict[str, Any]] = []
        self.table = QTableWidget(0, len(self.members))
        self.table.setHorizontalHeaderLabels([field_label(m) for m in self.members])
        self.table.setTabKeyNavigation(True)
        self.table.setMinimumHeight(140)
        for column in range(len(self.members)):
            self.table.setColumnWidth(column, 150)
        add = QPushButton(tr("Add row"))
        add.clicked.connect(lambda: self.table.insertRow(self.table.rowCount()))
        remove = QPushButton(tr("Remove row"))
        remove.clicked.connect(self._remove)
        buttons = QHBoxLayout()
        buttons.addWidget(add)
        buttons.addWidget(remove)
        buttons.addStretch(1)
        self.widget = QWidget()
        layout = QVBoxLayout(self.widget)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        layout.addLayout(buttons)

    def _remove(self) -> None:
        row = self.table.currentRow()
        if row >= 0:
            self.table.removeRow(row)
            if row < len(self.original):
                del self.original[row]

    def set_value(self, value: Any) -> None:
        self.original = [dict(v) for v in value or []]
        self.table.setRowCount(len(self.original))
        for row, item in enumerate(self.original):
            for column, member in enumerate(self.members):
                raw = item.get(member.name)
                # QTableWidgetItem text is plain (item views never render rich text)
                self.table.setItem(row, column, QTableWidgetItem("" if raw is None else str(raw)))

    def value(self) -> Any:
        out = []
        for row in range(self.table.rowCount()):
            base = dict(self.original[row]) if row < len(self.original) else {}
            for column, member in enumerate(self.members):
                cell = self.table.item(row, column)
                text = cell.text().strip() if cell else ""
                if text:
                    base[member.name] = text
                else:
                    base.pop(member.name, None)
            base.pop("e164", None)          # recomputed from the number
            if any(v not in ("", None, []) for v in base.values()):
                out.append(base)
        return out


def editor_for(fl: Field, ref_titles: dict[str, dict[str, str]], tz: ZoneInfo | None = None) -> Editor:
    """The editor for one field; `ref_titles[kind]` maps ids to titles for references; times are
    shown and typed in the binder's zone `tz`."""
    if fl.type == schema.TEXT:
        return TextEditor(fl)
    if fl.type == schema.BOOL:
        return BoolEditor(fl)
    if fl.type == schema.ENUM:
        return ChoiceEditor(fl)
    if fl.type == schema.REF:
        titles = ref_titles.get(fl.ref, {})
        return ChoiceEditor(fl, sorted(titles.items(), key=lambda item: item[1]))
    if fl.type == schema.LIST and fl.item is not None:
        if fl.item.type == schema.OBJECT:
            return TableEditor(fl)
        if fl.item.type == schema.REF:
            return LinesEditor(fl, ref_titles.get(fl.item.ref, {}))
        return LinesEditor(fl)
    return LineEditor(fl, tz)
