"""DSSE envelopes (secure-systems-lab/dsse protocol.md) signed with Ed25519.

    PAE(type, body) = "DSSEv1" SP LEN(type) SP type SP LEN(body) SP body
    envelope = {"payload": base64(body), "payloadType": type,
                "signatures": [{"keyid": hint, "sig": base64(Ed25519(PAE))}]}

`keyid` is only a hint: verification tries every trusted key against every
signature and counts *distinct keys* that verified, so a duplicated
signature never counts twice toward a threshold.
"""
from __future__ import annotations

import base64
import binascii
import hashlib
import re
from collections.abc import Iterable, Mapping
from typing import Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from binder.bundle import limits
from binder.bundle.errors import FrameError, SignatureError
from binder.bundle.strict_json import canonical
from binder.i18n import N_

_KEY_ID = re.compile(r"[0-9a-f]{64}")


def pae(payload_type: str, body: bytes) -> bytes:
    kind = payload_type.encode("utf-8")
    return b"DSSEv1 %d %s %d %s" % (len(kind), kind, len(body), body)


def public_bytes(private: Ed25519PrivateKey) -> bytes:
    return private.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)


def key_id(public_key: bytes) -> str:
    """The key id: SHA-256 of the raw 32-byte Ed25519 public key, in hex."""
    return hashlib.sha256(public_key).hexdigest()


def sign(payload_type: str, body: bytes, keys: Iterable[Ed25519PrivateKey]) -> dict[str, Any]:
    message = pae(payload_type, body)
    signatures = [{"keyid": key_id(public_bytes(k)), "sig": base64.b64encode(k.sign(message)).decode()}
                  for k in keys]
    return {"payload": base64.b64encode(body).decode(), "payloadType": payload_type,
            "signatures": signatures}


def encode(envelope: dict[str, Any]) -> bytes:
    return canonical(envelope)


def _b64(value: Any, what: str) -> bytes:
    if not isinstance(value, str):
        raise FrameError(N_("The bundle header is malformed: {what} is not base64 text."), what=what)
    try:
        return base64.b64decode(value.encode("ascii"), validate=True)
    except (binascii.Error, UnicodeEncodeError):
        raise FrameError(N_("The bundle header is malformed: {what} is not base64 text."),
                         what=what) from None


Signature = tuple[str | None, bytes]     # (keyid as written, raw signature)


def open_envelope(envelope: Any, payload_type: str) -> tuple[bytes, list[Signature]]:
    """Check the envelope's shape and type; return (body, signatures). Nothing is trusted yet."""
    if not isinstance(envelope, dict) or set(envelope) != {"payload", "payloadType", "signatures"}:
        raise FrameError(N_("The bundle header is not a signed envelope (DSSE)."))
    if envelope["payloadType"] != payload_type:
        raise SignatureError(N_("The signed header has the wrong type ({found}); it was not made "
                                "for a Krispärm bundle."), found=str(envelope["payloadType"])[:80])
    body = _b64(envelope["payload"], "payload")
    sigs = envelope["signatures"]
    if not isinstance(sigs, list) or not sigs:
        raise SignatureError(N_("The bundle is not signed. Nothing was changed."))
    if len(sigs) > limits.MAX_SIGNATURES:
        raise FrameError(N_("The bundle header has more than {limit} signatures."),
                         limit=limits.MAX_SIGNATURES)
    raw = []
    for item in sigs:
        if not isinstance(item, dict) or not set(item) <= {"keyid", "sig"} or "sig" not in item:
            raise FrameError(N_("The bundle header is malformed: a signature entry has the wrong "
                                "shape."))
        keyid = item.get("keyid")
        if keyid is not None and (not isinstance(keyid, str) or not _KEY_ID.fullmatch(keyid)):
            raise FrameError(N_("The bundle header is malformed: a signature entry has the wrong "
                                "shape."))
        raw.append((keyid, _b64(item["sig"], "sig")))
    return body, raw


def verified_keys(payload_type: str, body: bytes, signatures: list[Signature],
                  trusted: Mapping[str, bytes]) -> set[str]:
    """Ids of the distinct trusted keys with a valid signature over PAE(type, body).

    A `keyid`, when written, must name the key that made the signature: the hint is not
    signed, so a signature whose hint was altered does not count (every byte is checked)."""
    message = pae(payload_type, body)
    found: set[str] = set()
    for hint, sig in signatures:
        if len(sig) != 64:
            continue
        for kid, public in trusted.items():
            if kid in found or (hint is not None and hint != kid):
                continue
            try:
                Ed25519PublicKey.from_public_bytes(public).verify(sig, message)
            except InvalidSignature:
                continue
            found.add(kid)
            break
    return found


def require_threshold(payload_type: str, body: bytes, signatures: list[Signature],
                      trusted: Mapping[str, bytes], threshold: int) -> set[str]:
    good = verified_keys(payload_type, body, signatures, trusted)
    if len(good) < max(1, threshold):
        if not good:
            raise SignatureError(N_("The bundle is not signed by a publisher key this laptop trusts "
                                    "(unknown, removed or altered). Nothing was changed."))
        raise SignatureError(N_("The bundle has valid signatures from {found} trusted keys, but "
                                "{needed} are required. Nothing was changed."),
                             found=len(good), needed=threshold)
    return good
