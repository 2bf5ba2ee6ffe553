"""A laptop's reporting identity: its age recipient and its Ed25519 signing key.

The signing key is made the first time it is needed and kept in the vault's encrypted
`secrets` table, beside the age identity. The public half of both is what the coordinator
enrols (`binder identity --export FILE`, then `binder recipients add NAME FILE --fingerprint F`);
the fingerprint read aloud covers both keys.
"""
from __future__ import annotations

import base64
import binascii
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from binder.bundle import dsse, recipients
from binder.bundle.errors import TrustError
from binder.bundle.keycheck import acceptable_public_key
from binder.bundle.recipients import identity_fingerprint
from binder.bundle.strict_json import canonical, loads
from binder.bundle.trust import normalise_fingerprint
from binder.fsutil import atomic_write
from binder.i18n import N_
from binder.store import metadata
from binder.vault.vault import Vault

IDENTITY_TYPE = "krisparm-laptop-identity"
SECRET_NAME = "report_signing_key"
MAX_IDENTITY_FILE_BYTES = 4096


@dataclass(frozen=True)
class LaptopIdentity:
    """The public half of a laptop's keys, as enrolled at the coordinator."""
    recipient: str           # age1…
    signing_key: bytes       # raw Ed25519 public key (32 bytes)
    organisation_id: str = ""

    @property
    def key_id(self) -> str:
        return dsse.key_id(self.signing_key)

    @property
    def fingerprint(self) -> str:
        return identity_fingerprint(self.recipient, self.signing_key)

    def to_json(self) -> dict[str, Any]:
        return {"type": IDENTITY_TYPE, "recipient": self.recipient,
                "signing_key": base64.b64encode(self.signing_key).decode("ascii"),
                "organisation_id": self.organisation_id}


def signing_key(vault: Vault) -> Ed25519PrivateKey:
    """This laptop's report signing key, made (in one transaction) the first time it is asked for."""
    raw = vault.secret(SECRET_NAME)
    if raw is None:
        key = Ed25519PrivateKey.generate()
        raw = key.private_bytes(serialization.Encoding.Raw, serialization.PrivateFormat.Raw,
                                serialization.NoEncryption())
        with vault.transaction() as conn:
            conn.execute("INSERT OR IGNORE INTO secrets(name, value) VALUES (?, ?)", (SECRET_NAME, raw))
        raw = vault.secret(SECRET_NAME) or raw
    if len(raw) != 32:
        raise TrustError(N_("The laptop's report signing key is damaged."))
    return Ed25519PrivateKey.from_private_bytes(raw)


def own_key_id(vault: Vault) -> str:
    """The key id that names this laptop in field reports and in the coordinator's answers."""
    return dsse.key_id(dsse.public_bytes(signing_key(vault)))


def own_identity(vault: Vault) -> LaptopIdentity:
    recipient = recipients.own_recipient(vault)["recipient"]
    return LaptopIdentity(recipient, dsse.public_bytes(signing_key(vault)),
                          str(metadata.get(vault).get("organisation_id", "")))


def export_identity(vault: Vault, path: Path) -> LaptopIdentity:
    """Write the laptop's public identity (no secret in it) for the coordinator."""
    ident = own_identity(vault)
    atomic_write(Path(path), canonical(ident.to_json()) + b"\n", mode=0o644)
    return ident


def read_identity_file(path: Path) -> LaptopIdentity:
    try:
        raw = Path(path).read_bytes()[:MAX_IDENTITY_FILE_BYTES + 1]
    except OSError as exc:
        raise TrustError(N_("Cannot read the laptop identity file {path}: {reason}."), path=str(path),
                         reason=exc.strerror or str(exc)) from exc
    if len(raw) > MAX_IDENTITY_FILE_BYTES:
        raise TrustError(N_("{path} is not a Krispärm laptop identity file."), path=str(path))
    data = loads(raw.strip(), "laptop identity file", error=TrustError)
    if (not isinstance(data, dict) or data.get("type") != IDENTITY_TYPE
            or set(data) != {"type", "recipient", "signing_key", "organisation_id"}
            or not isinstance(data["signing_key"], str) or not isinstance(data["organisation_id"], str)):
        raise TrustError(N_("{path} is not a Krispärm laptop identity file."), path=str(path))
    try:
        public = base64.b64decode(data["signing_key"].encode("ascii"), validate=True)
    except (binascii.Error, UnicodeEncodeError):
        raise TrustError(N_("{path} is not a Krispärm laptop identity file."), path=str(path)) from None
    if not acceptable_public_key(public):
        raise TrustError(N_("The signing key in {path} is not an acceptable Ed25519 public key."),
                         path=str(path))
    recipient = recipients.parse_recipient(str(data["recipient"]))
    return LaptopIdentity(recipient, public, data["organisation_id"][:80])


def check_fingerprint(ident: LaptopIdentity, spoken: str) -> None:
    """Refuse unless the fingerprint read aloud matches both keys in the file."""
    if normalise_fingerprint(spoken) != ident.fingerprint:
        raise TrustError(N_("The fingerprint does not match this identity file ({actual}). Do not enrol "
                            "it: ask the laptop's user to read theirs again. Nothing was changed."),
                         actual=ident.fingerprint)
