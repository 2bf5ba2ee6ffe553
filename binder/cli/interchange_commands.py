"""Data in and out, and deleting: import-data, export-data, delete."""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

from binder.cli.context import Context
from binder.errors import ValidationError
from binder.i18n import N_, language, tr
from binder.interchange import ImportResult, export_file, import_file
from binder.model import schema
from binder.store import records, references

RECORD_KINDS = [k.cli for k in schema.KINDS.values()]
DELIMITERS = {",": ",", ";": ";", "tab": "\t", "\\t": "\t", "\t": "\t"}


def _confirm(ctx: Context, question: str, **params: object) -> bool:
    if not sys.stdin or not sys.stdin.isatty():
        return False
    answer = input(tr(question, None, **params) + " ")
    return answer.strip().casefold() in (tr("y"), tr("yes"), "y", "yes")


def cmd_delete(ctx: Context) -> int:
    kind = schema.CLI_KINDS[ctx.args.kind]
    vault = ctx.vault()
    current = records.get(vault, kind, references.resolve(vault, kind, ctx.args.id), effective=False)
    users = records.referrers(vault.db, current.id)
    in_binder = records.binder_referrers(vault.db, current.id)
    if (users or in_binder) and not ctx.args.yes:
        ctx.warn("{title} is referred to by:", title=current.title)
        for fl in in_binder:
            print(f"  {tr('Binder')}: {fl.label(language())}", file=sys.stderr)
        for user_kind, _, title, _ in users:
            print(f"  {schema.KINDS[user_kind].label(language())}: {title}", file=sys.stderr)
        if not _confirm(ctx, N_("Delete it and remove it from these records? [y/N]")):
            raise ValidationError(N_("is still used by {count} records; nothing was deleted (give --yes to delete "
                                     "it and remove the references)"), where=current.title,
                                  count=len(users) + len(in_binder))
    elif (not (users or in_binder) and not ctx.args.yes and sys.stdin and sys.stdin.isatty()
          and not _confirm(ctx, N_("Delete {title}? [y/N]"), title=current.title)):
            ctx.say("Nothing was deleted.")
            return 1
    changed = records.delete(vault, kind, current.id, detach=bool(users or in_binder))
    ctx.say("Deleted {id}.", id=current.id)
    for _, _, title, _ in changed:
        ctx.say("Removed the reference from {title}.", title=title)
    return 0


def _print_result(ctx: Context, result: ImportResult) -> None:
    if result.detected:
        ctx.say("Read {source} as {encoding}, columns separated by {delimiter}.", source=result.source,
                encoding=result.detected["encoding"], delimiter=tr(result.detected["delimiter"]))
    if result.dry_run:
        ctx.say("Preview of {source} (nothing was written):", source=result.source)
    else:
        ctx.say("Imported {count} records from {source}.", count=result.total, source=result.source)
    for label, bucket in ((N_("new"), result.added), (N_("changed"), result.updated),
                          (N_("unchanged"), result.unchanged)):
        for kind, n in sorted(bucket.items()):
            print(f"  {tr(label)}: {n} {schema.KINDS[kind].cli}")
    if result.log_entries:
        print(f"  {tr('new')}: {result.log_entries} log")
    if result.duplicates:
        ctx.say("Possible duplicates (imported as new; check them):")
        for dup in result.duplicates:
            print(f"  {dup.where}: {dup.title} ~ {', '.join(dup.similar)}")
    if result.skipped:
        ctx.warn("Skipped {count} invalid rows:", count=len(result.skipped))
        for exc in result.skipped:
            print(f"  {exc.where}: {exc.message()}", file=sys.stderr)


def cmd_import(ctx: Context) -> int:
    vault = ctx.vault()

    def progress(done: int, total: int, message: str) -> None:
        if sys.stderr.isatty() and not ctx.json:
            count = f"{done}/{total}" if total else str(done)
            print(f"\r{tr(message)} {count}   ", end="\n" if message == "done" else "", file=sys.stderr)

    result = import_file(vault, Path(ctx.args.file), kind=ctx.args.kind_name, progress=progress,
                         dry_run=ctx.args.dry_run, skip_invalid=ctx.args.skip_invalid)
    if ctx.json:
        ctx.emit(result.to_json())
    else:
        _print_result(ctx, result)
    return 0


def cmd_export(ctx: Context) -> int:
    delimiter = DELIMITERS.get(ctx.args.delimiter)
    if delimiter is None:
        raise ValidationError(N_("the delimiter must be one of , ; or tab"), where=ctx.args.delimiter)
    n = export_file(ctx.vault(), Path(ctx.args.file), kind=ctx.args.kind_name, delimiter=delimiter)
    if ctx.json:
        ctx.emit({"path": ctx.args.file, "records": n})
    else:
        ctx.say("Wrote {count} records to {path}. This file is NOT encrypted: keep it safe or delete it.",
                count=n, path=ctx.args.file)
    return 0


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("delete", help=tr("delete a record"))
    p.add_argument("kind", choices=RECORD_KINDS)
    p.add_argument("id")
    p.add_argument("--yes", action="store_true", help=tr("do not ask; also remove references to it"))
    p.set_defaults(func=cmd_delete)

    p = sub.add_parser("import-data", help=tr("import a .json binder, a .csv or .xlsx of records, or a .vcf of "
                                              "contacts"))
    p.add_argument("file")
    p.add_argument("--kind", dest="kind_name", choices=RECORD_KINDS,
                   help=tr("the kind a CSV file or sheet holds (default: from its name)"))
    p.add_argument("--dry-run", action="store_true",
                   help=tr("show what would be new, changed, unchanged or a possible duplicate; write nothing"))
    p.add_argument("--skip-invalid", action="store_true",
                   help=tr("import the valid rows and list every skipped row with its reason"))
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_import)

    p = sub.add_parser("export-data", help=tr("export to .json (everything), .csv (one kind, log or runs), .xlsx "
                                              "or .vcf (contacts)"))
    p.add_argument("file")
    p.add_argument("--kind", dest="kind_name", choices=[*RECORD_KINDS, "log", "runs"])
    p.add_argument("--delimiter", default=",", help=tr("CSV column separator: , ; or tab (Excel in Swedish: ;)"))
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_export)
