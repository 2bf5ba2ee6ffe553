"""Read-only views of the vault that the window shows (no Qt here; the GUI runs them on its
database worker, and the CLI may call them too).

They shape data for display only; every rule (staleness, restoration order, staffing limits, the
log chain) stays in its own core module.
"""
from __future__ import annotations

import dataclasses
import json
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Any
from zoneinfo import ZoneInfo

from binder.errors import NotFound
from binder.model import clock, schema
from binder.model.validate import references
from binder.store import amendments, incident_log, metadata, records
from binder.store.incident_log import LogEntry
from binder.store.records import Record
from binder.store.search import Hit
from binder.vault.vault import Vault


def time_zone(vault: Vault) -> ZoneInfo:
    """The binder's time zone (metadata `time_zone`): every time on screen is shown in it."""
    return clock.binder_zone(metadata.get(vault))


REF_CHOICES_LIMIT = 5000


def ref_choices(vault: Vault, kinds: set[str], limit: int = REF_CHOICES_LIMIT) -> dict[str, dict[str, str]]:
    """For each kind, id -> title of up to `limit` records in Swedish order (a form's reference choices)."""
    return {k: dict(vault.db.execute("SELECT id, title FROM records WHERE kind = ? ORDER BY sort_key LIMIT ?",
                                     (k, limit))) for k in kinds}


def titles_for(vault: Vault, ids: list[str]) -> dict[str, str]:
    out: dict[str, str] = {}
    unique = sorted(set(ids))
    for start in range(0, len(unique), 500):
        chunk = unique[start:start + 500]
        marks = ",".join("?" * len(chunk))
        out.update(dict(vault.db.execute(f"SELECT id, title FROM records WHERE id IN ({marks})", chunk)))
    return out


def record_with_titles(vault: Vault, kind: str, record_id: str) -> tuple[Record, dict[str, str]]:
    record = records.get(vault, kind, record_id)
    ids = [target for _, _, target in references(schema.KINDS[record.kind], record.data)]
    return record, titles_for(vault, ids)


@dataclass
class CallEntry:
    """One person on a call list: the holder first, then the deputies in order."""
    position: str                   # "holder" or "deputy"
    record: Record
    stale: bool


@dataclass
class ContactDetail:
    record: Record
    titles: dict[str, str]
    call_list: list[CallEntry] = dataclasses.field(default_factory=list)
    calls: list[Record] = dataclasses.field(default_factory=list)      # who this contact calls (call tree)


def contact_detail(vault: Vault, record_id: str, today: date) -> ContactDetail:
    """A contact with its call list (holder, then deputies), each marked stale or not on `today`."""
    record, titles = record_with_titles(vault, "contact", record_id)
    detail = ContactDetail(record, titles, [CallEntry("holder", record, schema.is_stale_contact(record.data, today))])
    for deputy_id in record.data.get("deputies", []):
        try:
            deputy = records.get(vault, "contact", deputy_id)
        except NotFound:
            continue
        detail.call_list.append(CallEntry("deputy", deputy, schema.is_stale_contact(deputy.data, today)))
    for callee_id in record.data.get("calls", []):
        try:
            detail.calls.append(records.get(vault, "contact", callee_id))
        except NotFound:
            continue
    return detail


def call_tree(vault: Vault, root_id: str, depth: int = 4) -> list[tuple[int, Record]]:
    """(level, contact) in call-tree order from `root_id`, each contact once."""
    out: list[tuple[int, Record]] = []
    seen: set[str] = set()

    def walk(record_id: str, level: int) -> None:
        if record_id in seen or level > depth:
            return
        seen.add(record_id)
        try:
            record = records.get(vault, "contact", record_id)
        except NotFound:
            return
        out.append((level, record))
        for callee in record.data.get("calls", []):
            walk(callee, level + 1)
    walk(root_id, 0)
    return out


def leadership_contacts(vault: Vault, limit: int = 40) -> list[Record]:
    """Contacts with a crisis role, in Swedish order (for the First hour page)."""
    rows = vault.db.execute(
        "SELECT id FROM records WHERE kind = 'contact' AND json_extract(data, '$.crisis_role') "
        "IS NOT NULL ORDER BY sort_key LIMIT ?", (limit,))
    return [records.get(vault, "contact", r[0]) for r in rows]


def first_hour_people(vault: Vault, routines: list[Record], limit: int = 40) -> list[Record]:
    """The contacts named in the first-hour routines' steps, in step order (each once);
    contacts with a crisis role when the routines name nobody."""
    ids: list[str] = []
    for routine in routines:
        for step in routine.data.get("steps", []):
            for contact_id in step.get("contacts", []):
                if contact_id not in ids:
                    ids.append(contact_id)
    people = []
    for contact_id in ids[:limit]:
        try:
            people.append(records.get(vault, "contact", contact_id))
        except NotFound:
            continue
    return people or leadership_contacts(vault, limit)


def first_hour_routines(vault: Vault) -> list[Record]:
    rows = vault.db.execute(
        "SELECT id FROM records WHERE kind = 'routine' AND json_extract(data, '$.first_hour') = 1 "
        "ORDER BY sort_key")
    return [records.get(vault, "routine", r[0]) for r in rows]


@dataclass
class Conflict:
    """One open conflict as the Conflicts section shows it (raw values; the GUI formats them)."""
    id: str
    record_id: str
    kind: str
    record_title: str
    field: str
    local_value: Any            # this laptop's correction
    published_value: Any        # what the binder shows now (None if the record was removed)
    base_value: Any             # the published value the correction was made against
    reason: str                 # reason code ("changed:7"); `reason_text` is the sentence
    reason_text: str
    author: str
    created_at: str
    record_removed: bool
    titles: dict[str, str] = dataclasses.field(default_factory=dict)   # referenced ids → titles


def open_conflicts(vault: Vault) -> list[Conflict]:
    """Open conflicts in Swedish order of record title (`amendments.conflicts`)."""
    out = []
    for item in amendments.conflicts(vault):
        removed = item.reason.startswith(amendments.REMOVED) or not item.kind
        kind = schema.KINDS.get(item.kind)
        ids: list[str] = []
        if kind is not None:
            for value in (item.value, item.published_value, item.base_value):
                if value is not None:
                    ids += [target for _, _, target in references(kind, {item.field: value})]
        title = item.title if item.kind else ""          # the row is gone: no title left to show
        out.append(Conflict(item.id, item.record_id, item.kind, title, item.field, item.value,
                            item.published_value, item.base_value, item.reason,
                            amendments.reason_text(item.reason), item.author, item.created_at, removed,
                            titles_for(vault, ids) if ids else {}))
    return out


def plain_text(value: Any) -> str:
    if isinstance(value, str):
        try:
            value = json.loads(value) if value[:1] in "[{" else value
        except ValueError:
            return value
    if isinstance(value, list):
        return ", ".join(plain_text(v) for v in value)
    if isinstance(value, dict):
        return " · ".join(str(v) for v in value.values())
    return str(value)


def is_empty(vault: Vault) -> bool:
    """No record at all yet (a new laptop before its first bundle)."""
    return vault.db.execute("SELECT NOT EXISTS (SELECT 1 FROM records)").fetchone()[0] == 1


@dataclass
class HitLine:
    """A search hit as the popup lists it: the title, and what tells two namesakes apart."""
    hit: Hit
    title: str
    detail: str                 # contact: crisis role (or job title) · organisation


def describe_hits(vault: Vault, hits: list[Hit],
                  shift_title: Callable[[Record, dict[str, str]], str]) -> list[HitLine]:
    """Role and organisation for contacts, roles for staff, 'who, when' for shifts (`shift_title`
    writes it from the shift and the title of its staff member, in the window's format)."""
    out = []
    for hit in hits:
        title, detail = hit.title, ""
        if hit.kind in ("contact", "staff", "shift"):
            try:
                record = records.get(vault, hit.kind, hit.id)
            except NotFound:
                out.append(HitLine(hit, title, detail))
                continue
            data = record.data
            if hit.kind == "contact":
                role = data.get("crisis_role") or data.get("job_title") or ""
                detail = " · ".join(str(part) for part in (role, data.get("organisation")) if part)
            elif hit.kind == "staff":
                detail = ", ".join(str(role) for role in data.get("roles", []))
            else:
                title = shift_title(record, titles_for(vault, [str(data.get("staff", ""))]))
                detail = str(data.get("role", ""))
        out.append(HitLine(hit, title, detail))
    return out


def log_entries(vault: Vault, kind: str | None = None) -> tuple[list[LogEntry], dict[int, list[int]]]:
    """The log newest first (of one kind, or all), and for each corrected entry the numbers of
    the entries correcting it (whatever their kind)."""
    corrections: dict[int, list[int]] = {}
    for entry in incident_log.entries(vault):
        if entry.corrects is not None:
            corrections.setdefault(entry.corrects, []).append(entry.seq)
    return incident_log.entries(vault, kind=kind, descending=True), corrections
