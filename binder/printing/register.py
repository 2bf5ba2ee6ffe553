"""The print register: every printed binder (tables `prints`, `print_pages`) in the vault."""
from __future__ import annotations

import json
import uuid
from dataclasses import dataclass, field
from typing import Any

from binder.vault.vault import Vault, now_iso


@dataclass(frozen=True)
class PrintEntry:
    id: str
    printed_at: str
    version: str
    valid_as_of: str
    copy_number: int | None
    lang: str
    paper: str
    partial: bool
    sections: list[str]
    section_hashes: dict[str, str]
    pages: int
    path: str
    printer: str = ""
    job_id: str = ""
    job_state: str = ""          # '' for a PDF file; sent, printed, failed for a printer's job

    def to_json(self) -> dict[str, Any]:
        out = dict(self.__dict__)
        out.pop("section_hashes")
        return out


@dataclass(frozen=True)
class SectionPrint:
    """The last print of one section: where it is and what its content was."""
    entry: PrintEntry
    content_hash: str
    pages: list[int] = field(default_factory=list)


_COLS = ("id, printed_at, version, valid_as_of, copy_number, lang, paper, partial, sections, section_hashes, "
         "pages, path, printer, job_id, job_state")
JOB_STATES = ("sent", "printed", "failed")


def _entry(row: tuple[Any, ...]) -> PrintEntry:
    return PrintEntry(row[0], row[1], row[2], row[3], row[4] or None, row[5], row[6], bool(row[7]),
                      json.loads(row[8]), json.loads(row[9]), row[10], row[11], row[12], row[13], row[14])


def record(vault: Vault, *, version: str, valid_as_of: str, copy_number: int | None, lang: str, paper: str,
           partial: bool, sections: list[str], section_hashes: dict[str, str],
           page_codes: dict[int, tuple[str, str]], path: str, printer: str = "", job_id: str = "",
           job_state: str = "") -> str:
    """Add one print and its page codes in one transaction; returns the print id."""
    print_id = str(uuid.uuid4())
    with vault.transaction() as conn:
        conn.execute(f"INSERT INTO prints({_COLS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                     (print_id, now_iso(), version, valid_as_of, copy_number or 0, lang, paper, int(partial),
                      json.dumps(sections), json.dumps(section_hashes, sort_keys=True), len(page_codes), path,
                      printer, job_id, job_state))
        conn.executemany("INSERT INTO print_pages(print_id, page, code, section) VALUES (?, ?, ?, ?)",
                         [(print_id, page, code, section) for page, (code, section) in sorted(page_codes.items())])
    return print_id


def set_job_state(vault: Vault, print_id: str, state: str) -> None:
    """What the print system did with a print's job (one transaction)."""
    if state not in JOB_STATES:
        raise ValueError(f"unknown job state {state!r}")
    with vault.transaction() as conn:
        conn.execute("UPDATE prints SET job_state = ? WHERE id = ?", (state, print_id))


def list_prints(vault: Vault) -> list[PrintEntry]:
    """Every recorded print, newest first."""
    rows = vault.db.execute(f"SELECT {_COLS} FROM prints ORDER BY printed_at DESC, rowid DESC")
    return [_entry(r) for r in rows]


def get(vault: Vault, print_id: str) -> PrintEntry | None:
    row = vault.db.execute(f"SELECT {_COLS} FROM prints WHERE id = ?", (print_id,)).fetchone()
    return _entry(row) if row else None


def find_code(vault: Vault, code: str) -> tuple[PrintEntry, int, str] | None:
    """The newest print holding a page with `code`: (print, page, section)."""
    row = vault.db.execute(
        "SELECT pp.print_id, pp.page, pp.section FROM print_pages pp JOIN prints p ON p.id = pp.print_id "
        "WHERE pp.code = ? ORDER BY p.printed_at DESC, p.rowid DESC LIMIT 1", (code,)).fetchone()
    if row is None:
        return None
    entry = get(vault, row[0])
    return (entry, int(row[1]), str(row[2])) if entry else None


def pages_of(vault: Vault, print_id: str, section: str) -> list[int]:
    return [r[0] for r in vault.db.execute(
        "SELECT page FROM print_pages WHERE print_id = ? AND section = ? ORDER BY page", (print_id, section))]


def last_section_prints(vault: Vault) -> dict[str, SectionPrint]:
    """For each section, the newest print that contained it."""
    out: dict[str, SectionPrint] = {}
    for entry in list_prints(vault):
        for section in entry.sections:
            if section not in out and section in entry.section_hashes:
                out[section] = SectionPrint(entry, entry.section_hashes[section],
                                            pages_of(vault, entry.id, section))
    return out
