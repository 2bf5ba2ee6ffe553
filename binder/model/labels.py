"""Human labels for enum values (channel kinds, availability, …), in any language via `tr`.

Declared here, free of ReportLab and Qt, for the CLI, the window and the printed binder alike.
"""
from __future__ import annotations

from binder.i18n import N_, tr

ENUM_LABELS: dict[str, dict[str, str]] = {
    "channel": {
        "mobile": N_("Mobile"), "landline": N_("Landline"), "satellite": N_("Satellite phone"),
        "rakel": N_("Rakel"), "email": N_("E-mail"), "address": N_("Address"), "runner": N_("Runner"),
        "sms": N_("SMS"), "other": N_("Other"),
    },
    "availability": {
        "24/7": N_("24/7"), "office_hours": N_("Office hours"), "on_call_weeks": N_("On-call weeks"),
        "standby": N_("Standby"), "other": N_("Other"),
    },
    "asset_kind": {
        "system": N_("System"), "service": N_("Service"), "device_group": N_("Device group"),
        "site": N_("Site"),
    },
    "value_class": {
        "life_health": N_("Life and health"), "democracy_rule_of_law": N_("Democracy and rule of law"),
        "economy_property": N_("Economy and property"),
    },
    "target_group": {
        "residents": N_("Residents"), "care_recipients": N_("Care recipients and relatives"),
        "staff": N_("Staff"), "politicians": N_("Politicians"), "media": N_("Media"),
        "partners": N_("Partners"), "neighbour_municipalities": N_("Neighbour municipalities"),
        "suppliers": N_("Suppliers"), "authorities": N_("Authorities"), "other": N_("Other"),
    },
    "log_kind": {
        "decision": N_("Decision"), "action": N_("Action"), "information": N_("Information"),
        "notification": N_("Notification"), "situation_report": N_("Situation report"), "other": N_("Other"),
    },
    "priority": {"low": N_("Low"), "normal": N_("Normal"), "high": N_("High")},
    "source": {
        "own": N_("Own staff"), "mutual_aid": N_("Mutual aid"), "consultant": N_("Consultant"),
        "volunteer": N_("Volunteer"),
    },
    "restoration_state": {
        "down": N_("Down"), "isolated": N_("Isolated"), "rebuilding": N_("Rebuilding"),
        "restored": N_("Restored"), "verified": N_("Verified"),
    },
}


def enum_label(group: str, value: str | None, lang: str) -> str:
    """The label of an enum value; an unknown value is shown as it is."""
    if not value:
        return ""
    source = ENUM_LABELS.get(group, {}).get(value)
    return tr(source, lang=lang) if source else value
