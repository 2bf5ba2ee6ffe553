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


def binder_version(vault: Vault) -> str:
    """What identifies this binder's content: the bundle sequence on a laptop, the revision on a publisher."""
    if vault.is_publisher:
        return f"r{vault.meta('revision', '0')}"
    row = vault.db.execute("SELECT last_sequence FROM bundle_state WHERE id = 1").fetchone()
    return f"s{row[0]}" if row else f"r{vault.meta('revision', '0')}"


def language(vault: Vault) -> str:
    lang = get(vault).get("language")
    return lang if lang in ("sv", "en") else "sv"
