"""The page template: frame, header and footer on every page, TOC and outline, check codes.

Header: organisation, section, classification marking. Footer: binder
version, valid-as-of date, "Page X of Y" and the page's check code.

The layout is done in ONE pass: Y and the table of contents' page numbers
are PDF form XObjects that every page references and that are defined once
the last page is known (the classic ReportLab "page x of y" technique). The
table of contents' entries are known before layout (they are the `Mark`s in
the story), so its length never changes between passes: there are none.
"""
from __future__ import annotations

import logging
from collections.abc import Callable, Iterator
from datetime import UTC
from typing import Any

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import TimeStamp
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate, Paragraph, Table
from reportlab.platypus.flowables import _ContainerSpace

from binder.printing import check_codes, fonts, markup
from binder.printing.context import BinderContext
from binder.printing.labels import section_title

log = logging.getLogger(__name__)

PAPER = {"a4": A4, "letter": LETTER}
MARGIN_X = 15 * mm
MARGIN_TOP = 21 * mm
MARGIN_BOTTOM = 19 * mm


def frame_width(paper: str) -> float:
    return PAPER[paper][0] - 2 * MARGIN_X


def frame_height(paper: str) -> float:
    return PAPER[paper][1] - MARGIN_TOP - MARGIN_BOTTOM


class Mark(Flowable):
    """An invisible marker: starts a section and/or adds a table-of-contents entry."""

    def __init__(self, key: str, title: str, level: int, section: str | None = None) -> None:
        super().__init__()
        self.key = key
        self.title = title
        self.level = level
        self.section = section
        self.width = self.height = 0

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        return None


class Lazy(Flowable):
    """Flowables made only when layout reaches them (a 10 000-contact section never sits in memory
    whole). `marks` lists the `Mark`s the chunks will contain, so the table of contents knows them."""

    def __init__(self, chunks: Iterator[list[Flowable]], marks: list[Mark]) -> None:
        super().__init__()
        self.chunks = chunks
        self.marks = marks
        self.width = self.height = 0

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        return None


def form_name(key: str) -> str:
    """A PDF-safe name for the form holding the page number of `key`."""
    return "pg_" + "".join(ch if ch.isalnum() else "_" for ch in key)


TOTAL_FORM = "pg_total"
BASELINE = 2.2   # baseline of a 9 pt line above the bottom of its 11 pt line box
PAGE_REF_WIDTH = 14 * mm


class PageRef(Flowable):
    """The page number of a marked place, right-aligned, filled in when the document ends."""

    def __init__(self, key: str, font: str, size: float) -> None:
        super().__init__()
        self.key = key
        self.font = font
        self.size = size
        self.width = PAGE_REF_WIDTH
        self.height = size * 1.25

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        self.canv.saveState()
        self.canv.translate(0, self.height - self.size)
        self.canv.doForm(form_name(self.key))
        self.canv.restoreState()


def page_text(flowable: Any) -> str:
    """The visible text of a flowable (for check codes)."""
    if isinstance(flowable, Paragraph):
        return flowable.getPlainText()
    if isinstance(flowable, Table):
        return "\x1d".join(page_text(cell) for row in flowable._cellvalues for cell in row)
    if isinstance(flowable, (list, tuple)):
        return "\x1d".join(page_text(item) for item in flowable)
    if isinstance(flowable, str):
        return flowable
    if isinstance(flowable, _ContainerSpace):
        return "\x1d".join(page_text(item) for item in flowable._content)
    return str(getattr(flowable, "content_text", ""))


class BinderDoc(BaseDocTemplate):
    """A multi-pass document with running header/footer and per-page check codes."""

    def __init__(self, target: Any, ctx: BinderContext, *, on_page: Callable[[int, int], None] | None = None,
                 **kw: Any) -> None:
        self.ctx = ctx
        self.on_page = on_page
        self.section = "cover"
        self.mark_pages: dict[str, int] = {}
        self.mark_levels: dict[str, int] = {}
        self.page_codes: dict[int, tuple[str, str]] = {}
        self.section_pages: dict[str, list[int]] = {}
        self._page_texts: list[str] = []
        self._header_style = ParagraphStyle("hdr", fontName=fonts.SANS, fontSize=9, leading=11)
        self._header_bold = ParagraphStyle("hdrb", parent=self._header_style, fontName=fonts.SANS_BOLD)
        size = PAPER[ctx.paper]
        super().__init__(target, pagesize=size, leftMargin=MARGIN_X, rightMargin=MARGIN_X,
                         topMargin=MARGIN_TOP, bottomMargin=MARGIN_BOTTOM, invariant=1,
                         title=ctx.t("Crisis binder") + (f" — {ctx.organisation}" if ctx.organisation else ""),
                         author=ctx.organisation, subject=ctx.t("Crisis binder, version {version}",
                                                                 version=ctx.version),
                         creator="Krispärm", lang=ctx.lang, initialFontName=fonts.SANS,
                         initialFontSize=10, **kw)
        frame = Frame(MARGIN_X, MARGIN_BOTTOM, frame_width(ctx.paper), frame_height(ctx.paper),
                      leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0, id="body")
        self.addPageTemplates([PageTemplate(id="page", frames=[frame], onPageEnd=self._decorate)])

    # -- passes --------------------------------------------------------------
    def beforeDocument(self) -> None:
        """Fix the PDF's dates and id to the binder's valid-as-of time (deterministic output)."""
        stamp = TimeStamp(1)
        moment = self.ctx.valid_as_of.astimezone(UTC)
        stamp.t = moment.timestamp()
        stamp.lt = moment.timetuple()
        stamp.YMDhms = tuple(stamp.lt)[:6]
        document = self.canv._doc
        document._timeStamp = stamp
        document.updateSignature(f"{self.ctx.version}|{moment.isoformat()}")
        self.section = "cover"
        self.page_codes = {}
        self.section_pages = {}
        self._page_texts = []

    def build_once(self, story: list[Flowable]) -> None:
        """Lay out the story in one pass, then define the page-number forms and save."""
        self._doSave = 0
        self.build(story)
        canv = self.canv
        total = len(self.page_codes)
        self._number_form(TOTAL_FORM, str(total), fonts.SANS_BOLD, align_right=False)
        for key, page in self.mark_pages.items():
            top_level = self.mark_levels.get(key, 1) == 0
            self._number_form(form_name(key), str(page), fonts.SANS_BOLD if top_level else fonts.SANS,
                              align_right=True, size=11.5 if top_level else 10)
        canv.save()

    def _number_form(self, name: str, text: str, font: str, *, align_right: bool, size: float = 9) -> None:
        canv = self.canv
        canv.beginForm(name, lowerx=0, lowery=-10, upperx=200, uppery=40)
        canv.setFont(font, size)
        if align_right:    # right-aligned in a PageRef, in positive coordinates
            canv.drawString(PAGE_REF_WIDTH - canv.stringWidth(text, font, size), 0, text)
        else:
            canv.drawString(0, 0, text)
        canv.endForm()

    def filterFlowables(self, flowables: list[Flowable]) -> None:
        """Expand a `Lazy` at the front of the story into its next chunk."""
        while flowables and isinstance(flowables[0], Lazy):
            lazy = flowables[0]
            chunk = next(lazy.chunks, None)
            if chunk is None:
                del flowables[0]
            else:
                flowables[0:0] = chunk
        if not flowables:
            flowables.append(None)   # handle_flowable skips a None

    def handle_pageBegin(self) -> None:
        self._page_texts = []
        super().handle_pageBegin()

    def afterFlowable(self, flowable: Flowable) -> None:
        if isinstance(flowable, Mark):
            if flowable.section:
                self.section = flowable.section
            self.canv.bookmarkPage(flowable.key)
            self.canv.addOutlineEntry(flowable.title, flowable.key, level=flowable.level, closed=True)
            self.mark_pages[flowable.key] = self.page
            self.mark_levels[flowable.key] = flowable.level
            return
        text = page_text(flowable)
        if text:
            self._page_texts.append(text)

    # -- header and footer ------------------------------------------------------
    def _decorate(self, canv: Canvas, doc: BinderDoc) -> None:
        ctx = self.ctx
        page = self.page
        code = check_codes.page_code(ctx.version, self.section, page, self._page_texts)
        self.page_codes[page] = (code, self.section)
        self.section_pages.setdefault(self.section, []).append(page)
        width, height = self.pagesize
        inner = width - 2 * MARGIN_X
        top = height - MARGIN_TOP + 6 * mm
        canv.saveState()
        canv.setStrokeColor(colors.black)
        canv.setLineWidth(0.6)
        canv.line(MARGIN_X, top - 1.5 * mm, width - MARGIN_X, top - 1.5 * mm)
        organisation = fonts.fit(ctx.organisation, fonts.SANS_BOLD, 9, inner * 0.29)
        self._text(canv, organisation, MARGIN_X, top, inner * 0.30, bold=True)
        marking_width = 0.0
        if ctx.classification:
            marking = fonts.fit(ctx.classification, fonts.SANS_BOLD, 9, inner * 0.38)
            self._marking(canv, marking, width - MARGIN_X, top, inner * 0.40)
            marking_width = min(fonts.width(marking, bold=True), inner * 0.40) + 4 * mm
        left = MARGIN_X + max(fonts.width(organisation, bold=True), inner * 0.12) + 5 * mm
        self._section_name(canv, section_title(self.section, ctx.lang), left, top,
                           width - MARGIN_X - marking_width - 3 * mm - left)
        bottom = MARGIN_BOTTOM - 6 * mm
        canv.line(MARGIN_X, bottom + 4.6 * mm, width - MARGIN_X, bottom + 4.6 * mm)
        self._text(canv, ctx.t("Version {version} · valid as of {date}", version=ctx.version,
                               date=ctx.valid_as_of_text), MARGIN_X, bottom, inner * 0.5)
        self._page_of_total(canv, page, MARGIN_X + inner * 0.5, bottom + BASELINE)
        code_text = check_codes.display(code)
        code_width = canv.stringWidth(code_text, fonts.MONO, 9)
        canv.setFont(fonts.MONO, 9)
        canv.drawRightString(width - MARGIN_X, bottom + BASELINE, code_text)
        self._text(canv, ctx.t("Check code") + " ", width - MARGIN_X - code_width - 60 * mm, bottom, 60 * mm,
                   align_right=True)
        canv.restoreState()
        if self.on_page:
            self.on_page(page, 0)

    def _section_name(self, canv: Canvas, name: str, x: float, y: float, room: float) -> None:
        """The section's name in the header: whole, stepping down from 9 to 7 pt to fit its room."""
        for size in (9.0, 8.5, 8.0, 7.5, 7.0):
            if fonts.width(name, size=size) <= room:
                break
        else:
            name = fonts.fit(name, fonts.SANS, 7.0, room)       # only a name longer than the whole header
        if not all(fonts.has_glyph(ch) for ch in name):
            self._text(canv, name, x, y, room)
            return
        canv.setFont(fonts.SANS, size)
        canv.drawString(x, y + BASELINE, name)

    def _page_of_total(self, canv: Canvas, page: int, x: float, y: float) -> None:
        """'Page X of ' then the total, a form defined after the last page."""
        before, _, after = self.ctx.t("Page {page} of {total}").partition("{total}")
        canv.setFont(fonts.SANS_BOLD, 9)
        text = before.replace("{page}", str(page))
        canv.drawString(x, y, text)
        x += canv.stringWidth(text, fonts.SANS_BOLD, 9)
        canv.saveState()
        canv.translate(x, y)
        canv.doForm(TOTAL_FORM)
        canv.restoreState()
        if after.strip():
            canv.drawString(x + canv.stringWidth("0000", fonts.SANS_BOLD, 9), y, after.replace("{page}", str(page)))

    def _text(self, canv: Canvas, text: str, x: float, y: float, width: float, *, bold: bool = False,
              align_right: bool = False) -> None:
        """One line of plain text: drawn directly, or as a Paragraph when it needs the fallback font."""
        font = fonts.SANS_BOLD if bold else fonts.SANS
        if all(fonts.has_glyph(ch) for ch in text):
            canv.setFont(font, 9)
            if align_right:
                canv.drawRightString(x + width, y + BASELINE, text)
            else:
                canv.drawString(x, y + BASELINE, text)
            return
        style = ParagraphStyle("hdr_x", parent=self._header_bold if bold else self._header_style,
                               alignment=2 if align_right else 0)
        para = Paragraph(markup.text(text), style)
        para.wrapOn(canv, width, 30 * mm)
        para.drawOn(canv, x, y)

    def _marking(self, canv: Canvas, marking: str, right: float, y: float, width: float) -> None:
        para = Paragraph(markup.bold(marking), ParagraphStyle("mark", parent=self._header_bold, alignment=2))
        w, h = para.wrapOn(canv, width, 20 * mm)
        para.drawOn(canv, right - width, y)
        text_width = min(width, max(para.getActualLineWidths0() or [w]))
        canv.setLineWidth(1)
        canv.rect(right - text_width - 1.5 * mm, y - 1 * mm, text_width + 3 * mm, h + 1.6 * mm)
