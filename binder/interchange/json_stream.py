"""An incremental reader of the interchange document: records one at a time, never the whole file.

Memory stays bounded whatever the file size: the reader keeps a window of
text, decodes one array element at a time by the rules of the one strict reader,
`binder.model.strict_json` (its decoder, its duplicate-key check, its surrogate and
depth limits: each element is held to them as a whole document would be) and
drops what it has read. Each element's `where` names the file, the line of
its id (or of its opening brace) and its place: `binder.json:12: contacts[3]`.
"""
from __future__ import annotations

import codecs
import json
from collections.abc import Iterator
from typing import IO, Any

from binder.errors import BinderError, StorageError, ValidationError
from binder.i18n import N_
from binder.model import strict_json

CHUNK = 1 << 20
_WS = " \t\r\n"


class Reader:
    """The top-level object of a JSON file, walked value by value."""

    def __init__(self, handle: IO[bytes], name: str, decoder: json.JSONDecoder) -> None:
        self.handle, self.name, self.decoder = handle, name, decoder
        self.text, self.pos = "", 0
        self.line = 1                  # line number at self.pos
        self.eof = False
        self.bytes_read = 0
        self._utf8 = codecs.getincrementaldecoder("utf-8")("strict")

    # -- the window ----------------------------------------------------------------------------
    def _more(self, size: int = CHUNK) -> bool:
        if self.eof:
            return False
        try:
            data = self.handle.read(size)
        except OSError as exc:
            raise StorageError("Could not read {path} ({reason}); was the USB stick removed? Nothing was changed.",
                               path=self.name, reason=exc.strerror or str(exc)) from exc
        try:
            piece = self._utf8.decode(data, final=not data)
        except UnicodeDecodeError as exc:
            raise ValidationError(N_("is not valid UTF-8 (byte {pos})"), where=self.name,
                                  pos=self.bytes_read + exc.start) from None
        self.bytes_read += len(data)
        if not data:
            self.eof = True
        self.text = self.text[self.pos:] + piece       # self.line already counts up to self.pos
        self.pos = 0
        return True

    def _move(self, to: int) -> None:
        self.line += self.text.count("\n", self.pos, to)
        self.pos = to

    def _skip_ws(self) -> str:
        while True:
            start = self.pos
            while self.pos < len(self.text) and self.text[self.pos] in _WS:
                self.pos += 1
            self.line += self.text.count("\n", start, self.pos)
            if self.pos < len(self.text):
                return self.text[self.pos]
            if not self._more():
                return ""

    def where(self, pos: int | None = None) -> str:
        extra = 0 if pos is None else self.text.count("\n", self.pos, pos)
        return f"{self.name}:{self.line + extra}"

    def _error(self, reason: str) -> ValidationError:
        return ValidationError(N_("is not valid JSON: {reason}"), where=self.where(), reason=reason)

    def broken(self, exc: BinderError, pos: int | None = None) -> ValidationError:
        """A rule of the strict reader, broken at `pos`, as a ValidationError naming the line."""
        return ValidationError(exc.text, where=self.where(pos), **{**exc.params, "what": "JSON"})

    def peek(self) -> str:
        """The next character that is not white space ("" at the end)."""
        return self._skip_ws()

    def skip_to(self, end: int) -> None:
        self._move(end)

    def expect(self, char: str) -> None:
        if self._skip_ws() != char:
            raise self._error(f"expected '{char}'")
        self.pos += 1

    def value(self) -> tuple[Any, int, int]:
        """The next value, with its start and end offsets in the window."""
        self._skip_ws()
        size = CHUNK
        while True:
            try:
                value, end = self.decoder.raw_decode(self.text, self.pos)
            except json.JSONDecodeError as exc:
                if (not self.eof and exc.pos >= len(self.text) - 64) or (not self.eof and "Unterminated" in exc.msg):
                    self._more(size)
                    size *= 2
                    continue
                raise ValidationError(N_("is not valid JSON: {reason}"), where=self.where(max(exc.pos, self.pos)),
                                      reason=exc.msg) from None
            except strict_json.StrictJSONError as exc:   # a duplicate key, NaN, a too long number
                raise self.broken(exc) from None
            except RecursionError:
                raise self.broken(strict_json.deeper_than("{what}")) from None
            if end >= len(self.text) and not self.eof:
                self._more(size)            # a number cut by the window ("12" of "123")
                continue
            start = self.pos
            if strict_json.SURROGATE_TEXT.search(self.text, start, end):
                raise self.broken(strict_json.StrictJSONError(
                    N_("{what}: contains an unpaired or escaped surrogate character."), what="{what}"))
            if strict_json.too_deep(self.text[start:end].encode("utf-8", "surrogatepass")):
                raise self.broken(strict_json.deeper_than("{what}"))
            return value, start, end

    def key(self) -> str | None:
        """The next member's key (after `{` or `,`), or None at the closing brace."""
        char = self._skip_ws()
        if char == "}":
            self.pos += 1
            return None
        if char == ",":
            self.pos += 1
            self._skip_ws()
        key, _, end = self.value()
        if not isinstance(key, str):
            raise self._error("expected a key")
        self._move(end)
        self.expect(":")
        return key

    def items(self) -> Iterator[tuple[Any, str]]:
        """The elements of the array at the current position, each with the line of its id."""
        self.expect("[")
        first = True
        while True:
            char = self._skip_ws()
            if char == "]":
                self.pos += 1
                return
            if not first:
                if char != ",":
                    raise self._error("expected ',' or ']'")
                self.pos += 1
            first = False
            value, start, end = self.value()
            at = start
            if isinstance(value, dict) and isinstance(value.get("id"), str):
                found = self.text.find(f'"{value["id"]}"', start, end)
                at = found if found >= 0 else start
            where = self.where(at)
            self._move(end)
            yield value, where

    def finish(self) -> None:
        if self._skip_ws():
            raise self._error("extra data after the document")
