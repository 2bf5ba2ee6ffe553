"""Contacts as vCards, read as Android, iPhone, Outlook and vCard 4.0 write them; written as vCard 3.0.

Mapping: FN (else N, else ORG) → name, ORG → organisation;unit, TITLE → job
title, ROLE → crisis role, NOTE → notes, UID (a UUID) → id. TEL → a phone
channel: TYPE=CELL/IPHONE → mobile, X-SATELLITE → satellite, X-RAKEL → Rakel
(X-TALKGROUP parameter), TEXT alone → SMS, FAX and PAGER → other (labelled),
anything else → landline. EMAIL → e-mail, ADR → address. A channel's label
comes from the iPhone's grouped `itemN.X-ABLabel`, an X-LABEL parameter, an
unknown TYPE, or HOME/WORK/MAIN. PREF orders the channels (PREF=1 first, then
TYPE=pref, then the file's order). `X-KRISPARM-*` properties and the
`X-KRISPARM-KIND` parameter carry everything else, so nothing is lost in a
round trip (docs/interchange.md).
"""
from __future__ import annotations

import re
import uuid
from typing import Any

from binder.errors import ValidationError
from binder.i18n import N_
from binder.interchange.document import Batch, Row
from binder.interchange.vcard_lines import Card, Prop, cards, escape, fold, param, split, text, unescape
from binder.model import schema

_APPLE_LABEL = re.compile(r"^_\$!<(.*)>!\$_$")
_PHONE_KINDS = ("mobile", "landline", "satellite", "rakel", "sms")
_PLAIN_TYPES = {"VOICE", "PREF", "INTERNET", "X400", "MSG", "BBS", "MODEM", "CAR", "ISDN", "VIDEO", "PCS", "POSTAL",
                "PARCEL", "DOM", "INTL", "OTHER", "X-INTERNET"}
_LABEL_TYPES = {"HOME": "Home", "WORK": "Work", "MAIN": "Main"}
_EXTRAS = {"X-KRISPARM-AVAILABILITY": "availability", "X-KRISPARM-AVAILABILITY-NOTE": "availability_note",
           "X-KRISPARM-VERIFIED-ON": "verified_on", "X-KRISPARM-VERIFIED-BY": "verified_by",
           "X-KRISPARM-SENSITIVITY": "sensitivity"}
_LISTS = {"X-KRISPARM-DEPUTY": "deputies", "X-KRISPARM-CALLS": "calls"}


def _value(prop: Prop, where: str) -> str:
    return unescape(text(prop, where)).strip()


def _pref(prop: Prop, index: int) -> tuple[int, int]:
    pref = prop.param("PREF")
    if pref.isdigit():
        return (int(pref), index)
    return (50 if "PREF" in prop.types() else 100, index)


def _tel(prop: Prop) -> tuple[str, str]:
    """(channel kind, label from the types) of a TEL property."""
    types = prop.types()
    if "FAX" in types:
        return "other", "Fax"
    if "PAGER" in types:
        return "other", "Pager"
    unknown = [t for t in types if t not in _PLAIN_TYPES and t not in _LABEL_TYPES
               and t not in ("CELL", "IPHONE", "MOBILE", "TEXT", "X-SATELLITE", "X-RAKEL", "FAX", "PAGER")]
    label = next((_LABEL_TYPES[t] for t in types if t in _LABEL_TYPES), "")
    if unknown:
        label = unknown[0].removeprefix("X-").capitalize()
    if "X-SATELLITE" in types:
        return "satellite", ""
    if "X-RAKEL" in types:
        return "rakel", ""
    if types and set(types) <= {"TEXT", "PREF"}:
        return "sms", label
    if {"CELL", "IPHONE", "MOBILE"} & set(types):
        return "mobile", label
    return "landline", label


def _address(value: str) -> str:
    parts = [unescape(p).strip() for p in split(value, ";")] + [""] * 7
    pobox, ext, street, city, region, code, country = parts[:7]
    place = " ".join(p for p in (code, city) if p)
    return ", ".join(p for p in (pobox, ext, street, place, region, country) if p)


def _name(card: Card, where: str) -> str:
    fn = card.first("FN")
    if fn is not None and _value(fn, where):
        return _value(fn, where)
    n = card.first("N")
    if n is not None:
        parts = [" ".join(unescape(x).strip() for x in split(p, ",") if x.strip())
                 for p in split(text(n, where), ";")] + [""] * 5
        family, given, middle = parts[0], parts[1], parts[2]
        full = " ".join(p for p in (given, middle, family) if p)
        if full:
            return full
    org = card.first("ORG")
    return unescape(split(text(org, where), ";")[0]).strip() if org is not None else ""


def _channel(prop: Prop, labels: dict[str, str], where: str) -> dict[str, Any] | None:
    value = _value(prop, where)
    declared = prop.param("X-KRISPARM-KIND").lower()
    label = labels.get(prop.group, "") if prop.group else ""
    label = label or prop.param("X-LABEL") or prop.param("X-KRISPARM-LABEL")
    if prop.name == "TEL":
        value = value.removeprefix("tel:").removeprefix("TEL:").split(";", 1)[0].strip()   # vCard 4.0 tel: URI
        kind, type_label = _tel(prop)
        label = label or type_label
    elif prop.name == "EMAIL":
        kind = "email"
        label = label or next((_LABEL_TYPES[t] for t in prop.types() if t in _LABEL_TYPES), "")
    elif prop.name == "ADR":
        kind, value = "address", _address(text(prop, where))
    else:   # X-KRISPARM-CHANNEL: "runner: Lisa in reception" (older) or with X-KRISPARM-KIND
        kind = declared
        if not declared:
            kind, _, value = value.partition(":")
            kind, value = kind.strip(), value.strip()
    if declared in schema.CHANNEL_KINDS:
        kind = declared
    if not value or kind not in schema.CHANNEL_KINDS:
        return None
    channel: dict[str, Any] = {"kind": kind, "value": value}
    if label:
        channel["label"] = label
    if prop.param("X-TALKGROUP"):
        channel["talk_group"] = prop.param("X-TALKGROUP")
    return channel


def contact(card: Card, where: str) -> Row:
    here = f"{where}:{card.line}"
    data: dict[str, Any] = {}
    name = _name(card, where)
    if name:
        data["name"] = name
    org = card.first("ORG")
    if org is not None:
        parts = [unescape(p).strip() for p in split(text(org, where), ";")]
        if parts and parts[0]:
            data["organisation"] = parts[0]
        if len(parts) > 1 and parts[1]:
            data["unit"] = parts[1]
    for prop_name, key in (("TITLE", "job_title"), ("ROLE", "crisis_role"), ("NOTE", "notes")):
        found = card.first(prop_name)
        if found is not None and _value(found, where):
            data[key] = _value(found, where)
    labels = {}
    for p in card.all("X-ABLABEL"):
        raw = _value(p, where)
        match = _APPLE_LABEL.match(raw)
        labels[p.group] = match.group(1) if match else raw
    channels = []
    for index, prop in enumerate(card.props):
        if prop.name in ("TEL", "EMAIL", "ADR", "X-KRISPARM-CHANNEL"):
            channel = _channel(prop, labels, where)
            if channel is not None:
                channels.append((_pref(prop, index), channel))
    if channels:
        data["channels"] = [c for _, c in sorted(channels, key=lambda x: x[0])]
    for prop_name, key in _EXTRAS.items():
        found = card.first(prop_name)
        if found is not None:
            data[key] = _value(found, where)
    for prop_name, key in _LISTS.items():
        values = [_value(p, where) for p in card.all(prop_name)]
        if values:
            data[key] = values
    rid = None
    uid = card.first("UID")
    if uid is not None:
        try:
            rid = str(uuid.UUID(_value(uid, where).lower().removeprefix("urn:uuid:")))
        except ValueError:
            rid = None      # a phone's own UID: the contact is matched by number, e-mail or name
    return Row("contact", rid, data, here)


def parse(name: str, raw: bytes) -> Batch:
    found = cards(raw, name)
    if not found:
        raise ValidationError(N_("contains no vCard (BEGIN:VCARD … END:VCARD)"), where=name)
    return Batch(rows=[contact(card, name) for card in found], source=name)


# -- writing ---------------------------------------------------------------------------------

_TEL_TYPES = {"mobile": "CELL,VOICE", "landline": "VOICE", "satellite": "X-SATELLITE", "rakel": "X-RAKEL",
              "sms": "CELL,TEXT"}


def _card_lines(contact: dict[str, Any]) -> list[str]:
    name = contact["name"]
    given, _, family = name.rpartition(" ")
    lines = ["BEGIN:VCARD", "VERSION:3.0", f"UID:urn:uuid:{contact['id']}", f"FN:{escape(name)}",
             f"N:{escape(family)};{escape(given)};;;"]
    if contact.get("organisation") or contact.get("unit"):
        lines.append(f"ORG:{escape(contact.get('organisation', ''))};{escape(contact.get('unit', ''))}")
    for key, prop in (("job_title", "TITLE"), ("crisis_role", "ROLE"), ("notes", "NOTE")):
        if contact.get(key):
            lines.append(f"{prop}:{escape(contact[key])}")
    for order, channel in enumerate(contact.get("channels", []), start=1):
        kind, group = channel["kind"], f"item{order}."
        params = f";PREF={order};X-KRISPARM-KIND={kind}"
        if channel.get("talk_group"):
            params += f";X-TALKGROUP={param(channel['talk_group'])}"
        if kind in _TEL_TYPES:
            line = f"{group}TEL;TYPE={_TEL_TYPES[kind]}{params}:{escape(channel['value'])}"
        elif kind == "email":
            line = f"{group}EMAIL;TYPE=INTERNET{params}:{escape(channel['value'])}"
        elif kind == "address":
            line = f"{group}ADR{params}:;;{escape(channel['value'])};;;;"
        else:
            line = f"{group}X-KRISPARM-CHANNEL{params}:{escape(channel['value'])}"
        lines.append(line)
        if channel.get("label"):
            lines.append(f"{group}X-ABLabel:{escape(channel['label'])}")
    for prop, key in _EXTRAS.items():
        if contact.get(key):
            lines.append(f"{prop}:{escape(contact[key])}")
    for prop, key in _LISTS.items():
        lines.extend(f"{prop}:{ref}" for ref in contact.get(key, []))
    lines.append("END:VCARD")
    return lines


def dumps(contacts: list[dict[str, Any]]) -> bytes:
    return b"".join(fold(line) for contact in contacts for line in _card_lines(contact))
