"""Reading .xlsx workbooks fast: the sheet XML read directly (zipfile + ElementTree.iterparse).

openpyxl (used for writing) builds an object per cell and per shared string;
for a list of 10,000 contacts that is seconds. This reader yields each row as
the values Excel shows: text (shared, inline or formula results), numbers,
true/false, and dates and times for cells whose number format is a date.
It never evaluates formulas, never follows external references, and refuses a
workbook that unpacks to more than `MAX_UNPACKED` bytes.
"""
from __future__ import annotations

import io
import posixpath
import re
import zipfile
from collections.abc import Iterator
from datetime import datetime, timedelta
from typing import Any
from xml.etree import ElementTree

from binder.errors import ValidationError
from binder.i18n import N_

MAX_UNPACKED = 1024 * 1024 * 1024     # a zip bomb stops here
NS = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
DOC_REL = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id"
# Built-in number formats that show a date or time (ECMA-376 18.8.30, with the East Asian ones).
DATE_FORMATS = set(range(14, 23)) | set(range(27, 37)) | {45, 46, 47} | set(range(50, 59))
_QUOTED = re.compile(r'"[^"]*"|\[[^\]]*\]|\\.')


def _is_date_format(code: str) -> bool:
    return any(ch in "dmyhs" for ch in _QUOTED.sub("", code).lower())


def _column(ref: str) -> int:
    """0-based column of a cell reference ("B7" -> 1)."""
    index = 0
    for ch in ref:
        if not "A" <= ch <= "Z":
            break
        index = index * 26 + ord(ch) - 64
    return index - 1


class Workbook:
    def __init__(self, raw: bytes, name: str) -> None:
        self.name = name
        try:
            self.zip = zipfile.ZipFile(io.BytesIO(raw))
            if sum(info.file_size for info in self.zip.infolist()) > MAX_UNPACKED:
                raise ValidationError(N_("unpacks to more than {limit} MB"), where=name,
                                      limit=MAX_UNPACKED // 2**20)
            book = ElementTree.fromstring(self.zip.read("xl/workbook.xml"))
            rels = ElementTree.fromstring(self.zip.read("xl/_rels/workbook.xml.rels"))
        except ValidationError:
            raise
        except (zipfile.BadZipFile, KeyError, ElementTree.ParseError, ValueError, OSError, EOFError) as exc:
            raise self.unreadable() from exc
        targets = {r.get("Id"): r.get("Target", "") for r in rels}
        self.sheets: list[tuple[str, str]] = []
        for sheet in book.iter(f"{NS}sheet"):
            target = targets.get(sheet.get(DOC_REL), "")
            path = target.lstrip("/") if target.startswith("/") else posixpath.normpath(posixpath.join("xl", target))
            self.sheets.append((sheet.get("name", ""), path))
        props = book.find(f"{NS}workbookPr")
        self.epoch = datetime(1904, 1, 1) if props is not None and props.get("date1904") in ("1", "true") \
            else datetime(1899, 12, 30)
        self._strings: list[str] | None = None
        self._dates: set[int] | None = None

    def unreadable(self) -> ValidationError:
        return ValidationError(N_("is not an Excel workbook (.xlsx) that can be read"), where=self.name)

    def _events(self, path: str) -> Iterator[ElementTree.Element]:
        try:
            with self.zip.open(path) as handle:
                for _, element in ElementTree.iterparse(handle, events=("end",)):
                    yield element
        except (KeyError, ElementTree.ParseError, zipfile.BadZipFile, OSError, EOFError) as exc:
            raise self.unreadable() from exc

    @property
    def strings(self) -> list[str]:
        if self._strings is None:
            self._strings = []
            if "xl/sharedStrings.xml" in self.zip.namelist():
                for element in self._events("xl/sharedStrings.xml"):
                    if element.tag == f"{NS}si":
                        parts = [element.findtext(f"{NS}t") or ""]
                        parts += [run.findtext(f"{NS}t") or "" for run in element.iterfind(f"{NS}r")]
                        self._strings.append("".join(parts))
                        element.clear()
        return self._strings

    @property
    def date_styles(self) -> set[int]:
        if self._dates is None:
            self._dates = set()
            if "xl/styles.xml" in self.zip.namelist():
                try:
                    styles = ElementTree.fromstring(self.zip.read("xl/styles.xml"))
                except ElementTree.ParseError as exc:
                    raise self.unreadable() from exc
                custom = {int(f.get("numFmtId", "0")): f.get("formatCode", "")
                          for f in styles.iter(f"{NS}numFmt")}
                xfs = styles.find(f"{NS}cellXfs")
                for index, xf in enumerate(xfs if xfs is not None else []):
                    fmt = int(xf.get("numFmtId", "0"))
                    if fmt in DATE_FORMATS or (fmt in custom and _is_date_format(custom[fmt])):
                        self._dates.add(index)
        return self._dates

    def _number(self, text: str, style: int) -> Any:
        number: float | int = float(text) if any(c in text for c in ".eE") else int(text)
        if style not in self.date_styles:
            return number
        if 0 <= number < 1:
            return (datetime.min + timedelta(days=float(number))).time().replace(microsecond=0)
        return self.epoch + timedelta(days=float(number))

    def _value(self, cell: ElementTree.Element) -> Any:
        kind = cell.get("t", "n")
        if kind == "inlineStr":
            inline = cell.find(f"{NS}is")
            return "".join(t.text or "" for t in inline.iter(f"{NS}t")) if inline is not None else ""
        text = cell.findtext(f"{NS}v")
        if text is None:
            return None
        if kind == "s":
            return self.strings[int(text)]
        if kind == "b":
            return text.strip() == "1"
        if kind in ("str", "e", "d"):
            return text
        return self._number(text.strip(), int(cell.get("s", "0")))

    def rows(self, path: str) -> Iterator[tuple[int, list[Any]]]:
        """(row number, values by column) of one sheet, empty rows left out."""
        try:
            for element in self._events(path):
                if element.tag != f"{NS}row":
                    continue
                values: list[Any] = []
                for cell in element.iterfind(f"{NS}c"):
                    ref = cell.get("r")
                    column = _column(ref) if ref else len(values)
                    if column >= len(values):
                        values.extend([None] * (column - len(values) + 1))
                    values[column] = self._value(cell)
                number = int(element.get("r") or 0)
                element.clear()
                yield number, values
        except (ValueError, IndexError, OverflowError) as exc:
            raise self.unreadable() from exc

