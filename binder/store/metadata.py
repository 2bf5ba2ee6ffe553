"""Binder metadata (organisation, classification marking, plan version, spokesperson…)."""
from __future__ import annotations

import json
from typing import Any

from binder.model.validate import clean_metadata
from binder.store.records import canonical_json, next_revision
from binder.vault.database import Connection
from binder.vault.vault import Vault


def get(vault: Vault) -> dict[str, Any]:
    raw = vault.meta("binder", "{}")
    return json.loads(raw) if raw else {}


def write(vault: Vault, conn: Connection, data: dict[str, Any]) -> dict[str, Any]:
    cleaned = clean_metadata(data)
    vault.set_meta(conn, "binder", canonical_json(cleaned))
    return cleaned


def update(vault: Vault, changes: dict[str, Any]) -> dict[str, Any]:
    """Change some metadata fields in one transaction (publisher or a fresh laptop)."""
    merged = {**get(vault), **changes}
    merged = {k: v for k, v in merged.items() if v not in (None, "")}
    with vault.transaction() as conn:
        cleaned = write(vault, conn, merged)
        if vault.is_publisher:
            next_revision(vault, conn)
    return cleaned


def language(vault: Vault) -> str:
    lang = get(vault).get("language")
    return lang if lang in ("sv", "en") else "sv"
