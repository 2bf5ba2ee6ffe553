"""A unique canary string and a scanner for it in every form it could take at rest.

Forms: UTF-8, UTF-16-LE, UTF-16-BE, each as written, case-folded, lower- and
upper-cased. `scan(roots, allowed)` reads every regular file under the roots
(vault, its WAL/SHM/journal files, backups, temp dir, settings) and returns
the files holding a form, except the files the user explicitly exported.
"""
from __future__ import annotations

import os
import stat
import uuid
from collections.abc import Iterable
from pathlib import Path

EXPORT_SUFFIXES = {".pdf", ".csv", ".json", ".vcf"}


def new_canary() -> str:
    """Mixed case and non-ASCII, so that case folding and encodings matter."""
    token = uuid.uuid4().hex[:10]
    return f"KanarieFågel{token.upper()}Öx{token}"


def forms(text: str) -> list[bytes]:
    variants = {text, text.casefold(), text.lower(), text.upper()}
    out: list[bytes] = []
    for variant in sorted(variants):
        for codec in ("utf-8", "utf-16-le", "utf-16-be"):
            out.append(variant.encode(codec))
    return out


def files_under(roots: Iterable[Path]) -> list[Path]:
    found: list[Path] = []
    for root in roots:
        for dirpath, _dirs, names in os.walk(root):
            for name in names:
                path = Path(dirpath) / name
                try:
                    if stat.S_ISREG(os.lstat(path).st_mode):
                        found.append(path)
                except FileNotFoundError:
                    continue
    return found


def scan(roots: Iterable[Path], canary: str, allowed: Iterable[Path] = ()) -> tuple[list[str], int]:
    """(files holding the canary that are not allowed exports, number of files scanned)."""
    allowed_set = {Path(p).resolve() for p in allowed}
    for path in allowed_set:
        assert path.suffix.lower() in EXPORT_SUFFIXES, f"only explicit exports may be allowed: {path}"
    needles = forms(canary)
    hits, scanned = [], 0
    for path in files_under(roots):
        if path.resolve() in allowed_set:
            continue
        try:
            data = path.read_bytes()
        except FileNotFoundError:
            continue
        scanned += 1
        for needle in needles:
            if needle in data:
                hits.append(f"{path} ({needle[:12]!r}…)")
                break
    return hits, scanned
