"""`check_code(vault, code)`: does a printed page belong to the current binder?

The code is looked up in the print register. A page of a printout that is not the binder
(situation report, timeline) is a *snapshot*: it shows one moment, and the answer says when.
A page is *current* when the content of its section is still what the vault holds now (so an unchanged
section printed in an older version still counts as current); *older* when
the section has changed since (the answer names the version it was printed
in); *unknown* when no recorded print has that code.
"""
from __future__ import annotations

from dataclasses import dataclass

from binder.printing import check_codes, register
from binder.printing.build import section_hashes
from binder.printing.context import BinderContext, content_hash
from binder.printing.sections import CONTENT
from binder.vault.vault import Vault


@dataclass(frozen=True)
class CodeCheck:
    status: str                 # "current" | "older" | "snapshot" | "unknown"
    version: str = ""           # binder version the page was printed in
    page: int = 0
    section: str = ""
    printed_at: str = ""
    current_version: str = ""
    code: str = ""

    def to_json(self) -> dict[str, object]:
        return dict(self.__dict__)


def check_code(vault: Vault, code: str) -> CodeCheck:
    ctx = BinderContext.load(vault)
    normal = check_codes.normalise(code)
    if not normal:
        return CodeCheck("unknown", current_version=ctx.version, code=code.strip())
    found = register.find_code(vault, normal)
    if found is None:
        return CodeCheck("unknown", current_version=ctx.version, code=check_codes.display(normal))
    entry, page, section = found
    if section not in CONTENT and section not in ("cover", "toc"):
        # A situation report or timeline: a picture of one moment, never "current" or "older".
        return CodeCheck("snapshot", entry.version, page, section, entry.printed_at, ctx.version,
                         check_codes.display(normal))
    printed = [s for s in entry.sections if s in CONTENT]
    now = section_hashes(ctx, printed)
    if entry.partial:
        now = {s: now[s] for s in printed} | {"cover": now["cover"]}
        now["toc"] = content_hash(sorted(now.items()))
    current = entry.section_hashes.get(section) == now.get(section)
    return CodeCheck("current" if current else "older", entry.version, page, section, entry.printed_at,
                     ctx.version, check_codes.display(normal))
