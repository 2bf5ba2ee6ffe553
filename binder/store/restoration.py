"""Restoration: the priority list in restoration order, and local live status per asset."""
from __future__ import annotations

from dataclasses import dataclass, field

from binder.errors import NotFound, ValidationError
from binder.i18n import N_
from binder.model import schema
from binder.model.integrity import restoration_order
from binder.model.schema import Field
from binder.model.validate import clean_text
from binder.store import operators, records
from binder.vault.vault import Vault, now_iso

_LINE = Field("line", schema.STR, "Rad", "Line")
DONE_STATES = ("restored", "verified")


@dataclass
class Status:
    asset_id: str
    status: str
    at: str
    by: str
    note: str
    waiting_for: list[str] = field(default_factory=list)   # dependencies not restored when it was set
    log_seq: int | None = None                              # the log entry recording that (if any)


@dataclass
class PlanItem:
    position: int
    record: records.Record
    status: Status | None
    blocked_by: list[str]      # names of dependencies not yet restored

    @property
    def blocked(self) -> bool:
        return bool(self.blocked_by) and (self.status is None or self.status.status not in DONE_STATES)


def set_status(vault: Vault, asset_id: str, status: str, by: str, note: str = "") -> Status:
    """Record an asset's new status; `by` is the operator who set it (required)."""
    by = operators.require(by, "by")
    if status not in schema.RESTORATION_STATES:
        raise ValidationError(N_("must be one of: {choices}"), where="status",
                              choices=", ".join(schema.RESTORATION_STATES))
    asset = records.get(vault, "asset", asset_id)
    waiting = not_restored_dependencies(vault, asset) if status in DONE_STATES else []
    stamp = now_iso()
    seq = None
    with vault.transaction() as conn:
        conn.execute("INSERT INTO restoration_status(asset_id, status, at, by, note) VALUES (?, ?, ?, ?, ?)",
                     (asset_id, status, stamp, by, clean_text(note, _LINE, "note")))
        if waiting:   # accepted (people know things the binder does not), but said and recorded
            from binder.i18n import tr
            from binder.store import incident_log, metadata
            text = tr("{asset} was set to {status} while these dependencies are not restored: {dependencies}.",
                      lang=metadata.language(vault), asset=asset.title, status=status,
                      dependencies=", ".join(waiting))
            seq = incident_log.append(conn, text, kind="action", author=by).seq
    return Status(asset_id, status, stamp, by, note, waiting, seq)


def not_restored_dependencies(vault: Vault, asset: records.Record) -> list[str]:
    """Names of the asset's dependencies whose current status is not restored or verified."""
    statuses = current_statuses(vault)
    waiting = []
    for dep in asset.data.get("depends_on", []):
        state = statuses.get(dep)
        if state is None or state.status not in DONE_STATES:
            try:
                waiting.append(records.get(vault, "asset", dep).title)
            except NotFound:
                continue
    return waiting


def current_statuses(vault: Vault) -> dict[str, Status]:
    rows = vault.db.execute(
        "SELECT asset_id, status, at, by, note FROM restoration_status WHERE id IN "
        "(SELECT max(id) FROM restoration_status GROUP BY asset_id)")
    return {r[0]: Status(*r) for r in rows}


def plan(vault: Vault, statuses: dict[str, Status] | None = None) -> list[PlanItem]:
    """The priority list in restoration order, with status and what blocks each asset.

    `statuses` (asset id → latest status) defaults to this vault's own; the coordinator's
    restoration board passes the latest across all laptops (binder.reports.board)."""
    assets = {r.id: r for r in records.list_records(vault, "asset")}
    statuses = current_statuses(vault) if statuses is None else statuses
    order = restoration_order({aid: r.data for aid, r in assets.items()})
    items = []
    for pos, aid in enumerate(order, start=1):
        rec = assets[aid]
        blockers = [assets[d].title for d in rec.data.get("depends_on", [])
                    if d in assets and (d not in statuses or statuses[d].status not in DONE_STATES)]
        items.append(PlanItem(pos, rec, statuses.get(aid), blockers))
    return items
