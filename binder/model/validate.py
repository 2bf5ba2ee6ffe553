"""Validate and normalise records against `binder.model.schema`.

Used by every way data enters a vault: the CLI, the GUI's edit forms, the
JSON/CSV/vCard importers and bundle imports. The result is the canonical
form of a record: known fields only, NFC text, empty values dropped, phone
numbers with their E.164 form beside the original.
"""
from __future__ import annotations

import re
import unicodedata
import uuid
from datetime import date, datetime
from typing import Any

from binder.errors import ValidationError
from binder.i18n import N_
from binder.model import clock, schema
from binder.model.phones import PHONE_CHANNELS, consistent_e164, is_short_number, to_e164
from binder.model.schema import Field, Kind

# Bidi overrides/isolates and invisible marks used to spoof names; C0/C1 controls.
_FORBIDDEN = re.compile("[\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c\u200b\ufeff"
                        "\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
_EMAIL = re.compile(r"[^@\s]+@[^@\s.]+(\.[^@\s.]+)+")
_CANONICAL_UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")


def _err(where: str, text: str, **params: object) -> ValidationError:
    return ValidationError(text, where=where, **params)


# Single-line text: also no line breaks, tabs, or the Unicode line/paragraph separators.
_FORBIDDEN_SINGLE = re.compile(_FORBIDDEN.pattern[:-1] + "\n\r\t\u2028\u2029]")


def is_normal_text(value: Any, max_len: int = schema.MAX_TEXT) -> bool:
    """Untrusted multi-line text is already in the normal form `clean_text` gives (fast check)."""
    return (isinstance(value, str) and len(value) <= max_len and "\r" not in value
            and not _FORBIDDEN.search(value) and unicodedata.is_normalized("NFC", value))


def is_single_line_text(value: Any, max_len: int = schema.MAX_STR) -> bool:
    """Untrusted text (e.g. a bundle header field) obeys the single-line text rules unchanged."""
    return (isinstance(value, str) and len(value) <= max_len and not _FORBIDDEN_SINGLE.search(value)
            and unicodedata.is_normalized("NFC", value) and value == value.strip())


def clean_text(value: Any, fl: Field, where: str) -> str:
    if type(value) is str and value.isprintable():
        # The common case, fast: no control, direction or invisible characters (all are Cc/Cf,
        # which isprintable() refuses), no line breaks; NFC already for most text.
        text = value if value.isascii() or unicodedata.is_normalized("NFC", value) \
            else unicodedata.normalize("NFC", value)
        if fl.type != schema.TEXT:
            text = text.strip()
        if len(text) > fl.limit:
            raise _err(where, N_("is longer than {limit} characters"), limit=fl.limit)
        return text
    if not isinstance(value, str):
        raise _err(where, N_("expected text"))
    text = value.replace("\r\n", "\n") if "\r" in value else value
    if not text.isascii():
        text = unicodedata.normalize("NFC", text)
    if fl.type != schema.TEXT:
        if _FORBIDDEN_SINGLE.search(text):
            if _FORBIDDEN.search(text):
                raise _err(where, N_("contains control or direction-override characters"))
            raise _err(where, N_("must be a single line"))
        text = text.strip()
    elif _FORBIDDEN.search(text):
        raise _err(where, N_("contains control or direction-override characters"))
    if len(text) > fl.limit:
        raise _err(where, N_("is longer than {limit} characters"), limit=fl.limit)
    return text


def parse_datetime(text: str) -> datetime:
    """An ISO time; without an offset it is the binder's local time (binder.model.clock)."""
    return clock.parse(text)


def _clean_value(fl: Field, value: Any, where: str) -> Any:
    t = fl.type
    if t in (schema.STR, schema.TEXT):
        return clean_text(value, fl, where)
    if t == schema.INT:
        if isinstance(value, str) and value.strip().lstrip("-").isdigit() and len(value.strip()) < 12:
            value = int(value.strip())
        if isinstance(value, bool) or not isinstance(value, int):
            raise _err(where, N_("expected a whole number"))
        if (fl.minimum is not None and value < fl.minimum) or (fl.maximum is not None and value > fl.maximum):
            raise _err(where, N_("must be between {low} and {high}"),
                       low=fl.minimum if fl.minimum is not None else "",
                       high=fl.maximum if fl.maximum is not None else "")
        return value
    if t == schema.BOOL:
        if isinstance(value, str) and value.strip().lower() in ("true", "ja", "yes", "1", "false", "nej", "no", "0"):
            return value.strip().lower() in ("true", "ja", "yes", "1")
        if not isinstance(value, bool):
            raise _err(where, N_("expected true or false"))
        return value
    if t == schema.DATE:
        if not isinstance(value, str):
            raise _err(where, N_("expected a date (YYYY-MM-DD)"))
        try:
            return date.fromisoformat(value.strip()).isoformat()
        except ValueError:
            raise _err(where, N_("expected a date (YYYY-MM-DD)")) from None
    if t == schema.DATETIME:
        if not isinstance(value, str) or len(value) > 40:
            raise _err(where, N_("expected a date and time (YYYY-MM-DDTHH:MM)"))
        try:
            return parse_datetime(value).isoformat()
        except ValueError:
            raise _err(where, N_("expected a date and time (YYYY-MM-DDTHH:MM)")) from None
    if t == schema.ENUM:
        if value not in fl.enum:
            raise _err(where, N_("must be one of: {choices}"), choices=", ".join(fl.enum))
        return value
    if t == schema.REF:
        if not isinstance(value, str):
            raise _err(where, N_("expected a record id"))
        if _CANONICAL_UUID.fullmatch(value):
            return value
        try:
            return str(uuid.UUID(value.strip()))
        except ValueError:
            raise _err(where, N_("expected a record id")) from None
    if t == schema.LIST:
        if not isinstance(value, list):
            raise _err(where, N_("expected a list"))
        if len(value) > schema.MAX_LIST:
            raise _err(where, N_("has more than {limit} items"), limit=schema.MAX_LIST)
        assert fl.item is not None
        out = []
        for i, item in enumerate(value):
            try:
                cleaned = _clean_value(fl.item, item, "")
            except ValidationError as exc:
                raise ValidationError(exc.text, where=_join(f"{where}[{i + 1}]", exc.where), **exc.params) from None
            if cleaned not in ("", None, {}):
                out.append(cleaned)
        return out
    if t == schema.OBJECT:
        if not isinstance(value, dict):
            raise _err(where, N_("expected an object"))
        obj = clean_fields(fl.fields, value, where)
        if fl.name == "channel":
            _normalise_channel(obj, where)
        return obj
    raise AssertionError(f"unknown field type {t}")


def _normalise_channel(channel: dict[str, Any], where: str) -> None:
    if channel.get("kind") in PHONE_CHANNELS:
        given = channel.get("e164")
        if given and consistent_e164(channel["value"], given):
            return
        e164 = to_e164(channel["value"])
        if e164 is None:
            if is_short_number(channel["value"]):
                channel.pop("e164", None)
                return
            raise _err(_join(where, "value"), N_("is not a phone number: {value}"), value=channel["value"])
        channel["e164"] = e164
    else:
        channel.pop("e164", None)
        if channel.get("kind") == "email" and not _EMAIL.fullmatch(channel["value"]):
            raise _err(_join(where, "value"), N_("is not an e-mail address: {value}"), value=channel["value"])


def _join(prefix: str, rel: str) -> str:
    """Join error paths: 'contacts[2]' + 'channels' -> 'contacts[2].channels'; '+[1]' needs no dot."""
    if not rel:
        return prefix
    if not prefix:
        return rel
    return prefix + rel if rel.startswith("[") else f"{prefix}.{rel}"


_KNOWN: dict[int, tuple[tuple[Field, ...], frozenset[str]]] = {}
_EMPTY = ("", None)
_TEXTS = (schema.STR, schema.TEXT)


def _names(fields: tuple[Field, ...]) -> frozenset[str]:
    cached = _KNOWN.get(id(fields))
    if cached is None or cached[0] is not fields:
        cached = (fields, frozenset(fl.name for fl in fields))
        _KNOWN[id(fields)] = cached
    return cached[1]


def clean_fields(fields: tuple[Field, ...], data: dict[str, Any], where: str = "") -> dict[str, Any]:
    if not _names(fields).issuperset(data):
        for name in data:
            if name not in _names(fields):
                raise _err(_join(where, str(name)), N_("unknown field"))
    out: dict[str, Any] = {}
    for fl in fields:
        value = data.get(fl.name)
        if value is None or value == "" or value == []:
            if fl.required:
                raise _err(_join(where, fl.name), N_("is required"))
            continue
        try:
            cleaned = clean_text(value, fl, "") if fl.type in _TEXTS else _clean_value(fl, value, "")
        except ValidationError as exc:
            raise ValidationError(exc.text, where=_join(_join(where, fl.name), exc.where), **exc.params) from None
        if cleaned in _EMPTY or cleaned == []:
            if fl.required:
                raise _err(_join(where, fl.name), N_("is required"))
            continue
        out[fl.name] = cleaned
    return out


def clean_record(kind: Kind, data: dict[str, Any], where: str = "") -> dict[str, Any]:
    """Validate one record's fields (without `id`); returns the canonical form."""
    if not isinstance(data, dict):
        raise _err(where, N_("expected an object"))
    return clean_fields(kind.fields, data, where)


def clean_metadata(data: dict[str, Any], where: str = "binder") -> dict[str, Any]:
    cleaned = clean_fields(schema.METADATA, data, where)
    if cleaned.get("time_zone") and not clock.is_known_zone(cleaned["time_zone"]):
        raise _err(f"{where}.time_zone", N_("is not a known time zone (for example Europe/Stockholm)"))
    return cleaned


_PLANS: dict[tuple[str, int], tuple[tuple[Field, ...], tuple[Field, ...]]] = {}


def _holds(fl: Field, wanted: str) -> bool:
    """Whether a field can contain a reference (`wanted` "ref") or searchable text ("search")."""
    if fl.type == schema.REF:
        return wanted == "ref"
    if fl.type in (schema.STR, schema.TEXT):
        return wanted == "search" and fl.searchable
    if fl.type == schema.LIST and fl.item is not None:
        return _holds(fl.item, wanted)
    if fl.type == schema.OBJECT:
        return any(_holds(sub, wanted) for sub in fl.fields)
    return False


def _only(fields: tuple[Field, ...], wanted: str) -> tuple[Field, ...]:
    """The fields worth walking for `wanted` (cached per declaration): most hold none."""
    cached = _PLANS.get((wanted, id(fields)))
    if cached is None or cached[0] is not fields:
        cached = (fields, tuple(fl for fl in fields if _holds(fl, wanted)))
        _PLANS[(wanted, id(fields))] = cached
    return cached[1]


def references(kind: Kind, data: dict[str, Any]) -> list[tuple[str, str, str]]:
    """(field path, referenced kind, id) for every reference in a record."""
    found: list[tuple[str, str, str]] = []

    def walk(fields: tuple[Field, ...], obj: dict[str, Any], path: str) -> None:
        for fl in fields:
            if fl.name not in obj:
                continue
            value, here = obj[fl.name], f"{path}{fl.name}"
            if fl.type == schema.REF:
                found.append((here, fl.ref, value))
            elif fl.type == schema.LIST and fl.item is not None:
                for i, item in enumerate(value):
                    if fl.item.type == schema.REF:
                        found.append((f"{here}[{i + 1}]", fl.item.ref, item))
                    elif fl.item.type == schema.OBJECT:
                        walk(fl.item.fields, item, f"{here}[{i + 1}].")
            elif fl.type == schema.OBJECT:
                walk(fl.fields, value, f"{here}.")

    walk(kind.fields, data, "")
    return found


def reference_targets(kind: Kind, data: dict[str, Any]) -> list[tuple[str, str]]:
    """(referenced kind, id) for every reference in a record: `references` without the paths (fast)."""
    found: list[tuple[str, str]] = []

    def walk(fields: tuple[Field, ...], obj: dict[str, Any]) -> None:
        for fl in _only(fields, "ref"):
            value = obj.get(fl.name)
            if value is None:
                continue
            if fl.type == schema.REF:
                found.append((fl.ref, value))
            elif fl.type == schema.LIST and fl.item is not None:
                if fl.item.type == schema.REF:
                    found.extend((fl.item.ref, item) for item in value)
                elif fl.item.type == schema.OBJECT:
                    for item in value:
                        walk(fl.item.fields, item)
            elif fl.type == schema.OBJECT:
                walk(fl.fields, value)

    walk(kind.fields, data)
    return found


def searchable_text(kind: Kind, data: dict[str, Any]) -> list[str]:
    """Every searchable string in a record (for the full-text index)."""
    out: list[str] = []

    def walk(fields: tuple[Field, ...], obj: dict[str, Any]) -> None:
        for fl in _only(fields, "search"):
            value = obj.get(fl.name)
            if value is None:
                continue
            if fl.type in (schema.STR, schema.TEXT) and fl.searchable:
                out.append(value)
            elif fl.type == schema.LIST and fl.item is not None:
                for item in value:
                    if fl.item.type == schema.OBJECT:
                        walk(fl.item.fields, item)
                    elif fl.item.type in (schema.STR,) and fl.item.searchable:
                        out.append(item)
            elif fl.type == schema.OBJECT:
                walk(fl.fields, value)

    walk(kind.fields, data)
    return out
