"""Read and write the interchange document as JSON (strict parsing)."""
from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from binder.errors import ValidationError
from binder.i18n import N_
from binder.interchange.document import FORMAT, FORMAT_VERSION, LOG_FIELDS, Batch, Row
from binder.model import schema

MAX_BYTES = 512 * 1024 * 1024


def _no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    out = dict(pairs)
    if len(out) != len(pairs):
        seen: set[str] = set()
        for key, _ in pairs:
            if key in seen:
                raise ValueError(f"duplicate key {key!r}")
            seen.add(key)
    return out


def _no_constants(name: str) -> Any:
    raise ValueError(f"{name} is not allowed")


def strict_loads(text: str) -> Any:
    return json.loads(text, object_pairs_hook=_no_duplicates, parse_constant=_no_constants)


def parse(path: Path, raw: bytes) -> Batch:
    name = path.name
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise ValidationError(N_("is not valid UTF-8 (byte {pos})"), where=name, pos=exc.start) from None
    try:
        doc = strict_loads(text)
    except ValueError as exc:
        line = getattr(exc, "lineno", None)
        where = f"{name}:{line}" if line else name
        raise ValidationError(N_("is not valid JSON: {reason}"), where=where,
                              reason=getattr(exc, "msg", str(exc))) from None
    if not isinstance(doc, dict) or doc.get("format") != FORMAT:
        raise ValidationError(N_("is not a Krispärm binder file (format must be '{format}')"), where=name,
                              format=FORMAT)
    version = doc.get("format_version")
    if not isinstance(version, int) or version > FORMAT_VERSION or version < 1:
        raise ValidationError(N_("has format version {found}; this Krispärm reads version {supported}. "
                                 "Update Krispärm."), where=name, found=version, supported=FORMAT_VERSION)
    allowed = {"format", "format_version", "binder", "log", "exported_at"} | {k.cli for k in schema.KINDS.values()}
    for key in doc:
        if key not in allowed:
            raise ValidationError(N_("unknown section '{section}'"), where=name, section=key)
    batch = Batch(source=name, text=text)
    if "binder" in doc:
        if not isinstance(doc["binder"], dict):
            raise ValidationError(N_("expected an object"), where=f"{name}: binder")
        batch.metadata = doc["binder"]
    for kind in schema.KINDS.values():
        items = doc.get(kind.cli, [])
        if not isinstance(items, list):
            raise ValidationError(N_("expected a list"), where=f"{name}: {kind.cli}")
        for i, item in enumerate(items):
            where = f"{name}: {kind.cli}[{i + 1}]"
            if not isinstance(item, dict):
                raise ValidationError(N_("expected an object"), where=where)
            data = item                     # the parsed document is ours: no copy
            rid = data.pop("id", None)
            if rid is not None and not isinstance(rid, str):
                raise ValidationError(N_("expected a record id"), where=f"{where}.id")
            batch.rows.append(Row(kind.name, rid, data, where))
    log = doc.get("log", [])
    if not isinstance(log, list):
        raise ValidationError(N_("expected a list"), where=f"{name}: log")
    for i, entry in enumerate(log):
        where = f"{name}: log[{i + 1}]"
        if not isinstance(entry, dict):
            raise ValidationError(N_("expected an object"), where=where)
        for key in entry:
            if key not in LOG_FIELDS:
                raise ValidationError(N_("unknown field"), where=f"{where}.{key}")
        batch.log.append((entry, where))
    return batch


def build(metadata: dict[str, Any], records: dict[str, list[dict[str, Any]]],
          log: list[dict[str, Any]]) -> dict[str, Any]:
    doc: dict[str, Any] = {"format": FORMAT, "format_version": FORMAT_VERSION, "binder": metadata}
    for kind in schema.KINDS.values():
        doc[kind.cli] = records.get(kind.name, [])
    doc["log"] = log
    return doc


def dumps(doc: dict[str, Any]) -> bytes:
    return (json.dumps(doc, ensure_ascii=False, indent=1, sort_keys=False) + "\n").encode("utf-8")
