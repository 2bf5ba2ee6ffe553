"""The one strict JSON reader for everything that comes from outside, and the canonical writer.

Bundles, field reports, key files, interchange documents (whole or streamed) and
`--set` values are all read by these rules, with one duplicate-key check:

- UTF-8 only; no NUL byte; no unpaired or escaped surrogate (it could not be stored);
- no duplicate keys; no NaN/Infinity;
- integers of at most `MAX_INT_DIGITS` digits; nesting at most `MAX_DEPTH`.

One rule is a parameter, `fractions`: signed bundles and reports carry no
fractional numbers, so `1.5` there is refused outright; an interchange document
is written by people and other programs, so `"tier": 1.5` is read and then
refused by the schema with the field named ("expected a whole number"), which
tells the person more. A fraction must still be finite (`1e999` is refused).
Canonical: sorted keys, no spaces, UTF-8 (not \\u-escaped), no trailing newline.
"""
from __future__ import annotations

import json
import math
import re
from typing import Any, TypeGuard

from binder.errors import BinderError
from binder.i18n import N_

MAX_DEPTH = 16          # nesting of arrays/objects in any JSON we parse
MAX_INT_DIGITS = 18     # integers (|n| < 10^18 < 2^63)
MAX_NUMBER_CHARS = 32   # of a refused number, shown in the message

_STRING = re.compile(rb'"(?:[^"\\]|\\.)*"')
_SURROGATE = re.compile(rb"\\u[dD][89a-fA-F][0-9a-fA-F]{2}")
SURROGATE_TEXT = re.compile(r"\\u[dD][89a-fA-F][0-9a-fA-F]{2}")


class StrictJSONError(BinderError, ValueError):
    """A broken rule. `{what}` in the message names the document; callers fill it in."""

    @property
    def msg(self) -> str:           # as json.JSONDecodeError has it
        return self.message()


def is_int(value: Any) -> TypeGuard[int]:
    """A JSON integer: Python's `bool` is an `int`, but `true` is not a number."""
    return isinstance(value, int) and not isinstance(value, bool)


# What json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":"), allow_nan=False)
# builds on every call, built once (each encode() call keeps its own state: safe to share).
_CANONICAL = json.JSONEncoder(ensure_ascii=False, sort_keys=True, separators=(",", ":"), allow_nan=False)


def canonical(data: Any) -> bytes:
    return _CANONICAL.encode(data).encode("utf-8")


def duplicate(key: str) -> StrictJSONError:
    """The one duplicate-key refusal (the object hook and the streaming reader's top level)."""
    return StrictJSONError(N_("{what}: the key \"{key}\" appears twice."), what="{what}", key=key[:40])


def _no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    out = dict(pairs)
    if len(out) != len(pairs):
        seen: set[str] = set()
        for key, _ in pairs:
            if key in seen:
                raise duplicate(key)
            seen.add(key)
    return out


def _int(text: str) -> int:
    if len(text.lstrip("-")) > MAX_INT_DIGITS:
        raise StrictJSONError(N_("{what}: a number is too long ({digits} digits)."), what="{what}",
                              digits=len(text))
    return int(text)


def _no_fraction(text: str) -> float:
    raise StrictJSONError(N_("{what}: fractional numbers are not allowed ({value})."), what="{what}",
                          value=text[:MAX_NUMBER_CHARS])


def _finite_fraction(text: str) -> float:
    value = float(text)
    if not math.isfinite(value):
        raise StrictJSONError(N_("{what}: {value} is not allowed in JSON."), what="{what}",
                              value=text[:MAX_NUMBER_CHARS])
    return value


def _constant(text: str) -> float:
    raise StrictJSONError(N_("{what}: {value} is not allowed in JSON."), what="{what}", value=text)


def decoder(*, fractions: bool = False, duplicates: bool = True) -> json.JSONDecoder:
    """A decoder that applies the rules (`duplicates=False` skips the object hook: the C fast path
    for input that is compared with its canonical form afterwards, which a duplicate cannot pass)."""
    return json.JSONDecoder(object_pairs_hook=_no_duplicates if duplicates else None, parse_int=_int,
                            parse_float=_finite_fraction if fractions else _no_fraction,
                            parse_constant=_constant)


STRICT = decoder()
WITH_FRACTIONS = decoder(fractions=True)
_FAST = decoder(duplicates=False)


def depth(raw: bytes) -> int:
    """Maximum nesting of arrays/objects, ignoring brackets inside strings."""
    brackets = _STRING.sub(b'""', raw).translate(None, bytes(b for b in range(256) if b not in b"[]{}"))
    level = deepest = 0
    for byte in brackets:
        if byte in (0x5B, 0x7B):
            level += 1
            deepest = max(deepest, level)
        else:
            level -= 1
    return deepest


def too_deep(raw: bytes, max_depth: int = MAX_DEPTH) -> bool:
    # Cheap pre-filter: only text with many brackets gets the exact depth scan.
    return raw.count(b"[") + raw.count(b"{") > max_depth and depth(raw) > max_depth


def deeper_than(what: str, limit: int = MAX_DEPTH,
                error: type[BinderError] = StrictJSONError) -> BinderError:
    return error(N_("{what}: nested deeper than {limit} levels."), what=what, limit=limit)


def loads(raw: bytes | str, what: str, max_depth: int = MAX_DEPTH, error: type[BinderError] = StrictJSONError,
          *, fractions: bool = False) -> Any:
    """Parse untrusted JSON; every broken rule is an `error` naming `what`."""
    if isinstance(raw, str):
        raw = raw.encode("utf-8", "surrogatepass")
    if b"\x00" in raw:
        raise error(N_("{what}: contains a NUL byte."), what=what)
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise error(N_("{what}: not valid UTF-8 (byte {offset})."), what=what, offset=exc.start) from None
    if too_deep(raw, max_depth):
        raise deeper_than(what, max_depth, error)
    if _SURROGATE.search(raw):
        raise error(N_("{what}: contains an unpaired or escaped surrogate character."), what=what)
    try:
        return (WITH_FRACTIONS if fractions else STRICT).decode(text)
    except StrictJSONError as exc:
        raise error(exc.text, **{**exc.params, "what": what}) from None
    except RecursionError:
        raise deeper_than(what, max_depth, error) from None
    except ValueError as exc:
        raise error(N_("{what}: not valid JSON ({reason})."), what=what, reason=str(exc)[:80]) from None


def loads_canonical(raw: bytes, what: str, error: type[BinderError] = StrictJSONError) -> Any:
    """Parse a line that must be canonical JSON (`canonical(value) == raw`).

    Fast path: the C decoder without an object hook, then a byte comparison with the
    canonical form (a duplicate key, a space or a key out of order makes it differ).
    Any difference goes through `loads` for the exact refusal.
    """
    if b"\x00" in raw or _SURROGATE.search(raw) or too_deep(raw):
        return loads(raw, what, error=error)
    try:
        value = _FAST.decode(raw.decode("utf-8"))
        if canonical(value) == raw:
            return value
    except (ValueError, RecursionError):
        pass   # not even plain JSON: `loads` below names the exact problem
    loads(raw, what, error=error)
    raise error(N_("{what}: not in canonical JSON form (sorted keys, no spaces)."), what=what)


def whole_text(whole: bytes) -> str | None:
    """`whole` (complete lines, each ending in a newline) as text, when the rules that hold for a
    whole text are kept: no NUL byte, no escaped surrogate (the pattern never spans a newline),
    valid UTF-8 (a newline byte is never part of a multi-byte character, so the text's lines are
    the bytes' lines). None otherwise: then read line by line with `loads_canonical`."""
    # (`b"\\" in` finds a byte with memchr; looking for the two bytes `\u` is slower than the pattern)
    if b"\x00" in whole or (b"\\" in whole and _SURROGATE.search(whole)) or not whole.endswith(b"\n"):
        return None
    try:
        return whole.decode("utf-8")
    except UnicodeDecodeError:
        return None


def canonical_value(line: str) -> tuple[bool, Any]:
    """(True, value) when `line`, a line of `whole_text`, passes `loads_canonical`; (False, None) when
    it does not (never an error: `loads_canonical` then names the problem)."""
    if (line.count("[") + line.count("{") > MAX_DEPTH and too_deep(line.encode("utf-8"))):
        return False, None
    try:
        value, end = _FAST.raw_decode(line)
    except (ValueError, RecursionError):
        return False, None
    return (True, value) if end == len(line) and _CANONICAL.encode(value) == line else (False, None)
