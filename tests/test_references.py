"""The reference table (`record_refs`) stays equal to what the records say through every kind of write,
delete decides from it, and a bundle that removes a published record a local record points at says so."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from binder.bundle import apply, export_bundle, preview, undo_last_import, verify_bundle
from binder.errors import NotFound, ValidationError
from binder.gui.import_preview import describe_preview
from binder.interchange import export_file, import_file
from binder.store import records, referrers
from binder.vault import database as db
from binder.vault.vault import Vault
from tests.records_for_tests import A1, A2, C3, load_sample
from tests.test_bundle_support import World, copy_world


def stored(conn: db.Connection) -> set[tuple[str, str]]:
    return set(conn.execute("SELECT source, target FROM record_refs"))


def expected(conn: db.Connection) -> set[tuple[str, str]]:
    """What every record's data says, computed afresh."""
    return {(r.id, target) for r in records.iter_all(conn) for target in referrers.targets(r.kind, r.data)}


def assert_in_step(vault: Vault) -> None:
    assert stored(vault.db) == expected(vault.db)


def test_add_edit_delete_keep_the_table_in_step(vault: Vault) -> None:
    load_sample(vault)
    assert_in_step(vault)
    assert (A2, C3) in stored(vault.db) and (A2, A1) in stored(vault.db)
    a2 = records.get(vault, "asset", A2)
    records.save(vault, "asset", {k: v for k, v in a2.data.items() if k != "supplier"}, record_id=A2)
    assert (A2, C3) not in stored(vault.db)
    assert_in_step(vault)
    records.delete(vault, "contact", C3, detach=True)
    assert not [row for row in stored(vault.db) if C3 in row]
    assert_in_step(vault)


def test_delete_refuses_from_the_table_and_ignores_mere_mentions(vault: Vault) -> None:
    load_sample(vault)
    # A note that quotes the id is text, not a reference: the old LIKE scan had to decode it to tell.
    records.save(vault, "contact", {"name": "Nämner", "notes": f'se "{A2}"',
                                    "channels": [{"kind": "mobile", "value": "070-111 11 11"}]})
    assert [r[1] for r in records.referrers(vault.db, A2)] == []
    with pytest.raises(ValidationError):
        records.delete(vault, "asset", A1)          # A2 depends on A1
    assert [r[1] for r in records.referrers(vault.db, A1)] == [A2]
    records.delete(vault, "asset", A2)
    assert records.referrers(vault.db, A1) == []
    records.delete(vault, "asset", A1)
    assert_in_step(vault)


def test_delete_decides_by_the_table(vault: Vault) -> None:
    """A row in the table is what makes a record 'in use' (no scan of the data behind it)."""
    load_sample(vault)
    a2 = records.get(vault, "asset", A2)
    records.save(vault, "asset", {k: v for k, v in a2.data.items() if k != "depends_on"}, record_id=A2)
    records.delete(vault, "asset", A1)   # nothing refers to A1 any more: deleted without detach
    with pytest.raises(NotFound):
        records.get(vault, "asset", A1)


def test_interchange_import_fills_the_table(vault: Vault, tmp_path: Path) -> None:
    load_sample(vault)
    for kind in ("contact", "asset"):
        export_file(vault, tmp_path / f"{kind}.json", kind)
    with vault.transaction() as conn:
        conn.execute("DELETE FROM record_refs")
        conn.execute("DELETE FROM search_index")
        conn.execute("DELETE FROM records")
    import_file(vault, tmp_path / "contact.json", "contact", backup=False)
    import_file(vault, tmp_path / "asset.json", "asset", backup=False)
    assert (A2, A1) in stored(vault.db) and (A2, C3) in stored(vault.db)
    assert_in_step(vault)


def test_migration_fill_matches_the_python_one(vault: Vault) -> None:
    load_sample(vault)
    sql = (db.MIGRATIONS_DIR / "0008_references.sql").read_text(encoding="utf-8")
    fill = [s for s in db._split_sql(sql) if s.lstrip().upper().startswith("INSERT")]
    assert len(fill) == 1
    with vault.transaction() as conn:
        conn.execute("DELETE FROM record_refs")
        conn.execute(fill[0])
    assert stored(vault.db) == expected(vault.db) and len(stored(vault.db)) > 5
    with vault.transaction() as conn:
        referrers.rebuild(conn)
    assert_in_step(vault)


@pytest.fixture
def world(bundle_world: World, tmp_path: Path) -> World:
    return copy_world(bundle_world, tmp_path / "w")


def test_bundle_apply_and_undo_keep_the_table_and_warn_of_dangling_references(world: World) -> None:
    lap = world.open("lap1")
    try:
        local = records.save(lap, "contact", {"name": "Lokal reservkraft", "deputies": [C3],
                                              "channels": [{"kind": "mobile", "value": "070-222 22 22"}]})
        assert_in_step(lap)
    finally:
        lap.close()
    pub = world.open("pub")
    try:
        records.delete(pub, "contact", C3, detach=True)
        path = export_bundle(pub, world.base / "out").path
    finally:
        pub.close()
    lap = world.open("lap1")
    try:
        verified = verify_bundle(lap, path)
        shown = preview(lap, verified)
        assert [(d.id, d.target_id) for d in shown.dangling] == [(local.id, C3)]
        assert shown.to_json()["dangling_references"][0]["refers_to"] == C3
        assert "Lokal reservkraft" in describe_preview(shown) and "Zacharias Öst" in describe_preview(shown)
        result = apply(lap, verified)
        assert [d.title for d in result.dangling] == ["Lokal reservkraft"]
        assert result.to_json()["dangling_references"][0]["refers_to_title"] == "Zacharias Öst"
        assert_in_step(lap)
        assert (local.id, C3) in stored(lap.db)          # the local record still says so: the table too
        undo_last_import(lap)
        assert_in_step(lap)
        assert C3 in {r.id for r in records.iter_all(lap.db, origin="published")}
    finally:
        lap.close()


def test_bundle_without_removals_warns_of_nothing(world: World) -> None:
    lap = world.open("lap2")        # imported nothing yet: every record goes in through the bulk insert
    try:
        verified = verify_bundle(lap, world.bundles[3])
        assert preview(lap, verified).dangling == []
        assert apply(lap, verified).dangling == []
        assert_in_step(lap)
        assert (A2, A1) in stored(lap.db)
    finally:
        lap.close()


def test_cli_import_warns_of_dangling_references(tmp_path: Path) -> None:
    from tests.test_bundle_cli import binder
    pub, lap, stick = tmp_path / "pub", tmp_path / "lap", tmp_path / "stick"
    stick.mkdir()
    binder(pub, "init", "--publisher", "--organisation", "Testkommun", "--organisation-id", "testkommun")
    binder(lap, "init")
    boss = json.loads(binder(pub, "add", "contacts", "--set", "name=Anna Berg", "--set",
                             'channels=[{"kind":"mobile","value":"070-111 11 11"}]', "--json").stdout)["id"]
    key = json.loads(binder(pub, "publisher", "export-key", str(stick / "publisher.key"), "--json").stdout)
    binder(lap, "trust", "add", str(stick / "publisher.key"), "--fingerprint", key["fingerprint"])
    binder(pub, "recipients", "add", "laptop", json.loads(binder(lap, "identity", "--json").stdout)["recipient"])
    binder(lap, "bundle", "import", json.loads(binder(pub, "bundle", "export", str(stick), "--json").stdout)["path"],
           "--yes")
    binder(lap, "add", "contacts", "--set", "name=Lokal Vakt", "--set", f"deputies=[\"{boss}\"]", "--set",
           'channels=[{"kind":"mobile","value":"070-222 22 22"}]')
    binder(pub, "delete", "contacts", boss, "--yes")
    second = json.loads(binder(pub, "bundle", "export", str(stick), "--json").stdout)["path"]
    dry = binder(lap, "bundle", "import", second, "--dry-run")
    assert "your local record Lokal Vakt refers to Anna Berg, which this bundle removes" in dry.stderr
    done = binder(lap, "bundle", "import", second, "--yes")
    assert "1 local records refer to records this bundle removed: Lokal Vakt" in done.stderr
