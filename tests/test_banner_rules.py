"""The banner asks the core's rules: bundle expiry is `bundle_status` (instants, judged at the given
`now`), the version is `versioning.binder_version` (with the laptop's local changes)."""
from __future__ import annotations

from datetime import UTC, datetime

from binder.bundle.status import bundle_status
from binder.store import incident_log, overview
from binder.vault.vault import Vault

EXPIRED = "The binder bundle expired on {date}. Ask the coordinator for a new one."


def set_bundle_state(vault: Vault, sequence: int, issued: str, expires: str) -> None:
    """The last imported bundle as a laptop records it (what `bundle.apply` writes)."""
    with vault.transaction() as conn:
        conn.execute("INSERT OR REPLACE INTO bundle_state(id, last_sequence, last_bundle_id, last_sha256, "
                     "last_issued_at, last_expires_at, applied_at) VALUES (1, ?, 'b', 'h', ?, ?, ?)",
                     (sequence, issued, expires, issued))


def expiry_warnings(vault: Vault, now: datetime) -> list[dict[str, object]]:
    return [params for text, params in overview.banner_info(vault, now).warnings if text == EXPIRED]


def test_expiry_is_the_bundle_status_to_the_minute(laptop: Vault) -> None:
    set_bundle_state(laptop, 4, "2026-11-01T10:00:00Z", "2026-12-01T12:00:00Z")
    for now, expired in ((datetime(2026, 12, 1, 11, 59, tzinfo=UTC), False),
                         (datetime(2026, 12, 1, 12, 1, tzinfo=UTC), True)):
        assert bundle_status(laptop, now).expired is expired
        assert bool(expiry_warnings(laptop, now)) is expired, now


def test_expiry_date_is_the_binders_local_day(laptop: Vault) -> None:
    # 23:30 UTC on 1 December is 00:30 on 2 December in Stockholm (the binder's zone).
    set_bundle_state(laptop, 4, "2026-11-01T10:00:00Z", "2026-12-01T23:30:00Z")
    assert expiry_warnings(laptop, datetime(2026, 12, 3, tzinfo=UTC)) == [{"date": "2026-12-02"}]


def test_laptop_version_counts_local_changes(laptop: Vault) -> None:
    set_bundle_state(laptop, 4, "2026-11-01T10:00:00Z", "2027-11-01T10:00:00Z")
    now = datetime(2026, 12, 1, tzinfo=UTC)
    assert overview.banner_info(laptop, now).version == "s4"
    incident_log.add(laptop, "Strömavbrott i stadshuset", author="Tjänsteman i beredskap")
    assert overview.banner_info(laptop, now).version == "s4+L1"
    assert overview.about_info(laptop).binder_version == "s4+L1"
