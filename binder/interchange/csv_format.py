"""CSV: one record kind per file.

Columns are `id` followed by the kind's field names (docs/interchange.md lists
them). Lists of plain values (deputies, scenarios, key messages…) are written
as items separated by " | "; lists of objects (channels, steps) as JSON in
the cell. An empty cell is an absent value. UTF-8, with or without BOM.
"""
from __future__ import annotations

import csv
import io
import json
from typing import Any

from binder.errors import ValidationError
from binder.i18n import N_
from binder.interchange.document import Batch, Row
from binder.interchange.json_format import strict_loads
from binder.model import schema
from binder.model.schema import Field, Kind

LIST_SEPARATOR = " | "
MAX_FIELD = 1024 * 1024


def columns(kind: Kind) -> list[str]:
    return ["id"] + [fl.name for fl in kind.fields]


def _cell(fl: Field, value: Any) -> str:
    if value is None:
        return ""
    if fl.type == schema.LIST:
        assert fl.item is not None
        if fl.item.type == schema.OBJECT:
            return json.dumps(value, ensure_ascii=False, sort_keys=True)
        return LIST_SEPARATOR.join(str(v) for v in value)
    if fl.type == schema.BOOL:
        return "true" if value else "false"
    return str(value)


def dumps(kind: Kind, rows: list[dict[str, Any]]) -> bytes:
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\r\n")
    writer.writerow(columns(kind))
    for row in rows:
        writer.writerow([row.get("id", "")] + [_cell(fl, row.get(fl.name)) for fl in kind.fields])
    return buf.getvalue().encode("utf-8")


def _value(fl: Field, text: str, where: str) -> Any:
    if fl.type == schema.LIST:
        assert fl.item is not None
        if fl.item.type == schema.OBJECT:
            try:
                value = strict_loads(text)
            except ValueError as exc:
                raise ValidationError(N_("is not valid JSON: {reason}"), where=where,
                                      reason=getattr(exc, "msg", str(exc))) from None
            return value
        return [part.strip() for part in text.split("|") if part.strip()]
    return text


def parse(name: str, raw: bytes, kind: Kind) -> Batch:
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ValidationError(N_("is not valid UTF-8 (byte {pos})"), where=name, pos=exc.start) from None
    if "\x00" in text:
        raise ValidationError(N_("contains NUL characters; is it really a CSV file?"), where=name)
    csv.field_size_limit(MAX_FIELD)
    reader = csv.reader(io.StringIO(text, newline=""), strict=True)
    batch = Batch(source=name)
    try:
        header = next(reader, None)
        if not header:
            raise ValidationError(N_("is empty; the first line must name the columns"), where=name)
        header = [h.strip() for h in header]
        allowed = set(columns(kind))
        for col in header:
            if col not in allowed:
                raise ValidationError(N_("unknown column '{column}'; expected some of: {columns}"),
                                      where=f"{name}:1", column=col, columns=", ".join(columns(kind)))
        if len(set(header)) != len(header):
            raise ValidationError(N_("a column is named twice"), where=f"{name}:1")
        for cells in reader:
            line = reader.line_num
            if not any(c.strip() for c in cells):
                continue
            if len(cells) != len(header):
                raise ValidationError(N_("has {found} cells; the header has {expected}"),
                                      where=f"{name}:{line}", found=len(cells), expected=len(header))
            data: dict[str, Any] = {}
            rid = None
            for col, cell in zip(header, cells):
                if col == "id":
                    rid = cell.strip() or None
                    continue
                if cell.strip() == "":
                    continue
                data[col] = _value(kind.field(col), cell, f"{name}:{line}: {col}")
            batch.rows.append(Row(kind.name, rid, data, f"{name}:{line}"))
    except csv.Error as exc:
        raise ValidationError(N_("is not valid CSV: {reason}"), where=f"{name}:{reader.line_num}",
                              reason=str(exc)) from None
    return batch
