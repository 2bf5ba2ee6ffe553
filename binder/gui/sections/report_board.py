"""The coordinator's restoration board: the newest status of every system from any laptop,
who set it, where and when; blocked systems and RTO overruns marked."""
from __future__ import annotations

from PySide6.QtWidgets import QVBoxLayout, QWidget

from binder.gui.context import GuiContext
from binder.gui.models.reports import BoardModel
from binder.gui.sections.base import fit_columns, make_table
from binder.gui.widgets.message_label import MessageLabel
from binder.gui.widgets.plain_label import PlainLabel
from binder.i18n import tr
from binder.reports import board


class BoardPane(QWidget):
    def __init__(self, ctx: GuiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        intro = PlainLabel(tr("The newest status of every system, set here or on any laptop, in restoration "
                              "order. Red: blocked by a system not yet restored, or down longer than its RTO."))
        intro.setObjectName("muted")
        self.model = BoardModel(lambda: self.ctx.time_zone, self)
        self.table = make_table()
        self.table.setModel(self.model)
        fit_columns(self.table, stretch=7, wrap=(7,))
        self.summary = PlainLabel("")
        self.error = MessageLabel(name="formError")
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.error)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.summary)

    def reload(self) -> None:
        self.ctx.worker.submit(lambda vault, progress: board.board(vault), self._show, self.error.setText)

    def _show(self, items: list[board.BoardItem]) -> None:
        self.error.setText("")
        self.model.set_rows(items)
        self.summary.setText(tr("{total} systems: {blocked} blocked, {overrun} past their RTO.", total=len(items),
                                blocked=sum(bool(i.blocked_by) for i in items),
                                overrun=sum(i.rto_overrun for i in items)))

    def clear(self) -> None:
        self.model.clear()
        self.summary.setText("")
        self.error.setText("")
