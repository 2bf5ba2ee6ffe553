"""Build the paper binder: `build_pdf(vault, out_path, …) -> PrintResult`.

The story is assembled from the section modules, laid out by `BinderDoc`
(several passes, for the table of contents and "page X of Y"), written
atomically, and recorded in the print register. The same vault and options
give byte-identical PDFs.
"""
from __future__ import annotations

import io
import logging
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from reportlab.platypus import Flowable, PageBreak

from binder.errors import PrintError
from binder.fsutil import atomic_write
from binder.i18n import LANGUAGES, N_, tr
from binder.printing import check_codes, register
from binder.printing.context import BinderContext, content_hash
from binder.printing.labels import section_title
from binder.printing.layout import PAPER, BinderDoc
from binder.printing.printer import Job
from binder.printing.sections import CONTENT, ORDER, cover, toc
from binder.printing.styles import make_styles
from binder.vault.vault import Vault

log = logging.getLogger(__name__)

Progress = Callable[[float, str], None]
ALIASES = {"first-hour": "first_hour", "firsthour": "first_hour", "blank_forms": "forms",
           "blank-forms": "forms", "forms": "forms", "incident_log": "log", "communication": "comms",
           "restore": "restoration", "cards": "wallet_cards", "wallet": "wallet_cards"}


@dataclass(frozen=True)
class PrintResult:
    path: str
    pages: int
    version: str
    codes: list[str]                  # check code of each page, page 1 first
    sections: list[str]               # content sections printed
    valid_as_of: str
    print_id: str = ""
    partial: bool = False


@dataclass
class Rendered:
    pdf: bytes
    ctx: BinderContext
    sections: list[str]
    section_hashes: dict[str, str]
    page_codes: dict[int, tuple[str, str]]
    partial: bool


def parse_sections(spec: str | Sequence[str] | None) -> list[str]:
    """Section ids from 'contacts,routines' or a list; refuses unknown names."""
    if spec is None:
        return list(ORDER)
    names = spec.split(",") if isinstance(spec, str) else list(spec)
    out = []
    for raw in names:
        name = raw.strip().lower()
        if not name:
            continue
        name = ALIASES.get(name, name.replace("-", "_"))
        if name not in CONTENT:
            raise PrintError(N_("Unknown section '{name}'. Sections: {sections}."), name=raw.strip(),
                             sections=", ".join(ORDER))
        if name not in out:
            out.append(name)
    if not out:
        raise PrintError(N_("No sections chosen. Sections: {sections}."), sections=", ".join(ORDER))
    return [s for s in ORDER if s in out]


def section_hashes(ctx: BinderContext, sections: Sequence[str]) -> dict[str, str]:
    """Content hash per section (what `--since-print` and `pdf-check` compare)."""
    hashes = {s: content_hash(CONTENT[s].content(ctx)) for s in sections}
    hashes["cover"] = content_hash(cover.content(ctx))
    hashes["toc"] = content_hash(sorted(hashes.items()))
    return hashes


def check_destination(out_path: str | Path) -> None:
    """Refuse, before any rendering, a PDF path whose folder does not exist or cannot be written to."""
    path = Path(out_path)
    folder = path.parent if str(path.parent) else Path(".")
    if path.is_dir():
        raise PrintError(N_("{path} is a folder; give the name of the PDF file to write."), path=str(path))
    if not folder.is_dir():
        raise PrintError(N_("The folder {folder} does not exist. Nothing was written."), folder=str(folder))
    try:
        with tempfile.TemporaryFile(dir=folder):
            pass
    except OSError as exc:
        raise PrintError(N_("Cannot write to the folder {folder} ({reason}). Nothing was written."),
                         folder=str(folder), reason=exc.strerror or str(exc)) from exc


def _validate(lang: str | None, paper: str, copy_number: int | None) -> None:
    if lang is not None and lang not in LANGUAGES:
        raise PrintError(N_("Unknown language '{language}'; use sv or en."), language=lang)
    if paper not in PAPER:
        raise PrintError(N_("Unknown paper size '{paper}'; use a4 or letter."), paper=paper)
    if copy_number is not None and not 1 <= copy_number <= 9999:
        raise PrintError(N_("The copy number must be between 1 and 9999."))


def _reprint_plan(vault: Vault, ctx: BinderContext, chosen: list[str],
                  hashes: dict[str, str]) -> tuple[list[str], cover.Reprint]:
    last = register.last_section_prints(vault)
    changed = [s for s in chosen if s not in last or last[s].content_hash != hashes[s]]
    reprint = cover.Reprint(unchanged=[s for s in chosen if s not in changed])
    for section in changed:
        previous = last.get(section)
        if previous is None:
            reprint.replaced[section] = []
            continue
        entry = previous.entry
        pages = previous.pages
        span = f"{pages[0]}–{pages[-1]}" if len(pages) > 1 else (str(pages[0]) if pages else "")
        reprint.replaced[section] = [ctx.t("pages {pages} of the print of {date} (version {version})",
                                           pages=span, date=ctx.fmt_datetime(entry.printed_at),
                                           version=entry.version)]
    prints = register.list_prints(vault)
    if prints:
        reprint.previous = ctx.t("{date}, version {version}", date=ctx.fmt_datetime(prints[0].printed_at),
                                 version=prints[0].version)
    return changed, reprint


def _expected_pages(vault: Vault, story_length: int) -> int:
    """A guess of the page count, for progress: the last print's, or one page per 12 flowables."""
    prints = register.list_prints(vault)
    return prints[0].pages if prints else max(story_length // 12, 10)


def render(vault: Vault, *, sections: str | Sequence[str] | None = None, lang: str | None = None,
           since_print: bool = False, paper: str = "a4", copy_number: int | None = None,
           progress: Progress | None = None) -> Rendered:
    """Lay out the binder in memory (nothing written, nothing recorded)."""
    _validate(lang, paper, copy_number)
    chosen = parse_sections(sections)
    report = progress or (lambda fraction, message: None)
    report(0.0, tr("Reading the vault"))
    ctx = BinderContext.load(vault, lang, paper, copy_number)
    hashes = section_hashes(ctx, chosen)
    reprint = None
    if since_print:
        chosen, reprint = _reprint_plan(vault, ctx, chosen, hashes)
        if not chosen:
            raise PrintError(N_("Nothing has changed since the last print; there is nothing to reprint."))
        hashes = {s: hashes[s] for s in chosen} | {"cover": hashes["cover"]}
        hashes["toc"] = content_hash(sorted(hashes.items()))
    styles = make_styles(ctx.lang)
    body: list[Flowable] = []
    for index, section in enumerate(chosen):
        report(0.05 + 0.15 * index / len(chosen),
               tr("Preparing: {section}", section=section_title(section, ctx.lang)))
        body.append(PageBreak())
        body.extend(CONTENT[section].story(ctx, styles))
    story: list[Flowable] = [*cover.story(ctx, styles, reprint), PageBreak(),
                             *toc.story(ctx, styles, toc.entries(body)), *body]
    expected = _expected_pages(vault, len(story))

    def on_page(page: int, _total: int) -> None:
        report(min(0.2 + 0.79 * page / max(expected, page + 1), 0.99), tr("Laying out page {page}", page=page))

    buffer = io.BytesIO()
    doc = BinderDoc(buffer, ctx, on_page=on_page)
    started = time.perf_counter()
    doc.build_once(story)
    log.info("binder laid out: %d pages in %.2f s", len(doc.page_codes), time.perf_counter() - started)
    report(1.0, tr("Done"))
    return Rendered(buffer.getvalue(), ctx, chosen, hashes, dict(doc.page_codes), since_print)


def build_pdf(vault: Vault, out_path: str | Path, *, sections: str | Sequence[str] | None = None,
              lang: str | None = None, since_print: bool = False, paper: str = "a4",
              copy_number: int | None = None, progress: Progress | None = None,
              record: bool = True) -> PrintResult:
    """Build the binder PDF at `out_path` (atomic, owner-only) and record the print."""
    check_destination(out_path)
    rendered = render(vault, sections=sections, lang=lang, since_print=since_print, paper=paper,
                      copy_number=copy_number, progress=progress)
    path = Path(out_path)
    atomic_write(path, rendered.pdf)
    return finish(vault, rendered, str(path), record)


def finish(vault: Vault, rendered: Rendered, path: str, record: bool = True, *, job: Job | None = None) -> PrintResult:
    """Record a rendered binder in the print register (when `record`) and describe it; a printer's
    `job` is recorded as sent."""
    ctx = rendered.ctx
    print_id = ""
    if record:
        print_id = register.record(vault, version=ctx.version, valid_as_of=ctx.valid_as_of.isoformat(),
                                   copy_number=ctx.copy_number, lang=ctx.lang, paper=ctx.paper,
                                   partial=rendered.partial, sections=rendered.sections,
                                   section_hashes=rendered.section_hashes, page_codes=rendered.page_codes,
                                   path=path, printer=job.printer if job else "",
                                   job_id=job.job_id if job else "", job_state="sent" if job else "")
    codes = [check_codes.display(rendered.page_codes[p][0]) for p in sorted(rendered.page_codes)]
    return PrintResult(path, len(codes), ctx.version, codes, rendered.sections, ctx.valid_as_of.isoformat(),
                       print_id, rendered.partial)
