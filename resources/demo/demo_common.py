"""Shared constants for the demo generator: ids, the fixed "today", the seed."""
from __future__ import annotations

import uuid
from datetime import date, timedelta

SEED = 20261125
TODAY = date(2026, 11, 25)
NAMESPACE = uuid.UUID("5b0e4a52-2f3c-5d8e-9a41-6b72c0d1e9f4")   # fixed: ids never change between runs
DOMAIN = "norrbacka.example"       # reserved TLD: demo e-mail can never reach a real mailbox
TOWN = "Norrbacka"


def uid(kind: str, key: str) -> str:
    """A stable record id: the same kind and key give the same id on every run."""
    return str(uuid.uuid5(NAMESPACE, f"{kind}:{key}"))


def days_ago(days: int) -> str:
    return (TODAY - timedelta(days=days)).isoformat()


def days_ahead(days: int) -> str:
    return (TODAY + timedelta(days=days)).isoformat()
