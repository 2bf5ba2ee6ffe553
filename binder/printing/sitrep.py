"""The situation report on paper (`binder sitrep OUT.pdf`), for the daily meeting and the spokesperson.

Its content comes from `binder.reports.sitrep` (decisions and key events, restoration
progress against RTO, staff warnings for the coming shifts, open proposed corrections, the
communication plan's next messages); this module only lays it out.
"""
from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path
from typing import Any

from reportlab.platypus import Flowable

from binder.printing import markup, widgets
from binder.printing.build import PrintResult
from binder.printing.context import BinderContext
from binder.printing.printout import build_printout
from binder.printing.styles import Styles
from binder.reports import sitrep as sitrep_data
from binder.vault.vault import Vault

SECTION = "sitrep"


def _value(value: Any) -> str:
    return value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)


def _where(ctx: BinderContext, laptop: str | None) -> str:
    return laptop or ctx.t("Coordinator")


def _events(ctx: BinderContext, styles: Styles, data: sitrep_data.Sitrep) -> list[Flowable]:
    out = widgets.subheading(ctx.t("1. Decisions and key events"), "sitrep-events", styles, toc=False)
    if not data.events:
        out.append(widgets.empty_note(ctx.t("No decisions or key events in this period."), styles))
        return out
    rows = [[widgets.cell(ctx.fmt_datetime(e.occurred_at), styles), widgets.cell(_where(ctx, e.laptop), styles),
             widgets.cell(" / ".join(x for x in (e.author, e.decided_by if e.decided_by != e.author else "") if x),
                          styles),
             widgets.cell(ctx.enum("log_kind", e.kind), styles, bold=e.is_decision),
             widgets.cell(e.text, styles)] for e in data.events]
    header = [ctx.t("Occurred"), ctx.t("Where"), ctx.t("Who / decided by"), ctx.t("Kind"), ctx.t("Entry")]
    out.extend(widgets.data_table(ctx, styles, header, rows, [14, 13, 15, 14, 44],
                                  minimums={0: ctx.datetime_width}))
    return out


def _restoration(ctx: BinderContext, styles: Styles, data: sitrep_data.Sitrep) -> list[Flowable]:
    out = widgets.subheading(ctx.t("2. Restoration"), "sitrep-restoration", styles, toc=False)
    p = data.progress
    out.append(markup.para(ctx.t("{restored} systems restored, {in_progress} in progress, {down} down, "
                                 "{unknown} without a reported status; {blocked} blocked by another system, "
                                 "{overrun} past their RTO.", restored=p["restored"], in_progress=p["in_progress"],
                                 down=p["down"], unknown=p["unknown"], blocked=p["blocked"],
                                 overrun=p["rto_overrun"]), styles.body))
    open_items = [i for i in data.board if i.status not in ("restored", "verified")
                  and (i.status is not None or i.blocked_by or i.rto_overrun)]
    if not open_items:
        return out
    rows = []
    for i in open_items:
        status = ctx.enum("restoration_state", i.status) if i.status else ctx.t("No status reported")
        notes = []
        if i.blocked_by:
            notes.append(ctx.t("blocked by {names}", names=", ".join(i.blocked_by)))
        if i.rto_overrun:
            notes.append(ctx.t("RTO {hours} h exceeded", hours=i.rto_h))
        who = ", ".join(x for x in (i.set_by, _where(ctx, i.where) if i.status else "",
                                    ctx.fmt_datetime(i.at) if i.at else "") if x)
        rows.append([widgets.cell(str(i.position), styles), widgets.cell(i.name, styles, bold=True),
                     widgets.cell(status, styles), widgets.cell(who, styles),
                     widgets.cell("; ".join(notes), styles)])
    header = [ctx.t("No."), ctx.t("System"), ctx.t("Status"), ctx.t("Reported by"), ctx.t("Note")]
    out.extend(widgets.data_table(ctx, styles, header, rows, [6, 26, 13, 28, 27]))
    return out


def _staff(ctx: BinderContext, styles: Styles, data: sitrep_data.Sitrep) -> list[Flowable]:
    out = widgets.subheading(ctx.t("3. Staff: warnings for the coming shifts"), "sitrep-staff", styles, toc=False)
    if not data.staff_warnings:
        out.append(widgets.empty_note(ctx.t("No overwork warnings for the coming shifts."), styles))
    for w in data.staff_warnings:
        out.append(markup.para("• " + w.describe(ctx.lang), styles.body))
    return out


def _corrections(ctx: BinderContext, styles: Styles, data: sitrep_data.Sitrep) -> list[Flowable]:
    out = widgets.subheading(ctx.t("4. Corrections proposed by the laptops"), "sitrep-corrections", styles,
                             toc=False)
    if not data.corrections:
        out.append(widgets.empty_note(ctx.t("No proposed corrections are waiting."), styles))
        return out
    rows = [[widgets.cell(c.laptop, styles), widgets.cell(c.author, styles),
             widgets.cell(c.record_title or c.record_id[:8], styles, bold=True), widgets.cell(c.field, styles),
             widgets.cell(_value(c.value), styles), widgets.cell(c.reason, styles)]
            for c in data.corrections]
    header = [ctx.t("Laptop"), ctx.t("Who"), ctx.t("Record"), ctx.t("Field"), ctx.t("Proposed value"),
              ctx.t("Reason")]
    out.extend(widgets.data_table(ctx, styles, header, rows, [13, 13, 20, 12, 27, 15]))
    return out


def _comms(ctx: BinderContext, styles: Styles, data: sitrep_data.Sitrep) -> list[Flowable]:
    out = widgets.subheading(ctx.t("5. Communication: the next messages"), "sitrep-comms", styles, toc=False)
    if not data.comms:
        out.append(widgets.empty_note(ctx.t("The communication plan is empty."), styles))
        return out
    rows = [[widgets.cell(ctx.enum("target_group", c.target_group), styles, bold=True),
             widgets.cell(ctx.fmt_datetime(c.due) if c.due else "", styles), widgets.cell(c.channel, styles),
             widgets.cell(c.spokesperson, styles), widgets.cell(c.first_message, styles)] for c in data.comms]
    header = [ctx.t("Target group"), ctx.t("Next update"), ctx.t("Channel"), ctx.t("Spokesperson"),
              ctx.t("Key message")]
    out.extend(widgets.data_table(ctx, styles, header, rows, [17, 14, 16, 16, 37], minimums={1: ctx.datetime_width}))
    return out


def story(data: sitrep_data.Sitrep) -> Any:
    def build(ctx: BinderContext, styles: Styles) -> list[Flowable]:
        out = widgets.section_start(ctx, styles, SECTION)
        period = (ctx.t("From {start} to {end}.", start=ctx.fmt_datetime(data.since), end=ctx.fmt_datetime(data.until))
                  if data.since else ctx.t("Until {end}.", end=ctx.fmt_datetime(data.until)))
        out.append(markup.para(period, styles.body))
        out.append(markup.para(ctx.t(
            "How to use it: read it aloud at the daily situation meeting, section by section. Decisions are "
            "in the incident logs; write new ones on an incident log sheet. The spokesperson takes section 5. "
            "Check that this is the newest report with the check code at the foot of the page."), styles.note))
        for part in (_events, _restoration, _staff, _corrections, _comms):
            out.extend(part(ctx, styles, data))
        return out
    return build


def build_sitrep(vault: Vault, out_path: str | Path, *, since: datetime | None = None, lang: str | None = None,
                 paper: str = "a4", now: datetime | None = None) -> PrintResult:
    data = sitrep_data.build(vault, since=since, now=now)
    content = {"since": str(data.since), "events": [e.hash for e in data.events],
               "board": [(i.asset_id, i.status, i.at) for i in data.board],
               "corrections": [c.id for c in data.corrections]}
    return build_printout(vault, out_path, SECTION, story(data), content, lang=lang, paper=paper)
