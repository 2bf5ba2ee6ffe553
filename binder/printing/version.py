"""The binder version printed on paper and named by `pdf-check`.

- The coordinator's master copy: `r<revision>` (the publisher's revision counter).
- A laptop: `s<bundle sequence>` of the last imported bundle (`s0` before the first), followed by
  `+L<n>` when the laptop holds local changes that paper shows: `s4+L3` is bundle 4 with three local
  changes (local records, active corrections of published records, incident-log entries and
  restoration status reports made on this laptop). A page printed before a local change therefore
  names an older version than the binder now has.
"""
from __future__ import annotations

from binder.store import metadata
from binder.vault.vault import Vault

LOCAL_CHANGES = (
    "SELECT count(*) FROM records WHERE origin = 'local'",
    "SELECT count(*) FROM amendments WHERE state = 'active'",
    "SELECT count(*) FROM log_entries",
    "SELECT count(*) FROM restoration_status",
)


def local_changes(vault: Vault) -> int:
    return sum(int(vault.db.execute(sql).fetchone()[0]) for sql in LOCAL_CHANGES)


def printed_version(vault: Vault) -> str:
    if vault.is_publisher:
        return metadata.binder_version(vault)
    row = vault.db.execute("SELECT last_sequence FROM bundle_state WHERE id = 1").fetchone()
    version = f"s{row[0] if row else 0}"
    changes = local_changes(vault)
    return f"{version}+L{changes}" if changes else version
