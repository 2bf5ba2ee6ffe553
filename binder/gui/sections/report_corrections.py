"""Corrections the laptops propose, decided at the coordinator: Accept (the published record
changes; the next bundle carries it) or Reject with a reason (it goes back in the next bundle).
The operator's name is recorded with each decision."""
from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from binder.gui.context import GuiContext
from binder.gui.models.reports import CorrectionModel, correction_field, value_text
from binder.gui.sections.base import fit_columns, make_table
from binder.gui.widgets.message_label import MessageLabel
from binder.gui.widgets.plain_label import PlainLabel
from binder.gui.worker import Progress
from binder.i18n import tr
from binder.reports import corrections
from binder.reports.corrections import Correction
from binder.vault.vault import Vault


class DecideDialog(QDialog):
    """Who decides (and, to reject, why): both typed, OK only when what is required is there."""

    def __init__(self, item: Correction, operator: str, *, reject: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.reject_mode = reject
        self.setWindowTitle(tr("Reject the correction") if reject else tr("Accept the correction"))
        what = PlainLabel(tr("{record}, {field}: {value} (proposed by {author} at {laptop})",
                             record=item.record_title or item.record_id[:8], field=correction_field(item),
                             value=value_text(item.value), author=item.author, laptop=item.laptop))
        self.name = QLineEdit(operator)
        self.name.setAccessibleName(tr("Decided by"))
        self.reason = QLineEdit()
        self.reason.setAccessibleName(tr("Reason"))
        self.reason.setPlaceholderText(tr("Goes back to the laptop with the next bundle"))
        form = QFormLayout()
        form.addRow(PlainLabel(tr("Decided by"), wrap=False), self.name)
        if reject:
            form.addRow(PlainLabel(tr("Reason"), wrap=False), self.reason)
        else:
            self.reason.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(tr("&Reject") if reject else tr("&Accept"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.name.textChanged.connect(lambda _t: self._update())
        self.reason.textChanged.connect(lambda _t: self._update())
        layout = QVBoxLayout(self)
        layout.addWidget(what)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.resize(560, self.sizeHint().height())
        self._update()

    def _update(self) -> None:
        ok = bool(self.name.text().strip()) and (not self.reject_mode or bool(self.reason.text().strip()))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ok)


class CorrectionsPane(QWidget):
    def __init__(self, ctx: GuiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.model = CorrectionModel(lambda: self.ctx.time_zone, self)
        self.table = make_table()
        self.table.setModel(self.model)
        fit_columns(self.table, stretch=4, wrap=(4, 6, 8))
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.show_all = QCheckBox(tr("Show &decided corrections too"))
        self.show_all.toggled.connect(lambda _on: self.reload())
        self.accept_button = QPushButton(tr("&Accept…"))
        self.accept_button.setToolTip(tr("The published record takes the laptop's value; the next bundle carries it."))
        self.accept_button.clicked.connect(lambda: self.decide(reject=False))
        self.reject_button = QPushButton(tr("Re&ject…"))
        self.reject_button.setToolTip(tr("The published value stays; your reason goes back to the laptop."))
        self.reject_button.clicked.connect(lambda: self.decide(reject=True))
        self.empty = MessageLabel()
        self.outcome = MessageLabel()
        self.error = MessageLabel(name="formError")
        self.dialog: DecideDialog | None = None
        self.decided_by = ""
        row = QHBoxLayout()
        row.addWidget(self.accept_button)
        row.addWidget(self.reject_button)
        row.addStretch(1)
        row.addWidget(self.show_all)
        layout = QVBoxLayout(self)
        layout.addWidget(self.error)
        layout.addWidget(self.outcome)
        layout.addWidget(self.empty)
        layout.addWidget(self.table, 1)
        layout.addLayout(row)
        self._update_buttons()

    def reload(self) -> None:
        state = None if self.show_all.isChecked() else "open"
        self.ctx.worker.submit(lambda vault, progress: corrections.list_corrections(vault, state), self._show,
                               self.error.setText)

    def _show(self, items: list[Correction]) -> None:
        self.error.setText("")
        self.model.set_rows(items)
        self.empty.setText("" if items else tr("No proposed corrections are waiting."))
        if items:
            self.table.selectRow(0)
        self._update_buttons()

    def current(self) -> Correction | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_item(rows[0].row()) if rows else None

    def _update_buttons(self) -> None:
        item = self.current()
        is_open = item is not None and item.state == "open"
        self.accept_button.setEnabled(is_open and bool(item and item.kind))
        self.reject_button.setEnabled(is_open)

    def decide(self, *, reject: bool) -> None:
        item = self.current()
        if item is None or item.state != "open":
            return
        self.dialog = DecideDialog(item, self.decided_by or self.ctx.operator, reject=reject, parent=self)
        self.dialog.accepted.connect(lambda: self._decided(item, reject))
        self.dialog.open()

    def _decided(self, item: Correction, reject: bool) -> None:
        assert self.dialog is not None
        name, reason, ident = self.dialog.name.text().strip(), self.dialog.reason.text(), item.id
        self.decided_by = name                # the next decision starts with the same name

        def op(vault: Vault, progress: Progress) -> Correction:
            if reject:
                return corrections.reject(vault, ident, reason, name)
            return corrections.accept(vault, ident, name)

        def done(decided: Correction) -> None:
            self.outcome.setText(
                tr("Rejected: {title}, {field}. The reason goes back to {laptop} with the next bundle.",
                   title=decided.record_title, field=correction_field(decided), laptop=decided.laptop) if reject
                else tr("Accepted: {title}, {field} changed. The next bundle carries it to every laptop.",
                        title=decided.record_title, field=correction_field(decided)))
            self.reload()
        self.accept_button.setEnabled(False)
        self.reject_button.setEnabled(False)
        self.ctx.worker.submit(op, done, self._failed)

    def _failed(self, message: str) -> None:
        self.error.setText(message)
        self._update_buttons()

    def clear(self) -> None:
        self.model.clear()
        self.outcome.setText("")
        self.error.setText("")
        self._update_buttons()
