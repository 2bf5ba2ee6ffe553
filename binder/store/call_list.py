"""Who to call, in order: the first question of a crisis ("get me the chief"), answered from a role or a name.

`call_list(vault, "krisledningschef")` finds the holder(s) of that crisis role, else the contact
of that name, else the best contact the search finds, and gives for each: every channel in
calling order, the deputies in order (each with their channels) and whom they call in turn.
Other close matches are named so a wrong guess is seen at once.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from binder.errors import NotFound
from binder.store import metadata, records, references
from binder.store.search import DEPUTY_WORDS, plain, search
from binder.vault.vault import Vault

ALSO_MATCHING = 5


@dataclass
class Callee:
    id: str
    name: str
    crisis_role: str
    organisation: str
    availability: str
    availability_note: str
    channels: list[dict[str, Any]]
    deputies: list[Callee] = field(default_factory=list)
    calls: list[references.Ref] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {k: v for k, v in self.__dict__.items() if k not in ("deputies", "calls")}
        out["deputies"] = [d.to_json() for d in self.deputies]
        out["calls"] = [c.to_json() for c in self.calls]
        return out


@dataclass
class CallList:
    asked: str
    matched_by: str                        # "role", "name" or "search"
    callees: list[Callee]
    also: list[references.Ref]             # other contacts that matched less well

    def to_json(self) -> dict[str, Any]:
        return {"asked": self.asked, "matched_by": self.matched_by, "contacts": [c.to_json() for c in self.callees],
                "also_matching": [r.to_json() for r in self.also]}


def _callee(rec: records.Record) -> Callee:
    d = rec.data
    return Callee(rec.id, rec.title, d.get("crisis_role", ""), d.get("organisation", ""), d.get("availability", ""),
                  d.get("availability_note", ""), list(d.get("channels", [])))


def call_list(vault: Vault, asked: str) -> CallList:
    hits = [h for h in search(vault, asked, limit=50) if h.kind == "contact"]
    if not hits:
        raise NotFound("No contact or crisis role matches '{typed}'.", typed=asked)
    found = [records.get(vault, "contact", h.id) for h in hits]
    wanted = " ".join(plain(asked).split())
    by_role = [r for r in found if " ".join(plain(r.data.get("crisis_role", "")).split()) == wanted]
    by_name = [r for r in found if " ".join(plain(r.title).split()) == wanted]
    if not by_role and not by_name:     # "TiB" for "Tjänsteperson i beredskap (TiB)": own organisation, not a deputy
        own = plain(metadata.get(vault).get("organisation", ""))
        holders = [r for r in found if references.words_start(wanted, r.data.get("crisis_role", ""))]
        holders.sort(key=lambda r: (plain(r.data.get("organisation", "")) != own,
                                    plain(r.data.get("crisis_role", "")).startswith(DEPUTY_WORDS)))
        by_role = holders[:1]
    matched_by, chosen = ("role", by_role) if by_role else ("name", by_name) if by_name else ("search", found[:1])
    chosen_ids = {r.id for r in chosen}
    callees = []
    for rec in chosen:
        callee = _callee(rec)
        deputy_ids = list(rec.data.get("deputies", []))
        refs = references.names(vault, deputy_ids + list(rec.data.get("calls", [])))
        for did in deputy_ids:
            if did in refs:
                callee.deputies.append(_callee(records.get(vault, "contact", did)))
        callee.calls = [refs[c] for c in rec.data.get("calls", []) if c in refs]
        callees.append(callee)
    deputies = {d.id for c in callees for d in c.deputies}
    also = [references.Ref("contact", r.id, r.title, references.main_number(r.data)) for r in found
            if r.id not in chosen_ids and r.id not in deputies][:ALSO_MATCHING]
    return CallList(asked, matched_by, callees, also)
