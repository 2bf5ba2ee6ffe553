"""The incident log and routine runs as tables (CSV, .xlsx): exported, never imported.

Times are in the binder's time zone (ISO 8601 with offset). A log row names
the entries that correct it (`corrected_by`) and the one it corrects
(`corrects`), and carries the hash chain (`prev_hash`, `hash`) so a printed
or exported log can be checked against the vault.
"""
from __future__ import annotations

from typing import Any

from binder.model import clock
from binder.store import incident_log, metadata, routine_runs
from binder.vault.vault import Vault

LOG_COLUMNS = ["seq", "occurred_at", "recorded_at", "author", "role", "kind", "priority", "decided_by", "basis",
               "affected", "text", "corrects", "corrected_by", "prev_hash", "hash"]
RUN_COLUMNS = ["run_id", "routine", "started_at", "started_by", "ended_at", "note", "step", "instruction",
               "responsible_role", "time_target_min", "status", "by", "at", "remark"]


def _time(value: str | None, zone: Any) -> str:
    if not value:
        return ""
    try:
        return clock.local(value, zone).isoformat(timespec="seconds")
    except (ValueError, TypeError):
        return value


def log_table(vault: Vault) -> tuple[list[str], list[list[str]]]:
    zone = clock.binder_zone(metadata.get(vault))
    entries = incident_log.entries(vault)
    corrected_by: dict[int, list[str]] = {}
    for e in entries:
        if e.corrects:
            corrected_by.setdefault(e.corrects, []).append(str(e.seq))
    rows = []
    for e in sorted(entries, key=lambda x: x.seq):
        rows.append([str(e.seq), _time(e.occurred_at, zone), _time(e.recorded_at, zone), e.author, e.role, e.kind,
                     e.priority, e.decided_by, e.basis, e.affected, e.text, str(e.corrects or ""),
                     " | ".join(corrected_by.get(e.seq, [])), e.prev_hash, e.hash])
    return LOG_COLUMNS, rows


def runs_table(vault: Vault) -> tuple[list[str], list[list[str]]]:
    zone = clock.binder_zone(metadata.get(vault))
    rows: list[list[str]] = []
    for run in reversed(routine_runs.list_runs(vault)):
        head = [run.id, run.routine_title, _time(run.started_at, zone), run.started_by, _time(run.ended_at, zone),
                run.note]
        if not run.steps:
            rows.append(head + [""] * 8)
        for step in run.steps:
            target = "" if step.time_target_min is None else str(step.time_target_min)
            rows.append([*head, step.number, step.instruction, step.responsible_role, target, step.status, step.by,
                         _time(step.at, zone), step.remark])
    return RUN_COLUMNS, rows
