"""The signed header body: what it holds and how it is checked (shape only; trust is in verify)."""
from __future__ import annotations

import re
from datetime import datetime
from typing import Any

from binder.bundle import limits
from binder.bundle.errors import FrameError
from binder.bundle.strict_json import is_int
from binder.i18n import N_
from binder.model.validate import is_single_line_text

FIELDS = {"type", "format", "bundle_id", "audience", "organisation", "sequence", "issued_at",
          "expires_at", "schema_version", "payloads", "plaintext_length", "counts", "hashes",
          "key_statements", "generator"}
BUNDLE_TYPE = "krisparm-bundle"
_HEX64 = re.compile(r"^[0-9a-f]{64}$")
_UUID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$")


def _bad(what: str) -> FrameError:
    return FrameError(N_("The signed bundle header is malformed ({what}). Nothing was changed."), what=what)


def parse_time(value: Any, what: str) -> datetime:
    if not isinstance(value, str) or len(value) > 40:
        raise _bad(what)
    try:
        stamp = datetime.fromisoformat(value)
    except ValueError:
        raise _bad(what) from None
    if stamp.tzinfo is None:
        raise _bad(what)
    return stamp


def check(body: Any) -> dict[str, Any]:
    """Check types and ranges of every header field; unknown or missing fields are refused."""
    if not isinstance(body, dict) or body.get("type") != BUNDLE_TYPE:
        raise _bad("type")
    if set(body) != FIELDS:
        missing, extra = sorted(FIELDS - set(body)), sorted(set(body) - FIELDS)
        raise _bad(", ".join([f"missing {m}" for m in missing] + [f"unknown {e}" for e in extra])[:120])
    for name in ("format", "schema_version", "sequence", "plaintext_length"):
        if not is_int(body[name]) or body[name] < 0:
            raise _bad(name)
    if not 0 < body["sequence"] <= limits.MAX_SEQUENCE:
        raise _bad("sequence")
    if not isinstance(body["bundle_id"], str) or not _UUID.match(body["bundle_id"]):
        raise _bad("bundle_id")
    for name in ("audience", "organisation", "generator"):
        if not is_single_line_text(body[name], max_len=200):
            raise _bad(name)   # same text rules as record fields: no controls, escapes or overrides
    parse_time(body["issued_at"], "issued_at")
    parse_time(body["expires_at"], "expires_at")
    payloads = body["payloads"]
    if not isinstance(payloads, list) or not 1 <= len(payloads) <= 2:
        raise _bad("payloads")
    for item in payloads:
        if (not isinstance(item, dict) or set(item) != {"recipients", "length", "sha256"}
                or item["recipients"] not in ("x25519", "scrypt") or not is_int(item["length"])
                or not 0 < item["length"] <= limits.MAX_PAYLOAD_BYTES
                or not isinstance(item["sha256"], str) or not _HEX64.match(item["sha256"])):
            raise _bad("payloads")
    if [p["recipients"] for p in payloads] not in (["x25519"], ["x25519", "scrypt"]):
        raise _bad("payloads")
    if body["plaintext_length"] > limits.MAX_PLAINTEXT_BYTES:
        raise FrameError(N_("The bundle content would be {size} bytes; the limit is {limit}."),
                         size=body["plaintext_length"], limit=limits.MAX_PLAINTEXT_BYTES)
    for name in ("counts", "hashes"):
        if not isinstance(body[name], dict) or len(body[name]) > 32:
            raise _bad(name)
    for n in body["counts"].values():
        if not is_int(n) or n < 0 or n > limits.MAX_RECORDS:
            raise _bad("counts")
    if sum(body["counts"].values()) > limits.MAX_RECORDS + 2:   # + metadata and reports lines
        raise FrameError(N_("The bundle claims more than {limit} records."), limit=limits.MAX_RECORDS)
    if not all(isinstance(h, str) and _HEX64.match(h) for h in body["hashes"].values()):
        raise _bad("hashes")
    if not isinstance(body["key_statements"], list):
        raise _bad("key_statements")
    return body
