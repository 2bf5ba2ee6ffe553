"""The coordinator's timeline: every laptop's log and its own, by time occurred, with filters
(laptop, since) and each laptop's chain status named under the list."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from zoneinfo import ZoneInfo

from PySide6.QtCore import QDate, QDateTime, QTime
from PySide6.QtWidgets import QCheckBox, QComboBox, QDateTimeEdit, QHBoxLayout, QVBoxLayout, QWidget

from binder.gui.context import GuiContext
from binder.gui.models.reports import TimelineModel
from binder.gui.sections.base import fit_columns, make_table
from binder.gui.widgets.message_label import MessageLabel
from binder.gui.widgets.plain_label import PlainLabel
from binder.gui.worker import Progress
from binder.i18n import tr
from binder.model import clock, collation
from binder.reports import timeline
from binder.reports.chain import ChainStatus
from binder.reports.describe import chain_text
from binder.vault.vault import Vault

TIME_FORMAT = "yyyy-MM-dd HH:mm"


@dataclass
class TimelineView:
    entries: list[timeline.TimelineEntry]
    chains: dict[str, ChainStatus]


def load(vault: Vault, since: datetime | None, laptop: str | None) -> TimelineView:
    return TimelineView(timeline.timeline(vault, since=since, laptop=laptop), timeline.chains(vault))


def since_moment(edit: QDateTimeEdit, zone: ZoneInfo) -> datetime:
    """The time typed, read as the binder's wall-clock time (never the computer's zone)."""
    return clock.parse(edit.dateTime().toString("yyyy-MM-ddTHH:mm"), zone)


class TimelinePane(QWidget):
    def __init__(self, ctx: GuiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.laptop = QComboBox()
        self.laptop.setAccessibleName(tr("Show entries from"))
        self.laptop.addItem(tr("All laptops and the coordinator"), None)
        self.laptop.currentIndexChanged.connect(lambda _i: self.reload())
        self.use_since = QCheckBox(tr("&Since"))
        self.since = QDateTimeEdit()
        self.since.setDisplayFormat(TIME_FORMAT)
        self.since.setCalendarPopup(True)
        self.since.setAccessibleName(tr("Only entries that occurred at or after this time"))
        self.since.setEnabled(False)
        now = clock.now().astimezone(ctx.time_zone)
        self.since.setDateTime(QDateTime(QDate(now.year, now.month, now.day), QTime(0, 0)))
        self.use_since.toggled.connect(self.since.setEnabled)
        self.use_since.toggled.connect(lambda _on: self.reload())
        self.since.editingFinished.connect(self.reload)
        self.model = TimelineModel(lambda: self.ctx.time_zone, self)
        self.table = make_table()
        self.table.setModel(self.model)
        fit_columns(self.table, stretch=4, wrap=(4,))
        self.count = PlainLabel("")
        self.count.setObjectName("muted")
        self.chains_ok = MessageLabel()
        self.chains_bad = MessageLabel(name="formError")
        self.error = MessageLabel(name="formError")
        filters = QHBoxLayout()
        filters.addWidget(PlainLabel(tr("Show:"), wrap=False))
        filters.addWidget(self.laptop)
        filters.addSpacing(16)
        filters.addWidget(self.use_since)
        filters.addWidget(self.since)
        filters.addStretch(1)
        filters.addWidget(self.count)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.error)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.chains_bad)
        layout.addWidget(self.chains_ok)
        self._generation = 0

    def filters(self) -> tuple[datetime | None, str | None]:
        since = since_moment(self.since, self.ctx.time_zone) if self.use_since.isChecked() else None
        return since, self.laptop.currentData()

    def reload(self) -> None:
        since, laptop = self.filters()
        self._generation += 1
        generation = self._generation

        def op(vault: Vault, progress: Progress) -> TimelineView:
            return load(vault, since, laptop)
        self.ctx.worker.submit(op, lambda view: self._show(generation, view), self.error.setText)

    def _show(self, generation: int, view: TimelineView) -> None:
        if generation != self._generation:
            return
        self.error.setText("")
        self.model.set_rows(view.entries)
        self.count.setText(tr("{count} entries", count=len(view.entries)))
        self._set_laptops(list(view.chains))
        names = collation.sorted_sv(list(view.chains))
        self.chains_ok.setText("\n".join(chain_text(n, view.chains[n]) for n in names if view.chains[n].intact))
        self.chains_bad.setText("\n".join(chain_text(n, view.chains[n]) for n in names
                                          if not view.chains[n].intact))

    def _set_laptops(self, names: list[str]) -> None:
        shown = [self.laptop.itemData(i) for i in range(1, self.laptop.count())]
        wanted = collation.sorted_sv(names)
        if shown == wanted:
            return
        current = self.laptop.currentData()
        self.laptop.blockSignals(True)
        while self.laptop.count() > 1:
            self.laptop.removeItem(1)
        for name in wanted:
            self.laptop.addItem(name, name)
        index = self.laptop.findData(current) if current is not None else 0
        self.laptop.setCurrentIndex(max(index, 0))
        self.laptop.blockSignals(False)

    def clear(self) -> None:
        self._generation += 1
        self.model.clear()
        self.count.setText("")
        self.chains_ok.setText("")
        self.chains_bad.setText("")
        self.error.setText("")
