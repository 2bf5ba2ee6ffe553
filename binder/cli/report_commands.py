"""Field reports: a laptop sends what it recorded; the coordinator imports, reads the timeline,
the restoration board and the proposed corrections."""
from __future__ import annotations

import argparse
import csv
import json
import sys
from datetime import timedelta
from pathlib import Path
from typing import Any

from binder import i18n
from binder.cli.context import Context
from binder.errors import BinderError, ValidationError
from binder.i18n import N_, tr
from binder.model import clock
from binder.reports import apply as report_apply
from binder.reports import board, corrections, export, timeline, verify
from binder.reports.describe import chain_text as _chain_text
from binder.reports.describe import counts_text as _counts_text
from binder.store import metadata


def _progress(ctx: Context) -> Any:
    if ctx.json:
        return None
    return lambda done, total, label: print(f"[{done}/{total}] {tr(label)}", file=sys.stderr)


def _zone(ctx: Context) -> Any:
    return clock.binder_zone(metadata.get(ctx.vault()))


# -- laptop ---------------------------------------------------------------------------------------

def cmd_report_export(ctx: Context) -> int:
    result = export.export_report(ctx.vault(), Path(ctx.args.out), progress=_progress(ctx))
    if ctx.json:
        ctx.emit(result.to_json())
        return 0
    ctx.say("Wrote field report {sequence} to {path}: {counts}.", sequence=result.sequence, path=str(result.path),
            counts=_counts_text(result.to_json()["counts"]))
    ctx.say("Take the stick to the coordinator. The next report repeats everything until the coordinator's next "
            "bundle confirms it.")
    return 0


# -- coordinator ----------------------------------------------------------------------------------

def _print_verified(ctx: Context, v: verify.VerifiedReport) -> None:
    ctx.say("Field report {sequence} from {laptop}, written {when}: {counts}.", sequence=v.sequence, laptop=v.laptop,
            when=clock.format_local(v.header["issued_at"], _zone(ctx)), counts=_counts_text(v.header["counts"]))
    if v.already_imported:
        ctx.say("This report is already imported; importing it again changes nothing.")


def cmd_report_verify(ctx: Context) -> int:
    v = verify.verify_report(ctx.vault(), Path(ctx.args.file), _progress(ctx))
    try:
        if ctx.json:
            ctx.emit(v.to_json())
        else:
            _print_verified(ctx, v)
            ctx.say("Signature, number and every entry are valid.")
    finally:
        v.cleanup()
    return 0


def _verify_all(ctx: Context, paths: list[str]) -> list[verify.VerifiedReport]:
    """Check every file first: one refusal and nothing is imported."""
    checked: list[verify.VerifiedReport] = []
    try:
        for path in paths:
            checked.append(verify.verify_report(ctx.vault(), Path(path), _progress(ctx)))
    except BaseException:
        for v in checked:
            v.cleanup()
        raise
    return checked


def cmd_report_import(ctx: Context) -> int:
    a = ctx.args
    vault = ctx.vault()
    batch = _verify_all(ctx, a.files)
    try:
        previews = [report_apply.preview(vault, v) for v in batch]
        for v, summary in zip(batch, previews, strict=True):
            if ctx.json:
                continue
            _print_verified(ctx, v)
            if not v.already_imported:
                ctx.say("New: {counts}.", counts=_counts_text(summary.new))
                if any(summary.repeated.values()):
                    ctx.say("Already held (sent again, stored once): {counts}.", counts=_counts_text(summary.repeated))
                print(_chain_text(v.laptop, summary.chain))
        todo = [v for v in batch if not v.already_imported]
        if todo and not a.dry_run and not a.yes:
            if not sys.stdin or not sys.stdin.isatty():
                raise BinderError("Add --yes to import the report (or --dry-run to only look). Nothing was changed.")
            if input(tr("Import this report? [y/N] ")).strip().lower() not in ("y", "yes", "j", "ja"):
                ctx.say("Nothing was changed.")
                return 0
        imported = bool(todo) and not a.dry_run
        if imported:
            report_apply.import_reports(vault, batch, progress=_progress(ctx))
    finally:
        for v in batch:
            v.cleanup()
    if ctx.json:
        ctx.emit([{**v.to_json(), "preview": p.to_json(), "imported": imported and not v.already_imported}
                  for v, p in zip(batch, previews, strict=True)])
    elif a.dry_run:
        ctx.say("Dry run: nothing was changed.")
    else:
        for v in todo:
            ctx.say("Imported field report {sequence} from {laptop}.", sequence=v.sequence, laptop=v.laptop)
    return 0


def _since(ctx: Context) -> Any:
    if not ctx.args.since:
        return None
    try:
        return clock.parse(ctx.args.since, _zone(ctx))
    except ValueError:
        raise ValidationError(N_("expected a date and time (YYYY-MM-DDTHH:MM)"), where="--since") from None


TIMELINE_FIELDS = ("occurred_at", "recorded_at", "laptop", "author", "kind", "text", "decided_by", "corrects", "hash")


def _wrote_pdf(ctx: Context, result: Any) -> None:
    if ctx.json:
        ctx.emit(result.__dict__)
    else:
        ctx.say("Wrote {path}: {pages} pages (not encrypted). Check codes are in the print register.",
                path=result.path, pages=result.pages)


def cmd_timeline(ctx: Context) -> int:
    vault = ctx.vault()
    if ctx.args.pdf:
        from binder.printing.build import check_destination
        from binder.printing.timeline import build_timeline_pdf
        check_destination(ctx.args.pdf)
        _wrote_pdf(ctx, build_timeline_pdf(vault, ctx.args.pdf, since=_since(ctx), laptop=ctx.args.laptop,
                                           lang=ctx.args.pdf_lang or getattr(ctx.args, "lang", None)))
        return 0
    entries = timeline.timeline(vault, since=_since(ctx), laptop=ctx.args.laptop)
    chains = timeline.chains(vault)
    if ctx.args.csv:
        with open(ctx.args.csv, "w", encoding="utf-8-sig", newline="") as handle:
            writer = csv.writer(handle)
            writer.writerow(TIMELINE_FIELDS)
            for e in entries:
                row = e.to_json()
                writer.writerow(["" if row[f] is None else row[f] for f in TIMELINE_FIELDS])
        ctx.say("Wrote {count} entries to {path} (not encrypted).", count=len(entries), path=ctx.args.csv)
        return 0
    if ctx.json:
        ctx.emit([{f: e.to_json()[f] for f in TIMELINE_FIELDS} for e in entries])
        return 0
    from binder.printing.labels import enum_label  # the paper's labels (ReportLab not needed)
    zone = _zone(ctx)
    lang = i18n.language()
    for e in entries:
        where = e.laptop or tr("Coordinator")
        kind = enum_label("log_kind", e.kind, lang)
        mark = "★ " if e.is_decision else ""
        print(f"{clock.format_local(e.occurred_at, zone)}  {where} · {e.author} · {kind}: {mark}{e.text}")
    for name, status in sorted(chains.items()):
        print(_chain_text(name, status))
    if not entries:
        ctx.say("The timeline is empty.")
    return 0


def _last_sitrep(ctx: Context) -> Any:
    """The default start of a situation report: when the last one was printed (else 24 hours ago)."""
    from binder.printing import list_prints
    for entry in list_prints(ctx.vault()):
        if entry.sections == ["sitrep"]:
            return clock.parse(entry.printed_at)
    return clock.now() - timedelta(hours=24)


def cmd_sitrep(ctx: Context) -> int:
    from binder.printing.build import check_destination
    from binder.printing.sitrep import build_sitrep
    check_destination(ctx.args.out)
    since = _since(ctx) or _last_sitrep(ctx)
    lang = ctx.args.pdf_lang or getattr(ctx.args, "lang", None)
    _wrote_pdf(ctx, build_sitrep(ctx.vault(), ctx.args.out, since=since, lang=lang))
    return 0


def cmd_board(ctx: Context) -> int:
    vault = ctx.vault()
    items = board.board(vault)
    if ctx.json:
        ctx.emit([i.to_json() for i in items])
        return 0
    zone = _zone(ctx)
    for i in items:
        status = i.status or tr("unknown")
        who = tr("{by} at {where}, {when}", by=i.set_by or "—", where=i.where or tr("Coordinator"),
                 when=clock.format_local(i.at, zone)) if i.status else ""
        flags = []
        if i.blocked_by:
            flags.append(tr("blocked by {names}", names=", ".join(i.blocked_by)))
        if i.rto_overrun:
            flags.append(tr("RTO {hours} h exceeded", hours=i.rto_h))
        print(f"{i.position:>3}. {i.name}: {status}  {who}  {'; '.join(flags)}".rstrip())
    return 0


def _correction_line(c: corrections.Correction) -> str:
    value = json.dumps(c.value, ensure_ascii=False)
    return tr("{id}  {laptop} · {author}: {title}, {field} → {value} ({reason})", id=c.id[:8], laptop=c.laptop,
              author=c.author, title=c.record_title or c.record_id[:8], field=c.field, value=value,
              reason=c.reason or c.laptop_state)


def cmd_corrections_list(ctx: Context) -> int:
    items = corrections.list_corrections(ctx.vault(), None if ctx.args.all else "open")
    if ctx.json:
        ctx.emit([c.to_json() for c in items])
        return 0
    if not items:
        ctx.say("No proposed corrections are waiting.")
    for c in items:
        print(_correction_line(c))
    return 0


def cmd_corrections_accept(ctx: Context) -> int:
    c = corrections.accept(ctx.vault(), ctx.args.id, ctx.operator(ctx.args.by))
    ctx.say("Accepted: {title}, {field} changed. The next bundle carries it to every laptop.",
            title=c.record_title, field=c.field)
    return 0


def cmd_corrections_reject(ctx: Context) -> int:
    c = corrections.reject(ctx.vault(), ctx.args.id, ctx.args.reason, ctx.operator(ctx.args.by))
    ctx.say("Rejected: {title}, {field}. The reason goes back to {laptop} with the next bundle.",
            title=c.record_title, field=c.field, laptop=c.laptop)
    return 0


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("report", help=tr("field reports: from a laptop to the coordinator by USB stick"))
    rsub = p.add_subparsers(dest="report_command", metavar="ACTION")
    rsub.required = True
    q = rsub.add_parser("export", help=tr("laptop: write what this laptop recorded since its last confirmed report"))
    q.add_argument("out", help=tr("the folder to write into (e.g. the USB stick)"))
    q.add_argument("--json", action="store_true")
    q.set_defaults(func=cmd_report_export)
    q = rsub.add_parser("verify", help=tr("coordinator: check a report without changing anything"))
    q.add_argument("file")
    q.add_argument("--json", action="store_true")
    q.set_defaults(func=cmd_report_verify)
    q = rsub.add_parser("import", help=tr("coordinator: check, preview and import a report"))
    q.add_argument("files", nargs="+", metavar="FILE", help=tr("one or more report files (all are checked first)"))
    q.add_argument("--dry-run", action="store_true", help=tr("show what would change, change nothing"))
    q.add_argument("--yes", action="store_true", help=tr("import without asking"))
    q.add_argument("--json", action="store_true")
    q.set_defaults(func=cmd_report_import)

    p = sub.add_parser("timeline", help=tr("coordinator: every laptop's log and the coordinator's, by time occurred"))
    p.add_argument("--since", metavar="TIME", help=tr("only entries that occurred at or after TIME"))
    p.add_argument("--laptop", metavar="NAME", help=tr("only this laptop's entries"))
    p.add_argument("--csv", metavar="FILE", help=tr("write the timeline to a CSV file (not encrypted)"))
    p.add_argument("--pdf", metavar="FILE", help=tr("print the timeline to a PDF for the evaluation (not encrypted)"))
    p.add_argument("--lang", dest="pdf_lang", choices=("sv", "en"),
                   help=tr("language of the PDF (default: the binder's)"))
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_timeline)

    p = sub.add_parser("sitrep", help=tr("coordinator: the situation report (PDF) for the daily meeting"))
    p.add_argument("out", metavar="OUT.pdf")
    p.add_argument("--since", metavar="TIME",
                   help=tr("the period starts at TIME (default: the last situation report, or 24 hours ago)"))
    p.add_argument("--lang", dest="pdf_lang", choices=("sv", "en"),
                   help=tr("language of the PDF (default: the binder's)"))
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_sitrep)

    p = sub.add_parser("board", help=tr("coordinator: the latest restoration status of every system, from all laptops"))
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_board)

    p = sub.add_parser("corrections", help=tr("coordinator: corrections proposed by the laptops"))
    csub = p.add_subparsers(dest="corrections_command", metavar="ACTION")
    csub.required = True
    q = csub.add_parser("list", help=tr("list proposed corrections (open ones unless --all)"))
    q.add_argument("--all", action="store_true")
    q.add_argument("--json", action="store_true")
    q.set_defaults(func=cmd_corrections_list)
    q = csub.add_parser("accept", help=tr("change the published record as the laptop proposed"))
    q.add_argument("id")
    q.add_argument("--by", metavar="NAME", help=tr("who decides (default: the operator)"))
    q.set_defaults(func=cmd_corrections_accept)
    q = csub.add_parser("reject", help=tr("keep the published value; the reason goes back to the laptop"))
    q.add_argument("id")
    q.add_argument("--reason", required=True)
    q.add_argument("--by", metavar="NAME", help=tr("who decides (default: the operator)"))
    q.set_defaults(func=cmd_corrections_reject)
