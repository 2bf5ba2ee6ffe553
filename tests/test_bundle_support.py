"""Shared set-up for the bundle tests: a publisher, laptops, real bundles, and a forger of bad ones.

The forger builds attack inputs from the production parts (DSSE signing, age
encryption, framing) so each bad bundle is wrong in exactly one way.
"""
from __future__ import annotations

import base64
import hashlib
import json
import re
import shutil
import struct
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pyrage
import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from binder.bundle import apply, dsse, export_bundle, limits, recipients, trust, verify_bundle
from binder.bundle.strict_json import canonical
from binder.store import records
from binder.vault.vault import Vault
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.records_for_tests import load_sample

ORG = "testkommun"


def vault_files_digest(path: Path) -> str:
    """SHA-256 over the database files of a closed vault (byte identity)."""
    h = hashlib.sha256()
    for name in ("vault.db", "vault.db-wal", "vault.db-shm"):
        f = path / name
        h.update(name.encode() + (f.read_bytes() if f.exists() else b"<absent>"))
    return h.hexdigest()


def content_digest(vault: Vault, tables: tuple[str, ...]) -> str:
    h = hashlib.sha256()
    for table in tables:
        for row in vault.db.execute(f"SELECT * FROM {table} ORDER BY 1"):
            h.update(repr(tuple(bytes(c) if isinstance(c, (bytes, memoryview)) else c for c in row)).encode())
    return h.hexdigest()


LOCAL_TABLES = ("log_entries", "routine_runs", "run_steps", "restoration_status")


def local_digest(vault: Vault) -> str:
    """Laptop-owned data: local tables, local-origin records."""
    base = content_digest(vault, LOCAL_TABLES)
    rows = vault.db.execute("SELECT id, kind, data FROM records WHERE origin = 'local' ORDER BY id").fetchall()
    return hashlib.sha256((base + repr(rows)).encode()).hexdigest()


def last_sequence(vault: Vault) -> int | None:
    row = vault.db.execute("SELECT last_sequence FROM bundle_state WHERE id = 1").fetchone()
    return row[0] if row else None


def key_file(path: Path, public: bytes, organisation_id: str = ORG) -> Path:
    body = {"type": trust.KEY_FILE_TYPE, "format": 1, "organisation": "Testkommun",
            "organisation_id": organisation_id, "public_key": base64.b64encode(public).decode(),
            "key_set_version": 1, "threshold": 1}
    path.write_bytes(canonical(body))
    return path


@dataclass
class World:
    base: Path
    pub: Path
    lap1: Path            # trusts the publisher, imported b1 and b2
    lap2: Path            # trusts the publisher, enrolled, imported nothing
    key: Ed25519PrivateKey
    other_key: Ed25519PrivateKey          # trusted by lap1 once, then removed
    lap1_identity: str
    lap1_recipient: str
    lap2_recipient: str
    pub_recipient: str
    fingerprint: str
    bundles: dict[int, Path] = field(default_factory=dict)
    plain: dict[int, bytes] = field(default_factory=dict)
    bodies: dict[int, dict[str, Any]] = field(default_factory=dict)

    def open(self, which: str) -> Vault:
        return Vault.open(getattr(self, which), PASSPHRASE)


def create(path: Path, publisher: bool) -> Vault:
    vault, _ = Vault.create(path, PASSPHRASE, publisher=publisher, organisation="Testkommun",
                            organisation_id=ORG if publisher else "", kdf=FAST_KDF)
    return vault


def read_bundle(path: Path, identity: str) -> tuple[dict[str, Any], bytes]:
    data = path.read_bytes()
    n = len(limits.MAGIC)
    (size,) = struct.unpack(">I", data[n:n + 4])
    envelope = json.loads(data[n + 4:n + 4 + size])
    body = json.loads(base64.b64decode(envelope["payload"]))
    start = n + 4 + size
    cipher = data[start:start + body["payloads"][0]["length"]]
    plain = pyrage.decrypt(cipher, [pyrage.x25519.Identity.from_str(identity)])
    return body, plain


def make_world(base: Path) -> World:
    base.mkdir(parents=True, exist_ok=True)
    pub = create(base / "pub", True)
    load_sample(pub)
    lap1, lap2 = create(base / "lap1", False), create(base / "lap2", False)
    info = trust.export_key(pub, base / "publisher.key")
    other = Ed25519PrivateKey.generate()
    other_file = key_file(base / "other.key", dsse.public_bytes(other))
    for lap in (lap1, lap2):
        trust.add_trust(lap, base / "publisher.key", info["fingerprint"])
    trust.add_trust(lap1, other_file, trust.fingerprint(dsse.public_bytes(other)))
    trust.remove_trust(lap1, trust.fingerprint(dsse.public_bytes(other)))
    r1, r2 = recipients.own_recipient(lap1)["recipient"], recipients.own_recipient(lap2)["recipient"]
    recipients.add(pub, "laptop-1", r1)
    recipients.add(pub, "laptop-2", r2)
    out = base / "out"
    out.mkdir()
    identity = lap1.secret("age_identity")
    assert identity is not None
    world = World(base, pub.path, lap1.path, lap2.path, trust.signing_key(pub), other,
                  identity.decode(), r1, r2,
                  recipients.own_recipient(pub)["recipient"], info["fingerprint"])
    for n in (1, 2, 3):
        if n > 1:
            rec = records.list_records(pub, "contact")[0]
            records.save(pub, "contact", {**rec.data, "notes": f"Revision {n}"}, record_id=rec.id)
        result = export_bundle(pub, out)
        world.bundles[n] = result.path
        world.bodies[n], world.plain[n] = read_bundle(result.path, world.lap1_identity)
    for n in (1, 2):
        apply(lap1, verify_bundle(lap1, world.bundles[n]))
    for v in (pub, lap1, lap2):
        v.close()
    return world


def kind_hashes(plain: bytes) -> tuple[dict[str, int], dict[str, str]]:
    lines = plain.split(b"\n")[:-1]
    counts: dict[str, int] = {"metadata": 1}
    hashers = {"metadata": hashlib.sha256(lines[1] + b"\n")}
    for line in lines[2:]:
        found = re.search(rb'"kind":"(\w+)","type":"record"', line)
        kind = found.group(1).decode() if found else "?"
        counts[kind] = counts.get(kind, 0) + 1
        hashers.setdefault(kind, hashlib.sha256()).update(line + b"\n")
    return counts, {k: h.hexdigest() for k, h in hashers.items()}


def forge(world: World, *, n: int = 3, body: dict[str, Any] | None = None, plain: bytes | None = None,
          rehash: bool = True, to: list[str] | None = None, keys: list[Ed25519PrivateKey] | None = None,
          extra_payload: bytes | None = None, cipher: bytes | None = None,
          payload_type: str = limits.HEADER_PAYLOAD_TYPE) -> bytes:
    """A bundle built like bundle `n`, changed as asked, and signed (by default) with the real key."""
    new_body = json.loads(json.dumps(world.bodies[n]))
    plain = world.plain[n] if plain is None else plain
    if rehash:
        new_body["counts"], new_body["hashes"] = kind_hashes(plain)
    if cipher is None:
        targets = [pyrage.x25519.Recipient.from_str(r) for r in (to or [world.lap1_recipient])]
        cipher = pyrage.encrypt(plain, targets)
    payloads = [cipher] + ([extra_payload] if extra_payload is not None else [])
    new_body["payloads"] = [{"recipients": kind, "length": len(c), "sha256": hashlib.sha256(c).hexdigest()}
                            for kind, c in zip(("x25519", "scrypt"), payloads, strict=False)]
    new_body["plaintext_length"] = len(plain)
    new_body.update(body or {})
    envelope = dsse.sign(payload_type, canonical(new_body), keys if keys is not None else [world.key])
    header = canonical(envelope)
    return limits.MAGIC + struct.pack(">I", len(header)) + header + b"".join(payloads)


def replace_line(plain: bytes, index: int, new: bytes) -> bytes:
    lines = plain.split(b"\n")
    lines[index] = new
    return b"\n".join(lines)


def copy_world(world: World, dest: Path) -> World:
    """An independent copy of the world's vault folders (for tests that change a laptop)."""
    shutil.copytree(world.base, dest)
    clone = World(**{**world.__dict__})
    clone.base, clone.pub, clone.lap1, clone.lap2 = dest, dest / "pub", dest / "lap1", dest / "lap2"
    clone.bundles = {n: dest / "out" / p.name for n, p in world.bundles.items()}
    return clone




@pytest.fixture(scope="session")
def bundle_world(tmp_path_factory: pytest.TempPathFactory) -> World:
    """Built once per session; tests that change a vault work on `copy_world`."""
    return make_world(tmp_path_factory.mktemp("bundle-world") / "w")
