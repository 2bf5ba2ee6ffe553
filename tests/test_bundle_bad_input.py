"""Every bad bundle in issue 3 is refused with a specific message; the laptop vault stays byte-identical.

Each case checks: the BundleError subclass and message, `bundle_state` unchanged,
and the SHA-256 of the closed vault's database files identical before and after.
"""
from __future__ import annotations

import base64
import hashlib
import json
import os
import struct
import time
from pathlib import Path
from typing import Any

import pyrage
import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from binder.bundle import dsse, limits, verify, verify_bundle
from binder.bundle.errors import (
    AudienceError,
    DecryptionError,
    Equivocation,
    FrameError,
    IncompleteCopy,
    NeedsPassphrase,
    PayloadError,
    SignatureError,
    StaleBundle,
)
from binder.bundle.strict_json import canonical
from binder.errors import BundleError
from tests.test_bundle_support import World, forge, last_sequence, replace_line, vault_files_digest

MAGIC_LEN = len(limits.MAGIC)


def refused(world: World, tmp_path: Path, data: bytes | Path, fragment: str,
            exc: type[BundleError] = BundleError, which: str = "lap1", **kw: Any) -> BundleError:
    """Verify `data` on a laptop; it must be refused, and nothing in the vault may change."""
    vault_dir = getattr(world, which)
    if isinstance(data, bytes):
        path = tmp_path / "bad.kbundle"
        path.write_bytes(data)
    else:
        path = data
    before = vault_files_digest(vault_dir)
    vault = world.open(which)
    try:
        sequence = last_sequence(vault)
        with pytest.raises(exc) as caught:
            verify_bundle(vault, path, **kw)
        assert fragment in caught.value.message("en"), caught.value.message("en")
        assert last_sequence(vault) == sequence
    finally:
        vault.close()
    assert vault_files_digest(vault_dir) == before
    return caught.value


def good(world: World) -> bytes:
    return world.bundles[3].read_bytes()


def header_len(data: bytes) -> int:
    return int(struct.unpack(">I", data[MAGIC_LEN:MAGIC_LEN + 4])[0])


# -- A. transport and frame ---------------------------------------------------------------------

def boundaries(data: bytes) -> dict[str, int]:
    h_end = MAGIC_LEN + 4 + header_len(data)
    age_end = data.index(b"\n--- ", h_end)
    age_end = data.index(b"\n", age_end + 1) + 1
    return {"empty": 0, "mid-magic": 5, "magic only": MAGIC_LEN, "mid-length": MAGIC_LEN + 2,
            "length only": MAGIC_LEN + 4, "mid-header": MAGIC_LEN + 4 + header_len(data) // 2,
            "header only": h_end, "mid-age-header": h_end + 30, "age header only": age_end,
            "age nonce only": age_end + 16, "last byte missing": len(data) - 1}


EXPECTED_TRUNCATION = {
    "empty": "The file is empty", "mid-magic": "cut off inside its first line",
    "magic only": "cut off before its header", "mid-length": "cut off before its header",
    "length only": "cut off inside its header", "mid-header": "cut off inside its header",
}


@pytest.mark.parametrize("where", [*EXPECTED_TRUNCATION, "header only", "mid-age-header", "age header only",
                                   "age nonce only", "last byte missing"])
def test_truncated_at_every_boundary(bundle_world: World, tmp_path: Path, where: str) -> None:
    data = good(bundle_world)
    cut = data[:boundaries(data)[where]]
    refused(bundle_world, tmp_path, cut, EXPECTED_TRUNCATION.get(where, "bytes of its content are missing"),
            FrameError)


@pytest.mark.parametrize("extra", [b"\x00", b"x" * 16])
def test_trailing_bytes(bundle_world: World, tmp_path: Path, extra: bytes) -> None:
    refused(bundle_world, tmp_path, good(bundle_world) + extra, f"{len(extra)} unexpected bytes after", FrameError)


def test_trailing_whole_valid_bundle(bundle_world: World, tmp_path: Path) -> None:
    data = good(bundle_world)
    refused(bundle_world, tmp_path, data + data, "unexpected bytes after", FrameError)


def test_prepended_bytes(bundle_world: World, tmp_path: Path) -> None:
    refused(bundle_world, tmp_path, b"MZ" + good(bundle_world), "not a Krispärm bundle", FrameError)


@pytest.mark.parametrize("length,fragment", [(0, "header is empty"),
                                             (limits.MAX_HEADER_BYTES + 1, "claims 65537 bytes"),
                                             (2 ** 32 - 1, "claims 4294967295 bytes")])
def test_header_length_field(bundle_world: World, tmp_path: Path, length: int, fragment: str) -> None:
    data = good(bundle_world)
    bad = limits.MAGIC + struct.pack(">I", length) + data[MAGIC_LEN + 4:]
    refused(bundle_world, tmp_path, bad, fragment, FrameError)


def test_declared_payload_length_wrong(bundle_world: World, tmp_path: Path) -> None:
    cipher = pyrage.encrypt(bundle_world.plain[3], [pyrage.x25519.Recipient.from_str(bundle_world.lap1_recipient)])
    entry = {"recipients": "x25519", "length": len(cipher), "sha256": hashlib.sha256(cipher).hexdigest()}
    longer = forge(bundle_world, cipher=cipher, body={"payloads": [{**entry, "length": len(cipher) + 1}]})
    refused(bundle_world, tmp_path, longer, "1 bytes of its content are missing", FrameError)
    shorter = forge(bundle_world, cipher=cipher, body={"payloads": [{**entry, "length": len(cipher) - 1}]})
    refused(bundle_world, tmp_path, shorter, "1 unexpected bytes after", FrameError)


def _header_body(data: bytes) -> bytes:
    n = header_len(data)
    envelope = json.loads(data[MAGIC_LEN + 4:MAGIC_LEN + 4 + n])
    return base64.b64decode(envelope["payload"])


def test_declared_payload_hash_wrong(bundle_world: World, tmp_path: Path) -> None:
    cipher = pyrage.encrypt(bundle_world.plain[3], [pyrage.x25519.Recipient.from_str(bundle_world.lap1_recipient)])
    entry = {"recipients": "x25519", "length": len(cipher), "sha256": "0" * 64}
    bad = forge(bundle_world, cipher=cipher, body={"payloads": [entry]})
    refused(bundle_world, tmp_path, bad, "does not match its signed checksum", FrameError)


def test_symlink_fifo_directory_device_sparse(bundle_world: World, tmp_path: Path) -> None:
    link = tmp_path / "link.kbundle"
    link.symlink_to(bundle_world.bundles[3])
    refused(bundle_world, tmp_path, link, "is a symbolic link")
    fifo = tmp_path / "fifo.kbundle"
    os.mkfifo(fifo)
    refused(bundle_world, tmp_path, fifo, "is a pipe (FIFO)")
    folder = tmp_path / "folder.kbundle"
    folder.mkdir()
    refused(bundle_world, tmp_path, folder, "is a folder")
    if Path("/dev/zero").exists():
        refused(bundle_world, tmp_path, Path("/dev/zero"), "is a device")
    sparse = tmp_path / "huge.kbundle"
    with open(sparse, "wb") as handle:
        handle.truncate(10 * 1024 ** 3)          # 10 GiB, no blocks written
    started = time.monotonic()
    refused(bundle_world, tmp_path, sparse, "a bundle may be at most")
    assert time.monotonic() - started < 5      # refused by size, never read


def test_control_characters_in_name_are_shown_safely(bundle_world: World, tmp_path: Path) -> None:
    odd = tmp_path / "evil\u202egnp.kbundle"
    odd.mkdir()
    err = refused(bundle_world, tmp_path, odd, "evil?gnp.kbundle is a folder")
    assert "\u202e" not in err.message("en")


def test_io_error_mid_copy(bundle_world: World, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    calls = {"n": 0}
    real = os.read

    def failing(fd: int, n: int) -> bytes:
        calls["n"] += 1
        if calls["n"] > 1:
            raise OSError(5, "Input/output error")
        return real(fd, min(n, 100))

    monkeypatch.setattr(verify, "_read", failing)
    refused(bundle_world, tmp_path, good(bundle_world), "Incomplete copy", IncompleteCopy)


def test_second_read_never_happens(bundle_world: World, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The stick may return different bytes later: only the local copy is used."""
    source = tmp_path / "stick.kbundle"
    source.write_bytes(good(bundle_world))
    real = os.read

    def then_tamper(fd: int, n: int) -> bytes:
        chunk = real(fd, n)
        if not chunk:
            source.write_bytes(b"garbage")   # the stick now answers differently
        return chunk

    monkeypatch.setattr(verify, "_read", then_tamper)
    vault = bundle_world.open("lap1")
    try:
        verified = verify_bundle(vault, source)
        assert verified.sequence == 3 and verified.snapshot is not None
        verified.cleanup()
    finally:
        vault.close()


# -- B. signatures and trust -----------------------------------------------------------------------

def test_unsigned(bundle_world: World, tmp_path: Path) -> None:
    refused(bundle_world, tmp_path, forge(bundle_world, keys=[]), "is not signed", SignatureError)


def test_signed_by_unknown_key(bundle_world: World, tmp_path: Path) -> None:
    bad = forge(bundle_world, keys=[Ed25519PrivateKey.generate()])
    refused(bundle_world, tmp_path, bad, "not signed by a publisher key this laptop trusts", SignatureError)


def test_signed_by_removed_key(bundle_world: World, tmp_path: Path) -> None:
    bad = forge(bundle_world, keys=[bundle_world.other_key])
    refused(bundle_world, tmp_path, bad, "not signed by a publisher key this laptop trusts", SignatureError)


def test_signature_of_another_header(bundle_world: World, tmp_path: Path) -> None:
    data = good(bundle_world)
    n = header_len(data)
    envelope = json.loads(data[MAGIC_LEN + 4:MAGIC_LEN + 4 + n])
    raw = bundle_world.bundles[2].read_bytes()
    other = json.loads(raw[MAGIC_LEN + 4:][:header_len(raw)])
    envelope["signatures"] = other["signatures"]
    header = canonical(envelope)
    bad = limits.MAGIC + struct.pack(">I", len(header)) + header + data[MAGIC_LEN + 4 + n:]
    refused(bundle_world, tmp_path, bad, "not signed by a publisher key this laptop trusts", SignatureError)


def test_wrong_payload_type(bundle_world: World, tmp_path: Path) -> None:
    bad = forge(bundle_world, payload_type="application/vnd.in-toto+json")
    refused(bundle_world, tmp_path, bad, "wrong type", SignatureError)


def test_duplicated_signature_counts_once(bundle_world: World, tmp_path: Path) -> None:
    from binder.bundle import trust
    from tests.test_bundle_support import copy_world, key_file
    world = copy_world(bundle_world, tmp_path / "w")
    second = Ed25519PrivateKey.generate()
    vault = world.open("lap2")
    try:
        trust.add_trust(vault, key_file(tmp_path / "k2", dsse.public_bytes(second)),
                        trust.fingerprint(dsse.public_bytes(second)))
        trust.set_threshold(vault, 2)
    finally:
        vault.close()
    twice = forge(world, to=[world.lap2_recipient], keys=[world.key, world.key])
    refused(world, tmp_path, twice, "valid signatures from 1 trusted keys, but 2 are required", SignatureError,
            which="lap2")
    both = tmp_path / "both.kbundle"
    both.write_bytes(forge(world, to=[world.lap2_recipient], keys=[world.key, second]))
    vault = world.open("lap2")
    try:
        verified = verify_bundle(vault, both)
        assert len(verified.signer_fingerprints) == 2
        verified.cleanup()
    finally:
        vault.close()


def test_low_order_key_refused_at_trust(bundle_world: World, tmp_path: Path) -> None:
    from binder.bundle import trust
    from binder.bundle.errors import TrustError
    from tests.test_bundle_support import key_file
    vault = bundle_world.open("lap2")
    try:
        for raw in (bytes(32), b"\x01" + bytes(31)):
            with pytest.raises(TrustError, match="not a usable Ed25519 public key"):
                trust.add_trust(vault, key_file(tmp_path / "bad.key", raw), trust.fingerprint(raw))
    finally:
        vault.close()


# -- C. rollback, replay, audience -----------------------------------------------------------------

def test_rollback_to_older_sequence(bundle_world: World, tmp_path: Path) -> None:
    refused(bundle_world, tmp_path, bundle_world.bundles[1], "older (number 1) than the one already imported "
            "(number 2)", StaleBundle)


def test_equivocation(bundle_world: World, tmp_path: Path) -> None:
    plain = bundle_world.plain[2].replace(b"Revision 2", b"Revision X")
    bad = forge(bundle_world, n=2, plain=plain)
    refused(bundle_world, tmp_path, bad, "same number (2) as the one already imported but different content",
            Equivocation)


def test_same_bundle_again_is_a_no_op(bundle_world: World) -> None:
    before = vault_files_digest(bundle_world.lap1)
    vault = bundle_world.open("lap1")
    try:
        verified = verify_bundle(vault, bundle_world.bundles[2])
        assert verified.already_imported and verified.snapshot is None
        from binder.bundle import apply
        assert apply(vault, verified).applied is False
    finally:
        vault.close()
    assert vault_files_digest(bundle_world.lap1) == before


def test_other_organisation(bundle_world: World, tmp_path: Path) -> None:
    refused(bundle_world, tmp_path, forge(bundle_world, body={"audience": "grannby"}),
            "for another organisation ('grannby')", AudienceError)


def test_payload_swapped_from_another_bundle(bundle_world: World, tmp_path: Path) -> None:
    bad = forge(bundle_world, plain=bundle_world.plain[2])
    refused(bundle_world, tmp_path, bad, "belongs to another bundle", PayloadError)


def test_newer_schema_version(bundle_world: World, tmp_path: Path) -> None:
    refused(bundle_world, tmp_path, forge(bundle_world, body={"schema_version": limits.PAYLOAD_SCHEMA + 1}),
            "Update Krispärm")


def test_sequence_too_large(bundle_world: World, tmp_path: Path) -> None:
    refused(bundle_world, tmp_path, forge(bundle_world, body={"sequence": 2 ** 63}), "a number is too long")


# -- D. encryption ----------------------------------------------------------------------------------

def test_not_encrypted_to_this_laptop(bundle_world: World, tmp_path: Path) -> None:
    refused(bundle_world, tmp_path, forge(bundle_world, to=[bundle_world.lap2_recipient]),
            "not encrypted for this laptop", DecryptionError)


def scrypt_header(log_n: int) -> bytes:
    return (b"age-encryption.org/v1\n-> scrypt " + base64.b64encode(os.urandom(16)).rstrip(b"=")
            + b" %d\n" % log_n + base64.b64encode(os.urandom(32)).rstrip(b"=") + b"\n--- "
            + base64.b64encode(os.urandom(32)).rstrip(b"=") + b"\n" + os.urandom(64))


def test_scrypt_work_factor_2_23_refused_fast(bundle_world: World, tmp_path: Path) -> None:
    bad = forge(bundle_world, to=[bundle_world.lap2_recipient], extra_payload=scrypt_header(23))
    started = time.monotonic()
    refused(bundle_world, tmp_path, bad, "scrypt work factor of 2^23", DecryptionError, passphrase="whatever it is")
    assert time.monotonic() - started < 2


def test_scrypt_mixed_with_x25519(bundle_world: World, tmp_path: Path) -> None:
    mixed = scrypt_header(10).replace(b"--- ", b"-> X25519 " + base64.b64encode(os.urandom(32)).rstrip(b"=")
                                      + b"\n" + base64.b64encode(os.urandom(32)).rstrip(b"=") + b"\n--- ", 1)
    bad = forge(bundle_world, to=[bundle_world.lap2_recipient], extra_payload=mixed)
    refused(bundle_world, tmp_path, bad, "mixed with other recipients", DecryptionError, passphrase="x" * 12)


def test_unsupported_age_version(bundle_world: World, tmp_path: Path) -> None:
    bad = forge(bundle_world, cipher=b"age-encryption.org/v2\n-> X25519 abc\n--- def\n" + os.urandom(40))
    refused(bundle_world, tmp_path, bad, "not an age v1 file", DecryptionError)


def test_passphrase_copy_needs_and_checks_the_passphrase(bundle_world: World, tmp_path: Path) -> None:
    plain = bundle_world.plain[3]
    bad = forge(bundle_world, to=[bundle_world.lap2_recipient],
                extra_payload=pyrage.passphrase.encrypt(plain, "rätt lösenfras för nödfall"))
    refused(bundle_world, tmp_path, bad, "emergency passphrase copy", NeedsPassphrase)
    refused(bundle_world, tmp_path, bad, "Wrong bundle passphrase", DecryptionError, passphrase="fel lösenfras!!")
    path = tmp_path / "emergency.kbundle"
    path.write_bytes(bad)
    vault = bundle_world.open("lap1")
    try:
        verified = verify_bundle(vault, path, passphrase="rätt lösenfras för nödfall")
        assert verified.used_passphrase and verified.snapshot is not None
        verified.cleanup()
    finally:
        vault.close()


REGIONS = ["magic", "length", "header start", "header middle", "header end", "age header", "age body", "last byte"]


@pytest.mark.parametrize("region", REGIONS)
def test_bit_flip_in_every_region(bundle_world: World, tmp_path: Path, region: str) -> None:
    data = bytearray(good(bundle_world))
    h_end = MAGIC_LEN + 4 + header_len(bytes(data))
    offsets = {"magic": 3, "length": MAGIC_LEN + 3, "header start": MAGIC_LEN + 6,
               "header middle": (MAGIC_LEN + h_end) // 2, "header end": h_end - 3, "age header": h_end + 40,
               "age body": len(data) - 40, "last byte": len(data) - 1}
    data[offsets[region]] ^= 0x01
    err = refused(bundle_world, tmp_path, bytes(data), "")
    assert err.message("en")


# -- E. payload and schema ---------------------------------------------------------------------------

def record_line(world: World, index: int = 2) -> bytes:
    return world.plain[3].split(b"\n")[index]


def test_duplicate_json_keys_in_record(bundle_world: World, tmp_path: Path) -> None:
    line = record_line(bundle_world).replace(b'"type":"record"', b'"type":"record","type":"record"')
    bad = forge(bundle_world, plain=replace_line(bundle_world.plain[3], 2, line))
    refused(bundle_world, tmp_path, bad, 'the key "type" appears twice', PayloadError)


def test_duplicate_json_keys_in_header(bundle_world: World, tmp_path: Path) -> None:
    body = canonical(bundle_world.bodies[3]).replace(b'"sequence":3', b'"sequence":3,"sequence":99')
    envelope = dsse.sign(limits.HEADER_PAYLOAD_TYPE, body, [bundle_world.key])
    header = canonical(envelope)
    data = good(bundle_world)
    bad = limits.MAGIC + struct.pack(">I", len(header)) + header + data[MAGIC_LEN + 4 + header_len(data):]
    refused(bundle_world, tmp_path, bad, 'the key "sequence" appears twice')


@pytest.mark.parametrize("bad_value,fragment", [(b"NaN", "NaN is not allowed"),
                                                 (b"Infinity", "Infinity is not allowed"),
                                                 (b"1e999", "fractional numbers are not allowed"),
                                                 (b"123456789012345678901234", "a number is too long")])
def test_non_finite_and_overlong_numbers(bundle_world: World, tmp_path: Path, bad_value: bytes, fragment: str) -> None:
    line = record_line(bundle_world)
    line = line[:line.rindex(b'"version":') + 10] + bad_value + b"}"
    bad = forge(bundle_world, plain=replace_line(bundle_world.plain[3], 2, line))
    refused(bundle_world, tmp_path, bad, fragment, PayloadError)


def test_invalid_utf8(bundle_world: World, tmp_path: Path) -> None:
    line = record_line(bundle_world).replace(b'"kind"', b'"\xff\xfekind"')
    refused(bundle_world, tmp_path, forge(bundle_world, plain=replace_line(bundle_world.plain[3], 2, line)),
            "not valid UTF-8", PayloadError)


def test_nul_byte(bundle_world: World, tmp_path: Path) -> None:
    line = record_line(bundle_world).replace(b'"kind"', b'"ki\x00nd"')
    refused(bundle_world, tmp_path, forge(bundle_world, plain=replace_line(bundle_world.plain[3], 2, line)),
            "contains a NUL byte", PayloadError)


def test_escaped_nul_in_text(bundle_world: World, tmp_path: Path) -> None:
    line = record_line(bundle_world)
    line = line.replace(b'"name":"', b'"name":"\\u0000', 1)
    refused(bundle_world, tmp_path, forge(bundle_world, plain=replace_line(bundle_world.plain[3], 2, line)),
            "control or direction-override characters", PayloadError)


def test_lone_surrogate(bundle_world: World, tmp_path: Path) -> None:
    line = record_line(bundle_world).replace(b'"name":"', b'"name":"\\ud800', 1)
    refused(bundle_world, tmp_path, forge(bundle_world, plain=replace_line(bundle_world.plain[3], 2, line)),
            "surrogate", PayloadError)


def test_nesting_beyond_cap(bundle_world: World, tmp_path: Path) -> None:
    line = record_line(bundle_world).replace(b'"kind"', b'"deep":' + b"[" * 40 + b"]" * 40 + b',"kind"')
    refused(bundle_world, tmp_path, forge(bundle_world, plain=replace_line(bundle_world.plain[3], 2, line)),
            "nested deeper than 16 levels", PayloadError)


def test_duplicate_record_ids(bundle_world: World, tmp_path: Path) -> None:
    lines = bundle_world.plain[3].split(b"\n")
    lines.insert(3, lines[2])
    refused(bundle_world, tmp_path, forge(bundle_world, plain=b"\n".join(lines)), "appears twice", PayloadError)


def _edit_record(world: World, kind: str, change: Any) -> bytes:
    lines = world.plain[3].split(b"\n")
    for i, line in enumerate(lines[2:-1], start=2):
        item = json.loads(line)
        if item["kind"] == kind:
            change(item["data"])
            lines[i] = canonical(item)
            break
    return b"\n".join(lines)


def test_dangling_reference(bundle_world: World, tmp_path: Path) -> None:
    plain = _edit_record(bundle_world, "asset",
                         lambda d: d.update(owner="01234567-89ab-4cde-8f01-23456789abcd"))
    refused(bundle_world, tmp_path, forge(bundle_world, plain=plain), "refers to a contact that does not exist",
            PayloadError)


def test_dependency_cycle(bundle_world: World, tmp_path: Path) -> None:
    from tests.records_for_tests import A2
    plain = _edit_record(bundle_world, "asset", lambda d: d.update(depends_on=[A2]))
    refused(bundle_world, tmp_path, forge(bundle_world, plain=plain), "restoration dependencies form a cycle",
            PayloadError)


def test_counts_disagree_with_header(bundle_world: World, tmp_path: Path) -> None:
    body = dict(bundle_world.bodies[3])
    counts = dict(body["counts"], contact=body["counts"]["contact"] + 1)
    refused(bundle_world, tmp_path, forge(bundle_world, body={"counts": counts}), "record counts", PayloadError)


def test_kind_hash_disagrees_with_header(bundle_world: World, tmp_path: Path) -> None:
    hashes = dict(bundle_world.bodies[3]["hashes"], routine="0" * 64)
    refused(bundle_world, tmp_path, forge(bundle_world, body={"hashes": hashes}),
            "The content of routine differs from the signed header", PayloadError)


def test_unknown_kind_and_field(bundle_world: World, tmp_path: Path) -> None:
    plain = _edit_record(bundle_world, "contact", lambda d: d.update(favourite_colour="blå"))
    refused(bundle_world, tmp_path, forge(bundle_world, plain=plain), "favourite_colour: unknown field", PayloadError)
    line = record_line(bundle_world).replace(b'"kind":"asset"', b'"kind":"unicorn"')
    refused(bundle_world, tmp_path, forge(bundle_world, plain=replace_line(bundle_world.plain[3], 2, line)),
            "unknown record kind 'unicorn'", PayloadError)


def test_bidi_override_and_bad_phone(bundle_world: World, tmp_path: Path) -> None:
    plain = _edit_record(bundle_world, "contact", lambda d: d.update(name="Anna \u202eBerg"))
    refused(bundle_world, tmp_path, forge(bundle_world, plain=plain), "direction-override", PayloadError)
    plain = _edit_record(bundle_world, "contact",
                         lambda d: d.update(channels=[{"kind": "mobile", "value": "ring Anna", "e164": "+46"}]))
    refused(bundle_world, tmp_path, forge(bundle_world, plain=plain), "is not a phone number", PayloadError)


def test_not_nfc(bundle_world: World, tmp_path: Path) -> None:
    plain = _edit_record(bundle_world, "contact", lambda d: d.update(name="A\u030angla"))   # Å decomposed
    refused(bundle_world, tmp_path, forge(bundle_world, plain=plain), "not in canonical form", PayloadError)


def test_record_line_not_canonical(bundle_world: World, tmp_path: Path) -> None:
    line = record_line(bundle_world).replace(b'"type":"record"', b'"type": "record"')
    refused(bundle_world, tmp_path, forge(bundle_world, plain=replace_line(bundle_world.plain[3], 2, line)),
            "not in canonical JSON form", PayloadError)
