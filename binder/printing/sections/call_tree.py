"""The call tree: who calls whom, in order, with columns to note the call and the callback."""
from __future__ import annotations

from typing import Any

from reportlab.platypus import Flowable

from binder.model.collation import sort_key
from binder.printing import markup, widgets
from binder.printing.context import BinderContext
from binder.printing.layout import Mark
from binder.printing.styles import Styles
from binder.store.records import Record


def tree_rows(ctx: BinderContext) -> list[tuple[str, Record, Record]]:
    """(number, caller, callee) depth first from the people nobody calls; each person once."""
    callers = [c for c in ctx.contacts if c.data.get("calls")]
    called = {cid for c in callers for cid in c.data["calls"]}
    roots = [c for c in callers if c.id not in called] or callers[:1]
    rows: list[tuple[str, Record, Record]] = []
    seen: set[str] = set()

    def visit(caller: Record, prefix: str) -> None:
        seen.add(caller.id)
        for index, callee_id in enumerate(caller.data.get("calls", []), start=1):
            callee = ctx.contacts_by_id.get(callee_id)
            if callee is None or callee.id in seen:
                continue
            number = f"{prefix}{index}"
            rows.append((number, caller, callee))
            seen.add(callee.id)
            visit(callee, number + ".")

    for root in sorted(roots, key=lambda c: sort_key(c.title)):
        if root.id not in seen:
            visit(root, "")
    for caller in callers:                       # callers only reachable through a cycle
        if caller.id not in seen:
            visit(caller, "")
    return rows


def story(ctx: BinderContext, styles: Styles) -> list[Flowable]:
    title = ctx.t("Call tree")
    out: list[Flowable] = [Mark("call-tree", title, 1), markup.para(title, styles.h2)]
    rows = tree_rows(ctx)
    out.append(markup.para(ctx.t("Work down the list. Each caller phones the people below them, notes the "
                                 "time, and ticks 'callback' when the person has called back to confirm. "
                                 "No answer: leave a message, call the first deputy, and note it."),
                           styles.body))
    header = [ctx.t("No."), ctx.t("Caller"), ctx.t("Calls"), ctx.t("Number(s)"), ctx.t("Called at"),
              ctx.t("Callback")]
    table_rows: list[list[Any]] = []
    for number, caller, callee in rows:
        numbers = [ch.get("value", "") for ch in callee.data.get("channels", [])[:2]]
        table_rows.append([
            widgets.cell(number, styles, bold=True),
            widgets.cell(caller.title, styles),
            widgets.cell_markup(markup.join([markup.bold(callee.title),
                                             markup.text(callee.data.get("crisis_role", ""))]), styles),
            widgets.cell_markup(markup.join([markup.number(n) for n in numbers]), styles),
            widgets.cell("", styles),
            widgets.cell(widgets.TICK_BOX, styles),
        ])
    if not table_rows:
        out.append(markup.para(ctx.t("No call tree is recorded. Fill in this one by hand."), styles.body))
        table_rows = [[widgets.cell(str(i), styles), "", "", "", "", widgets.cell(widgets.TICK_BOX, styles)]
                      for i in range(1, 13)]
        out.append(widgets.form_table(ctx, styles, header, table_rows, [11, 19, 25, 21, 12, 12], 11 * 2.835))
        return out
    out.extend(widgets.data_table(ctx, styles, header, table_rows, [11, 19, 25, 21, 12, 12],
                                  minimums=widgets.number_columns(ctx, 3)))
    return out
