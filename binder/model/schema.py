"""The crisis data model, declared once.

Every published record kind is described here as a list of `Field`s. The
same declaration drives validation (`binder.model.validate`), the JSON
interchange schema (`docs/interchange.schema.json`), CSV columns, the GUI's
detail panes and edit forms, and the printed binder. Field names are the
documented names used by `--json` output and the interchange format.

Local-only kinds (routine runs, the incident log, restoration status) live in
their own tables (see `binder.vault.migrations`) and are described by
`LOCAL_KINDS` for listing purposes.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from datetime import date

# Field types
STR = "str"          # one line of text
TEXT = "text"        # multi-line text
INT = "int"
BOOL = "bool"
DATE = "date"        # ISO date YYYY-MM-DD
DATETIME = "datetime"  # ISO 8601 with offset
ENUM = "enum"
PHONE = "phone"      # a phone number: stored as {"raw", "e164"}
REF = "ref"          # UUID of another record (kind in `ref`)
LIST = "list"        # list of `item` (a Field) values
OBJECT = "object"    # nested object with `fields`

MAX_STR = 300
MAX_TEXT = 20_000
MAX_LIST = 500


@dataclass(frozen=True)
class Field:
    name: str
    type: str
    label_sv: str
    label_en: str
    required: bool = False
    enum: tuple[str, ...] = ()
    ref: str = ""                      # kind referenced by REF
    item: Field | None = None        # element of LIST
    fields: tuple[Field, ...] = ()   # members of OBJECT
    max_len: int = 0
    minimum: int | None = None
    maximum: int | None = None
    searchable: bool = False           # goes into the full-text index

    def label(self, lang: str) -> str:
        return self.label_sv if lang == "sv" else self.label_en

    @property
    def limit(self) -> int:
        if self.max_len:
            return self.max_len
        return MAX_TEXT if self.type == TEXT else MAX_STR


def f(name: str, type_: str, sv: str, en: str, **kw: Any) -> Field:
    return Field(name, type_, sv, en, **kw)


CHANNEL_KINDS = ("mobile", "landline", "satellite", "rakel", "email", "address", "runner", "sms", "other")
AVAILABILITY = ("24/7", "office_hours", "on_call_weeks", "standby", "other")
SENSITIVITY = ("normal", "sensitive")
ASSET_KINDS = ("system", "service", "device_group", "site")
VALUE_CLASSES = ("life_health", "democracy_rule_of_law", "economy_property")
RESTORATION_STATES = ("down", "isolated", "rebuilding", "restored", "verified")
TARGET_GROUPS = (
    "residents", "care_recipients", "staff", "politicians", "media", "partners",
    "neighbour_municipalities", "suppliers", "authorities", "other",
)
LOG_KINDS = ("decision", "action", "information", "notification", "situation_report", "other")
LOG_PRIORITIES = ("low", "normal", "high")
STEP_STATES = ("open", "done", "previously_done", "not_applicable")
SHIFT_SOURCES = ("own", "mutual_aid", "consultant", "volunteer")

_channel = f("channel", OBJECT, "Kanal", "Channel", fields=(
    f("kind", ENUM, "Typ", "Kind", required=True, enum=CHANNEL_KINDS),
    f("label", STR, "Etikett", "Label", max_len=80),
    f("value", STR, "Nummer/adress", "Number/address", required=True, searchable=True),
    f("talk_group", STR, "Talgrupp (Rakel)", "Talk group (Rakel)", max_len=80),
    f("e164", STR, "E.164", "E.164", max_len=20),
))

CONTACT = (
    f("name", STR, "Namn", "Name", required=True, searchable=True, max_len=200),
    f("crisis_role", STR, "Krisroll", "Crisis role", searchable=True),
    f("job_title", STR, "Befattning", "Job title", searchable=True),
    f("organisation", STR, "Organisation", "Organisation", searchable=True),
    f("unit", STR, "Enhet", "Unit", searchable=True),
    f("deputies", LIST, "Ersättare (i tur)", "Deputies (in order)",
      item=f("deputy", REF, "Ersättare", "Deputy", ref="contact")),
    f("channels", LIST, "Kanaler (i ringordning)", "Channels (calling order)", item=_channel),
    f("availability", ENUM, "Tillgänglighet", "Availability", enum=AVAILABILITY),
    f("availability_note", STR, "Tillgänglighet, not", "Availability note"),
    f("calls", LIST, "Ringer (ringträd)", "Calls (call tree)",
      item=f("callee", REF, "Ringer", "Calls", ref="contact")),
    f("notes", TEXT, "Anteckningar", "Notes", searchable=True),
    f("sensitivity", ENUM, "Känslighet", "Sensitivity", enum=SENSITIVITY),
    f("verified_on", DATE, "Verifierad", "Verified on"),
    f("verified_by", STR, "Verifierad av", "Verified by"),
)

_step = f("step", OBJECT, "Steg", "Step", fields=(
    f("number", STR, "Nr", "No.", required=True, max_len=12),
    f("instruction", TEXT, "Åtgärd", "Action", required=True, searchable=True, max_len=2000),
    f("responsible_role", STR, "Ansvarig roll", "Responsible role", searchable=True),
    f("alternate_role", STR, "Ersättande roll", "Alternate role"),
    f("time_target_min", INT, "Tidsmål (min efter aktivering)", "Time target (min after activation)",
      minimum=0, maximum=60 * 24 * 60),
    f("duration_min", INT, "Beräknad tid (min)", "Estimated duration (min)", minimum=0, maximum=60 * 24 * 60),
    f("workaround", TEXT, "Manuell reservrutin", "Manual workaround", max_len=2000),
    f("contacts", LIST, "Kontakter", "Contacts", item=f("contact", REF, "Kontakt", "Contact", ref="contact")),
    f("assets", LIST, "System", "Assets", item=f("asset", REF, "System", "Asset", ref="asset")),
))

ROUTINE = (
    f("title", STR, "Rubrik", "Title", required=True, searchable=True),
    f("purpose", TEXT, "Syfte", "Purpose", searchable=True),
    f("trigger", TEXT, "Aktiveras när", "Activation criteria", searchable=True),
    f("owner_role", STR, "Ägare (roll)", "Owner role"),
    f("scenarios", LIST, "Scenarier", "Scenarios", item=f("tag", STR, "Scenario", "Scenario", max_len=60)),
    f("first_hour", BOOL, "Första timmen", "First hour"),
    f("version", STR, "Version", "Version", max_len=40),
    f("review_due", DATE, "Revideras senast", "Review due"),
    f("steps", LIST, "Steg", "Steps", item=_step),
)

ASSET = (
    f("name", STR, "Namn", "Name", required=True, searchable=True),
    f("asset_kind", ENUM, "Typ", "Kind", required=True, enum=ASSET_KINDS),
    f("description", TEXT, "Beskrivning", "Description", searchable=True),
    f("tier", INT, "Prioritetsnivå", "Priority tier", required=True, minimum=1, maximum=9),
    f("rank", INT, "Rang", "Rank", required=True, minimum=1, maximum=100_000),
    f("value_class", ENUM, "Värdeklass", "Value class", enum=VALUE_CLASSES),
    f("supports", STR, "Stöder verksamhet", "Supports function", searchable=True),
    f("mtpd_h", INT, "Max tolerabel avbrottstid (h)", "Max tolerable outage (h)", minimum=0),
    f("rto_h", INT, "RTO (h)", "RTO (h)", minimum=0),
    f("rpo_h", INT, "RPO (h)", "RPO (h)", minimum=0),
    f("owner", REF, "Verksamhetsägare", "Owner", ref="contact"),
    f("supplier", REF, "Leverantörskontakt", "Supplier contact", ref="contact"),
    f("depends_on", LIST, "Beroenden", "Depends on", item=f("dependency", REF, "Beroende", "Dependency", ref="asset")),
    f("backup_location", STR, "Säkerhetskopia", "Backup location"),
    f("last_restore_test", DATE, "Senaste återläsningstest", "Last restore test"),
    f("workaround", TEXT, "Manuell reservrutin", "Manual workaround", searchable=True),
    f("restoration_routine", REF, "Återställningsrutin", "Restoration routine", ref="routine"),
    f("device_count", INT, "Antal enheter", "Device count", minimum=0),
    f("classification", STR, "Informationsklass", "Classification", max_len=80),
)

COMMS = (
    f("target_group", ENUM, "Målgrupp", "Target group", required=True, enum=TARGET_GROUPS),
    f("title", STR, "Rubrik", "Title", required=True, searchable=True),
    f("key_messages", LIST, "Budskap", "Key messages",
      item=f("message", STR, "Budskap", "Message", max_len=500, searchable=True)),
    f("holding_statement", TEXT, "Förberett uttalande", "Holding statement", searchable=True),
    f("primary_channel", STR, "Primär kanal", "Primary channel", searchable=True),
    f("fallback_channels", LIST, "Reservkanaler", "Fallback channels",
      item=f("channel", STR, "Kanal", "Channel")),
    f("owner", REF, "Ansvarig", "Owner", ref="contact"),
    f("cadence", STR, "Rytm", "Cadence", max_len=120),
    f("briefing_time", STR, "Daglig genomgång (hh:mm)", "Daily briefing (hh:mm)", max_len=5),
    f("next_update_due", DATETIME, "Nästa uppdatering", "Next update due"),
)

STAFF = (
    f("name", STR, "Namn", "Name", required=True, searchable=True, max_len=200),
    f("contact", REF, "Kontakt", "Contact", ref="contact"),
    f("roles", LIST, "Roller", "Roles", item=f("role", STR, "Roll", "Role", max_len=120, searchable=True)),
    f("skills", LIST, "Kompetenser", "Skills",
      item=f("skill", STR, "Kompetens", "Skill", max_len=120, searchable=True)),
    f("source", ENUM, "Ursprung", "Source", enum=SHIFT_SOURCES),
    f("notes", TEXT, "Anteckningar", "Notes"),
)

SHIFT = (
    f("staff", REF, "Person", "Person", required=True, ref="staff"),
    f("start", DATETIME, "Start", "Start", required=True),
    f("end", DATETIME, "Slut", "End", required=True),
    f("role", STR, "Roll", "Role", searchable=True),
    f("location", STR, "Plats", "Location"),
)

PARTNER = (
    f("organisation", STR, "Organisation", "Organisation", required=True, searchable=True),
    f("contact", REF, "Kontakt", "Contact", ref="contact"),
    f("provides", LIST, "Kan bistå med", "Can provide",
      item=f("item", STR, "Resurs", "Resource", max_len=200, searchable=True)),
    f("agreement_ref", STR, "Avtal", "Agreement reference"),
    f("activation", TEXT, "Så begärs hjälp", "How to request aid"),
    f("notes", TEXT, "Anteckningar", "Notes"),
)


@dataclass(frozen=True)
class Kind:
    """A published record kind."""
    name: str            # internal singular name, e.g. "contact"
    cli: str             # command-line plural, e.g. "contacts"
    label_sv: str
    label_en: str
    fields: tuple[Field, ...]
    title_field: str
    subtitle_fields: tuple[str, ...] = field(default_factory=tuple)

    def label(self, lang: str) -> str:
        return self.label_sv if lang == "sv" else self.label_en

    def field(self, name: str) -> Field:
        for fl in self.fields:
            if fl.name == name:
                return fl
        raise KeyError(name)


KINDS: dict[str, Kind] = {k.name: k for k in (
    Kind("contact", "contacts", "Kontakter", "Contacts", CONTACT, "name", ("crisis_role", "organisation")),
    Kind("routine", "routines", "Rutiner", "Routines", ROUTINE, "title", ("owner_role",)),
    Kind("asset", "assets", "Återställning", "Restoration", ASSET, "name", ("asset_kind", "tier")),
    Kind("comms", "comms", "Kommunikation", "Communication", COMMS, "title", ("target_group",)),
    Kind("staff", "staff", "Personal", "Staff", STAFF, "name", ("roles",)),
    Kind("shift", "shifts", "Pass", "Shifts", SHIFT, "start", ("staff",)),
    Kind("partner", "partners", "Samverkanspartner", "Mutual-aid partners", PARTNER, "organisation", ("provides",)),
)}

# Local kinds: laptop-owned tables, never touched by an import.
LOCAL_KINDS = ("run", "log")
CLI_KINDS: dict[str, str] = {k.cli: k.name for k in KINDS.values()} | {"runs": "run", "log": "log"}

# Binder metadata (published; one object)
METADATA = (
    f("organisation", STR, "Organisation", "Organisation", required=True),
    f("organisation_id", STR, "Organisations-id", "Organisation id", max_len=80),
    f("classification", STR, "Klassificering", "Classification marking", max_len=120),
    f("plan_version", STR, "Planversion", "Plan version", max_len=40),
    f("approved_by", STR, "Fastställd av", "Approved by"),
    f("review_due", DATE, "Revideras senast", "Review due"),
    f("spokesperson", REF, "Huvudtalesperson", "Main spokesperson", ref="contact"),
    f("spokesperson_deputy", REF, "Ersättare talesperson", "Deputy spokesperson", ref="contact"),
    f("language", ENUM, "Språk", "Language", enum=("sv", "en")),
    # IANA zone the binder's times are shown in, whatever the computer's zone (binder.model.clock)
    f("time_zone", STR, "Tidszon", "Time zone", max_len=64),
)

STALE_CONTACT_DAYS = 180


def stale_cutoff(today: date) -> str:
    """The oldest verification date that still counts as current on `today` (ISO)."""
    from datetime import timedelta
    return (today - timedelta(days=STALE_CONTACT_DAYS)).isoformat()


def is_stale_contact(data: dict[str, Any], today: date) -> bool:
    """THE staleness rule: a contact not verified in the STALE_CONTACT_DAYS days before `today`
    (or never, or with a verification date that is not a real YYYY-MM-DD day) is stale.

    `today` is always given by the caller (the binder's local day, or the valid-as-of day on paper);
    the rule never reads the clock. `STALE_CONTACT_SQL` is the same rule for counting in SQL.
    """
    from datetime import date as _date
    verified = data.get("verified_on")
    if not isinstance(verified, str) or not _ISO_DAY.fullmatch(verified):
        return True
    try:
        _date.fromisoformat(verified)
    except ValueError:
        return True
    return verified < stale_cutoff(today)


_ISO_DAY = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")

# `is_stale_contact` as a SQL condition on a `records` row (`data` the record's JSON); one
# parameter: `stale_cutoff(today)`. tests/test_stale_rule.py proves the two agree on tricky data.
STALE_CONTACT_SQL = (
    "NOT (json_type(data, '$.verified_on') IS 'text' "
    "AND json_extract(data, '$.verified_on') GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]' "
    "AND date(json_extract(data, '$.verified_on')) IS json_extract(data, '$.verified_on') "
    "AND json_extract(data, '$.verified_on') >= ?)")
