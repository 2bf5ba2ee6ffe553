"""Import steps 1–7: take the file, copy it once, check frame, signature, semantics, payload.

Nothing here writes to the vault. The result, `Verified`, holds the local
copy's hash, the checked header and the validated snapshot (in memory); the
local copy lives in a private temp directory until `cleanup()`.
"""
from __future__ import annotations

import contextlib
import hashlib
import logging
import os
import re
import shutil
import stat
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pyrage

from binder.bundle import age_header, dsse, frame, limits, payload, recipients, trust
from binder.bundle import header as header_mod
from binder.bundle.errors import (
    AudienceError,
    DecryptionError,
    Equivocation,
    FrameError,
    IncompleteCopy,
    NeedsPassphrase,
    PayloadError,
    StaleBundle,
)
from binder.bundle.strict_json import loads_canonical
from binder.errors import BundleError
from binder.i18n import N_, tr
from binder.vault.vault import Vault

log = logging.getLogger(__name__)
Progress = Callable[[int, int, str], None]
STEPS = 7
_read = os.read           # one place to inject read errors in tests (stick pulled out)
_UNSAFE = re.compile("[\x00-\x1f\x7f-\x9f\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]")


def safe_name(path: Path | str) -> str:
    """A file name fit to show: control and direction-override characters replaced by '?'."""
    return _UNSAFE.sub("?", str(path))


@dataclass
class Verified:
    source: Path
    local_copy: Path
    sha256: str
    size: int
    header: dict[str, Any]
    signer_fingerprints: list[str]
    key_set: trust.KeySet
    snapshot: payload.Snapshot | None
    expired: bool = False
    clock_warning: str = ""
    already_imported: bool = False
    used_passphrase: bool = False
    warnings: list[str] = field(default_factory=list)

    @property
    def sequence(self) -> int:
        return int(self.header["sequence"])

    @property
    def bundle_id(self) -> str:
        return str(self.header["bundle_id"])

    @property
    def counts(self) -> dict[str, int]:
        return dict(self.header["counts"])

    def cleanup(self) -> None:
        shutil.rmtree(self.local_copy.parent, ignore_errors=True)

    def to_json(self) -> dict[str, Any]:
        return {"ok": True, "path": str(self.source), "sequence": self.sequence, "bundle_id": self.bundle_id,
                "sha256": self.sha256, "organisation": self.header["organisation"],
                "audience": self.header["audience"], "issued_at": self.header["issued_at"],
                "expires_at": self.header["expires_at"], "expired": self.expired,
                "clock_warning": self.clock_warning, "already_imported": self.already_imported,
                "signer_fingerprints": self.signer_fingerprints, "counts": self.counts,
                "key_set_version": self.key_set.version, "key_rotation": self.key_set.rotated,
                "passphrase_copy": len(self.header["payloads"]) > 1, "error": None}


# -- step 1 and 2: the file and the one copy ----------------------------------------------------

_OWNER = "owner.pid"


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True          # exists, owned by someone else
    return True


def sweep_stale_copies(prefix: str) -> int:
    """Remove private copies left by a process that was killed mid-import (its pid is gone)."""
    removed = 0
    with os.scandir(tempfile.gettempdir()) as found:      # (pathlib's glob is ten times slower)
        folders = [Path(e.path) for e in found if e.name.startswith(prefix)]
    for folder in folders:
        try:
            pid = int((folder / _OWNER).read_text(encoding="ascii"))
        except (OSError, ValueError):
            continue         # not ours, or being created right now
        if pid != os.getpid() and not _alive(pid):
            shutil.rmtree(folder, ignore_errors=True)
            removed += 1
    return removed


def private_copy_dir(prefix: str) -> Path:
    """A 0700 folder for the one local copy, marked with this process's pid (see sweep_stale_copies)."""
    sweep_stale_copies(prefix)
    folder = Path(tempfile.mkdtemp(prefix=prefix))
    (folder / _OWNER).write_text(str(os.getpid()), encoding="ascii")
    return folder


def check_source(path: Path) -> os.stat_result:
    try:
        info = os.lstat(path)
    except OSError as exc:
        raise BundleError(N_("Cannot read {path}: {reason}. Nothing was changed."), path=safe_name(path),
                          reason=exc.strerror or str(exc)) from exc
    mode = info.st_mode
    what = (N_("a symbolic link") if stat.S_ISLNK(mode) else N_("a folder") if stat.S_ISDIR(mode)
            else N_("a pipe (FIFO)") if stat.S_ISFIFO(mode)
            else N_("a device") if stat.S_ISCHR(mode) or stat.S_ISBLK(mode)
            else "" if stat.S_ISREG(mode) else N_("not a regular file"))
    if what:
        raise BundleError(N_("{path} is {what}, not a bundle file. Only regular files are read. Nothing "
                             "was changed."), path=safe_name(path), what=tr(what))
    if info.st_size > limits.MAX_BUNDLE_BYTES:
        raise BundleError(N_("{path} is {size} bytes; a bundle may be at most {limit} bytes. Nothing was "
                             "read or changed."), path=safe_name(path), size=info.st_size,
                          limit=limits.MAX_BUNDLE_BYTES)
    return info


def copy_once(path: Path, info: os.stat_result, dest: Path) -> tuple[str, int]:
    """Copy the file in one pass while hashing it. The source is never read again."""
    flags = os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0)
    digest = hashlib.sha256()
    copied = 0
    try:
        src = os.open(path, flags)
    except OSError as exc:
        raise IncompleteCopy(N_("Could not open {path} ({reason}). Nothing was changed."),
                             path=safe_name(path), reason=exc.strerror or str(exc)) from exc
    try:
        now = os.fstat(src)
        if not stat.S_ISREG(now.st_mode) or (now.st_dev, now.st_ino) != (info.st_dev, info.st_ino):
            raise IncompleteCopy(N_("{path} was replaced while it was being opened. Nothing was changed."),
                                 path=safe_name(path))
        out = os.open(dest, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        try:
            while copied <= info.st_size:
                chunk = _read(src, min(limits.COPY_CHUNK, info.st_size + 1 - copied))
                if not chunk:
                    break
                digest.update(chunk)
                copied += len(chunk)
                view = memoryview(chunk)
                while view:
                    view = view[os.write(out, view):]
        finally:
            os.close(out)
    except OSError as exc:
        raise IncompleteCopy(N_("Incomplete copy: reading {path} failed ({reason}); was the USB stick "
                                "removed? Nothing was changed."), path=safe_name(path),
                             reason=exc.strerror or str(exc)) from exc
    finally:
        os.close(src)
    if copied != info.st_size:
        raise IncompleteCopy(N_("Incomplete copy: {path} changed size while it was read ({expected} "
                                "bytes expected, {found} read); was the USB stick removed? Nothing was "
                                "changed."), path=safe_name(path), expected=info.st_size, found=copied)
    return digest.hexdigest(), copied


# -- steps 3–7 -------------------------------------------------------------------------------------

def _last_state(vault: Vault) -> tuple[int, str, str, str] | None:
    row = vault.db.execute("SELECT last_sequence, last_bundle_id, last_sha256, last_issued_at "
                           "FROM bundle_state WHERE id = 1").fetchone()
    return (int(row[0]), row[1], row[2], row[3]) if row else None


def _check_semantics(vault: Vault, body: dict[str, Any], sha256: str, organisation_id: str,
                     now: datetime) -> tuple[bool, bool, str]:
    """(already_imported, expired, clock warning) or a refusal."""
    if body["format"] != limits.FORMAT or body["schema_version"] > limits.PAYLOAD_SCHEMA:
        raise BundleError(N_("This bundle was made by a newer Krispärm (format {format}, schema {schema}). "
                             "Update Krispärm on this laptop, then import it again. Nothing was changed."),
                          format=body["format"], schema=body["schema_version"])
    if body["audience"] != organisation_id:
        raise AudienceError(N_("This bundle is for another organisation ('{found}'); this laptop takes "
                               "bundles for '{expected}'. Nothing was changed."),
                            found=body["audience"], expected=organisation_id)
    last = _last_state(vault)
    issued = header_mod.parse_time(body["issued_at"], "issued_at")
    expires = header_mod.parse_time(body["expires_at"], "expires_at")
    clock = ""
    if last is not None:
        seq, _bundle_id, last_sha, last_issued = last
        if body["sequence"] < seq:
            raise StaleBundle(N_("This bundle is older (number {found}) than the one already imported "
                                 "(number {current}). An old bundle cannot replace newer data. Nothing was "
                                 "changed."), found=body["sequence"], current=seq)
        if body["sequence"] == seq:
            if sha256 == last_sha:
                return True, now > expires, ""
            raise Equivocation(N_("WARNING: this bundle has the same number ({sequence}) as the one already "
                                  "imported but different content. Two different bundles with one number "
                                  "must never exist: report this to the coordinator. Nothing was changed."),
                               sequence=seq)
        with contextlib.suppress(FrameError, ValueError):
            if now < header_mod.parse_time(last_issued, "last_issued_at"):
                clock = N_("This computer's clock is earlier than the issue time of the last imported "
                           "bundle: the clock looks wrong.")
    if not clock and issued > now + timedelta(days=1):
        clock = N_("The bundle is dated in the future: this computer's clock looks wrong.")
    return False, now > expires, clock


def _decrypt(vault: Vault, region: memoryview, body: dict[str, Any],
             passphrase: str | None) -> tuple[bytes, bool]:
    parts, offset = [], 0
    for item in body["payloads"]:
        parts.append((item, region[offset:offset + item["length"]]))
        offset += item["length"]
    if len(region) != offset:
        if len(region) > offset:
            raise FrameError(N_("The bundle has {count} unexpected bytes after its content (tampered "
                                "or damaged). Nothing was changed."), count=len(region) - offset)
        raise FrameError(N_("The bundle is cut off: {count} bytes of its content are missing (truncated "
                            "copy?). Nothing was changed."), count=offset - len(region))
    for item, data in parts:
        if hashlib.sha256(data).hexdigest() != item["sha256"]:
            raise FrameError(N_("The bundle content does not match its signed checksum (damaged or "
                                "tampered). Nothing was changed."))
    item, data = parts[0]
    age_header.parse(data)
    try:
        return pyrage.decrypt(bytes(data), [recipients.identity(vault)]), False
    except pyrage.DecryptError as exc:
        if "no matching keys" not in str(exc).lower():
            raise DecryptionError(N_("The encrypted content is damaged ({reason}). Nothing was changed."),
                                  reason=str(exc)[:80]) from None
    if len(parts) < 2:
        raise DecryptionError(N_("This bundle was not encrypted for this laptop. Ask the coordinator to "
                                 "enrol it ('binder identity' shows what to send). Nothing was changed."))
    if passphrase is None:
        raise NeedsPassphrase(N_("This bundle was not encrypted for this laptop, but it has an emergency "
                                 "passphrase copy. Enter the bundle passphrase to open it."))
    item, data = parts[1]
    age_header.parse(data)
    try:
        return pyrage.passphrase.decrypt(bytes(data), passphrase), True
    except pyrage.DecryptError:
        raise DecryptionError(N_("Wrong bundle passphrase. Nothing was changed.")) from None


def verify_bundle(vault: Vault, path: Path, progress: Progress | None = None, *,
                  passphrase: str | None = None, now: datetime | None = None) -> Verified:
    """Run import steps 1–7 on `path`; raise a BundleError on the first failure."""
    step = progress or (lambda done, total, label: None)
    path = Path(path)
    now = now or datetime.now(UTC)
    step(1, STEPS, N_("Checking the file"))
    info = check_source(path)
    temp = private_copy_dir("krisparm-bundle-")
    try:
        step(2, STEPS, N_("Copying the bundle from the stick"))
        local = temp / "bundle"
        sha256, size = copy_once(path, info, local)
        data = local.read_bytes()
        step(3, STEPS, N_("Reading the bundle frame"))
        framed = frame.parse(data)
        envelope = loads_canonical(framed.header, "bundle header", error=FrameError)
        body_raw, signatures = dsse.open_envelope(envelope, limits.HEADER_PAYLOAD_TYPE)
        body = loads_canonical(body_raw, "bundle header", error=FrameError)
        if not isinstance(body, dict):
            raise FrameError(N_("The signed bundle header is malformed ({what}). Nothing was changed."),
                             what="not an object")
        step(4, STEPS, N_("Checking the publisher's signature"))
        policy, keys = trust.trust_for(vault)
        key_set = trust.advance(policy, keys, body.get("key_statements", []))
        signed_by = dsse.require_threshold(limits.HEADER_PAYLOAD_TYPE, body_raw, signatures,
                                           key_set.keys, key_set.threshold)
        header_mod.check(body)
        fingerprints = sorted(trust.fingerprint(key_set.keys[k]) for k in signed_by)
        step(5, STEPS, N_("Checking sequence, audience and dates"))
        already, expired, clock = _check_semantics(vault, body, sha256, policy.organisation_id, now)
        verified = Verified(path, local, sha256, size, body, fingerprints, key_set, None, expired, clock,
                            already)
        if already:
            return verified
        step(6, STEPS, N_("Decrypting"))
        plain, used_passphrase = _decrypt(vault, framed.payload, body, passphrase)
        if len(plain) != body["plaintext_length"]:
            raise PayloadError(N_("The decrypted content has the wrong length. Nothing was changed."))
        verified.used_passphrase = used_passphrase
        step(7, STEPS, N_("Checking every record"))
        known = {r[0]: (r[1], int(r[2]), r[3]) for r in vault.db.execute(
            "SELECT id, kind, version, data FROM records WHERE origin = 'published'")}
        verified.snapshot = payload.parse(plain, body, known=known)
        _check_local_ids(vault, verified.snapshot)
        return verified
    except BaseException:
        shutil.rmtree(temp, ignore_errors=True)
        raise


def _check_local_ids(vault: Vault, snap: payload.Snapshot) -> None:
    local = {r[0] for r in vault.db.execute("SELECT id FROM records WHERE origin = 'local'")}
    clash = next((rid for _, rid, _, _, _ in snap.records if rid in local), None)
    if clash:
        raise PayloadError(N_("The bundle contains a record with the id of a local record on this laptop "
                              "({id}). Nothing was changed."), id=clash)
