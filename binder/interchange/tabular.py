"""Rows of cells (CSV lines, spreadsheet rows) to and from records of one kind.

Shared by the CSV and the .xlsx formats. A column is named by the field's
name (`crisis_role`), its English label (`Crisis role`) or its Swedish label
(`Krisroll`), all from `binder.model.schema` (one declaration); case and
spacing do not matter. Contacts also accept one column per channel kind
(`Mobil`, `Telefon`, `E-post`…), as address lists made in Excel have them.

Cell encoding (documented in docs/interchange.md):
- an empty cell is an absent value;
- lists of plain values are items separated by " | "; a `|` or `\\` inside an
  item is written `\\|` or `\\\\`;
- lists of objects (channels, steps) are JSON;
- a text starting with = + - @ (or a tab or carriage return) is written with a
  leading apostrophe, so a spreadsheet does not run it as a formula; reading
  removes that apostrophe again (`'=x` → `=x`).
"""
from __future__ import annotations

import functools
import json
import re
from collections.abc import Iterable
from typing import Any

from binder.errors import ValidationError
from binder.i18n import N_
from binder.interchange.document import Row
from binder.interchange.json_format import strict_loads
from binder.model import schema
from binder.model.schema import Field, Kind

LIST_SEPARATOR = " | "
_FORMULA_START = "=+-@\t\r"
_ESCAPED_SPLIT = re.compile(r"(?<!\\)((?:\\\\)*)\|")
_UNESCAPE = re.compile(r"\\([\\|])")

# Channel columns for contacts: kind -> extra header words (besides the kind's own name).
CHANNEL_COLUMNS: dict[str, tuple[str, ...]] = {
    "mobile": ("mobil", "mobiltelefon", "mobilnummer", "mobile phone", "cell", "cellphone"),
    "landline": ("telefon", "fast telefon", "telefonnummer", "phone", "telephone", "work phone", "arbetstelefon"),
    "satellite": ("satellittelefon", "satellite phone"),
    "rakel": ("rakel",),
    "email": ("e-post", "epost", "e-postadress", "e-mail", "mail"),
    "address": ("adress", "postadress"),
    "sms": ("sms",),
}
NAME_PARTS = {"förnamn": "given", "first name": "given", "given name": "given",
              "efternamn": "family", "last name": "family", "surname": "family", "family name": "family"}


def columns(kind: Kind) -> list[str]:
    """The documented column names, in order."""
    return ["id"] + [fl.name for fl in kind.fields]


def _norm(text: str) -> str:
    return " ".join(text.replace("\ufeff", "").strip().casefold().split())


def header_map(kind: Kind) -> dict[str, str]:
    """Every accepted header (normalised) -> field name, or `channel:KIND` / `name:PART`."""
    out = {"id": "id"}
    for fl in kind.fields:
        for word in (fl.name, fl.label_en, fl.label_sv):
            out.setdefault(_norm(word), fl.name)
    if kind.name == "contact":
        for channel_kind, words in CHANNEL_COLUMNS.items():
            for word in (channel_kind, *words):
                out.setdefault(_norm(word), f"channel:{channel_kind}")
        for word, part in NAME_PARTS.items():
            out.setdefault(word, f"name:{part}")
    return out


def resolve_header(kind: Kind, header: list[str], where: str) -> list[str]:
    known = header_map(kind)
    names = []
    for col in header:
        if not col.strip():
            names.append("")        # a column without a name: must stay empty
            continue
        name = known.get(_norm(col))
        if name is None:
            raise ValidationError(N_("unknown column '{column}'; expected some of: {columns}"),
                                  where=where, column=col.strip(), columns=", ".join(columns(kind)))
        names.append(name)
    plain = [n for n in names if n and not n.startswith("channel:")]
    if len(set(plain)) != len(plain):
        raise ValidationError(N_("a column is named twice"), where=where)
    return names


# -- cells ---------------------------------------------------------------------

def guard(text: str) -> str:
    """Keep a spreadsheet from reading `text` as a formula (undone by `unguard`)."""
    if text and (text[0] in _FORMULA_START or (text[0] == "'" and text[1:2] and text[1] in _FORMULA_START + "'")):
        return "'" + text
    return text


def unguard(text: str) -> str:
    if text[:1] == "'" and text[1:2] and text[1] in _FORMULA_START + "'":
        return text[1:]
    return text


def join_items(items: Iterable[Any]) -> str:
    return LIST_SEPARATOR.join(str(v).replace("\\", "\\\\").replace("|", "\\|") for v in items)


def split_items(text: str) -> list[str]:
    parts = _ESCAPED_SPLIT.split(text)
    # re.split with one group yields [item, group, item, group, …]: the group is the even run of
    # backslashes before the separator, which belongs to the item on its left.
    items, current = [], ""
    for i, part in enumerate(parts):
        if i % 2 == 0:
            current += part
        else:
            items.append(current + part)
            current = ""
    items.append(current)
    return [_UNESCAPE.sub(r"\1", item).strip() for item in items if item.strip()]


def cell(fl: Field, value: Any) -> str:
    """A field value as cell text (before the formula guard)."""
    if value is None:
        return ""
    if fl.type == schema.LIST:
        assert fl.item is not None
        if fl.item.type == schema.OBJECT:
            return json.dumps(value, ensure_ascii=False, sort_keys=True)
        return join_items(value)
    if fl.type == schema.BOOL:
        return "true" if value else "false"
    return str(value)


def row_cells(kind: Kind, record: dict[str, Any]) -> list[str]:
    return [record.get("id", "")] + [cell(fl, record.get(fl.name)) for fl in kind.fields]


def value(fl: Field, text: str, where: str) -> Any:
    if fl.type == schema.LIST:
        assert fl.item is not None
        if fl.item.type == schema.OBJECT:
            try:
                return strict_loads(text)
            except ValueError as exc:
                raise ValidationError(N_("is not valid JSON: {reason}"), where=where,
                                      reason=getattr(exc, "msg", str(exc))) from None
        return split_items(text)
    return text


@functools.lru_cache(maxsize=256)
def _field(kind: Kind, name: str) -> Field:
    return kind.field(name)


def add_row(rows: list[Row], kind: Kind, names: list[str], cells: list[str], where: str) -> None:
    """One row of cells (already unguarded text) as a record appended to `rows`."""
    data: dict[str, Any] = {}
    rid = None
    name_parts: dict[str, str] = {}
    channels: list[dict[str, Any]] = []
    for col, text in zip(names, cells, strict=False):
        text = text.strip() if "\n" not in text else text
        if text.strip() == "":
            continue
        if not col:
            raise ValidationError(N_("has a value in a column without a name"), where=where)
        if col == "id":
            rid = text.strip()
        elif col.startswith("channel:"):
            for part in split_items(text):
                channels.append({"kind": col.split(":", 1)[1], "value": part})
        elif col.startswith("name:"):
            name_parts[col.split(":", 1)[1]] = text.strip()
        else:
            data[col] = value(_field(kind, col), text, f"{where}: {col}")
    if name_parts and "name" not in data:
        data["name"] = " ".join(p for p in (name_parts.get("given"), name_parts.get("family")) if p)
    if channels:
        data["channels"] = (data["channels"] if isinstance(data.get("channels"), list) else []) + channels
    if data or rid:
        rows.append(Row(kind.name, rid, data, where))
