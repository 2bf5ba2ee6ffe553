"""Wallet cards: cut-out, credit-card-sized cards with the crisis team's numbers and the call tree.

Two kinds of card, each printed twice (one for the wallet, one for home):
- "crisis numbers": the crisis team in crisis order, role, name and first number;
- "call tree": the crisis team's part of the call tree, numbered, with each person's number.

Nothing on a card is ever cut: a number is one unbroken line at its full width, names and roles
wrap. When a card's lines do not fit at 9 pt the text steps down to 7 pt at the least; what still
does not fit continues on the next card ("card 2 of 2").
"""
from __future__ import annotations

from typing import Any

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Table, TableStyle

from binder.printing import fonts, markup, widgets
from binder.printing.context import BinderContext, record_content
from binder.printing.sections import call_tree
from binder.printing.styles import Styles

ID = "wallet_cards"
CARD_W = 85.6 * mm
CARD_H = 54 * mm
PAD_X, PAD_TOP, PAD_BOTTOM = 3 * mm, 2.5 * mm, 1.5 * mm
SIZES = (9.0, 8.5, 8.0, 7.5, 7.0)        # 7 pt is the smallest size a card steps down to
GAP = 3 * mm                             # between a name and its number

Line = tuple[str, str, str]              # (prefix such as "1.2" or a role, name, number)


def content(ctx: BinderContext) -> Any:
    team = ctx.crisis_team
    return {"team": record_content(team), "tree": [[n, a.id, b.id] for n, a, b in call_tree.tree_rows(ctx)],
            "organisation": ctx.organisation}


def critical_numbers(ctx: BinderContext) -> list[Line]:
    """(role, name, first number) of the crisis team, in crisis order."""
    return [(c.data["crisis_role"], c.title, ctx.first_number(c)) for c in ctx.crisis_team
            if ctx.first_number(c)]


def tree_numbers(ctx: BinderContext) -> list[Line]:
    """The crisis team's part of the call tree: (number, name, first number), who starts first."""
    team = {c.id for c in ctx.crisis_team}
    rows = call_tree.tree_rows(ctx)
    out: list[Line] = []
    for number, caller, callee in rows:
        if callee.id not in team:
            continue
        if not out and "." not in number and caller.id in team:
            out.append(("▶", caller.title, ctx.first_number(caller)))     # the one who starts
        out.append((number, callee.title, ctx.first_number(callee)))
    return out


def _styles(ctx: BinderContext, size: float) -> tuple[ParagraphStyle, ParagraphStyle]:
    line = ParagraphStyle(f"card_{size}", fontName=fonts.SANS, fontSize=size, leading=size * 1.16)
    return line, ParagraphStyle(f"card_b_{size}", parent=line, fontName=fonts.SANS_BOLD)


def _line_table(ctx: BinderContext, lines: list[Line], size: float, width: float) -> Table:
    line, bold = _styles(ctx, size)
    number_w = max((fonts.width(markup.unbroken(n), bold=True, size=size) for _, _, n in lines), default=0) + 1
    rows = [[markup.Para(markup.join([markup.bold(prefix if prefix[:1] in "▶0123456789" else prefix + ":"),
                                    markup.text(name)], " "), line),
             markup.Para(markup.number(number), bold)] for prefix, name, number in lines]
    return Table(rows, colWidths=[width - number_w - GAP, number_w + GAP], hAlign="LEFT",
                 style=TableStyle([("FONTNAME", (0, 0), (-1, -1), fonts.SANS),
                                   ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                                   ("TOPPADDING", (0, 0), (-1, -1), 0.4), ("BOTTOMPADDING", (0, 0), (-1, -1), 0.4),
                                   ("ALIGN", (1, 0), (1, -1), "RIGHT"), ("VALIGN", (0, 0), (-1, -1), "TOP")]))


def _fits(table: Table, width: float, height: float) -> bool:
    return table.wrap(width, height)[1] <= height


def pack(ctx: BinderContext, lines: list[Line], width: float, height: float) -> list[tuple[float, list[Line]]]:
    """Split `lines` evenly over as few cards as possible, all at the largest size that fits them."""
    for count in range(1, len(lines) + 1):
        per_card = -(-len(lines) // count)
        chunks = [lines[i:i + per_card] for i in range(0, len(lines), per_card)]
        for size in SIZES:
            if all(_fits(_line_table(ctx, chunk, size, width), width, height) for chunk in chunks):
                return [(size, chunk) for chunk in chunks]
    return [(SIZES[-1], [line]) for line in lines]     # a single line taller than a card: still whole


def cards(ctx: BinderContext, title: str, packed: list[tuple[float, list[Line]]]) -> list[list[Flowable]]:
    """The cards for one packed list of lines (one card with blank lines when the list is empty)."""
    head = ParagraphStyle("card_head", fontName=fonts.SANS_BOLD, fontSize=9, leading=10.5, spaceAfter=1.5
                          )
    foot = ParagraphStyle("card_foot", fontName=fonts.SANS, fontSize=7, leading=8.5)
    width = CARD_W - 2 * PAD_X
    packed = packed or [(SIZES[0], [])]
    out = []
    for index, (size, chunk) in enumerate(packed, start=1):
        heading = f"{ctx.organisation} — {title}" if ctx.organisation else title
        if len(packed) > 1:
            heading += " " + ctx.t("(card {number} of {count})", number=index, count=len(packed))
        items: list[Flowable] = [markup.Para(markup.text(heading), head)]
        if chunk:
            items.append(_line_table(ctx, chunk, size, width))
        else:
            items.append(Table([["", ""]] * 6, colWidths=[width * 0.6, width * 0.4], rowHeights=[5.5 * mm] * 6,
                               style=TableStyle([("FONTNAME", (0, 0), (-1, -1), fonts.SANS),
                                                 ("LINEBELOW", (0, 0), (-1, -1), 0.4, colors.black)])))
        items.append(markup.Para(markup.text(ctx.t("Version {version}, {date}", version=ctx.version,
                                                 date=ctx.valid_as_of_text[:10])), foot))
        out.append(items)
    return out


def packed_cards(ctx: BinderContext) -> list[tuple[str, list[tuple[float, list[Line]]]]]:
    """(title, lines packed per card) for the crisis-number cards and the call-tree cards."""
    width = CARD_W - 2 * PAD_X
    room = CARD_H - PAD_TOP - PAD_BOTTOM - 2 * 10.5 - 8.5 - 2      # two heading lines and the footer
    out = [(ctx.t("crisis numbers"), pack(ctx, critical_numbers(ctx), width, room))]
    tree = tree_numbers(ctx)
    if tree:
        out.append((ctx.t("call tree"), pack(ctx, tree, width, room)))
    return out


def all_cards(ctx: BinderContext, packed: list[tuple[str, list[tuple[float, list[Line]]]]]) -> list[list[Flowable]]:
    return [card for title, chunks in packed for card in cards(ctx, title, chunks)]


def sheet(ctx: BinderContext) -> widgets.RowTable:
    """Cards two to a row, each card twice (wallet and home), dashed cut lines; rows never split."""
    packed = packed_cards(ctx)
    cells: list[list[Any]] = [[a, b] for a, b in zip(all_cards(ctx, packed), all_cards(ctx, packed), strict=True)]
    return widgets.RowTable(cells, colWidths=[CARD_W, CARD_W], rowHeights=[CARD_H] * len(cells), hAlign="CENTER",
                            style=TableStyle([("GRID", (0, 0), (-1, -1), 0.6, colors.black, None, (3, 2)),
                                              ("FONTNAME", (0, 0), (-1, -1), fonts.SANS),
                                              ("VALIGN", (0, 0), (-1, -1), "TOP"),
                                              ("LEFTPADDING", (0, 0), (-1, -1), PAD_X),
                                              ("RIGHTPADDING", (0, 0), (-1, -1), PAD_X),
                                              ("TOPPADDING", (0, 0), (-1, -1), PAD_TOP),
                                              ("BOTTOMPADDING", (0, 0), (-1, -1), PAD_BOTTOM)]))


def story(ctx: BinderContext, styles: Styles) -> list[Flowable]:
    out = widgets.section_start(ctx, styles, ID)
    out.append(markup.para(ctx.t("Cut along the dashed lines. Keep one card in your wallet and one at home. "
                                 "The call-tree card shows who calls whom in the crisis team."), styles.body))
    out.append(sheet(ctx))
    return out
