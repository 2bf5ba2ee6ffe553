"""Incident log commands: log add, log correct, log verify."""
from __future__ import annotations

import argparse

from binder.cli.context import Context
from binder.errors import BinderError
from binder.i18n import tr
from binder.model import schema
from binder.store import incident_log


def _add(ctx: Context, corrects: int | None = None) -> int:
    a = ctx.args
    author = ctx.operator(a.author)
    entry = incident_log.add(ctx.vault(), " ".join(a.text), kind=a.kind, priority=a.priority,
                             occurred_at=a.occurred, author=author, role=a.role or "",
                             decided_by=a.decided_by or "", basis=a.basis or "", affected=a.affected or "",
                             corrects=corrects)
    if incident_log.occurred_in_future(entry):
        ctx.warn("Warning: the time occurred ({time}) is in the future. Check the date; a correction can be "
                 "logged with 'binder log correct'.", time=entry.occurred_at)
    if ctx.json:
        ctx.emit(entry.to_json())
    else:
        ctx.say("Logged entry #{seq} at {time}.", seq=entry.seq, time=entry.recorded_at)
    return 0


def cmd_verify(ctx: Context) -> int:
    ok, n, problem = incident_log.verify(ctx.vault())
    if ctx.json:
        ctx.emit({"ok": ok, "entries": n, "problem": problem})
    elif ok:
        ctx.say("The incident log is intact: {count} entries, hash chain verified.", count=n)
    if not ok:
        raise BinderError("The incident log has been tampered with: {problem}.", problem=problem)
    return 0


def _entry_options(p: argparse.ArgumentParser) -> None:
    p.add_argument("text", nargs="+")
    p.add_argument("--occurred", metavar="ISO-TIME", help=tr("when it happened, if earlier (e.g. 2026-11-25T08:40)"))
    p.add_argument("--kind", choices=schema.LOG_KINDS, default="information")
    p.add_argument("--priority", choices=schema.LOG_PRIORITIES, default="normal")
    p.add_argument("--author", metavar="NAME", help=tr("who writes the entry (default: the operator)"))
    p.add_argument("--role", help=tr("the writer's crisis role"))
    p.add_argument("--decided-by", help=tr("for decisions: who decided (default: the operator)"))
    p.add_argument("--basis", help=tr("for decisions: on what basis"))
    p.add_argument("--affected", help=tr("for decisions: who is affected"))
    p.add_argument("--json", action="store_true")


def register(sub: argparse._SubParsersAction) -> None:
    log = sub.add_parser("log", help=tr("the incident log (append-only)"))
    logsub = log.add_subparsers(dest="log_command", metavar="ACTION")
    logsub.required = True
    p = logsub.add_parser("add", help=tr("append an entry"))
    _entry_options(p)
    p.set_defaults(func=lambda ctx: _add(ctx))
    p = logsub.add_parser("correct", help=tr("append a correction of an earlier entry"))
    p.add_argument("seq", type=int, help=tr("number of the entry to correct"))
    _entry_options(p)
    p.set_defaults(func=lambda ctx: _add(ctx, corrects=ctx.args.seq))
    p = logsub.add_parser("verify", help=tr("check the hash chain"))
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_verify)
