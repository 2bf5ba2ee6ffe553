"""`krisparm` / `binder gui`: start the desktop app."""
from __future__ import annotations

import logging
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from binder import i18n

if TYPE_CHECKING:     # Qt is imported when the window starts, so that `binder --help` stays fast
    from PySide6.QtWidgets import QApplication

log = logging.getLogger(__name__)


QT_TRANSLATOR_NAME = "krisparmQtBase"


def apply_qt_language(app: QApplication, lang: str | None = None) -> bool:
    """Qt's own texts (file chooser, OK/Cancel, context menus) in the window's language.

    Loads Qt's base catalogue (`qtbase_sv.qm`, shipped with PySide6) and replaces the previous
    one, so a language chosen in Settings reaches Qt's dialogs at once. True if it is installed.
    """
    from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator
    lang = lang or i18n.language()
    for old in app.findChildren(QTranslator, QT_TRANSLATOR_NAME):
        app.removeTranslator(old)
        old.setParent(None)
        old.deleteLater()
    QLocale.setDefault(QLocale(QLocale.Language.Swedish, QLocale.Country.Sweden) if lang == "sv"
                       else QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    if lang == "en":
        return True                    # Qt's source texts are English
    translator = QTranslator(app)
    translator.setObjectName(QT_TRANSLATOR_NAME)
    folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if not translator.load(f"qtbase_{lang}", folder):
        log.warning("Qt's own %s translations are missing in %s", lang, folder)
        translator.deleteLater()
        return False
    app.installTranslator(translator)
    return True


def make_application(argv: Sequence[str] | None = None) -> QApplication:
    from PySide6.QtGui import QIcon
    from PySide6.QtWidgets import QApplication

    from binder.gui import style
    from binder.resources import resource_path
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(list(argv or sys.argv[:1]))
    app.setApplicationName("Krispärm")
    app.setOrganizationName("krisparm")
    app.setDesktopFileName("krisparm")
    icon = resource_path("icons", "krisparm.svg")
    if icon.exists():
        app.setWindowIcon(QIcon(str(icon)))
    style.apply(app)
    apply_qt_language(app)
    return app


def main(argv: Sequence[str] | None = None, *, vault_path: Path | None = None, demo: bool = False) -> int:
    """Open the unlock window; returns the exit code when the last window closes."""
    os.umask(0o077)
    from binder.gui.settings import Settings
    from binder.vault.vault import default_vault_path
    settings_probe = Settings()
    i18n.set_language(settings_probe.language or None)
    app = make_application(argv)
    settings = Settings()
    from binder.gui.controller import Controller
    demo_passphrase = None
    if demo:
        from binder.demo import ensure_demo_vault
        vault_path, demo_passphrase = ensure_demo_vault()
    path = vault_path or (Path(settings.vault_path) if settings.vault_path else default_vault_path())
    controller = Controller(app, path, settings, demo_passphrase)
    controller.start()
    code = app.exec()
    controller.shutdown()
    return int(code)


if __name__ == "__main__":
    raise SystemExit(main())
