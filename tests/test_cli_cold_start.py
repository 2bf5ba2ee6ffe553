"""A command loads only what it needs: `binder search` and friends never import ReportLab, Qt or the importers."""
from __future__ import annotations

import argparse
import importlib
import os
import subprocess
import sys
from pathlib import Path

import pytest

from binder.cli import main as cli_main
from tests.conftest import PASSPHRASE

ROOT = Path(__file__).resolve().parent.parent



def test_the_command_table_matches_what_the_modules_register() -> None:
    registered = {}
    for name in cli_main.command_modules():
        sub = argparse.ArgumentParser().add_subparsers()
        importlib.import_module(f"binder.cli.{name}").register(sub)
        registered.update(dict.fromkeys(sub.choices, name))
    assert registered == cli_main.COMMANDS


@pytest.mark.parametrize(("argv", "word"), [
    (["search", "x"], "search"), (["--vault", "v", "--lang", "sv", "call", "x"], "call"),
    (["--lang=sv", "show", "contacts", "x"], "show"), (["--help"], None), ([], None), (["--version"], None),
])
def test_the_command_word_is_found_after_the_global_options(argv: list[str], word: str | None) -> None:
    assert cli_main.command_word(argv) == word


@pytest.mark.parametrize("argv", [["search", "Örjan"], ["call", "krisledningschef"], ["show", "contacts", "Örjan"],
                                  ["list", "contacts"], ["info"]])
def test_lookups_import_nothing_heavy(vault_path: Path, argv: list[str]) -> None:
    from binder.store import records
    from binder.vault.vault import Vault
    with Vault.open(vault_path, PASSPHRASE) as v:
        records.save(v, "contact", {"name": "Örjan Åkesson", "crisis_role": "Krisledningschef"})
    probe = ("import sys; from binder.cli.main import main; rc = main(sys.argv[1:]); "
             "print(sorted(m for m in sys.modules if m.split('.')[0] in {'reportlab', 'PySide6', 'openpyxl', "
             "'vobject', 'pypdf'} or m.startswith(('binder.printing', 'binder.interchange', 'binder.bundle', "
             "'binder.gui'))), rc)")
    env = {**os.environ, "BINDER_PASSPHRASE": PASSPHRASE, "PYTHONPATH": str(ROOT), "BINDER_LANG": "en"}
    done = subprocess.run([sys.executable, "-c", probe, "--vault", str(vault_path), *argv], capture_output=True,
                          text=True, env=env, cwd=ROOT, timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip().splitlines()[-1] == "[] 0"
