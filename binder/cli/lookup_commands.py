"""Looking things up, in names rather than ids: list, show, search, call, info.

Wherever a record is asked for, a name or a unique id prefix will do
(`binder.store.references.resolve`); what a record refers to is shown by name and number.
"""
from __future__ import annotations

import argparse
from typing import TYPE_CHECKING, Any

from binder.cli.context import Context
from binder.errors import ValidationError
from binder.i18n import N_, tr
from binder.model import schema
from binder.store import incident_log, record_view, records, references, restoration, routine_runs

if TYPE_CHECKING:
    from binder.store.call_list import Callee

KIND_CHOICES = sorted(schema.CLI_KINDS)


def _summary(rec: records.Record, refs: dict[str, references.Ref]) -> str:
    k = schema.KINDS[rec.kind]
    extra = []
    if rec.kind == "contact" and references.main_number(rec.data):
        extra.append(references.main_number(rec.data))
    for name in k.subtitle_fields:
        value = rec.data.get(name)
        if k.field(name).type == schema.REF and value:
            value = references.label(refs, value)
        elif isinstance(value, list):
            value = ", ".join(str(v) for v in value[:3])
        if value not in (None, ""):
            extra.append(str(value))
    mark = " *" if rec.amended else ""
    return f"{rec.id[:8]}  {rec.title}{mark}" + (f"  ({'; '.join(extra)})" if extra else "")


def cmd_list(ctx: Context) -> int:
    vault = ctx.vault()
    kind = schema.CLI_KINDS[ctx.args.kind]
    if kind == "log":
        entries = incident_log.entries(vault, kind=ctx.args.filter_kind)
        if ctx.json:
            ctx.emit([e.to_json() for e in entries])
        else:
            for e in entries:
                fix = f" [{tr('corrects')} #{e.corrects}]" if e.corrects else ""
                print(f"#{e.seq:<4} {e.occurred_at}  {e.kind:<16} {e.text}{fix}")
        return 0
    if kind == "run":
        runs = routine_runs.list_runs(vault)
        if ctx.json:
            ctx.emit([r.to_json() for r in runs])
        else:
            for r in runs:
                done = sum(1 for s in r.steps if s.status != "open")
                print(f"{r.id[:8]}  {r.started_at}  {r.routine_title}  {done}/{len(r.steps)}")
        return 0
    if kind == "asset" and ctx.args.order == "restoration":
        plan = restoration.plan(vault)
        if ctx.json:
            ctx.emit([{**i.record.to_json(), "position": i.position,
                       "status": i.status.status if i.status else None, "blocked_by": i.blocked_by} for i in plan])
        else:
            for i in plan:
                status = i.status.status if i.status else "-"
                blocked = f"  [{tr('blocked by')}: {', '.join(i.blocked_by)}]" if i.blocked else ""
                print(f"{i.position:>4}. T{i.record.data.get('tier')}  {i.record.title}  ({status}){blocked}")
        return 0
    found = records.list_records(vault, kind, query=ctx.args.filter, limit=ctx.args.limit,
                                 descending=ctx.args.descending)
    if ctx.json:
        ctx.emit([r.to_json() for r in found])
    else:
        k = schema.KINDS[kind]
        refs = references.names(vault, [r.data.get(n, "") for r in found for n in k.subtitle_fields
                                        if k.field(n).type == schema.REF])
        for rec in found:
            print(_summary(rec, refs))
    return 0


def cmd_show(ctx: Context) -> int:
    vault = ctx.vault()
    kind = schema.CLI_KINDS[ctx.args.kind]
    if kind == "log":
        try:
            entry = incident_log.get(vault, int(ctx.args.id))
        except ValueError:
            raise ValidationError(N_("log entries are numbered; give the entry number"), where=ctx.args.id) from None
        data: dict[str, Any] = entry.to_json()
    elif kind == "run":
        data = routine_runs.get(vault, references.resolve_run(vault, ctx.args.id)).to_json()
    else:
        rec = references.resolve_record(vault, kind, ctx.args.id)
        if ctx.json:
            ctx.emit(rec.to_json())
        else:
            print(record_view.as_text(record_view.describe(vault, rec)))
        return 0
    if ctx.json:
        ctx.emit(data)
    else:
        print(record_view.as_text([record_view.Line(k, _plain_value(v)) for k, v in data.items()]))
    return 0


def _plain_value(value: Any) -> str:
    if isinstance(value, list):
        return "; ".join(_plain_value(v) for v in value)
    if isinstance(value, dict):
        return ", ".join(f"{k}={v}" for k, v in value.items() if v not in (None, ""))
    return "" if value is None else str(value)


def cmd_search(ctx: Context) -> int:
    from binder.store import search
    hits = search.search(ctx.vault(), " ".join(ctx.args.text), limit=ctx.args.limit)
    if ctx.json:
        ctx.emit([h.to_json() for h in hits])
        return 0
    if not hits:
        ctx.say("No matches.")
    vault = ctx.vault()
    refs = references.names(vault, [h.id for h in hits if h.kind == "contact"])
    for h in hits:
        title = references.label(refs, h.id) if h.id in refs else h.title
        print(f"{h.kind:<8} {h.id[:8]}  {title}")
    return 0


def _print_callee(callee: Callee, first: str, lang: str) -> None:
    role = f" — {callee.crisis_role}" if callee.crisis_role else ""
    org = f", {callee.organisation}" if callee.organisation else ""
    print(f"{first}{callee.name}{role}{org}")
    indent = " " * len(first)
    if callee.availability or callee.availability_note:
        from binder.model.labels import enum_label
        note = "; ".join(x for x in (enum_label("availability", callee.availability, lang),
                                     callee.availability_note) if x)
        print(f"{indent}  {tr('Availability')}: {note}")
    for n, channel in enumerate(callee.channels, start=1):
        print(f"{indent}  {n}. {record_view.channel_text(channel, lang)}")
    if not callee.channels:
        print(f"{indent}  {tr('(no channels recorded)')}")


def cmd_call(ctx: Context) -> int:
    from binder.i18n import language
    from binder.store.call_list import call_list
    result = call_list(ctx.vault(), " ".join(ctx.args.who))
    if ctx.json:
        ctx.emit(result.to_json())
        return 0
    lang = language()
    for callee in result.callees:
        print(tr("Call, in this order:"))
        _print_callee(callee, "", lang)
        if callee.deputies:
            print(tr("If no answer, the deputies in order:"))
            for n, deputy in enumerate(callee.deputies, start=1):
                _print_callee(deputy, f"  {n}) ", lang)
        if callee.calls:
            print(tr("{name} calls in turn (call tree):", name=callee.name))
            for ref in callee.calls:
                print(f"  - {ref.label()}")
        print()
    if result.also:
        print(tr("Also matching: {names}", names="; ".join(r.label() for r in result.also)))
    return 0


def cmd_info(ctx: Context) -> int:
    vault = ctx.vault()
    if ctx.json:
        from binder.store import metadata, versioning
        from binder.vault.vault import describe
        ctx.emit({**describe(vault), "binder": metadata.get(vault), "binder_version": versioning.binder_version(vault),
                  "valid_as_of": versioning.valid_as_of(vault).isoformat()})
    else:
        print(record_view.as_text(record_view.binder_lines(vault)))
    return 0


def register(sub: argparse._SubParsersAction) -> None:
    id_help = tr("id, the start of an id, or a name")
    p = sub.add_parser("list", help=tr("list records of one kind"))
    p.add_argument("kind", choices=KIND_CHOICES)
    p.add_argument("--filter", help=tr("only records matching this text"))
    p.add_argument("--kind", dest="filter_kind", choices=schema.LOG_KINDS, help=tr("log entries of this kind"))
    p.add_argument("--order", choices=("name", "restoration"), default="name")
    p.add_argument("--descending", action="store_true")
    p.add_argument("--limit", type=int)
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_list)

    p = sub.add_parser("show", help=tr("show one record"))
    p.add_argument("kind", choices=KIND_CHOICES)
    p.add_argument("id", help=id_help)
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_show)

    p = sub.add_parser("search", help=tr("search every kind, best matches first"))
    p.add_argument("text", nargs="+")
    p.add_argument("--limit", type=int, default=50)
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_search)

    p = sub.add_parser("call", help=tr("who to call for a crisis role or a name, in order, with every channel "
                                       "and the deputies"))
    p.add_argument("who", nargs="+", metavar="ROLE-OR-NAME")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_call)

    p = sub.add_parser("info", help=tr("show what this vault is"))
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_info)
