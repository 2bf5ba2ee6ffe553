"""A small binder with one or more records of every kind, for round-trip tests."""
from __future__ import annotations

from typing import Any

C1, C2, C3 = "11111111-1111-4111-8111-111111111111", "22222222-2222-4222-8222-222222222222", \
    "33333333-3333-4333-8333-333333333333"
R1 = "44444444-4444-4444-8444-444444444444"
A1, A2 = "55555555-5555-4555-8555-555555555555", "66666666-6666-4666-8666-666666666666"
M1, S1, SH1, P1 = ("77777777-7777-4777-8777-777777777777", "88888888-8888-4888-8888-888888888888",
                   "99999999-9999-4999-8999-999999999999", "aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa")


def sample(marker: str = "") -> list[tuple[str, str, dict[str, Any]]]:
    """(kind, id, fields) in dependency order; `marker` is appended to free text."""
    m = f" {marker}" if marker else ""
    return [
        ("contact", C2, {"name": f"Ängla Berg{m}", "crisis_role": "Stabschef", "organisation": "Norrbacka kommun",
                         "channels": [{"kind": "mobile", "value": "070-222 22 22"},
                                      {"kind": "email", "value": "angla@example.se"}],
                         "verified_on": "2026-09-01", "notes": f"Anteckning{m}"}),
        ("contact", C3, {"name": "Zacharias Öst", "channels": [{"kind": "landline", "value": "0920-45 60 00"}]}),
        ("contact", C1, {"name": f"Örjan Åkesson{m}", "crisis_role": "Krisledningschef", "job_title": "Kommundirektör",
                         "organisation": "Norrbacka kommun", "unit": "Ledning", "deputies": [C2, C3],
                         "channels": [{"kind": "mobile", "label": "Tjänst", "value": "070-123 45 67"},
                                      {"kind": "satellite", "value": "+881 6 3145 6789"},
                                      {"kind": "rakel", "value": "2401234", "talk_group": "KOM KRIS-1"},
                                      {"kind": "runner", "value": f"Kommunhuset rum 214{m}"}],
                         "availability": "24/7", "calls": [C2, C3], "sensitivity": "sensitive",
                         "verified_on": "2026-10-01", "verified_by": "Säkerhetssamordnaren"}),
        ("routine", R1, {"title": f"Aktivera krisledningen{m}", "purpose": "Samla krisledningen",
                         "trigger": "Allvarlig händelse",
                         "owner_role": "TiB", "scenarios": ["IT-angrepp", "Elavbrott"], "first_hour": True,
                         "version": "3", "review_due": "2027-06-30",
                         "steps": [{"number": "1", "instruction": f"Ring krisledningschefen{m}",
                                    "responsible_role": "TiB",
                                    "time_target_min": 0, "duration_min": 5, "contacts": [C1]},
                                   {"number": "2a", "instruction": "Öppna stabsrummet", "time_target_min": 30,
                                    "workaround": "Använd nyckel i kassaskåpet"}]}),
        ("asset", A1, {"name": f"Nätverk{m}", "asset_kind": "system", "tier": 1, "rank": 1,
                       "value_class": "life_health", "rto_h": 4, "rpo_h": 24, "mtpd_h": 8, "owner": C1,
                       "backup_location": "Bergrummet", "last_restore_test": "2026-05-01",
                       "workaround": f"Papper{m}", "restoration_routine": R1}),
        ("asset", A2, {"name": "Hemtjänstens surfplattor", "asset_kind": "device_group", "tier": 2, "rank": 3,
                       "depends_on": [A1], "device_count": 120, "supplier": C3}),
        ("comms", M1, {"target_group": "residents", "title": f"Invånare{m}",
                       "key_messages": [f"Vi arbetar på det{m}", "Ring 113 13"],
                       "holding_statement": "Kommunen har drabbats av ett IT-angrepp.",
                       "primary_channel": "P4 Norrbotten", "fallback_channels": ["Anslag", "Krissida"],
                       "owner": C2, "cadence": "Dagligen", "briefing_time": "09:00",
                       "next_update_due": "2026-11-26T09:00:00+01:00"}),
        ("staff", S1, {"name": f"Örjan Åkesson{m}", "contact": C1, "roles": ["Krisledningschef"],
                       "skills": ["Ledning"], "source": "own", "notes": f"Staff note{m}"}),
        ("shift", SH1, {"staff": S1, "start": "2026-11-20T07:00:00+01:00", "end": "2026-11-20T21:00:00+01:00",
                        "role": "Krisledningschef", "location": f"Stabsrummet{m}"}),
        ("partner", P1, {"organisation": f"Grannby kommun{m}", "contact": C2, "provides": ["IT-tekniker"],
                         "agreement_ref": "LEH 4:1 avtal 2025-03", "activation": "Ring TiB", "notes": f"Partner{m}"}),
    ]


def load_sample(vault, marker: str = "") -> None:  # type: ignore[no-untyped-def]
    from binder.store import records
    for kind, rid, data in sample(marker):
        with vault.transaction() as conn:
            from binder.model import schema
            from binder.model.validate import clean_record
            records.write(conn, kind, clean_record(schema.KINDS[kind], data), record_id=rid,
                          origin="published" if vault.is_publisher else "local", version=1)
