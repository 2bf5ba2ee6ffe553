"""Layering: the core (everything outside binder/gui) imports no Qt; the window holds no SQL."""
import io
import re
import subprocess
import sys
import tokenize
from pathlib import Path

BINDER = Path(__file__).resolve().parent.parent / "binder"
GUI = BINDER / "gui"
# A string that reads as SQL: the statement keywords the core uses, in capitals as it writes them.
SQL = re.compile(r"\b(SELECT\s.+\sFROM|INSERT\s+(OR\s+\w+\s+)?INTO|UPDATE\s+\w+\s+SET|DELETE\s+FROM|"
                 r"CREATE\s+(TABLE|INDEX|VIEW)|PRAGMA\s)", re.S)
EXECUTE = re.compile(r"\.(execute|executemany|executescript)\(")


def core_modules() -> list[str]:
    out = []
    for path in sorted(BINDER.rglob("*.py")):
        if GUI in path.parents or path.name == "__main__.py":
            continue
        parts = path.relative_to(BINDER.parent).with_suffix("").parts
        out.append(".".join(parts[:-1] if parts[-1] == "__init__" else parts))
    return out


def test_core_imports_without_pyside6() -> None:
    modules = core_modules()
    assert "binder.store.views" in modules and "binder.demo" in modules
    code = ("import importlib, sys, binder.cli.main\n"
            f"for name in {modules!r}:\n"
            "    importlib.import_module(name)\n"
            "    assert 'PySide6' not in sys.modules, 'PySide6 imported by ' + name\n"
            "binder.cli.main.build_parser(); assert 'PySide6' not in sys.modules\n")
    subprocess.run([sys.executable, "-c", code], check=True)


def sql_in_gui() -> list[str]:
    """`file:line: text` of every database call and every SQL string under binder/gui."""
    found = []
    for path in sorted(GUI.rglob("*.py")):
        text = path.read_text(encoding="utf-8")
        for number, line in enumerate(text.splitlines(), start=1):
            if EXECUTE.search(line):
                found.append(f"{path.relative_to(BINDER)}:{number}: {line.strip()}")
        for token in tokenize.generate_tokens(io.StringIO(text).readline):
            if token.type == tokenize.STRING and SQL.search(token.string):
                found.append(f"{path.relative_to(BINDER)}:{token.start[0]}: {token.string[:60]}")
    return found


def test_the_window_holds_no_sql() -> None:
    """The GUI asks the core (binder.store.views, binder.store.overview) for data; it writes no SQL."""
    assert sql_in_gui() == []


def test_the_sql_check_sees_sql() -> None:
    """The check above is not blind: it finds what it forbids in a sample."""
    sample = 'rows = vault.db.execute("SELECT id, title FROM records WHERE kind = ?", (k,))'
    assert EXECUTE.search(sample)
    token = next(t for t in tokenize.generate_tokens(io.StringIO(sample).readline) if t.type == tokenize.STRING)
    assert SQL.search(token.string)
    assert not SQL.search('"Select the records to print from the list"')
