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
    """Status of one chain from (seq, prev_hash, hash) of every entry held."""
    by_seq: dict[int, set[tuple[str, str]]] = {}
    for seq, prev_hash, own in links:
        by_seq.setdefault(int(seq), set()).add((prev_hash, own))
    status = ChainStatus(entries=sum(len(v) for v in by_seq.values()), last_seq=max(by_seq, default=0))
    expected = 1
    for seq in sorted(by_seq):
        if seq > expected:
            status.gaps.append((expected, seq - 1))
        expected = seq + 1
        if len(by_seq[seq]) > 1:
            status.forks.append(seq)
            continue
        (prev_hash, _), = by_seq[seq]
        before = by_seq.get(seq - 1)
        if seq == 1:
            if prev_hash != GENESIS:
                status.broken.append(seq)
        elif before is not None and len(before) == 1 and prev_hash != next(iter(before))[1]:
            status.broken.append(seq)
    return status


def laptop_chain(conn: Connection, key_id: str, extra: Iterable[tuple[int, str, str]] = ()) -> ChainStatus:
    """The chain of one laptop as stored (plus `extra` entries not yet stored, for a preview)."""
    stored = conn.execute("SELECT seq, prev_hash, hash FROM field_log WHERE key_id = ?", (key_id,)).fetchall()
    return check([*((int(a), b, c) for a, b, c in stored), *extra])
