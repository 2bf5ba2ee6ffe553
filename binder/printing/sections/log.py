"""The incident log so far: local entries in order, with time occurred and time recorded."""
from __future__ import annotations

from typing import Any

from reportlab.platypus import Flowable

from binder.printing import markup, widgets
from binder.printing.context import BinderContext
from binder.printing.styles import Styles

ID = "log"


def content(ctx: BinderContext) -> Any:
    return [e.hash for e in ctx.log_entries]


def story(ctx: BinderContext, styles: Styles) -> list[Flowable]:
    out = widgets.section_start(ctx, styles, ID)
    if not ctx.log_entries:
        out.append(markup.para(ctx.t("The incident log on this computer is empty. Keep the log on the blank "
                                     "incident log sheets at the back."), styles.body))
        return out
    out.append(markup.para(ctx.t("{count} entries, oldest first. Continue on the blank incident log sheets "
                                 "with number {next}.", count=len(ctx.log_entries),
                                 next=ctx.log_entries[-1].seq + 1), styles.body))
    header = [ctx.t("No."), ctx.t("Occurred"), ctx.t("Recorded"), ctx.t("Author / role"), ctx.t("Kind"),
              ctx.t("Entry")]
    rows = []
    overflow = widgets.Overflow(ctx)
    for entry in ctx.log_entries:
        kind = ctx.enum("log_kind", entry.kind)
        if entry.priority == "high":
            kind += " · " + ctx.t("HIGH PRIORITY")
        owner = ctx.t("entry {number}", number=entry.seq)
        text = [markup.text(overflow.clip(owner, ctx.t("Entry"), entry.text)),
                markup.labelled(ctx.t("Decided by"), entry.decided_by),
                markup.labelled(ctx.t("Basis"), overflow.clip(owner, ctx.t("Basis"), entry.basis)),
                markup.labelled(ctx.t("Affected"), entry.affected),
                markup.labelled(ctx.t("Corrects entry"), entry.corrects)]
        author = " / ".join(x for x in (entry.author, entry.role) if x)
        rows.append([widgets.cell(str(entry.seq), styles, bold=True),
                     widgets.cell(ctx.fmt_datetime(entry.occurred_at), styles),
                     widgets.cell(ctx.fmt_datetime(entry.recorded_at), styles),
                     widgets.cell(author, styles), widgets.cell(kind, styles),
                     widgets.cell_markup(markup.join(text), styles)])
    out.extend(widgets.data_table(ctx, styles, header, rows, [6, 14, 14, 15, 12, 39],
                                  minimums={1: ctx.datetime_width, 2: ctx.datetime_width}))
    out.extend(overflow.flowables(styles))
    return out
