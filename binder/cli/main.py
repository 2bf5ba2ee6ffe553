"""`binder` entry point: parses arguments, runs one command, maps errors to exit codes.

Exit 0 on success, 1 when the input or state is refused (one line on stderr,
no traceback), 2 on usage errors. Commands live in `binder/cli/*_commands.py`;
each module has `register(subparsers)` and is found automatically.
"""
from __future__ import annotations

import argparse
import importlib
import logging
import os
import pkgutil
import sys
import traceback
from collections.abc import Sequence

import binder
from binder import i18n
from binder.cli.context import Context
from binder.cli.help_text import complete, install_argparse_translation
from binder.errors import BinderError
from binder.i18n import tr
from binder.vault import database as db

log = logging.getLogger(__name__)


class Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        self.print_usage(sys.stderr)
        print(f"binder: {message}", file=sys.stderr)
        raise SystemExit(2)


def command_modules() -> list[str]:
    import binder.cli as pkg
    return sorted(m.name for m in pkgutil.iter_modules(pkg.__path__) if m.name.endswith("_commands"))


# The module that registers each command, so that a command imports only its own module and
# what that needs (`binder search` never loads ReportLab). An unknown word, or none, loads all;
# tests/test_cli_cold_start.py keeps this table in step with the modules' `register`.
COMMANDS: dict[str, str] = {
    "amend": "amendment_commands", "amendments": "amendment_commands", "conflicts": "amendment_commands",
    "publisher": "bundle_commands", "trust": "bundle_commands", "identity": "bundle_commands",
    "recipients": "bundle_commands", "bundle": "bundle_commands", "gui": "gui_commands", "log": "log_commands",
    "list": "lookup_commands", "show": "lookup_commands", "search": "lookup_commands", "call": "lookup_commands",
    "info": "lookup_commands", "runs": "operations_commands", "status": "operations_commands",
    "staff-warnings": "operations_commands", "pdf": "print_commands", "print": "print_commands",
    "pdf-check": "print_commands", "prints": "print_commands", "add": "record_commands",
    "edit": "record_commands", "delete": "interchange_commands", "import-data": "interchange_commands",
    "export-data": "interchange_commands", "init": "vault_commands", "demo": "vault_commands",
    "passwd": "vault_commands", "rekey": "vault_commands", "backup": "vault_commands",
    "backups": "vault_commands", "restore": "vault_commands", "restore-keys": "vault_commands",
    "metadata": "vault_commands", "check": "vault_commands",
    "report": "report_commands", "timeline": "report_commands", "sitrep": "report_commands",
    "board": "report_commands", "corrections": "report_commands", "guide": "guide_commands",
}
_GLOBAL_WITH_VALUE = ("--vault", "--passphrase-file", "--lang", "--operator")


def command_word(argv: Sequence[str]) -> str | None:
    """The command in `argv` (after the global options), or None."""
    skip = False
    for arg in argv:
        if skip:
            skip = False
        elif arg in _GLOBAL_WITH_VALUE:
            skip = True
        elif not arg.startswith("-"):
            return arg
        elif arg in ("-h", "--help", "--version"):
            return None
    return None


def build_parser(command: str | None = None) -> argparse.ArgumentParser:
    install_argparse_translation()          # "usage:", "options", … in the user's language
    parser = Parser(prog="binder", description=tr("Krispärm — the offline crisis binder."))
    parser.add_argument("--version", action="version", version=f"Krispärm {binder.__version__}",
                        help=tr("show the program's version and exit"))
    parser.add_argument("--vault", metavar="PATH",
                        help=tr("vault directory (default: BINDER_VAULT or your data folder)"))
    parser.add_argument("--passphrase-file", metavar="FILE", help=tr("read the passphrase from FILE"))
    parser.add_argument("--lang", choices=i18n.LANGUAGES, help=tr("language of messages (sv or en)"))
    parser.add_argument("--operator", metavar="NAME",
                        help=tr("who is at the keyboard, recorded on log entries, ticks, status changes and "
                                "corrections (default: BINDER_OPERATOR)"))
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=Parser)
    sub.required = True
    for name in [COMMANDS[command]] if command in COMMANDS else command_modules():
        importlib.import_module(f"binder.cli.{name}").register(sub)
    complete(parser)                        # help for every argument, an example for every command
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    os.umask(0o077)
    argv = list(sys.argv[1:] if argv is None else argv)
    # Pick the language before building help texts.
    for i, arg in enumerate(argv):
        if arg == "--lang" and i + 1 < len(argv):
            i18n.set_language(argv[i + 1])
        elif arg.startswith("--lang="):
            i18n.set_language(arg.split("=", 1)[1])
    parser = build_parser(command_word(argv))
    args = parser.parse_args(argv)
    ctx = Context(args)
    try:
        result = args.func(ctx)
        return int(result or 0)
    except BinderError as exc:
        print(f"binder: {exc.message()}", file=sys.stderr)
        return 1
    except db.DatabaseError as exc:
        err = db.translate_db_error(exc)
        if isinstance(err, BinderError):
            print(f"binder: {err.message()}", file=sys.stderr)
            return 1
        return _unexpected(exc)
    except KeyboardInterrupt:
        print(f"binder: {tr('Interrupted. Nothing was changed by the unfinished step.')}", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0
    except Exception as exc:
        return _unexpected(exc)
    finally:
        ctx.close()


def _unexpected(exc: BaseException) -> int:
    if os.environ.get("BINDER_DEBUG"):
        traceback.print_exc()
    message = tr("Unexpected error ({name}: {reason}). Nothing more was changed. Set BINDER_DEBUG=1 for details.",
                 name=type(exc).__name__, reason=str(exc)[:200])
    print(f"binder: {message}", file=sys.stderr)
    return 70
