"""Every label the binder prints (and every printing message) has a Swedish translation."""
from __future__ import annotations

import ast
from pathlib import Path

from binder import i18n
from binder.printing.sections import cover

ROOT = Path(__file__).resolve().parent.parent
SOURCES = [*sorted((ROOT / "binder" / "printing").rglob("*.py")), ROOT / "binder" / "cli" / "print_commands.py"]
CALLS = {"tr", "t", "N_", "say", "warn", "PrintError"}


def source_strings() -> set[str]:
    found: set[str] = set()
    for path in SOURCES:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call) or not node.args:
                continue
            func = node.func
            name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
            first = node.args[0]
            if name in CALLS and isinstance(first, ast.Constant) and isinstance(first.value, str):
                found.add(first.value)
    return found


def test_every_printing_string_has_a_swedish_translation() -> None:
    strings = source_strings() | set(cover.HOW_TO_USE)
    assert len(strings) > 200
    catalogue = i18n.catalogue("sv")
    missing = sorted(s for s in strings if s not in catalogue)
    assert not missing, missing


def test_swedish_labels_are_used() -> None:
    from binder.printing.labels import enum_label, section_title
    assert section_title("contacts", "sv") == "Kontakter"
    assert enum_label("value_class", "life_health", "sv") == "Liv och hälsa"
    assert enum_label("value_class", "life_health", "en") == "Life and health"
    assert enum_label("channel", "unheard_of", "sv") == "unheard_of"
