"""Continuity of each laptop's incident-log chain as the coordinator holds it.

Every laptop entry carries its number (`seq`), the hash of the entry before it and its own
hash. Across reports the coordinator checks that numbers run 1, 2, 3… without a hole (a
gap: entries never received), that no number holds two different entries (a fork: the
laptop's log was rewritten or restored), and that each entry links to the one before it.
Nothing is hidden: the preview, the timeline and its printout name every gap and fork.
"""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from itertools import groupby
from operator import itemgetter
from typing import Any

from binder.store.incident_log import GENESIS
from binder.vault.database import Connection


@dataclass
class ChainStatus:
    entries: int = 0
    last_seq: int = 0
    gaps: list[tuple[int, int]] = field(default_factory=list)     # missing numbers, first..last
    forks: list[int] = field(default_factory=list)                 # numbers with two entries
    broken: list[int] = field(default_factory=list)                # entries not linked to the one before

    @property
    def intact(self) -> bool:
        return not (self.gaps or self.forks or self.broken)

    def to_json(self) -> dict[str, Any]:
        return {"entries": self.entries, "last_seq": self.last_seq, "intact": self.intact,
                "gaps": [list(g) for g in self.gaps], "forks": self.forks, "broken_links": self.broken}


def check(links: Iterable[tuple[int, str, str]]) -> ChainStatus:
    """Status of one chain from (seq, prev_hash, hash) of every entry held (repeats count once)."""
    held = sorted(set(links))
    status = ChainStatus(entries=len(held), last_seq=held[-1][0] if held else 0)
    if _whole(held):
        return status
    expected = 1
    before: list[tuple[int, str, str]] = []          # the entries of the number before
    for seq, group in groupby(held, key=itemgetter(0)):
        entries = list(group)
        if seq > expected:
            status.gaps.append((expected, seq - 1))
        if len(entries) > 1:
            status.forks.append(seq)
        else:
            prev_hash = entries[0][1]
            if seq == 1:
                if prev_hash != GENESIS:
                    status.broken.append(seq)
            elif expected == seq and len(before) == 1 and prev_hash != before[0][2]:
                status.broken.append(seq)
        expected, before = seq + 1, entries
    return status


def _whole(held: list[tuple[int, str, str]]) -> bool:
    """The common case at once: numbers 1..n, one entry each, each linked to the one before."""
    prevs, owns = list(map(itemgetter(1), held)), list(map(itemgetter(2), held))
    return (bool(held) and prevs[0] == GENESIS and prevs[1:] == owns[:-1]
            and list(map(itemgetter(0), held)) == list(range(1, len(held) + 1)))


def laptop_chain(conn: Connection, key_id: str, extra: Iterable[tuple[int, str, str]] = ()) -> ChainStatus:
    """The chain of one laptop as stored (plus `extra` entries not yet stored, for a preview)."""
    stored = conn.execute("SELECT f.seq, f.prev_hash, f.hash FROM field_log f JOIN field_laptops l ON l.no = f.laptop "
                          "WHERE l.key_id = ?", (key_id,)).fetchall()
    return check([*stored, *extra])
