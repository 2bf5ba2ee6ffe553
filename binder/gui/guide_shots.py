"""Screenshots for the user guides, taken from the real window on the demo municipality.

`take(lang, out_dir)` creates a demo vault in a temporary folder, unlocks it, answers "who is
at the keyboard?", and walks the laptop guide's first hour by keyboard (open the activation
routine, start it, tick a step, search, set a restoration status, log a line), saving one
PNG per documented state. It also returns what the window offers (menu paths, shortcuts,
button texts), so the guides can be checked against it (`tests/test_guides.py`).
Run it with `tools/guide_screenshots.py`.
"""
from __future__ import annotations

import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QKeySequence, QPainter, QPixmap
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractButton, QApplication, QMenu, QWidget

from binder import i18n
from binder.demo import DEMO_PASSPHRASE, create_demo_vault
from binder.gui.import_wizard import ImportWizard

if TYPE_CHECKING:
    from binder.gui.controller import Controller

SIZE = (1366, 768)
FAST_KDF = {"iterations": 1, "memory_kib": 64 * 1024, "lanes": 4}   # a throwaway vault: speed over cost
OPERATOR = ("Åsa Lind", "Stabschef")
SHOTS = ("unlock", "operator", "first-hour", "routine-started", "search", "restoration", "incident-log")


@dataclass
class WindowVocabulary:
    """What a user can find in the window: menu paths, shortcuts and control texts."""
    menu_paths: set[str] = field(default_factory=set)       # "Binder → Lock" (no & marks)
    shortcuts: set[str] = field(default_factory=set)        # "Ctrl+K", "F1"
    controls: set[str] = field(default_factory=set)         # buttons, tick boxes, sections

    def collect(self, widget: QWidget) -> None:
        for button in widget.findChildren(QAbstractButton):
            if button.text():
                self.controls.add(_plain(button.text()))
        for action in widget.actions():
            for sequence in action.shortcuts():
                self.shortcuts.add(sequence.toString(QKeySequence.SequenceFormat.PortableText))
            if action.text():
                self.controls.add(_plain(action.text()))
        for menu in widget.findChildren(QMenu):
            for action in menu.actions():
                if action.text() and not action.isSeparator():
                    self.menu_paths.add(f"{_plain(menu.title())} → {_plain(action.text())}")
        sidebar = getattr(widget, "sidebar", None)
        if sidebar is not None:
            self.controls.update(sidebar.item(i).text() for i in range(sidebar.count()))


def _plain(text: str) -> str:
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def wait_until(condition: Callable[[], bool], timeout: float = 20.0) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise TimeoutError("the window did not reach the expected state")
        QApplication.processEvents()
        time.sleep(0.01)
    QApplication.processEvents()


def type_text(widget: QWidget, text: str) -> None:
    """Type `text` key by key; letters outside ASCII (å, ä, ö) go as key events carrying the text,
    because QTest.keyClicks maps characters to keys through an ASCII table and aborts on others."""
    for char in text:
        if char.isascii():
            QTest.keyClicks(widget, char)
        else:
            for action in (QTest.KeyAction.Press, QTest.KeyAction.Release):
                QTest.sendKeyEvent(action, widget, Qt.Key.Key_unknown, char, Qt.KeyboardModifier.NoModifier)


def snapshot(window: QWidget) -> QPixmap:
    """The window with every visible dialog or popup of the application drawn on top of it."""
    picture = window.grab()
    painter = QPainter(picture)
    origin = window.mapToGlobal(QPoint(0, 0))
    for top in QApplication.topLevelWidgets():
        if top is not window and top.isVisible() and top.isWindow() and not isinstance(top, QMenu):
            painter.drawPixmap(top.mapToGlobal(QPoint(0, 0)) - origin, top.grab())
    painter.end()
    return picture


def take(lang: str, out_dir: Path, workdir: Path | None = None) -> WindowVocabulary:
    """Write the guide's PNGs for `lang` to `out_dir`; return what the window offers."""
    from binder.gui.controller import Controller
    from binder.gui.settings import Settings
    app = QApplication.instance() or QApplication([])
    assert isinstance(app, QApplication)
    out_dir.mkdir(parents=True, exist_ok=True)
    i18n.set_language(lang)
    scratch = tempfile.TemporaryDirectory() if workdir is None else None
    base = Path(scratch.name) if scratch else workdir
    assert base is not None
    vault, _recovery, _result = create_demo_vault(base / "demo-vault", DEMO_PASSPHRASE, kdf=FAST_KDF)
    vault.close()
    ctl = Controller(app, base / "demo-vault", Settings(base / "gui.ini"), demo_passphrase=DEMO_PASSPHRASE)
    vocabulary = WindowVocabulary()
    try:
        _walk(ctl, out_dir, vocabulary)
    finally:
        if ctl.main_window is not None:
            ctl.main_window.close()
        ctl.shutdown()
        if scratch:
            scratch.cleanup()
    return vocabulary


def _save(pixmap: QPixmap, out_dir: Path, name: str) -> None:
    if not pixmap.save(str(out_dir / f"{name}.png"), "PNG"):
        raise OSError(f"cannot write {out_dir / name}.png")


def _walk(ctl: Controller, out_dir: Path, vocabulary: WindowVocabulary) -> None:
    unlock = ctl.unlock_window
    ctl.start()
    unlock.resize(*SIZE)
    vocabulary.collect(unlock)
    unlock.secret.clear()               # the demo fills in its passphrase; type it as a user would
    type_text(unlock.secret, DEMO_PASSPHRASE)
    _save(unlock.grab(), out_dir, "unlock")
    QTest.keyClick(unlock.secret, Qt.Key.Key_Return)
    wait_until(lambda: ctl.main_window is not None
               and ctl.main_window.operator_dialog is not None
               and ctl.main_window.operator_dialog.isVisible())
    window = ctl.main_window
    assert window is not None
    window.resize(*SIZE)
    dialog = window.operator_dialog
    assert dialog is not None
    vocabulary.collect(dialog)
    type_text(dialog.name_edit, OPERATOR[0])
    type_text(dialog.role, OPERATOR[1])
    wait_until(lambda: window.banner.info is not None and not window.ctx.worker.busy)
    _save(snapshot(window), out_dir, "operator")
    QTest.keyClick(dialog.name_edit, Qt.Key.Key_Return)
    wait_until(lambda: window.ctx.operator == OPERATOR[0] and not dialog.isVisible())
    vocabulary.collect(window)

    first_hour = window.first_hour
    wait_until(lambda: first_hour.routines.rowCount() > 0 and first_hour.people.rowCount() > 0)
    first_hour.routine_table.setFocus()
    first_hour.routine_table.selectRow(0)
    _save(snapshot(window), out_dir, "first-hour")
    QTest.keyClick(first_hour.routine_table, Qt.Key.Key_Return)       # opens the routine
    routines = window.routines
    wait_until(lambda: window.stack.currentWidget() is routines and routines.detail.record is not None)
    routines.start_button.click()
    panel = routines.run_panel
    wait_until(lambda: panel.model.rowCount() > 0 and not window.ctx.worker.busy)
    panel.table.setFocus()
    panel.table.selectRow(0)
    QTest.keyClick(panel.table, Qt.Key.Key_Space)
    wait_until(lambda: panel.model.run is not None and panel.model.run.steps[0].status == "done"
               and not window.ctx.worker.busy)
    _save(snapshot(window), out_dir, "routine-started")

    window.activateWindow()
    wait_until(lambda: QApplication.activeWindow() is window)
    QTest.keyClick(window, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    popup = window.search
    wait_until(popup.isVisible)
    type_text(popup.field, "TiB")
    wait_until(lambda: bool(popup.model.hits) and not popup._timer.isActive() and not window.ctx.worker.busy)
    _save(snapshot(window), out_dir, "search")
    QTest.keyClick(popup.field, Qt.Key.Key_Down)                     # into the list
    while popup.model.hits[popup.results.currentIndex().row()].kind != "contact":
        QTest.keyClick(popup.results, Qt.Key.Key_Down)
    QTest.keyClick(popup.results, Qt.Key.Key_Return)                 # opens the contact card
    contacts = window.contacts
    wait_until(lambda: window.stack.currentWidget() is contacts and contacts.detail.record is not None
               and not window.ctx.worker.busy)
    vocabulary.collect(window)                                       # the card's Copy buttons

    window.go_to(3)
    restoration = window.restoration
    wait_until(lambda: restoration.model.rowCount() > 0 and not window.ctx.worker.busy)
    window.activateWindow()
    wait_until(lambda: QApplication.activeWindow() is window)
    restoration.table.setFocus()
    restoration.table.selectRow(0)
    first = restoration.model.index(0, 3).data()
    QTest.keyClick(restoration.table, Qt.Key.Key_4)                  # 4 = restored
    wait_until(lambda: restoration.model.index(0, 3).data() != first and not window.ctx.worker.busy)
    wait_until(lambda: restoration.model.rowCount() > 0 and not window.ctx.worker.busy)
    _save(snapshot(window), out_dir, "restoration")

    window.go_to(4)
    log = window.incident_log
    wait_until(lambda: log.model.rowCount() > 0 and not window.ctx.worker.busy)
    type_text(log.line, i18n.tr("Crisis management team activated; first situation meeting at 09:00."))
    QTest.keyClick(log.line, Qt.Key.Key_Return)
    wait_until(lambda: log.line.text() == "" and not window.ctx.worker.busy)
    log.now.setChecked(False)
    _save(snapshot(window), out_dir, "incident-log")
    log.now.setChecked(True)
    vocabulary.collect(window)

    window.show_import()
    wait_until(lambda: any(top.isVisible() and top.windowTitle() == i18n.tr("Import a bundle from USB")
                           for top in QApplication.topLevelWidgets()))
    for top in QApplication.topLevelWidgets():
        if isinstance(top, ImportWizard) and top.isVisible():
            for page in range(top.pages.count()):        # each step's button text (Check, Next, Import)
                top.pages.setCurrentIndex(page)
                top._update_buttons()
                vocabulary.collect(top)
            top.pages.setCurrentIndex(0)
            top.close()
    wait_until(lambda: not window.ctx.worker.busy)
