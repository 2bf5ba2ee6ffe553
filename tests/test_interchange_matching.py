"""Duplicates and true counts, --dry-run, --skip-invalid, and deleting what others refer to."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from binder.errors import ValidationError
from binder.interchange import export_file, import_file
from binder.store import metadata, records
from binder.vault.vault import Vault
from tests.records_for_tests import A1, C1, C2, C3, R1, S1, SH1, load_sample
from tests.test_cli import run

DATA = Path(__file__).resolve().parent / "data" / "interchange"


def content(vault: Vault) -> list[tuple]:
    return list(vault.db.execute("SELECT id, data, version, updated_at FROM records ORDER BY id"))


def test_phone_vcard_imported_twice_adds_nothing_the_second_time(laptop: Vault, tmp_path: Path) -> None:
    card = tmp_path / "phone.vcf"
    card.write_bytes((DATA / "iphone_30.vcf").read_bytes() + (DATA / "android_21.vcf").read_bytes())
    first = import_file(laptop, card)
    assert first.added == {"contact": 4}
    before = content(laptop)
    again = import_file(laptop, card)
    assert again.added == {} and again.updated == {} and again.unchanged == {"contact": 4}
    assert again.duplicates == [] and content(laptop) == before


def test_match_by_number_email_or_name_and_organisation_merges_channels(laptop: Vault, tmp_path: Path) -> None:
    load_sample(laptop)
    local = records.get(laptop, "contact", C1).data
    csv = tmp_path / "contacts.csv"
    csv.write_text("name;organisation;mobile;email;job_title\r\n"
                   "Örjan Åkesson;Norrbacka kommun;+46 70 123 45 67;;Kommundirektör\r\n"       # same number
                   "Ä. Berg;;;ANGLA@example.se;Stabschef\r\n"                                    # same e-mail
                   "Zacharias Öst;Annan kommun;;;\r\n"                                           # same name only
                   "Ny Person;Norrbacka kommun;070-999 99 99;;\r\n", encoding="utf-8")
    preview = import_file(laptop, csv, dry_run=True)
    assert preview.dry_run and preview.unchanged == {"contact": 1} and preview.updated == {"contact": 1}
    assert preview.added == {"contact": 2}
    assert [(d.title, d.similar) for d in preview.duplicates] == [("Zacharias Öst", ["Zacharias Öst"])]
    assert records.count(laptop, "contact") == 3            # the preview wrote nothing
    result = import_file(laptop, csv)
    assert (result.added, result.updated, result.unchanged) == (preview.added, preview.updated, preview.unchanged)
    assert records.get(laptop, "contact", C1).data == local  # nothing lost: deputies, Rakel, call tree kept
    berg = records.get(laptop, "contact", C2).data
    assert berg["name"] == "Ä. Berg" and berg["job_title"] == "Stabschef"
    assert [c["value"] for c in berg["channels"]] == ["070-222 22 22", "angla@example.se"]   # same address, kept once
    assert records.count(laptop, "contact") == 5


def test_references_follow_a_matched_contact(laptop: Vault, tmp_path: Path) -> None:
    load_sample(laptop)
    doc = {"format": "krisparm-binder", "format_version": 1,
           "contacts": [{"id": "0b9d1a56-4b3e-4f0a-9a55-2d1c0e6f7a11", "name": "Örjan Åkesson",
                         "channels": [{"kind": "mobile", "value": "070-123 45 67"}]}],
           "partners": [{"organisation": "Elbolaget", "contact": "0b9d1a56-4b3e-4f0a-9a55-2d1c0e6f7a11"}]}
    path = tmp_path / "other-binder.json"
    path.write_text(json.dumps(doc), encoding="utf-8")
    result = import_file(laptop, path)
    assert result.added == {"partner": 1} and result.unchanged == {"contact": 1}
    partner = next(r for r in records.list_records(laptop, "partner") if r.title == "Elbolaget")
    assert partner.data["contact"] == C1


def test_re_import_of_unchanged_export_reports_zero_changed(vault: Vault, tmp_path: Path) -> None:
    load_sample(vault)
    for name in ("binder.json", "contacts.csv", "binder.xlsx", "contacts.vcf"):
        export_file(vault, tmp_path / name)
        revision = vault.meta("revision")
        result = import_file(vault, tmp_path / name)
        assert result.updated == {} and result.added == {}, name
        assert sum(result.unchanged.values()) >= 3
        assert vault.meta("revision") == revision, name      # nothing published when nothing changed


def test_all_or_nothing_by_default_skip_invalid_lists_every_skipped_row(laptop: Vault, tmp_path: Path) -> None:
    csv = tmp_path / "contacts.csv"
    csv.write_text("name,email,mobile,deputies\n"
                   "Anna,anna@example.se,,\n"
                   "Bo,not-an-email,,\n"
                   "Cilla,,12,\n"
                   f"Doris,,,{C3}\n"
                   "Erik,,070-111 11 11,\n", encoding="utf-8")
    with pytest.raises(ValidationError) as info:
        import_file(laptop, csv)
    assert info.value.where == "contacts.csv:3.channels[1].value"
    assert records.count(laptop, "contact") == 0
    result = import_file(laptop, csv, skip_invalid=True)
    assert result.added == {"contact": 2}
    assert [e.where for e in result.skipped] == ["contacts.csv:3.channels[1].value", "contacts.csv:4.channels[1].value",
                                                 "contacts.csv:5: deputies[1]"]
    assert "not an e-mail address" in result.skipped[0].message("en")
    assert sorted(r.title for r in records.list_records(laptop, "contact")) == ["Anna", "Erik"]


def test_cli_dry_run_writes_nothing_and_skip_invalid_lists_reasons(tmp_path: Path) -> None:
    env = {"BINDER_PASSPHRASE": "hemligt lösenord"}
    path = tmp_path / "v"
    assert run("init", "--organisation", "Testkommun", env=env, vault=path).returncode == 0
    csv = tmp_path / "kontakter.csv"
    csv.write_bytes("Namn;E-post\r\nÅsa;asa@example.se\r\nBo;inte-en-adress\r\n".encode("cp1252"))
    r = run("import-data", str(csv), "--dry-run", "--skip-invalid", env=env, vault=path)
    assert r.returncode == 0, r.stderr
    assert "Windows-1252" in r.stdout and "semicolon" in r.stdout and "nothing was written" in r.stdout
    assert "kontakter.csv:3.channels[1].value" in r.stderr and "not an e-mail address" in r.stderr
    assert json.loads(run("list", "contacts", "--json", env=env, vault=path).stdout) == []
    r = run("--lang", "sv", "import-data", str(csv), env=env, vault=path)
    assert r.returncode == 1 and "Traceback" not in r.stderr and "inte-en-adress" in r.stderr
    assert "ingen e-postadress" in r.stderr                      # the reason in Swedish
    assert run("import-data", str(csv), "--skip-invalid", env=env, vault=path).returncode == 0
    out = tmp_path / "export.csv"
    r = run("export-data", str(out), "--kind", "contacts", "--delimiter", ";", env=env, vault=path)
    assert r.returncode == 0 and out.read_bytes().startswith("\ufeffid;name;".encode())
    r = run("export-data", str(tmp_path / "log.csv"), "--delimiter", "|", env=env, vault=path)
    assert r.returncode == 1 and "delimiter" in r.stderr


def test_delete_names_what_refers_to_it_and_asks(vault: Vault) -> None:
    load_sample(vault)
    with pytest.raises(ValidationError) as info:
        records.delete(vault, "routine", R1)
    assert "Nätverk" in info.value.message("en")
    changed = records.delete(vault, "routine", R1, detach=True)
    assert [title for _, _, title, _ in changed] == ["Nätverk"]
    assert "restoration_routine" not in records.get(vault, "asset", A1).data
    with pytest.raises(ValidationError) as info:          # a shift cannot be without its person
        records.delete(vault, "staff", S1, detach=True)
    assert records.get(vault, "shift", SH1) and records.get(vault, "staff", S1)
    metadata.update(vault, {"spokesperson": C3})         # the binder itself names a contact
    with pytest.raises(ValidationError) as info:
        records.delete(vault, "contact", C3)
    assert "Main spokesperson" in info.value.message("en") and "Hemtjänstens surfplattor" in info.value.message("en")
    records.delete(vault, "contact", C3, detach=True)
    assert "spokesperson" not in metadata.get(vault)
    assert C3 not in records.get(vault, "contact", C1).data["deputies"]


def test_cli_delete_without_yes_refuses_and_changes_nothing(tmp_path: Path) -> None:
    env = {"BINDER_PASSPHRASE": "hemligt lösenord"}
    path = tmp_path / "v"
    assert run("init", "--publisher", "--organisation", "Testkommun", env=env, vault=path).returncode == 0
    r = run("add", "routines", "--set", "title=Aktivera krisledningen", "--json", env=env, vault=path)
    routine = json.loads(r.stdout)["id"]
    run("add", "assets", "--set", "name=Nätverk", "--set", "asset_kind=system", "--set", "tier=1", "--set", "rank=1",
        "--set", f"restoration_routine={routine}", env=env, vault=path)
    r = run("delete", "routines", routine, env=env, vault=path)
    assert r.returncode == 1 and "Nätverk" in r.stderr and "--yes" in r.stderr
    assert run("show", "routines", routine, env=env, vault=path).returncode == 0
    r = run("delete", "routines", routine, "--yes", env=env, vault=path)
    assert r.returncode == 0 and "Nätverk" in r.stdout
    assert run("show", "routines", routine, env=env, vault=path).returncode == 1
