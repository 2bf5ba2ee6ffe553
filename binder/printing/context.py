"""Everything one binder print reads from the vault, loaded once, plus formatting helpers."""
from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from datetime import date, datetime
from functools import cached_property
from typing import Any

from binder.i18n import tr
from binder.model import clock, schema
from binder.model.collation import sort_key
from binder.model.validate import parse_datetime, references
from binder.printing import fonts, labels
from binder.printing.markup import unbroken
from binder.store import incident_log, metadata, records, restoration, staffing
from binder.store.records import Record
from binder.store.versioning import EPOCH, binder_version, valid_as_of
from binder.vault.vault import Vault

CELL_SIZE = 9          # styles.SMALL_SIZE: the size numbers print at in tables
PHONE_KINDS = ("mobile", "landline", "satellite", "sms", "rakel")


@dataclass
class BinderContext:
    vault: Vault
    lang: str
    paper: str = "a4"
    copy_number: int | None = None
    meta: dict[str, Any] = field(default_factory=dict)
    version: str = ""
    valid_as_of: datetime = EPOCH

    @classmethod
    def load(cls, vault: Vault, lang: str | None = None, paper: str = "a4",
             copy_number: int | None = None) -> BinderContext:
        return cls(vault=vault, lang=lang or metadata.language(vault), paper=paper, copy_number=copy_number,
                   meta=metadata.get(vault), version=binder_version(vault),
                   valid_as_of=valid_as_of(vault))

    # -- language and formatting ------------------------------------------
    def t(self, text: str, **params: object) -> str:
        return tr(text, lang=self.lang, **params)

    def enum(self, group: str, value: str | None) -> str:
        return labels.enum_label(group, value, self.lang)

    @cached_property
    def zone(self) -> Any:
        """The binder's time zone (metadata `time_zone`), whatever the computer's zone."""
        return clock.binder_zone(self.meta)

    def fmt_datetime(self, value: str | datetime | None) -> str:
        """Date and time in the binder's time zone, e.g. 2026-11-25 14:05 (no offset noise), kept on
        one line."""
        return unbroken(clock.format_local(value, self.zone))

    @cached_property
    def datetime_width(self) -> float:
        """The width of a printed date and time (a table column showing them is never narrower)."""
        return fonts.width(unbroken("2026-12-31 23:59"), size=CELL_SIZE)

    @cached_property
    def today(self) -> date:
        """The day staleness is judged against: the valid-as-of date, so a print never depends on
        when it was made."""
        return clock.local(self.valid_as_of, self.zone).date()

    @property
    def valid_as_of_text(self) -> str:
        return self.fmt_datetime(self.valid_as_of)

    @property
    def organisation(self) -> str:
        return str(self.meta.get("organisation") or "")

    @property
    def classification(self) -> str:
        return str(self.meta.get("classification") or "")

    # -- data ----------------------------------------------------------------
    @cached_property
    def contacts(self) -> list[Record]:
        return records.list_records(self.vault, "contact")

    @cached_property
    def contacts_by_id(self) -> dict[str, Record]:
        return {c.id: c for c in self.contacts}

    @cached_property
    def routines(self) -> list[Record]:
        return records.list_records(self.vault, "routine")

    @cached_property
    def routines_by_id(self) -> dict[str, Record]:
        return {r.id: r for r in self.routines}

    @cached_property
    def assets_by_id(self) -> dict[str, Record]:
        return {a.id: a for a in records.list_records(self.vault, "asset")}

    @cached_property
    def plan(self) -> list[restoration.PlanItem]:
        return restoration.plan(self.vault)

    @cached_property
    def comms(self) -> list[Record]:
        order = {g: i for i, g in enumerate(schema.TARGET_GROUPS)}
        items = records.list_records(self.vault, "comms")
        return sorted(items, key=lambda r: (order.get(r.data.get("target_group", ""), 99), sort_key(r.title)))

    @cached_property
    def staff(self) -> list[Record]:
        return records.list_records(self.vault, "staff")

    @cached_property
    def staff_by_id(self) -> dict[str, Record]:
        return {s.id: s for s in self.staff}

    @cached_property
    def shifts(self) -> list[Record]:
        return sorted(records.list_records(self.vault, "shift"),
                      key=lambda r: (parse_datetime(r.data["start"]), sort_key(r.data.get("role", ""))))

    @cached_property
    def partners(self) -> list[Record]:
        return records.list_records(self.vault, "partner")

    @cached_property
    def staffing_warnings(self) -> list[staffing.Warning]:
        return staffing.warnings(self.vault)

    @cached_property
    def log_entries(self) -> list[incident_log.LogEntry]:
        return incident_log.entries(self.vault)

    @cached_property
    def crisis_team(self) -> list[Record]:
        """The crisis team in crisis order (binder.printing.team)."""
        from binder.printing import team
        return team.crisis_team(self)

    def is_stale(self, contact: Record) -> bool:
        """Not verified within STALE_CONTACT_DAYS of the valid-as-of date (or never): the one core rule."""
        return schema.is_stale_contact(contact.data, self.today)

    @cached_property
    def stale_count(self) -> int:
        """How many contacts are stale on the valid-as-of day (the cover prints it; the banner counts
        with the same rule)."""
        return sum(1 for contact in self.contacts if self.is_stale(contact))

    @cached_property
    def number_width(self) -> float:
        """The width of the widest phone number in the binder (bold, cell size): no column that shows
        numbers is narrower, so a number is never split over lines."""
        values = {str(ch.get("value", "")) for c in self.contacts for ch in c.data.get("channels", [])
                  if ch.get("kind") in PHONE_KINDS}
        return max((fonts.width(unbroken(v), bold=True, size=CELL_SIZE) for v in values), default=0.0)

    def contact_title(self, contact_id: str | None) -> str:
        contact = self.contacts_by_id.get(contact_id or "")
        return contact.title if contact else ""

    def first_number(self, contact: Record | None) -> str:
        """The first phone-like channel in calling order ('' if none)."""
        if contact is None:
            return ""
        channels = contact.data.get("channels", [])
        for channel in channels:
            if channel.get("kind") in PHONE_KINDS:
                return str(channel.get("value", ""))
        return str(channels[0].get("value", "")) if channels else ""

    def name_and_number(self, contact_id: str | None) -> str:
        contact = self.contacts_by_id.get(contact_id or "")
        if contact is None:
            return ""
        number = self.first_number(contact)
        return f"{contact.title}, {unbroken(number)}" if number else contact.title

    def referenced_contacts(self, recs: list[Record]) -> dict[str, Any]:
        """The data of every contact the given records point to (for content hashes)."""
        out: dict[str, Any] = {}
        for rec in recs:
            for _path, kind, target in references(schema.KINDS[rec.kind], rec.data):
                if kind == "contact" and target in self.contacts_by_id:
                    out[target] = self.contacts_by_id[target].data
        return out


def content_hash(content: Any) -> str:
    body = json.dumps(content, ensure_ascii=False, sort_keys=True, separators=(",", ":"), default=str)
    return hashlib.sha256(body.encode("utf-8")).hexdigest()


def record_content(recs: list[Record]) -> list[Any]:
    return [[r.kind, r.id, r.data] for r in recs]
