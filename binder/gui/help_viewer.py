"""Help inside the window: F1 and the Help menu open the guide at the current section.

The guide is shown by Qt's own Markdown reader in a QTextBrowser. Only files inside the
shipped guides folder are loaded (images, other guides); nothing is fetched from a network
and no outside program (web browser) is started: a link elsewhere is not followed.
"""
from __future__ import annotations

import weakref
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QAction, QImage, QKeySequence, QTextCursor, QTextDocument
from PySide6.QtWidgets import (
    QAbstractButton,
    QDialog,
    QHBoxLayout,
    QMainWindow,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from binder import guides
from binder.errors import BinderError
from binder.gui.widgets.plain_label import PlainLabel
from binder.i18n import language, tr

# The laptop guide's heading for each section of the window (by the section's English title).
SECTION_HEADINGS: dict[str, dict[str, str]] = {
    "First hour": {"sv": "Den första timmen", "en": "The first hour"},
    "Contacts": {"sv": "Ring någon", "en": "Call someone"},
    "Routines": {"sv": "Bocka av en rutin", "en": "Tick a routine"},
    "Restoration": {"sv": "Återställning: systemens status", "en": "Restoration: the status of each system"},
    "Incident log": {"sv": "För loggboken", "en": "Keep the incident log"},
    "Communication": {"sv": "Kommunikationsplan och personal", "en": "Communication plan and staff"},
    "Staff & mutual aid": {"sv": "Kommunikationsplan och personal", "en": "Communication plan and staff"},
    "Conflicts": {"sv": "Konflikter mellan dina rättelser och samordnarens paket",
                  "en": "Conflicts between your corrections and the coordinator's bundle"},
    "Prints": {"sv": "Skriv ut", "en": "Print"},
    "Reports": {"sv": "Samla in lägesrapporter och skriv ut lägesbilden",
                "en": "Collect field reports and print the situation report"},
}
SECTION_GUIDE = {"Reports": guides.COORDINATOR}          # every other section: the laptop guide


def _inside(path: Path, root: Path) -> bool:
    try:
        path.resolve().relative_to(root.resolve())
    except ValueError:
        return False
    return True


class GuideBrowser(QTextBrowser):
    """A QTextBrowser that loads only files from the guides folder."""

    def loadResource(self, kind: int, name: QUrl | str) -> Any:
        url = QUrl(name)
        if not url.isLocalFile() or not _inside(Path(url.toLocalFile()), guides.guides_root()):
            return None
        if kind == QTextDocument.ResourceType.ImageResource.value:
            image = QImage(url.toLocalFile())        # a screenshot, scaled to the width of the view
            width = max(320, self.viewport().width() - 40)
            if not image.isNull() and image.width() > width:
                image = image.scaledToWidth(width, Qt.TransformationMode.SmoothTransformation)
            return image
        return super().loadResource(kind, url)


class HelpViewer(QDialog):
    """A window beside the binder showing one guide, opened at a heading."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Krispärm — help"))
        self.browser = GuideBrowser()
        self.browser.setOpenLinks(False)
        self.browser.setOpenExternalLinks(False)
        self.browser.anchorClicked.connect(self._follow)
        self.browser.setAccessibleName(tr("Guide"))
        self.note = PlainLabel("", wrap=True)
        laptop = QPushButton(tr("Guide for the &crisis laptop"))
        laptop.clicked.connect(lambda: self.show_guide(guides.LAPTOP))
        coordinator = QPushButton(tr("Guide for the c&oordinator"))
        coordinator.clicked.connect(lambda: self.show_guide(guides.COORDINATOR))
        close = QPushButton(tr("&Close"))
        close.setToolTip(tr("Escape"))
        close.clicked.connect(self.close)
        buttons = QHBoxLayout()
        buttons.addWidget(laptop)
        buttons.addWidget(coordinator)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser, 1)
        layout.addWidget(self.note)
        layout.addLayout(buttons)
        self.resize(820, 700)
        self.guide = ""

    def show_guide(self, name: str, heading: str = "") -> None:
        self.note.setText("")
        try:
            path = guides.guide_path(name, language())
        except BinderError as exc:
            self.browser.clear()
            self.note.setText(exc.message())
            return
        self.guide = name
        self.browser.setSource(QUrl.fromLocalFile(str(path)), QTextDocument.ResourceType.MarkdownResource)
        self.scroll_to(heading)

    def scroll_to(self, heading: str) -> bool:
        """Put `heading` at the top of the view; False when the guide has no such heading."""
        document = self.browser.document()
        cursor = QTextCursor(document)
        while heading:
            cursor = document.find(heading, cursor)
            if cursor.isNull():
                break
            if cursor.block().blockFormat().headingLevel() > 0 and cursor.block().text().strip() == heading:
                end = QTextCursor(document)
                end.movePosition(QTextCursor.MoveOperation.End)
                self.browser.setTextCursor(end)
                self.browser.ensureCursorVisible()
                cursor.clearSelection()
                self.browser.setTextCursor(cursor)
                self.browser.ensureCursorVisible()
                return True
        self.browser.moveCursor(QTextCursor.MoveOperation.Start)
        return False

    def current_heading(self) -> str:
        """The heading the viewer was opened at, when it is in view ("" otherwise)."""
        block = self.browser.textCursor().block()
        if block.blockFormat().headingLevel() == 0:
            return ""
        return block.text() if self.browser.viewport().rect().contains(self.browser.cursorRect()) else ""

    def _follow(self, url: QUrl) -> None:
        if url.isRelative() or url.isLocalFile():
            target = url if url.isLocalFile() else self.browser.source().resolved(url)
            path = Path(target.toLocalFile())
            if path.suffix == ".md" and _inside(path, guides.guides_root()) and path.is_file():
                self.browser.setSource(target, QTextDocument.ResourceType.MarkdownResource)
                return
        self.note.setText(tr("That link leads outside Krispärm's guides and is not opened here (no network). "
                             "It is listed in the guide as text: {link}", link=url.toString()))


def section_guide(title_source: str) -> str:
    return SECTION_GUIDE.get(title_source, guides.LAPTOP)


def section_heading(title_source: str) -> str:
    return SECTION_HEADINGS.get(title_source, {}).get(language(), "")


class Help:
    """The Help menu and F1 of a main window."""

    def __init__(self, window: QMainWindow) -> None:
        self._window = weakref.ref(window)          # the window owns this object: no cycle back to it
        self.viewer: HelpViewer | None = None
        menu = window.menuBar().addMenu(tr("&Help"))
        self.section_action = self._add(menu, tr("&Help for this section"), self.show_section, "F1")
        self._add(menu, tr("Guide for the &crisis laptop"), lambda: self.show(guides.LAPTOP))
        self._add(menu, tr("Guide for the c&oordinator"), lambda: self.show(guides.COORDINATOR))
        name_shortcuts_in_tooltips(window)

    def _add(self, menu: Any, text: str, slot: Any, shortcut: str = "") -> QAction:
        action = QAction(text, menu)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        window = self._window()
        if window is not None:
            window.addAction(action)      # the shortcut works wherever the focus is in the window
        menu.addAction(action)
        return action

    def current_title(self) -> str:
        """The English title of the section the window shows."""
        window = self._window()
        if window is None:
            return ""
        return str(window.sections[window.stack.currentIndex()].title_source)   # type: ignore[attr-defined]

    def show(self, name: str, heading: str = "") -> HelpViewer:
        if self.viewer is None:
            self.viewer = HelpViewer(self._window())
        self.viewer.show()                  # laid out first, so the heading can be scrolled to the top
        self.viewer.show_guide(name, heading)
        self.viewer.raise_()
        self.viewer.activateWindow()
        return self.viewer

    def show_section(self) -> HelpViewer:
        title = self.current_title()
        return self.show(section_guide(title), section_heading(title))

    def close(self) -> None:
        if self.viewer is not None:
            self.viewer.close()


def shortcut_text(action: QAction) -> str:
    return ", ".join(s.toString(QKeySequence.SequenceFormat.NativeText) for s in action.shortcuts())


def name_shortcuts_in_tooltips(window: QWidget) -> None:
    """Every action's tooltip, and every button doing the same as an action, names the shortcut."""
    by_text: dict[str, str] = {}
    for action in window.actions():
        keys = shortcut_text(action)
        if not keys:
            continue
        text = action.text().replace("&", "")
        action.setToolTip(f"{text} ({keys})")
        by_text[text] = keys
    for button in window.findChildren(QAbstractButton):
        same = by_text.get(button.text().replace("&", ""))
        if same and same not in button.toolTip():
            button.setToolTip(f"{button.toolTip()} ({same})".strip() if button.toolTip() else same)
