"""Routines as checklists: numbered steps (the app's numbers), tick box, 'done at / by' to fill in."""
from __future__ import annotations

from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from binder.printing import markup, widgets
from binder.printing.context import BinderContext, record_content
from binder.printing.styles import Styles
from binder.store.records import Record

ID = "routines"
FRACTIONS = [7, 5, 43, 18, 10, 17]
# A routine starts only where its heading, facts and the first steps fit.
KEEP_FOR_START = 75 * mm


def content(ctx: BinderContext) -> Any:
    return {"routines": record_content(ctx.routines), "contacts": ctx.referenced_contacts(ctx.routines),
            "assets": {a.id: a.title for a in ctx.assets_by_id.values()}}


def minutes(ctx: BinderContext, value: int | None) -> str:
    if value is None:
        return ""
    if value >= 120 and value % 60 == 0:
        return ctx.t("{hours} h", hours=value // 60)
    return ctx.t("{minutes} min", minutes=value)


def step_action(ctx: BinderContext, step: dict[str, Any]) -> markup.Markup:
    parts = [markup.text(step.get("instruction", ""))]
    if step.get("workaround"):
        parts.append(markup.labelled(ctx.t("Manual workaround"), step["workaround"]))
    contacts = [ctx.name_and_number(cid) for cid in step.get("contacts", [])]
    if any(contacts):
        parts.append(markup.labelled(ctx.t("Contacts"), "; ".join(c for c in contacts if c)))
    assets = [ctx.assets_by_id[a].title for a in step.get("assets", []) if a in ctx.assets_by_id]
    if assets:
        parts.append(markup.labelled(ctx.t("Systems"), ", ".join(assets)))
    if step.get("duration_min") is not None:
        parts.append(markup.labelled(ctx.t("Takes about"), minutes(ctx, step["duration_min"])))
    return markup.join(parts)


def facts(ctx: BinderContext, routine: Record) -> markup.Markup:
    data = routine.data
    parts = [markup.labelled(ctx.t("Purpose"), data.get("purpose")),
             markup.labelled(ctx.t("Activate when"), data.get("trigger")),
             markup.labelled(ctx.t("Owner"), data.get("owner_role")),
             markup.labelled(ctx.t("Scenarios"), ", ".join(data.get("scenarios", []))),
             markup.labelled(ctx.t("Routine version"), data.get("version")),
             markup.labelled(ctx.t("Review due"), data.get("review_due"))]
    return markup.join(parts)


def checklist(ctx: BinderContext, styles: Styles, routine: Record, key: str, *,
              toc: bool = True) -> list[Flowable]:
    out = widgets.subheading(routine.title, key, styles, toc=toc, keep=KEEP_FOR_START)
    info = facts(ctx, routine)
    if info:
        out.append(markup.para_markup(info, styles.small))
    out.append(markup.para(ctx.t("Activated at ____________  by ____________________"), styles.small))
    header = [ctx.t("No."), widgets.TICK_BOX, ctx.t("Action"), ctx.t("Responsible (alternate)"),
              ctx.t("Target"), ctx.t("Done at / by")]
    rows: list[list[Any]] = []
    for step in routine.data.get("steps", []):
        responsible = step.get("responsible_role", "")
        if step.get("alternate_role"):
            responsible += f" ({step['alternate_role']})"
        target = minutes(ctx, step.get("time_target_min"))
        rows.append([widgets.cell(step.get("number", ""), styles, bold=True),
                     widgets.cell(widgets.TICK_BOX, styles),
                     widgets.cell_markup(step_action(ctx, step), styles),
                     widgets.cell(responsible, styles),
                     widgets.cell(ctx.t("+{target}", target=target) if target else "", styles),
                     Spacer(1, 9 * mm)])
    if rows:
        out.extend(widgets.data_table(ctx, styles, header, rows, FRACTIONS))
    else:
        out.append(markup.para(ctx.t("This routine has no steps yet."), styles.body))
    return out


def story(ctx: BinderContext, styles: Styles) -> list[Flowable]:
    out = widgets.section_start(ctx, styles, ID)
    if not ctx.routines:
        out.append(widgets.empty_note(ctx.t("No routines are recorded in the binder yet. Use the blank "
                                            "routine-run sheets at the back."), styles))
        return out
    out.append(markup.para(ctx.t("Tick each step when it is done and write the time and your name. Step "
                                 "numbers are the same as in the app. 'Target' is minutes after activation."),
                           styles.body))
    for index, routine in enumerate(ctx.routines):
        out.extend(checklist(ctx, styles, routine, f"routine-{index}"))
        out.append(widgets.gap(3))
    return out
