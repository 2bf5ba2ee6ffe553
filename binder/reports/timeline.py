"""One timeline of every laptop's incident log and the coordinator's own, by time occurred."""
from __future__ import annotations

from dataclasses import asdict, dataclass
from datetime import datetime, timedelta, timezone
from typing import Any

from binder.model import clock
from binder.reports import bulk, chain
from binder.vault.vault import Vault


@dataclass(slots=True)
class TimelineEntry:
    occurred_at: str
    recorded_at: str
    laptop: str | None        # the enrolled name; None for the coordinator's own log
    author: str
    kind: str
    text: str
    decided_by: str
    corrects: int | None
    hash: str
    seq: int
    priority: str = "normal"

    @property
    def is_decision(self) -> bool:
        return self.kind == "decision"

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


_EPOCH = datetime(1970, 1, 1, tzinfo=timezone.utc)
_MICROSECOND = timedelta(microseconds=1)
UNREADABLE = -(1 << 62)     # an unreadable time sorts before every real one


def instant(stamp: str | datetime, cache: dict[str, int] | None = None) -> int:
    """A stored time as whole microseconds since 1970 UTC: one number per moment, whatever its
    offset, so ordering compares integers. `cache` (string → number) parses each string once."""
    if isinstance(stamp, datetime):
        moment = stamp if stamp.tzinfo is not None else stamp.replace(tzinfo=clock.zone())
        return (moment - _EPOCH) // _MICROSECOND
    found = cache.get(stamp) if cache is not None else None
    if found is None:
        try:
            found = (clock.parse(stamp) - _EPOCH) // _MICROSECOND
        except (ValueError, OverflowError):
            found = UNREADABLE
        if cache is not None:
            cache[stamp] = found
    return found


def timeline(vault: Vault, since: datetime | None = None, laptop: str | None = None) -> list[TimelineEntry]:
    """Entries ordered by time occurred (then recorded, laptop, number); `laptop` filters by
    enrolled name. Each distinct time string is parsed once."""
    with bulk.collector_paused():
        return _timeline(vault, since, laptop)


def _timeline(vault: Vault, since: datetime | None, laptop: str | None) -> list[TimelineEntry]:
    names = laptop_names(vault)
    found: list[TimelineEntry] = []
    if laptop is None:
        for r in vault.db.execute("SELECT occurred_at, recorded_at, author, kind, text, decided_by, corrects, "
                                  "hash, seq, priority FROM log_entries"):
            found.append(TimelineEntry(r[0], r[1], None, r[2], r[3], r[4], r[5], r[6], r[7], r[8], r[9]))
    for r in vault.db.execute("SELECT occurred_at, recorded_at, key_id, author, kind, text, decided_by, corrects, "
                              "hash, seq, priority FROM field_log"):
        name = names.get(r[2], r[2][:8])
        if laptop is None or name == laptop:
            found.append(TimelineEntry(r[0], r[1], name, r[3], r[4], r[5], r[6], r[7], r[8], r[9], r[10]))
    cache: dict[str, int] = {}
    if since is not None:
        start = instant(since)
        found = [e for e in found if instant(e.occurred_at, cache) >= start]
    found.sort(key=lambda e: (instant(e.occurred_at, cache), instant(e.recorded_at, cache), e.laptop or "",
                              e.seq))
    return found


def chains(vault: Vault) -> dict[str, chain.ChainStatus]:
    """Each reporting laptop's chain status, by enrolled name."""
    return {name: chain.laptop_chain(vault.db, kid) for kid, name in laptop_names(vault).items()}


def laptop_names(vault: Vault) -> dict[str, str]:
    """key id → the name the laptop's newest report was imported under."""
    # SQLite: with one max() aggregate, the bare column comes from the row holding the maximum.
    return {r[0]: r[1] for r in vault.db.execute(
        "SELECT key_id, laptop, max(sequence) FROM field_reports GROUP BY key_id")}
