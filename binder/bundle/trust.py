"""Publisher keys, fingerprints people can read aloud, the laptop's trusted key set, rotation.

A laptop trusts exact Ed25519 key bytes (`trusted_keys`) under a policy
(`trust_policy`: organisation, threshold t, key-set version). A new key set
is accepted only through a *key-set statement* (a DSSE envelope) signed by t
of the currently trusted keys, version = current + 1; bundles carry the whole
chain of statements so a laptop that missed a rotation can catch up.
"""
from __future__ import annotations

import base64
import hashlib
import json
import logging
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from binder.bundle import dsse, limits
from binder.bundle.errors import SignatureError, TrustError
from binder.bundle.keycheck import acceptable_public_key
from binder.bundle.strict_json import canonical, is_int, loads, loads_canonical
from binder.fsutil import atomic_write
from binder.i18n import N_
from binder.store import metadata
from binder.vault.database import Connection
from binder.vault.vault import Vault, now_iso

log = logging.getLogger(__name__)
KEY_FILE_TYPE = "krisparm-publisher-key"
KEY_SET_TYPE = "krisparm-key-set"
MAX_KEY_FILE_BYTES = 64 * 1024


# -- fingerprints ---------------------------------------------------------------

def fingerprint(material: bytes) -> str:
    """Eight groups of five digits from SHA-256 (≈133 bits): easy to read over a phone or radio."""
    digest = hashlib.sha256(material).digest()
    groups = [int.from_bytes(digest[i:i + 4], "big") % 100_000 for i in range(0, 32, 4)]
    return " ".join(f"{g:05d}" for g in groups)


def normalise_fingerprint(text: str) -> str:
    digits = "".join(ch for ch in text if ch.isdigit())
    return " ".join(digits[i:i + 5] for i in range(0, len(digits), 5))


def b64(raw: bytes) -> str:
    return base64.b64encode(raw).decode("ascii")


# -- the publisher's side ---------------------------------------------------------

def _require_publisher(vault: Vault) -> None:
    if not vault.is_publisher:
        raise TrustError(N_("This is a laptop vault; only the coordinator's publisher vault has a "
                            "signing key."))


def signing_key(vault: Vault) -> Ed25519PrivateKey:
    _require_publisher(vault)
    raw = vault.secret("signing_key")
    if raw is None or len(raw) != 32:
        raise TrustError(N_("The publisher vault has no signing key."))
    return Ed25519PrivateKey.from_private_bytes(raw)


@dataclass(frozen=True)
class PublisherState:
    last_sequence: int
    key_set_version: int
    threshold: int
    key_statements: list[Any]


def publisher_state(conn: Connection) -> PublisherState:
    row = conn.execute("SELECT last_sequence, key_set_version, threshold, key_statements "
                       "FROM publisher_state WHERE id = 1").fetchone()
    if row is None:
        return PublisherState(0, 1, 1, [])
    return PublisherState(int(row[0]), int(row[1]), int(row[2]), json.loads(row[3]))


def save_publisher_state(conn: Connection, state: PublisherState, exported_at: str = "") -> None:
    conn.execute(
        "INSERT INTO publisher_state(id, last_sequence, key_set_version, threshold, key_statements, "
        "last_exported_at) VALUES (1, ?, ?, ?, ?, ?) ON CONFLICT(id) DO UPDATE SET "
        "last_sequence = excluded.last_sequence, key_set_version = excluded.key_set_version, "
        "threshold = excluded.threshold, key_statements = excluded.key_statements, "
        "last_exported_at = CASE WHEN excluded.last_exported_at = '' THEN last_exported_at "
        "ELSE excluded.last_exported_at END",
        (state.last_sequence, state.key_set_version, state.threshold,
         json.dumps(state.key_statements), exported_at))


def export_key(vault: Vault, path: Path) -> dict[str, Any]:
    """Write the publisher's public key file for laptops; returns what was written."""
    public = dsse.public_bytes(signing_key(vault))
    meta = metadata.get(vault)
    state = publisher_state(vault.db)
    body = {"type": KEY_FILE_TYPE, "format": 1, "organisation": meta.get("organisation", ""),
            "organisation_id": meta.get("organisation_id", ""), "public_key": b64(public),
            "key_id": dsse.key_id(public), "fingerprint": fingerprint(public),
            "key_set_version": state.key_set_version, "threshold": state.threshold,
            "exported_at": now_iso()}
    atomic_write(Path(path), canonical(body) + b"\n", mode=0o644)
    return {**body, "path": str(path)}


def rotate_signing_key(vault: Vault) -> dict[str, Any]:
    """Replace the signing key; the new key set is signed by the old key and rides in every bundle."""
    old = signing_key(vault)
    new = Ed25519PrivateKey.generate()
    new_public = dsse.public_bytes(new)
    with vault.transaction() as conn:
        state = publisher_state(conn)
        body = {"type": KEY_SET_TYPE, "organisation_id": metadata.get(vault).get("organisation_id", ""),
                "version": state.key_set_version + 1, "threshold": 1, "keys": [b64(new_public)],
                "issued_at": now_iso()}
        statement = dsse.sign(limits.KEY_SET_PAYLOAD_TYPE, canonical(body), [old])
        statements = ([*state.key_statements, statement])[-limits.MAX_KEY_STATEMENTS:]
        save_publisher_state(conn, PublisherState(state.last_sequence, body["version"], 1, statements))
        raw = new.private_bytes(serialization.Encoding.Raw, serialization.PrivateFormat.Raw,
                                serialization.NoEncryption())
        conn.execute("UPDATE secrets SET value = ? WHERE name = 'signing_key'", (raw,))
    log.info("publisher signing key rotated to key-set version %s", body["version"])
    return {"fingerprint": fingerprint(new_public), "key_set_version": body["version"]}


# -- the laptop's side ------------------------------------------------------------

@dataclass(frozen=True)
class Policy:
    organisation_id: str
    organisation: str
    threshold: int
    key_set_version: int


@dataclass(frozen=True)
class TrustedKey:
    key_id: str
    fingerprint: str
    added_at: str
    source: str
    revoked_at: str | None

    def to_json(self) -> dict[str, Any]:
        return {"key_id": self.key_id, "fingerprint": self.fingerprint, "added_at": self.added_at,
                "source": self.source, "revoked_at": self.revoked_at}


def policy(conn: Connection) -> Policy | None:
    row = conn.execute("SELECT organisation_id, organisation, threshold, key_set_version "
                       "FROM trust_policy WHERE id = 1").fetchone()
    return Policy(row[0], row[1], int(row[2]), int(row[3])) if row else None


def active_keys(conn: Connection) -> dict[str, bytes]:
    return {r[0]: bytes(r[1]) for r in conn.execute(
        "SELECT key_id, public_key FROM trusted_keys WHERE revoked_at IS NULL")}


def trust_for(vault: Vault) -> tuple[Policy, dict[str, bytes]]:
    """The policy and keys bundles are checked against (a publisher trusts its own key)."""
    if vault.is_publisher:
        public = dsse.public_bytes(signing_key(vault))
        meta = metadata.get(vault)
        state = publisher_state(vault.db)
        return (Policy(meta.get("organisation_id", ""), meta.get("organisation", ""), 1,
                       state.key_set_version), {dsse.key_id(public): public})
    found = policy(vault.db)
    keys = active_keys(vault.db)
    if found is None or not keys:
        raise TrustError(N_("This laptop trusts no publisher yet. Ask the coordinator for the key "
                            "file and run 'binder trust add FILE --fingerprint …'."))
    return found, keys


def list_trusted(vault: Vault) -> list[TrustedKey]:
    rows = vault.db.execute("SELECT key_id, public_key, added_at, source, revoked_at FROM trusted_keys "
                            "ORDER BY added_at, key_id").fetchall()
    return [TrustedKey(r[0], fingerprint(bytes(r[1])), r[2], r[3], r[4]) for r in rows]


def read_key_file(path: Path) -> dict[str, Any]:
    try:
        raw = Path(path).read_bytes()[:MAX_KEY_FILE_BYTES + 1]
    except OSError as exc:
        raise TrustError(N_("Cannot read the key file {path}: {reason}."), path=str(path),
                         reason=exc.strerror or str(exc)) from exc
    if len(raw) > MAX_KEY_FILE_BYTES:
        raise TrustError(N_("{path} is too large to be a publisher key file."), path=str(path))
    data = loads(raw.strip(), "key file")
    if not isinstance(data, dict) or data.get("type") != KEY_FILE_TYPE:
        raise TrustError(N_("{path} is not a Krispärm publisher key file."), path=str(path))
    return data


def _public_key_of(data: dict[str, Any]) -> bytes:
    try:
        public = base64.b64decode(str(data.get("public_key", "")).encode("ascii"), validate=True)
    except ValueError:
        public = b""
    if len(public) != 32 or not acceptable_public_key(public):
        raise TrustError(N_("The key in the file is not a usable Ed25519 public key (wrong length, "
                            "low order or not on the curve). Nothing was changed."))
    return public


def add_trust(vault: Vault, path: Path, expected_fingerprint: str, *, replace: bool = False) -> dict[str, Any]:
    """Trust the publisher key in `path` if its fingerprint matches what was read aloud."""
    if vault.is_publisher:
        raise TrustError(N_("This is the publisher vault; trust is set on the laptops."))
    data = read_key_file(path)
    public = _public_key_of(data)
    actual = fingerprint(public)
    if normalise_fingerprint(expected_fingerprint) != actual:
        raise TrustError(N_("The fingerprint does not match the key file. Do NOT trust this file: "
                            "it may have been swapped. Expected {expected}, the file has {actual}."),
                         expected=normalise_fingerprint(expected_fingerprint) or "-", actual=actual)
    org_id = str(data.get("organisation_id", ""))
    if not org_id or len(org_id) > 80:
        raise TrustError(N_("The key file names no organisation id."))
    threshold = data.get("threshold", 1)
    version = data.get("key_set_version", 1)
    if not isinstance(threshold, int) or not isinstance(version, int) or threshold < 1 or version < 1:
        raise TrustError(N_("The key file is malformed (threshold or key-set version)."))
    kid = dsse.key_id(public)
    with vault.transaction() as conn:
        current = policy(conn)
        if replace:
            conn.execute("UPDATE trusted_keys SET revoked_at = ? WHERE revoked_at IS NULL", (now_iso(),))
            conn.execute("DELETE FROM trust_policy")
            conn.execute("DELETE FROM bundle_state")   # sequence floor reset (key compromise)
            current = None
        if current is not None and current.organisation_id != org_id:
            raise TrustError(N_("This key belongs to organisation '{found}', but this laptop takes "
                                "bundles for '{expected}'. Nothing was changed."),
                             found=org_id, expected=current.organisation_id)
        if current is None:
            conn.execute("INSERT INTO trust_policy(id, organisation_id, organisation, threshold, "
                         "key_set_version, updated_at) VALUES (1, ?, ?, ?, ?, ?)",
                         (org_id, str(data.get("organisation", ""))[:200], threshold, version, now_iso()))
        conn.execute("INSERT INTO trusted_keys(key_id, public_key, added_at, source) VALUES (?, ?, ?, ?) "
                     "ON CONFLICT(key_id) DO UPDATE SET revoked_at = NULL",
                     (kid, public, now_iso(), f"key file {Path(path).name}"[:200]))
    return {"key_id": kid, "fingerprint": actual, "organisation_id": org_id,
            "organisation": data.get("organisation", "")}


def remove_trust(vault: Vault, expected_fingerprint: str) -> None:
    wanted = normalise_fingerprint(expected_fingerprint)
    for key in list_trusted(vault):
        if key.fingerprint == wanted and key.revoked_at is None:
            with vault.transaction() as conn:
                conn.execute("UPDATE trusted_keys SET revoked_at = ? WHERE key_id = ?", (now_iso(), key.key_id))
            return
    raise TrustError(N_("No trusted key has the fingerprint {fingerprint}."), fingerprint=wanted or "-")


def set_threshold(vault: Vault, threshold: int) -> None:
    with vault.transaction() as conn:
        keys = active_keys(conn)
        if policy(conn) is None or not 1 <= threshold <= len(keys):
            raise TrustError(N_("The threshold must be between 1 and the number of trusted keys ({count})."),
                             count=len(keys))
        conn.execute("UPDATE trust_policy SET threshold = ?, updated_at = ? WHERE id = 1", (threshold, now_iso()))


# -- key-set statements (rotation) -----------------------------------------------

@dataclass(frozen=True)
class KeySet:
    version: int
    threshold: int
    keys: dict[str, bytes]
    rotated: bool


def advance(current: Policy, keys: dict[str, bytes], statements: Any) -> KeySet:
    """Follow the rotation chain from the trusted key set; every step signed by the previous set."""
    if not isinstance(statements, list) or len(statements) > limits.MAX_KEY_STATEMENTS:
        raise SignatureError(N_("The key rotation chain in the bundle is malformed."))
    version, threshold, rotated = current.key_set_version, current.threshold, False
    for envelope in statements:
        body_raw, sigs = dsse.open_envelope(envelope, limits.KEY_SET_PAYLOAD_TYPE)
        body = loads_canonical(body_raw, "key-set statement")
        if (not isinstance(body, dict) or body.get("type") != KEY_SET_TYPE
                or not is_int(body.get("version"))):
            raise SignatureError(N_("The key rotation chain in the bundle is malformed."))
        if body["version"] <= version:
            continue
        if body["version"] != version + 1:
            raise SignatureError(N_("The key rotation chain skips from version {have} to {found}; "
                                    "this laptop cannot follow it."), have=version, found=body["version"])
        dsse.require_threshold(limits.KEY_SET_PAYLOAD_TYPE, body_raw, sigs, keys, threshold)
        if body.get("organisation_id") != current.organisation_id:
            raise SignatureError(N_("The key rotation statement is for another organisation."))
        new_keys: dict[str, bytes] = {}
        raw_keys = body.get("keys")
        if not isinstance(raw_keys, list) or not 0 < len(raw_keys) <= limits.MAX_KEYS_PER_SET:
            raise SignatureError(N_("The key rotation chain in the bundle is malformed."))
        for item in raw_keys:
            public = _public_key_of({"public_key": item})
            new_keys[dsse.key_id(public)] = public
        new_threshold = body.get("threshold")
        if not is_int(new_threshold) or not 1 <= new_threshold <= len(new_keys):
            raise SignatureError(N_("The key rotation chain in the bundle is malformed."))
        keys, threshold, version, rotated = new_keys, new_threshold, body["version"], True
    return KeySet(version, threshold, keys, rotated)


def store_key_set(conn: Connection, key_set: KeySet) -> None:
    """Replace the trusted keys by a verified rotated set (inside the import transaction)."""
    stamp = now_iso()
    conn.execute("UPDATE trusted_keys SET revoked_at = ? WHERE revoked_at IS NULL", (stamp,))
    for kid, public in key_set.keys.items():
        conn.execute("INSERT INTO trusted_keys(key_id, public_key, added_at, source) VALUES (?, ?, ?, ?) "
                     "ON CONFLICT(key_id) DO UPDATE SET revoked_at = NULL",
                     (kid, public, stamp, f"rotation statement v{key_set.version}"))
    conn.execute("UPDATE trust_policy SET threshold = ?, key_set_version = ?, updated_at = ? WHERE id = 1",
                 (key_set.threshold, key_set.version, stamp))
