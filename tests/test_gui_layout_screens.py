"""Nothing essential clipped at 1366×768 and 1280×720: a screenshot of every section at both
sizes, in both languages, with checks that no label or cell carrying a name, a phone number, a
time or a step's text is elided, and that every Copy button can be seen.

Data the layout was not designed for goes in beside the demo municipality: numbers written
"+46 70 311 42 07", +881 satellite numbers, long Swedish compound words, a long address, and
the computer on TZ=UTC. PNGs land in pytest's tmp dir (KRISPARM_SCREENS=dir keeps them).
"""
from __future__ import annotations

import os
import re
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QLabel, QListView, QPushButton, QStyle, QTableView, QWidget

from binder.gui.controller import Controller
from binder.gui.widgets.screen_fit import fit_to_screen
from binder.store import records
from binder.vault.vault import Vault
from tests.gui_fixtures import WAIT_MS, unlock

pytestmark = pytest.mark.gui
SIZES = [(1366, 768), (1280, 720)]

LONG_ROLE = "Krisledningsgruppens ordförande"
LONG_ORG = "Samhällsbyggnadsförvaltningen"


def add_unfamiliar_data(vault: Vault) -> dict[str, str]:
    """Contacts shaped unlike the demo's: spaced international numbers, satellite phones,
    long compound words, a long address; two people with the same name."""
    def save(data: dict[str, Any]) -> str:
        return records.save(vault, "contact", data).id

    deputy = save({"name": "Ann-Sofie Wahlström-Kjellqvist", "crisis_role": "Ersättare för " + LONG_ROLE.lower(),
                   "organisation": "Kommunledningskontoret", "verified_on": "2026-10-01",
                   "channels": [{"kind": "satellite", "value": "+881 6 314 15 926", "label": "Satellittelefon"},
                                {"kind": "mobile", "value": "+46 70 311 42 08"}]})
    second = save({"name": "Anna Andersson", "crisis_role": "Informationsansvarig", "organisation": LONG_ORG,
                   "channels": [{"kind": "mobile", "value": "+46 73 555 01 02"}], "verified_on": "2026-11-01"})
    chair = save({
        "name": "Anna Andersson", "crisis_role": LONG_ROLE, "organisation": "Kommunledningskontoret",
        "job_title": "Förvaltningschef på " + LONG_ORG, "deputies": [deputy, second], "verified_on": "2026-11-20",
        "channels": [
            {"kind": "mobile", "value": "+46 70 311 42 07"},
            {"kind": "satellite", "value": "+881 6 314 15 925"},
            {"kind": "landline", "value": "+46 (0)920-45 30 00", "label": "Växel Kommunledningskontoret"},
            {"kind": "rakel", "value": "ISSI 2040 1234", "talk_group": "NB KRIS-1 KOMMUNLEDNING"},
            {"kind": "email", "value": "ann-sofie.wahlstrom-kjellqvist@samhallsbyggnad.norrbacka.example"},
            {"kind": "address", "value": "Kommunledningskontoret, Stadshusgatan 12, plan 4 (krisledningsrummet), "
                                         "961 85 Norrbacka"}]})
    return {"chair": chair, "deputy": deputy, "second": second}


@pytest.fixture
def unfamiliar(qtbot: Any, qapp: Any, tmp_path: Path, utc_computer: Any) -> Any:
    from binder.demo import ensure_demo_vault
    from binder.gui.settings import Settings
    path, passphrase = ensure_demo_vault()
    with Vault.open(path, passphrase) as vault:
        ids = add_unfamiliar_data(vault)
    ctl = Controller(qapp, path, Settings(tmp_path / "gui.ini"), demo_passphrase=passphrase)
    qtbot.addWidget(ctl.unlock_window)
    ctl.start()
    yield ctl, passphrase, ids
    if ctl.main_window is not None:
        ctl.main_window.close()
    ctl.shutdown()


# -- the checks ---------------------------------------------------------------------------------
def words(text: str) -> list[str]:
    """What a wrapping label cannot break: runs between spaces and zero-width break chances."""
    return [w for w in re.split(r"[\s\u200b]+", text) if w]


def clipped_labels(root: QWidget) -> list[str]:
    """Every shown label whose text does not fit: a single line wider than the label, a wrapped
    text needing more height than it got, or a word wider than the label."""
    out = []
    window = root.window()
    for label in root.findChildren(QLabel):
        text = label.text()
        if not text or not label.isVisibleTo(window):
            continue
        metrics, width = label.fontMetrics(), label.contentsRect().width()
        if label.wordWrap():
            longest = max((metrics.horizontalAdvance(word) for word in words(text)), default=0)
            if longest > width or label.heightForWidth(label.width()) > label.height():
                out.append(f"{text!r}: {label.width()}×{label.height()} (longest word {longest} px, "
                           f"needs height {label.heightForWidth(label.width())})")
        elif max(metrics.horizontalAdvance(line) for line in text.splitlines()) > width:
            out.append(f"{text!r}: one line in {width} px")
    return out


def clipped_cells(table: QTableView) -> list[str]:
    """Essential cells (names, numbers, times, step text) of the rows in view that are elided,
    and essential columns lying outside the view (behind a sideways scrollbar)."""
    model: Any = table.model()             # a ListTableModel or RecordTableModel
    columns = model.essential_columns()
    margin = table.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, table) + 1
    metrics = table.fontMetrics()
    out = []
    for column in columns:
        left = table.columnViewportPosition(column)
        if left < 0 or left + table.columnWidth(column) > table.viewport().width():
            out.append(f"column {column} ({model.headerData(column, Qt.Orientation.Horizontal)}) is off-screen")
    first = max(table.rowAt(0), 0)
    last = table.rowAt(table.viewport().height() - 1)
    last = model.rowCount() - 1 if last < 0 else last
    for row in range(first, last + 1):
        for column in columns:
            text = str(model.index(row, column).data() or "")
            if not text:
                continue
            width = table.columnWidth(column) - 2 * margin
            if table.wordWrap():
                longest = max((metrics.horizontalAdvance(word) for word in words(text)), default=0)
                height = metrics.boundingRect(QRect(0, 0, width, 100_000),
                                              int(Qt.TextFlag.TextWordWrap), text).height()
                if longest > width or height > table.rowHeight(row):
                    out.append(f"row {row} column {column}: {text!r} needs {longest} px / {height} px height")
            elif metrics.horizontalAdvance(text) > width:
                out.append(f"row {row} column {column}: {text!r} in {width} px")
    return out


def clipped_items(view: QListView) -> list[str]:
    """List items in view whose wrapped text needs more room than the item got."""
    out = []
    metrics = view.fontMetrics()
    for row in range(view.model().rowCount()):
        index = view.model().index(row, 0)
        rect = view.visualRect(index)
        if not rect.intersects(view.viewport().rect()):
            continue
        text = str(index.data())
        width = rect.width() - 8
        longest = max((metrics.horizontalAdvance(word) for word in words(text)), default=0)
        height = metrics.boundingRect(QRect(0, 0, width, 100_000), int(Qt.TextFlag.TextWordWrap), text).height()
        if longest > width or height > rect.height():
            out.append(f"{text!r} in {rect.width()}×{rect.height()}")
    return out


def check_shown(root: QWidget) -> list[str]:
    problems = clipped_labels(root)
    for table in root.findChildren(QTableView):
        if table.isVisibleTo(root.window()) and hasattr(table.model(), "essential_columns"):
            problems += clipped_cells(table)
    return problems


def copy_buttons_in_view(section: Any) -> int:
    """Scroll to each Copy button of the detail pane: it must show, inside the window."""
    window = section.window()
    buttons = [b for b in section.detail.findChildren(QPushButton) if b.isVisibleTo(window)]
    for button in buttons:
        section.detail.ensureWidgetVisible(button)
        assert not button.visibleRegion().isEmpty(), button.accessibleName()
        rect = QRect(button.mapTo(window, button.rect().topLeft()), button.size())
        assert window.rect().contains(rect), (button.accessibleName(), rect, window.rect())
    return len(buttons)


def save_png(widget: QWidget, directory: Path, name: str) -> None:
    path = directory / f"{name}.png"
    assert widget.grab().save(str(path))
    image = QImage(str(path))
    assert (image.width(), image.height()) == (widget.width(), widget.height())


def idle(qtbot: Any, controller: Controller) -> None:
    qtbot.waitUntil(lambda: not controller.worker.busy, timeout=WAIT_MS)
    qtbot.wait(40)


# -- the test -----------------------------------------------------------------------------------
@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
@pytest.mark.parametrize("lang", ["sv", "en"])
def test_nothing_essential_is_clipped(qtbot: Any, unfamiliar: Any, size: tuple[int, int], lang: str,
                                      tmp_path: Path) -> None:
    from binder import i18n
    i18n.set_language(lang)
    controller, passphrase, ids = unfamiliar
    directory = Path(os.environ.get("KRISPARM_SCREENS", tmp_path / "screens")) / f"{lang}-{size[0]}x{size[1]}"
    directory.mkdir(parents=True, exist_ok=True)

    unlock_window = controller.unlock_window
    unlock_window.resize(*size)
    unlock_window.show_error(i18n.tr("Wrong passphrase or recovery key.") + "\n"
                             + "Kommunledningskontoret: Samhällsbyggnadsförvaltningens krisledningsrum är låst; "
                               "fråga " + LONG_ROLE.lower() + " om nyckeln.")
    qtbot.wait(20)
    save_png(unlock_window, directory, "00-unlock-error")
    assert not clipped_labels(unlock_window)

    unlock(qtbot, controller, passphrase)
    window = controller.main_window
    assert window is not None
    window.resize(*size)
    window.reload_all()
    qtbot.waitUntil(lambda: window.routines.detail.record is not None, timeout=WAIT_MS)
    window.routines.start_current()
    qtbot.waitUntil(lambda: window.routines.run_panel.model.rowCount() > 0, timeout=WAIT_MS)
    window.routines.run_panel.set_status("done")
    idle(qtbot, controller)
    assert window.routines.run_panel.model.rows()[0].at          # a time is shown in the step list

    problems: dict[str, list[str]] = {}
    for index, section in enumerate(window.sections):
        window.go_to(index)
        idle(qtbot, controller)
        name = f"{index + 1:02d}-" + section.title_source.lower().replace(" & ", "-").replace(" ", "-")
        pages: list[tuple[str, int | None]] = [(name, None)]
        if section is window.staff:
            pages = [(f"{name}-{tab}", tab) for tab in range(window.staff.tabs.count())]
        for page_name, tab in pages:
            if tab is not None:
                window.staff.tabs.setCurrentIndex(tab)
                idle(qtbot, controller)
            save_png(window, directory, page_name)
            problems[page_name] = check_shown(section) + check_shown(window.banner)

    # the contact with spaced numbers, satellite phones, a long address and two deputies
    window.open_record("contact", ids["chair"])
    qtbot.waitUntil(lambda: window.contacts.detail.record is not None
                    and window.contacts.detail.record.id == ids["chair"], timeout=WAIT_MS)
    idle(qtbot, controller)
    save_png(window, directory, "02-contacts-unfamiliar")
    problems["contact"] = check_shown(window.contacts)
    assert copy_buttons_in_view(window.contacts) == 6 + 2 + 1     # holder 6, deputy 2, second 1
    save_png(window, directory, "02-contacts-unfamiliar-scrolled")

    # the search popup: namesakes with role and organisation, nothing cut
    window.search.popup()
    window.search.field.setText("Anna Andersson")
    qtbot.waitUntil(lambda: len(window.search.model.lines) >= 2 and not controller.worker.busy, timeout=WAIT_MS)
    qtbot.wait(40)
    save_png(window.search, directory, "10-search")
    problems["search"] = clipped_labels(window.search) + clipped_items(window.search.results)
    window.search.hide()

    assert not {page: found for page, found in problems.items() if found}


def test_window_opens_to_fit_the_screen(qtbot: Any) -> None:
    """A 1366×768 desktop (a 32 px panel at the top) gets the whole desktop, not 1280×720 in a corner;
    a large screen gets a comfortable size, centred."""
    window = QWidget()
    qtbot.addWidget(window)
    fit_to_screen(window, QRect(0, 32, 1366, 736))
    assert (window.width(), window.height()) == (1366, 736)
    assert (window.x(), window.y()) == (0, 32)
    fit_to_screen(window, QRect(0, 0, 2560, 1440))
    assert (window.width(), window.height()) == (1600, 1000)
    assert (window.x(), window.y()) == ((2560 - 1600) // 2, (1440 - 1000) // 2)
