"""The table of contents: every section and its parts, with page numbers.

The entries are the `Mark`s of the story, known before layout; the page
numbers are forms the layout fills in after the last page (see `layout`).
"""
from __future__ import annotations

from reportlab.lib import colors
from reportlab.platypus import Flowable, Table, TableStyle

from binder.printing import fonts, markup, widgets
from binder.printing.context import BinderContext
from binder.printing.labels import section_title
from binder.printing.layout import PAGE_REF_WIDTH, Lazy, Mark, PageRef
from binder.printing.styles import Styles

ID = "toc"
SKIPPED = ("s-cover", "s-toc")


def entries(story: list[Flowable]) -> list[Mark]:
    marks: list[Mark] = []
    for flowable in story:
        if isinstance(flowable, Lazy):
            marks.extend(flowable.marks)
        elif isinstance(flowable, Mark) and flowable.key not in SKIPPED:
            marks.append(flowable)
    return marks


def story(ctx: BinderContext, styles: Styles, marks: list[Mark]) -> list[Flowable]:
    title = section_title(ID, ctx.lang)
    number_width = PAGE_REF_WIDTH
    rows = []
    commands: list[tuple] = [
        ("FONTNAME", (0, 0), (-1, -1), fonts.SANS), ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0),
        ("TOPPADDING", (0, 0), (-1, -1), 1.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
    ]
    for row, mark in enumerate(marks):
        level = min(mark.level, len(styles.toc_levels) - 1)
        style = styles.toc_levels[level]
        rows.append([markup.para(mark.title, style), PageRef(mark.key, style.fontName, style.fontSize)])
        if level == 0:
            commands.append(("TOPPADDING", (0, row), (-1, row), 7))
        commands.append(("LINEBELOW", (0, row), (-1, row), 0.4, colors.grey, None, (1, 2)))
    out: list[Flowable] = [Mark("s-toc", title, 0, section=ID), markup.para(title, styles.h1)]
    if rows:
        col_widths = widgets.widths(ctx, [1, 1])
        total = sum(col_widths)
        out.append(Table(rows, colWidths=[total - number_width, number_width], style=TableStyle(commands),
                         hAlign="LEFT"))
    return out
