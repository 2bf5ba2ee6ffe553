"""Complete, translated `--help` for every command: argparse's own words, missing argument help, examples.

- argparse's own words ("usage:", "positional arguments", "options", "show this help message
  and exit", its error messages) go through `binder.i18n.tr`: argparse looks up the module-level
  gettext functions `_` and `ngettext` when it formats, so `install_argparse_translation()`
  points them at the binder's catalogue (Swedish in resources/translations/sv/core.ts).
- `complete(parser)` gives every argument without help a plain one (by its name), and every
  command an example (its epilog), so `binder --lang sv KOMMANDO --help` shows how it is used.
"""
from __future__ import annotations

import argparse
from collections.abc import Iterator

from binder.i18n import N_, tr


def _gettext(message: str) -> str:
    return tr(message)


def _ngettext(singular: str, plural: str, count: int) -> str:
    return tr(singular if count == 1 else plural)


def install_argparse_translation() -> None:
    argparse._ = _gettext                    # type: ignore[attr-defined]
    argparse.ngettext = _ngettext            # type: ignore[attr-defined]


# argparse's own words, marked here so the string extractor lists them for translators.
ARGPARSE_WORDS = (
    N_("usage: "), N_("positional arguments"), N_("options"), N_("show this help message and exit"),
    N_("%(prog)s: error: %(message)s\n"), N_("the following arguments are required: %s"),
    N_("unrecognized arguments: %s"), N_("invalid choice: %(value)r (choose from %(choices)s)"),
    N_("argument %(argument_name)s: %(message)s"), N_("expected one argument"),
    N_("expected at most one argument"), N_("expected at least one argument"),
    N_("expected %s argument"), N_("expected %s arguments"), N_("not allowed with argument %s"),
    N_("one of the arguments %s is required"), N_("ambiguous option: %(option)s could match %(matches)s"),
    N_("invalid %(type)s value: %(value)r"), N_("ignored explicit argument %r"),
    N_("can't open '%(filename)s': %(error)s"), N_("unknown parser %(parser_name)r (choices: %(choices)s)"),
)

# Help for an argument that has none, by its name (`dest`).
ARGUMENT_HELP = {
    "json": N_("print the result as JSON, for scripts"),
    "id": N_("the record's id (binder list shows it)"),
    "kind": N_("kind of record: contacts, routines, assets, comms, staff, shifts, partners"),
    "kind_name": N_("kind of record in the file (for .csv)"),
    "field": N_("the field to correct"),
    "file": N_("the file"),
    "fingerprint": N_("the fingerprint, read aloud by the other side"),
    "name": N_("the laptop's name, for example \"Stabsrum 1\""),
    "recipient": N_("the laptop's recipient (age1…), from binder identity"),
    "keep_mine": N_("keep this laptop's correction"),
    "take_published": N_("take the coordinator's value"),
    "text": N_("the text"),
    "priority": N_("priority: normal or high"),
    "note": N_("a note to keep with it"),
    "remark": N_("a remark to keep with the step"),
    "run": N_("the routine run's id (binder list runs)"),
    "status": N_("the new status"),
    "order": N_("order of the list (restoration: in restoration order)"),
    "descending": N_("largest or latest first"),
    "limit": N_("at most this many"),
    "unset": N_("clear this field"),
    "new_passphrase_file": N_("read the new passphrase from FILE"),
    "set": N_("set a field: FIELD=VALUE"),
    "all": N_("all of them, not only the open ones"),
    "reason": N_("why, in a few words (it goes back to the laptop)"),
    "out": N_("the PDF file to write"),
    "who": N_("a crisis role or a person's name, for example krisledningschef"),
}

# One or more example command lines for each command (by its words after `binder`).
EXAMPLES = {
    "amend": ['binder --operator "Åsa Lind" amend contacts c-0042 channels '
              '\'[{"kind":"mobile","value":"070-123 45 67"}]\''],
    "amendments": ["binder amendments list"],
    "amendments list": ["binder amendments list --json"],
    "conflicts": ["binder conflicts list"],
    "conflicts list": ["binder conflicts list"],
    "conflicts resolve": ["binder conflicts resolve 3 --keep-mine"],
    "publisher": ["binder publisher export-key /media/usb/nyckel.json"],
    "publisher rotate-key": ["binder publisher rotate-key"],
    "publisher export-key": ["binder publisher export-key /media/usb/nyckel.json"],
    "trust": ['binder trust add /media/usb/nyckel.json --fingerprint "17785 05566 …"'],
    "trust add": ['binder trust add /media/usb/nyckel.json --fingerprint "17785 05566 …"'],
    "trust list": ["binder trust list"],
    "trust remove": ['binder trust remove "17785 05566 …"'],
    "identity": ["binder identity"],
    "recipients": ['binder recipients add "Stabsrum 1" age1…'],
    "recipients add": ['binder recipients add "Stabsrum 1" age1…'],
    "recipients remove": ['binder recipients remove "Stabsrum 1"'],
    "recipients list": ["binder recipients list"],
    "bundle": ["binder bundle export /media/usb"],
    "bundle export": ["binder bundle export /media/usb --expires 30"],
    "bundle verify": ["binder bundle verify /media/usb/norrbacka-12.kbundle"],
    "bundle import": ["binder bundle import /media/usb/norrbacka-12.kbundle --dry-run"],
    "bundle status": ["binder bundle status"],
    "bundle undo": ["binder bundle undo"],
    "gui": ["binder gui", "binder gui --demo"],
    "log": ['binder --operator "Åsa Lind" log add "Vattenverket larmar om låg nivå"'],
    "log add": ['binder --operator "Åsa Lind" log add "Vattenverket larmar om låg nivå"',
                'binder --operator "Åsa Lind" log add "Skolorna stängs i morgon" --kind decision '
                '--occurred 2026-11-25T08:40'],
    "log correct": ['binder --operator "Åsa Lind" log correct 14 "Samling klockan 09:30, inte 09:00"'],
    "log verify": ["binder log verify"],
    "runs": ['binder --operator "Åsa Lind" runs start r-activation'],
    "runs start": ['binder --operator "Åsa Lind" runs start r-activation'],
    "runs step": ['binder --operator "Åsa Lind" runs step RUN-ID 1 done'],
    "status": ['binder --operator "Åsa Lind" status a-network restored'],
    "staff-warnings": ["binder staff-warnings"],
    "pdf": ["binder pdf binder.pdf", "binder pdf update.pdf --since-print"],
    "print": ["binder print --printer Stabsrum --copy 2"],
    "pdf-check": ["binder pdf-check AB3D-7KQ2"],
    "prints": ["binder prints list"],
    "prints list": ["binder prints list"],
    "list": ["binder list contacts --filter Andersson", "binder list assets --order restoration"],
    "show": ["binder show contacts c-0042", "binder show log 14"],
    "search": ["binder search krisledare", "binder search 0701234567"],
    "add": ["binder add contacts --set name=\"Åsa Lind\" --set crisis_role=Stabschef"],
    "edit": ["binder edit contacts c-0042 --set crisis_role=Loggförare"],
    "delete": ["binder delete partners p-0007"],
    "import-data": ["binder import-data contacts.csv", "binder import-data kontakter.vcf"],
    "export-data": ["binder export-data contacts.csv --kind contacts"],
    "init": ['binder init --publisher --organisation "Norrbacka kommun"'],
    "demo": ["binder demo"],
    "passwd": ["binder passwd", "binder passwd --recovery"],
    "rekey": ["binder rekey --sheet recovery-sheet.pdf"],
    "backup": ["binder backup"],
    "backups": ["binder backups"],
    "restore": ["binder restore", "binder restore --recovery"],
    "restore-keys": ["binder restore-keys"],
    "info": ["binder info"],
    "metadata": ['binder metadata --set classification="Intern"'],
    "check": ["binder check"],
    # field reports (issue 16): used when those commands are present
    "report": ["binder report export /media/usb"],
    "report export": ["binder report export /media/usb"],
    "report verify": ["binder report verify /media/usb/stabsrum-1-3.kreport"],
    "report import": ["binder report import /media/usb/stabsrum-1-3.kreport --dry-run"],
    "timeline": ['binder timeline --laptop "Stabsrum 1"'],
    "board": ["binder board"],
    "corrections": ["binder corrections list"],
    "corrections list": ["binder corrections list"],
    "corrections accept": ["binder corrections accept 3"],
    "corrections reject": ['binder corrections reject 3 --reason "Numret är fel; ring växeln"'],
    "call": ["binder call krisledare", 'binder call "Anna Andersson"'],
    "sitrep": ["binder sitrep lagesbild.pdf"],
    "guide": ["binder guide", "binder --lang en guide --pdf guide.pdf"],
}


def commands(parser: argparse.ArgumentParser, path: tuple[str, ...] = ()) -> Iterator[
        tuple[tuple[str, ...], argparse.ArgumentParser, str]]:
    """Every (sub)command: (words, its parser, its one-line help)."""
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            helps = {choice.dest: choice.help or "" for choice in action._choices_actions}
            for name, sub in action.choices.items():
                yield (*path, name), sub, helps.get(name, "")
                yield from commands(sub, (*path, name))


def complete(parser: argparse.ArgumentParser) -> None:
    """Fill in missing help, a description and the examples of every command."""
    for words, sub, summary in commands(parser):
        for action in sub._actions:
            if action.help is None and action.dest in ARGUMENT_HELP:
                action.help = tr(ARGUMENT_HELP[action.dest])
        if not sub.description and summary:
            sub.description = summary
        examples = EXAMPLES.get(" ".join(words))
        if examples:
            sub.formatter_class = argparse.RawDescriptionHelpFormatter
            heading = tr("Example:") if len(examples) == 1 else tr("Examples:")
            sub.epilog = heading + "\n" + "\n".join(
                f"  {line}" for line in examples)
    parser.formatter_class = argparse.RawDescriptionHelpFormatter
    parser.epilog = tr("Examples:") + "\n" + "\n".join(f"  {line}" for line in (
        "binder --lang sv bundle import --help", "binder gui", 'binder --operator "Åsa Lind" log add "…"')) + \
        "\n\n" + tr("Guides: binder guide (the crisis laptop), binder guide --coordinator; F1 in the window.")
