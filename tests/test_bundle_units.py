"""The small parts of the bundle format: strict JSON, key checks, fingerprints, age header pre-parse,
and the Swedish catalogue of every bundle message."""
from __future__ import annotations

import ast
import base64
import hashlib
import os
import re
from pathlib import Path

import pyrage
import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from binder.bundle import age_header, dsse, limits, strict_json, trust
from binder.bundle.errors import DecryptionError, StaleBundle
from binder.bundle.keycheck import acceptable_public_key
from binder.errors import BundleError
from binder.i18n import catalogue

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.parametrize("raw,fragment", [
    (b'{"a":1,"a":2}', 'the key "a" appears twice'),
    (b'{"a":NaN}', "NaN is not allowed"),
    (b'{"a":-Infinity}', "-Infinity is not allowed"),
    (b'{"a":1.5}', "fractional numbers are not allowed"),
    (b'{"a":1e999}', "fractional numbers are not allowed"),
    (b'{"a":1234567890123456789}', "a number is too long"),
    (b'{"a":"\xc3"}', "not valid UTF-8"),
    (b'{"a":"\x00"}', "NUL byte"),
    (b'{"a":"\\udc00"}', "surrogate"),
    (b"[" * 17 + b"]" * 17, "nested deeper than 16 levels"),
    (b"[" * 100000, "nested deeper than 16 levels"),
    (b'{"a":', "not valid JSON"),
])
def test_strict_json_refusals(raw: bytes, fragment: str) -> None:
    with pytest.raises(BundleError) as caught:
        strict_json.loads(raw, "test")
    assert fragment in caught.value.message("en") and caught.value.message("en").startswith("test: ")


def test_strict_json_accepts_and_canonical_round_trips() -> None:
    value = {"ö": ["[not a bracket]", {"b": 1, "a": True}], "n": -123456789012345678}
    raw = strict_json.canonical(value)
    assert raw == '{"n":-123456789012345678,"ö":["[not a bracket]",{"a":true,"b":1}]}'.encode()
    assert strict_json.loads(raw, "x") == value
    assert strict_json.depth(b'{"a":"[[[[["}') == 1


def test_fingerprint_is_eight_groups_of_five_digits_and_normalises() -> None:
    public = dsse.public_bytes(Ed25519PrivateKey.generate())
    fpr = trust.fingerprint(public)
    assert re.fullmatch(r"(\d{5} ){7}\d{5}", fpr)
    digest = hashlib.sha256(public).digest()
    assert int(fpr.split()[0]) == int.from_bytes(digest[:4], "big") % 100_000
    assert trust.normalise_fingerprint(fpr.replace(" ", "-")) == fpr


def test_small_order_and_non_canonical_keys_refused() -> None:
    assert acceptable_public_key(dsse.public_bytes(Ed25519PrivateKey.generate()))
    small_order = ["00" * 32, "01" + "00" * 31, "ec" + "ff" * 30 + "7f",
                   "26e8958fc2b227b045c3f489f2ef98f0d5dfac05d3c63339b13802886d53fc05",
                   "c7176a703d4dd84fba3c0b760d10670f2a2053fa2c39ccc64ec7fd7792ac037a"]
    for hexkey in small_order:
        assert not acceptable_public_key(bytes.fromhex(hexkey)), hexkey
    assert not acceptable_public_key(b"\xff" * 32)     # y ≥ p: non-canonical
    assert not acceptable_public_key(b"\x01" * 31)


def test_dsse_pae_matches_the_specification() -> None:
    assert dsse.pae("http://example.com/HelloWorld", b"hello world") == \
        b"DSSEv1 29 http://example.com/HelloWorld 11 hello world"


def test_age_header_pre_parse() -> None:
    recipient = pyrage.x25519.Identity.generate().to_public()
    parsed = age_header.parse(pyrage.encrypt(b"x", [recipient]))
    assert parsed.stanza_types[0] == "X25519" and parsed.scrypt_log_n is None
    salt = base64.b64encode(os.urandom(16)).rstrip(b"=")

    def scrypt(log_n: bytes, extra: bytes = b"") -> bytes:
        return (b"age-encryption.org/v1\n-> scrypt " + salt + b" " + log_n + b"\nAAAA\n" + extra
                + b"--- MAC\n" + b"\x00" * 32)

    assert age_header.parse(scrypt(b"20")).scrypt_log_n == 20
    with pytest.raises(DecryptionError, match=r"2\^23"):
        age_header.parse(scrypt(b"23"))
    with pytest.raises(DecryptionError, match="bad scrypt stanza"):
        age_header.parse(scrypt(b"020"))
    with pytest.raises(DecryptionError, match="mixed with other recipients"):
        age_header.parse(scrypt(b"10", b"-> X25519 abc\nAAAA\n"))
    with pytest.raises(DecryptionError, match="no header end within 16 KiB"):
        age_header.parse(b"age-encryption.org/v1\n" + b"-> X25519 a\n" * 2000)
    with pytest.raises(DecryptionError, match="not an age v1 file"):
        age_header.parse(b"age-encryption.org/v2\n--- x\n")


def _messages(path: Path) -> list[str]:
    calls = {"N_", "tr", "say", "warn"}
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Call) and node.args and isinstance(node.args[0], ast.Constant):
            name = getattr(node.func, "id", getattr(node.func, "attr", ""))
            if (name in calls or name.endswith("Error") or name in ("ExpiredBundle", "IncompleteCopy",
                                                                     "StaleBundle", "Equivocation",
                                                                     "NeedsPassphrase", "NothingToUndo",
                                                                     "NotFound")) \
                    and isinstance(node.args[0].value, str) and node.args[0].value != "{problem}":
                found.append(node.args[0].value)
    return found


def test_every_bundle_message_has_a_swedish_translation() -> None:
    files = [*sorted((ROOT / "binder" / "bundle").glob("*.py")), ROOT / "binder" / "store" / "amendments.py",
             ROOT / "binder" / "cli" / "bundle_commands.py", ROOT / "binder" / "cli" / "amendment_commands.py"]
    sv = catalogue("sv")
    missing = sorted({m for f in files for m in _messages(f) if m not in sv})
    assert missing == []


def test_message_shown_in_swedish() -> None:
    err = StaleBundle("This bundle is older (number {found}) than the one already imported (number {current}). "
                      "An old bundle cannot replace newer data. Nothing was changed.", found=1, current=2)
    assert err.message("sv").startswith("Paketet är äldre (nummer 1) än det som redan är inläst (nummer 2)")
    assert limits.MAX_SCRYPT_LOG_N == 20
