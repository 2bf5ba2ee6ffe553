"""Paragraph and table styles: black and white, body text 10 pt (never under 9 pt)."""
from __future__ import annotations

from dataclasses import dataclass

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import TableStyle

from binder.printing import fonts, markup

BODY_SIZE = 10
SMALL_SIZE = 9          # the smallest text in the binder
HEADER_GREY = colors.Color(0.86, 0.86, 0.86)
RULE_GREY = colors.Color(0.35, 0.35, 0.35)


@dataclass(frozen=True)
class Styles:
    body: ParagraphStyle
    small: ParagraphStyle
    cell: ParagraphStyle
    cell_bold: ParagraphStyle
    head_cell: ParagraphStyle
    title: ParagraphStyle
    subtitle: ParagraphStyle
    h1: ParagraphStyle
    h2: ParagraphStyle
    h3: ParagraphStyle
    note: ParagraphStyle
    marking: ParagraphStyle
    centre: ParagraphStyle
    right: ParagraphStyle
    toc_levels: tuple[ParagraphStyle, ...]


def make_styles(lang: str = "sv") -> Styles:
    """The binder's styles. A word wider than its column breaks with a visible hyphen by the rules of
    `lang` (`markup.Para`); ReportLab's own hyphenation (tried at every line end) is off."""
    fonts.register()
    markup.hyphenate_for(lang)
    base = ParagraphStyle("body", fontName=fonts.SANS, fontSize=BODY_SIZE, leading=13, spaceAfter=4,
                          hyphenationLang="", embeddedHyphenation=0, uriWasteReduce=0)
    small = ParagraphStyle("small", parent=base, fontSize=SMALL_SIZE, leading=11.5, spaceAfter=2)
    cell = ParagraphStyle("cell", parent=small, spaceAfter=0)
    return Styles(
        body=base,
        small=small,
        cell=cell,
        cell_bold=ParagraphStyle("cell_bold", parent=cell, fontName=fonts.SANS_BOLD),
        head_cell=ParagraphStyle("head_cell", parent=cell, fontName=fonts.SANS_BOLD),
        title=ParagraphStyle("title", parent=base, fontName=fonts.SANS_BOLD, fontSize=26, leading=32,
                             spaceAfter=10),
        subtitle=ParagraphStyle("subtitle", parent=base, fontSize=15, leading=20, spaceAfter=8),
        h1=ParagraphStyle("h1", parent=base, fontName=fonts.SANS_BOLD, fontSize=18, leading=23,
                          spaceBefore=0, spaceAfter=10),
        h2=ParagraphStyle("h2", parent=base, fontName=fonts.SANS_BOLD, fontSize=13.5, leading=17,
                          spaceBefore=10, spaceAfter=5),
        h3=ParagraphStyle("h3", parent=base, fontName=fonts.SANS_BOLD, fontSize=11, leading=14,
                          spaceBefore=6, spaceAfter=3),
        note=ParagraphStyle("note", parent=base, borderWidth=0.8, borderColor=colors.black,
                            borderPadding=6, spaceBefore=8, spaceAfter=10),
        marking=ParagraphStyle("marking", parent=base, fontName=fonts.SANS_BOLD, fontSize=14, leading=18,
                               alignment=TA_CENTER, borderWidth=1.5, borderColor=colors.black,
                               borderPadding=6, spaceBefore=6, spaceAfter=14),
        centre=ParagraphStyle("centre", parent=base, alignment=TA_CENTER),
        right=ParagraphStyle("right", parent=small, alignment=TA_RIGHT),
        toc_levels=(
            ParagraphStyle("toc0", parent=base, fontName=fonts.SANS_BOLD, fontSize=11.5, leading=16,
                           leftIndent=0, firstLineIndent=0, spaceBefore=5),
            ParagraphStyle("toc1", parent=base, fontSize=BODY_SIZE, leading=13, leftIndent=14,
                           firstLineIndent=0),
        ),
    )


def grid_style(header_rows: int = 1, extra: list[tuple] | None = None) -> TableStyle:
    """Thin black grid, grey header band with bold text, top-aligned cells."""
    commands: list[tuple] = [
        ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
        ("FONTNAME", (0, 0), (-1, -1), fonts.SANS),
        ("FONTSIZE", (0, 0), (-1, -1), SMALL_SIZE),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]
    if header_rows:
        commands.append(("BACKGROUND", (0, 0), (-1, header_rows - 1), HEADER_GREY))
        commands.append(("LINEBELOW", (0, header_rows - 1), (-1, header_rows - 1), 1.2, colors.black))
    commands.extend(extra or [])
    return TableStyle(commands)
