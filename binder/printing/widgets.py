"""Building blocks shared by the sections: headings, tables that split well, tick boxes."""
from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, Paragraph, Spacer, Table

from binder.printing import markup
from binder.printing.context import BinderContext
from binder.printing.labels import section_title
from binder.printing.layout import Mark, frame_width
from binder.printing.styles import Styles, grid_style

TICK_BOX = "☐"
CHUNK_ROWS = 40     # rows per Table: splitting one huge Table costs O(rows × pages)


class RowTable(Table):
    """A table that splits between rows; inside a row only when one row is taller than a whole page."""

    splitInRow: int

    def __init__(self, *args: Any, **kw: Any) -> None:
        kw.setdefault("splitInRow", 0)
        super().__init__(*args, **kw)

    def split(self, available_width: float, available_height: float) -> list[Flowable]:
        parts = super().split(available_width, available_height)
        at_top = bool(getattr(getattr(self, "_frame", None), "_atTop", False))
        if parts or self.splitInRow or not at_top:
            return parts
        self.splitInRow = 1                 # even an empty page is too short for one row
        try:
            return super().split(available_width, available_height)
        finally:
            self.splitInRow = 0


def section_start(ctx: BinderContext, styles: Styles, section: str) -> list[Flowable]:
    title = section_title(section, ctx.lang)
    return [Mark(f"s-{section}", title, 0, section=section), markup.para(title, styles.h1)]


def subheading(title: str, key: str, styles: Styles, *, toc: bool = True, keep: float = 45 * mm,
               style: Any = None) -> list[Flowable]:
    """A heading that never sits alone at the foot of a page (and optionally a TOC entry)."""
    items: list[Flowable] = [CondPageBreak(keep)]
    if toc:
        items.append(Mark(key, title, 1))
    items.append(markup.para(title, style or styles.h2))
    return items


def empty_note(text: str, styles: Styles) -> Paragraph:
    return markup.para(text, styles.note)


def cell(value: Any, styles: Styles, *, bold: bool = False) -> Paragraph:
    return markup.para(value, styles.cell_bold if bold else styles.cell)


def cell_markup(value: markup.Markup, styles: Styles) -> Paragraph:
    return markup.para_markup(value, styles.cell)


CELL_PADDING = 6 + 1    # LEFTPADDING + RIGHTPADDING of grid_style, and a point to spare


def widths(ctx: BinderContext, fractions: Sequence[float], minimums: dict[int, float] | None = None) -> list[float]:
    """Column widths over the frame by `fractions`, but never narrower than `minimums` (points of
    content, e.g. the widest phone number): a column that needs more takes it from the others."""
    total = frame_width(ctx.paper)
    need = {i: m + CELL_PADDING for i, m in (minimums or {}).items() if m > 0}
    fixed: dict[int, float] = {}
    while True:
        free = [i for i in range(len(fractions)) if i not in fixed]
        room = total - sum(fixed.values())
        weight = sum(fractions[i] for i in free) or 1
        share = {i: room * fractions[i] / weight for i in free}
        short = {i: need[i] for i in free if i in need and share[i] < need[i]}
        if not short:
            return [fixed.get(i, share.get(i, 0.0)) for i in range(len(fractions))]
        fixed.update(short)


def number_columns(ctx: BinderContext, *columns: int) -> dict[int, float]:
    """Minimum widths for the columns that show phone numbers."""
    return dict.fromkeys(columns, ctx.number_width)


def data_table(ctx: BinderContext, styles: Styles, header: list[str], rows: list[list[Any]],
               fractions: Sequence[float], *, extra_style: list[tuple[Any, ...]] | None = None,
               minimums: dict[int, float] | None = None) -> list[Flowable]:
    """A grid table in chunks of CHUNK_ROWS, each repeating the header row when it splits.

    Rows move whole to the next page; a row taller than a page splits inside (never overflows).
    """
    col_widths = widths(ctx, fractions, minimums)
    head = [markup.para(h, styles.head_cell) for h in header]
    out: list[Flowable] = []
    for start in range(0, max(len(rows), 1), CHUNK_ROWS):
        chunk = rows[start:start + CHUNK_ROWS]
        if not chunk:
            break
        table = RowTable([head, *chunk], colWidths=col_widths, repeatRows=1,
                         style=grid_style(1, extra_style), hAlign="LEFT")
        out.append(table)
    return out


def blank_rows(count: int, columns: int) -> list[list[str]]:
    return [["" for _ in range(columns)] for _ in range(count)]


def form_table(ctx: BinderContext, styles: Styles, header: list[str], rows: list[list[Any]],
               fractions: list[float], row_height: float) -> Table:
    """A form to fill in by hand: fixed, generous row height."""
    head = [markup.para(h, styles.head_cell) for h in header]
    return Table([head, *rows], colWidths=widths(ctx, fractions),
                 rowHeights=[None] + [row_height] * len(rows), repeatRows=1, style=grid_style(1),
                 hAlign="LEFT")


def gap(height_mm: float = 4) -> Spacer:
    return Spacer(1, height_mm * mm)


CELL_TEXT_LIMIT = 700   # longer text goes below the table: a row never has to split over many pages


class Overflow:
    """Long texts taken out of table cells, printed in full right after the table."""

    def __init__(self, ctx: BinderContext) -> None:
        self.ctx = ctx
        self.items: list[tuple[str, str, str]] = []

    def clip(self, owner: str, label: str, value: str) -> str:
        """The cell's share of `value`: all of it, or its start and a pointer to the full text."""
        if len(value) <= CELL_TEXT_LIMIT:
            return value
        self.items.append((owner, label, value))
        return value[:CELL_TEXT_LIMIT - 150].rsplit(" ", 1)[0] + " … " + self.ctx.t(
            "(continued below the table, note {number})", number=len(self.items))

    def flowables(self, styles: Styles) -> list[Flowable]:
        out: list[Flowable] = []
        for number, (owner, label, value) in enumerate(self.items, start=1):
            out.append(markup.para(self.ctx.t("Note {number}: {owner}, {field}", number=number, owner=owner,
                                              field=label), styles.h3))
            out.append(markup.para(value, styles.body))
        self.items = []
        return out
