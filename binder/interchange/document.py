"""The interchange document: the whole binder as one JSON object, format version 1.

    {"format": "krisparm-binder", "format_version": 1,
     "binder": {metadata}, "contacts": [{"id": …, fields…}], "routines": […], "assets": […],
     "comms": […], "staff": […], "shifts": […], "partners": […],
     "log": [{"id", "occurred_at", "kind", "priority", "text", "author", "role",
              "decided_by", "basis", "affected"}]}

`docs/interchange.schema.json` is generated from `binder.model.schema` by
`json_schema()` (a test keeps the file in step). Importers for JSON, CSV and
vCard all produce a `Batch`, which `binder.interchange.load` validates as a
whole and writes in one transaction.
"""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from binder.model import schema
from binder.model.schema import Field

FORMAT = "krisparm-binder"
FORMAT_VERSION = 1
LOG_FIELDS = ("id", "occurred_at", "recorded_at", "kind", "priority", "text", "author", "role",
              "decided_by", "basis", "affected")


@dataclass
class Row:
    """One incoming record and where it came from (for error messages)."""
    kind: str
    id: str | None
    data: dict[str, Any]
    where: str


@dataclass
class Batch:
    """What a reader found. `rows` may be a generator (the JSON reader streams): `metadata` and
    `log` are complete once `rows` has been consumed."""
    rows: Iterable[Row] = field(default_factory=list)
    metadata: dict[str, Any] | None = None
    log: list[tuple[dict[str, Any], str]] = field(default_factory=list)
    source: str = ""
    detected: dict[str, str] = field(default_factory=dict)   # what a reader guessed (encoding, delimiter)


def _field_schema(fl: Field) -> dict[str, Any]:
    t = fl.type
    if t in (schema.STR, schema.TEXT):
        return {"type": "string", "maxLength": fl.limit}
    if t == schema.INT:
        out: dict[str, Any] = {"type": "integer"}
        if fl.minimum is not None:
            out["minimum"] = fl.minimum
        if fl.maximum is not None:
            out["maximum"] = fl.maximum
        return out
    if t == schema.BOOL:
        return {"type": "boolean"}
    if t == schema.DATE:
        return {"type": "string", "format": "date"}
    if t == schema.DATETIME:
        return {"type": "string", "format": "date-time"}
    if t == schema.ENUM:
        return {"enum": list(fl.enum)}
    if t == schema.REF:
        return {"type": "string", "format": "uuid", "description": f"id of a {fl.ref}"}
    if t == schema.LIST:
        assert fl.item is not None
        return {"type": "array", "maxItems": schema.MAX_LIST, "items": _field_schema(fl.item)}
    if t == schema.OBJECT:
        return _object_schema(fl.fields)
    raise AssertionError(t)


def _object_schema(fields: tuple[Field, ...], with_id: bool = False) -> dict[str, Any]:
    props = {fl.name: {**_field_schema(fl), "title": fl.label_en} for fl in fields}
    required = [fl.name for fl in fields if fl.required]
    if with_id:
        props = {"id": {"type": "string", "format": "uuid"}, **props}
    out: dict[str, Any] = {"type": "object", "additionalProperties": False, "properties": props}
    if required:
        out["required"] = required
    return out


def json_schema() -> dict[str, Any]:
    """JSON Schema (draft 2020-12) of the interchange document."""
    props: dict[str, Any] = {
        "format": {"const": FORMAT},
        "format_version": {"const": FORMAT_VERSION},
        "binder": _object_schema(schema.METADATA),
    }
    for kind in schema.KINDS.values():
        props[kind.cli] = {"type": "array", "items": _object_schema(kind.fields, with_id=True)}
    props["log"] = {"type": "array", "items": {
        "type": "object", "additionalProperties": False, "required": ["text"],
        "properties": {
            "id": {"type": "string", "format": "uuid"},
            "occurred_at": {"type": "string", "format": "date-time"},
            "recorded_at": {"type": "string", "format": "date-time"},
            "kind": {"enum": list(schema.LOG_KINDS)},
            "priority": {"enum": list(schema.LOG_PRIORITIES)},
            "text": {"type": "string", "maxLength": 10000},
            **{name: {"type": "string"} for name in ("author", "role", "decided_by", "basis", "affected")},
        }}}
    return {"$schema": "https://json-schema.org/draft/2020-12/schema",
            "$id": "urn:krisparm:interchange:1", "title": "Krispärm binder interchange format 1",
            "type": "object", "additionalProperties": False, "required": ["format", "format_version"],
            "properties": props}
