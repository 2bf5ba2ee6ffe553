"""A field report's frame and signed header: the bundle container with its own magic and type.

    KRISPARM-REPORT/1\\n | u32 header length | DSSE envelope | age payload (to the coordinator)

The header body (canonical JSON, signed by the laptop's Ed25519 key) names the laptop by
its key id; the coordinator accepts it only from an enrolled laptop. See
docs/report-format.md.
"""
from __future__ import annotations

import re
from typing import Any

from binder.bundle import limits
from binder.bundle.errors import FrameError
from binder.bundle.header import parse_time
from binder.bundle.strict_json import is_int
from binder.i18n import N_
from binder.model.validate import is_single_line_text

MAGIC = b"KRISPARM-REPORT/1\n"
PAYLOAD_TYPE = "application/vnd.krisparm.report-header+json;v=1"
REPORT_TYPE = "krisparm-report"
FORMAT = 1
SUFFIX = ".kreport"
MAX_REPORT_BYTES = 128 * 1024 * 1024
MAX_ITEMS = 500_000
ITEM_TYPES = ("correction", "log", "run", "status")
FIELDS = {"type", "format", "report_id", "audience", "laptop", "sequence", "issued_at", "payload",
          "plaintext_length", "counts", "hashes", "generator"}
_HEX64 = re.compile(r"^[0-9a-f]{64}$")
_UUID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$")


def _bad(what: str) -> FrameError:
    return FrameError(N_("The signed report header is malformed ({what}). Nothing was changed."), what=what)


def check(body: Any) -> dict[str, Any]:
    """Types and ranges of every header field; unknown or missing fields are refused."""
    if not isinstance(body, dict) or body.get("type") != REPORT_TYPE:
        raise _bad("type")
    if set(body) != FIELDS:
        raise _bad(", ".join(sorted(FIELDS ^ set(body)))[:120])
    for name in ("format", "sequence", "plaintext_length"):
        if not is_int(body[name]) or body[name] < 0:
            raise _bad(name)
    if not 0 < body["sequence"] <= limits.MAX_SEQUENCE:
        raise _bad("sequence")
    if not isinstance(body["report_id"], str) or not _UUID.match(body["report_id"]):
        raise _bad("report_id")
    if not isinstance(body["laptop"], str) or not _HEX64.match(body["laptop"]):
        raise _bad("laptop")
    for name in ("audience", "generator"):
        if not is_single_line_text(body[name], max_len=200):
            raise _bad(name)
    parse_time(body["issued_at"], "issued_at")
    item = body["payload"]
    if (not isinstance(item, dict) or set(item) != {"length", "sha256"} or not is_int(item["length"])
            or not 0 < item["length"] <= MAX_REPORT_BYTES
            or not isinstance(item["sha256"], str) or not _HEX64.match(item["sha256"])):
        raise _bad("payload")
    if body["plaintext_length"] > MAX_REPORT_BYTES:
        raise _bad("plaintext_length")
    for name in ("counts", "hashes"):
        if not isinstance(body[name], dict) or not set(body[name]) <= set(ITEM_TYPES):
            raise _bad(name)
    if not all(is_int(n) and 0 <= n <= MAX_ITEMS for n in body["counts"].values()):
        raise _bad("counts")
    if not all(isinstance(h, str) and _HEX64.match(h) for h in body["hashes"].values()):
        raise _bad("hashes")
    if body["format"] != FORMAT:
        raise FrameError(N_("This report was made by a newer Krispärm (format {format}). Update Krispärm "
                            "here, then import it again. Nothing was changed."), format=body["format"])
    return body
