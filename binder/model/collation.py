"""Swedish collation as a sort key, for SQL `ORDER BY` and for printing.

Code-point order puts Å Ä Ö after Z in the wrong order and lower case after
upper case. The Swedish alphabet ends … X Y Z Å Ä Ö; W sorts as its own
letter after V (since SAOL 13); Ü sorts as Y, Æ as Ä, Ø as Ö, other accented
letters as their base letter. The key is a plain string, so SQLite compares
it with its built-in binary collation and an index serves the sort.
"""
from __future__ import annotations

import unicodedata

_SPECIAL = {"å": "{", "ä": "|", "æ": "|", "ö": "}", "ø": "}", "ü": "y"}


def _primary(ch: str) -> str:
    if ch in _SPECIAL:
        return _SPECIAL[ch]
    base = unicodedata.normalize("NFD", ch)[0]
    return base


def sort_key(text: str) -> str:
    """A key whose binary order is Swedish alphabetical order (case-insensitive, then case)."""
    folded = unicodedata.normalize("NFC", text or "").casefold().strip()
    primary = folded if folded.isascii() else "".join(_primary(ch) for ch in folded)
    # Tie-breaks: accents, then case (lower before upper), so the order is total and stable.
    return f"{primary}\x00{folded}\x00{text.swapcase()}"


def sorted_sv(items: list[str]) -> list[str]:
    return sorted(items, key=sort_key)
