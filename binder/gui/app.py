"""`krisparm` / `binder gui`: start the desktop app."""
from __future__ import annotations

import logging
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from binder import i18n

log = logging.getLogger(__name__)


def make_application(argv: Sequence[str] | None = None) -> "QApplication":  # noqa: F821
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
        from binder.gui.demo import ensure_demo_vault
        vault_path, demo_passphrase = ensure_demo_vault()
    path = vault_path or (Path(settings.vault_path) if settings.vault_path else default_vault_path())
    controller = Controller(app, path, settings, demo_passphrase)
    controller.start()
    code = app.exec()
    controller.shutdown()
    return int(code)


if __name__ == "__main__":
    raise SystemExit(main())
