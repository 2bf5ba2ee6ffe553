"""The command line in names, not ids: show, list, call, info; a name or an id prefix wherever an id is asked."""
from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from binder import i18n
from binder.cli.main import main
from binder.store import incident_log, records, restoration, routine_runs
from binder.vault.vault import Vault
from tests.conftest import PASSPHRASE
from tests.records_for_tests import A1, A2, C1, C2, C3, R1, S1, load_sample

UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")


@pytest.fixture
def sample_vault(vault_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("BINDER_PASSPHRASE", PASSPHRASE)
    with Vault.open(vault_path, PASSPHRASE) as v:
        load_sample(v)
    return vault_path



@pytest.fixture(autouse=True)
def _operator(monkeypatch: pytest.MonkeyPatch) -> None:
    """Commands that record who did something need the operator (issue 10)."""
    monkeypatch.setenv("BINDER_OPERATOR", "Tjänsteman i beredskap")


def binder(path: Path, capsys: pytest.CaptureFixture[str], *args: str, lang: str = "en") -> tuple[int, str, str]:
    capsys.readouterr()
    try:
        code = main(["--vault", str(path), "--lang", lang, *args])
    finally:
        i18n.set_language(None)
    out = capsys.readouterr()
    return code, out.out, out.err


def test_show_names_deputies_call_tree_and_channels(sample_vault: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = binder(sample_vault, capsys, "show", "contacts", "Örjan Åkesson")
    assert code == 0
    assert "Ängla Berg (070-222 22 22)" in out and "Zacharias Öst (0920-45 60 00)" in out
    assert "Mobile (Tjänst): 070-123 45 67" in out and "talk group KOM KRIS-1" in out
    assert UUID.findall(out) == [C1]          # its own id, nothing else


@pytest.mark.parametrize(("kind", "typed", "expected"), [
    ("routines", R1[:6], ["Örjan Åkesson (070-123 45 67)"]),                  # step contact
    ("assets", "Nätverk", ["Örjan Åkesson (070-123 45 67)", "Aktivera krisledningen"]),   # owner, routine
    ("assets", "surfplattor", ["Nätverk", "Zacharias Öst (0920-45 60 00)"]),  # dependency, supplier
    ("staff", "Örjan", ["Örjan Åkesson (070-123 45 67)"]),
    ("shifts", "99999999", ["Örjan Åkesson"]),                                # staff by name
    ("partners", "Grannby", ["Ängla Berg (070-222 22 22)"]),
    ("comms", "Invånare", ["Ängla Berg (070-222 22 22)"]),
])
def test_every_reference_is_shown_by_name(sample_vault: Path, capsys: pytest.CaptureFixture[str], kind: str,
                                          typed: str, expected: list[str]) -> None:
    code, out, err = binder(sample_vault, capsys, "show", kind, typed)
    assert code == 0, err
    for text in expected:
        assert text in out
    assert len(UUID.findall(out)) == 1        # the record's own id only


def test_show_in_swedish_uses_swedish_labels(sample_vault: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = binder(sample_vault, capsys, "show", "contacts", C1[:8], lang="sv")
    assert code == 0
    assert "Ersättare (i tur):" in out and "Mobil (Tjänst): 070-123 45 67" in out and "talgrupp KOM KRIS-1" in out


def test_an_ambiguous_name_lists_the_candidates_and_exits_1(sample_vault: Path,
                                                            capsys: pytest.CaptureFixture[str]) -> None:
    with Vault.open(sample_vault, PASSPHRASE) as v:
        records.save(v, "contact", {"name": "Örjan Lind"})
    code, out, err = binder(sample_vault, capsys, "show", "contacts", "Örjan")
    assert code == 1 and out == ""
    assert "Örjan Åkesson (11111111)" in err and "Örjan Lind (" in err and len(err.strip().splitlines()) == 1
    code, _, err = binder(sample_vault, capsys, "show", "contacts", "Nobody Here")
    assert code == 1 and "Nobody Here" in err


def test_a_full_name_wins_over_longer_names_and_an_id_prefix_works(sample_vault: Path,
                                                                    capsys: pytest.CaptureFixture[str]) -> None:
    with Vault.open(sample_vault, PASSPHRASE) as v:
        records.save(v, "contact", {"name": "Ängla Bergström"})
    code, out, _ = binder(sample_vault, capsys, "show", "contacts", "ängla berg", "--json")
    assert code == 0 and json.loads(out)["id"] == C2
    code, out, _ = binder(sample_vault, capsys, "show", "contacts", "3333", "--json")
    assert code == 0 and json.loads(out)["id"] == C3


def test_edit_delete_status_and_runs_accept_names(sample_vault: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = binder(sample_vault, capsys, "edit", "contacts", "Zacharias", "--set", "unit=Teknik")
    assert code == 0, err
    code, out, err = binder(sample_vault, capsys, "runs", "start", "Aktivera krisledningen", "--json")
    assert code == 0, err
    run_id = json.loads(out)["id"]
    code, _, err = binder(sample_vault, capsys, "runs", "step", run_id[:6], "1", "done", "--by", "Anna")
    assert code == 0, err
    code, _, err = binder(sample_vault, capsys, "status", "Nätverk", "restored")
    assert code == 0, err
    with Vault.open(sample_vault, PASSPHRASE) as v:
        assert records.get(v, "contact", C3).data["unit"] == "Teknik"
        assert restoration.current_statuses(v)[A1].status == "restored"
        assert routine_runs.get(v, run_id).steps[0].status == "done"


def test_a_laptop_amends_a_contact_by_name(laptop_path: Path, monkeypatch: pytest.MonkeyPatch,
                                           capsys: pytest.CaptureFixture[str]) -> None:
    from binder.store import amendments
    monkeypatch.setenv("BINDER_PASSPHRASE", PASSPHRASE)
    from binder.model import schema
    from binder.model.validate import clean_record
    with Vault.open(laptop_path, PASSPHRASE) as v, v.transaction() as conn:     # as a bundle brings it
        records.write(conn, "contact", clean_record(schema.KINDS["contact"], {"name": "Zacharias Öst"}),
                      record_id=C3, origin="published", version=1)
    code, _, err = binder(laptop_path, capsys, "amend", "contacts", "Zacharias Öst", "unit", "Teknik")
    assert code == 0, err
    with Vault.open(laptop_path, PASSPHRASE) as v:
        assert [(a.record_id, a.field) for a in amendments.list_amendments(v, "active")] == [(C3, "unit")]


def test_list_contacts_shows_the_main_number(sample_vault: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = binder(sample_vault, capsys, "list", "contacts")
    assert code == 0
    line = next(row for row in out.splitlines() if "Örjan Åkesson" in row)
    assert "070-123 45 67" in line and "Krisledningschef" in line
    code, out, _ = binder(sample_vault, capsys, "list", "shifts")
    assert "Örjan Åkesson" in out and S1 not in out


def test_call_a_role_gives_channels_in_order_and_deputies(sample_vault: Path,
                                                          capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = binder(sample_vault, capsys, "call", "krisledningschef")
    assert code == 0
    assert out.index("Örjan Åkesson") < out.index("070-123 45 67") < out.index("+881 6 3145 6789") \
        < out.index("Ängla Berg") < out.index("070-222 22 22") < out.index("Zacharias Öst")
    code, out, _ = binder(sample_vault, capsys, "call", "Krisledningschef", "--json")
    plan = json.loads(out)
    assert plan["matched_by"] == "role"
    chief = plan["contacts"][0]
    assert chief["id"] == C1 and [d["id"] for d in chief["deputies"]] == [C2, C3]
    assert [c["value"] for c in chief["channels"]][:2] == ["070-123 45 67", "+881 6 3145 6789"]
    assert [c["title"] for c in chief["calls"]] == ["Ängla Berg", "Zacharias Öst"]


def test_call_by_name_and_unknown(sample_vault: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = binder(sample_vault, capsys, "call", "Zacharias Öst", "--json")
    assert code == 0 and json.loads(out)["contacts"][0]["id"] == C3
    code, _, err = binder(sample_vault, capsys, "call", "Ingen Alls")
    assert code == 1 and "Ingen Alls" in err


def test_info_is_readable_text_and_json(sample_vault: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = binder(sample_vault, capsys, "info", lang="sv")
    assert code == 0 and "Organisation:" in out and "Testkommun" in out and "{" not in out
    code, out, _ = binder(sample_vault, capsys, "info", "--json")
    assert json.loads(out)["binder"]["organisation"] == "Testkommun"


def test_restored_before_its_dependencies_warns_and_is_recorded(sample_vault: Path,
                                                                capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = binder(sample_vault, capsys, "status", A2[:8], "restored", "--by", "Anna")
    assert code == 0
    assert "Nätverk" in err and "#1" in err
    with Vault.open(sample_vault, PASSPHRASE) as v:
        assert restoration.current_statuses(v)[A2].status == "restored"
        entry = incident_log.get(v, 1)
        assert "Nätverk" in entry.text and entry.author == "Anna"
        assert incident_log.verify(v)[0]
    code, _, err = binder(sample_vault, capsys, "status", "Nätverk", "restored")    # no dependencies: quiet
    assert code == 0 and err == ""


def test_a_future_occurred_time_warns(sample_vault: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = binder(sample_vault, capsys, "log", "add", "Elen tillbaka", "--occurred", "2030-01-01T10:00")
    assert code == 0 and "future" in err
    code, _, err = binder(sample_vault, capsys, "log", "add", "Elen borta", "--occurred", "2026-01-01T10:00")
    assert code == 0 and err == ""
    code, _, err = binder(sample_vault, capsys, "log", "add", "Elen tillbaka", "--occurred", "2030-01-01T10:00",
                          lang="sv")
    assert "framtiden" in err
