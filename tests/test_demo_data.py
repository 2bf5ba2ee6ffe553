"""The committed demo binder (resources/demo/demo-binder.json): reproducible, valid, complete."""
from __future__ import annotations

import json
import subprocess
import sys
import unicodedata
import uuid
from collections import Counter
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest

from binder.model import schema
from binder.model.integrity import check_acyclic, check_references, find_cycle
from binder.model.phones import PHONE_CHANNELS
from binder.model.validate import clean_metadata, clean_record, parse_datetime
from binder.resources import resource_path
from binder.store.staffing import check_shifts

DEMO = resource_path("demo", "demo-binder.json")
GENERATOR = resource_path("demo", "generate_demo.py")
SECTIONS = {"contacts": "contact", "routines": "routine", "assets": "asset", "comms": "comms",
            "staff": "staff", "shifts": "shift", "partners": "partner"}
TODAY = date(2026, 11, 25)


@pytest.fixture(scope="module")
def demo() -> dict[str, Any]:
    return json.loads(DEMO.read_text(encoding="utf-8"))


def _records(document: dict[str, Any]) -> list[tuple[str, str, dict[str, Any]]]:
    return [(kind, r["id"], {k: v for k, v in r.items() if k != "id"})
            for section, kind in SECTIONS.items() for r in document[section]]


def _strings(value: Any) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [s for v in value.values() for s in _strings(v)]
    if isinstance(value, list):
        return [s for v in value for s in _strings(v)]
    return []


def _generate(out: Path, *args: str) -> bytes:
    subprocess.run([sys.executable, str(GENERATOR), "--out", str(out), *args], check=True,
                   capture_output=True, timeout=120)
    return out.read_bytes()


def test_committed_file_equals_a_fresh_run(tmp_path: Path) -> None:
    first = _generate(tmp_path / "a.json")
    second = _generate(tmp_path / "b.json")
    assert first == second, "the generator is not deterministic"
    assert first == DEMO.read_bytes(), "demo-binder.json is stale: run resources/demo/generate_demo.py"


def test_envelope_follows_interchange_format_1(demo: dict[str, Any]) -> None:
    assert demo["format"] == "krisparm-binder"
    assert demo["format_version"] == 1
    assert set(demo) == {"format", "format_version", "binder", "log", *SECTIONS}
    meta = demo["binder"]
    assert clean_metadata(meta) == meta
    assert meta["organisation"] == "Norrbacka kommun" and meta["organisation_id"] == "norrbacka"
    assert meta["classification"] == "Sekretess enligt OSL / Restricted"
    assert TODAY < date.fromisoformat(meta["review_due"]) <= TODAY + timedelta(days=365)
    contact_ids = {c["id"] for c in demo["contacts"]}
    assert meta["spokesperson"] in contact_ids and meta["spokesperson_deputy"] in contact_ids
    assert meta["spokesperson"] != meta["spokesperson_deputy"]


def test_every_record_is_valid_and_canonical(demo: dict[str, Any]) -> None:
    ids: list[str] = []
    for kind, record_id, fields in _records(demo):
        assert str(uuid.UUID(record_id)) == record_id
        assert clean_record(schema.KINDS[kind], fields) == fields, f"{kind} {record_id} is not canonical"
        ids.append(record_id)
    assert len(ids) == len(set(ids)), "duplicate record ids"


def test_references_resolve_to_the_right_kind(demo: dict[str, Any]) -> None:
    kinds = {record_id: kind for kind, record_id, _ in _records(demo)}
    check_references(_records(demo), lambda kind, target: kinds.get(target) == kind)
    for contact in demo["contacts"]:
        assert contact["id"] not in contact.get("deputies", []), contact["name"]


def test_restoration_dependencies_are_acyclic_and_never_point_to_a_later_tier(demo: dict[str, Any]) -> None:
    assets = {a["id"]: a for a in demo["assets"]}
    check_acyclic(assets)
    for asset in assets.values():
        for dep in asset.get("depends_on", []):
            assert assets[dep]["tier"] <= asset["tier"], (asset["name"], assets[dep]["name"])
    by_name = {a["name"]: a for a in assets.values()}
    assert by_name["Active Directory (inloggning och behörigheter)"]["tier"] == 1
    assert sorted(a["rank"] for a in assets.values()) == list(range(1, 151))


def test_counts(demo: dict[str, Any]) -> None:
    assert len(demo["contacts"]) >= 300
    assert len(demo["routines"]) == 40
    assert len(demo["assets"]) == 150
    assert sorted(c["target_group"] for c in demo["comms"]) == sorted(
        g for g in schema.TARGET_GROUPS if g != "other")
    assert 35 <= len(demo["staff"]) <= 45
    assert 110 <= len(demo["shifts"]) <= 130
    assert 6 <= len(demo["partners"]) <= 10
    assert 5 <= len(demo["log"]) <= 8


def test_shifts_show_each_working_time_warning(demo: dict[str, Any]) -> None:
    names = {s["id"]: s["name"] for s in demo["staff"]}
    shifts = [(s["id"], s["staff"], parse_datetime(s["start"]), parse_datetime(s["end"])) for s in demo["shifts"]]
    rules = Counter(w.rule for w in check_shifts(shifts, names))
    assert set(rules) == {"long_shift", "short_rest", "week_hours"}
    for _sid, _staff, start, _end in shifts:
        assert date(2026, 11, 23) <= start.date() <= date(2026, 11, 29)


def test_swedish_and_other_scripts_are_present(demo: dict[str, Any]) -> None:
    text = "\n".join(_strings(demo))
    for letter in "åäöÅÄÖ":
        assert letter in text
    names = [c["name"] for c in demo["contacts"]]
    scripts = {unicodedata.name(ch).split()[0] for name in names for ch in name if ch.isalpha()}
    assert {"CYRILLIC", "CJK"} <= scripts
    assert any(ch in "".join(names) for ch in "čđŋšŧž"), "no Northern Sámi name"
    rtl = [s for s in _strings(demo) if any(unicodedata.bidirectional(ch) in ("R", "AL") for ch in s)]
    assert rtl == [], "the PDF library cannot shape right-to-left text"


def test_demo_holds_no_markup(demo: dict[str, Any]) -> None:
    assert [s for s in _strings(demo) if "<" in s or ">" in s] == []


def test_contacts_look_like_a_real_binder(demo: dict[str, Any]) -> None:
    contacts = demo["contacts"]
    by_role = {c.get("crisis_role"): c for c in contacts}
    chief = by_role["Krisledningschef"]
    assert len(chief["calls"]) == 5 and 1 <= len(chief["deputies"]) <= 3
    assert [ch["kind"] for ch in chief["channels"]][:2] == ["mobile", "mobile"]
    assert {"satellite", "rakel", "runner"} <= {ch["kind"] for ch in chief["channels"]}
    stale = [c for c in contacts if date.fromisoformat(c["verified_on"]) < TODAY - timedelta(days=180)]
    assert 0.05 <= len(stale) / len(contacts) <= 0.15
    assert 1 <= sum(c.get("sensitivity") == "sensitive" for c in contacts) <= 5
    phones = [ch["value"] for c in contacts for ch in c["channels"]
              if ch["kind"] in PHONE_CHANNELS and ch.get("label") != "Växel/jour"]
    assert len(phones) == len(set(phones)), "two contacts share a number"
    # The call tree is a tree: nobody is called twice, nobody calls the chief.
    called = [callee for c in contacts for callee in c.get("calls", [])]
    assert len(called) == len(set(called)) and chief["id"] not in called
    assert find_cycle({c["id"]: c.get("calls", []) for c in contacts}) is None
    assert len(called) >= 100


def test_routines_and_assets_are_complete(demo: dict[str, Any]) -> None:
    for routine in demo["routines"]:
        assert 5 <= len(routine["steps"]) <= 15, routine["title"]
        targets = [s.get("time_target_min", 0) for s in routine["steps"]]
        assert targets[0] <= 60, routine["title"]
    first_hour = [r["title"] for r in demo["routines"] if r.get("first_hour")]
    assert any("Aktivering" in t for t in first_hour) and any("IT-angrepp" in t for t in first_hour)
    assert any(s["number"].endswith("a") for r in demo["routines"] for s in r["steps"])
    devices = sum(a.get("device_count", 0) for a in demo["assets"] if a["asset_kind"] == "device_group")
    assert 1_100 <= devices <= 1_300
    assert {a["value_class"] for a in demo["assets"]} == set(schema.VALUE_CLASSES)
    assert sum("restoration_routine" in a for a in demo["assets"]) >= 20


def test_log_entries(demo: dict[str, Any]) -> None:
    for entry in demo["log"]:
        assert set(entry) == {"occurred_at", "kind", "priority", "text", "author", "role", "decided_by", "basis",
                              "affected"}
        when = parse_datetime(entry["occurred_at"])
        assert when.utcoffset() is not None and when.date() == date(2026, 11, 20)
        assert entry["kind"] in schema.LOG_KINDS and entry["priority"] in schema.LOG_PRIORITIES
        assert entry["text"] and entry["author"]
    decisions = [e for e in demo["log"] if e["kind"] == "decision"]
    assert decisions and all(e["decided_by"] and e["basis"] for e in decisions)
    assert any(e["kind"] == "situation_report" for e in demo["log"])


def test_large_synthetic_set_keeps_the_format(tmp_path: Path) -> None:
    big = json.loads(_generate(tmp_path / "big.json", "--contacts", "1500"))
    assert len(big["contacts"]) == 1500
    assert len(big["assets"]) == 150 and len(big["routines"]) == 40
    kinds = {record_id: kind for kind, record_id, _ in _records(big)}
    assert len(kinds) == sum(len(big[s]) for s in SECTIONS)
    check_references(_records(big), lambda kind, target: kinds.get(target) == kind)
    assert sum(bool(c.get("deputies")) for c in big["contacts"]) > 300
    assert all(c["channels"] for c in big["contacts"])


def test_demo_loads_into_a_real_vault_through_the_importer(tmp_path: Path) -> None:
    from binder import demo as demo_vault
    from binder.store import incident_log, records, restoration, staffing
    from tests.conftest import FAST_KDF

    vault, _recovery, result = demo_vault.create_demo_vault(tmp_path / "demo", kdf=FAST_KDF)
    try:
        assert result.added["contact"] == 300 and result.added["asset"] == 150 and result.log_entries == 6
        assert len(records.list_records(vault, "routine")) == 40
        plan = restoration.plan(vault)
        # The list is already in a sensible order: restoring by rank never waits on a later asset.
        assert [item.record.data["rank"] for item in plan] == list(range(1, 151))
        assert plan[0].record.title.startswith("Serverhall")
        assert {w.rule for w in staffing.warnings(vault)} == {"long_shift", "short_rest", "week_hours"}
        assert incident_log.verify(vault)[0]
    finally:
        vault.close()
