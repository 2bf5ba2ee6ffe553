"""The vault's backups: naming, listing, the key slots kept with each, and thinning by age.

    backups/<UTC stamp>-<reason>.db          an encrypted copy of vault.db (SQLCipher)
    backups/<UTC stamp>-<reason>.keys.json   the key slots that open that copy
    backups/keyslots-copy.json               the key slots of the live vault, rewritten with them

Backups made by hand (reason `manual`) are kept until removed by hand. Automatic
ones (before an import, a migration, a restore, a rekey) are thinned by age: the
newest `KEEP_NEWEST` always stay, then the newest of each hour for a day and the
newest of each day for a month; older ones are removed.
"""
from __future__ import annotations

import contextlib
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

BACKUPS_NAME = "backups"
KEY_COPY_NAME = "keyslots-copy.json"
SIDECAR_SUFFIX = ".keys.json"
STAMP_FORMAT = "%Y%m%dT%H%M%S%fZ"
MANUAL = "manual"
KEEP_NEWEST = 10
HOURLY_FOR = timedelta(days=1)
DAILY_FOR = timedelta(days=31)


@dataclass(frozen=True)
class Backup:
    path: Path
    created_at: str
    reason: str
    size: int

    @property
    def keys_path(self) -> Path:
        return sidecar_path(self.path)

    @property
    def made_by_hand(self) -> bool:
        return self.reason == MANUAL


def sidecar_path(backup_db: Path) -> Path:
    """Where the key slots that open `backup_db` are kept."""
    return backup_db.with_name(backup_db.stem + SIDECAR_SUFFIX)


def backup_name(reason: str, when: datetime | None = None) -> str:
    stamp = (when or datetime.now(UTC)).strftime(STAMP_FORMAT)
    safe_reason = "".join(c for c in reason if c.isalnum() or c == "-")[:40] or MANUAL
    return f"{stamp}-{safe_reason}.db"


def created(backup: Backup) -> datetime:
    return datetime.strptime(backup.path.stem.partition("-")[0], STAMP_FORMAT).replace(tzinfo=UTC)


def describe_backup(item: Path) -> Backup | None:
    """A backup file named `<UTC stamp>-<reason>.db`, or None for any other file."""
    stamp, _, reason = item.stem.partition("-")
    try:
        when = datetime.strptime(stamp, STAMP_FORMAT).replace(tzinfo=UTC)
    except ValueError:
        return None
    return Backup(item, when.replace(microsecond=0).isoformat(), reason, item.stat().st_size)


def list_backups(path: Path) -> list[Backup]:
    """The vault's backups, newest first."""
    directory = Path(path) / BACKUPS_NAME
    if not directory.is_dir():
        return []
    found = [b for b in map(describe_backup, directory.glob("*.db")) if b is not None]
    return sorted(found, key=lambda b: b.path.name, reverse=True)


def to_thin(backups: list[Backup], now: datetime, keep_newest: int = KEEP_NEWEST) -> list[Backup]:
    """The automatic backups that thinning removes (input and output newest first)."""
    automatic = [b for b in backups if not b.made_by_hand]
    seen: set[str] = set()
    remove = []
    for index, backup in enumerate(automatic):
        when = created(backup)
        age = now - when
        if age <= HOURLY_FOR:
            bucket = when.strftime("hour %Y%m%d%H")
        elif age <= DAILY_FOR:
            bucket = when.strftime("day %Y%m%d")
        else:
            bucket = ""
        if index >= keep_newest and (not bucket or bucket in seen):
            remove.append(backup)
        seen.add(bucket)
    return remove


def remove(backup: Backup) -> None:
    """Delete a backup and the key slots kept with it."""
    for item in (backup.path, backup.keys_path):
        with contextlib.suppress(FileNotFoundError):
            item.unlink()


def thin(path: Path, keep_newest: int = KEEP_NEWEST, now: datetime | None = None) -> list[Backup]:
    removed = to_thin(list_backups(path), now or datetime.now(UTC), keep_newest)
    for backup in removed:
        with contextlib.suppress(OSError):
            remove(backup)
    return removed
