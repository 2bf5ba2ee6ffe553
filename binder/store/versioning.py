"""Which binder this is and how current: the version and the valid-as-of time, one rule each.

The banner, the About dialog, `binder info` and every printed page call these, so screen and paper
always name the same version and date.

- Version: on the coordinator's master copy `r<revision>` (the publisher's revision counter). On a
  laptop `s<bundle sequence>` of the last imported bundle (`s0` before the first), followed by
  `+L<n>` when the laptop holds local changes that paper shows: `s4+L3` is bundle 4 with three local
  changes (local records, active corrections of published records, incident-log entries and
  restoration status reports made on this laptop). A page printed before a local change therefore
  names an older version than the binder now has.
- Valid as of: the last change of the binder's content, the newest of the records' change times,
  the local incident log and the issue time of the last imported bundle.
"""
from __future__ import annotations

from datetime import UTC, date, datetime

from binder.model import clock
from binder.model.validate import parse_datetime
from binder.store import metadata
from binder.vault.vault import Vault

EPOCH = datetime(2000, 1, 1, tzinfo=UTC)

LOCAL_CHANGES = (
    "SELECT count(*) FROM records WHERE origin = 'local'",
    "SELECT count(*) FROM amendments WHERE state = 'active'",
    "SELECT count(*) FROM log_entries",
    "SELECT count(*) FROM restoration_status",
)

_CHANGE_TIMES = ("SELECT max(updated_at) FROM records", "SELECT max(recorded_at) FROM log_entries",
                 "SELECT last_issued_at FROM bundle_state WHERE id = 1")


def local_changes(vault: Vault) -> int:
    return sum(int(vault.db.execute(sql).fetchone()[0]) for sql in LOCAL_CHANGES)


def binder_version(vault: Vault) -> str:
    """`r<revision>` on the publisher; `s<sequence>[+L<local changes>]` on a laptop."""
    if vault.is_publisher:
        return f"r{vault.meta('revision', '0')}"
    row = vault.db.execute("SELECT last_sequence FROM bundle_state WHERE id = 1").fetchone()
    version = f"s{row[0] if row else 0}"
    changes = local_changes(vault)
    return f"{version}+L{changes}" if changes else version


def valid_as_of(vault: Vault) -> datetime:
    """The last change of the binder's content: records, local log, bundle issue time (whole seconds)."""
    stamps = [vault.meta("created_at", "")]
    for sql in _CHANGE_TIMES:
        row = vault.db.execute(sql).fetchone()
        if row and row[0]:
            stamps.append(row[0])
    parsed = [parse_datetime(s) for s in stamps if s]
    return max(parsed, default=EPOCH).replace(microsecond=0)


def local_day(vault: Vault, moment: datetime) -> date:
    """The day `moment` falls on in the binder's time zone (not the computer's)."""
    return clock.local(moment, clock.binder_zone(metadata.get(vault))).date()
