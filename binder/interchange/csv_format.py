"""CSV: one record kind per file, as Krispärm and as Excel (sv-SE) write it.

Reading detects the encoding (`binder.interchange.decoding`) and the
delimiter (`,` `;` or tab, from the header line) and reports both. Columns
and cell encoding: `binder.interchange.tabular`. Writing gives UTF-8 with a
BOM (so Excel reads å, ä, ö), CRLF lines and formula-guarded cells.
"""
from __future__ import annotations

import csv
import io
from typing import Any

from binder.errors import ValidationError
from binder.i18n import N_
from binder.interchange import decoding, tabular
from binder.interchange.document import Batch, Row
from binder.model.schema import Kind

MAX_FIELD = 1024 * 1024
DELIMITERS = (",", ";", "\t")
DELIMITER_NAMES = {",": N_("comma"), ";": N_("semicolon"), "\t": N_("tab")}

columns = tabular.columns


def sniff_delimiter(text: str) -> str:
    """The delimiter used most in the header line, outside quotes (`,` when none)."""
    counts = dict.fromkeys(DELIMITERS, 0)
    quoted = False
    for ch in text:
        if ch == '"':
            quoted = not quoted
        elif not quoted and ch in "\r\n":
            break
        elif not quoted and ch in counts:
            counts[ch] += 1
    best = max(DELIMITERS, key=lambda d: counts[d])
    return best if counts[best] else ","


def write_rows(header: list[str], rows: list[list[str]], delimiter: str = ",") -> bytes:
    """CSV bytes that Excel opens: BOM, CRLF, every text cell guarded against formulas."""
    if delimiter not in DELIMITERS:
        raise ValidationError(N_("the delimiter must be one of , ; or tab"), where=repr(delimiter))
    buf = io.StringIO()
    writer = csv.writer(buf, delimiter=delimiter, lineterminator="\r\n")
    writer.writerow(header)
    for row in rows:
        writer.writerow([tabular.guard(c) for c in row])
    return b"\xef\xbb\xbf" + buf.getvalue().encode("utf-8")


def dumps(kind: Kind, rows: list[dict[str, Any]], delimiter: str = ",") -> bytes:
    return write_rows(tabular.columns(kind), [tabular.row_cells(kind, r) for r in rows], delimiter)


def parse(name: str, raw: bytes, kind: Kind) -> Batch:
    text, encoding = decoding.decode(raw, name)
    if "\x00" in text:
        raise ValidationError(N_("contains NUL characters; is it really a CSV file?"), where=name)
    delimiter = sniff_delimiter(text)
    csv.field_size_limit(MAX_FIELD)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    rows: list[Row] = []
    batch = Batch(rows=rows, source=name)
    batch.detected = {"encoding": encoding, "delimiter": DELIMITER_NAMES[delimiter]}
    try:
        header = next(reader, None)
        if not header or not any(h.strip() for h in header):
            raise ValidationError(N_("is empty; the first line must name the columns"), where=name)
        names = tabular.resolve_header(kind, header, f"{name}:1")
        for cells in reader:
            line = reader.line_num
            if not any(c.strip() for c in cells):
                continue
            if len(cells) != len(header):
                raise ValidationError(N_("has {found} cells; the header has {expected}"),
                                      where=f"{name}:{line}", found=len(cells), expected=len(header))
            tabular.add_row(rows, kind, names, [tabular.unguard(c) for c in cells], f"{name}:{line}")
    except csv.Error as exc:
        raise ValidationError(N_("is not valid CSV: a quotation mark is missing or out of place"),
                              where=f"{name}:{reader.line_num}") from exc
    return batch
