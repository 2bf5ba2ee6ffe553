"""Routine runs: activations of a routine during an incident (local data).

A run snapshots the routine's steps at activation, so a later bundle that
changes the routine never rewrites what was ticked. Each step's status is
recorded with who and when.
"""
from __future__ import annotations

import json
import uuid
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from binder.errors import NotFound, ValidationError
from binder.i18n import N_
from binder.model import schema
from binder.model.schema import Field
from binder.model.validate import clean_text
from binder.store import operators, records
from binder.vault.vault import Vault, now_iso

_TEXT = Field("remark", schema.TEXT, "Anmärkning", "Remark", max_len=2000)


@dataclass
class StepState:
    number: str
    instruction: str
    responsible_role: str
    time_target_min: int | None
    status: str = "open"
    by: str = ""
    at: str = ""
    remark: str = ""


@dataclass
class Run:
    id: str
    routine_id: str
    routine_title: str
    started_at: str
    started_by: str
    ended_at: str | None
    note: str
    steps: list[StepState] = field(default_factory=list)

    def elapsed_min(self, now: datetime | None = None) -> float:
        start = datetime.fromisoformat(self.started_at)
        now = now or datetime.now(start.tzinfo)
        return (now - start).total_seconds() / 60

    def overdue(self, now: datetime | None = None) -> list[str]:
        elapsed = self.elapsed_min(now)
        return [s.number for s in self.steps if s.status == "open"
                and s.time_target_min is not None and elapsed > s.time_target_min]

    def to_json(self) -> dict[str, Any]:
        return {"id": self.id, "routine_id": self.routine_id, "routine_title": self.routine_title,
                "started_at": self.started_at, "started_by": self.started_by, "ended_at": self.ended_at,
                "note": self.note, "steps": [s.__dict__ for s in self.steps]}


def start(vault: Vault, routine_id: str, started_by: str, note: str = "") -> Run:
    """Start a run of the routine; `started_by` is the operator (required)."""
    started_by = operators.require(started_by, "by")
    routine = records.get(vault, "routine", routine_id)
    steps = [{"number": s["number"], "instruction": s["instruction"],
              "responsible_role": s.get("responsible_role", ""),
              "time_target_min": s.get("time_target_min")} for s in routine.data.get("steps", [])]
    run_id = str(uuid.uuid4())
    with vault.transaction() as conn:
        conn.execute("INSERT INTO routine_runs(id, routine_id, routine_title, steps, started_at, started_by, note) "
                     "VALUES (?, ?, ?, ?, ?, ?, ?)",
                     (run_id, routine_id, routine.title, json.dumps(steps, ensure_ascii=False), now_iso(),
                      started_by, clean_text(note, _TEXT, "note")))
    return get(vault, run_id)


def get(vault: Vault, run_id: str) -> Run:
    row = vault.db.execute("SELECT id, routine_id, routine_title, steps, started_at, started_by, ended_at, note "
                           "FROM routine_runs WHERE id = ?", (run_id,)).fetchone()
    if row is None:
        raise NotFound("No routine run with id {id}.", id=run_id)
    run = Run(row[0], row[1], row[2], row[4], row[5], row[6], row[7])
    states = {r[0]: r[1:] for r in vault.db.execute(
        "SELECT step_number, status, by, at, remark FROM run_steps WHERE run_id = ?", (run_id,))}
    for s in json.loads(row[3]):
        st = StepState(s["number"], s["instruction"], s.get("responsible_role", ""), s.get("time_target_min"))
        if st.number in states:
            st.status, st.by, st.at, st.remark = states[st.number]
        run.steps.append(st)
    return run


def list_runs(vault: Vault) -> list[Run]:
    ids = [r[0] for r in vault.db.execute("SELECT id FROM routine_runs ORDER BY started_at DESC")]
    return [get(vault, i) for i in ids]


def set_step(vault: Vault, run_id: str, number: str, status: str, by: str, remark: str = "") -> Run:
    """Record a step's status; `by` is the operator who ticked it (required)."""
    by = operators.require(by, "by")
    if status not in schema.STEP_STATES:
        raise ValidationError(N_("must be one of: {choices}"), where="status", choices=", ".join(schema.STEP_STATES))
    run = get(vault, run_id)
    if number not in {s.number for s in run.steps}:
        raise NotFound("The routine has no step {number}.", number=number)
    with vault.transaction() as conn:
        conn.execute("INSERT INTO run_steps(run_id, step_number, status, by, at, remark) VALUES (?, ?, ?, ?, ?, ?) "
                     "ON CONFLICT(run_id, step_number) DO UPDATE SET status = excluded.status, by = excluded.by, "
                     "at = excluded.at, remark = excluded.remark",
                     (run_id, number, status, by, now_iso(),
                      clean_text(remark, _TEXT, "remark")))
    return get(vault, run_id)


def finish(vault: Vault, run_id: str) -> Run:
    get(vault, run_id)
    with vault.transaction() as conn:
        conn.execute("UPDATE routine_runs SET ended_at = ? WHERE id = ?", (now_iso(), run_id))
    return get(vault, run_id)
