"""The user guides as PDF, with the binder's own fonts and styles (no Qt, no network).

Renders the small Markdown subset the guides use (`binder.guides.parse`): headings,
paragraphs, numbered steps, bullets and the screenshots. Every piece of text is escaped
through `binder.printing.markup` before it becomes Paragraph markup; only bold (`**…**`),
italics (`*…*`) and code (`` `…` ``) are turned into ReportLab's tags, and a link shows its
text. Images are read only from the shipped guides folder.
"""
from __future__ import annotations

import io
import re
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Image, KeepTogether, Paragraph, SimpleDocTemplate, Spacer
from reportlab.platypus.flowables import Flowable

from binder import guides
from binder.fsutil import atomic_write
from binder.i18n import tr
from binder.printing import fonts
from binder.printing.markup import Markup, text
from binder.printing.styles import make_styles

_INLINE = re.compile(r"\*\*(?P<bold>[^*]+)\*\*|`(?P<code>[^`]+)`|\*(?P<italic>[^*]+)\*"
                     r"|\[(?P<link>[^\]]+)\]\([^)]*\)")
MARGIN = 20 * mm


def inline(source: str) -> Markup:
    """One line of guide text as safe Paragraph markup."""
    out: list[str] = []
    position = 0
    for match in _INLINE.finditer(source):
        out.append(text(source[position:match.start()]))
        if match.group("bold"):
            out.append(f"<b>{text(match.group('bold'))}</b>")
        elif match.group("code"):
            out.append(f'<font name="{fonts.MONO}">{text(match.group("code"))}</font>')
        elif match.group("italic"):
            out.append(f"<i>{text(match.group('italic'))}</i>")
        else:
            out.append(text(match.group("link")))
        position = match.end()
    out.append(text(source[position:]))
    return Markup("".join(out))


def _image(guide: Path, source: str, width: float) -> Flowable | None:
    path = (guide.parent / source).resolve()
    root = guides.guides_root().resolve()
    if not path.is_relative_to(root) or not path.is_file():
        return None
    picture = Image(str(path))
    scale = min(1.0, width / picture.imageWidth)
    picture.drawWidth = picture.imageWidth * scale
    picture.drawHeight = picture.imageHeight * scale
    return picture


def flowables(name: str, lang: str, width: float) -> list[Flowable]:
    guide = guides.guide_path(name, lang)
    styles = make_styles()
    step = ParagraphStyle("step", parent=styles.body, leftIndent=16, bulletIndent=2)
    bullet = ParagraphStyle("bullet", parent=styles.body, leftIndent=14, bulletIndent=4)
    caption = ParagraphStyle("caption", parent=styles.small, spaceAfter=10)
    story: list[Flowable] = []
    for block in guides.parse(guide.read_text(encoding="utf-8")):
        if block.kind == "heading1":
            story.append(Paragraph(inline(block.text), styles.title))
        elif block.kind == "heading2":
            story.append(Paragraph(inline(block.text), styles.h2))
        elif block.kind == "heading3":
            story.append(Paragraph(inline(block.text), styles.h3))
        elif block.kind == "step":
            story.append(Paragraph(inline(block.text), step, bulletText=f"{block.number}."))
        elif block.kind == "bullet":
            story.append(Paragraph(inline(block.text), bullet, bulletText="•"))
        elif block.kind == "image":
            picture = _image(guide, block.source, width)
            if picture is not None:
                story.append(KeepTogether([Spacer(1, 4), picture, Paragraph(text(block.text), caption)]))
        else:
            story.append(Paragraph(inline(block.text), styles.body))
    return story


def build_guide_pdf(out_path: Path, name: str, lang: str) -> Path:
    """Write one guide as an A4 PDF (an explicit export: guides hold no vault data)."""
    fonts.register()
    title = guides.headings(guides.read_guide(name, lang))[0]
    buffer = io.BytesIO()
    document = SimpleDocTemplate(buffer, pagesize=A4, leftMargin=MARGIN, rightMargin=MARGIN,
                                 topMargin=MARGIN, bottomMargin=MARGIN, title=title, author="Krispärm",
                                 invariant=1)

    def footer(canvas: Canvas, doc: SimpleDocTemplate) -> None:
        canvas.saveState()
        canvas.setFont(fonts.SANS, 8)
        canvas.drawString(MARGIN, 10 * mm, title)
        canvas.drawRightString(A4[0] - MARGIN, 10 * mm, tr("Page {page}", lang=lang, page=doc.page))
        canvas.restoreState()

    document.build(flowables(name, lang, A4[0] - 2 * MARGIN), onFirstPage=footer, onLaterPages=footer)
    path = Path(out_path)
    atomic_write(path, buffer.getvalue())
    return path
