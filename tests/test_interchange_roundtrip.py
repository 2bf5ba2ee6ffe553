"""Every field of every kind survives JSON, CSV, .xlsx and (contacts) vCard: generated from binder/model/schema.py.

The values are chosen to be awkward: å/ä/ö, `|` and `\\` inside list items, text that looks like a
spreadsheet formula, commas and semicolons (vCard), several lines in multi-line fields.
"""
from __future__ import annotations

import uuid
from pathlib import Path
from typing import Any

import pytest

from binder.interchange import export_file, import_file
from binder.model import schema
from binder.model.schema import Field
from binder.model.validate import clean_record
from binder.store import incident_log, records, routine_runs
from binder.vault.vault import Vault

NS = uuid.UUID("2f0e6c4e-0000-4000-8000-000000000000")
ORDER = list(schema.KINDS)          # dependency order: contacts first
CHANNEL_VALUES = {"mobile": "070-123 45 67", "landline": "0980-321 00", "satellite": "+881 6 3145 6789",
                  "rakel": "2401234", "email": "orjan@example.se", "address": "Storgatan 1; 981 31 Kiruna, Sverige",
                  "runner": "=Kommunhuset, rum 214", "sms": "073-179 36 09", "other": "Fax 0980-321 01"}


def rid(kind: str, n: int) -> str:
    return str(uuid.uuid5(NS, f"{kind}{n}"))


def value(fl: Field, owner: str) -> Any:
    """An awkward, valid value for every field type."""
    t = fl.type
    if t == schema.STR:
        text = f"=Ärende; {fl.name}, del | 2"
        return text[:fl.limit] if fl.name != "briefing_time" else "07:30"
    if t == schema.TEXT:
        return f"@Rad ett, {fl.name};\nRad två | med \\ och \"citat\""
    if t == schema.INT:
        return fl.maximum if fl.maximum is not None and fl.maximum < 1000 else (fl.minimum or 0) + 7
    if t == schema.BOOL:
        return True
    if t == schema.DATE:
        return "2026-10-01"
    if t == schema.DATETIME:
        return "2026-11-20T07:00:00+01:00"
    if t == schema.ENUM:
        return fl.enum[-1]
    if t == schema.REF:
        return rid(fl.ref, 2)                  # the second, plain record of the referenced kind
    if t == schema.LIST:
        assert fl.item is not None
        if fl.name == "channels":
            return [{"kind": kind, "value": v, "label": f"Etikett {kind}, a|b",
                     **({"talk_group": "KOM KRIS-1, alt"} if kind == "rakel" else {})}
                    for kind, v in CHANNEL_VALUES.items()]
        if fl.item.type == schema.REF:
            return [rid(fl.item.ref, 2), rid(fl.item.ref, 3)]
        if fl.item.type == schema.OBJECT:
            return [value(fl.item, owner), {**value(fl.item, owner), "number": "2b"}]
        return ["a | b", "c\\d", "-e", "Å"]
    if t == schema.OBJECT:
        return {sub.name: value(sub, owner) for sub in fl.fields if sub.name != "e164"}
    raise AssertionError(t)


def plain(kind: schema.Kind, n: int) -> dict[str, Any]:
    """The smallest valid record: required fields only, references to record 3."""
    out = {}
    for fl in kind.fields:
        if fl.required:
            out[fl.name] = rid(fl.ref, 3) if fl.type == schema.REF else value(fl, kind.name)
    if kind.name == "contact":
        out["name"] = f"Plain {n}"
    if kind.name == "asset":
        out["rank"] = n
    return out


def binder() -> list[tuple[str, str, dict[str, Any]]]:
    """Per kind: record 1 with every field; records 2 and 3 plain (targets of the references)."""
    out = []
    for name in ORDER:
        kind = schema.KINDS[name]
        for n in (3, 2):
            out.append((name, rid(name, n), plain(kind, n)))
    for name in ORDER:
        kind = schema.KINDS[name]
        full = {fl.name: value(fl, name) for fl in kind.fields}
        out.append((name, rid(name, 1), full))
    return out


def load(vault: Vault) -> dict[str, dict[str, dict]]:
    expected: dict[str, dict[str, dict]] = {k: {} for k in ORDER}
    with vault.transaction() as conn:
        for kind, record_id, data in binder():
            cleaned = clean_record(schema.KINDS[kind], data)
            records.write(conn, kind, cleaned, record_id=record_id, origin="published", version=1)
            expected[kind][record_id] = cleaned
    return expected


def snapshot(vault: Vault) -> dict[str, dict[str, dict]]:
    return {k: {r.id: r.data for r in records.list_records(vault, k, effective=False)} for k in ORDER}


def test_the_generated_binder_fills_every_field() -> None:
    full = {kind: data for kind, record_id, data in binder() if record_id == rid(kind, 1)}
    for name, kind in schema.KINDS.items():
        cleaned = clean_record(kind, full[name])
        assert set(cleaned) == {fl.name for fl in kind.fields}, name
    channels = clean_record(schema.KINDS["contact"], full["contact"])["channels"]
    assert {c["kind"] for c in channels} == set(schema.CHANNEL_KINDS)


@pytest.mark.parametrize("fmt", ["json", "csv", "xlsx", "xlsx-per-kind"])
def test_every_field_of_every_kind_round_trips(fmt: str, vault: Vault, laptop: Vault, tmp_path: Path) -> None:
    expected = load(vault)
    if fmt == "json":
        export_file(vault, tmp_path / "binder.json")
        import_file(laptop, tmp_path / "binder.json")
    elif fmt == "xlsx":
        export_file(vault, tmp_path / "binder.xlsx")
        import_file(laptop, tmp_path / "binder.xlsx")
    else:
        suffix = ".csv" if fmt == "csv" else ".xlsx"
        for name in ORDER:
            export_file(vault, tmp_path / f"{schema.KINDS[name].cli}{suffix}", delimiter=";" if fmt == "csv" else ",")
        # Routines and assets refer to each other, so one file per kind needs two passes:
        # the first leaves out rows whose targets are in a later file, the second brings them in.
        for name in ORDER:
            import_file(laptop, tmp_path / f"{schema.KINDS[name].cli}{suffix}", skip_invalid=True)
        for name in ORDER:
            import_file(laptop, tmp_path / f"{schema.KINDS[name].cli}{suffix}")
    assert snapshot(laptop) == expected


def test_every_contact_field_round_trips_through_vcard(vault: Vault, laptop: Vault, tmp_path: Path) -> None:
    expected = load(vault)["contact"]
    export_file(vault, tmp_path / "contacts.vcf")
    raw = (tmp_path / "contacts.vcf").read_bytes()
    assert all(len(line) <= 75 for line in raw.split(b"\r\n"))         # folded as RFC 6350 asks
    import_file(laptop, tmp_path / "contacts.vcf")
    assert snapshot(laptop)["contact"] == expected


def test_log_and_runs_export_to_csv_and_xlsx(vault: Vault, tmp_path: Path) -> None:
    import csv
    import io

    import openpyxl
    load(vault)
    first = incident_log.add(vault, "=Beslut: stab upprättas", kind="decision", decided_by="Örjan Åkesson",
                             author="Märta", occurred_at="2026-11-20T08:00+01:00")
    incident_log.add(vault, "Rättelse: stab kl 08.15", kind="decision", corrects=first.seq, author="Märta",
                     occurred_at="2026-11-20T08:15+01:00")
    run = routine_runs.start(vault, rid("routine", 1), started_by="TiB")
    routine_runs.set_step(vault, run.id, run.steps[0].number, "done", by="Märta", remark="klart")
    assert export_file(vault, tmp_path / "log.csv", delimiter=";") == 2
    rows = list(csv.DictReader(io.StringIO((tmp_path / "log.csv").read_text(encoding="utf-8-sig")), delimiter=";"))
    assert rows[0]["text"] == "'=Beslut: stab upprättas" and rows[0]["decided_by"] == "Örjan Åkesson"
    assert rows[0]["occurred_at"] == "2026-11-20T08:00:00+01:00" and rows[0]["recorded_at"]
    assert rows[0]["corrected_by"] == "2" and rows[1]["corrects"] == "1"
    assert rows[1]["prev_hash"] == rows[0]["hash"] and len(rows[0]["hash"]) == 64
    export_file(vault, tmp_path / "körningar.xlsx", kind="runs")
    sheet = openpyxl.load_workbook(tmp_path / "körningar.xlsx").active
    table = [[c.value for c in row] for row in sheet.iter_rows()]
    header = table[0]
    assert header[:3] == ["run_id", "routine", "started_at"]
    done = [dict(zip(header, r, strict=False)) for r in table[1:] if r[header.index("status")] == "done"]
    assert done and done[0]["by"] == "Märta" and done[0]["remark"] == "klart"
