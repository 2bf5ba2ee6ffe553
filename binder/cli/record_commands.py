"""Record commands: list, show, search, add, edit (delete, import-data, export-data: interchange_commands)."""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from binder.cli.context import Context, parse_assignments
from binder.errors import ValidationError
from binder.i18n import N_, tr
from binder.interchange.json_format import strict_loads
from binder.model import schema
from binder.store import incident_log, records, restoration, routine_runs, search

KIND_CHOICES = sorted(schema.CLI_KINDS)


def _summary(rec: records.Record) -> str:
    k = schema.KINDS[rec.kind]
    extra = []
    for name in k.subtitle_fields:
        value = rec.data.get(name)
        if isinstance(value, list):
            value = ", ".join(str(v) for v in value[:3])
        if value not in (None, ""):
            extra.append(str(value))
    mark = " *" if rec.amended else ""
    return f"{rec.id}  {rec.title}{mark}" + (f"  ({'; '.join(extra)})" if extra else "")


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
                print(f"{r.id}  {r.started_at}  {r.routine_title}  {done}/{len(r.steps)}")
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
        for rec in found:
            print(_summary(rec))
    return 0


def cmd_show(ctx: Context) -> int:
    vault = ctx.vault()
    kind = schema.CLI_KINDS[ctx.args.kind]
    if kind == "log":
        try:
            data: Any = incident_log.get(vault, int(ctx.args.id)).to_json()
        except ValueError:
            raise ValidationError(N_("log entries are numbered; give the entry number"), where=ctx.args.id) from None
    elif kind == "run":
        data = routine_runs.get(vault, ctx.args.id).to_json()
    else:
        data = records.get(vault, kind, ctx.args.id).to_json()
    if ctx.json:
        ctx.emit(data)
    else:
        for key, value in data.items():
            if isinstance(value, (list, dict)):
                value = json.dumps(value, ensure_ascii=False, indent=2)
            print(f"{key}: {value}")
    return 0


def cmd_search(ctx: Context) -> int:
    hits = search.search(ctx.vault(), " ".join(ctx.args.text), limit=ctx.args.limit)
    if ctx.json:
        ctx.emit([h.to_json() for h in hits])
        return 0
    if not hits:
        ctx.say("No matches.")
    for h in hits:
        print(f"{h.kind:<8} {h.id}  {h.title}")
    return 0


def _read_record_input(ctx: Context) -> dict[str, Any]:
    data: dict[str, Any] = {}
    if ctx.args.from_json:
        raw = sys.stdin.read() if ctx.args.from_json == "-" else Path(ctx.args.from_json).read_text(encoding="utf-8")
        try:
            loaded = strict_loads(raw)
        except ValueError as exc:
            raise ValidationError(N_("is not valid JSON: {reason}"), where=ctx.args.from_json,
                                  reason=getattr(exc, "msg", str(exc))) from None
        if not isinstance(loaded, dict):
            raise ValidationError(N_("expected an object"), where=ctx.args.from_json)
        loaded.pop("id", None)
        data.update(loaded)
    data.update(parse_assignments(ctx.args.set))
    return data


def cmd_add(ctx: Context) -> int:
    kind = schema.CLI_KINDS[ctx.args.kind]
    if kind in schema.LOCAL_KINDS:
        raise ValidationError(N_("use 'binder log add' or 'binder runs start' for this kind"), where=ctx.args.kind)
    rec = records.save(ctx.vault(), kind, _read_record_input(ctx))
    if ctx.json:
        ctx.emit(rec.to_json())
    else:
        ctx.say("Saved {title} ({id}).", title=rec.title, id=rec.id)
    return 0


def cmd_edit(ctx: Context) -> int:
    kind = schema.CLI_KINDS[ctx.args.kind]
    vault = ctx.vault()
    current = records.get(vault, kind, ctx.args.id, effective=False)
    changes = _read_record_input(ctx)
    data = {**current.data, **changes}
    for name in ctx.args.unset or []:
        data.pop(name, None)
    rec = records.save(vault, kind, data, record_id=current.id)
    if ctx.json:
        ctx.emit(rec.to_json())
    else:
        ctx.say("Saved {title} ({id}).", title=rec.title, id=rec.id)
    return 0


def register(sub: argparse._SubParsersAction) -> None:
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
    p.add_argument("id")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_show)

    p = sub.add_parser("search", help=tr("search every kind, best matches first"))
    p.add_argument("text", nargs="+")
    p.add_argument("--limit", type=int, default=50)
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_search)

    for name, func, help_text in (("add", cmd_add, tr("add a record")), ("edit", cmd_edit, tr("change a record"))):
        p = sub.add_parser(name, help=help_text)
        p.add_argument("kind", choices=[k.cli for k in schema.KINDS.values()])
        if name == "edit":
            p.add_argument("id")
            p.add_argument("--unset", action="append", metavar="FIELD")
        p.add_argument("--set", action="append", metavar="FIELD=VALUE", help=tr("a field value (JSON for lists)"))
        p.add_argument("--from-json", metavar="FILE", help=tr("read the fields from a JSON object ('-' for stdin)"))
        p.add_argument("--json", action="store_true")
        p.set_defaults(func=func)
