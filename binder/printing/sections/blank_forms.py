"""Blank forms for pen and paper, several copies each, rows sized for handwriting."""
from __future__ import annotations

from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, PageBreak

from binder.printing import markup, widgets
from binder.printing.context import BinderContext
from binder.printing.layout import Mark, frame_height
from binder.printing.styles import Styles

ID = "forms"
LOG_COPIES = 3
OTHER_COPIES = 2
ROW = 12 * mm            # room for two handwritten lines
ROW_TIGHT = 9.5 * mm     # one handwritten line


def content(ctx: BinderContext) -> Any:
    return {"assets": [[i.record.id, i.record.title] for i in ctx.plan]}


def _rows_fitting(ctx: BinderContext, row_height: float, reserved: float = 38 * mm) -> int:
    return max(5, int((frame_height(ctx.paper) - reserved) // row_height))


def _form(ctx: BinderContext, styles: Styles, key: str, title: str, fields: str, header: list[str],
          fractions: list[float], rows: list[list[Any]], row_height: float, copy: int, copies: int,
          toc: bool) -> list[Flowable]:
    out: list[Flowable] = []
    if toc:
        out.append(Mark(key, title, 1))
    heading = f"{title} ({ctx.t('sheet {copy} of {copies}', copy=copy, copies=copies)})"
    out.append(markup.para(heading, styles.h2))
    out.append(markup.para(fields, styles.body))
    out.append(widgets.form_table(ctx, styles, header, rows, fractions, row_height))
    out.append(PageBreak())
    return out


def log_sheet(ctx: BinderContext, styles: Styles, copy: int, copies: int) -> list[Flowable]:
    header = [ctx.t("No."), ctx.t("Occurred"), ctx.t("Recorded"), ctx.t("Author / role"), ctx.t("Kind"),
              ctx.t("What happened"), ctx.t("Decision: who decided, basis, who is affected")]
    count = _rows_fitting(ctx, ROW, 48 * mm)
    fields = ctx.t("Sheet no. ______  Date ____________  Kept by ______________________  "
                   "Kind: D = decision, A = action, I = information, N = notification, S = situation report")
    return _form(ctx, styles, "form-log", ctx.t("Incident log"), fields, header, [7, 11, 11, 14, 7, 30, 20],
                 widgets.blank_rows(count, 7), ROW, copy, copies, copy == 1)


def run_sheet(ctx: BinderContext, styles: Styles, copy: int, copies: int) -> list[Flowable]:
    header = [ctx.t("Step no."), widgets.TICK_BOX, ctx.t("Status: done / done before / not applicable"),
              ctx.t("Done at"), ctx.t("By"), ctx.t("Remark")]
    count = _rows_fitting(ctx, ROW_TIGHT, 44 * mm)
    rows = [["", widgets.cell(widgets.TICK_BOX, styles), "", "", "", ""] for _ in range(count)]
    fields = ctx.t("Routine ______________________________  Activated at ____________  by ____________________")
    return _form(ctx, styles, "form-run", ctx.t("Routine run"), fields, header, [9, 5, 24, 12, 16, 34],
                 rows, ROW_TIGHT, copy, copies, copy == 1)


def message_log(ctx: BinderContext, styles: Styles, copy: int, copies: int) -> list[Flowable]:
    header = [ctx.t("Time"), ctx.t("In / out"), ctx.t("From"), ctx.t("To"), ctx.t("Channel"),
              ctx.t("Message"), ctx.t("Action / by"), widgets.TICK_BOX]
    count = _rows_fitting(ctx, ROW, 44 * mm)
    rows = [["", "", "", "", "", "", "", widgets.cell(widgets.TICK_BOX, styles)] for _ in range(count)]
    fields = ctx.t("Sheet no. ______  Date ____________  Kept by ______________________")
    return _form(ctx, styles, "form-messages", ctx.t("Message and phone log"), fields, header,
                 [9, 7, 14, 14, 10, 28, 14, 4], rows, ROW, copy, copies, copy == 1)


def contact_sheet(ctx: BinderContext, styles: Styles, copy: int, copies: int) -> list[Flowable]:
    header = [ctx.t("Name"), ctx.t("Crisis role / organisation"), ctx.t("Number(s)"), ctx.t("Note")]
    count = _rows_fitting(ctx, ROW, 40 * mm)
    fields = ctx.t("Written by ______________________  Date ____________")
    return _form(ctx, styles, "form-contacts", ctx.t("Contact list"), fields, header, [25, 25, 25, 25],
                 widgets.blank_rows(count, 4), ROW, copy, copies, copy == 1)


def status_board(ctx: BinderContext, styles: Styles, copy: int, copies: int) -> list[Flowable]:
    states = [ctx.enum("restoration_state", s) for s in ("down", "isolated", "rebuilding", "restored",
                                                          "verified")]
    header = [ctx.t("No."), ctx.t("Asset"), *states, ctx.t("Note")]
    count = _rows_fitting(ctx, ROW_TIGHT, 48 * mm)
    names = [(str(i.position), i.record.title) for i in ctx.plan]
    page_names = names[(copy - 1) * count: copy * count] if copy <= copies else []
    rows: list[list[Any]] = [[widgets.cell(pos, styles, bold=True), widgets.cell(name, styles)] + [""] * 6
                             for pos, name in page_names]
    rows += widgets.blank_rows(count - len(rows), 8)
    fields = ctx.t("Date ____________  Kept by ______________________  Write the time when an asset reaches "
                   "each state.")
    return _form(ctx, styles, "form-status", ctx.t("Restoration status board"), fields, header,
                 [6, 23, 10, 10, 13, 12, 12, 14], rows, ROW_TIGHT, copy, copies, copy == 1)


def story(ctx: BinderContext, styles: Styles) -> list[Flowable]:
    out = widgets.section_start(ctx, styles, ID)
    out.append(markup.para(ctx.t("Copy these sheets when they run out. Write clearly, one entry per row; "
                                 "never erase: cross out and write the correction as a new row."),
                           styles.body))
    out.append(PageBreak())
    for maker, copies in ((log_sheet, LOG_COPIES), (run_sheet, OTHER_COPIES), (message_log, OTHER_COPIES),
                          (contact_sheet, OTHER_COPIES)):
        for copy in range(1, copies + 1):
            out.extend(maker(ctx, styles, copy, copies))
    per_board = _rows_fitting(ctx, ROW_TIGHT, 48 * mm)
    boards = max(OTHER_COPIES, -(-len(ctx.plan) // per_board))
    for copy in range(1, boards + 1):
        out.extend(status_board(ctx, styles, copy, boards))
    return out[:-1]          # no empty page after the last form
