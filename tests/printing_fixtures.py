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
