"""Read-only queries the sections run on the database worker (no Qt here).

They shape data for display only; every rule (restoration order, staffing
limits, the log chain) stays in `binder.store`.
"""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date, datetime, timezone
from typing import Any
from zoneinfo import ZoneInfo

from binder.i18n import N_
from binder.model import clock, schema
from binder.model.validate import references
from binder.store import amendments, incident_log, metadata, records
from binder.errors import NotFound
from binder.gui.models.columns import display_title
from binder.store.incident_log import LogEntry
from binder.store.records import Record
from binder.store.search import Hit
from binder.vault.vault import Vault


def time_zone(vault: Vault) -> ZoneInfo:
    """The binder's time zone (metadata `time_zone`): every time on screen is shown in it."""
    return clock.binder_zone(metadata.get(vault))


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
    call_list: list[CallEntry] = field(default_factory=list)
    calls: list[Record] = field(default_factory=list)      # who this contact calls (call tree)


def is_stale(data: dict[str, Any], today: date | None = None) -> bool:
    verified = data.get("verified_on")
    if not verified:
        return True
    today = today or date.today()
    try:
        return (today - date.fromisoformat(verified)).days > schema.STALE_CONTACT_DAYS
    except ValueError:
        return True


def contact_detail(vault: Vault, record_id: str) -> ContactDetail:
    record, titles = record_with_titles(vault, "contact", record_id)
    detail = ContactDetail(record, titles, [CallEntry("holder", record, is_stale(record.data))])
    for deputy_id in record.data.get("deputies", []):
        try:
            deputy = records.get(vault, "contact", deputy_id)
        except NotFound:
            continue
        detail.call_list.append(CallEntry("deputy", deputy, is_stale(deputy.data)))
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
    titles: dict[str, str] = field(default_factory=dict)   # referenced ids → titles


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


def describe_hits(vault: Vault, hits: list[Hit], tz: ZoneInfo) -> list[HitLine]:
    """Role and organisation for contacts, roles for staff, 'who, when' (local time) for shifts."""
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
                title = display_title(record, titles_for(vault, [str(data.get("staff", ""))]), tz)
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


@dataclass
class BannerInfo:
    organisation: str
    version: str
    valid_as_of: str            # ISO date, or ""
    age_days: int | None
    warnings: list[tuple[str, dict[str, Any]]]   # (English source text, params)
    conflicts: int
    publisher: bool
    empty: bool = False         # no records yet: nothing is "0 days old"; say what to do instead


def banner_info(vault: Vault, today: date | None = None) -> BannerInfo:
    """What the banner shows: version, valid-as-of date and age, stale warnings, conflicts."""
    today = today or datetime.now(timezone.utc).date()
    meta = metadata.get(vault)
    warnings: list[tuple[str, dict[str, Any]]] = []
    state = vault.db.execute("SELECT last_issued_at, last_expires_at FROM bundle_state WHERE id = 1").fetchone()
    if state:
        valid_as_of = state[0][:10]
        if state[1] and state[1][:10] < today.isoformat():
            warnings.append(("The binder bundle expired on {date}. Ask the coordinator for a new one.",
                                        {"date": state[1][:10]}))
    else:
        row = vault.db.execute("SELECT max(updated_at) FROM records").fetchone()
        valid_as_of = (row[0] or vault.meta("created_at"))[:10]
    review_due = meta.get("review_due")
    if review_due and review_due < today.isoformat():
        warnings.append(("The plan was due for review on {date}.", {"date": review_due}))
    conflicts = vault.db.execute("SELECT count(*) FROM amendments WHERE state = 'conflict'").fetchone()[0]
    age = None
    if valid_as_of:
        try:
            age = (today - date.fromisoformat(valid_as_of)).days
        except ValueError:
            age = None
    return BannerInfo(str(meta.get("organisation", "")), metadata.binder_version(vault), valid_as_of, age,
                      warnings, int(conflicts), vault.is_publisher, is_empty(vault))


_VERIFIED = '"verified_on":"'


def stale_before(today: date | None = None) -> str:
    today = today or datetime.now(timezone.utc).date()
    return date.fromordinal(today.toordinal() - schema.STALE_CONTACT_DAYS).isoformat()


def stale_contacts_slice(vault: Vault, after_rowid: int, before: str, limit: int = 5000) -> tuple[int, int, bool]:
    """Count contacts not verified since `before` among the next `limit` rows after `after_rowid`.

    Returns (stale count, last rowid seen, finished). Reading every contact means decrypting
    every page, so the banner does it in slices between other work instead of at unlock.
    Stored JSON is canonical (compact, sorted keys), so the date is found without parsing.
    """
    row = vault.db.execute(
        "SELECT max(rowid), count(*), sum(CASE WHEN instr(data, ?) = 0 "
        "OR substr(data, instr(data, ?) + ?, 10) < ? THEN 1 ELSE 0 END) FROM "
        "(SELECT rowid, data FROM records WHERE kind = 'contact' AND rowid > ? ORDER BY rowid LIMIT ?)",
        (_VERIFIED, _VERIFIED, len(_VERIFIED), before, after_rowid, limit)).fetchone()
    seen = int(row[1] or 0)
    return int(row[2] or 0), int(row[0] or after_rowid), seen < limit


STALE_WARNING = N_("{count} contacts not verified in the last {days} days.")
STALE_WARNING_ONE = N_("1 contact not verified in the last {days} days.")


@dataclass
class AboutInfo:
    """What the About dialog shows about the open vault."""
    path: str
    publisher: bool
    organisation: str
    schema_version: int
    binder_version: str
    valid_as_of: str
    fingerprint: str            # publisher: signing-key fingerprint; laptop: its age recipient's


def about_info(vault: Vault) -> AboutInfo:
    from binder.bundle import dsse, recipients, trust
    from binder.vault.vault import describe
    if vault.is_publisher:
        fingerprint = trust.fingerprint(dsse.public_bytes(trust.signing_key(vault)))
    else:
        fingerprint = recipients.own_recipient(vault)["fingerprint"]
    banner = banner_info(vault)
    return AboutInfo(str(vault.path), vault.is_publisher, banner.organisation,
                     int(describe(vault)["schema_version"]), banner.version, banner.valid_as_of, fingerprint)
