"""Record commands: add, edit (list, show, search, call, info: lookup_commands; delete, import-data,
export-data: interchange_commands)."""
from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from binder.cli.context import Context, parse_assignments
from binder.errors import ValidationError
from binder.i18n import N_, tr
from binder.interchange.json_format import strict_loads
from binder.model import schema
from binder.store import records, references

KIND_CHOICES = sorted(schema.CLI_KINDS)


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
    current = records.get(vault, kind, references.resolve(vault, kind, ctx.args.id), effective=False)
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
