"""The table of contents, with page numbers (filled in by the layout passes)."""
from __future__ import annotations

from reportlab.platypus import Flowable, TableStyle
from reportlab.platypus.tableofcontents import TableOfContents

from binder.printing import fonts, markup
from binder.printing.context import BinderContext
from binder.printing.layout import Mark
from binder.printing.labels import section_title
from binder.printing.styles import Styles

ID = "toc"


def story(ctx: BinderContext, styles: Styles) -> list[Flowable]:
    title = section_title(ID, ctx.lang)
    table_style = TableStyle([("FONTNAME", (0, 0), (-1, -1), fonts.SANS), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                              ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0)])
    toc = TableOfContents(levelStyles=list(styles.toc_levels), dotsMinLevel=0, tableStyle=table_style)
    return [Mark("s-toc", title, 0, section=ID), markup.para(title, styles.h1), toc]
