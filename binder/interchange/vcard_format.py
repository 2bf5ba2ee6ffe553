"""vCard (3.0/4.0) import and export of contacts, via `vobject`.

Mapping: FN → name, ORG → organisation;unit, TITLE → job title, ROLE → crisis
role, TEL (TYPE=CELL → mobile, X-SATELLITE → satellite, X-RAKEL → Rakel, else
landline), EMAIL, ADR → channels in calling order (PREF=1 is called first),
NOTE → notes, UID (a UUID) → id, X-KRISPARM-* for the rest (availability,
verified date, sensitivity, deputies). Each card is parsed on its own, so an
error names the line where the card starts.
"""
from __future__ import annotations

import re
import uuid
from typing import Any

import vobject

from binder.errors import ValidationError
from binder.i18n import N_
from binder.interchange.document import Batch, Row

_BEGIN = re.compile(r"^BEGIN:VCARD\s*$", re.IGNORECASE)
_END = re.compile(r"^END:VCARD\s*$", re.IGNORECASE)
MAX_CARD_LINES = 2000


def _blocks(text: str, name: str) -> list[tuple[int, str]]:
    blocks, current, start = [], [], 0
    for number, line in enumerate(text.splitlines(), start=1):
        if _BEGIN.match(line.strip()):
            if current:
                raise ValidationError(N_("a card starts before the previous one ended"), where=f"{name}:{number}")
            current, start = [line], number
        elif _END.match(line.strip()):
            if not current:
                raise ValidationError(N_("END:VCARD without BEGIN:VCARD"), where=f"{name}:{number}")
            current.append(line)
            blocks.append((start, "\r\n".join(current) + "\r\n"))
            current = []
        elif current:
            current.append(line)
            if len(current) > MAX_CARD_LINES:
                raise ValidationError(N_("a card is too long"), where=f"{name}:{start}")
        elif line.strip():
            raise ValidationError(N_("text outside a card: expected BEGIN:VCARD"), where=f"{name}:{number}")
    if current:
        raise ValidationError(N_("the last card has no END:VCARD (is the file cut short?)"),
                              where=f"{name}:{start}")
    return blocks


def _types(prop: Any) -> list[str]:
    out = []
    for value in prop.params.get("TYPE", []):
        out.extend(v.strip().upper() for v in str(value).split(","))
    return out


def _pref(prop: Any, index: int) -> tuple[int, int]:
    pref = prop.params.get("PREF", [None])[0]
    if pref is None and "PREF" in _types(prop):
        pref = 1
    try:
        return (int(pref) if pref is not None else 100, index)
    except ValueError:
        return (100, index)


def _tel_kind(types: list[str]) -> str:
    if "X-SATELLITE" in types:
        return "satellite"
    if "X-RAKEL" in types:
        return "rakel"
    if "CELL" in types:
        return "mobile"
    return "landline"


def _text(value: Any) -> str:
    return str(value).strip()


def _card(card: Any, where: str) -> Row:
    data: dict[str, Any] = {}
    if hasattr(card, "fn"):
        data["name"] = _text(card.fn.value)
    elif hasattr(card, "n"):
        n = card.n.value
        # A component may be a list (RFC 6350: "N:Berg,Lind;Anna;;;" has two family names).
        parts = [" ".join(p) if isinstance(p, list) else str(p) for p in (n.given, n.family) if p]
        data["name"] = " ".join(p.strip() for p in parts if p.strip())
    if hasattr(card, "org"):
        org = card.org.value if isinstance(card.org.value, list) else [card.org.value]
        if org and org[0]:
            data["organisation"] = _text(org[0])
        if len(org) > 1 and org[1]:
            data["unit"] = _text(org[1])
    for prop, key in (("title", "job_title"), ("role", "crisis_role"), ("note", "notes")):
        if hasattr(card, prop):
            data[key] = _text(getattr(card, prop).value)
    channels: list[tuple[tuple[int, int], dict[str, Any]]] = []
    index = 0
    for prop in card.contents.get("tel", []):
        index += 1
        kind = _tel_kind(_types(prop))
        channel = {"kind": kind, "value": _text(prop.value)}
        label = prop.params.get("X-LABEL", [""])[0]
        if label:
            channel["label"] = _text(label)
        talk = prop.params.get("X-TALKGROUP", [""])[0]
        if talk:
            channel["talk_group"] = _text(talk)
        channels.append((_pref(prop, index), channel))
    for prop in card.contents.get("email", []):
        index += 1
        channels.append((_pref(prop, index), {"kind": "email", "value": _text(prop.value)}))
    for prop in card.contents.get("adr", []):
        index += 1
        adr = prop.value
        parts = [adr.street, adr.code, adr.city] if hasattr(adr, "street") else [str(adr)]
        text = ", ".join(_text(p) for p in parts if p and _text(p))
        if text:
            channels.append((_pref(prop, index), {"kind": "address", "value": text}))
    for prop in card.contents.get("x-krisparm-channel", []):
        index += 1
        kind, _, value = _text(prop.value).partition(":")
        if kind.strip() in ("runner", "other") and value.strip():
            channels.append((_pref(prop, index), {"kind": kind.strip(), "value": value.strip()}))
    if channels:
        data["channels"] = [c for _, c in sorted(channels, key=lambda x: x[0])]
    extras = {"x-krisparm-availability": "availability", "x-krisparm-verified-on": "verified_on",
              "x-krisparm-sensitivity": "sensitivity"}
    for prop, key in extras.items():
        if prop in card.contents:
            data[key] = _text(card.contents[prop][0].value)
    deputies = [_text(p.value) for p in card.contents.get("x-krisparm-deputy", [])]
    if deputies:
        data["deputies"] = deputies
    rid = None
    if hasattr(card, "uid"):
        raw = _text(card.uid.value).lower().removeprefix("urn:uuid:")
        try:
            rid = str(uuid.UUID(raw))
        except ValueError:
            rid = None  # a foreign UID that is not a UUID: a new record
    return Row("contact", rid, data, where)


def parse(name: str, raw: bytes) -> Batch:
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ValidationError(N_("is not valid UTF-8 (byte {pos})"), where=name, pos=exc.start) from None
    batch = Batch(source=name)
    blocks = _blocks(text, name)
    if not blocks:
        raise ValidationError(N_("contains no vCard (BEGIN:VCARD … END:VCARD)"), where=name)
    for start, block in blocks:
        where = f"{name}:{start}"
        try:
            card = vobject.readOne(block, validate=False)
        except Exception as exc:  # noqa: BLE001 - vobject raises many types for malformed input
            raise ValidationError(N_("is not a valid vCard: {reason}"), where=where,
                                  reason=str(exc)[:200]) from None
        batch.rows.append(_card(card, where))
    return batch


def dumps(contacts: list[dict[str, Any]]) -> bytes:
    out = []
    for contact in contacts:
        card = vobject.vCard()
        card.add("uid").value = f"urn:uuid:{contact['id']}"
        card.add("fn").value = contact["name"]
        parts = contact["name"].rsplit(" ", 1)
        card.add("n").value = vobject.vcard.Name(family=parts[-1], given=parts[0] if len(parts) > 1 else "")
        if contact.get("organisation") or contact.get("unit"):
            card.add("org").value = [contact.get("organisation", ""), contact.get("unit", "")]
        for key, prop in (("job_title", "title"), ("crisis_role", "role"), ("notes", "note")):
            if contact.get(key):
                card.add(prop).value = contact[key]
        for order, channel in enumerate(contact.get("channels", []), start=1):
            kind = channel["kind"]
            if kind == "email":
                p = card.add("email")
            elif kind == "address":
                p = card.add("adr")
                p.value = vobject.vcard.Address(street=channel["value"])
                p.params["PREF"] = [str(order)]
                continue
            elif kind in ("runner", "other"):
                p = card.add("x-krisparm-channel")
                p.value = f"{kind}: {channel['value']}"
                p.params["PREF"] = [str(order)]
                continue
            else:
                p = card.add("tel")
                p.params["TYPE"] = [{"mobile": "CELL", "satellite": "X-SATELLITE", "rakel": "X-RAKEL",
                                     "sms": "CELL"}.get(kind, "VOICE")]
                if channel.get("talk_group"):
                    p.params["X-TALKGROUP"] = [channel["talk_group"]]
            if channel.get("label"):
                p.params["X-LABEL"] = [channel["label"]]
            p.params["PREF"] = [str(order)]
            p.value = channel["value"]
        for key, prop in (("availability", "x-krisparm-availability"), ("verified_on", "x-krisparm-verified-on"),
                          ("sensitivity", "x-krisparm-sensitivity")):
            if contact.get(key):
                card.add(prop).value = contact[key]
        for deputy in contact.get("deputies", []):
            card.add("x-krisparm-deputy").value = deputy
        out.append(card.serialize())
    return "".join(out).encode("utf-8")
