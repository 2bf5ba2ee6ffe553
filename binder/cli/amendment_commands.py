"""Local corrections of published records: amend, amendments list, conflicts list/resolve."""
from __future__ import annotations

import argparse
import json
from typing import Any

from binder.cli.context import Context
from binder.i18n import tr
from binder.model import schema
from binder.store import amendments, references


def _value(text: str) -> Any:
    try:
        return json.loads(text)
    except ValueError:
        return text


def cmd_amend(ctx: Context) -> int:
    a = ctx.args
    author = ctx.operator(a.author)
    vault = ctx.vault()
    item = amendments.amend(vault, a.kind, references.resolve(vault, a.kind, a.id), a.field, _value(a.value),
                            author=author)
    if ctx.json:
        ctx.emit(item.to_json())
    else:
        ctx.say("Amended {title}: {field} is now shown as {value}. Marked to report to the coordinator.",
                title=item.title, field=item.field, value=json.dumps(item.value, ensure_ascii=False))
    return 0


def cmd_conflicts_list(ctx: Context) -> int:
    items = amendments.conflicts(ctx.vault())
    if ctx.json:
        ctx.emit([i.to_json() for i in items])
        return 0
    if not items:
        ctx.say("No conflicts.")
    for i in items:
        print(f"{i.id}  {i.title} · {i.field}")
        ctx.say("  yours: {mine}; published now: {theirs}", mine=json.dumps(i.value, ensure_ascii=False),
                theirs=json.dumps(i.published_value, ensure_ascii=False))
        print(f"  {amendments.reason_text(i.reason)}")
    return 0


def cmd_conflicts_resolve(ctx: Context) -> int:
    a = ctx.args
    amendments.resolve(ctx.vault(), a.id, keep_mine=a.keep_mine)
    ctx.say("Resolved: kept your value." if a.keep_mine else "Resolved: the published value is used.")
    return 0


def cmd_amendments_list(ctx: Context) -> int:
    items = amendments.list_amendments(ctx.vault(), "active")
    if ctx.json:
        ctx.emit([i.to_json() for i in items])
        return 0
    if not items:
        ctx.say("No local corrections.")
    for i in items:
        ctx.say("{title} · {field}: {value} (to report to the coordinator)", title=i.title, field=i.field,
                value=json.dumps(i.value, ensure_ascii=False))
    return 0


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("amend", help=tr("correct a field of a published record on this laptop"))
    p.add_argument("kind", help=", ".join(schema.CLI_KINDS))
    p.add_argument("id")
    p.add_argument("field")
    p.add_argument("value", help=tr("the new value, as JSON or plain text"))
    p.add_argument("--author", metavar="NAME", help=tr("who corrects it (default: the operator)"))
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_amend)

    p = sub.add_parser("amendments", help=tr("local corrections of published records"))
    asub = p.add_subparsers(dest="amendments_command", metavar="ACTION")
    asub.required = True
    q = asub.add_parser("list", help=tr("list corrections still to report to the coordinator"))
    q.add_argument("--json", action="store_true")
    q.set_defaults(func=cmd_amendments_list)

    p = sub.add_parser("conflicts", help=tr("local corrections overridden by a bundle"))
    csub = p.add_subparsers(dest="conflicts_command", metavar="ACTION")
    csub.required = True
    q = csub.add_parser("list", help=tr("list conflicts"))
    q.add_argument("--json", action="store_true")
    q.set_defaults(func=cmd_conflicts_list)
    q = csub.add_parser("resolve", help=tr("keep your value or take the published one"))
    q.add_argument("id")
    how = q.add_mutually_exclusive_group(required=True)
    how.add_argument("--keep-mine", action="store_true")
    how.add_argument("--take-published", action="store_true")
    q.set_defaults(func=cmd_conflicts_resolve)
