"""One timeline of every laptop's incident log and the coordinator's own, by time occurred."""
from __future__ import annotations

from dataclasses import asdict, dataclass
from datetime import UTC, datetime, timedelta
from itertools import starmap
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


_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
_MICROSECOND = timedelta(microseconds=1)
UNREADABLE = -(1 << 62)     # an unreadable time sorts before every real one


def instant(stamp: str | datetime) -> int:
    """A stored time as whole microseconds since 1970 UTC: one number per moment, whatever its
    offset (a time without one is in the binder's default zone), so ordering compares integers."""
    if isinstance(stamp, datetime):
        moment = stamp if stamp.tzinfo is not None else stamp.replace(tzinfo=clock.zone())
        return (moment - _EPOCH) // _MICROSECOND
    try:
        return (clock.parse(stamp) - _EPOCH) // _MICROSECOND
    except (ValueError, OverflowError):
        return UNREADABLE


def timeline(vault: Vault, since: datetime | None = None, laptop: str | None = None) -> list[TimelineEntry]:
    """Entries ordered by the moment they occurred (then recorded, laptop, number); `laptop`
    filters by enrolled name. Each distinct time string is parsed once."""
    with bulk.collector_paused():
        return _timeline(vault, since, laptop)


_OWN_LOG = ("SELECT occurred_at, recorded_at, NULL, author, kind, text, decided_by, corrects, hash, seq, "
            "priority FROM log_entries")
# A laptop's entries under the name of its newest report (`laptop_names`), else its key id's start.
_FIELD_LOG = ("SELECT f.occurred_at, f.recorded_at, coalesce(n.laptop, substr(l.key_id, 1, 8)) AS name, f.author, "
              "f.kind, f.text, f.decided_by, f.corrects, f.hash, f.seq, f.priority FROM field_log f "
              "JOIN field_laptops l ON l.no = f.laptop LEFT JOIN "
              "(SELECT key_id, laptop, max(sequence) FROM field_reports GROUP BY key_id) n ON n.key_id = l.key_id")


def _timeline(vault: Vault, since: datetime | None, laptop: str | None) -> list[TimelineEntry]:
    found: list[TimelineEntry] = []
    if laptop is None:
        found.extend(starmap(TimelineEntry, vault.db.execute(_OWN_LOG)))
        found.extend(starmap(TimelineEntry, vault.db.execute(_FIELD_LOG)))
    else:
        found.extend(starmap(TimelineEntry, vault.db.execute(
            f"{_FIELD_LOG} WHERE coalesce(n.laptop, substr(l.key_id, 1, 8)) = ?", (laptop,))))
    moments = {stamp: instant(stamp) for stamp in {e.occurred_at for e in found} | {e.recorded_at for e in found}}
    if since is not None:
        start = instant(since)
        found = [e for e in found if moments[e.occurred_at] >= start]
    found.sort(key=lambda e: (moments[e.occurred_at], moments[e.recorded_at], e.laptop or "", e.seq))
    return found


def chains(vault: Vault) -> dict[str, chain.ChainStatus]:
    """Each reporting laptop's chain status, by enrolled name."""
    return {name: chain.laptop_chain(vault.db, kid) for kid, name in laptop_names(vault).items()}


def laptop_names(vault: Vault) -> dict[str, str]:
    """key id → the name the laptop's newest report was imported under."""
    # SQLite: with one max() aggregate, the bare column comes from the row holding the maximum.
    return {r[0]: r[1] for r in vault.db.execute(
        "SELECT key_id, laptop, max(sequence) FROM field_reports GROUP BY key_id")}
