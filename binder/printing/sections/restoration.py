"""The restoration priority list (restoration order) and the reimage list for device groups."""
from __future__ import annotations

from typing import Any

from reportlab.platypus import Flowable

from binder.printing import markup, widgets
from binder.printing.context import BinderContext
from binder.printing.styles import Styles
from binder.store.restoration import PlanItem

ID = "restoration"


def content(ctx: BinderContext) -> Any:
    recs = [i.record for i in ctx.plan]
    return {"plan": [[r.id, r.data] for r in recs], "contacts": ctx.referenced_contacts(recs),
            "routines": {r.id: r.title for r in ctx.routines}}


def _hours(value: Any) -> str:
    return "–" if value is None else f"{value} h"


def asset_cell(ctx: BinderContext, item: PlanItem, *, brief: bool, overflow: widgets.Overflow) -> markup.Markup:
    data = item.record.data
    parts = [markup.bold(item.record.title), markup.text(ctx.enum("asset_kind", data.get("asset_kind")))]
    if data.get("supports"):
        parts.append(markup.labelled(ctx.t("Supports"), data["supports"]))
    deps = [ctx.assets_by_id[d].title for d in data.get("depends_on", []) if d in ctx.assets_by_id]
    if deps:
        parts.append(markup.labelled(ctx.t("Needs first"), ", ".join(deps)))
    if not brief:
        if data.get("description"):
            parts.append(markup.text(overflow.clip(item.record.title, ctx.t("Description"),
                                                   data["description"])))
        if data.get("device_count") is not None:
            parts.append(markup.labelled(ctx.t("Devices"), data["device_count"]))
        if data.get("classification"):
            parts.append(markup.labelled(ctx.t("Classification"), data["classification"]))
    return markup.join(parts)


def targets_cell(ctx: BinderContext, item: PlanItem) -> markup.Markup:
    data = item.record.data
    return markup.join([markup.labelled(ctx.t("MTPD"), _hours(data.get("mtpd_h"))),
                        markup.labelled(ctx.t("RTO"), _hours(data.get("rto_h"))),
                        markup.labelled(ctx.t("RPO"), _hours(data.get("rpo_h")))])


def people_cell(ctx: BinderContext, item: PlanItem) -> markup.Markup:
    data = item.record.data
    parts = [markup.labelled(ctx.t("Owner"), ctx.name_and_number(data.get("owner"))),
             markup.labelled(ctx.t("Supplier"), ctx.name_and_number(data.get("supplier")))]
    routine = ctx.routines_by_id.get(data.get("restoration_routine", ""))
    if routine:
        parts.append(markup.labelled(ctx.t("Routine"), routine.title))
    return markup.join(parts)


def recovery_cell(ctx: BinderContext, item: PlanItem, overflow: widgets.Overflow) -> markup.Markup:
    data = item.record.data
    workaround = overflow.clip(item.record.title, ctx.t("Manual workaround"), data.get("workaround", ""))
    return markup.join([markup.labelled(ctx.t("Manual workaround"), workaround),
                        markup.labelled(ctx.t("Backup"), data.get("backup_location")),
                        markup.labelled(ctx.t("Last restore test"), data.get("last_restore_test"))])


def plan_table(ctx: BinderContext, styles: Styles, items: list[PlanItem], *, brief: bool = False) -> list[Flowable]:
    header = [ctx.t("No."), ctx.t("Asset"), ctx.t("Tier / rank"), ctx.t("Value class"),
              ctx.t("Time limits"), ctx.t("Owner and supplier"), ctx.t("Workaround and backup")]
    rows = []
    overflow = widgets.Overflow(ctx)
    for item in items:
        data = item.record.data
        rows.append([widgets.cell(str(item.position), styles, bold=True),
                     widgets.cell_markup(asset_cell(ctx, item, brief=brief, overflow=overflow), styles),
                     widgets.cell(f"{data.get('tier', '')} / {data.get('rank', '')}", styles),
                     widgets.cell(ctx.enum("value_class", data.get("value_class")), styles),
                     widgets.cell_markup(targets_cell(ctx, item), styles),
                     widgets.cell_markup(people_cell(ctx, item), styles),
                     widgets.cell_markup(recovery_cell(ctx, item, overflow), styles)])
    return (widgets.data_table(ctx, styles, header, rows, [6, 25, 8, 11, 14, 17, 22],
                               minimums=widgets.number_columns(ctx, 5)) + overflow.flowables(styles))


def reimage_list(ctx: BinderContext, styles: Styles) -> list[Flowable]:
    groups = [i for i in ctx.plan if i.record.data.get("asset_kind") == "device_group"]
    out = widgets.subheading(ctx.t("Reimage list for device groups"), "reimage", styles)
    if not groups:
        out.append(markup.para(ctx.t("No device groups are recorded."), styles.body))
        return out
    out.append(markup.para(ctx.t("Reimage the device groups in this order: a group comes after the systems "
                                 "it depends on."), styles.body))
    header = [ctx.t("No."), ctx.t("Device group"), ctx.t("Devices"), ctx.t("Supports"),
              ctx.t("Needs first"), ctx.t("Done (date, time, by)")]
    rows = []
    for number, item in enumerate(groups, start=1):
        data = item.record.data
        deps = [ctx.assets_by_id[d].title for d in data.get("depends_on", []) if d in ctx.assets_by_id]
        rows.append([widgets.cell(str(number), styles, bold=True),
                     widgets.cell(item.record.title, styles, bold=True),
                     widgets.cell(str(data.get("device_count", "")), styles),
                     widgets.cell(data.get("supports", ""), styles),
                     widgets.cell(", ".join(deps), styles),
                     widgets.cell(widgets.TICK_BOX, styles)])
    out.extend(widgets.data_table(ctx, styles, header, rows, [6, 24, 9, 22, 20, 19]))
    return out


def story(ctx: BinderContext, styles: Styles) -> list[Flowable]:
    out = widgets.section_start(ctx, styles, ID)
    if not ctx.plan:
        out.append(widgets.empty_note(ctx.t("No systems are recorded in the restoration list. Use the blank "
                                            "restoration status board at the back."), styles))
        return out
    out.append(markup.para(ctx.t("Restore in this order: by tier and rank, but never before the systems an "
                                 "asset depends on. MTPD: maximum tolerable outage; RTO: time to restore; "
                                 "RPO: data that may be lost."), styles.body))
    out.extend(plan_table(ctx, styles, ctx.plan))
    out.extend(reimage_list(ctx, styles))
    return out
