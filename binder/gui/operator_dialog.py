"""Who is at the keyboard: asked when the window unlocks, and again at a shift handover.

The name (and crisis role) is what every tick, log entry, status change and correction made
from this window records. The names used on this laptop are offered as a pick list; they come
from the vault (`binder.store.operators.known`) and the choice is kept there (`remember`), both on
the worker thread. At unlock, Escape or "Lock" locks the window again: nobody works unnamed. At a
handover, Escape keeps the current operator.
"""
from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from binder.gui.context import GuiContext
from binder.gui.widgets.plain_label import PlainLabel
from binder.gui.worker import Progress
from binder.i18n import tr
from binder.store import operators
from binder.store.operators import Operator
from binder.vault.vault import Vault


class OperatorDialog(QDialog):
    chosen = Signal(str, str)          # name, crisis role (already recorded in ctx and the vault)

    def __init__(self, ctx: GuiContext, parent: QWidget | None = None, *, handover: bool = False) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.handover = handover
        self.known: list[Operator] = []
        self._role_typed = False
        self._done = False                 # answered or closed: late worker results are dropped
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setObjectName("operatorDialog")
        self.setWindowTitle(tr("Change operator") if handover else tr("Who is at the keyboard?"))
        self.setModal(True)
        self.setMinimumWidth(460)
        heading = PlainLabel(tr("Shift handover: who takes over?") if handover
                             else tr("Who is at the keyboard?"), wrap=True)
        heading.setObjectName("heading")
        explain = PlainLabel(tr("Your name is recorded on every log entry, ticked step, status change and "
                                "correction you make. Pick your name from the list or type it."))
        self.name = QComboBox()
        self.name.setEditable(True)
        self.name.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.name.setAccessibleName(tr("Your name"))
        edit = self.name.lineEdit()
        assert edit is not None                     # the combo box is editable
        self.name_edit: QLineEdit = edit
        self.name_edit.setPlaceholderText(tr("First name and surname"))
        self.name_edit.setMaxLength(120)
        self.name.currentTextChanged.connect(self._name_changed)
        completer = QCompleter(self.name.model(), self.name)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.name.setCompleter(completer)
        self.role = QLineEdit()
        self.role.setAccessibleName(tr("Your crisis role"))
        self.role.setPlaceholderText(tr("For example Chief of staff, Log keeper"))
        self.role.setMaxLength(120)
        self.role.textEdited.connect(self._role_edited)
        name_label = QLabel(tr("&Name:"))
        name_label.setBuddy(self.name)
        role_label = QLabel(tr("Crisis &role:"))
        role_label.setBuddy(self.role)
        form = QFormLayout()
        form.addRow(name_label, self.name)
        form.addRow(role_label, self.role)
        self.message = PlainLabel("")
        self.message.setObjectName("formError")
        self.message.hide()
        buttons = QDialogButtonBox()
        self.ok_button = QPushButton(tr("&Continue") if not handover else tr("&Take over"))
        self.ok_button.setObjectName("primary")
        self.ok_button.setDefault(True)
        self.ok_button.setAutoDefault(True)
        buttons.addButton(self.ok_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.cancel_button = QPushButton(tr("Cancel") if handover else tr("&Lock"))
        buttons.addButton(self.cancel_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.ok_button.clicked.connect(self.submit)
        self.cancel_button.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(explain)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addStretch(1)
        layout.addWidget(buttons)
        start = "" if handover else ctx.previous_operator
        self.name.setEditText(start)
        self.name_edit.selectAll()
        self.name.setFocus()
        self._load()

    # -- the pick list ---------------------------------------------------------
    def _load(self) -> None:
        def op(vault: Vault, progress: Progress) -> list[Operator]:
            return operators.known(vault)
        self.ctx.worker.submit(op, self._show_known, self._show_error)

    def _show_known(self, known: list[Operator]) -> None:
        if self._done:
            return
        typed = self.name.currentText()
        self.known = known
        self.name.blockSignals(True)
        self.name.clear()
        for item in known:
            self.name.addItem(item.name)
        index = self._index_of(typed)
        self.name.setCurrentIndex(index)          # the arrow keys move on from the name shown
        self.name.setEditText(typed)
        self.name.blockSignals(False)
        if typed:
            self.name_edit.selectAll()
        self._name_changed(typed)

    def _index_of(self, name: str) -> int:
        key = name.strip().casefold()
        return next((i for i, o in enumerate(self.known) if o.name.casefold() == key), -1) if key else -1

    def _find(self, name: str) -> Operator | None:
        index = self._index_of(name)
        return self.known[index] if index >= 0 else None

    def _name_changed(self, text: str) -> None:
        found = self._find(text)
        if found is not None and not self._role_typed:
            self.role.setText(found.role)

    def _role_edited(self, _text: str) -> None:
        self._role_typed = True

    # -- choosing --------------------------------------------------------------
    def submit(self) -> None:
        name, role = self.name.currentText().strip(), self.role.text().strip()
        if not name:
            self._show_error(tr("Write your name first."))
            self.name.setFocus()
            return

        def op(vault: Vault, progress: Progress) -> Operator:
            return operators.remember(vault, name, role)
        self.ok_button.setEnabled(False)
        self.ctx.worker.submit(op, self._remembered, self._failed)

    def _remembered(self, operator: Operator) -> None:
        if self._done:                      # closed meanwhile (the window locked): name nobody
            return
        self.ok_button.setEnabled(True)
        self.ctx.set_operator(operator.name, operator.role)
        self.chosen.emit(operator.name, operator.role)
        self.accept()

    def _failed(self, message: str) -> None:
        if self._done:
            return
        self.ok_button.setEnabled(True)
        self._show_error(message)

    def done(self, result: int) -> None:
        self._done = True
        super().done(result)

    def _show_error(self, message: str) -> None:
        if self._done:
            return
        self.message.setText(message)
        self.message.setVisible(bool(message))

