"""Laptops enrolled on the publisher (age X25519 recipients), and this vault's own identity."""
from __future__ import annotations

import base64
import re
from dataclasses import dataclass
from typing import Any

import pyrage

from binder.bundle.dsse import key_id
from binder.bundle.errors import TrustError
from binder.bundle.strict_json import canonical
from binder.bundle.trust import fingerprint
from binder.errors import NotFound, ValidationError
from binder.i18n import N_
from binder.model.collation import sort_key
from binder.vault.database import Connection
from binder.vault.vault import Vault, now_iso

_NAME = re.compile(r"^[^\x00-\x1f\x7f\u202a-\u202e\u2066-\u2069]{1,80}$")


@dataclass(frozen=True)
class Recipient:
    name: str
    recipient: str
    fingerprint: str
    added_at: str
    reports: bool = False     # enrolled with a signing key: it sends field reports

    def to_json(self) -> dict[str, Any]:
        return {"name": self.name, "recipient": self.recipient, "fingerprint": self.fingerprint,
                "added_at": self.added_at, "reports": self.reports}


def identity_fingerprint(recipient: str, signing_key: bytes) -> str:
    """Eight groups of five digits over a reporting laptop's two public keys (read aloud at enrolment)."""
    return fingerprint(canonical({"recipient": recipient,
                                  "signing_key": base64.b64encode(signing_key).decode("ascii")}))


def identity(vault: Vault) -> pyrage.x25519.Identity:
    raw = vault.secret("age_identity")
    if raw is None:
        raise TrustError(N_("This vault has no age identity."))
    return pyrage.x25519.Identity.from_str(raw.decode("ascii"))


def own_recipient(vault: Vault) -> dict[str, str]:
    """This vault's recipient string (age1…) and its read-aloud fingerprint."""
    recipient = str(identity(vault).to_public())
    return {"recipient": recipient, "fingerprint": fingerprint(recipient.encode("ascii"))}


def parse_recipient(text: str) -> str:
    text = text.strip()
    try:
        return str(pyrage.x25519.Recipient.from_str(text))
    except (pyrage.RecipientError, ValueError):
        raise ValidationError(N_("'{value}' is not an age recipient (it should start with age1…)."),
                              value=text[:80]) from None


def add(vault: Vault, name: str, recipient: str, signing_key: bytes | None = None,
        fingerprint_text: str = "") -> Recipient:
    """Enrol a laptop: its age recipient, and (for field reports) its Ed25519 signing key."""
    if not vault.is_publisher:
        raise TrustError(N_("Laptops are enrolled on the coordinator's publisher vault, not here."))
    name = name.strip()
    if not _NAME.match(name):
        raise ValidationError(N_("The laptop name must be 1–80 characters without control characters."))
    value = parse_recipient(recipient)
    with vault.transaction() as conn:
        row = conn.execute("SELECT name, removed_at FROM recipients WHERE recipient = ?", (value,)).fetchone()
        if row and row[1] is None and row[0] != name:
            raise ValidationError(N_("This recipient is already enrolled as '{name}'."), name=row[0])
        if row and row[0] != name:
            conn.execute("DELETE FROM recipients WHERE recipient = ?", (value,))
        conn.execute("INSERT INTO recipients(name, recipient, added_at, signing_key) VALUES (?, ?, ?, ?) "
                     "ON CONFLICT(name) DO UPDATE SET recipient = excluded.recipient, "
                     "added_at = excluded.added_at, removed_at = NULL, signing_key = excluded.signing_key",
                     (name, value, now_iso(), signing_key))
    return Recipient(name, value, fingerprint_text or fingerprint(value.encode("ascii")), now_iso(),
                     signing_key is not None)


def remove(vault: Vault, name: str) -> None:
    with vault.transaction() as conn:
        cur = conn.execute("UPDATE recipients SET removed_at = ? WHERE name = ? AND removed_at IS NULL",
                           (now_iso(), name.strip()))
        if cur.rowcount == 0:
            raise NotFound("No enrolled laptop is called '{name}'.", name=name)


def active(vault: Vault) -> list[Recipient]:
    rows = vault.db.execute("SELECT name, recipient, added_at, signing_key FROM recipients "
                            "WHERE removed_at IS NULL").fetchall()
    found = [Recipient(r[0], r[1], identity_fingerprint(r[1], bytes(r[3])) if r[3] is not None
                       else fingerprint(r[1].encode("ascii")), r[2], r[3] is not None) for r in rows]
    return sorted(found, key=lambda r: sort_key(r.name))


def reporting_laptops(conn: Connection) -> dict[str, tuple[str, bytes]]:
    """key id → (name, Ed25519 public key) of every enrolled laptop that may send field reports."""
    rows = conn.execute("SELECT name, signing_key FROM recipients WHERE removed_at IS NULL "
                        "AND signing_key IS NOT NULL").fetchall()
    return {key_id(bytes(r[1])): (r[0], bytes(r[1])) for r in rows}
