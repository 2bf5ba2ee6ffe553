"""Staff and mutual aid: roster, shift plan with rest warnings, partners with contacts."""
from __future__ import annotations

from typing import Any

from reportlab.platypus import Flowable

from binder.printing import markup, widgets
from binder.printing.context import BinderContext, record_content
from binder.printing.styles import Styles

ID = "staff"


def content(ctx: BinderContext) -> Any:
    recs = ctx.staff + ctx.shifts + ctx.partners
    return {"records": record_content(recs), "contacts": ctx.referenced_contacts(recs)}


def roster(ctx: BinderContext, styles: Styles) -> list[Flowable]:
    out = widgets.subheading(ctx.t("Roster"), "staff-roster", styles)
    if not ctx.staff:
        out.append(markup.para(ctx.t("No staff are recorded."), styles.body))
        return out
    header = [ctx.t("Name"), ctx.t("Roles"), ctx.t("Skills"), ctx.t("Source"), ctx.t("Reach at")]
    rows = [[widgets.cell(s.title, styles, bold=True), widgets.cell(", ".join(s.data.get("roles", [])), styles),
             widgets.cell(", ".join(s.data.get("skills", [])), styles),
             widgets.cell(ctx.enum("source", s.data.get("source")), styles),
             widgets.cell_markup(markup.number(ctx.first_number(ctx.contacts_by_id.get(s.data.get("contact", "")))),
                                 styles)]
            for s in ctx.staff]
    out.extend(widgets.data_table(ctx, styles, header, rows, [24, 24, 24, 12, 16],
                                  minimums=widgets.number_columns(ctx, 4)))
    return out


def shift_plan(ctx: BinderContext, styles: Styles) -> list[Flowable]:
    out = widgets.subheading(ctx.t("Shift plan"), "staff-shifts", styles)
    if not ctx.shifts:
        out.append(markup.para(ctx.t("No shifts are planned."), styles.body))
        return out
    warnings_by_shift: dict[str, list[str]] = {}
    for warning in ctx.staffing_warnings:
        warnings_by_shift.setdefault(warning.shift_id, []).append(
            "⚠ " + warning.describe(ctx.lang))
    header = [ctx.t("Start"), ctx.t("End"), ctx.t("Person"), ctx.t("Role"), ctx.t("Location"),
              ctx.t("Rest warnings")]
    rows = []
    for shift in ctx.shifts:
        data = shift.data
        person = ctx.staff_by_id.get(data.get("staff", ""))
        rows.append([widgets.cell(ctx.fmt_datetime(data.get("start")), styles),
                     widgets.cell(ctx.fmt_datetime(data.get("end")), styles),
                     widgets.cell(person.title if person else "", styles, bold=True),
                     widgets.cell(data.get("role", ""), styles), widgets.cell(data.get("location", ""), styles),
                     widgets.cell("\n".join(warnings_by_shift.get(shift.id, [])), styles, bold=True)])
    out.extend(widgets.data_table(ctx, styles, header, rows, [14, 14, 17, 17, 17, 21],
                                  minimums={0: ctx.datetime_width, 1: ctx.datetime_width}))
    return out


def partners(ctx: BinderContext, styles: Styles) -> list[Flowable]:
    out = widgets.subheading(ctx.t("Mutual-aid partners"), "staff-partners", styles)
    if not ctx.partners:
        out.append(markup.para(ctx.t("No mutual-aid partners are recorded."), styles.body))
        return out
    header = [ctx.t("Organisation"), ctx.t("Can provide"), ctx.t("Contact"), ctx.t("How to request aid")]
    rows = []
    overflow = widgets.Overflow(ctx)
    for partner in ctx.partners:
        data = partner.data
        agreement = markup.labelled(ctx.t("Agreement"), data.get("agreement_ref"))
        rows.append([widgets.cell_markup(markup.join([markup.bold(partner.title), agreement]), styles),
                     widgets.cell("\n".join(data.get("provides", [])), styles),
                     widgets.cell(ctx.name_and_number(data.get("contact")), styles),
                     widgets.cell_markup(markup.join([
                         markup.text(overflow.clip(partner.title, ctx.t("How to request aid"),
                                                   data.get("activation", ""))),
                         markup.text(overflow.clip(partner.title, ctx.t("Notes"), data.get("notes", "")))]),
                         styles)])
    out.extend(widgets.data_table(ctx, styles, header, rows, [22, 25, 23, 30],
                                  minimums=widgets.number_columns(ctx, 2)))
    out.extend(overflow.flowables(styles))
    return out


def story(ctx: BinderContext, styles: Styles) -> list[Flowable]:
    out = widgets.section_start(ctx, styles, ID)
    out.extend(roster(ctx, styles))
    out.extend(shift_plan(ctx, styles))
    out.extend(partners(ctx, styles))
    return out
