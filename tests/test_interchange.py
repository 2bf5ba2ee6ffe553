"""Every kind round-trips through the vault and through JSON, CSV and vCard; bad input changes nothing."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from binder.errors import BinderError, ReadOnlyRecord, ValidationError
from binder.interchange import export_file, import_file
from binder.model import schema
from binder.store import incident_log, records
from binder.vault.vault import Vault
from tests.records_for_tests import A1, A2, C1, C2, load_sample, sample


def snapshot(vault: Vault) -> dict[str, dict[str, dict]]:
    return {k: {r.id: r.data for r in records.list_records(vault, k, effective=False)} for k in schema.KINDS}


def expected() -> dict[str, dict[str, dict]]:
    from binder.model.validate import clean_record
    out: dict[str, dict[str, dict]] = {k: {} for k in schema.KINDS}
    for kind, rid, data in sample():
        out[kind][rid] = clean_record(schema.KINDS[kind], data)
    return out


def test_every_kind_round_trips_through_vault(vault: Vault) -> None:
    load_sample(vault)
    assert snapshot(vault) == expected()
    contact = records.get(vault, "contact", C1)
    assert contact.data["channels"][1]["e164"] == "+881631456789"
    assert contact.data["channels"][0]["value"] == "070-123 45 67"   # original kept


def test_json_round_trip_between_vaults(vault: Vault, laptop: Vault, tmp_path: Path) -> None:
    load_sample(vault)
    incident_log.add(vault, "Beslut om stab", kind="decision", decided_by="Örjan", author="Örjan",
                     occurred_at="2026-11-20T08:00+01:00")
    out = tmp_path / "binder.json"
    n = export_file(vault, out)
    assert n == len(sample()) + 1
    doc = json.loads(out.read_text())
    assert doc["format"] == "krisparm-binder" and len(doc["contacts"]) == 3
    result = import_file(laptop, out)
    assert result.added["contact"] == 3 and result.log_entries == 1
    assert snapshot(laptop) == expected()
    assert all(r.origin == "local" for r in records.list_records(laptop, "contact"))
    assert incident_log.entries(laptop)[0].occurred_at.startswith("2026-11-20T08:00")
    # importing the same file again changes nothing, and says so (true counts)
    again = import_file(laptop, out)
    assert again.unchanged["contact"] == 3 and not again.updated and not again.added and again.log_entries == 0
    assert records.count(laptop, "contact") == 3


def test_csv_round_trip_every_kind(vault: Vault, laptop: Vault, tmp_path: Path) -> None:
    load_sample(vault)
    order = ["contacts", "routines", "assets", "comms", "staff", "shifts", "partners"]
    for cli in order:
        export_file(vault, tmp_path / f"{cli}.csv")
    for cli in order:
        import_file(laptop, tmp_path / f"{cli}.csv")
    assert snapshot(laptop) == expected()


def test_vcard_round_trip(vault: Vault, laptop: Vault, tmp_path: Path) -> None:
    load_sample(vault)
    out = tmp_path / "kontakter.vcf"
    assert export_file(vault, out) == 3
    text = out.read_text()
    assert "BEGIN:VCARD" in text and "Örjan Åkesson" in text
    import_file(laptop, out)
    original = records.get(vault, "contact", C1).data
    copy = records.get(laptop, "contact", C1).data
    for key in ("name", "crisis_role", "job_title", "organisation", "unit", "deputies", "channels",
                "availability", "verified_on", "sensitivity"):
        assert copy.get(key) == original.get(key), key


def test_bad_csv_row_names_file_line_field_and_imports_nothing(laptop: Vault, tmp_path: Path) -> None:
    path = tmp_path / "contacts.csv"
    path.write_text("id,name,channels\n,Anna,\n"
                    ",Bertil,\"[{\"\"kind\"\": \"\"mobile\"\", \"\"value\"\": \"\"abc\"\"}]\"\n",
                    encoding="utf-8")
    with pytest.raises(ValidationError) as info:
        import_file(laptop, path)
    msg = info.value.message("en")
    assert "contacts.csv:3" in msg and "channels[1].value" in msg and "not a phone number" in msg
    assert records.count(laptop, "contact") == 0


@pytest.mark.parametrize("content,needle", [
    ('{"format": "krisparm-binder", "format_version": 1, "contacts": [{"name": "A", "name": "B"}]}',
     'the key "name" appears twice'),
    ('{"format": "krisparm-binder", "format_version": 1, "assets": [{"name": "A", "tier": NaN}]}', "not allowed"),
    ('{"format": "krisparm-binder", "format_version": 9}', "Update Krispärm"),
    ('{"format": "something-else"}', "not a Krispärm binder file"),
    ('{"format": "krisparm-binder", "format_version": 1, "contacts": [{"nam": "A"}]}', "unknown field"),
    ('{"format": "krisparm-binder", "format_version": 1, "contacts": [{"name": "A\u202eB"}]}', "direction-override"),
    ('{"format": "krisparm-binder", "format_version": 1, "contacts": [{"name": "A", "deputies": '
     '["00000000-0000-4000-8000-000000000099"]}]}', "does not exist"),
    ('{"format": "krisparm-binder", "format_version": 1, "contacts": [', "not valid JSON"),
])
def test_malformed_json_is_refused(laptop: Vault, tmp_path: Path, content: str, needle: str) -> None:
    path = tmp_path / "bad.json"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(BinderError) as info:
        import_file(laptop, path)
    assert needle in info.value.message("en")
    assert records.count(laptop, "contact") == 0


def test_invalid_utf8_and_malformed_vcard(laptop: Vault, tmp_path: Path) -> None:
    bad = tmp_path / "contacts.csv"
    bad.write_bytes(b"id,name\n,\x81\x8d\n")   # neither UTF-8 nor Windows-1252
    with pytest.raises(ValidationError, match="UTF-8"):
        import_file(laptop, bad)
    vcf = tmp_path / "x.vcf"
    vcf.write_text("BEGIN:VCARD\nVERSION:3.0\nFN:Anna\nEND:VCARD\nBEGIN:VCARD\nVERSION:3.0\nFN:Cut short\n")
    with pytest.raises(ValidationError) as info:
        import_file(laptop, vcf)
    assert "x.vcf:5" in info.value.message("en")
    assert records.count(laptop, "contact") == 0


def test_dependency_cycle_is_named(vault: Vault) -> None:
    load_sample(vault)
    data = dict(records.get(vault, "asset", A1).data, depends_on=[A2])
    with pytest.raises(ValidationError) as info:
        records.save(vault, "asset", data, record_id=A1)
    assert "cycle" in info.value.message("en") and "→" in info.value.message("en")
    assert records.get(vault, "asset", A1).data.get("depends_on") is None


def test_published_records_are_read_only_on_a_laptop(laptop: Vault, tmp_path: Path) -> None:
    with laptop.transaction() as conn:
        records.write(conn, "contact", {"name": "Från samordnaren"}, record_id=C2, origin="published", version=1)
    with pytest.raises(ReadOnlyRecord):
        records.save(laptop, "contact", {"name": "Ändrad"}, record_id=C2)
    path = tmp_path / "contacts.csv"
    path.write_text(f"id,name\n{C2},Överskriven\n")
    with pytest.raises(ReadOnlyRecord):
        import_file(laptop, path)
    assert records.get(laptop, "contact", C2).data["name"] == "Från samordnaren"


def test_swedish_order_in_lists(vault: Vault) -> None:
    for name in ("Öberg", "Zetterlund", "Åberg", "Ärlig", "Andersson", "ärlig", "Wallin", "Vik", "Émile"):
        records.save(vault, "contact", {"name": name})
    names = [r.title for r in records.list_records(vault, "contact")]
    assert names == ["Andersson", "Émile", "Vik", "Wallin", "Zetterlund", "Åberg", "ärlig", "Ärlig", "Öberg"]
    assert next(r.title for r in records.list_records(vault, "contact", descending=True)) == "Öberg"


def test_search_finds_by_name_part_phone_and_log(vault: Vault) -> None:
    load_sample(vault)
    incident_log.add(vault, "Vattenläcka i stadshuset", author="TiB")
    from binder.store.search import search
    assert search(vault, "Örj")[0].id == C1
    assert search(vault, "orjan")[0].id == C1               # diacritics-insensitive
    assert search(vault, "0701234567")[0].id == C1
    assert search(vault, "+46701234567")[0].id == C1
    assert any(h.kind == "log" for h in search(vault, "vattenläcka"))
    # FTS5 syntax in the text is matched as plain words, never run as a query: both words must match
    # (no OR), quotes and stars are dropped (no phrase or prefix tricks), and nothing raises.
    assert search(vault, "vattenläcka") and search(vault, "örjan")
    for operators in ("vattenläcka OR örjan", 'vattenläcka" OR "örjan', "vattenläcka) OR (örjan",
                      "vattenläcka NOT örjan", "NEAR(vattenläcka örjan)"):
        assert search(vault, operators) == [], operators
    assert search(vault, '" OR *') == search(vault, "or")
    assert search(vault, "*") == [] and search(vault, '"') == [] and search(vault, "()") == []


def test_documented_json_schema_is_current() -> None:
    from binder.interchange.document import json_schema
    doc = Path(__file__).resolve().parent.parent / "docs" / "interchange.schema.json"
    assert json.loads(doc.read_text(encoding="utf-8")) == json_schema()


def test_json_error_names_line_and_forged_e164_is_recomputed(laptop: Vault, tmp_path: Path) -> None:
    good = {"id": C1, "name": "A", "channels": [{"kind": "mobile", "value": "070-123 45 67", "e164": "+46999999999"}]}
    bad = {"id": C2, "name": "B", "channels": [{"kind": "mobile", "value": "not a number"}]}
    doc = {"format": "krisparm-binder", "format_version": 1, "contacts": [good, bad]}
    path = tmp_path / "b.json"
    path.write_text(json.dumps(doc, indent=1), encoding="utf-8")
    with pytest.raises(ValidationError) as info:
        import_file(laptop, path)
    line = next(i for i, text in enumerate(path.read_text().splitlines(), 1) if C2 in text)
    assert f"b.json:{line}: contacts[2].channels[1].value" in info.value.message("en")
    doc["contacts"] = [good]
    path.write_text(json.dumps(doc), encoding="utf-8")
    import_file(laptop, path)
    assert records.get(laptop, "contact", C1).data["channels"][0]["e164"] == "+46701234567"
