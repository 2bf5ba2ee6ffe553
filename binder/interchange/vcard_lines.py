"""vCard 2.1, 3.0 and 4.0 content lines, read and written without a third-party parser.

Reading works on bytes so each property can declare its own character set
(`CHARSET=…`, as Android and Outlook write it); QUOTED-PRINTABLE values with
soft line breaks, folded lines, grouped properties (`item1.TEL`, as the
iPhone writes them) and vCard 2.1's bare parameters (`TEL;CELL;PREF`) are
understood. Every refusal is a translated `ValidationError` naming the line.
"""
from __future__ import annotations

import base64
import binascii
import quopri
import re
from dataclasses import dataclass, field

from binder.errors import ValidationError
from binder.i18n import N_
from binder.interchange import decoding

_NAME = re.compile(rb"(?:([A-Za-z0-9_-]+)\.)?([A-Za-z0-9_-]+)")
_LINES = re.compile(rb"\r\n|\n|\r")
_ENCODINGS = ("QUOTED-PRINTABLE", "BASE64", "B", "8BIT", "7BIT")
MAX_CARD_LINES = 2000
FOLD = 75


@dataclass
class Prop:
    name: str                      # upper case, without the group
    group: str                     # upper case, "" when none
    params: dict[str, list[str]]   # upper-case keys; TYPE values split at commas
    raw: bytes                     # the value as written (not yet decoded)
    line: int

    def types(self) -> list[str]:
        return [t.upper() for t in self.params.get("TYPE", [])]

    def param(self, key: str) -> str:
        values = self.params.get(key, [])
        return values[0] if values else ""


@dataclass
class Card:
    line: int
    props: list[Prop] = field(default_factory=list)

    def all(self, name: str) -> list[Prop]:
        return [p for p in self.props if p.name == name]

    def first(self, name: str) -> Prop | None:
        found = self.all(name)
        return found[0] if found else None


def _logical_lines(raw: bytes) -> list[tuple[int, bytes]]:
    """Unfolded lines with their first physical line number; QP soft breaks joined."""
    physical = _LINES.split(raw)
    out: list[tuple[int, bytes]] = []
    i = 0
    while i < len(physical):
        line, number = physical[i], i + 1
        i += 1
        if not line.strip():
            continue
        if line[:1] in (b" ", b"\t") and out:
            out[-1] = (out[-1][0], out[-1][1] + line[1:])
            continue
        if b"QUOTED-PRINTABLE" in line.split(b":", 1)[0].upper():
            while line.endswith(b"=") and i < len(physical):
                line = line[:-1] + physical[i]
                i += 1
        out.append((number, line))
    return out


def _param_text(data: bytes) -> str:
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("cp1252", "replace")


def _split_param_values(text: str) -> list[str]:
    values, current, quoted = [], "", False
    for ch in text:
        if ch == '"':
            quoted = not quoted
        elif ch == "," and not quoted:
            values.append(current)
            current = ""
        else:
            current += ch
    values.append(current)
    return [v.strip() for v in values if v.strip()]


def parse_line(line: bytes, number: int, where: str) -> Prop:
    match = _NAME.match(line)
    if not match:
        raise ValidationError(N_("is not a vCard line (expected NAME:value)"), where=f"{where}:{number}")
    group = (match.group(1) or b"").decode("ascii").upper()
    name = match.group(2).decode("ascii").upper()
    pos = match.end()
    params: dict[str, list[str]] = {}
    while line[pos:pos + 1] == b";":
        end, quoted = pos + 1, False
        while end < len(line):
            ch = line[end:end + 1]
            if ch == b'"':
                quoted = not quoted
            elif not quoted and ch in (b";", b":"):
                break
            end += 1
        key, eq, value = _param_text(line[pos + 1:end]).partition("=")
        key = key.strip().upper()
        if eq:
            values = _split_param_values(value)
            if key == "TYPE":       # vCard 4.0: TYPE="voice,cell" is two types
                values = [t.strip() for v in values for t in v.split(",") if t.strip()]
            params.setdefault(key, []).extend(values)
        elif key in _ENCODINGS:
            params.setdefault("ENCODING", []).append(key)
        elif key:
            params.setdefault("TYPE", []).append(key)     # vCard 2.1: TEL;CELL;PREF:…
        pos = end
    if line[pos:pos + 1] != b":":
        raise ValidationError(N_("is not a vCard line (expected NAME:value)"), where=f"{where}:{number}")
    return Prop(name, group, params, line[pos + 1:], number)


def cards(raw: bytes, where: str) -> list[Card]:
    """The cards of a file, each a list of properties."""
    if raw.startswith(b"\xef\xbb\xbf"):
        raw = raw[3:]
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        raw = raw.decode("utf-16", "replace").encode("utf-8")
    found: list[Card] = []
    current: Card | None = None
    for number, line in _logical_lines(raw):
        head = line.strip().upper()
        if head == b"BEGIN:VCARD":
            if current is not None:
                raise ValidationError(N_("a card starts before the previous one ended"), where=f"{where}:{number}")
            current = Card(number)
        elif head == b"END:VCARD":
            if current is None:
                raise ValidationError(N_("END:VCARD without BEGIN:VCARD"), where=f"{where}:{number}")
            found.append(current)
            current = None
        elif current is not None:
            current.props.append(parse_line(line, number, where))
            if len(current.props) > MAX_CARD_LINES:
                raise ValidationError(N_("a card is too long"), where=f"{where}:{current.line}")
        else:
            raise ValidationError(N_("text outside a card: expected BEGIN:VCARD"), where=f"{where}:{number}")
    if current is not None:
        raise ValidationError(N_("the last card has no END:VCARD (is the file cut short?)"),
                              where=f"{where}:{current.line}")
    return found


def text(prop: Prop, where: str) -> str:
    """The value as text: transfer encoding undone, declared (or detected) character set applied."""
    encoding = prop.param("ENCODING").upper()
    data = prop.raw
    if encoding == "QUOTED-PRINTABLE":
        data = quopri.decodestring(data)
    elif encoding in ("B", "BASE64"):
        try:
            data = base64.b64decode(data.replace(b" ", b""), validate=False)
        except (binascii.Error, ValueError):
            raise ValidationError(N_("is not valid base64"), where=f"{where}:{prop.line}") from None
    declared = prop.param("CHARSET")
    if declared:
        codec = decoding.charset(declared)
        if codec is None:
            raise ValidationError(N_("uses an unknown character set '{charset}'"), where=f"{where}:{prop.line}",
                                  charset=declared)
        try:
            return data.decode(codec)
        except (UnicodeDecodeError, LookupError, ValueError):
            raise ValidationError(N_("is not valid {charset} text"), where=f"{where}:{prop.line}",
                                  charset=declared) from None
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("cp1252", "replace")


def split(value: str, sep: str) -> list[str]:
    """Split at `sep` not escaped by a backslash (escapes kept for `unescape`)."""
    parts, current, i = [], "", 0
    while i < len(value):
        ch = value[i]
        if ch == "\\" and i + 1 < len(value):
            current += value[i:i + 2]
            i += 2
            continue
        if ch == sep:
            parts.append(current)
            current = ""
        else:
            current += ch
        i += 1
    parts.append(current)
    return parts


def unescape(value: str) -> str:
    out, i = [], 0
    while i < len(value):
        ch = value[i]
        if ch == "\\" and i + 1 < len(value):
            nxt = value[i + 1]
            out.append("\n" if nxt in "nN" else nxt)
            i += 2
            continue
        out.append(ch)
        i += 1
    return "".join(out).replace("\r\n", "\n")


# -- writing ---------------------------------------------------------------------------------

def escape(value: str) -> str:
    return (value.replace("\\", "\\\\").replace("\n", "\\n").replace(",", "\\,").replace(";", "\\;"))


def param(value: str) -> str:
    value = value.replace('"', "'").replace("\n", " ")
    return f'"{value}"' if any(c in value for c in ",;:") else value


def fold(line: str) -> bytes:
    """A content line as UTF-8, folded at 75 octets without splitting a character (RFC 6350 3.2)."""
    data = line.encode("utf-8")
    if len(data) <= FOLD:
        return data + b"\r\n"
    chunks, current, limit = [], b"", FOLD
    for ch in line:
        enc = ch.encode("utf-8")
        if len(current) + len(enc) > limit:
            chunks.append(current)
            current, limit = b"", FOLD - 1
        current += enc
    chunks.append(current)
    return b"\r\n ".join(chunks) + b"\r\n"
