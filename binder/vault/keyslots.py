"""Key slots: the vault's data key, wrapped like a disk-encryption header.

A random 256-bit data key is the SQLCipher raw key. It is never stored in
the clear: each *slot* wraps it with AES-256-GCM under a key derived from a
secret the user holds. The vault id and the slot's own parameters are the
associated data, so a slot cannot be moved to another vault or have its
parameters edited without detection.

- passphrase slot: Argon2id (RFC 9106), calibrated at creation to about
  0.5 s on this machine, never below 64 MiB of memory; the passphrase is
  normalised to Unicode NFC first (slots made before that try the typed form);
- recovery slot: a random 160-bit recovery key shown once, written as eight
  groups of four characters from an unambiguous alphabet; HKDF-SHA256.

The file's shape is checked by `keyfile_schema` before any key derivation.
Changing the passphrase rewraps the data key; the database is not rewritten.
"""
from __future__ import annotations

import base64
import contextlib
import json
import os
import secrets
import time
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.argon2 import Argon2id
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from binder.errors import WrongPassphrase
from binder.fsutil import atomic_write
from binder.vault import keyfile_schema
from binder.vault.keyfile_schema import FORMAT, MAX_MEMORY_KIB, MIN_MEMORY_KIB, VERSION, KeyFileDamaged

DEFAULT_TARGET_SECONDS = 0.5
LANES = 4
RECOVERY_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"  # Crockford base32: no I, L, O, U


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"), validate=True)


def kdf_target_seconds() -> float:
    """Calibration target. `BINDER_KDF_TARGET_MS` may raise it; only a test run (pytest sets
    PYTEST_CURRENT_TEST) may lower it below the 0.5 s floor. The 64 MiB memory floor always stays."""
    value = os.environ.get("BINDER_KDF_TARGET_MS")
    target = DEFAULT_TARGET_SECONDS
    if value:
        with contextlib.suppress(ValueError):
            target = max(0.0, int(value) / 1000)
    if not os.environ.get("PYTEST_CURRENT_TEST"):
        target = max(target, DEFAULT_TARGET_SECONDS)
    return target


def passphrase_forms(passphrase: str, slot: dict[str, Any]) -> list[str]:
    """The forms of a passphrase to try on a slot: NFC for new slots; for slots made before
    normalisation, the typed form first, then its NFC and NFD forms (å typed two ways)."""
    if slot.get("normalisation") == "NFC":
        return [unicodedata.normalize("NFC", passphrase)]
    forms = [passphrase]
    for form in ("NFC", "NFD"):
        other = unicodedata.normalize(form, passphrase)
        if other not in forms:
            forms.append(other)
    return forms


def _argon2(passphrase: str, salt: bytes, iterations: int, memory_kib: int, lanes: int) -> bytes:
    return Argon2id(salt=salt, length=32, iterations=iterations, lanes=lanes,
                    memory_cost=memory_kib).derive(passphrase.encode("utf-8"))


def calibrate(target: float | None = None) -> dict[str, int]:
    """Pick Argon2id parameters that take about `target` seconds here (never below 64 MiB)."""
    target = kdf_target_seconds() if target is None else target
    memory, iterations = MIN_MEMORY_KIB, 1
    salt = os.urandom(16)
    for _ in range(4):   # measure, scale, measure again: multi-lane timing is not linear
        start = time.perf_counter()
        _argon2("calibration", salt, iterations, memory, LANES)
        took = max(time.perf_counter() - start, 1e-4)
        scale = target / took
        if 0.8 <= scale <= 1.25:
            break
        iterations = max(1, round(iterations * scale))
        # Prefer memory over iterations once the machine is fast: harder for GPUs.
        while iterations > 4 and memory < MAX_MEMORY_KIB:
            memory *= 2
            iterations = max(1, round(iterations / 2))
        if iterations == 1 and scale < 1:
            break
    return {"iterations": min(iterations, keyfile_schema.MAX_ITERATIONS), "memory_kib": memory, "lanes": LANES}


def new_recovery_key() -> str:
    raw = secrets.token_bytes(20)
    number = int.from_bytes(raw, "big")
    chars = []
    for _ in range(32):
        chars.append(RECOVERY_ALPHABET[number & 31])
        number >>= 5
    text = "".join(reversed(chars))
    return "-".join(text[i:i + 4] for i in range(0, 32, 4))


def normalise_recovery_key(text: str) -> str:
    cleaned = text.upper().replace("-", "").replace(" ", "").strip()
    cleaned = cleaned.translate(str.maketrans("OIL", "011"))
    return "-".join(cleaned[i:i + 4] for i in range(0, len(cleaned), 4))


def _recovery_kek(recovery_key: str, salt: bytes) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=salt,
                info=b"krisparm recovery slot v1").derive(normalise_recovery_key(recovery_key).encode())


def _aad(vault_id: str, slot: dict[str, Any]) -> bytes:
    params = {k: v for k, v in slot.items() if k not in ("nonce", "wrapped")}
    return json.dumps({"vault_id": vault_id, "slot": params}, sort_keys=True).encode()


def _wrap(kek: bytes, data_key: bytes, vault_id: str, slot: dict[str, Any]) -> dict[str, Any]:
    nonce = os.urandom(12)
    slot = dict(slot)
    slot["nonce"] = _b64(nonce)
    slot["wrapped"] = _b64(AESGCM(kek).encrypt(nonce, data_key, _aad(vault_id, slot)))
    return slot


def _unwrap(kek: bytes, vault_id: str, slot: dict[str, Any]) -> bytes:
    return AESGCM(kek).decrypt(_unb64(slot["nonce"]), _unb64(slot["wrapped"]), _aad(vault_id, slot))


@dataclass
class KeySlots:
    vault_id: str
    slots: list[dict[str, Any]]

    # -- creation -------------------------------------------------------
    @classmethod
    def create(cls, vault_id: str, data_key: bytes, passphrase: str,
               recovery_key: str, kdf: dict[str, int] | None = None) -> KeySlots:
        ks = cls(vault_id, [])
        ks.set_passphrase(data_key, passphrase, kdf)
        salt = os.urandom(16)
        slot = {"type": "recovery", "kdf": "hkdf-sha256", "salt": _b64(salt)}
        ks.slots.append(_wrap(_recovery_kek(recovery_key, salt), data_key, vault_id, slot))
        return ks

    def set_passphrase(self, data_key: bytes, passphrase: str, kdf: dict[str, int] | None = None) -> None:
        params = kdf or calibrate()
        if params["memory_kib"] < MIN_MEMORY_KIB:
            raise ValueError("Argon2id memory below the 64 MiB floor")
        keyfile_schema.check_slot({"type": "passphrase", "kdf": "argon2id", "salt": _b64(bytes(16)),
                                   "nonce": _b64(bytes(12)), "wrapped": _b64(bytes(48)), **params})
        salt = os.urandom(16)
        slot = {"type": "passphrase", "kdf": "argon2id", "salt": _b64(salt), "normalisation": "NFC", **params}
        kek = _argon2(unicodedata.normalize("NFC", passphrase), salt, params["iterations"],
                      params["memory_kib"], params["lanes"])
        wrapped = _wrap(kek, data_key, self.vault_id, slot)
        self.slots = [s for s in self.slots if s.get("type") != "passphrase"] + [wrapped]

    # -- unlocking -------------------------------------------------------
    def unlock_with_passphrase(self, passphrase: str) -> bytes:
        self.check()
        for slot in self.slots:
            if slot["type"] != "passphrase":
                continue
            for form in passphrase_forms(passphrase, slot):
                kek = _argon2(form, _unb64(slot["salt"]), slot["iterations"], slot["memory_kib"], slot["lanes"])
                try:
                    return _unwrap(kek, self.vault_id, slot)
                except InvalidTag:
                    continue
        raise WrongPassphrase("Wrong passphrase. Nothing was changed. Check Caps Lock and try again, "
                              "or use the recovery key.")

    def unlock_with_recovery_key(self, recovery_key: str) -> bytes:
        self.check()
        for slot in self.slots:
            if slot["type"] != "recovery":
                continue
            try:
                return _unwrap(_recovery_kek(recovery_key, _unb64(slot["salt"])), self.vault_id, slot)
            except InvalidTag:
                continue
        raise WrongPassphrase("Wrong recovery key. Nothing was changed. Check the characters against "
                              "the recovery sheet.")

    def check(self) -> None:
        """Refuse slots that are not of the strict shape (before any key derivation)."""
        keyfile_schema.parse(self.to_bytes())

    # -- file ------------------------------------------------------------
    def to_bytes(self) -> bytes:
        return json.dumps({"format": FORMAT, "version": VERSION, "vault_id": self.vault_id,
                           "slots": self.slots,
                           "checksum": keyfile_schema.checksum(self.vault_id, self.slots)},
                          indent=2, sort_keys=True).encode()

    def save(self, path: Path) -> None:
        atomic_write(path, self.to_bytes())

    @classmethod
    def from_bytes(cls, raw: bytes) -> KeySlots:
        vault_id, slots = keyfile_schema.parse(raw)
        return cls(vault_id, slots)

    @classmethod
    def load(cls, path: Path) -> KeySlots:
        """The key slots in `path`: FileNotFoundError when missing, `KeyFileDamaged` when malformed."""
        with open(path, "rb") as handle:
            raw = handle.read(keyfile_schema.MAX_FILE_BYTES + 1)
        return cls.from_bytes(raw)


__all__ = [
    "MAX_MEMORY_KIB",
    "MIN_MEMORY_KIB",
    "KeyFileDamaged",
    "KeySlots",
    "calibrate",
    "new_recovery_key",
    "normalise_recovery_key",
]
