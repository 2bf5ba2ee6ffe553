"""The binder's time zone: one rule for paper, window and command line.

A crisis binder belongs to an organisation, and its times are the organisation's
local times, whatever zone the computer happens to be set to (a laptop left on UTC
must still show 06:00 for a Stockholm morning shift). The zone is binder metadata
(`time_zone`, an IANA name), defaulting to Europe/Stockholm.

Stored times are ISO 8601 with an offset. A time typed without an offset
("2026-11-25T06:00") means the binder's local time.
"""
from __future__ import annotations

from datetime import UTC, datetime
from functools import lru_cache
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

DEFAULT_TIME_ZONE = "Europe/Stockholm"


@lru_cache(maxsize=16)
def zone(name: str | None = None) -> ZoneInfo:
    """The ZoneInfo for an IANA name; an unknown or empty name gives the default zone."""
    try:
        return ZoneInfo(name or DEFAULT_TIME_ZONE)
    except (ZoneInfoNotFoundError, ValueError):
        return ZoneInfo(DEFAULT_TIME_ZONE)


def is_known_zone(name: str) -> bool:
    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return False
    return True


def binder_zone(metadata: dict[str, Any] | None) -> ZoneInfo:
    """The zone a binder's times are shown in (its metadata's `time_zone`, else the default)."""
    return zone((metadata or {}).get("time_zone") or None)


def parse(text: str, tz: ZoneInfo | None = None) -> datetime:
    """An ISO time; without an offset it is local time in `tz` (default: the default zone)."""
    value = datetime.fromisoformat(text.strip().replace("Z", "+00:00"))
    if value.tzinfo is None:
        value = value.replace(tzinfo=tz or zone())
    return value


def local(moment: str | datetime, tz: ZoneInfo | None = None) -> datetime:
    """A stored time as a datetime in the binder's zone."""
    value = parse(moment, tz) if isinstance(moment, str) else moment
    if value.tzinfo is None:
        value = value.replace(tzinfo=tz or zone())
    return value.astimezone(tz or zone())


def format_local(moment: str | datetime | None, tz: ZoneInfo | None = None, *,
                 date: bool = True, seconds: bool = False) -> str:
    """'2026-11-25 06:00' in the binder's zone, no offset noise. Unparseable text comes back as is."""
    if not moment:
        return ""
    try:
        value = local(moment, tz)
    except (ValueError, TypeError):
        return str(moment)
    pattern = ("%Y-%m-%d " if date else "") + ("%H:%M:%S" if seconds else "%H:%M")
    return value.strftime(pattern)


def now() -> datetime:
    """The current instant (aware, UTC): for storing."""
    return datetime.now(UTC)
