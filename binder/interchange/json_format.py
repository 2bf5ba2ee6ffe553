"""Read and write the interchange document as JSON (strict parsing)."""
from __future__ import annotations

import io
import itertools
import json
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any

from binder.errors import ValidationError
from binder.i18n import N_
from binder.interchange.document import FORMAT, FORMAT_VERSION, LOG_FIELDS, Batch, Row
from binder.interchange.json_stream import Reader
from binder.model import schema, strict_json


def strict_loads(text: str) -> Any:
    """A JSON value typed by a person (`--set`, `--from-json`, a CSV list cell) by the one strict
    reader's rules, fractions allowed (the schema names the field that wants a whole number).
    A broken rule is a `StrictJSONError`, which is a ValueError."""
    return strict_json.loads(text, "JSON", fractions=True)


_ALLOWED = {"format", "format_version", "binder", "log", "exported_at"} | {k.cli for k in schema.KINDS.values()}
_SECTIONS = {k.cli: k for k in schema.KINDS.values()}


def _not_ours(name: str) -> ValidationError:
    return ValidationError(N_("is not a Krispärm binder file (format must be '{format}')"), where=name, format=FORMAT)


def _header_value(name: str, key: str, value: Any, batch: Batch) -> None:
    if key == "format" and value != FORMAT:
        raise _not_ours(name)
    if key == "format_version" and (isinstance(value, bool) or not isinstance(value, int)
                                    or not 1 <= value <= FORMAT_VERSION):
        raise ValidationError(N_("has format version {found}; this Krispärm reads version {supported}. "
                                 "Update Krispärm."), where=name, found=value, supported=FORMAT_VERSION)
    if key == "binder":
        if not isinstance(value, dict):
            raise ValidationError(N_("expected an object"), where=f"{name}: binder")
        batch.metadata = value


def _records(reader: Reader, key: str, batch: Batch) -> Iterator[Row]:
    name = reader.name
    kind = _SECTIONS.get(key)
    if reader.peek() != "[":
        raise ValidationError(N_("expected a list"), where=f"{name}: {key}")
    for i, (item, line) in enumerate(reader.items(), start=1):
        where = f"{line}: {key}[{i}]"
        if not isinstance(item, dict):
            raise ValidationError(N_("expected an object"), where=where)
        if kind is None:          # the log
            for field in item:
                if field not in LOG_FIELDS:
                    raise ValidationError(N_("unknown field"), where=f"{where}.{field}")
            batch.log.append((item, where))
            continue
        rid = item.pop("id", None)          # the parsed document is ours: no copy
        if rid is not None and not isinstance(rid, str):
            raise ValidationError(N_("expected a record id"), where=f"{where}.id")
        yield Row(kind.name, rid, item, where)


def _walk(reader: Reader, batch: Batch) -> Iterator[Row]:
    if reader.peek() != "{":
        raise _not_ours(reader.name)
    reader.expect("{")
    keys: set[str] = set()
    while (key := reader.key()) is not None:
        if key in keys:
            raise reader.broken(strict_json.duplicate(key))
        keys.add(key)
        if key not in _ALLOWED:
            raise ValidationError(N_("unknown section '{section}'"), where=reader.name, section=key)
        if key in _SECTIONS or key == "log":
            yield from _records(reader, key, batch)
        else:
            value, _, end = reader.value()
            reader.skip_to(end)
            _header_value(reader.name, key, value, batch)
    reader.finish()
    if "format" not in keys:
        raise _not_ours(reader.name)
    if "format_version" not in keys:
        _header_value(reader.name, "format_version", None, batch)


def stream(handle: IO[bytes], name: str) -> Batch:
    """The document in `handle` as a Batch whose rows are read as they are consumed.

    The header (format, version, binder) is read at once when it comes first, as Krispärm
    writes it, so a file that is not a binder is refused before anything else happens."""
    batch = Batch(source=name)
    rows = _walk(Reader(handle, name, strict_json.WITH_FRACTIONS), batch)
    first = next(rows, None)
    batch.rows = rows if first is None else itertools.chain([first], rows)
    return batch


def parse(path: Path, raw: bytes) -> Batch:
    """The whole document from bytes (small files, tests, the fuzzer): the rows as a list."""
    batch = stream(io.BytesIO(raw), path.name)
    batch.rows = list(batch.rows)
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
