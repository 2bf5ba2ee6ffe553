"""A vault full of printable data for the printing tests (names with markup, CJK, long text)."""
from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from pypdf import PdfReader

from binder.store import incident_log, metadata, records

MARKUP_NAME = "Bo <b>x</b> Berg"
MARKUP_NOTE = '<img src="/etc/hostname"/> and <font color="red">röd</font>'
CJK_NAME = "王小明 Wang"


def populate(vault: Any, *, contacts: int = 30, long_note: bool = True) -> dict[str, Any]:
    """Contacts in several roles/organisations, routines, assets with dependencies, comms, staff, log."""
    metadata.update(vault, {"classification": "SEKRETESS enl. OSL 18 kap. 13 §", "review_due": "2027-03-01",
                            "plan_version": "2.1", "approved_by": "Kommunstyrelsen"})
    made: dict[str, Any] = {"contacts": [], "routines": [], "assets": []}
    roles = ["Krisledare", "Informationschef", "IT-chef", "Tjänsteman i beredskap", ""]
    orgs = ["Norrbacka kommun", "Räddningstjänsten", "Region Norr"]
    for i in range(contacts):
        name = {0: MARKUP_NAME, 1: CJK_NAME, 2: "Åsa Öberg"}.get(i, f"Kontakt {i:03d} Ärlig")
        data: dict[str, Any] = {
            "name": name, "crisis_role": roles[i % len(roles)], "organisation": orgs[i % len(orgs)],
            "job_title": "Handläggare", "availability": "24/7" if i % 2 else "office_hours",
            "channels": [{"kind": "mobile", "value": f"070-{i:03d} 11 {i % 100:02d}"},
                         {"kind": "rakel", "value": f"{4000 + i}", "talk_group": "KLG-1"}],
            "verified_on": "2026-10-01" if i % 3 else "2024-01-01",
        }
        if i == 0:
            data["notes"] = MARKUP_NOTE
        if i == 3 and long_note:
            data["notes"] = ("Mycket lång anteckning om tillgänglighet och reservvägar. " * 300)[:19_000]
        if made["contacts"]:
            data["deputies"] = [made["contacts"][-1].id]
        made["contacts"].append(records.save(vault, "contact", data))
    first = made["contacts"]
    updated = dict(first[4].data)
    updated["calls"] = [first[5].id, first[6].id]
    records.save(vault, "contact", updated, record_id=first[4].id)
    updated = dict(first[5].data)
    updated["calls"] = [first[7].id]
    records.save(vault, "contact", updated, record_id=first[5].id)
    previous = None
    for i in range(12):
        data = {"name": f"System {chr(65 + i)}", "asset_kind": "device_group" if i % 4 == 3 else "system",
                "tier": 1 + i // 5, "rank": 12 - i, "value_class": "life_health", "rto_h": 4 + i,
                "owner": first[i % len(first)].id, "workaround": "Papper och penna", "device_count": 10 * i}
        if previous is not None and i % 2:
            data["depends_on"] = [previous.id]
        previous = records.save(vault, "asset", data)
        made["assets"].append(previous)
    for r in range(6):
        steps = [{"number": f"{n}", "instruction": f"Rutin {r} steg {n}: gör åtgärd {n} noggrant",
                  "responsible_role": "Krisledare", "time_target_min": 10 * n,
                  "workaround": "Ring via Rakel" if n == 2 else ""} for n in range(1, 9)]
        for step in steps:
            if not step["workaround"]:
                step.pop("workaround")
        made["routines"].append(records.save(vault, "routine", {
            "title": f"Rutin {r} {'aktivering' if r == 0 else 'hantering'}", "first_hour": r == 0,
            "purpose": "Syfte " * 10, "owner_role": "Krisledare", "steps": steps}))
    records.save(vault, "comms", {"target_group": "residents", "title": "Dricksvatten",
                                  "key_messages": ["Koka vattnet", "Följ krisinformation"],
                                  "holding_statement": "Vi arbetar med saken.", "primary_channel": "Radio",
                                  "fallback_channels": ["Anslag", "Möten"], "owner": first[1].id})
    staff = records.save(vault, "staff", {"name": "Stina Stab", "roles": ["Stabschef"], "contact": first[2].id})
    records.save(vault, "shift", {"staff": staff.id, "start": "2026-11-20T07:00:00+01:00",
                                  "end": "2026-11-20T21:00:00+01:00", "role": "Stabschef"})
    records.save(vault, "shift", {"staff": staff.id, "start": "2026-11-21T02:00:00+01:00",
                                  "end": "2026-11-21T08:00:00+01:00", "role": "Stabschef"})
    records.save(vault, "partner", {"organisation": "Grannby kommun", "contact": first[3].id,
                                    "provides": ["IT-tekniker"], "activation": "Ring TiB"})
    incident_log.add(vault, "Beslut: aktivera krisledningen", kind="decision", author="Åsa", decided_by="Åsa")
    incident_log.add(vault, "Lägesbild 1", kind="situation_report", author="Bo")
    return made


def page_texts(pdf: Path | bytes) -> list[str]:
    import io
    reader = PdfReader(io.BytesIO(pdf) if isinstance(pdf, bytes) else str(pdf))
    return [normalise(page.extract_text() or "") for page in reader.pages]


def normalise(text: str) -> str:
    return re.sub(r"\s+", " ", text)


# -- a stress data set: international and satellite numbers, long Swedish compounds ------------------
STRESS_NUMBERS = ["+46 70 311 42 07", "+881 631 415 926", "+870 773 112 345", "+43 664 123 4567 890",
                  "+47 412 34 567", "+49 30 1234 5678 901", "+358 40 1234 5678 9", "+881 6 3141 5926 5"]
LANDLINES = ["0980-38 25 26", "+46 980 38 25 27", "08-123 456 78"]
LONG_ROLE = "Samhällsbyggnadsförvaltningens beredskapssamordnare"
LONG_UNIT = "Kommunledningskontoret"
STRESS_ORG = "Storsjöbygdens kommun"


def _stress_channels(i: int) -> list[dict[str, Any]]:
    return [{"kind": "mobile", "label": "Tjänstemobil", "value": STRESS_NUMBERS[i % len(STRESS_NUMBERS)]},
            {"kind": "satellite", "value": STRESS_NUMBERS[(i + 1) % 3 + 1]},
            {"kind": "rakel", "value": f"{2400100 + i}", "talk_group": "STORSJÖ KRIS-1"},
            {"kind": "landline", "label": "Direktnummer", "value": LANDLINES[i % len(LANDLINES)]}]


def populate_stress(vault: Any) -> dict[str, Any]:
    """A crisis team whose numbers are international (up to 15 digits, +881 satellite) and whose roles,
    units and names are long Swedish compounds; the duty officer (TiB) and the vice chair are also
    somebody's deputy, and the activation routine names the TiB only in its text."""
    metadata.update(vault, {"classification": "SEKRETESS enl. OSL 18 kap. 13 §", "organisation": STRESS_ORG})
    team_roles = ["Krisledningsgruppens ordförande", "Krisledningsgruppens vice ordförande",
                  "Tjänsteman i beredskap (TiB)", "Kommunikationsdirektör och presstalesperson",
                  LONG_ROLE, "Socialförvaltningens förvaltningschef", "Barn- och utbildningsförvaltningens chef",
                  "Räddningschef i beredskap"]
    names = ["Maria-Kristina Andersson-Wikström", "Per-Olof Hjalmarsson Söderqvist", "Ann-Charlotte Lindqvist",
             "Bo Ek", "Karl-Johan Östlund-Näslund", "Eva Li", "Gunnel Björklund-Strömberg", "Ulf Åkesson"]
    made: dict[str, Any] = {"team": []}
    for i, (role, name) in enumerate(zip(team_roles, names, strict=True)):
        made["team"].append(records.save(vault, "contact", {
            "name": name, "crisis_role": role, "organisation": STRESS_ORG, "unit": LONG_UNIT,
            "job_title": "Biträdande förvaltningschef för samhällsbyggnadsfrågor", "availability": "24/7",
            "channels": _stress_channels(i), "verified_on": "2026-01-05" if i % 2 else ""}))
    team = made["team"]
    chair = dict(team[0].data, deputies=[team[1].id, team[2].id], calls=[team[1].id, team[2].id, team[3].id])
    records.save(vault, "contact", chair, record_id=team[0].id)
    tib = dict(team[2].data, calls=[team[4].id, team[5].id, team[6].id, team[7].id])
    records.save(vault, "contact", tib, record_id=team[2].id)
    others = [records.save(vault, "contact", {
        "name": f"Kontaktperson {n} Samhällsbyggnadsförvaltningen", "organisation": "Länsstyrelsen i Storsjö län",
        "crisis_role": "Länsstyrelsens tjänsteman i beredskap" if n == 0 else "",
        "unit": "Beredskapsenheten", "channels": _stress_channels(n + 3)}) for n in range(6)]
    made["others"] = others
    records.save(vault, "routine", {
        "title": "Aktivering av krisledningsgruppen", "first_hour": True, "owner_role": team_roles[0],
        "steps": [{"number": "1", "instruction": "Bekräfta händelsen med TiB och besluta om aktivering.",
                   "responsible_role": team_roles[0], "time_target_min": 10},
                  {"number": "2", "instruction": "Informera Länsstyrelsens tjänsteman i beredskap.",
                   "responsible_role": "TiB", "contacts": [others[0].id], "time_target_min": 20}]})
    previous = None
    for i in range(6):
        data: dict[str, Any] = {"name": f"Ärendehanteringssystem för samhällsbyggnadsnämnden {i}",
                                "asset_kind": "system", "tier": 1, "rank": i + 1, "value_class": "life_health",
                                "owner": team[i % len(team)].id, "supplier": others[i % len(others)].id,
                                "workaround": "Pappersblanketter i Kommunledningskontorets reservlokal"}
        if previous is not None:
            data["depends_on"] = [previous.id]
        previous = records.save(vault, "asset", data)
    staff = records.save(vault, "staff", {"name": names[4], "roles": [LONG_ROLE], "contact": team[4].id})
    records.save(vault, "shift", {"staff": staff.id, "start": "2026-11-20T06:00:00+01:00",
                                  "end": "2026-11-20T20:00:00+01:00", "role": LONG_ROLE,
                                  "location": LONG_UNIT})
    records.save(vault, "shift", {"staff": staff.id, "start": "2026-11-21T02:00:00+01:00",
                                  "end": "2026-11-21T08:00:00+01:00", "role": LONG_ROLE})
    records.save(vault, "partner", {"organisation": "Grannbygdens kommun", "contact": others[1].id,
                                    "provides": ["Beredskapssamordnare"], "activation": "Ring TiB"})
    metadata.update(vault, {"spokesperson": team[3].id})
    return made


def phone_numbers(vault: Any) -> set[str]:
    """Every phone-like number the vault's contacts hold."""
    kinds = {"mobile", "landline", "satellite", "sms", "rakel"}
    return {ch["value"] for c in records.list_records(vault, "contact") for ch in c.data.get("channels", [])
            if ch.get("kind") in kinds}


def pdftotext_pages(pdf: Path, *, layout: bool) -> list[str]:
    """The text of each page as `pdftotext` (poppler) gives it; non-breaking spaces as spaces."""
    import subprocess
    args = ["pdftotext"] + (["-layout"] if layout else ["-raw"]) + [str(pdf), "-"]
    out = subprocess.run(args, capture_output=True, text=True, check=True).stdout
    return out.replace("\xa0", " ").split("\f")[:-1]
