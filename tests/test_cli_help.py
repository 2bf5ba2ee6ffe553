"""`binder --help` and every command's help: complete, Swedish in Swedish mode (argparse's own
words too), and an example for each command (issue 17)."""
from __future__ import annotations

import argparse
import os
import subprocess
import sys

import pytest

from binder import i18n
from binder.cli.help_text import commands
from binder.cli.main import build_parser, main

ENGLISH_ARGPARSE = ("usage:", "positional arguments", "options:", "show this help message",
                    "show program's version", "error:", "the following arguments are required")
ALL_COMMANDS = [words for words, _parser, _help in commands(build_parser())]


def _help(capsys: pytest.CaptureFixture[str], *argv: str) -> str:
    with pytest.raises(SystemExit) as exit_:
        main([*argv, "--help"])
    assert exit_.value.code == 0
    return capsys.readouterr().out


def test_every_command_is_walked() -> None:
    names = {" ".join(words) for words in ALL_COMMANDS}
    assert {"bundle import", "log add", "guide", "restore", "gui"} <= names
    assert len(names) >= 59


@pytest.mark.parametrize("words", ALL_COMMANDS, ids=" ".join)
def test_swedish_help_of_every_command_has_no_english_argparse_words_and_an_example(
        words: tuple[str, ...], capsys: pytest.CaptureFixture[str]) -> None:
    text = _help(capsys, "--lang", "sv", *words)
    i18n.set_language(None)
    assert text.startswith("användning: binder " + " ".join(words))
    for english in ENGLISH_ARGPARSE:
        assert english not in text, f"{english!r} in `binder --lang sv {' '.join(words)} --help`"
    assert "flaggor:" in text
    assert "\nExempel:\n  binder " in text, f"no example for {' '.join(words)}"


@pytest.mark.parametrize("words", ALL_COMMANDS, ids=" ".join)
def test_every_argument_of_every_command_has_help(words: tuple[str, ...]) -> None:
    parser = build_parser()
    for path_word in words:
        sub = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
        parser = sub.choices[path_word]
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            assert all(choice.help for choice in action._choices_actions), words
        else:
            assert action.help, f"`binder {' '.join(words)}`: {action.dest} has no help"


def test_english_help_has_examples_too(capsys: pytest.CaptureFixture[str]) -> None:
    text = _help(capsys, "--lang", "en", "log", "add")
    assert text.startswith("usage: binder log add") and "options:" in text
    assert "Examples:\n  binder --operator" in text


def test_top_level_help_in_swedish_through_the_real_program() -> None:
    env = dict(os.environ, BINDER_LANG="sv")
    done = subprocess.run([sys.executable, "-m", "binder", "--help"], capture_output=True, text=True,
                          env=env, timeout=60)
    assert done.returncode == 0
    assert done.stdout.startswith("användning: binder")
    assert "visa den här hjälptexten och avsluta" in done.stdout
    assert "visa programmets version och avsluta" in done.stdout
    assert "binder guide" in done.stdout and "Exempel:" in done.stdout
    for english in ENGLISH_ARGPARSE:
        assert english not in done.stdout


def test_usage_errors_are_swedish_with_exit_2(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_:
        main(["--lang", "sv", "bundle", "import"])
    assert exit_.value.code == 2
    err = capsys.readouterr().err
    assert err.startswith("användning: binder bundle import")
    assert "binder: de här argumenten måste anges: file" in err
    with pytest.raises(SystemExit):
        main(["--lang", "sv", "status", "a-1", "broken"])
    assert "ogiltigt val: 'broken'" in capsys.readouterr().err
    with pytest.raises(SystemExit):
        main(["--lang", "en", "bundle", "import"])
    assert "the following arguments are required: file" in capsys.readouterr().err
