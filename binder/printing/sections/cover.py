"""The cover: who, which version, valid as of when, copy number, and how to use the binder."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer, Table

from binder.i18n import N_
from binder.model.schema import STALE_CONTACT_DAYS
from binder.printing import markup, widgets
from binder.printing.context import BinderContext
from binder.printing.labels import section_title
from binder.printing.layout import Mark
from binder.printing.styles import Styles, grid_style

ID = "cover"

HOW_TO_USE = (
    N_("Start with 'The first hour': activate the crisis team and follow the activation routine step by step."),
    N_("Call contacts in the order given; if there is no answer, call the first deputy."),
    N_("Tick each routine step when done and write the time and your name next to it."),
    N_("Restore systems in the order of the restoration priority list; never before what they depend on."),
    N_("Write every decision and important event on an incident log sheet, with the time it happened."),
    N_("When a computer works again, type the paper log into the app, marked with the time it happened."),
    N_("Every page shows a check code. Run 'binder pdf-check CODE' to learn whether the page is current."),
)


@dataclass
class Reprint:
    """What a partial reprint replaces: section -> old pages (print date, version, page numbers)."""
    replaced: dict[str, list[str]] = field(default_factory=dict)
    unchanged: list[str] = field(default_factory=list)
    previous: str = ""


def content(ctx: BinderContext) -> Any:
    return {"meta": ctx.meta, "version": ctx.version, "valid_as_of": ctx.valid_as_of.isoformat(),
            "stale": ctx.stale_count}


def facts_table(ctx: BinderContext, styles: Styles) -> Table:
    copy = str(ctx.copy_number) if ctx.copy_number else "________"
    rows = [(ctx.t("Binder version"), ctx.version),
            (ctx.t("Valid as of"), ctx.valid_as_of_text),
            (ctx.t("Review due"), ctx.meta.get("review_due") or ctx.t("not set")),
            (ctx.t("Contacts not verified in {days} days", days=STALE_CONTACT_DAYS), str(ctx.stale_count)),
            (ctx.t("Plan version"), ctx.meta.get("plan_version", "")),
            (ctx.t("Approved by"), ctx.meta.get("approved_by", "")),
            (ctx.t("Copy number"), copy),
            (ctx.t("Holder"), "")]
    data = [[widgets.cell(label, styles, bold=True), markup.para(value, styles.body)] for label, value in rows]
    return Table(data, colWidths=widgets.widths(ctx, [35, 65]), style=grid_style(0), hAlign="LEFT")


def story(ctx: BinderContext, styles: Styles, reprint: Reprint | None = None) -> list[Flowable]:
    title = ctx.t("Crisis binder")
    out: list[Flowable] = [Mark("s-cover", title, 0, section=ID), Spacer(1, 8 * mm)]
    if ctx.classification:
        out.append(markup.para(ctx.classification, styles.marking))
    out.append(markup.para(title, styles.title))
    out.append(markup.para(ctx.organisation, styles.subtitle))
    out.append(facts_table(ctx, styles))
    if reprint is not None:
        out.extend(_reprint_notice(ctx, styles, reprint))
        return out
    out.append(markup.para(ctx.t("How to use this binder when everything is down"), styles.h2))
    for number, line in enumerate(HOW_TO_USE, start=1):
        out.append(markup.para(f"{number}. {ctx.t(line)}", styles.body))
    out.append(markup.para(ctx.t("Keep this binder where the crisis team meets. Do not remove pages; replace "
                                 "them only with a newer print and destroy the old pages."), styles.note))
    return out


def _reprint_notice(ctx: BinderContext, styles: Styles, reprint: Reprint) -> list[Flowable]:
    out: list[Flowable] = [markup.para(ctx.t("Partial reprint: replace pages"), styles.h2)]
    out.append(markup.para(ctx.t("This print holds only the sections that changed since the last print "
                                 "({previous}). Put the new pages in, destroy the old ones.",
                                 previous=reprint.previous or ctx.t("none recorded")), styles.body))
    rows = []
    for section, old_pages in reprint.replaced.items():
        rows.append([widgets.cell(section_title(section, ctx.lang), styles, bold=True),
                     widgets.cell(ctx.t("Insert the new pages of this print"), styles),
                     widgets.cell("\n".join(old_pages) or ctx.t("nothing (new section)"), styles)])
    header = [ctx.t("Section"), ctx.t("Replace with"), ctx.t("Destroy (old pages)")]
    out.extend(widgets.data_table(ctx, styles, header, rows, [25, 30, 45]))
    out.append(widgets.gap(3))
    if reprint.unchanged:
        names = ", ".join(section_title(s, ctx.lang) for s in reprint.unchanged)
        out.append(markup.para(ctx.t("Unchanged, keep as they are: {sections}", sections=names), styles.body))
    return out
