"""Wallet cards: a cut-out page of credit-card-sized cards with the most critical numbers."""
from __future__ import annotations

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Table, TableStyle

from binder.model.collation import sort_key
from binder.printing import fonts, markup
from binder.printing.context import BinderContext
from binder.printing.layout import Mark, frame_height
from binder.printing.sections import call_tree
from binder.printing.styles import Styles

CARD_W = 85.6 * mm
CARD_H = 54 * mm
MAX_LINES = 10


def critical_numbers(ctx: BinderContext) -> list[tuple[str, str, str]]:
    """(role, name, first number) of the crisis team: in call-tree order where there is one."""
    order: dict[str, int] = {}
    for number, caller, callee in call_tree.tree_rows(ctx):
        order.setdefault(caller.id, len(order))
        order.setdefault(callee.id, len(order))
    team = [c for c in ctx.crisis_team if ctx.first_number(c)]
    team.sort(key=lambda c: (order.get(c.id, len(order)), sort_key(c.data["crisis_role"])))
    return [(c.data["crisis_role"], c.title, ctx.first_number(c)) for c in team]


def card(ctx: BinderContext, numbers: list[tuple[str, str, str]]) -> list[Flowable]:
    head = ParagraphStyle("card_head", fontName=fonts.SANS_BOLD, fontSize=9.5, leading=11.5, spaceAfter=2)
    line = ParagraphStyle("card_line", fontName=fonts.SANS, fontSize=9, leading=10.4)
    bold = ParagraphStyle("card_bold", parent=line, fontName=fonts.SANS_BOLD)
    name_w, number_w = 47 * mm, 31 * mm
    title = fonts.fit(ctx.organisation, fonts.SANS_BOLD, 9.5, 50 * mm) + " — " + ctx.t("crisis numbers")
    title = fonts.fit(title, fonts.SANS_BOLD, 9.5, CARD_W - 6 * mm)
    items: list[Flowable] = [Paragraph(markup.text(title), head)]
    rows = [[Paragraph(markup.text(fonts.fit(f"{role}: {name}", fonts.SANS, 9, name_w - 2)), line),
             Paragraph(markup.text(fonts.fit(number, fonts.SANS_BOLD, 9, number_w - 2)), bold)]
            for role, name, number in numbers[:MAX_LINES]]
    if not numbers:
        rows = [["", ""] for _ in range(6)]
    items.append(Table(rows, colWidths=[name_w, number_w], hAlign="LEFT",
                       rowHeights=None if numbers else [6.3 * mm] * len(rows),
                       style=TableStyle([("FONTNAME", (0, 0), (-1, -1), fonts.SANS),
                                         ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                         ("RIGHTPADDING", (0, 0), (-1, -1), 1),
                                         ("TOPPADDING", (0, 0), (-1, -1), 0.3),
                                         ("BOTTOMPADDING", (0, 0), (-1, -1), 0.3)]
                                        + ([("LINEBELOW", (0, 0), (-1, -1), 0.4, colors.black)]
                                           if not numbers else []))))
    items.append(Paragraph(markup.text(ctx.t("Version {version}, {date}", version=ctx.version,
                                             date=ctx.valid_as_of_text[:10])), line))
    return items


def story(ctx: BinderContext, styles: Styles) -> list[Flowable]:
    title = ctx.t("Wallet cards")
    numbers = critical_numbers(ctx)
    out: list[Flowable] = [Mark("wallet-cards", title, 1), markup.para(title, styles.h2),
                           markup.para(ctx.t("Cut along the dashed lines. Keep one card in your wallet and "
                                             "one at home."), styles.body)]
    rows = max(1, min(5, int((frame_height(ctx.paper) - 22 * mm) // CARD_H)))
    cells = [[card(ctx, numbers), card(ctx, numbers)] for _ in range(rows)]
    table = Table(cells, colWidths=[CARD_W, CARD_W], rowHeights=[CARD_H] * rows, hAlign="CENTER",
                  style=TableStyle([("GRID", (0, 0), (-1, -1), 0.6, colors.black, None, (3, 2)),
                                    ("FONTNAME", (0, 0), (-1, -1), fonts.SANS),
                                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                                    ("LEFTPADDING", (0, 0), (-1, -1), 3 * mm),
                                    ("RIGHTPADDING", (0, 0), (-1, -1), 2 * mm),
                                    ("TOPPADDING", (0, 0), (-1, -1), 2.5 * mm)]))
    out.append(table)
    return out
