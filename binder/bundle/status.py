"""What this vault knows about bundles: the last import (laptop) or export (publisher), for banners."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from binder.bundle import trust
from binder.bundle.header import parse_time
from binder.vault.vault import Vault


@dataclass
class BundleStatus:
    role: str
    sequence: int | None          # last imported (laptop) or exported (publisher)
    bundle_id: str = ""
    issued_at: str = ""
    expires_at: str = ""
    applied_at: str = ""
    expired: bool = False         # the binder is past its review date: show it as stale
    stale_ack: bool = False       # imported although already expired
    organisation_id: str = ""
    undoable: bool = False

    def to_json(self) -> dict[str, Any]:
        return dict(self.__dict__)


def bundle_status(vault: Vault, now: datetime | None = None) -> BundleStatus:
    now = now or datetime.now(UTC)
    if vault.is_publisher:
        state = trust.publisher_state(vault.db)
        return BundleStatus("publisher", state.last_sequence or None)
    pol = trust.policy(vault.db)
    row = vault.db.execute("SELECT last_sequence, last_bundle_id, last_issued_at, last_expires_at, applied_at, "
                           "stale_ack FROM bundle_state WHERE id = 1").fetchone()
    undoable = vault.db.execute("SELECT 1 FROM bundle_imports WHERE undone_at IS NULL LIMIT 1").fetchone()
    out = BundleStatus("laptop", None, organisation_id=pol.organisation_id if pol else "",
                       undoable=undoable is not None)
    if row:
        out.sequence, out.bundle_id, out.issued_at, out.expires_at, out.applied_at = row[:5]
        out.stale_ack = bool(row[5])
        out.expired = now > parse_time(out.expires_at, "expires_at")
    return out
