"""What the coordinator's bundles tell the laptops about field reports.

A bundle made by a coordinator that has enrolled reporting laptops carries one extra,
signed and encrypted payload line (`{"data": {…}, "type": "reports"}`, see
docs/bundle-format.md): where to send reports (the coordinator's age recipient), the
highest report number imported from each laptop (so the next report starts after it) and
the coordinator's answers to proposed corrections. Bundles for fleets without reporting
laptops do not carry the line, so older laptops keep reading them.
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from typing import Any

from binder.bundle import recipients
from binder.bundle.errors import PayloadError
from binder.bundle.strict_json import is_int
from binder.errors import ValidationError
from binder.i18n import N_
from binder.model import schema
from binder.model.schema import Field
from binder.model.validate import clean_text
from binder.vault.database import Connection
from binder.vault.vault import now_iso

_HEX64 = re.compile(r"[0-9a-f]{64}")
_UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")
_REASON = Field("reply", schema.STR, "Svar", "Reply")
MAX_REPLIES = 10_000


@dataclass
class Feedback:
    report_to: str
    confirmed_sequence: int = 0
    replies: list[dict[str, Any]] = field(default_factory=list)
    bundle_sequence: int = 0


# -- the coordinator's side ---------------------------------------------------------------------

def for_bundle(conn: Connection, own_recipient: str) -> dict[str, Any] | None:
    """The reports line's data, or None when no enrolled laptop sends reports."""
    laptops = recipients.reporting_laptops(conn)
    if not laptops:
        return None
    confirmed = {kid: int(seq) for kid, seq in conn.execute(
        "SELECT key_id, max(sequence) FROM field_reports GROUP BY key_id") if kid in laptops}
    replies: dict[str, list[dict[str, Any]]] = {}
    for kid, aid, state, reply in conn.execute(
            "SELECT key_id, amendment_id, state, reply FROM field_corrections WHERE state != 'open' "
            "ORDER BY key_id, amendment_id"):
        if kid in laptops:
            replies.setdefault(kid, []).append({"amendment_id": aid, "reply": reply, "state": state})
    return {"confirmed": confirmed, "replies": replies, "report_to": own_recipient}


def check(data: Any) -> dict[str, Any]:
    """Strict shape of the reports line (inside an already signed and hash-checked payload)."""
    problem = PayloadError(N_("The bundle's field-report line is malformed. Nothing was changed."))
    if not isinstance(data, dict) or set(data) != {"confirmed", "replies", "report_to"}:
        raise problem
    try:
        if recipients.parse_recipient(str(data["report_to"])) != data["report_to"]:
            raise problem
    except ValidationError:
        raise problem from None
    confirmed, replies = data["confirmed"], data["replies"]
    if not isinstance(confirmed, dict) or not isinstance(replies, dict):
        raise problem
    if not all(_HEX64.fullmatch(k) and is_int(v) and v >= 0 for k, v in confirmed.items()):
        raise problem
    for kid, items in replies.items():
        if not _HEX64.fullmatch(kid) or not isinstance(items, list) or len(items) > MAX_REPLIES:
            raise problem
        for item in items:
            if (not isinstance(item, dict) or set(item) != {"amendment_id", "reply", "state"}
                    or not isinstance(item["amendment_id"], str) or not _UUID.fullmatch(item["amendment_id"])
                    or item["state"] not in ("accepted", "rejected")):
                raise problem
            try:
                if clean_text(item["reply"], _REASON, "reply") != item["reply"]:
                    raise problem
            except ValidationError:
                raise problem from None
    return data


# -- the laptop's side --------------------------------------------------------------------------

def get(conn: Connection) -> Feedback | None:
    row = conn.execute("SELECT report_to, confirmed_sequence, replies, bundle_sequence FROM report_feedback "
                       "WHERE id = 1").fetchone()
    return Feedback(row[0], int(row[1]), json.loads(row[2]), int(row[3])) if row else None


def store(conn: Connection, data: dict[str, Any], own_key_id: str, bundle_sequence: int) -> None:
    """Keep what a bundle said for this laptop (inside the bundle's import transaction)."""
    # The coordinator's word, even if lower than before (it restored a backup): the next report
    # then carries again whatever it no longer has.
    confirmed = int(data["confirmed"].get(own_key_id, 0))
    replies = data["replies"].get(own_key_id, [])
    conn.execute("INSERT INTO report_feedback(id, report_to, confirmed_sequence, replies, bundle_sequence, "
                 "updated_at) VALUES (1, ?, ?, ?, ?, ?) ON CONFLICT(id) DO UPDATE SET "
                 "report_to = excluded.report_to, confirmed_sequence = excluded.confirmed_sequence, "
                 "replies = excluded.replies, bundle_sequence = excluded.bundle_sequence, "
                 "updated_at = excluded.updated_at",
                 (data["report_to"], confirmed, json.dumps(replies, ensure_ascii=False), bundle_sequence,
                  now_iso()))
