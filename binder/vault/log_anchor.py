"""An authenticated anchor of the incident log's head, kept outside the database.

A damaged write-ahead log (a flipped byte after a killed process) makes SQLite drop the
last committed frames silently: the log is then shorter but its hash chain still verifies.
`log-anchor.json` beside vault.db records the number of entries and the last entry's
hash after every write that changed them, with an HMAC-SHA256 under a key derived
(HKDF) from the vault's data key. At open, a log shorter than the anchor, or whose entry
at the anchored position has another hash, is refused and named, with the way back.

The anchor only moves forward with the database (it is written after the commit), so a
kill between commit and anchor leaves it behind, never ahead. An anchor that does not
verify (made under a key replaced since, or edited) is replaced by a fresh one and logged.
"""
from __future__ import annotations

import hashlib
import hmac
import json
import logging
from pathlib import Path

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from binder.errors import VaultCorrupt
from binder.fsutil import atomic_write
from binder.vault import database as db

log = logging.getLogger(__name__)
ANCHOR_NAME = "log-anchor.json"
FORMAT = "krisparm-log-anchor"
MAX_BYTES = 4096


def _mac_key(data_key: bytes, vault_id: str) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=vault_id.encode(),
                info=b"krisparm log anchor v1").derive(data_key)


def _mac(data_key: bytes, vault_id: str, count: int, last_hash: str) -> str:
    body = json.dumps({"vault_id": vault_id, "count": count, "last_hash": last_hash}, sort_keys=True)
    return hmac.new(_mac_key(data_key, vault_id), body.encode(), hashlib.sha256).hexdigest()


def head(conn: db.Connection) -> tuple[int, str]:
    """(number of entries, hash of the last one) of the log in `conn`."""
    row = conn.execute("SELECT seq, hash FROM log_entries ORDER BY seq DESC LIMIT 1").fetchone()
    return (int(row[0]), str(row[1])) if row else (0, "")


def write(vault_path: Path, data_key: bytes, vault_id: str, count: int, last_hash: str) -> None:
    doc = {"format": FORMAT, "count": count, "last_hash": last_hash,
           "mac": _mac(data_key, vault_id, count, last_hash)}
    atomic_write(Path(vault_path) / ANCHOR_NAME, json.dumps(doc, sort_keys=True).encode())


def write_for(vault_path: Path, conn: db.Connection, data_key: bytes, vault_id: str) -> tuple[int, str]:
    count, last_hash = head(conn)
    write(vault_path, data_key, vault_id, count, last_hash)
    return count, last_hash


def read(vault_path: Path, data_key: bytes, vault_id: str) -> tuple[int, str] | None:
    """The anchored (count, last hash), or None when missing or not verifying."""
    try:
        with open(Path(vault_path) / ANCHOR_NAME, "rb") as handle:
            doc = json.loads(handle.read(MAX_BYTES))
        count, last_hash, mac = doc["count"], doc["last_hash"], doc["mac"]
        if doc["format"] != FORMAT or not isinstance(count, int) or not isinstance(last_hash, str) \
                or not isinstance(mac, str):
            raise ValueError("shape")
    except FileNotFoundError:
        return None
    except (OSError, ValueError, KeyError, TypeError) as exc:
        log.warning("log anchor unreadable (%s); a new one is written", exc)
        return None
    if not hmac.compare_digest(mac, _mac(data_key, vault_id, count, last_hash)):
        log.warning("log anchor does not verify under this vault's key; a new one is written")
        return None
    return count, last_hash


def check(vault_path: Path, conn: db.Connection, data_key: bytes, vault_id: str) -> tuple[int, str]:
    """Refuse a log shorter than (or different from) the anchor; return the current head."""
    anchored = read(vault_path, data_key, vault_id)
    current = head(conn)
    if anchored is None:
        write(vault_path, data_key, vault_id, *current)
        return current
    count, last_hash = anchored
    if current[0] < count:
        raise VaultCorrupt("The incident log is shorter than when it was last written: entries {first}–{last} "
                           "are missing (the vault was probably damaged in a crash). Nothing was changed. "
                           "Restore the latest backup with 'binder restore': entries still in the vault are "
                           "kept.", first=current[0] + 1, last=count)
    if count:
        row = conn.execute("SELECT hash FROM log_entries WHERE seq = ?", (count,)).fetchone()
        if row is None or row[0] != last_hash:
            raise VaultCorrupt("Incident-log entry {seq} is not the one last written. Nothing was changed. "
                               "Restore the latest backup with 'binder restore'.", seq=count)
    if current != anchored:
        write(vault_path, data_key, vault_id, *current)
    return current
