"""The first hour: activation routines, the crisis team with deputies, the restoration top list."""
from __future__ import annotations

from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Flowable

from binder.printing import markup, widgets
from binder.printing.context import BinderContext, record_content
from binder.printing.sections import contacts as contacts_section
from binder.printing.sections import restoration, routines
from binder.printing.styles import Styles
from binder.store.records import Record

ID = "first_hour"
TOP_ASSETS = 10


def first_hour_routines(ctx: BinderContext) -> list[Record]:
    return [r for r in ctx.routines if r.data.get("first_hour")]


def crisis_team(ctx: BinderContext) -> list[Record]:
    return ctx.crisis_team


def content(ctx: BinderContext) -> Any:
    routines_ = first_hour_routines(ctx)
    team = crisis_team(ctx)
    return {"routines": record_content(routines_), "team": record_content(team),
            "contacts": ctx.referenced_contacts(routines_ + team),
            "top": [[i.record.id, i.record.data] for i in ctx.plan[:TOP_ASSETS]]}


def story(ctx: BinderContext, styles: Styles) -> list[Flowable]:
    out = widgets.section_start(ctx, styles, ID)
    out.append(markup.para(ctx.t("Start here. 1. Activate the crisis team with the activation routine. "
                                 "2. Call the crisis team (deputy if no answer). 3. Restore systems in the "
                                 "order of the top list. 4. Write every decision in the incident log."),
                           styles.note))
    activation = first_hour_routines(ctx)
    if not activation:
        out.append(markup.para(ctx.t("No activation routine is marked for the first hour. Use the routines "
                                     "section or a blank routine-run sheet."), styles.body))
    for index, routine in enumerate(activation):
        out.extend(routines.checklist(ctx, styles, routine, f"first-hour-{index}"))
        out.append(widgets.gap(3))
    title = ctx.t("The crisis team")
    out.extend(widgets.subheading(title, "first-hour-team", styles))
    team = crisis_team(ctx)
    if team:
        header = [ctx.t("Crisis role"), ctx.t("Name"), ctx.t("Channels, in calling order"),
                  ctx.t("Deputies, in order")]
        rows = [[widgets.cell(c.data["crisis_role"], styles, bold=True),
                 widgets.cell_markup(contacts_section.name_cell(ctx, c), styles),
                 widgets.cell_markup(markup.join(contacts_section.channel_lines(ctx, c)), styles),
                 widgets.cell_markup(contacts_section.deputies_cell(ctx, c), styles)] for c in team]
        out.append(markup.para(ctx.t("In crisis order: the chair, the deputy chair, the duty officer, the "
                                     "spokesperson, then the rest. Every channel is listed, Rakel too."),
                               styles.body))
        out.extend(widgets.data_table(ctx, styles, header, rows, [20, 22, 33, 25],
                                      minimums=widgets.number_columns(ctx, 2, 3)))
    else:
        out.append(markup.para(ctx.t("No crisis roles are recorded. Write the crisis team here."), styles.body))
        header = [ctx.t("Crisis role"), ctx.t("Name"), ctx.t("Number(s)"), ctx.t("Deputies, in order")]
        out.append(widgets.form_table(ctx, styles, header, widgets.blank_rows(10, 4), [22, 24, 24, 30],
                                      11 * mm))
    title = ctx.t("Restore first (top {count})", count=TOP_ASSETS)
    out.extend(widgets.subheading(title, "first-hour-top", styles))
    if ctx.plan:
        out.extend(restoration.plan_table(ctx, styles, ctx.plan[:TOP_ASSETS], brief=True))
    else:
        out.append(markup.para(ctx.t("No restoration priorities are recorded."), styles.body))
    return out
