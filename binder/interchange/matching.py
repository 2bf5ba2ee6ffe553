"""Match incoming contacts to the vault's, so a phone's vCard or a CSV imported twice adds nothing.

A contact without a known id is the same person as an existing contact with
the same E.164 number, the same e-mail address, or the same name and
organisation (`contact_keys`); a routine, system,
message, person or partner is the same as one with the same title. One match: the incoming
fields are laid over the existing contact; channels are merged by number or
address (a known number keeps the binder's writing and label, a new one is
added), so nothing the binder holds is lost. Several matches, or only the same name: a *possible duplicate*,
added as a new contact and listed so a person can decide.
"""
from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from binder.model import schema
from binder.model.phones import PHONE_CHANNELS
from binder.model.schema import Field
from binder.vault.database import Connection


def _contacts(conn: Connection) -> Iterator[tuple[str, dict[str, Any]]]:
    for rid, data in conn.execute("SELECT id, data FROM records WHERE kind = 'contact'"):
        yield rid, json.loads(data)


def name_key(data: dict[str, Any]) -> str:
    return " ".join(str(data.get("name", "")).casefold().split())


def contact_keys(data: dict[str, Any]) -> set[str]:
    """What makes two contacts the same person: an E.164 number, an e-mail address, name + organisation."""
    keys = set()
    for channel in data.get("channels", []):
        if channel.get("e164"):
            keys.add("tel:" + channel["e164"])
        elif channel.get("kind") in PHONE_CHANNELS:      # a service number (112, 1177) is shared: with the name
            keys.add(f"short:{name_key(data)}\n{''.join(ch for ch in channel['value'] if ch.isdigit())}")
        elif channel.get("kind") == "email":
            keys.add("mail:" + channel["value"].strip().casefold())
    organisation = " ".join(str(data.get("organisation", "")).casefold().split())
    if organisation and name_key(data):
        keys.add(f"org:{name_key(data)}\n{organisation}")
    return keys


@dataclass
class Match:
    existing: str | None = None           # the id of the one existing contact this row is
    similar: list[str] = field(default_factory=list)   # ids of contacts it may duplicate


class ContactIndex:
    """The vault's contacts by key, built once per import (only when a row needs it)."""

    def __init__(self, conn: Connection) -> None:
        self.by_key: dict[str, set[str]] = {}
        self.by_name: dict[str, set[str]] = {}
        self.titles: dict[str, str] = {}
        self.data: dict[str, dict[str, Any]] = {}
        for rid, data in _contacts(conn):
            self.data[rid] = data
            self.titles[rid] = data.get("name", "")
            for key in contact_keys(data):
                self.by_key.setdefault(key, set()).add(rid)
            self.by_name.setdefault(name_key(data), set()).add(rid)

    def match(self, data: dict[str, Any]) -> Match:
        found: set[str] = set()
        for key in contact_keys(data):
            found |= self.by_key.get(key, set())
        if len(found) == 1:
            return Match(existing=next(iter(found)))
        if found:
            return Match(similar=sorted(found, key=lambda r: self.titles[r]))
        return Match(similar=sorted(self.by_name.get(name_key(data), set())))


# Matched by title; shifts are not (the same start is not the same shift).
TITLED = ("routine", "asset", "comms", "staff", "partner")


class TitleIndex:
    """Records of one kind by their title (case and spacing ignored)."""

    def __init__(self, conn: Connection, kind: str) -> None:
        self.by_title: dict[str, list[str]] = {}
        for rid, title in conn.execute("SELECT id, title FROM records WHERE kind = ?", (kind,)):
            self.by_title.setdefault(" ".join(title.casefold().split()), []).append(rid)

    def match(self, title: str) -> Match:
        found = self.by_title.get(" ".join(title.casefold().split()), [])
        return Match(existing=found[0]) if len(found) == 1 else Match(similar=list(found))


def _channel_key(channel: dict[str, Any]) -> str:
    return channel.get("e164") or f"{channel['kind']}:{channel['value'].casefold()}"


def merge(existing: dict[str, Any], incoming: dict[str, Any]) -> dict[str, Any]:
    """The existing contact with the incoming fields laid over it; channels merged, none lost."""
    out = {**existing, **incoming}
    if "channels" in incoming and "channels" in existing:
        channels = [dict(c) for c in existing["channels"]]
        position = {_channel_key(c): i for i, c in enumerate(channels)}
        for channel in incoming["channels"]:
            at = position.get(_channel_key(channel))
            if at is None:
                position[_channel_key(channel)] = len(channels)
                channels.append(channel)
            else:       # the same number or address: the binder's own writing and label stay
                channels[at] = {**channel, **channels[at]}
        out["channels"] = channels[:schema.MAX_LIST]
    return out


def remap(fields: tuple[Field, ...], data: dict[str, Any], ids: dict[str, str]) -> dict[str, Any]:
    """`data` with every reference in `ids` replaced by the id it maps to."""
    out = dict(data)
    for fl in fields:
        value = data.get(fl.name)
        if value is None:
            continue
        if fl.type == schema.REF:
            out[fl.name] = ids.get(value, value)
        elif fl.type == schema.LIST and fl.item is not None:
            if fl.item.type == schema.REF:
                out[fl.name] = list(dict.fromkeys(ids.get(v, v) for v in value))
            elif fl.item.type == schema.OBJECT:
                out[fl.name] = [remap(fl.item.fields, item, ids) for item in value]
    return out
