"""Contacts: grouped by crisis role, then organisation; every channel in calling order."""
from __future__ import annotations

from collections.abc import Iterator
from itertools import groupby
from typing import Any

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, PageBreak

from binder.model.collation import sort_key
from binder.model.schema import STALE_CONTACT_DAYS
from binder.printing import markup, widgets
from binder.printing.context import PHONE_KINDS, BinderContext, record_content
from binder.printing.layout import Lazy, Mark
from binder.printing.sections import call_tree
from binder.printing.styles import Styles, grid_style
from binder.store.records import Record

ID = "contacts"


def content(ctx: BinderContext) -> Any:
    return {"contacts": record_content(ctx.contacts), "organisation": ctx.organisation}


def _group_key(contact: Record) -> tuple[int, str, str]:
    role = contact.data.get("crisis_role", "")
    return (0 if role else 1, sort_key(role), role)


def channel_lines(ctx: BinderContext, contact: Record) -> list[markup.Markup]:
    lines = []
    for number, channel in enumerate(contact.data.get("channels", []), start=1):
        kind = ctx.enum("channel", channel.get("kind"))
        own_label = channel.get("label", "")
        label = f" ({own_label})" if own_label and own_label.casefold() != kind.casefold() else ""
        value = channel.get("value", "")
        kind_id = channel.get("kind")
        shown = (markup.number(value) if kind_id in PHONE_KINDS
                 else markup.address(value) if kind_id == "email" else markup.bold(value))
        line = markup.Markup(f"{number}. {markup.text(kind + label)}: {shown}")
        if channel.get("talk_group"):
            line = markup.Markup(line + " · " + markup.text(ctx.t("talk group {group}",
                                                                  group=channel["talk_group"])))
        lines.append(line)
    return lines


def name_cell(ctx: BinderContext, contact: Record) -> markup.Markup:
    data = contact.data
    parts = [markup.bold(contact.title)]
    for name in ("job_title", "unit"):
        if data.get(name):
            parts.append(markup.text(data[name]))
    if data.get("sensitivity") == "sensitive":
        parts.append(markup.text(ctx.t("Sensitive: private numbers")))
    return markup.join(parts)


def status_cell(ctx: BinderContext, contact: Record, overflow: widgets.Overflow | None = None) -> markup.Markup:
    data = contact.data
    parts = []
    availability = ctx.enum("availability", data.get("availability"))
    note = data.get("availability_note", "")
    if availability and not note.casefold().startswith(availability.casefold()):
        parts.append(markup.text(availability))
    if note:
        parts.append(markup.text(note))
    verified = data.get("verified_on")
    if verified and ctx.is_stale(contact):       # never verified: said once, above the tables
        parts.append(markup.bold(ctx.t("⚠ STALE: verified {date}", date=verified)))
    elif verified:
        parts.append(markup.text(ctx.t("Verified {date}", date=verified)))
    if data.get("notes"):
        notes = overflow.clip(contact.title, ctx.t("Notes"), data["notes"]) if overflow else data["notes"]
        parts.append(markup.text(notes))
    return markup.join(parts)


def deputies_cell(ctx: BinderContext, contact: Record) -> markup.Markup:
    lines = []
    for number, deputy_id in enumerate(contact.data.get("deputies", []), start=1):
        deputy = ctx.contacts_by_id.get(deputy_id)
        if deputy is not None:
            lines.append(markup.Markup(f"{number}. {markup.text(deputy.title)}<br/>"
                                       f"{markup.number(ctx.first_number(deputy))}"))
    return markup.join(lines)


def contact_rows(ctx: BinderContext, styles: Styles, contacts: list[Record],
                 overflow: widgets.Overflow) -> list[list[Any]]:
    return [[widgets.cell_markup(name_cell(ctx, c), styles),
             widgets.cell_markup(markup.join(channel_lines(ctx, c)), styles),
             widgets.cell_markup(deputies_cell(ctx, c), styles),
             widgets.cell_markup(status_cell(ctx, c, overflow), styles)] for c in contacts]


def header(ctx: BinderContext) -> list[str]:
    return [ctx.t("Name"), ctx.t("Channels, in calling order"), ctx.t("Deputies, in order"),
            ctx.t("Availability and notes")]


FRACTIONS = [24, 38, 19, 19]


MAX_TOC_GROUPS = 30     # more role groups than this: no TOC line per role (the TOC would fill pages)


def groups(ctx: BinderContext) -> list[tuple[str, str, list[Record]]]:
    """(crisis role, organisation, contacts): roles in Swedish order, 'no role' last."""
    ordered = sorted(ctx.contacts, key=lambda c: (_group_key(c), sort_key(c.data.get("organisation", "")),
                                                  sort_key(c.title)))
    out = []
    for (_, _, role), in_role in groupby(ordered, key=_group_key):
        for organisation, in_org in groupby(in_role, key=lambda c: c.data.get("organisation", "")):
            out.append((role, organisation, list(in_org)))
    return out


def group_tables(ctx: BinderContext, styles: Styles, title: markup.Markup,
                 members: list[Record]) -> Iterator[list[Flowable]]:
    """One group, CHUNK_ROWS contacts per table, each table made only when layout reaches it.

    Each table starts with the group's title row and the column header (both repeated when the
    table splits over a page)."""
    head = [markup.para(h, styles.head_cell) for h in header(ctx)]
    title_row = [markup.para_markup(title, styles.h3), "", "", ""]
    column_widths = widgets.widths(ctx, FRACTIONS, widgets.number_columns(ctx, 1, 2))
    for start in range(0, len(members), widgets.CHUNK_ROWS):
        overflow = widgets.Overflow(ctx)
        rows = contact_rows(ctx, styles, members[start:start + widgets.CHUNK_ROWS], overflow)
        table = widgets.RowTable([title_row, head, *rows], colWidths=column_widths,
                                 repeatRows=2, hAlign="LEFT",
                                 style=grid_style(2, [("SPAN", (0, 0), (-1, 0)),
                                                      ("BACKGROUND", (0, 0), (-1, 0), colors.white),
                                                      ("LINEABOVE", (0, 0), (-1, 0), 1.5, colors.black)]))
        yield [CondPageBreak(32 * mm), table, *overflow.flowables(styles)]
    yield [widgets.gap(3)]


def _group_chunks(ctx: BinderContext, styles: Styles, grouped: list[tuple[str, str, list[Record]]],
                  marks: dict[int, Mark]) -> Iterator[list[Flowable]]:
    """The group tables, made one group at a time as layout reaches them."""
    for index, (role, organisation, members) in enumerate(grouped):
        if index in marks:
            yield [marks[index]]
        title = markup.bold(role or ctx.t("Other contacts (no crisis role)"))
        if organisation:
            title = markup.Markup(f"{title} · {markup.text(organisation)}")
        yield from group_tables(ctx, styles, title, members)


def story(ctx: BinderContext, styles: Styles) -> list[Flowable]:
    out = widgets.section_start(ctx, styles, ID)
    if not ctx.contacts:
        out.append(widgets.empty_note(ctx.t("No contacts are recorded in the binder yet. Write the numbers "
                                            "you need on the blank contact list at the back."), styles))
    else:
        out.append(markup.para(ctx.t("Contacts are grouped by crisis role, then organisation. Call the "
                                     "channels in the order given; if there is no answer, call the first "
                                     "deputy. ⚠ STALE marks contacts last verified more than {days} days ago.",
                                     days=STALE_CONTACT_DAYS), styles.body))
        never = sum(1 for c in ctx.contacts if not c.data.get("verified_on"))
        if never:
            out.append(markup.para(ctx.t("⚠ {count} of {total} contacts have never been verified: check their "
                                         "numbers when you call them.", count=never, total=len(ctx.contacts)),
                                   styles.note))
        grouped = groups(ctx)
        with_toc = len({role for role, _, _ in grouped}) <= MAX_TOC_GROUPS
        marks: dict[int, Mark] = {}
        previous_role = None
        for index, (role, _, _) in enumerate(grouped):
            if with_toc and role != previous_role:
                marks[index] = Mark(f"role-{index}", role or ctx.t("Other contacts (no crisis role)"), 1)
            previous_role = role
        out.append(Lazy(_group_chunks(ctx, styles, grouped, marks), list(marks.values())))
    out.append(PageBreak())
    out.extend(call_tree.story(ctx, styles))
    return out
