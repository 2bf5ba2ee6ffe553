"""Step 8: what an import would change (per kind) and which local amendments it conflicts with."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from binder.bundle.verify import Verified
from binder.model import schema
from binder.store import amendments, metadata, referrers
from binder.vault.database import Connection
from binder.vault.vault import Vault


@dataclass
class KindChanges:
    added: int = 0
    changed: int = 0
    removed: int = 0
    unchanged: int = 0

    def to_json(self) -> dict[str, int]:
        return {"added": self.added, "changed": self.changed, "removed": self.removed,
                "unchanged": self.unchanged}


@dataclass
class Preview:
    sequence: int
    bundle_id: str
    organisation: str
    issued_at: str
    expires_at: str
    expired: bool
    clock_warning: str
    already_imported: bool
    signer_fingerprints: list[str]
    key_rotation: bool
    metadata_changed: bool = False
    changes: dict[str, KindChanges] = field(default_factory=dict)
    conflicts: list[amendments.Outcome] = field(default_factory=list)
    kept_amendments: int = 0
    adopted_amendments: int = 0
    dangling: list[referrers.Dangling] = field(default_factory=list)   # local refs to records it removes

    @property
    def has_changes(self) -> bool:
        return self.metadata_changed or any(c.added or c.changed or c.removed for c in self.changes.values())

    def to_json(self) -> dict[str, Any]:
        return {"sequence": self.sequence, "bundle_id": self.bundle_id, "organisation": self.organisation,
                "issued_at": self.issued_at, "expires_at": self.expires_at, "expired": self.expired,
                "clock_warning": self.clock_warning, "already_imported": self.already_imported,
                "signer_fingerprints": self.signer_fingerprints, "key_rotation": self.key_rotation,
                "metadata_changed": self.metadata_changed,
                "changes": {k: c.to_json() for k, c in self.changes.items()},
                "conflicts": [{"amendment_id": o.amendment.id, "record_id": o.amendment.record_id,
                               "kind": o.amendment.kind, "title": o.amendment.title,
                               "field": o.amendment.field, "mine": o.amendment.value,
                               "published": o.incoming_value, "outcome": o.outcome}
                              for o in self.conflicts],
                "kept_amendments": self.kept_amendments, "adopted_amendments": self.adopted_amendments,
                "dangling_references": [d.to_json() for d in self.dangling]}


def existing_published(conn: Connection) -> dict[str, tuple[str, int, str]]:
    """id → (kind, version, canonical data) of the published records in the vault."""
    return {r[0]: (r[1], int(r[2]), r[3]) for r in
            conn.execute("SELECT id, kind, version, data FROM records WHERE origin = 'published'")}


def preview(vault: Vault, verified: Verified) -> Preview:
    h = verified.header
    out = Preview(verified.sequence, verified.bundle_id, h["organisation"], h["issued_at"], h["expires_at"],
                  verified.expired, verified.clock_warning, verified.already_imported,
                  verified.signer_fingerprints, verified.key_set.rotated)
    snap = verified.snapshot
    if snap is None:
        return out
    out.changes = {name: KindChanges() for name in schema.KINDS}
    existing = existing_published(vault.db)
    for kind, rid, version, _data, text in snap.records:
        old = existing.get(rid)
        bucket = out.changes[kind]
        if old is None:
            bucket.added += 1
        elif old[0] != kind or old[2] != text or old[1] != version:
            bucket.changed += 1
        else:
            bucket.unchanged += 1
    incoming_ids = {rid for _, rid, _, _, _ in snap.records}
    removed = [rid for rid in existing if rid not in incoming_ids]
    for rid in removed:
        if existing[rid][0] in out.changes:
            out.changes[existing[rid][0]].removed += 1
    out.dangling = referrers.local_referrers(vault.db, removed)
    out.metadata_changed = metadata.get(vault) != snap.metadata
    incoming = {rid: data for _, rid, _, data, _ in snap.records}
    for outcome in amendments.reconcile(vault.db, incoming, verified.sequence, write=False):
        if outcome.outcome in (amendments.CHANGED, amendments.REMOVED):
            out.conflicts.append(outcome)
        elif outcome.outcome == amendments.ADOPTED:
            out.adopted_amendments += 1
        else:
            out.kept_amendments += 1
    return out
