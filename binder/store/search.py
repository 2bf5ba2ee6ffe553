"""Global search across every kind, ranked by FTS5's bm25 (titles weigh most)."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from binder.store.records import fts_query
from binder.vault.vault import Vault

TITLE_WEIGHT = 10.0


@dataclass
class Hit:
    kind: str
    id: str
    title: str
    score: float

    def to_json(self) -> dict[str, Any]:
        return {"kind": self.kind, "id": self.id, "title": self.title, "score": round(self.score, 4)}


def search(vault: Vault, text: str, limit: int = 50) -> list[Hit]:
    query = fts_query(text)
    if not query:
        return []
    # Contacts and routines are what people look for under stress: they weigh more on equal text.
    rows = vault.db.execute(
        "SELECT s.rowid, -bm25(search_index, ?, 1.0) * CASE r.kind WHEN 'contact' THEN 1.5 "
        "WHEN 'routine' THEN 1.3 WHEN 'asset' THEN 1.2 ELSE 1.0 END AS score, r.kind, r.id, r.title, s.title "
        "FROM search_index s LEFT JOIN records r ON r.rowid = s.rowid "
        "WHERE search_index MATCH ? ORDER BY score DESC LIMIT ?",
        (TITLE_WEIGHT, query, int(limit)))
    hits = []
    for rowid, score, kind, rid, title, fts_title in rows:
        if rowid < 0:
            hits.append(Hit("log", str(-rowid), fts_title, score))
        elif kind is not None:
            hits.append(Hit(kind, rid, title, score))
    return hits
