"""Which columns each record kind shows in its table (Qt-free formatting helpers)."""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any
from zoneinfo import ZoneInfo

from binder.i18n import N_, language, tr
from binder.model import clock, schema
from binder.model.phones import PHONE_CHANNELS
from binder.store.records import Record

# Each language by its own name (as language menus everywhere show them).
LANGUAGE_NAMES = {"sv": "Svenska", "en": "English"}


@dataclass(frozen=True)
class Column:
    header: str | schema.Field        # English source (translated when shown) or the schema field
    value: Callable[[Record], str]
    essential: bool = False             # a name, title, number or time: shown in full, never elided
    ref: bool = False                   # the value is a record id: shown as that record's title

    def title(self) -> str:
        return self.header.label(language()) if isinstance(self.header, schema.Field) else tr(self.header)

    @property
    def is_time(self) -> bool:
        return isinstance(self.header, schema.Field) and self.header.type == schema.DATETIME

    def text(self, record: Record, titles: dict[str, str], tz: ZoneInfo) -> str:
        """The cell's text: references by title, times local to the binder's zone `tz`."""
        value = self.value(record)
        if self.ref:
            return titles.get(value, value)
        return clock.format_local(value, tz) if self.is_time else value


def first_phone(data: dict[str, Any]) -> str:
    for channel in data.get("channels", []):
        if channel.get("kind") in PHONE_CHANNELS:
            return str(channel.get("value", ""))
    return ""


def _field(name: str) -> Callable[[Record], str]:
    def get(record: Record) -> str:
        value = record.data.get(name, "")
        if isinstance(value, list):
            return ", ".join(str(v) for v in value)
        if isinstance(value, bool):
            return tr("Yes") if value else ""
        return str(value)
    return get


def enum_label(value: str) -> str:
    """A readable label for an enum value such as 'office_hours'."""
    return tr(value.replace("_", " ").capitalize()) if value else ""


def _enum(name: str) -> Callable[[Record], str]:
    return lambda record: enum_label(str(record.data.get(name, "")))


def _label(kind: str, name: str) -> schema.Field:
    return schema.KINDS[kind].field(name)


COLUMNS: dict[str, tuple[Column, ...]] = {
    "contact": (
        Column(_label("contact", "name"), _field("name"), essential=True),
        Column(N_("Phone"), lambda r: first_phone(r.data), essential=True),
        Column(_label("contact", "crisis_role"), _field("crisis_role")),
        Column(_label("contact", "organisation"), _field("organisation")),
        Column(_label("contact", "verified_on"), _field("verified_on")),
    ),
    "routine": (
        Column(_label("routine", "title"), _field("title"), essential=True),
        Column(_label("routine", "owner_role"), _field("owner_role")),
        Column(_label("routine", "first_hour"), _field("first_hour")),
        Column(N_("Steps"), lambda r: str(len(r.data.get("steps", [])))),
    ),
    "comms": (
        Column(_label("comms", "title"), _field("title"), essential=True),
        Column(_label("comms", "target_group"), _enum("target_group")),
        Column(_label("comms", "primary_channel"), _field("primary_channel")),
        Column(_label("comms", "cadence"), _field("cadence")),
    ),
    "staff": (
        Column(_label("staff", "name"), _field("name"), essential=True),
        Column(_label("staff", "roles"), _field("roles")),
        Column(_label("staff", "source"), _enum("source")),
    ),
    "shift": (
        Column(_label("shift", "staff"), _field("staff"), essential=True, ref=True),
        Column(_label("shift", "start"), _field("start"), essential=True),
        Column(_label("shift", "end"), _field("end"), essential=True),
        Column(_label("shift", "role"), _field("role")),
        Column(_label("shift", "location"), _field("location")),
    ),
    "partner": (
        Column(_label("partner", "organisation"), _field("organisation"), essential=True),
        Column(_label("partner", "provides"), _field("provides")),
        Column(_label("partner", "agreement_ref"), _field("agreement_ref")),
    ),
    "asset": (
        Column(_label("asset", "name"), _field("name"), essential=True),
        Column(_label("asset", "asset_kind"), _enum("asset_kind")),
        Column(_label("asset", "tier"), _field("tier")),
    ),
}


def field_label(fl: schema.Field) -> str:
    return fl.label(language())


def ref_ids(columns: tuple[Column, ...], rows: list[Record]) -> list[str]:
    """The record ids the reference columns of `rows` name (to look their titles up)."""
    return [value for column in columns if column.ref for record in rows if (value := column.value(record))]


def display_title(record: Record, titles: dict[str, str], tz: ZoneInfo) -> str:
    """A record's heading for people: a shift is 'who, when' in local time, never its raw start time."""
    if record.kind != "shift":
        return record.title
    data = record.data
    start, end = clock.format_local(data.get("start"), tz), clock.format_local(data.get("end"), tz)
    if start[:10] == end[:10]:
        end = end[11:]
    who = titles.get(str(data.get("staff", "")), "")
    when = f"{start}–{end}" if end else start
    return f"{who}, {when}" if who else when
