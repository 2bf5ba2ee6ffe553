"""Every empty list says what to do next.

An empty table draws one calm sentence in its empty area: where the data comes from and
which key brings it (a laptop: the coordinator's bundle, Ctrl+I; the coordinator: New or
`binder import-data`), or, when a filter hides everything, how to clear it. Installed on
the main window's sections by `install_empty_hints(window)`; no section changes.
"""
from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, QObject, QRect, Qt
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QComboBox, QLineEdit, QTableView, QWidget

from binder.i18n import N_, tr

# What comes from the coordinator, per record kind (shown on a laptop, and at the coordinator).
KIND_TEXT = {
    "contact": (N_("No contacts yet. They come with the coordinator's bundle: Binder → Import from USB… "
                   "(Ctrl+I)."),
                N_("No contacts yet. Press New, or load the municipality's list with binder import-data.")),
    "routine": (N_("No routines yet. They come with the coordinator's bundle: Binder → Import from USB… "
                   "(Ctrl+I)."),
                N_("No routines yet. Press New, or load them with binder import-data.")),
    "comms": (N_("No communication plan yet. It comes with the coordinator's bundle: Binder → Import from "
                 "USB… (Ctrl+I)."),
              N_("No communication plan yet. Press New, or load it with binder import-data.")),
    "staff": (N_("No staff yet. The roster comes with the coordinator's bundle (Ctrl+I)."),
              N_("No staff yet. Press New, or load the roster with binder import-data.")),
    "shift": (N_("No shifts yet. They come with the coordinator's bundle (Ctrl+I)."),
              N_("No shifts yet. Press New, or load them with binder import-data.")),
    "partner": (N_("No mutual-aid partners yet. They come with the coordinator's bundle (Ctrl+I)."),
                N_("No mutual-aid partners yet. Press New, or load them with binder import-data.")),
}
RESTORATION = (N_("No systems in the restoration list yet. It comes with the coordinator's bundle (Ctrl+I)."),
               N_("No systems in the restoration list yet. Add them with binder import-data."))
FILTERED = N_("Nothing matches the filter. Clear the filter box to see everything, or search the whole "
              "binder with Ctrl+K.")


class EmptyHint(QObject):
    """Paints `text()` in a table's viewport while the table has no rows."""

    def __init__(self, table: QTableView, text: Callable[[], str]) -> None:
        super().__init__(table)
        self.table = table
        self.text = text
        table.viewport().installEventFilter(self)

    def current(self) -> str:
        model = self.table.model()
        return self.text() if model is not None and model.rowCount() == 0 else ""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and isinstance(watched, QWidget):
            message = self.current()
            if message:
                painter = QPainter(watched)
                painter.setPen(watched.palette().placeholderText().color())
                area = QRect(watched.rect()).adjusted(16, 16, -16, -16)
                painter.drawText(area, int(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignHCenter
                                           | Qt.TextFlag.TextWordWrap), message)
                painter.end()
                return True
        return False


def _record_hint(section: Any, publisher: Callable[[], bool]) -> Callable[[], str]:
    laptop_text, publisher_text = KIND_TEXT[section.kind]

    def text() -> str:
        if isinstance(getattr(section, "filter", None), QLineEdit) and section.filter.text().strip():
            return tr(FILTERED)
        return tr(publisher_text if publisher() else laptop_text)
    return text


def _log_hint(section: Any) -> Callable[[], str]:
    def text() -> str:
        if isinstance(section.filter, QComboBox) and section.filter.currentIndex() > 0:
            return tr("No entries of this kind. Choose \"All kinds\" under Show to see every entry.")
        return tr("The incident log is empty. Type what happened in the line above and press Enter.")
    return text


def install_empty_hints(window: Any) -> list[EmptyHint]:
    """One hint for each list of the window's sections (First hour and Conflicts say it themselves)."""
    ctx = window.ctx                    # not the window: no reference cycle keeps a closed window alive

    def publisher() -> bool:
        return bool(ctx.publisher)

    hints = []
    for record_section in _record_sections(window):
        hints.append(EmptyHint(record_section.table, _record_hint(record_section, publisher)))
    hints.append(EmptyHint(window.routines.run_panel.table, lambda: tr(
        "No routine is running. Choose a routine above and press Start this routine.")))
    hints.append(EmptyHint(window.restoration.table, lambda: tr(RESTORATION[publisher()])))
    hints.append(EmptyHint(window.incident_log.table, _log_hint(window.incident_log)))
    hints.append(EmptyHint(window.prints.table, lambda: tr(
        "Nothing printed yet. Print the binder with Ctrl+P and keep the paper copy beside the laptop.")))
    return hints


def _record_sections(window: Any) -> list[Any]:
    sections = [window.contacts, window.routines, window.communication, *window.staff.lists.values()]
    return [s for s in sections if getattr(s, "kind", "") in KIND_TEXT]
