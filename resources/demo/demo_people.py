"""Demo contacts: Norrbacka kommun's crisis management team, unit staff and external contacts.

Contacts are addressed by a readable key (e.g. "klg.itchef", "ext.itdrift.jour") so the other
demo modules can refer to them; `demo_common.uid("contact", key)` turns a key into the record id.
The people themselves are listed in `demo_directory`.
"""
from __future__ import annotations

import random
import unicodedata
from typing import Any

from demo_common import DOMAIN, days_ago, uid
from demo_directory import (
    AVAILABILITY_NOTES,
    EXTERNALS,
    KLG,
    RAKEL_TG,
    SPECIAL_NAMES,
    SWEDISH_FIRST,
    SWEDISH_LAST,
    TOWN_HALL,
    UNITS,
)


def _lower_first(text: str) -> str:
    """'Socialchef' -> 'socialchef', but 'IT-chef' stays 'IT-chef'."""
    return text if text[1:2].isupper() else text[:1].lower() + text[1:]


def ascii_local(name: str) -> str:
    """An e-mail local part for a Swedish name: 'Åsa Öberg' -> 'asa.oberg'."""
    text = unicodedata.normalize("NFKD", name.lower())
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    return ".".join("".join(ch for ch in part if ch.isalnum()) for part in text.split() if part)


class Numbers:
    """Unique fictional phone numbers, drawn from a seeded generator."""

    MOBILE_PREFIXES = ("070", "072", "073", "076")

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.used: set[str] = set()

    def mobile(self) -> str:
        while True:
            prefix = self.rng.choice(self.MOBILE_PREFIXES)
            digits = f"17{self.rng.randrange(100_000):05d}"
            text = f"{prefix}-{digits[:3]} {digits[3:5]} {digits[5:]}"
            if text not in self.used:
                self.used.add(text)
                return text

    def landline(self) -> str:
        while True:
            digits = f"3{self.rng.randrange(100_000):05d}"
            text = f"0980-{digits[:2]} {digits[2:4]} {digits[4:]}"
            if text not in self.used:
                self.used.add(text)
                return text

    def satellite(self) -> str:
        while True:
            text = f"+881 6 31{self.rng.randrange(100):02d} {self.rng.randrange(10_000):04d}"
            if text not in self.used:
                self.used.add(text)
                return text

    def issi(self) -> str:
        while True:
            text = f"24{self.rng.randrange(100_000):05d}"
            if text not in self.used:
                self.used.add(text)
                return text


class NamePool:
    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.used: set[str] = set()

    def swedish(self) -> str:
        for _ in range(50):
            name = f"{self.rng.choice(SWEDISH_FIRST)} {self.rng.choice(SWEDISH_LAST)}"
            if name not in self.used:
                self.used.add(name)
                return name
        # Large synthetic sets: allow a double-barrelled surname.
        name = f"{self.rng.choice(SWEDISH_FIRST)} {self.rng.choice(SWEDISH_LAST)}-{self.rng.choice(SWEDISH_LAST)}"
        self.used.add(name)
        return name


def verified(rng: random.Random) -> str:
    """Most contacts verified recently; about one in ten stale (older than 180 days)."""
    if rng.random() < 0.08:
        return days_ago(rng.randint(200, 520))
    return days_ago(rng.randint(3, 150))


class ContactBuilder:
    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.numbers = Numbers(rng)
        self.names = NamePool(rng)
        self.people: dict[str, dict[str, Any]] = {}       # key -> fields (insertion order kept)
        self.emails: set[str] = set()
        self.verifier = ""                                # the safety coordinator checks the list

    def email(self, local: str, domain: str = DOMAIN) -> str:
        address, n = f"{local}@{domain}", 2
        while address in self.emails:
            address, n = f"{local}{n}@{domain}", n + 1
        self.emails.add(address)
        return address

    def add(self, key: str, name: str, email_local: str, *, crisis_role: str = "", job_title: str = "",
            organisation: str = "Norrbacka kommun", unit: str = "", availability: str = "office_hours",
            key_role: bool = False, private: bool = False, room: str = "", notes: str = "",
            domain: str = DOMAIN, landline: str = "", rakel_tg: str = "", satellite: bool = False) -> None:
        channels: list[dict[str, str]] = [{"kind": "mobile", "label": "Tjänstemobil", "value": self.numbers.mobile()}]
        if private:
            channels.append({"kind": "mobile", "label": "Privat mobil (endast kris)", "value": self.numbers.mobile()})
        channels.append({"kind": "landline", "label": "Direktnummer" if not landline else "Växel/jour",
                         "value": landline or self.numbers.landline()})
        if satellite or key_role:
            channels.append({"kind": "satellite", "label": "Satellittelefon (Iridium)",
                             "value": self.numbers.satellite()})
        if rakel_tg or key_role:
            channels.append({"kind": "rakel", "label": "Rakel", "value": self.numbers.issi(),
                             "talk_group": rakel_tg or self.rng.choice(RAKEL_TG[:3])})
        channels.append({"kind": "email", "label": "E-post", "value": self.email(email_local, domain)})
        if room:
            channels.append({"kind": "address", "label": "Arbetsplats", "value": f"{TOWN_HALL}, rum {room}"})
            channels.append({"kind": "runner", "label": "Springare",
                             "value": f"Skicka springare till kommunhuset, rum {room}"})
        record: dict[str, Any] = {
            "name": name, "crisis_role": crisis_role, "job_title": job_title, "organisation": organisation,
            "unit": unit, "channels": channels, "availability": availability,
            "availability_note": AVAILABILITY_NOTES.get(availability, ""), "notes": notes,
            "sensitivity": "normal", "verified_on": verified(self.rng),
            "verified_by": self.verifier,
        }
        self.people[key] = record


def build_contacts(rng: random.Random, total: int) -> tuple[dict[str, dict[str, Any]], dict[str, list[str]]]:
    """Contacts by key (in file order) and the member keys of each unit (lead first)."""
    cb = ContactBuilder(rng)
    room = iter(range(201, 400))
    cb.verifier = cb.names.swedish()
    for role in KLG:
        name = cb.verifier if role.key == "sakerhetssamordnare" else cb.names.swedish()
        cb.add(f"klg.{role.key}", name, ascii_local(name), crisis_role=role.crisis_role, job_title=role.job_title,
               unit=role.unit, availability=role.availability, key_role=role.key_role, private=True,
               room=str(next(room)), notes=role.note)
        for i, title in enumerate(role.deputies, start=1):
            dep = cb.names.swedish()
            cb.add(f"klg.{role.key}.dep{i}", dep, ascii_local(dep),
                   crisis_role=f"Ersättare {i} för {_lower_first(role.crisis_role)}",
                   job_title=title, unit=role.unit,
                   availability="on_call_weeks" if role.key == "tib" else role.availability,
                   key_role=role.key_role and i == 1, private=i == 1, room=str(next(room)) if i == 1 else "",
                   notes="Beredskapsvecka " + "BCD"[i - 1] + "." if role.key == "tib" else "")
    externals_keys: list[str] = []
    for ext in EXTERNALS:
        name, local = SPECIAL_NAMES[ext.name_key] if ext.name_key else (cb.names.swedish(), "")
        local = local or ascii_local(name)
        cb.add(ext.key, name, local, crisis_role=ext.crisis_role, job_title=ext.job_title,
               organisation=ext.organisation, unit=ext.unit, availability=ext.availability, notes=ext.note,
               domain=ext.email_domain, landline=ext.landline, rakel_tg=ext.rakel_tg, satellite=ext.satellite)
        externals_keys.append(ext.key)
    units: dict[str, list[str]] = {}
    planned = sum(n for _, _, n in UNITS)
    extra = max(0, total - len(cb.people) - planned)
    for u, (unit, titles, count) in enumerate(UNITS):
        members = units.setdefault(unit, [])
        share = count + (extra * count // planned if extra else 0)
        for i in range(share):
            key = f"unit.{u}.{i}"
            name = cb.names.swedish()
            title = titles[0] if i == 0 else titles[1 + (i - 1) % (len(titles) - 1)]
            cb.add(key, name, ascii_local(name), job_title=title, unit=unit,
                   crisis_role="Enhetens kontaktperson i kris" if i == 0 else "",
                   availability="24/7" if unit in ("Räddningstjänsten",) or "äldreboende" in unit else "office_hours")
            members.append(key)
    _fill_to_total(cb, units, total)
    for members in units.values():        # unit members are checked by their own lead
        for key in members[1:]:
            cb.people[key]["verified_by"] = cb.people[members[0]]["name"]
    _add_deputies(rng, cb.people, units)
    _add_call_tree(rng, cb.people, units)
    _mark_sensitive(cb.people)
    return cb.people, units


def _fill_to_total(cb: ContactBuilder, units: dict[str, list[str]], total: int) -> None:
    """Top up the largest unit so the binder holds exactly `total` contacts (when total is larger)."""
    unit = "Hemtjänst Centrum"
    i = len(units[unit])
    while len(cb.people) < total:
        key = f"unit.fill.{i}"
        name = cb.names.swedish()
        cb.add(key, name, ascii_local(name), job_title="Undersköterska", unit=unit)
        units[unit].append(key)
        i += 1


def _add_deputies(rng: random.Random, people: dict[str, dict[str, Any]], units: dict[str, list[str]]) -> None:
    for role in KLG:
        people[f"klg.{role.key}"]["deputies"] = [uid("contact", f"klg.{role.key}.dep{i}")
                                                 for i in range(1, len(role.deputies) + 1)]
    for members in units.values():
        lead = members[0]
        if len(members) > 2:
            people[lead]["deputies"] = [uid("contact", members[1]), uid("contact", members[2])]
        for key in members[1:]:
            if rng.random() < 0.35:
                other = rng.choice(members)
                if other != key:
                    people[key]["deputies"] = [uid("contact", other)]
    people["ext.itdrift.jour"]["deputies"] = [uid("contact", "ext.itdrift.sec"), uid("contact", "ext.itdrift.ka")]
    people["ext.ir.jour"]["deputies"] = [uid("contact", "ext.ir.forensik")]


def _add_call_tree(rng: random.Random, people: dict[str, dict[str, Any]], units: dict[str, list[str]]) -> None:
    """Who calls whom: the crisis chief calls five, each of them three to five, and so on."""
    called: set[str] = {"klg.krisledningschef"}
    calls: dict[str, list[str]] = {}

    def assign(caller: str, candidates: list[str], high: int = 5) -> list[str]:
        picked = [c for c in candidates if c not in called and c in people][:high]
        called.update(picked)
        calls[caller] = picked
        return picked

    queue = ["klg.krisledningschef"]
    while queue:
        caller = queue.pop(0)
        if caller.startswith("klg.") and caller.count(".") == 1:
            role = next(r for r in KLG if f"klg.{r.key}" == caller)
            cands = [f"klg.{k}" for k in role.calls] + [f"klg.{role.key}.dep{i}"
                                                          for i in range(1, len(role.deputies) + 1)]
            cands += [units[u][0] for u in role.units if u in units]
            picked = assign(caller, cands, high=5)
        elif caller in {m[0] for m in units.values()}:
            unit_members = next(m for m in units.values() if m[0] == caller)
            picked = assign(caller, unit_members[1:], high=rng.randint(3, 5))
        else:
            picked = []
        queue.extend(picked)
    for caller, callees in calls.items():
        if callees:
            people[caller]["calls"] = [uid("contact", c) for c in callees]


def _mark_sensitive(people: dict[str, dict[str, Any]]) -> None:
    """A couple of contacts hold protected personal data."""
    for key, note in (("klg.tib.dep1", "Skyddade personuppgifter: hemadress och privat nummer lämnas inte ut."),
                      ("klg.hemtjanstchef", "Privat mobil lämnad frivilligt för krisläge. Får inte spridas.")):
        if key in people:
            person = people[key]
            person["sensitivity"] = "sensitive"
            person["notes"] = (person["notes"] + " " + note).strip()
