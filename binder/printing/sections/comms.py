"""The communication plan: spokespersons, then per target group the messages and channels."""
from __future__ import annotations

from typing import Any

from reportlab.platypus import Flowable

from binder.printing import markup, widgets
from binder.printing.context import BinderContext, record_content
from binder.printing.styles import Styles

ID = "comms"


def content(ctx: BinderContext) -> Any:
    spokes = [ctx.meta.get("spokesperson"), ctx.meta.get("spokesperson_deputy")]
    return {"comms": record_content(ctx.comms), "contacts": ctx.referenced_contacts(ctx.comms),
            "spokes": [ctx.contacts_by_id[s].data for s in spokes if s in ctx.contacts_by_id]}


def story(ctx: BinderContext, styles: Styles) -> list[Flowable]:
    out = widgets.section_start(ctx, styles, ID)
    spokes = [markup.labelled(ctx.t("Main spokesperson"), ctx.name_and_number(ctx.meta.get("spokesperson"))
                              or ctx.t("not named")),
              markup.labelled(ctx.t("Deputy spokesperson"),
                              ctx.name_and_number(ctx.meta.get("spokesperson_deputy")) or ctx.t("not named"))]
    out.append(markup.para_markup(markup.join(spokes), styles.note))
    if not ctx.comms:
        out.append(markup.para(ctx.t("No communication plan is recorded. Agree on messages and channels per "
                                     "target group, and log what was sent on the message log."), styles.body))
        return out
    for index, item in enumerate(ctx.comms):
        data = item.data
        group = ctx.enum("target_group", data.get("target_group"))
        out.extend(widgets.subheading(f"{group}: {item.title}", f"comms-{index}", styles, keep=50 * 2.835))
        messages = data.get("key_messages", [])
        if messages:
            out.append(markup.para(ctx.t("Key messages"), styles.h3))
            for number, message in enumerate(messages, start=1):
                out.append(markup.para(f"{number}. {message}", styles.body))
        if data.get("holding_statement"):
            out.append(markup.para(ctx.t("Holding statement"), styles.h3))
            out.append(markup.para(data["holding_statement"], styles.note))
        details = [markup.labelled(ctx.t("Primary channel"), data.get("primary_channel")),
                   markup.labelled(ctx.t("Fallback channels"), ", ".join(data.get("fallback_channels", []))),
                   markup.labelled(ctx.t("Responsible"), ctx.name_and_number(data.get("owner"))),
                   markup.labelled(ctx.t("Cadence"), data.get("cadence")),
                   markup.labelled(ctx.t("Daily briefing"), data.get("briefing_time")),
                   markup.labelled(ctx.t("Next update due"), ctx.fmt_datetime(data.get("next_update_due")))]
        out.append(markup.para_markup(markup.join(details), styles.body))
    return out
