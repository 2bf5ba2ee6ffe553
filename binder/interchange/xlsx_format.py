"""Excel workbooks (.xlsx): one kind per sheet, or one kind per file.

A sheet named after a kind (`contacts`/`Kontakter`, `routines`/`Rutiner`…)
holds that kind; a workbook with no such sheet holds one kind in its first
sheet, named by the file or `--kind`. Columns as in CSV
(`binder.interchange.tabular`); typed cells (numbers, dates, true/false) are
read as the text they show (`binder.interchange.xlsx_read`). Written with openpyxl; written cells are
text, never formulas.
"""
from __future__ import annotations

import io
import re
from datetime import date, datetime, time
from typing import Any

from binder.errors import ValidationError
from binder.i18n import N_
from binder.interchange import tabular
from binder.interchange.document import Batch, Row
from binder.interchange.xlsx_read import Workbook
from binder.model import schema
from binder.model.schema import Kind


def kind_named(title: str) -> Kind | None:
    """The kind a sheet or file is named after: `contacts`, `Kontakter`, `kontakter_2026-11`…"""
    whole = " ".join(title.strip().casefold().split())
    first = re.split(r"[\s_.-]", whole, maxsplit=1)[0]
    for word in (whole, first):
        for kind in schema.KINDS.values():
            if word in (kind.name, kind.cli, kind.label_sv.casefold(), kind.label_en.casefold()):
                return kind
    return None


def _text(value: Any, field_type: str) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, datetime):
        if field_type == schema.DATE or (value.time() == time(0) and field_type != schema.DATETIME):
            return value.date().isoformat()
        return value.isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, time):
        return value.strftime("%H:%M")
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def _sheet(found: list[Row], name: str, book: Workbook, title: str, path: str, kind: Kind) -> None:
    where_sheet = f"{name} [{title}]"
    rows = book.rows(path)
    first = next(rows, None)
    if first is None:
        return
    header = [_text(c, schema.STR) for c in first[1]]
    while header and not header[-1].strip():
        header.pop()
    if not header:
        return
    names = tabular.resolve_header(kind, header, f"{where_sheet}:{first[0] or 1}")
    fields = {f.name: f.type for f in kind.fields}
    types = [fields.get(n, schema.STR) for n in names]
    for position, (number, cells) in enumerate(rows, start=2):
        line = number or position
        extra = [c for c in cells[len(names):] if c not in (None, "")]
        if extra:
            raise ValidationError(N_("has {found} cells; the header has {expected}"), where=f"{where_sheet}:{line}",
                                  found=len(names) + len(extra), expected=len(names))
        texts = [_text(c, t) for c, t in zip(cells, types, strict=False)]
        if not any(t.strip() for t in texts):
            continue
        tabular.add_row(found, kind, names, texts + [""] * (len(names) - len(texts)), f"{where_sheet}:{line}")


def parse(name: str, raw: bytes, kind: Kind | None) -> Batch:
    """Every kind sheet of the workbook; else its first sheet as `kind`."""
    book = Workbook(raw, name)
    rows: list[Row] = []
    batch = Batch(rows=rows, source=name)
    chosen = [(title, path, k) for title, path in book.sheets if (k := kind_named(title)) is not None]
    if not chosen:
        if kind is None:
            raise ValidationError(N_("cannot tell which kind of record this workbook holds; name the sheet or "
                                     "the file after the kind (e.g. contacts) or give --kind"), where=name)
        if not book.sheets:
            raise book.unreadable()
        chosen = [(*book.sheets[0], kind)]
    for title, path, sheet_kind in sorted(chosen, key=lambda c: list(schema.KINDS).index(c[2].name)):
        _sheet(rows, name, book, title, path, sheet_kind)
    return batch


def dumps(sheets: list[tuple[str, list[str], list[list[Any]]]]) -> bytes:
    """A workbook with one sheet per (title, header, rows); every text cell stays text."""
    import openpyxl
    from openpyxl.cell import WriteOnlyCell
    book = openpyxl.Workbook(write_only=True)
    for title, header, rows in sheets:
        sheet = book.create_sheet(title[:31])
        sheet.append(header)
        for row in rows:
            cells = []
            for value in row:
                cell = WriteOnlyCell(sheet, value=value if value != "" else None)
                if isinstance(value, str):
                    cell.data_type = "s"      # "=1+1" is text here, not a formula
                cells.append(cell)
            sheet.append(cells)
    buf = io.BytesIO()
    book.save(buf)
    return buf.getvalue()


def kind_sheet(kind: Kind, records: list[dict[str, Any]]) -> tuple[str, list[str], list[list[Any]]]:
    return kind.cli, tabular.columns(kind), [tabular.row_cells(kind, r) for r in records]
