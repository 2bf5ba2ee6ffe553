"""Corrections the laptops propose (their amendments), decided at the coordinator.

Accept: the published record takes the laptop's value in the same transaction that marks
the correction accepted; the next bundle carries the change, and the laptop's amendment
resolves itself when that bundle brings the value it proposed. Reject: the reason goes back
to the laptop in the next bundle. Nothing is deleted either way.
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from binder.errors import NotFound, ValidationError
from binder.i18n import N_
from binder.model import schema
from binder.model.schema import Field
from binder.model.validate import clean_text
from binder.reports.timeline import laptop_names
from binder.store import records
from binder.vault.vault import Vault, now_iso

_REPLY = Field("reason", schema.STR, "Motivering", "Reason")
STATES = ("open", "accepted", "rejected")


@dataclass
class Correction:
    id: str                   # the laptop's amendment id
    laptop: str
    record_id: str
    record_title: str
    kind: str
    field: str
    value: Any
    base_value: Any
    author: str
    reason: str
    created_at: str
    laptop_state: str         # active | conflict on the laptop
    state: str                # open | accepted | rejected
    decided_by: str
    reply: str

    def to_json(self) -> dict[str, Any]:
        return dict(self.__dict__)


def list_corrections(vault: Vault, state: str | None = "open") -> list[Correction]:
    names = laptop_names(vault)
    where, params = ("WHERE state = ?", (state,)) if state else ("", ())
    rows = vault.db.execute(
        "SELECT c.amendment_id, c.key_id, c.record_id, coalesce(r.title, ''), coalesce(r.kind, ''), c.field, "
        "c.value, c.base_value, c.author, c.reason, c.created_at, c.laptop_state, c.state, c.decided_by, c.reply "
        f"FROM field_corrections c LEFT JOIN records r ON r.id = c.record_id {where} "
        "ORDER BY c.created_at, c.amendment_id", params).fetchall()
    return [Correction(r[0], names.get(r[1], r[1][:8]), r[2], r[3], r[4], r[5], json.loads(r[6]),
                       json.loads(r[7]), r[8], r[9], r[10], r[11], r[12], r[13], r[14]) for r in rows]


def _find(vault: Vault, ident: str) -> Correction:
    ident = ident.strip().lower()
    found = [c for c in list_corrections(vault, None) if c.id.startswith(ident)] if len(ident) >= 4 else []
    if len(found) != 1:
        raise NotFound("No proposed correction has the id {id}.", id=ident)
    return found[0]


def accept(vault: Vault, ident: str, decided_by: str) -> Correction:
    """The published record takes the proposed value (one transaction)."""
    item = _find(vault, ident)
    if item.state != "open":
        raise ValidationError(N_("This correction was already decided ({state})."), state=item.state)
    if not item.kind:
        raise ValidationError(N_("The record this correction is for no longer exists; reject it instead."))
    with vault.transaction() as conn:
        current = records.get(vault, item.kind, item.record_id, effective=False, conn=conn)
        data = dict(current.data)
        if item.value in (None, "", [], {}):
            data.pop(item.field, None)
        else:
            data[item.field] = item.value
        records.save_in(vault, conn, item.kind, data, item.record_id)
        conn.execute("UPDATE field_corrections SET state = 'accepted', decided_at = ?, decided_by = ? "
                     "WHERE amendment_id = ?", (now_iso(), clean_text(decided_by, _REPLY, "by"), item.id))
    return _find(vault, item.id)


def reject(vault: Vault, ident: str, reason: str, decided_by: str) -> Correction:
    """Keep the published value; the reason goes back to the laptop in the next bundle."""
    item = _find(vault, ident)
    if item.state != "open":
        raise ValidationError(N_("This correction was already decided ({state})."), state=item.state)
    reply = clean_text(reason, _REPLY, "reason")
    if not reply:
        raise ValidationError(N_("Give a reason: it goes back to the laptop."), where="reason")
    with vault.transaction() as conn:
        conn.execute("UPDATE field_corrections SET state = 'rejected', decided_at = ?, decided_by = ?, reply = ? "
                     "WHERE amendment_id = ?", (now_iso(), clean_text(decided_by, _REPLY, "by"), reply, item.id))
    return _find(vault, item.id)
