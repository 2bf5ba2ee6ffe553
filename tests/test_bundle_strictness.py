"""The bundle reader enforces every rule docs/bundle-format.md states, and the spec states them.

Found by a separate implementation written from the spec alone (issue 15 §8): a non-canonical
signed header, terminal escapes and bidi overrides in header text, line separators in record
text, and booleans where the format wants integers.
"""
from __future__ import annotations

import base64
import json
import struct
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from binder.bundle import dsse, limits
from binder.bundle.errors import FrameError, PayloadError, SignatureError
from binder.bundle.strict_json import canonical
from binder.bundle.trust import KEY_SET_TYPE
from tests.test_bundle_bad_input import good, header_len, record_line, refused
from tests.test_bundle_support import World, forge, replace_line

MAGIC_LEN = len(limits.MAGIC)


def _with_header_body(world: World, body: bytes) -> bytes:
    """The good bundle 3 with its header body replaced by `body` (signed with the real key)."""
    header = canonical(dsse.sign(limits.HEADER_PAYLOAD_TYPE, body, [world.key]))
    data = good(world)
    return limits.MAGIC + struct.pack(">I", len(header)) + header + data[MAGIC_LEN + 4 + header_len(data):]


def test_pretty_printed_signed_header_is_refused(bundle_world: World, tmp_path: Path) -> None:
    body = json.dumps(bundle_world.bodies[3], ensure_ascii=False, sort_keys=True, indent=1).encode()
    refused(bundle_world, tmp_path, _with_header_body(bundle_world, body), "not in canonical JSON form",
            FrameError)


def test_reordered_signed_header_is_refused(bundle_world: World, tmp_path: Path) -> None:
    body = json.dumps(dict(reversed(list(bundle_world.bodies[3].items()))), ensure_ascii=False,
                      separators=(",", ":")).encode()
    refused(bundle_world, tmp_path, _with_header_body(bundle_world, body), "not in canonical JSON form",
            FrameError)


@pytest.mark.parametrize("organisation", [
    "Norrbacka\u0000kommun",                 # NUL, escaped as \u0000 by the JSON writer
    "Norrbacka \x1b[2J\x1b[31mkommun",        # ANSI escape sequences
    "Norrbacka \u202ekommun",                 # right-to-left override
    "Norrbacka\u2028kommun",                  # line separator
    " Norrbacka kommun",                       # not trimmed
])
def test_header_text_obeys_the_record_text_rules(bundle_world: World, tmp_path: Path, organisation: str) -> None:
    bad = forge(bundle_world, body={"organisation": organisation})
    err = refused(bundle_world, tmp_path, bad, "header is malformed (organisation)", FrameError)
    assert "\x1b" not in err.message("sv") and "\u202e" not in err.message("sv")


def test_line_separator_in_a_record_name_is_refused(bundle_world: World, tmp_path: Path) -> None:
    plain = bundle_world.plain[3]
    lines = plain.split(b"\n")
    index = next(i for i, line in enumerate(lines) if b'"name":"' in line and b'"type":"record"' in line)
    line = lines[index].replace(b'"name":"', '"name":"A\u2028'.encode(), 1)
    refused(bundle_world, tmp_path, forge(bundle_world, plain=replace_line(plain, index, line)),
            "must be a single line", PayloadError)


def test_boolean_record_version_is_refused(bundle_world: World, tmp_path: Path) -> None:
    line = record_line(bundle_world)
    line = line[:line.rindex(b'"version":') + 10] + b"true}"
    bad = forge(bundle_world, plain=replace_line(bundle_world.plain[3], 2, line))
    refused(bundle_world, tmp_path, bad, "the version is not a whole number", PayloadError)


@pytest.mark.parametrize("field,value", [("threshold", True), ("version", True)])
def test_boolean_in_key_set_statement_is_refused(bundle_world: World, tmp_path: Path, field: str,
                                                 value: bool) -> None:
    new_key = Ed25519PrivateKey.generate()
    statement_body = {"type": KEY_SET_TYPE, "organisation_id": bundle_world.bodies[3]["audience"],
                      "version": 2, "threshold": 1,
                      "keys": [base64.b64encode(dsse.public_bytes(new_key)).decode()],
                      "issued_at": "2026-11-25T08:00:00+00:00", field: value}
    statement = dsse.sign(limits.KEY_SET_PAYLOAD_TYPE, canonical(statement_body), [bundle_world.key])
    bad = forge(bundle_world, body={"key_statements": [statement]}, keys=[new_key])
    refused(bundle_world, tmp_path, bad, "key rotation chain in the bundle is malformed", SignatureError)


def test_empty_list_in_a_record_is_not_canonical(bundle_world: World, tmp_path: Path) -> None:
    plain = bundle_world.plain[3]
    lines = plain.split(b"\n")
    index = next(i for i, line in enumerate(lines) if b'"kind":"asset"' in line and b'"depends_on"' not in line)
    item = json.loads(lines[index])
    item["data"]["depends_on"] = []
    line = canonical(item)    # canonical JSON, but not the record's normal form (empty value kept)
    refused(bundle_world, tmp_path, forge(bundle_world, plain=replace_line(plain, index, line)),
            "the record is not in canonical form", PayloadError)


def test_a_valid_bundle_still_verifies(bundle_world: World, tmp_path: Path) -> None:
    """The stricter reader accepts what the exporter writes (no false refusals)."""
    from binder.bundle import verify_bundle
    path = tmp_path / "ok.kbundle"
    path.write_bytes(forge(bundle_world))
    vault = bundle_world.open("lap1")
    try:
        result = verify_bundle(vault, path)
        assert result.header["organisation"] == bundle_world.bodies[3]["organisation"]
        result.cleanup()
    finally:
        vault.close()


def test_a_copy_left_by_a_killed_import_is_removed_next_time(tmp_path: Path) -> None:
    """Issue 15 §9: the private copy of a bundle outlives a SIGKILL; the next import removes it."""
    import subprocess
    import sys

    from binder.bundle.verify import private_copy_dir, sweep_stale_copies
    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True,
                          text=True, check=True)
    left = private_copy_dir("krisparm-bundle-test-")
    (left / "owner.pid").write_text(dead.stdout.strip(), encoding="ascii")    # its owner is gone
    (left / "bundle").write_bytes(b"encrypted copy")
    mine = private_copy_dir("krisparm-bundle-test-")       # the next import sweeps before copying
    assert not left.exists() and mine.exists()
    assert sweep_stale_copies("krisparm-bundle-test-") == 0 and mine.exists()   # a live owner's copy stays
    import shutil
    shutil.rmtree(mine)


def test_an_altered_keyid_hint_makes_the_signature_not_count(bundle_world: World, tmp_path: Path) -> None:
    """The keyid is not signed; an altered one must not let the bundle through (every byte counts)."""
    data = good(bundle_world)
    start = data.index(b'"keyid":"') + len(b'"keyid":"')
    flipped = bytearray(data)
    flipped[start] = ord("0") if data[start] != ord("0") else ord("1")
    refused(bundle_world, tmp_path, bytes(flipped), "not signed by a publisher key", SignatureError)


def test_a_pretty_printed_envelope_is_refused(bundle_world: World, tmp_path: Path) -> None:
    data = good(bundle_world)
    size = header_len(data)
    envelope = json.loads(data[MAGIC_LEN + 4:MAGIC_LEN + 4 + size])
    header = json.dumps(envelope, indent=1).encode()
    bad = limits.MAGIC + struct.pack(">I", len(header)) + header + data[MAGIC_LEN + 4 + size:]
    refused(bundle_world, tmp_path, bad, "not in canonical JSON form", FrameError)
