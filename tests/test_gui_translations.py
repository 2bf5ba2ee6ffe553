"""Every user-visible string of the desktop app has a Swedish translation with the same placeholders."""
from __future__ import annotations

import ast
from pathlib import Path

from binder import i18n
from binder.model import schema

ROOT = Path(__file__).resolve().parent.parent
FILES = [*sorted((ROOT / "binder" / "gui").rglob("*.py")), ROOT / "binder" / "cli" / "gui_commands.py",
         ROOT / "binder" / "recovery_sheet.py"]


def gui_strings() -> set[str]:
    found: set[str] = set()
    for path in FILES:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and node.args and isinstance(node.args[0], ast.Constant):
                name = node.func.id if isinstance(node.func, ast.Name) else getattr(node.func, "attr", "")
                if name in ("tr", "N_", "say", "warn") and isinstance(node.args[0].value, str):
                    found.add(node.args[0].value)
    for group in (schema.CHANNEL_KINDS, schema.AVAILABILITY, schema.SENSITIVITY, schema.ASSET_KINDS,
                  schema.VALUE_CLASSES, schema.RESTORATION_STATES, schema.TARGET_GROUPS, schema.LOG_KINDS,
                  schema.STEP_STATES, schema.SHIFT_SOURCES):
        found.update(value.replace("_", " ").capitalize() for value in group)   # models.columns.enum_label
    return {s for s in found if s.strip()}


def test_every_gui_string_is_translated_to_swedish() -> None:
    catalogue = i18n.catalogue("sv")
    strings = gui_strings()
    assert len(strings) > 200
    missing = sorted(s for s in strings if s not in catalogue and s != "Krispärm")
    assert missing == []


def test_the_core_never_imports_qt() -> None:
    for path in (ROOT / "binder").rglob("*.py"):
        if "gui" in path.relative_to(ROOT / "binder").parts:
            continue
        text = path.read_text(encoding="utf-8")
        if path.name == "gui_commands.py":     # imports binder.gui lazily, only when a display exists
            assert "import PySide6" not in text and "from PySide6" not in text
            continue
        assert "PySide6" not in text, path


BANNED = ("PySide6.QtNetwork", "PySide6.QtWebEngineCore", "PySide6.QtWebEngineWidgets", "urllib", "http",
          "socket", "requests", "ssl")


def test_the_gui_imports_nothing_that_talks_to_the_network() -> None:
    for path in (ROOT / "binder" / "gui").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = []
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module] + [f"{node.module}.{alias.name}" for alias in node.names]
            for name in names:
                assert not any(name == b or name.startswith(b + ".") for b in BANNED), (path, name)


def test_running_the_app_loads_no_qt_network_module(qtbot: object, qapp: object, tmp_path: Path) -> None:
    import sys

    from binder.gui import import_wizard, laptop_setup, print_dialog, publisher_tools  # noqa: F401
    from binder.gui.controller import Controller
    from binder.gui.main_window import MainWindow  # noqa: F401  (everything the window uses)
    from binder.gui.settings import Settings
    ctl = Controller(qapp, tmp_path / "none", Settings(tmp_path / "gui.ini"))  # type: ignore[arg-type]
    ctl.start()
    ctl.shutdown()
    ctl.unlock_window.close()
    assert not [m for m in sys.modules if m.startswith(("PySide6.QtNetwork", "PySide6.QtWebEngine"))]
