"""Search finds people the way they are asked for: numbers in any writing, roles, typos, folded letters."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from binder.store import incident_log, records, search_index
from binder.store.search import one_typo, search
from binder.vault.vault import Vault

GOLDEN = Path(__file__).parent / "golden"


def _contact(vault: Vault, name: str, **fields: object) -> str:
    return records.save(vault, "contact", {"name": name, **fields}).id


def _ids(vault: Vault, text: str) -> list[str]:
    return [h.id for h in search(vault, text)]


@pytest.mark.parametrize("typed", [
    "070-123 45 67", "0701234567", "070 123 45 67", "+46 70 123 45 67", "+46701234567", "0046 70 123 45 67",
    "0046701234567", "+46-70-123 45 67", "(0)70-1234567", "1234", "2345", "4567", "123 45 67", "701234",
])
def test_every_common_writing_and_every_run_of_four_digits_finds_a_number(vault: Vault, typed: str) -> None:
    wanted = _contact(vault, "Örjan Åkesson", channels=[{"kind": "mobile", "value": "+46 70 123 45 67"}])
    _contact(vault, "Someone Else", channels=[{"kind": "mobile", "value": "073-987 65 43"}])
    assert _ids(vault, typed) == [wanted]


@pytest.mark.parametrize("typed", ["+46-73-179 36 09", "073-1793609", "0731793609", "0046731793609", "7936"])
def test_a_number_stored_without_spaces_is_found_by_any_writing(vault: Vault, typed: str) -> None:
    wanted = _contact(vault, "Sara Lind", channels=[{"kind": "landline", "value": "073-1793609"}])
    assert _ids(vault, typed) == [wanted]


def test_an_area_code_fragment_finds_the_numbers_in_that_area(vault: Vault) -> None:
    inside = _contact(vault, "Inne", channels=[{"kind": "landline", "value": "0980-32 11 00"}])
    _contact(vault, "Ute", channels=[{"kind": "landline", "value": "0980-45 11 00"}])
    assert _ids(vault, "0980-32") == [inside]


def test_the_holder_of_a_role_comes_first(vault: Vault) -> None:
    deputies = [_contact(vault, f"Ersättare {n}", crisis_role=f"Ersättare {n} för krisledningschef")
                for n in (1, 2)]
    chief = _contact(vault, "Tove Jäderlund", crisis_role="Krisledningschef", deputies=deputies,
                     notes="Krisledningschef sedan 2024; krisledningschef i länet tidigare")
    staff = records.save(vault, "staff", {"name": "Tove Jäderlund", "roles": ["Krisledningschef"]}).id
    for day in range(10, 20):
        records.save(vault, "shift", {"staff": staff, "role": "Krisledningschef",
                                      "start": f"2026-11-{day}T07:00:00+01:00", "end": f"2026-11-{day}T19:00:00+01:00"})
    records.save(vault, "routine", {"title": "Krisledningschefens checklista"})
    hits = search(vault, "krisledningschef")
    assert hits[0].id == chief
    assert {h.kind for h in hits[:2]} == {"contact", "staff"}
    kinds = [h.kind for h in hits]
    assert kinds[:4] == ["contact", "staff", "contact", "contact"]      # the chief, then the deputies
    assert set(kinds[4:]) == {"shift", "routine"}


def test_an_exact_name_comes_before_longer_names(vault: Vault) -> None:
    ids = {name: _contact(vault, name) for name in ("Anna Bergström", "Annabella Berg", "Anna Bergqvist",
                                                    "Annika Berglund", "Anna Berg")}
    assert _ids(vault, "anna berg")[0] == ids["Anna Berg"]
    assert set(_ids(vault, "Berg")[:2]) == {ids["Anna Berg"], ids["Annabella Berg"]}   # the whole word first


@pytest.mark.parametrize(("typed", "name"), [
    ("Ornjan", "Örjan Åkesson"), ("Lidn", "Henrik Lidén"), ("Lidne", "Henrik Lidén"),
    ("Åkeson", "Örjan Åkesson"), ("Akkesson", "Örjan Åkesson"), ("Henrki", "Henrik Lidén"),
])
def test_one_typo_still_finds_a_name(vault: Vault, typed: str, name: str) -> None:
    ids = {n: _contact(vault, n) for n in ("Örjan Åkesson", "Henrik Lidén", "Maja Nord")}
    found = _ids(vault, typed)
    assert found and found[0] == ids[name]
    assert ids["Maja Nord"] not in found


def test_two_typos_find_nothing_and_exact_hits_are_not_diluted(vault: Vault) -> None:
    _contact(vault, "Henrik Lidén")
    assert search(vault, "Lxdxn") == []
    assert "liden" in one_typo("lidn") and "orjan" in one_typo("ornjan")


@pytest.mark.parametrize(("typed", "name"), [
    ("Cude", "Ánde Čuđe Somby"), ("Oberg", "Øyvind Øberg"), ("Lukasz", "Łukasz Wiśniewski"),
    ("orjan", "Örjan Åkesson"), ("aeroe", "Ærøe Hansen"), ("Strasse", "Anna Straße"),
])
def test_diacritics_and_strokes_are_folded(vault: Vault, typed: str, name: str) -> None:
    wanted = _contact(vault, name)
    _contact(vault, "Maja Nord")
    assert _ids(vault, typed) == [wanted]


def test_log_entries_and_list_filters_use_the_same_index(vault: Vault) -> None:
    chief = _contact(vault, "Örjan Åkesson", crisis_role="Krisledningschef",
                     channels=[{"kind": "mobile", "value": "070-123 45 67"}])
    incident_log.add(vault, "Vattenläcka i stadshuset", author="Örjan")
    assert any(h.kind == "log" and h.id == "1" for h in search(vault, "vattenläcka"))
    assert [r.id for r in records.list_records(vault, "contact", query="+46 70 123 45 67")] == [chief]
    assert records.count(vault, "contact", query="krisled") == 1


def test_an_edited_or_deleted_record_leaves_no_stale_index_row(vault: Vault) -> None:
    rid = _contact(vault, "Örjan Åkesson", channels=[{"kind": "mobile", "value": "070-123 45 67"}])
    records.save(vault, "contact",
                 {"name": "Örjan Åkesson", "channels": [{"kind": "mobile", "value": "073-555 12 12"}]},
                 record_id=rid)
    assert search(vault, "070-123 45 67") == []
    assert _ids(vault, "5551212") == [rid]
    records.delete(vault, "contact", rid)
    assert search(vault, "Örjan") == []


@pytest.mark.parametrize("typed", ['" OR *', "NEAR(", "a:b", "-", "+", "()", "'", "{name}:x", "^x", "*"])
def test_query_syntax_in_the_text_is_only_text(vault: Vault, typed: str) -> None:
    _contact(vault, "Maja Nord")
    assert all(h.kind == "contact" for h in search(vault, typed))


def test_query_words_join_a_number_written_in_parts() -> None:
    assert search_index.query_words("+46 70-123 45 67") == ["46701234567"]
    assert search_index.query_words("0046 70 123") == ["4670123"]
    assert search_index.query_words("Anna 070-12") == ["Anna", "07012"]
    assert search_index.query_words("IT-chef Björk") == ["IT-chef", "Björk"]


def test_an_old_vault_upgrades_and_its_index_is_rebuilt(tmp_path: Path) -> None:
    work = tmp_path / "v1"
    shutil.copytree(GOLDEN / "v1", work)
    with Vault.open(work, "golden-vault-v1") as v:
        stale = v.db.execute("SELECT 1 FROM meta WHERE key = ?", (search_index.STALE_KEY,)).fetchone()
        assert stale is not None
        hits = search(v, "+46 70 123 45 67")
        assert [h.title for h in hits] == ["Örjan Åkesson"]
        assert v.db.execute("SELECT 1 FROM meta WHERE key = ?", (search_index.STALE_KEY,)).fetchone() is None
        assert search(v, "Angla")[0].title == "Ängla Berg"
    with Vault.open(work, "golden-vault-v1") as v:      # rebuilt once, kept
        assert v.db.execute("SELECT count(*) FROM search_index").fetchone()[0] >= 2
        assert [h.title for h in search(v, "1234")] == ["Örjan Åkesson"]


def test_a_fresh_vault_is_not_marked_for_a_rebuild(vault: Vault) -> None:
    assert vault.db.execute("SELECT 1 FROM meta WHERE key = ?", (search_index.STALE_KEY,)).fetchone() is None


def test_a_date_as_typed_still_finds_a_shift(vault: Vault) -> None:
    staff = records.save(vault, "staff", {"name": "Maja Nord"}).id
    shift = records.save(vault, "shift", {"staff": staff, "role": "Stabschef", "start": "2026-11-23T07:00:00+01:00",
                                          "end": "2026-11-23T19:00:00+01:00"}).id
    assert shift in _ids(vault, "2026-11-23")


@pytest.mark.parametrize("typed", ["TiB", "tjänsteperson i beredskap", "Tjänsteperson i beredskap (TiB)"])
def test_the_duty_officer_comes_before_deputies_and_neighbours(vault: Vault, typed: str) -> None:
    for n in (1, 2, 3):
        _contact(vault, f"Ersättare {n}", crisis_role=f"Ersättare {n} för tjänsteperson i beredskap (TiB)",
                 job_title=f"TiB vecka {n}", notes="Beredskapsvecka; tjänsteperson i beredskap")
    _contact(vault, "Grannen", crisis_role="Grannkommun TiB")
    holder = _contact(vault, "Karin Nyström", crisis_role="Tjänsteperson i beredskap (TiB)",
                      notes="Beredskapsvecka A. Larmas av länsstyrelsens TiB.")
    assert _ids(vault, typed)[0] == holder
