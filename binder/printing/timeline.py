"""The timeline on paper (`binder timeline --pdf FILE`), for the evaluation after the crisis.

Every entry of every laptop's incident log and the coordinator's own, by time occurred, with
both times, the laptop, the operator, who decided and which entry a correction corrects;
then each laptop's chain status (gaps and forks named, never hidden).
"""
from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from reportlab.platypus import Flowable

from binder.printing import markup, widgets
from binder.printing.build import PrintResult
from binder.printing.context import BinderContext
from binder.printing.printout import build_printout
from binder.printing.styles import Styles
from binder.reports import timeline as timeline_data
from binder.reports.chain import ChainStatus
from binder.reports.describe import chain_text
from binder.vault.vault import Vault

SECTION = "timeline"


def story(entries: list[timeline_data.TimelineEntry],
          chains: dict[str, ChainStatus]) -> Callable[[BinderContext, Styles], list[Flowable]]:
    def build(ctx: BinderContext, styles: Styles) -> list[Flowable]:
        out = widgets.section_start(ctx, styles, SECTION)
        out.append(markup.para(ctx.t("{count} entries from every laptop and the coordinator, by the time they "
                                     "occurred.", count=len(entries)), styles.body))
        for name, status in sorted(chains.items()):
            out.append(markup.para(chain_text(name, status, ctx.t), styles.body))
        rows = []
        for e in entries:
            who = e.author + (" · " + ctx.t("decided by {name}", name=e.decided_by)
                              if e.decided_by and e.decided_by != e.author else "")
            text = (ctx.t("Correction of no. {seq}: ", seq=e.corrects) if e.corrects else "") + e.text
            rows.append([widgets.cell(ctx.fmt_datetime(e.occurred_at), styles),
                         widgets.cell(ctx.fmt_datetime(e.recorded_at), styles),
                         widgets.cell(f"{e.laptop or ctx.t('Coordinator')} #{e.seq}", styles),
                         widgets.cell(who, styles), widgets.cell(ctx.enum("log_kind", e.kind), styles,
                                                                 bold=e.is_decision),
                         widgets.cell(text, styles)])
        header = [ctx.t("Occurred"), ctx.t("Recorded"), ctx.t("Where, no."), ctx.t("Who"), ctx.t("Kind"),
                  ctx.t("Entry")]
        if rows:
            out.extend(widgets.data_table(ctx, styles, header, rows, [12, 12, 15, 15, 15, 31],
                                          minimums={0: ctx.datetime_width, 1: ctx.datetime_width}))
        return out
    return build


def build_timeline_pdf(vault: Vault, out_path: str | Path, *, since: datetime | None = None,
                       laptop: str | None = None, lang: str | None = None, paper: str = "a4") -> PrintResult:
    entries = timeline_data.timeline(vault, since=since, laptop=laptop)
    chains = timeline_data.chains(vault)
    if laptop is not None:
        chains = {k: v for k, v in chains.items() if k == laptop}
    content = {"entries": [e.hash for e in entries], "chains": {k: v.to_json() for k, v in chains.items()}}
    return build_printout(vault, out_path, SECTION, story(entries, chains), content, lang=lang, paper=paper)
