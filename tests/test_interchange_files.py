"""Files made the way Excel (sv-SE), Android, iPhone and Outlook make them (tests/data/interchange/) import."""
from __future__ import annotations

import csv
import io
import shutil
from datetime import date, datetime
from pathlib import Path

import pytest

from binder.errors import ValidationError
from binder.interchange import export_file, import_file
from binder.store import records
from binder.vault.vault import Vault

DATA = Path(__file__).resolve().parent / "data" / "interchange"


def by_name(vault: Vault) -> dict[str, dict]:
    return {r.title: r.data for r in records.list_records(vault, "contact")}


def copy(name: str, tmp_path: Path, as_name: str | None = None) -> Path:
    dest = tmp_path / (as_name or name)
    shutil.copyfile(DATA / name, dest)
    return dest


def test_swedish_excel_csv_windows_1252_semicolons_swedish_headers(laptop: Vault, tmp_path: Path) -> None:
    result = import_file(laptop, copy("kontakter.csv", tmp_path))
    assert result.detected == {"encoding": "Windows-1252", "delimiter": "semicolon"}
    assert result.added == {"contact": 4}
    people = by_name(laptop)
    orjan = people["Örjan Åkesson"]
    assert orjan["crisis_role"] == "Krisledningschef" and orjan["organisation"] == "Norrbacka kommun"
    assert [(c["kind"], c["value"]) for c in orjan["channels"]] == [
        ("mobile", "070-123 45 67"), ("landline", "0980-321 00"), ("email", "orjan.akesson@norrbacka.se")]
    assert orjan["availability"] == "24/7" and orjan["verified_on"] == "2026-10-01"
    assert people["Lidén, Karin"]["channels"][0]["e164"] == "+46707654321"
    assert people["Vårdguiden"]["channels"] == [{"kind": "landline", "value": "1177"}]   # a service number


def test_excel_utf8_csv_with_bom_english_headers_multiline_cell_and_formula_text(laptop: Vault, tmp_path: Path) -> None:
    result = import_file(laptop, copy("contacts_utf8_bom.csv", tmp_path))
    assert result.detected == {"encoding": "UTF-8 (BOM)", "delimiter": "semicolon"}
    people = by_name(laptop)
    assert people["Čuđe Ängström"]["notes"] == "Två rader:\nring före 07"
    assert people["Nils Holm"]["notes"] == "=1+1 är ingen formel"
    assert people["Nils Holm"]["channels"][0]["e164"] == "+46731112233"


def test_tab_separated_partners_with_list_column(laptop: Vault, tmp_path: Path) -> None:
    result = import_file(laptop, copy("partners.csv", tmp_path))
    assert result.detected["delimiter"] == "tab"
    found = {r.title: r.data for r in records.list_records(laptop, "partner")}
    assert found["Grannby kommun"]["provides"] == ["Reservkraft", "Personal"]
    assert found["Räddningstjänsten Norr"]["provides"] == ["Höjdfordon"]


def test_android_vcard_21_quoted_printable_soft_breaks_and_service_numbers(laptop: Vault, tmp_path: Path) -> None:
    import_file(laptop, copy("android_21.vcf", tmp_path))
    people = by_name(laptop)
    orjan = people["Örjan Åkesson"]
    assert orjan["organisation"] == "Norrbacka kommun" and orjan["unit"] == "Säkerhetsenheten"
    assert orjan["job_title"] == "Kommundirektör"
    assert orjan["notes"] == "Ring först på mobilen. Vid stabsläge använd Rakel.\nNärmaste ersättare: Märta."
    assert [(c["kind"], c.get("label")) for c in orjan["channels"]] == [
        ("mobile", None), ("landline", "Home"), ("landline", "Jour"), ("email", "Home")]
    assert people["SOS Alarm"]["channels"][0]["value"] == "112"
    assert [c["value"] for c in people["Vårdguiden"]["channels"]] == ["1177", "113 13", "114 14"]
    assert people["Vårdguiden"]["channels"][2]["label"] == "Polisen"


def test_iphone_vcard_keeps_labels_fax_and_mobile_types(laptop: Vault, tmp_path: Path) -> None:
    import_file(laptop, copy("iphone_30.vcf", tmp_path))
    karin = by_name(laptop)["Karin Lidén"]
    assert karin["organisation"] == "Region Norr" and karin["unit"] == "IT-avdelningen"
    channels = [(c["kind"], c["value"], c.get("label")) for c in karin["channels"]]
    assert channels == [
        ("mobile", "+46 73 179 36 09", None),          # type=pref: called first
        ("email", "karin.liden@regionnorr.se", "Other"),
        ("address", "Storgatan 1, 901 85 Umeå, Sverige", "Work"),
        ("landline", "+46 70 765 43 21", "Jour"),       # item1.X-ABLabel
        ("landline", "090-785 00 00", "Work"),
        ("other", "090-785 00 01", "Fax"),              # a fax is not a landline
    ]
    assert karin["notes"] == "Ersätter IT-chefen vid semester, och har nycklarna till serverhallen i källaren."


def test_outlook_vcard_windows_1252(laptop: Vault, tmp_path: Path) -> None:
    import_file(laptop, copy("outlook_21.vcf", tmp_path))
    marta = by_name(laptop)["Märta Öberg"]
    assert marta["organisation"] == "Länsstyrelsen" and marta["job_title"] == "Beredskapsdirektör"
    kinds = [(c["kind"], c["value"]) for c in marta["channels"]]
    assert kinds[:2] == [("address", "Storgatan 71, 971 86 Luleå, Sverige"), ("email", "marta.oberg@lansstyrelsen.se")]
    assert ("other", "010-225 00 99") in kinds and ("mobile", "070-555 12 34") in kinds


def test_vcard_40_tel_uris(laptop: Vault, tmp_path: Path) -> None:
    import_file(laptop, copy("v40.vcf", tmp_path))
    nils = records.get(laptop, "contact", "0b9d1a56-4b3e-4f0a-9a55-2d1c0e6f7a11").data
    assert [(c["kind"], c["e164"]) for c in nils["channels"][:2]] == [("mobile", "+46702223344"),
                                                                     ("landline", "+4692012345")]


def test_xlsx_one_kind_per_sheet_swedish_sheet_names_and_typed_cells(laptop: Vault, tmp_path: Path) -> None:
    import openpyxl
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Kontakter"
    sheet.append(["Namn", "Mobil", "Verifierad", "Organisation"])
    sheet.append(["Örjan Åkesson", 701234567, datetime(2026, 10, 1), "Norrbacka kommun"])   # Excel drops the 0
    sheet.append(["Märta Öberg", "073-179 36 09", date(2026, 9, 1), None])
    other = book.create_sheet("Samverkanspartner")
    other.append(["Organisation", "Kan bistå med", "Avtal"])
    other.append(["Grannby kommun", "Reservkraft | Personal", 2025])
    book.create_sheet("Blad3")
    path = tmp_path / "binder.xlsx"
    book.save(path)
    result = import_file(laptop, path)
    assert result.added == {"contact": 2, "partner": 1}
    people = by_name(laptop)
    assert people["Örjan Åkesson"]["channels"][0]["e164"] == "+46701234567"
    assert people["Örjan Åkesson"]["verified_on"] == "2026-10-01"
    partner = records.list_records(laptop, "partner")[0].data
    assert partner["provides"] == ["Reservkraft", "Personal"] and partner["agreement_ref"] == "2025"


def test_xlsx_bad_cell_names_sheet_row_and_field_and_changes_nothing(laptop: Vault, tmp_path: Path) -> None:
    import openpyxl
    book = openpyxl.Workbook()
    book.active.title = "contacts"
    book.active.append(["name", "email"])
    book.active.append(["Anna", "anna@example.se"])
    book.active.append(["Bo", "not-an-email"])
    path = tmp_path / "people.xlsx"
    book.save(path)
    with pytest.raises(ValidationError) as info:
        import_file(laptop, path)
    assert info.value.where == "people.xlsx [contacts]:3.channels[1].value"
    assert "not an e-mail address" in info.value.message("en")
    assert records.count(laptop, "contact") == 0


def test_csv_export_opens_in_excel_and_guards_formulas(laptop: Vault, tmp_path: Path) -> None:
    records.save(laptop, "contact", {"name": "=HYPERLINK(\"http://x\")", "notes": "@SUM(A1)", "crisis_role": "-1",
                                     "job_title": "+46 chef", "unit": "'=already quoted",
                                     "channels": [{"kind": "mobile", "value": "+46 70 123 45 67"}]})
    out = tmp_path / "contacts.csv"
    export_file(laptop, out, delimiter=";")
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf") and b"\r\n" in raw
    header, row = list(csv.reader(io.StringIO(raw.decode("utf-8-sig")), delimiter=";"))
    assert header[:3] == ["id", "name", "crisis_role"]
    cells = dict(zip(header, row, strict=True))
    assert cells["name"] == "'=HYPERLINK(\"http://x\")" and cells["notes"] == "'@SUM(A1)"
    assert cells["crisis_role"] == "'-1" and cells["job_title"] == "'+46 chef" and cells["unit"] == "''=already quoted"
    assert not any(cell and cell[0] in "=+-@" for cell in row)
    original = records.list_records(laptop, "contact")[0]
    out.rename(tmp_path / "kontakter.csv")
    result = import_file(laptop, tmp_path / "kontakter.csv")
    assert result.unchanged == {"contact": 1}                        # read back unchanged
    assert records.get(laptop, "contact", original.id).data == original.data


def test_unreadable_files_are_refused_in_the_users_language(laptop: Vault, tmp_path: Path) -> None:
    vcf = tmp_path / "bad.vcf"
    vcf.write_bytes(b"BEGIN:VCARD\r\nVERSION:2.1\r\nFN;CHARSET=KLINGON:Anna\r\nEND:VCARD\r\n")
    with pytest.raises(ValidationError) as info:
        import_file(laptop, vcf)
    assert info.value.where == "bad.vcf:3" and "KLINGON" in info.value.message("sv")
    vcf.write_bytes(b"BEGIN:VCARD\r\nVERSION:3.0\r\nthis line has no colon\r\nEND:VCARD\r\n")
    with pytest.raises(ValidationError) as info:
        import_file(laptop, vcf)
    assert info.value.where == "bad.vcf:3" and info.value.message("sv") != info.value.message("en")
    xlsx = tmp_path / "contacts.xlsx"
    xlsx.write_bytes(b"PK\x03\x04 not really a workbook")
    with pytest.raises(ValidationError) as info:
        import_file(laptop, xlsx)
    assert info.value.message("sv") != info.value.message("en")
    assert records.count(laptop, "contact") == 0


def excel_workbook(path: Path) -> None:
    """A workbook the way Excel (sv-SE) writes one: shared strings (one with rich-text runs), a custom
    date format, a 1900 date serial, a number where Excel dropped a phone number's 0, a TRUE cell,
    an empty column skipped by cell references, relative relationship targets."""
    import zipfile
    main = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'
    rel = 'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
    parts = {
        "[Content_Types].xml": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<Types xmlns="http://'
                               'schemas.openxmlformats.org/package/2006/content-types"/>',
        "xl/workbook.xml": f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<workbook {main} {rel}>'
                           '<workbookPr defaultThemeVersion="166925"/><sheets>'
                           '<sheet name="Rutiner" sheetId="2" r:id="rId2"/>'
                           '<sheet name="Kontakter" sheetId="1" r:id="rId1"/></sheets></workbook>',
        "xl/_rels/workbook.xml.rels": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<Relationships '
                                      'xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                                      '<Relationship Id="rId1" Type="worksheet" Target="worksheets/sheet1.xml"/>'
                                      '<Relationship Id="rId2" Type="worksheet" Target="worksheets/sheet2.xml"/>'
                                      '</Relationships>',
        "xl/styles.xml": f'<styleSheet {main}><numFmts count="1"><numFmt numFmtId="164" '
                         'formatCode="yyyy/mm/dd;@"/></numFmts><cellXfs count="3"><xf numFmtId="0"/>'
                         '<xf numFmtId="164" applyNumberFormat="1"/><xf numFmtId="14"/></cellXfs></styleSheet>',
        "xl/sharedStrings.xml": f'<sst {main} count="9" uniqueCount="9">'
                                '<si><t>Namn</t></si><si><t>Mobil</t></si><si><t>Verifierad</t></si>'
                                '<si><t>Krisroll</t></si><si><r><rPr><b/></rPr><t>Örjan</t></r><r><t xml:space='
                                '"preserve"> Åkesson</t></r><rPh><t>ignored</t></rPh></si>'
                                '<si><t>Rubrik</t></si><si><t>Första timmen</t></si>'
                                '<si><t>Aktivera krisledningen</t></si><si><t>Krisledningschef</t></si></sst>',
        "xl/worksheets/sheet1.xml": f'<worksheet {main}><dimension ref="A1:E2"/><sheetData>'
                                    '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c>'
                                    '<c r="C1" t="s"><v>2</v></c><c r="E1" t="s"><v>3</v></c></row>'
                                    '<row r="3"><c r="A3" t="s"><v>4</v></c><c r="B3"><v>701234567</v></c>'
                                    '<c r="C3" s="1"><v>46296</v></c><c r="E3" t="s"><v>8</v></c></row>'
                                    '</sheetData></worksheet>',
        "xl/worksheets/sheet2.xml": f'<worksheet {main}><sheetData>'
                                    '<row r="1"><c r="A1" t="s"><v>5</v></c><c r="B1" t="s"><v>6</v></c></row>'
                                    '<row r="2"><c r="A2" t="s"><v>7</v></c><c r="B2" t="b"><v>1</v></c></row>'
                                    '</sheetData></worksheet>',
    }
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, text in parts.items():
            archive.writestr(name, text.encode("utf-8"))


def test_xlsx_as_excel_writes_it(laptop: Vault, tmp_path: Path) -> None:
    path = tmp_path / "Krisplan.xlsx"
    excel_workbook(path)
    result = import_file(laptop, path)
    assert result.added == {"contact": 1, "routine": 1}
    orjan = by_name(laptop)["Örjan Åkesson"]          # rich-text runs joined, phonetic run left out
    assert orjan["verified_on"] == "2026-10-01"        # serial 46296 in a custom date format
    assert orjan["channels"] == [{"kind": "mobile", "value": "701234567", "e164": "+46701234567"}]
    assert orjan["crisis_role"] == "Krisledningschef"  # column E after an empty D
    routine = records.list_records(laptop, "routine")[0].data
    assert routine == {"title": "Aktivera krisledningen", "first_hour": True}
    assert import_file(laptop, path).unchanged == {"contact": 1, "routine": 1}
