"""Paper binder commands: pdf, pdf-check, prints list, print."""
from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path
from typing import Any

from binder.cli.context import Context
from binder.errors import PrintError
from binder.fsutil import private_dir
from binder.i18n import N_, tr
from binder.model import clock
from binder.printing import build, printer, verify
from binder.printing import register as print_register
from binder.printing.labels import section_title
from binder.printing.sections import ORDER
from binder.store import metadata


def _progress(ctx: Context) -> Any:
    if ctx.json or not sys.stderr.isatty():
        return None

    def show(fraction: float, message: str) -> None:
        print(f"\r{int(fraction * 100):3d}% {message[:60]:<60}", end="", file=sys.stderr, flush=True)
        if fraction >= 1:
            print(file=sys.stderr)
    return show


def _options(ctx: Context) -> dict[str, Any]:
    args = ctx.args
    return {"sections": args.sections, "lang": args.pdf_lang or getattr(args, "lang", None),
            "since_print": args.since_print, "paper": args.paper, "copy_number": args.copy,
            "progress": _progress(ctx)}


def _when(ctx: Context, moment: str) -> str:
    """A stored time in the binder's time zone, whatever the computer's zone."""
    return clock.format_local(moment, clock.binder_zone(metadata.get(ctx.vault())))


def _section_name(section: str) -> str:
    return tr(section_title(section, "en"))


def _report(ctx: Context, result: build.PrintResult, *, job: printer.Job | None = None) -> None:
    if ctx.json:
        out = dict(result.__dict__)
        if job:
            out.update(printer_answer=job.answer, printer=job.printer, job_id=job.job_id)
        ctx.emit(out)
        return
    names = ", ".join(_section_name(s) for s in result.sections)
    ctx.say("Wrote {path}: {pages} pages, binder version {version}, valid as of {date}.", path=result.path,
            pages=result.pages, version=result.version, date=_when(ctx, result.valid_as_of))
    ctx.say("Sections: {sections}", sections=names)
    if job:
        ctx.say("Sent to the printer: {answer}", answer=job.answer)


def cmd_pdf(ctx: Context) -> int:
    build.check_destination(ctx.args.out)          # before unlocking and rendering
    result = build.build_pdf(ctx.vault(), Path(ctx.args.out), **_options(ctx))
    _report(ctx, result)
    return 0


def cmd_print(ctx: Context) -> int:
    vault = ctx.vault()
    options = _options(ctx)
    if os.name == "nt":  # the Windows print verb needs a file: private folder, removed after spooling
        folder = private_dir(Path(tempfile.gettempdir()) / "krisparm-print")
        with printer.spooled_file(folder / "binder.pdf") as path:
            result = build.build_pdf(vault, path, **options)
            job = printer.send_to_printer(path, ctx.args.printer)
    else:                # CUPS reads the PDF from a pipe: no copy on disk
        rendered = build.render(vault, **options)
        job = printer.send_bytes_to_printer(rendered.pdf, ctx.args.printer, title=tr("Crisis binder"))
        result = build.finish(vault, rendered, f"printer:{job.printer or 'default'}", True, job=job)
    _report(ctx, result, job=job)
    if printer.queue_stopped(job.printer):
        raise PrintError(N_("The printer {printer} is stopped: the job {job} waits in its queue and prints "
                            "only when the printer is started again (cupsenable {printer}). Nothing has "
                            "been printed yet."), printer=job.printer, job=job.job_id or "?")
    return 0


def cmd_check(ctx: Context) -> int:
    check = verify.check_code(ctx.vault(), ctx.args.code)
    if ctx.json:
        ctx.emit(check.to_json())
    elif check.status == "current":
        ctx.say("{code}: CURRENT. Page {page} ({section}) of the print of {date}, version {version}; its "
                "content is still current (binder version now: {now}).", code=check.code, page=check.page,
                section=_section_name(check.section), date=_when(ctx, check.printed_at), version=check.version,
                now=check.current_version)
    elif check.status == "older":
        ctx.say("{code}: OLDER VERSION. Page {page} ({section}) was printed on {date} from version {version}; "
                "the binder is now at version {now} and this section has changed. Replace the page.",
                code=check.code, page=check.page, section=_section_name(check.section),
                date=_when(ctx, check.printed_at), version=check.version, now=check.current_version)
    elif check.status == "snapshot":
        ctx.say("{code}: SNAPSHOT. Page {page} of the {section} printed on {date} (version {version}). It shows "
                "the situation at that time; print a new one for the situation now.", code=check.code,
                page=check.page, section=_section_name(check.section), date=_when(ctx, check.printed_at),
                version=check.version)
    else:
        ctx.warn("{code}: UNKNOWN. No print recorded in this vault has a page with this code. Check the "
                 "code for typos; the page may come from another binder.", code=check.code)
    return 0 if check.status != "unknown" else 1


def _refresh_jobs(ctx: Context) -> list[print_register.PrintEntry]:
    """The register, with the state of jobs still at a printer asked from the print system."""
    vault = ctx.vault()
    entries = print_register.list_prints(vault)
    changed = False
    for entry in entries:
        if entry.job_state == "sent":
            state = printer.job_state(entry.job_id, entry.printer)
            if state != "sent":
                print_register.set_job_state(vault, entry.id, state)
                changed = True
    return print_register.list_prints(vault) if changed else entries


JOB_STATE_NAMES = {"sent": N_("sent to the printer"), "printed": N_("printed"), "failed": N_("printing failed")}


def cmd_prints_list(ctx: Context) -> int:
    entries = _refresh_jobs(ctx)
    if ctx.json:
        ctx.emit([e.to_json() for e in entries])
        return 0
    if not entries:
        ctx.say("No prints are recorded yet.")
        return 0
    for e in entries:
        copy = str(e.copy_number) if e.copy_number else "–"
        kind = tr("partial reprint") if e.partial else tr("full binder")
        job = f"  {e.job_id or e.printer}: {tr(JOB_STATE_NAMES[e.job_state])}" if e.job_state else ""
        print(f"{_when(ctx, e.printed_at)}  {e.version:>6}  {tr('copy')} {copy:>4}  {e.pages:4d} {tr('pages')}  "
              f"{e.lang}/{e.paper}  {kind}  {', '.join(_section_name(s) for s in e.sections)}{job}")
    return 0


def _build_options(p: argparse.ArgumentParser) -> None:
    p.add_argument("--sections", metavar="LIST",
                   help=tr("comma-separated sections to print (default: all): {sections}",
                           sections=",".join(ORDER)))
    p.add_argument("--lang", dest="pdf_lang", choices=("sv", "en"),
                   help=tr("language of the binder (default: the vault's language)"))
    p.add_argument("--since-print", action="store_true",
                   help=tr("print only the sections that changed since the last recorded print"))
    p.add_argument("--paper", choices=("a4", "letter"), default="a4", help=tr("paper size (default a4)"))
    p.add_argument("--copy", type=int, metavar="N", help=tr("copy number printed on the cover"))
    p.add_argument("--json", action="store_true", help=tr("output as JSON"))


def register_commands(sub: Any) -> None:
    p = sub.add_parser("pdf", help=tr("write the paper binder as a PDF"))
    p.add_argument("out", metavar="OUT.pdf", help=tr("where to write the PDF"))
    _build_options(p)
    p.set_defaults(func=cmd_pdf)

    p = sub.add_parser("print", help=tr("print the paper binder on a printer"))
    p.add_argument("--printer", metavar="NAME", help=tr("printer name (default: the system's default)"))
    _build_options(p)
    p.set_defaults(func=cmd_print)

    p = sub.add_parser("pdf-check", help=tr("say whether a printed page (by its check code) is current"))
    p.add_argument("code", metavar="CODE", help=tr("the check code in the page footer, e.g. AB3D-7KQ2"))
    p.add_argument("--json", action="store_true", help=tr("output as JSON"))
    p.set_defaults(func=cmd_check)

    p = sub.add_parser("prints", help=tr("the register of printed copies"))
    psub = p.add_subparsers(dest="prints_command", metavar="ACTION")
    psub.required = True
    q = psub.add_parser("list", help=tr("list every recorded print"))
    q.add_argument("--json", action="store_true", help=tr("output as JSON"))
    q.set_defaults(func=cmd_prints_list)


register = register_commands
