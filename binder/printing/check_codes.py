"""Page check codes: 8 characters from an unambiguous alphabet, printed as XXXX-XXXX.

A code is a hash of the binder version, the section, the page number and the
text on the page, so any change to a page's content or version gives a
different code. Lookup (`binder.printing.register.check_code`) finds the code
in the print register; this module only makes and normalises codes.
"""
from __future__ import annotations

import hashlib

# No 0/O, 1/I/L or U/V look-alikes: 29 symbols, easy to read aloud and to type.
ALPHABET = "23456789ABCDEFGHJKMNPQRSTWXYZ"
LENGTH = 8


def page_code(version: str, section: str, page: int, texts: list[str]) -> str:
    digest = hashlib.sha256()
    for part in (version, section, str(page)):
        digest.update(part.encode("utf-8"))
        digest.update(b"\x1f")
    for item in texts:
        digest.update(item.encode("utf-8"))
        digest.update(b"\x1e")
    number = int.from_bytes(digest.digest()[:8], "big")
    chars = []
    for _ in range(LENGTH):
        number, index = divmod(number, len(ALPHABET))
        chars.append(ALPHABET[index])
    return "".join(chars)


def display(code: str) -> str:
    return f"{code[:4]}-{code[4:]}"


def normalise(typed: str) -> str:
    """What a person typed (any case, spaces, dashes) as a bare code; '' if it cannot be one."""
    cleaned = "".join(ch for ch in typed.upper() if ch.isalnum())
    if len(cleaned) != LENGTH or any(ch not in ALPHABET for ch in cleaned):
        return ""
    return cleaned
