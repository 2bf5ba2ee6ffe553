"""A strict JSON reader for untrusted bytes, and the canonical writer.

Strict: UTF-8 only, no duplicate keys, no NaN/Infinity, no floats at all,
integers of at most `MAX_INT_DIGITS` digits, nesting at most `MAX_JSON_DEPTH`.
Canonical: sorted keys, no spaces, UTF-8 (not \\u-escaped), no trailing newline.
"""
from __future__ import annotations

import json
import re
from typing import Any

from binder.bundle import limits
from binder.bundle.errors import BundleError
from binder.i18n import N_

_STRING = re.compile(rb'"(?:[^"\\]|\\.)*"')
_SURROGATE = re.compile(rb"\\u[dD][89a-fA-F][0-9a-fA-F]{2}")


class StrictJSONError(BundleError):
    pass


def is_int(value: Any) -> bool:
    """A JSON integer: Python's `bool` is an `int`, but `true` is not a number."""
    return isinstance(value, int) and not isinstance(value, bool)


def canonical(data: Any) -> bytes:
    return json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":"),
                      allow_nan=False).encode("utf-8")


def _no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    out = dict(pairs)
    if len(out) != len(pairs):
        seen: set[str] = set()
        for key, _ in pairs:
            if key in seen:
                raise StrictJSONError(N_("{what}: the key \"{key}\" appears twice."), what="{what}", key=key[:40])
            seen.add(key)
    return out


def _int(text: str) -> int:
    if len(text.lstrip("-")) > limits.MAX_INT_DIGITS:
        raise StrictJSONError(N_("{what}: a number is too long ({digits} digits)."), what="{what}",
                              digits=len(text))
    return int(text)


def _float(text: str) -> float:
    raise StrictJSONError(N_("{what}: fractional numbers are not allowed ({value})."), what="{what}",
                          value=text[:limits.MAX_NUMBER_CHARS])


def _constant(text: str) -> float:
    raise StrictJSONError(N_("{what}: {value} is not allowed in JSON."), what="{what}", value=text)


_DECODER = json.JSONDecoder(object_pairs_hook=_no_duplicates, parse_int=_int, parse_float=_float,
                            parse_constant=_constant)


_FAST = json.JSONDecoder(parse_int=_int, parse_float=_float, parse_constant=_constant)


def depth(raw: bytes) -> int:
    """Maximum nesting of arrays/objects, ignoring brackets inside strings."""
    stripped = _STRING.sub(b'""', raw)
    level = deepest = 0
    for byte in stripped:
        if byte in (0x5B, 0x7B):
            level += 1
            deepest = max(deepest, level)
        elif byte in (0x5D, 0x7D):
            level -= 1
    return deepest


def loads(raw: bytes, what: str, max_depth: int = limits.MAX_JSON_DEPTH,
          error: type[BundleError] = BundleError) -> Any:
    """Parse untrusted JSON bytes; every violation is an `error` (a BundleError) naming `what`."""
    if b"\x00" in raw:
        raise error(N_("{what}: contains a NUL byte."), what=what)
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise error(N_("{what}: not valid UTF-8 (byte {offset})."), what=what,
                          offset=exc.start) from None
    # Cheap pre-filter: only lines with many brackets get the exact depth scan.
    if raw.count(b"[") + raw.count(b"{") > max_depth and depth(raw) > max_depth:
        raise error(N_("{what}: nested deeper than {limit} levels."), what=what, limit=max_depth)
    if _SURROGATE.search(raw):
        raise error(N_("{what}: contains an unpaired or escaped surrogate character."), what=what)
    try:
        return _DECODER.decode(text)
    except StrictJSONError as exc:
        raise error(exc.text, **{**exc.params, "what": what}) from None
    except RecursionError:
        raise error(N_("{what}: nested deeper than {limit} levels."), what=what,
                          limit=max_depth) from None
    except ValueError as exc:
        raise error(N_("{what}: not valid JSON ({reason})."), what=what,
                          reason=str(exc)[:80]) from None


def loads_canonical(raw: bytes, what: str, error: type[BundleError] = BundleError) -> Any:
    """Parse a line that must be canonical JSON (`canonical(value) == raw`).

    Fast path: the C decoder without an object hook, then a byte comparison with the
    canonical form (a duplicate key, a space or a key out of order makes it differ).
    Any difference goes through `loads` for the exact refusal.
    """
    if b"\x00" in raw or _SURROGATE.search(raw) or (
            raw.count(b"[") + raw.count(b"{") > limits.MAX_JSON_DEPTH and depth(raw) > limits.MAX_JSON_DEPTH):
        return loads(raw, what, error=error)
    try:
        value = _FAST.decode(raw.decode("utf-8"))
        if canonical(value) == raw:
            return value
    except (ValueError, RecursionError, StrictJSONError):
        pass   # not even plain JSON: `loads` below names the exact problem
    loads(raw, what, error=error)
    raise error(N_("{what}: not in canonical JSON form (sorted keys, no spaces)."), what=what)
