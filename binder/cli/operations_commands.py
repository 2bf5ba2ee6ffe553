"""Crisis-day operations: routine runs, restoration status, staffing warnings."""
from __future__ import annotations

import argparse

from binder.cli.context import Context
from binder.i18n import N_, tr
from binder.model import schema
from binder.store import references, restoration, routine_runs, staffing

BY_HELP = N_("who did it (default: the operator)")


def _print_run(ctx: Context, run: routine_runs.Run) -> None:
    if ctx.json:
        ctx.emit(run.to_json())
        return
    print(f"{run.routine_title}  ({run.id})")
    print(tr("Started {time} by {who}; {minutes} min ago.", time=run.started_at, who=run.started_by or "-",
             minutes=int(run.elapsed_min())))
    overdue = set(run.overdue())
    for s in run.steps:
        box = {"open": "[ ]", "done": "[x]", "previously_done": "[=]", "not_applicable": "[-]"}[s.status]
        late = " !" if s.number in overdue else ""
        target = f" (+{s.time_target_min} min)" if s.time_target_min is not None else ""
        who = f" — {s.by} {s.at}" if s.status != "open" else ""
        print(f"  {box} {s.number}. {s.instruction}{target}{late}{who}")


def cmd_start(ctx: Context) -> int:
    by = ctx.operator(ctx.args.by)
    vault = ctx.vault()
    run = routine_runs.start(vault, references.resolve(vault, "routine", ctx.args.routine),
                             started_by=by, note=ctx.args.note or "")
    _print_run(ctx, run)
    return 0


def cmd_step(ctx: Context) -> int:
    by = ctx.operator(ctx.args.by)
    vault = ctx.vault()
    run = routine_runs.set_step(vault, references.resolve_run(vault, ctx.args.run), ctx.args.step, ctx.args.status,
                                by=by, remark=ctx.args.remark or "")
    _print_run(ctx, run)
    return 0


def cmd_status(ctx: Context) -> int:
    by = ctx.operator(ctx.args.by)
    vault = ctx.vault()
    st = restoration.set_status(vault, references.resolve(vault, "asset", ctx.args.asset), ctx.args.status,
                                by=by, note=ctx.args.note or "")
    if st.waiting_for:
        ctx.warn("Warning: {dependencies} not restored yet; recorded in the incident log (#{seq}).",
                 dependencies=", ".join(st.waiting_for), seq=st.log_seq)
    if ctx.json:
        ctx.emit(st.__dict__)
    else:
        ctx.say("Status of {asset} is now {status}.", asset=ctx.args.asset, status=st.status)
    return 0


def cmd_warnings(ctx: Context) -> int:
    found = staffing.warnings(ctx.vault())
    if ctx.json:
        ctx.emit([w.__dict__ for w in found])
        return 0
    if not found:
        ctx.say("No staffing warnings.")
    for w in found:
        print(w.describe())
    return 0


def register(sub: argparse._SubParsersAction) -> None:
    runs = sub.add_parser("runs", help=tr("start a routine and tick its steps"))
    rs = runs.add_subparsers(dest="runs_command", metavar="ACTION")
    rs.required = True
    p = rs.add_parser("start", help=tr("start a routine (creates a routine run)"))
    p.add_argument("routine", help=tr("routine id"))
    p.add_argument("--by", metavar="NAME", help=tr(BY_HELP))
    p.add_argument("--note")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_start)
    p = rs.add_parser("step", help=tr("set the status of one step"))
    p.add_argument("run")
    p.add_argument("step", help=tr("step number"))
    p.add_argument("status", choices=schema.STEP_STATES)
    p.add_argument("--by", metavar="NAME", help=tr(BY_HELP))
    p.add_argument("--remark")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_step)

    p = sub.add_parser("status", help=tr("set the restoration status of an asset"))
    p.add_argument("asset", help=tr("asset id"))
    p.add_argument("status", choices=schema.RESTORATION_STATES)
    p.add_argument("--by", metavar="NAME", help=tr(BY_HELP))
    p.add_argument("--note")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_status)

    p = sub.add_parser("staff-warnings", help=tr("shifts that are too long or leave too little rest"))
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_warnings)
