"""The coordinator's restoration board: the latest status of every system across all laptops."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from binder.model import clock
from binder.reports.timeline import laptop_names
from binder.store.restoration import DONE_STATES, Status, plan
from binder.vault.vault import Vault


@dataclass
class BoardItem:
    position: int
    asset_id: str
    name: str
    tier: int | None
    status: str | None
    set_by: str
    where: str | None           # the laptop that set it; None: the coordinator itself
    at: str
    blocked_by: list[str]
    rto_h: int | None
    down_since: str
    rto_overrun: bool

    def to_json(self) -> dict[str, Any]:
        return dict(self.__dict__)


def _rows(vault: Vault) -> list[tuple[str, str, str, str, str | None]]:
    """(asset id, status, at, by, where) of every status change held, here and from the laptops."""
    names = laptop_names(vault)
    own = [(r[0], r[1], r[2], r[3], None) for r in vault.db.execute(
        "SELECT asset_id, status, at, by FROM restoration_status")]
    field = [(r[0], r[1], r[2], r[3], names.get(r[4], r[4][:8])) for r in vault.db.execute(
        "SELECT asset_id, status, at, by, key_id FROM field_status")]
    return own + field


def board(vault: Vault, now: datetime | None = None) -> list[BoardItem]:
    """The priority list in restoration order with the newest status from anywhere, blockers and RTO."""
    now = now or clock.now()
    latest: dict[str, tuple[datetime, str, str, str, str | None]] = {}
    down_since: dict[str, datetime] = {}
    for asset_id, status, at, by, where in _rows(vault):
        moment = clock.parse(at)
        if asset_id not in latest or moment >= latest[asset_id][0]:
            latest[asset_id] = (moment, status, at, by, where)
        if status == "down" and (asset_id not in down_since or moment < down_since[asset_id]):
            down_since[asset_id] = moment
    statuses = {aid: Status(aid, v[1], v[2], v[3], "") for aid, v in latest.items()}
    items = []
    for entry in plan(vault, statuses):
        aid, data = entry.record.id, entry.record.data
        newest = latest.get(aid)
        rto = data.get("rto_h")
        since = down_since.get(aid)
        overrun = False
        if rto is not None and since is not None:
            done = newest is not None and newest[1] in DONE_STATES
            until = newest[0] if done and newest is not None else now
            overrun = until - since > timedelta(hours=int(rto))
        items.append(BoardItem(entry.position, aid, entry.record.title, data.get("tier"),
                               newest[1] if newest else None, newest[3] if newest else "",
                               newest[4] if newest else None, newest[2] if newest else "",
                               entry.blocked_by if entry.blocked else [], rto,
                               since.isoformat() if since else "", overrun))
    return items
