"""Edit a record in a form built from the schema's Field declarations.

Validation messages appear under the field they concern (never in a modal box).
On a publisher vault the record is saved; on a laptop a published record is
*amended* field by field (the coordinator's data stays as published).
"""
from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QFormLayout, QHBoxLayout, QPushButton, QScrollArea, QVBoxLayout, QWidget

from binder.errors import ValidationError
from binder.gui.context import GuiContext
from binder.gui.models.columns import display_title, field_label
from binder.gui.widgets.field_editors import Editor, LinesEditor, editor_for
from binder.gui.widgets.plain_label import PlainLabel
from binder.gui.worker import Progress
from binder.i18n import language, tr
from binder.model import schema
from binder.model.validate import clean_record
from binder.store import amendments, records, views
from binder.store.records import Record
from binder.vault.vault import Vault


def ref_kinds(kind: schema.Kind) -> set[str]:
    out = set()
    for fl in kind.fields:
        target = fl.item if fl.type == schema.LIST and fl.item is not None else fl
        if target.type == schema.REF:
            out.add(target.ref)
    return out


def field_of_error(where: str) -> str:
    """'channels[2].value' -> 'channels'."""
    return where.split(".", 1)[0].split("[", 1)[0]


class RecordFormDialog(QDialog):
    saved = Signal(object)        # the saved Record

    def __init__(self, ctx: GuiContext, kind: str, record: Record | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.kind = schema.KINDS[kind]
        self.record = record
        self.amending = record is not None and record.origin == "published" and not ctx.publisher
        title = (display_title(record, {}, ctx.time_zone) if record
                 else tr("New: {kind}", kind=self.kind.label(language())))
        self.setWindowTitle(tr("Amend {title}", title=title) if self.amending else title)
        self.resize(760, 640)
        self.editors: dict[str, Editor] = {}
        self.errors: dict[str, PlainLabel] = {}
        self.form_holder = QWidget()
        self.form = QFormLayout(self.form_holder)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.form_holder)
        self.message = PlainLabel("")
        self.message.setObjectName("formError")
        self.save_button = QPushButton(tr("&Save amendment") if self.amending else tr("&Save"))
        self.save_button.setDefault(True)
        self.save_button.setEnabled(False)
        self.save_button.clicked.connect(self.save)
        cancel = QPushButton(tr("Cancel"))
        cancel.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        if self.amending:
            buttons.addWidget(PlainLabel(tr("Your changes are kept as amendments and marked as such; "
                                            "the coordinator's version stays visible in the history.")))
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(cancel)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        kinds = ref_kinds(self.kind)
        ctx.worker.submit(lambda vault, progress: views.ref_choices(vault, kinds), self._build, self.message.setText)

    def _build(self, ref_titles: dict[str, dict[str, str]]) -> None:
        data = self.record.data if self.record else {}
        for fl in self.kind.fields:
            editor = editor_for(fl, ref_titles, self.ctx.time_zone)
            editor.set_value(data.get(fl.name))
            caption = field_label(fl) + (" *" if fl.required else "")
            error = PlainLabel("")
            error.setObjectName("formError")
            error.hide()
            holder = QWidget()
            column = QVBoxLayout(holder)
            column.setContentsMargins(0, 0, 0, 0)
            column.addWidget(editor.widget)
            column.addWidget(error)
            label = PlainLabel(caption, wrap=False)
            label.setBuddy(editor.widget)
            self.form.addRow(label, holder)
            self.editors[fl.name] = editor
            self.errors[fl.name] = error
        self.save_button.setEnabled(True)
        first = self.editors[self.kind.fields[0].name].widget
        first.setFocus()

    def collect(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        for name, editor in self.editors.items():
            value = editor.value()
            if value not in (None, "", []):
                data[name] = value
        return data

    def show_field_error(self, name: str, message: str) -> None:
        label = self.errors.get(name)
        if label is None:
            self.message.setText(message)
            return
        label.setText(message)
        label.show()
        self.editors[name].widget.setFocus()

    def clear_errors(self) -> None:
        for label in self.errors.values():
            label.hide()
        self.message.setText("")

    def validate(self) -> dict[str, Any] | None:
        """Check on the GUI thread (pure model rules); show the first problem in place."""
        self.clear_errors()
        data = self.collect()
        for name, editor in self.editors.items():
            if isinstance(editor, LinesEditor) and editor.unknown:
                self.show_field_error(name, tr("Not found: {names}", names=", ".join(editor.unknown)))
                return None
        try:
            return clean_record(self.kind, data)
        except ValidationError as exc:
            name = field_of_error(exc.where)
            self.show_field_error(name, exc.message())
            return None

    def save(self) -> None:
        cleaned = self.validate()
        if cleaned is None:
            return
        kind, record, who = self.kind.name, self.record, self.ctx.operator
        if self.amending:
            assert record is not None
            changed = [fl.name for fl in self.kind.fields if cleaned.get(fl.name) != record.data.get(fl.name)]
            if not changed:
                self.message.setText(tr("Nothing was changed."))
                return

            def amend_op(vault: Vault, progress: Progress) -> Record:
                for name in changed:
                    amendments.amend(vault, kind, record.id, name, cleaned.get(name), author=who)
                return records.get(vault, kind, record.id)
            op = amend_op
        else:
            def save_op(vault: Vault, progress: Progress) -> Record:
                return records.save(vault, kind, cleaned, record.id if record else None)
            op = save_op
        self.save_button.setEnabled(False)
        self.ctx.worker.submit(op, self._saved, self._failed)

    def _saved(self, record: Record) -> None:
        self.saved.emit(record)
        self.accept()

    def _failed(self, message: str) -> None:
        self.save_button.setEnabled(True)
        where, sep, rest = message.partition(": ")
        if sep and field_of_error(where) in self.errors:
            self.show_field_error(field_of_error(where), rest)
        else:
            self.message.setText(message)
