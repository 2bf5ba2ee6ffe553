"""What the banner and the About dialog say about the open binder (no Qt here).

Every fact comes from its one rule in the core, the same the printed binder uses: the version and
the valid-as-of time (`binder.store.versioning`), bundle expiry (`binder.bundle.status`), stale
contacts (`binder.model.schema.is_stale_contact`, counted in SQL by `STALE_CONTACT_SQL`).
The caller passes the current instant: nothing here reads the clock.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from binder.bundle.status import bundle_status
from binder.i18n import N_
from binder.model import clock, schema
from binder.store import metadata, versioning
from binder.store.views import is_empty
from binder.vault.vault import Vault

STALE_WARNING = N_("{count} contacts not verified in the last {days} days.")
STALE_WARNING_ONE = N_("1 contact not verified in the last {days} days.")
STALE_SLICE = 5000


@dataclass
class BannerInfo:
    organisation: str
    version: str                # versioning.binder_version: what the paper prints
    valid_as_of: str            # versioning.valid_as_of in the binder's zone, "YYYY-MM-DD HH:MM"
    age_days: int | None        # whole days from the valid-as-of day to `today`
    warnings: list[tuple[str, dict[str, Any]]]   # (English source text, params)
    conflicts: int
    publisher: bool
    today: date                 # the binder's local day the banner is for (stale contacts are judged on it)
    empty: bool = False         # no records yet: nothing is "0 days old"; say what to do instead


def banner_info(vault: Vault, now: datetime) -> BannerInfo:
    """What the banner shows at `now`: version, valid-as-of time and age, expiry and review warnings,
    conflicts. Stale contacts are counted afterwards, a slice at a time (`stale_contacts_slice`)."""
    meta = metadata.get(vault)
    zone = clock.binder_zone(meta)
    today = clock.local(now, zone).date()
    warnings: list[tuple[str, dict[str, Any]]] = []
    status = bundle_status(vault, now)
    if status.expired:
        warnings.append((N_("The binder bundle expired on {date}. Ask the coordinator for a new one."),
                         {"date": clock.local(status.expires_at, zone).date().isoformat()}))
    review_due = meta.get("review_due")
    if review_due and review_due < today.isoformat():
        warnings.append((N_("The plan was due for review on {date}."), {"date": review_due}))
    conflicts = vault.db.execute("SELECT count(*) FROM amendments WHERE state = 'conflict'").fetchone()[0]
    as_of = versioning.valid_as_of(vault)
    age = (today - clock.local(as_of, zone).date()).days
    return BannerInfo(str(meta.get("organisation", "")), versioning.binder_version(vault),
                      clock.format_local(as_of, zone), age, warnings, int(conflicts), vault.is_publisher,
                      today, is_empty(vault))


def stale_contacts_slice(vault: Vault, after_rowid: int, today: date,
                         limit: int = STALE_SLICE) -> tuple[int, int, bool]:
    """Count the stale contacts on `today` among the next `limit` contacts after `after_rowid`.

    Returns (stale count, last rowid seen, finished). Reading every contact means decrypting every
    page, so the banner does it in slices between other work instead of at unlock.
    """
    row = vault.db.execute(
        f"SELECT max(rowid), count(*), sum(CASE WHEN {schema.STALE_CONTACT_SQL} THEN 1 ELSE 0 END) FROM "
        "(SELECT rowid, data FROM records WHERE kind = 'contact' AND rowid > ? ORDER BY rowid LIMIT ?)",
        (schema.stale_cutoff(today), after_rowid, limit)).fetchone()
    seen = int(row[1] or 0)
    return int(row[2] or 0), int(row[0] or after_rowid), seen < limit


def stale_contact_count(vault: Vault, today: date) -> int:
    """Every stale contact on `today` (all slices at once)."""
    total, after, finished = 0, 0, False
    while not finished:
        count, after, finished = stale_contacts_slice(vault, after, today)
        total += count
    return total


def stale_warning(count: int) -> tuple[str, dict[str, Any]] | None:
    """The banner's warning for `count` stale contacts (none for zero)."""
    if not count:
        return None
    text = STALE_WARNING_ONE if count == 1 else STALE_WARNING
    return text, {"count": count, "days": schema.STALE_CONTACT_DAYS}


@dataclass
class AboutInfo:
    """What the About dialog shows about the open vault."""
    path: str
    publisher: bool
    organisation: str
    schema_version: int
    binder_version: str
    valid_as_of: str
    fingerprint: str            # publisher: signing-key fingerprint; laptop: its age recipient's


def about_info(vault: Vault) -> AboutInfo:
    from binder.bundle import dsse, recipients, trust
    from binder.vault.vault import describe
    if vault.is_publisher:
        fingerprint = trust.fingerprint(dsse.public_bytes(trust.signing_key(vault)))
    else:
        fingerprint = recipients.own_recipient(vault)["fingerprint"]
    meta = metadata.get(vault)
    as_of = clock.format_local(versioning.valid_as_of(vault), clock.binder_zone(meta))
    return AboutInfo(str(vault.path), vault.is_publisher, str(meta.get("organisation", "")),
                     int(describe(vault)["schema_version"]), versioning.binder_version(vault), as_of, fingerprint)
