"""Global search across every kind, best first: names, roles, numbers in any writing, log text.

Ranking happens inside FTS5 (`search_index.BM25`: names and roles weigh most, an exact word
more than a prefix); only the best `CANDIDATES` rows are then joined to `records` for their kind
and id and reordered by what people mean: the holder of a role and an exact name first,
contacts and routines before shifts. When a query finds (almost) nothing, each word of four or
more letters is retried with one typo (a letter missing, extra, wrong or two swapped).
"""
from __future__ import annotations

import functools
import re
import unicodedata
from dataclasses import dataclass
from typing import Any

from binder.store import search_index
from binder.vault.database import Connection
from binder.vault.vault import Vault

CANDIDATES = 100
# Contacts and routines are what people look for under stress: they weigh more on equal text.
KIND_WEIGHTS = {"contact": 1.5, "routine": 1.3, "asset": 1.2, "staff": 1.1, "partner": 1.0, "comms": 1.0,
                "log": 0.9, "shift": 0.6}
EXACT_NAME = 4.0       # the whole query is the record's name (or the contact's role)
EXACT_WORDS = 1.6      # every query word is a whole word of the name or role
DEPUTY = 1.2          # a deputy's role names the role: above a mention, below the holder
DEPUTY_WORDS = ("ersattare", "deputy", "stallforetradare", "vice ")
TYPO_BELOW = 1         # fewer hits than this (none): try one typo per word
TYPO_MIN_LETTERS = 4
TYPO_WEIGHT = 0.5
_ALPHABET = "abcdefghijklmnopqrstuvwxyz"
_NON_WORD = re.compile(r"\W+")
_PARENS = re.compile(r"\s*\(([^()]*)\)\s*")


@dataclass
class Hit:
    kind: str
    id: str
    title: str
    score: float

    def to_json(self) -> dict[str, Any]:
        return {"kind": self.kind, "id": self.id, "title": self.title, "score": round(self.score, 4)}


def _base_letter(ch: str) -> str:
    decomposed = unicodedata.normalize("NFKD", ch)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


# Strokes, ligatures and Latin letters with diacritics → plain letters, in one C-level translate
# (the hot path compares up to 100 candidate names with the query).
_PLAIN = str.maketrans({**{chr(cp): _base_letter(chr(cp)).casefold() for cp in range(0xC0, 0x250)
                           if _base_letter(chr(cp)) != chr(cp)},
                        **{ch: search_index.fold(ch).casefold() for ch in "đĐłŁøØæÆßþÞðÐıœŒ"}})


@functools.lru_cache(maxsize=8192)
def plain(text: str) -> str:
    """Lower case, diacritics and strokes removed: what FTS5 compares."""
    folded = text.casefold().translate(_PLAIN)
    if folded.isascii():
        return folded
    return "".join(c for c in unicodedata.normalize("NFKD", folded) if not unicodedata.combining(c))


def search(vault: Vault, text: str, limit: int = 50) -> list[Hit]:
    conn = vault.db
    search_index.ensure_current(conn)
    words = search_index.query_words(text)
    if not words:
        return []
    hits = _ranked(conn, search_index.match_expression(text), words, limit, 1.0)
    if len(hits) < min(TYPO_BELOW, limit):
        typo = _typo_expression(conn, words)
        if typo:
            seen = {(h.kind, h.id) for h in hits}
            hits += [h for h in _ranked(conn, typo, words, limit, TYPO_WEIGHT) if (h.kind, h.id) not in seen]
    return hits[:limit]


def _ranked(conn: Connection, expression: str, words: list[str], limit: int, weight: float) -> list[Hit]:
    top = conn.execute(f"SELECT rowid, {search_index.BM25} AS s FROM search_index WHERE search_index MATCH ? "
                       "ORDER BY s LIMIT ?", (expression, max(CANDIDATES, limit))).fetchall()
    if not top:
        return []
    rowids = [r for r, _ in top]
    marks = ",".join("?" * len(rowids))
    # id and kind come before the wide `data` column: reading them does not read the record's JSON.
    found = {rowid: (kind, rid) for rowid, kind, rid in conn.execute(
        f"SELECT rowid, kind, id FROM records WHERE rowid IN ({marks})", rowids)}
    # FTS5 plans `rowid IN (…)` as a scan of the whole index; its content table (FTS5's documented
    # `<table>_content`, columns c0… in declaration order) is read by primary key instead.
    names = {rowid: (name, role) for rowid, name, role in conn.execute(
        f"SELECT id, c0, c1 FROM search_index_content WHERE id IN ({marks})", rowids)}
    wanted = plain(" ".join(words))
    wanted_words = wanted.split()
    hits = []
    for rowid, bm25 in top:
        name, role = names.get(rowid, ("", ""))
        if rowid < 0:
            kind, rid = "log", str(-rowid)
        elif rowid in found:
            kind, rid = found[rowid]
        else:
            continue
        title = search_index.title_of_name(name)
        score = -bm25 * KIND_WEIGHTS.get(kind, 1.0) * weight * _exactness(wanted, wanted_words, title, role)
        hits.append(Hit(kind, rid, title, score))
    hits.sort(key=lambda h: -h.score)
    return hits[:limit]


def _exactness(wanted: str, wanted_words: list[str], title: str, role: str) -> float:
    """How exactly the query names this record: its whole name or role, or whole words of them."""
    best = 1.0
    for text in (title, *role.split("\n")):
        folded = plain(text)
        if folded.startswith(DEPUTY_WORDS) and not wanted.startswith(DEPUTY_WORDS):
            best = max(best, DEPUTY)     # "Ersättare 2 för TiB" is not the TiB
            continue
        if wanted in (folded, _PARENS.sub(" ", folded).strip(), *_PARENS.findall(folded)):   # "TiB" in "… (TiB)"
            return EXACT_NAME
        tokens = set(_NON_WORD.split(folded))
        if wanted_words and all(w in tokens for w in wanted_words):
            best = EXACT_WORDS
    return best


def one_typo(word: str) -> set[str]:
    """Every word one edit away: a letter deleted, inserted, replaced, or two neighbours swapped."""
    splits = [(word[:i], word[i:]) for i in range(len(word) + 1)]
    out = {a + b[1:] for a, b in splits if b}
    out |= {a + b[1] + b[0] + b[2:] for a, b in splits if len(b) > 1}
    out |= {a + c + b[1:] for a, b in splits if b for c in _ALPHABET}
    out |= {a + c + b for a, b in splits for c in _ALPHABET}
    out.discard(word)
    return out


def _typo_expression(conn: Connection, words: list[str]) -> str:
    """Each word of four or more letters, or a word of the index one typo away from it (in a name or role)."""
    parts, any_typo = [], False
    for word in words:
        folded = plain(word)
        term = '"' + folded + '"*'
        if folded.isalpha() and folded.isascii() and len(folded) >= TYPO_MIN_LETTERS:
            candidates = sorted(one_typo(folded))
            marks = ",".join("?" * len(candidates))
            known = [t for (t,) in conn.execute(
                f"SELECT term FROM search_index_vocab WHERE term IN ({marks})", candidates)]
            if known:
                variants = " OR ".join(f'"{v}"' for v in known)
                parts.append(f"({term} OR {{name role}} : ({variants}))")
                any_typo = True
                continue
        parts.append(term)
    return " AND ".join(parts) if any_typo else ""
