"""Reports (the coordinator only): field reports from the laptops' USB sticks, the timeline of
every log, the restoration board across laptops and the corrections the laptops propose."""
from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QTabWidget, QVBoxLayout, QWidget

from binder.gui.context import GuiContext
from binder.gui.sections.base import Section
from binder.gui.sections.report_board import BoardPane
from binder.gui.sections.report_corrections import CorrectionsPane
from binder.gui.sections.report_timeline import TimelinePane
from binder.gui.widgets.plain_label import PlainLabel
from binder.i18n import N_, tr


class ReportsSection(Section):
    title_source = N_("Reports")
    import_requested = Signal()

    def __init__(self, ctx: GuiContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        intro = PlainLabel(tr("What the laptops recorded, brought here on USB sticks: import their reports, "
                              "then read one timeline, the restoration board and their proposed corrections."))
        intro.setObjectName("intro")
        self.import_button = QPushButton(tr("&Import field reports from USB…"))
        self.import_button.setObjectName("primary")
        self.import_button.setToolTip(QKeySequence("Ctrl+Shift+I").toString(QKeySequence.SequenceFormat.NativeText))
        self.import_button.clicked.connect(self.import_requested)
        self.timeline = TimelinePane(ctx)
        self.board = BoardPane(ctx)
        self.corrections = CorrectionsPane(ctx)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.timeline, tr("&Timeline"))
        self.tabs.addTab(self.board, tr("Restoration &board"))
        self.tabs.addTab(self.corrections, tr("Proposed &corrections"))
        self.tabs.currentChanged.connect(lambda _i: self._reload_current())
        top = QHBoxLayout()
        top.addWidget(intro, 1)
        top.addWidget(self.import_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.status)
        layout.addWidget(self.tabs, 1)
        self._loaded: set[int] = set()
        self.setFocusProxy(self.tabs)

    def panes(self) -> list[TimelinePane | BoardPane | CorrectionsPane]:
        return [self.timeline, self.board, self.corrections]

    def reload(self) -> None:
        """After unlock or an import: the tab in view now, the others when first shown."""
        self._loaded = set()
        self._reload_current()

    def _reload_current(self) -> None:
        index = self.tabs.currentIndex()
        if index not in self._loaded:
            self._loaded.add(index)
            self.panes()[index].reload()

    def clear(self) -> None:
        self._loaded = set()
        for pane in self.panes():
            pane.clear()
