"""The strict shape of `keyslots.json`, checked before any key derivation.

An edited or damaged key file must never cost the user minutes of Argon2 with
absurd parameters, run out of memory, or be reported as a wrong passphrase.
`parse` accepts exactly the documents Krispärm writes and raises
`KeyFileDamaged` (one line, exit 1) for anything else.

Version 2 files carry a SHA-256 checksum over their canonical content, so an
edited parameter or a removed slot is told apart from a wrong passphrase. The
checksum is not a secret: the slots' AES-GCM associated data still binds the
parameters; the checksum only names the damage. Version 1 files (no checksum)
still open.
"""
from __future__ import annotations

import base64
import binascii
import hashlib
import json
import re
from typing import Any

from binder.errors import VaultCorrupt, VersionError
from binder.i18n import N_, tr
from binder.model.strict_json import is_int

FORMAT = "krisparm-keyslots"
VERSION = 2
MAX_FILE_BYTES = 64 * 1024
MAX_SLOTS = 8
MIN_MEMORY_KIB = 64 * 1024
MAX_MEMORY_KIB = 1024 * 1024
MAX_ITERATIONS = 16
MAX_LANES = 16
SALT_BYTES = 16
NONCE_BYTES = 12
WRAPPED_BYTES = 32 + 16          # the data key and the GCM tag
VAULT_ID = re.compile(r"[A-Za-z0-9][A-Za-z0-9-]{0,63}")
SLOT_FIELDS = {
    "passphrase": {"type", "kdf", "salt", "iterations", "memory_kib", "lanes", "nonce", "wrapped"},
    "recovery": {"type", "kdf", "salt", "nonce", "wrapped"},
}
OPTIONAL_SLOT_FIELDS = {"passphrase": {"normalisation"}, "recovery": set()}
SLOT_KDF = {"passphrase": "argon2id", "recovery": "hkdf-sha256"}
TOP_FIELDS = {"format", "version", "vault_id", "slots"}
_RANGE = {"memory": N_("Argon2 memory out of range"), "iterations": N_("Argon2 iterations out of range"),
          "lanes": N_("Argon2 lanes out of range")}
_INVALID = {"salt": N_("invalid salt"), "nonce": N_("invalid nonce"), "wrapped": N_("invalid wrapped key")}


def checksum(vault_id: str, slots: list[dict[str, Any]]) -> str:
    body = json.dumps({"vault_id": vault_id, "slots": slots}, sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(body.encode()).hexdigest()


class KeyFileDamaged(VaultCorrupt):
    """keyslots.json is missing, malformed, out of bounds or edited: not a wrong passphrase."""

    def __init__(self, reason: str) -> None:
        super().__init__(N_("The key file keyslots.json has been altered or damaged ({reason}). Nothing was "
                            "changed. A verified copy is kept with every backup: bring it back with "
                            "'binder restore-keys' (your passphrase or --recovery)."), reason=reason)
        self.reason = reason

    def message(self, lang: str | None = None) -> str:
        return tr(self.text, lang=lang, reason=tr(self.reason, lang=lang))


def _damaged(reason: str) -> KeyFileDamaged:
    return KeyFileDamaged(reason)


def _reject_constant(name: str) -> Any:
    raise ValueError(f"{name} is not allowed")


def parse(raw: bytes) -> tuple[str, list[dict[str, Any]]]:
    """(vault_id, slots) of a well-formed key file, or `KeyFileDamaged`."""
    if len(raw) > MAX_FILE_BYTES:
        raise _damaged(N_("the file is too large"))
    if not raw.strip():
        raise _damaged(N_("the file is empty"))
    try:
        doc = json.loads(raw.decode("utf-8"), parse_constant=_reject_constant)
    except (ValueError, UnicodeDecodeError, RecursionError) as exc:
        raise _damaged(N_("not valid JSON")) from exc
    if not isinstance(doc, dict):
        raise _damaged(N_("not a key file"))
    if not isinstance(doc.get("format"), str) or doc["format"] != FORMAT:
        raise _damaged(N_("not a Krispärm key file"))
    version = doc.get("version")
    if not is_int(version) or version < 1:
        raise _damaged(N_("no valid version"))
    if version > VERSION:
        raise VersionError("This vault's key file was made by a newer Krispärm (format {found}, this "
                           "version reads up to {supported}). Update Krispärm to open it.",
                           found=version, supported=VERSION)
    expected = TOP_FIELDS | ({"checksum"} if version >= 2 else set())
    if set(doc) != expected:
        raise _damaged(N_("unexpected or missing fields"))
    vault_id = doc["vault_id"]
    if not isinstance(vault_id, str) or not VAULT_ID.fullmatch(vault_id):
        raise _damaged(N_("no valid vault id"))
    slots = doc["slots"]
    if not isinstance(slots, list) or not 1 <= len(slots) <= MAX_SLOTS:
        raise _damaged(N_("no valid list of slots"))
    for slot in slots:
        check_slot(slot)
    if version >= 2 and not (isinstance(doc["checksum"], str) and doc["checksum"] == checksum(vault_id, slots)):
        raise _damaged(N_("its checksum does not match its content"))
    if not any(slot["type"] == "passphrase" for slot in slots):
        raise _damaged(N_("the passphrase slot is missing"))
    return vault_id, slots


def check_slot(slot: object) -> None:
    if not isinstance(slot, dict):
        raise _damaged(N_("a slot is not an object"))
    kind = slot.get("type")
    if not isinstance(kind, str) or kind not in SLOT_FIELDS:
        raise _damaged(N_("unknown slot type"))
    fields = set(slot)
    if not SLOT_FIELDS[kind] <= fields <= SLOT_FIELDS[kind] | OPTIONAL_SLOT_FIELDS[kind]:
        raise _damaged(N_("a slot has unexpected or missing fields"))
    if not isinstance(slot["kdf"], str) or slot["kdf"] != SLOT_KDF[kind]:
        raise _damaged(N_("unknown key derivation"))
    _check_bytes(slot["salt"], SALT_BYTES, "salt")
    _check_bytes(slot["nonce"], NONCE_BYTES, "nonce")
    _check_bytes(slot["wrapped"], WRAPPED_BYTES, "wrapped")
    if kind == "passphrase":
        _check_range(slot["memory_kib"], MIN_MEMORY_KIB, MAX_MEMORY_KIB, "memory")
        _check_range(slot["iterations"], 1, MAX_ITERATIONS, "iterations")
        _check_range(slot["lanes"], 1, MAX_LANES, "lanes")
        if "normalisation" in slot and not (isinstance(slot["normalisation"], str)
                                            and slot["normalisation"] == "NFC"):
            raise _damaged(N_("unknown passphrase normalisation"))


def _check_range(value: object, low: int, high: int, name: str) -> None:
    if not is_int(value) or not low <= value <= high:
        raise _damaged(_RANGE[name])


def _check_bytes(value: object, size: int, name: str) -> None:
    if not isinstance(value, str) or len(value) > 4 * size:
        raise _damaged(_INVALID[name])
    try:
        decoded = base64.b64decode(value.encode("ascii"), validate=True)
    except (binascii.Error, UnicodeEncodeError) as exc:
        raise _damaged(_INVALID[name]) from exc
    if len(decoded) != size:
        raise _damaged(_INVALID[name])
