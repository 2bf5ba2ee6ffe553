"""The whole bundle cycle through the core API: enrol, export, import, amend, conflict, exclude, undo,
rotation, expiry, atomic rollback; local data never touched; the standard `age` tool decrypts."""
from __future__ import annotations

import json
import shutil
import subprocess
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from binder.bundle import (
    ExpiredBundle,
    apply,
    bundle_status,
    export_bundle,
    preview,
    recipients,
    trust,
    undo_last_import,
    verify_bundle,
)
from binder.bundle.errors import DecryptionError, SignatureError, TrustError
from binder.errors import BinderError, BundleError
from binder.store import amendments, incident_log, records, restoration, routine_runs
from binder.vault.vault import Vault
from tests.records_for_tests import A1, C1, C2, C3, P1, R1
from tests.test_bundle_support import ORG, World, copy_world, create, last_sequence, local_digest, read_bundle


@pytest.fixture
def world(bundle_world: World, tmp_path: Path) -> World:
    return copy_world(bundle_world, tmp_path / "w")


def publish(world: World, change: dict[str, object] | None = None, record: str = C1, kind: str = "contact",
            **kw: object) -> Path:
    pub = world.open("pub")
    try:
        if change is not None:
            current = records.get(pub, kind, record)
            records.save(pub, kind, {**current.data, **change}, record_id=record)
        return export_bundle(pub, world.base / "out", **kw).path   # type: ignore[arg-type]
    finally:
        pub.close()


def import_into(world: World, which: str, path: Path, **kw: object) -> tuple[object, object]:
    vault = world.open(which)
    try:
        verified = verify_bundle(vault, path)
        shown = preview(vault, verified)
        return shown, apply(vault, verified, **kw)   # type: ignore[arg-type]
    finally:
        vault.close()


def add_local_data(vault: Vault) -> None:
    incident_log.add(vault, "Strömavbrott i kommunhuset", kind="information", author="TiB")
    run = routine_runs.start(vault, R1, started_by="TiB")
    routine_runs.set_step(vault, run.id, "1", "done", by="TiB")
    restoration.set_status(vault, A1, "isolated", by="IT")
    records.save(vault, "contact", {"name": "Lokal kontakt",
                                    "channels": [{"kind": "mobile", "value": "070-999 99 99"}]})


def test_full_cycle_two_laptops(world: World) -> None:
    # lap2 imports everything so far; lap1 is at bundle 2 and has local data of its own.
    for n in (1, 2, 3):
        import_into(world, "lap2", world.bundles[n])
    lap1 = world.open("lap1")
    try:
        add_local_data(lap1)
        local_before = local_digest(lap1)
        amendments.amend(lap1, "contact", C1, "crisis_role", "Ställföreträdande krisledningschef", author="TiB")
        amendments.amend(lap1, "contact", C2, "notes", "Nytt nummer sedan oktober", author="TiB")
    finally:
        lap1.close()
    shown, result = import_into(world, "lap1", world.bundles[3])
    assert result.applied and result.sequence == 3 and result.conflicts == 0   # type: ignore[attr-defined]
    # The coordinator changes the field lap1 amended on C1, and nothing lap1 amended on C2.
    path = publish(world, {"crisis_role": "Krisledare"})
    shown, result = import_into(world, "lap1", path)
    assert [(o.amendment.record_id, o.amendment.field, o.incoming_value) for o in shown.conflicts] == [   # type: ignore[attr-defined]
        (C1, "crisis_role", "Krisledare")]
    assert shown.changes["contact"].changed == 1 and shown.kept_amendments == 1   # type: ignore[attr-defined]
    assert result.conflicts == 1   # type: ignore[attr-defined]
    lap1 = world.open("lap1")
    try:
        assert local_digest(lap1) == local_before
        assert records.get(lap1, "contact", C1).data["crisis_role"] == "Krisledare"        # the bundle wins
        assert records.get(lap1, "contact", C2).data["notes"] == "Nytt nummer sedan oktober"  # kept
        conflict = amendments.conflicts(lap1)
        assert [(c.record_id, c.value, c.published_value) for c in conflict] == [
            (C1, "Ställföreträdande krisledningschef", "Krisledare")]
        assert "changed this field in bundle 4" in amendments.reason_text(conflict[0].reason, "en")
        amendments.resolve(lap1, conflict[0].id, keep_mine=True)
        assert records.get(lap1, "contact", C1).data["crisis_role"] == "Ställföreträdande krisledningschef"
        assert amendments.conflicts(lap1) == []
        assert last_sequence(lap1) == 4
    finally:
        lap1.close()
    # A laptop is lost: the coordinator removes it; it cannot read the next bundle.
    pub = world.open("pub")
    try:
        recipients.remove(pub, "laptop-2")
        assert [r.name for r in recipients.active(pub)] == ["laptop-1"]
    finally:
        pub.close()
    path = publish(world, {"notes": "Efter förlusten"}, record=C3)
    lap2 = world.open("lap2")
    try:
        with pytest.raises(DecryptionError, match="not encrypted for this laptop"):
            verify_bundle(lap2, path)
        assert last_sequence(lap2) == 3
    finally:
        lap2.close()
    shown, result = import_into(world, "lap1", path)
    assert result.sequence == 5   # type: ignore[attr-defined]


def test_removed_record_moves_amendment_to_conflicts_and_adopted_one_resolves(world: World) -> None:
    lap1 = world.open("lap1")
    try:
        amendments.amend(lap1, "partner", P1, "notes", "Anteckning från fältet", author="TiB")
        amendments.amend(lap1, "contact", C2, "crisis_role", "Presschef", author="TiB")
    finally:
        lap1.close()
    pub = world.open("pub")
    try:
        records.delete(pub, "partner", P1)
        current = records.get(pub, "contact", C2)
        records.save(pub, "contact", {**current.data, "crisis_role": "Presschef"}, record_id=C2)
        path = export_bundle(pub, world.base / "out").path
    finally:
        pub.close()
    shown, _result = import_into(world, "lap1", path)
    assert shown.changes["partner"].removed == 1 and shown.adopted_amendments == 1   # type: ignore[attr-defined]
    lap1 = world.open("lap1")
    try:
        states = {(a.record_id, a.state) for a in amendments.list_amendments(lap1)}
        assert states == {(P1, "conflict"), (C2, "resolved")}
        assert "removed this record" in amendments.reason_text(amendments.conflicts(lap1)[0].reason, "en")
        with pytest.raises(BinderError, match="removed this record"):
            amendments.resolve(lap1, amendments.conflicts(lap1)[0].id, keep_mine=True)
        amendments.resolve(lap1, amendments.conflicts(lap1)[0].id, keep_mine=False)
        assert amendments.conflicts(lap1) == []
    finally:
        lap1.close()


def test_expired_bundle_needs_acknowledgement_logged_in_incident_log(world: World) -> None:
    path = publish(world, {"notes": "kort giltighet"}, expires_days=1)
    later = datetime.now(UTC) + timedelta(days=3)
    lap1 = world.open("lap1")
    try:
        verified = verify_bundle(lap1, path, now=later)
        assert verified.expired and preview(lap1, verified).expired
        with pytest.raises(ExpiredBundle, match="--accept-expired"):
            apply(lap1, verified)
        assert last_sequence(lap1) == 2
        log_before = len(incident_log.entries(lap1))
        result = apply(lap1, verified, accept_expired=True, operator="Åsa Lind")
        assert result.applied and result.stale_ack
        entries = incident_log.entries(lap1)
        assert len(entries) == log_before + 1
        ack = entries[-1]
        assert "Expired binder bundle 4" in ack.text
        assert (ack.kind, ack.author, ack.decided_by) == ("decision", "Åsa Lind", "Åsa Lind")
        assert lap1.db.execute("SELECT stale_ack FROM bundle_state").fetchone()[0] == 1
        status = bundle_status(lap1, now=later)
        assert status.expired and status.stale_ack and status.sequence == 4
        assert not bundle_status(lap1).expired
    finally:
        lap1.close()


def test_clock_earlier_than_last_bundle_warns(world: World) -> None:
    lap1 = world.open("lap1")
    try:
        verified = verify_bundle(lap1, world.bundles[3], now=datetime.now(UTC) - timedelta(days=30))
        assert "clock looks wrong" in verified.clock_warning
        verified.cleanup()
    finally:
        lap1.close()


def test_key_rotation_chain_is_followed_and_old_key_then_refused(world: World) -> None:
    pub = world.open("pub")
    try:
        old_key = trust.signing_key(pub)
        trust.rotate_signing_key(pub)
        new_fpr = trust.rotate_signing_key(pub)["fingerprint"]     # two rotations; the laptop missed both
        path = export_bundle(pub, world.base / "out").path
    finally:
        pub.close()
    shown, _result = import_into(world, "lap1", path)
    assert shown.key_rotation and shown.signer_fingerprints == [new_fpr]   # type: ignore[attr-defined]
    lap1 = world.open("lap1")
    try:
        policy = trust.policy(lap1.db)
        assert policy is not None and policy.key_set_version == 3
        assert [k.fingerprint for k in trust.list_trusted(lap1) if k.revoked_at is None] == [new_fpr]
    finally:
        lap1.close()
    # A bundle signed with the retired key is refused now.
    from tests.test_bundle_support import forge
    world.key = old_key
    bad = world.base / "old-key.kbundle"
    body, plain = read_bundle(path, world.lap1_identity)
    world.bodies[5], world.plain[5] = {**body, "sequence": 5, "key_statements": []}, plain.replace(
        b'"sequence":4', b'"sequence":5', 1)
    bad.write_bytes(forge(world, n=5))
    lap1 = world.open("lap1")
    try:
        with pytest.raises(SignatureError, match="not signed by a publisher key this laptop trusts"):
            verify_bundle(lap1, bad)
    finally:
        lap1.close()


def test_forged_rotation_statement_is_refused(world: World) -> None:
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    from binder.bundle import dsse, limits
    from binder.bundle.strict_json import canonical
    from tests.test_bundle_support import forge
    attacker = Ed25519PrivateKey.generate()
    statement = dsse.sign(limits.KEY_SET_PAYLOAD_TYPE, canonical({
        "type": trust.KEY_SET_TYPE, "organisation_id": ORG, "version": 2, "threshold": 1,
        "keys": [trust.b64(dsse.public_bytes(attacker))], "issued_at": "2026-11-25T00:00:00+00:00"}), [attacker])
    bad = world.base / "forged.kbundle"
    bad.write_bytes(forge(world, body={"key_statements": [statement]}, keys=[attacker]))
    lap1 = world.open("lap1")
    try:
        with pytest.raises(SignatureError, match="not signed by a publisher key this laptop trusts"):
            verify_bundle(lap1, bad)
    finally:
        lap1.close()


def test_failed_apply_rolls_back_and_reimport_succeeds(world: World, monkeypatch: pytest.MonkeyPatch) -> None:
    path = publish(world, {"notes": "ändrad"})
    lap1 = world.open("lap1")
    try:
        from tests.test_bundle_support import content_digest
        tables = ("records", "meta", "amendments", "bundle_state", "trusted_keys", "trust_policy", "bundle_imports")
        before = content_digest(lap1, tables)
        verified = verify_bundle(lap1, path)
        calls = {"n": 0}
        real_write = records.write

        def failing_write(*args: object, **kw: object) -> object:
            calls["n"] += 1
            if calls["n"] == 2:
                raise OSError(28, "No space left on device")
            return real_write(*args, **kw)   # type: ignore[arg-type]

        monkeypatch.setattr(records, "write", failing_write)
        with pytest.raises(OSError):
            apply(lap1, verified)
        assert content_digest(lap1, tables) == before and last_sequence(lap1) == 2
        monkeypatch.setattr(records, "write", real_write)
        result = apply(lap1, verify_bundle(lap1, path))
        assert result.applied and last_sequence(lap1) == 4
    finally:
        lap1.close()


def test_undo_restores_published_state_and_keeps_newer_local_entries(world: World) -> None:
    lap1 = world.open("lap1")
    try:
        amendments.amend(lap1, "contact", C1, "crisis_role", "Lokalt värde", author="TiB")
        before = {r.id: r.data for r in records.iter_all(lap1.db, origin="published")}
    finally:
        lap1.close()
    path = publish(world, {"crisis_role": "Nytt värde"})
    import_into(world, "lap1", path)
    lap1 = world.open("lap1")
    try:
        assert amendments.conflicts(lap1)
        incident_log.add(lap1, "Efter importen", author="TiB")
        result = undo_last_import(lap1)
        assert result.sequence == 4 and result.restored_sequence == 2
        assert {r.id: r.data for r in records.iter_all(lap1.db, origin="published")} == before
        assert [a.state for a in amendments.list_amendments(lap1)] == ["active"]
        assert any(e.text == "Efter importen" for e in incident_log.entries(lap1))
        assert records.get(lap1, "contact", C1).data["crisis_role"] == "Lokalt värde"
        assert records.list_records(lap1, "contact", query="Örjan")    # search index rebuilt
        assert undo_last_import(lap1).restored_sequence == 1     # undo again: one import further back
        lap1.check_integrity()
    finally:
        lap1.close()
    # The same bundle can be imported again after the undo.
    _shown, again = import_into(world, "lap1", path)
    assert again.applied   # type: ignore[attr-defined]


def test_markup_in_bundle_text_is_stored_literally(world: World) -> None:
    markup = '<img src="/etc/passwd"/> <font color="[[[x]]]"> <b>unclosed <a href="http://x">'
    path = publish(world, {"notes": markup})
    import_into(world, "lap1", path)
    lap1 = world.open("lap1")
    try:
        assert records.get(lap1, "contact", C1).data["notes"] == markup
    finally:
        lap1.close()


def test_standard_age_tool_decrypts_the_payload(world: World, tmp_path: Path) -> None:
    age = shutil.which("age")
    if age is None:
        pytest.skip("the age command-line tool is not installed")
    data = world.bundles[3].read_bytes()
    body, plain = read_bundle(world.bundles[3], world.lap1_identity)
    import struct

    from binder.bundle import limits
    n = len(limits.MAGIC)
    start = n + 4 + struct.unpack(">I", data[n:n + 4])[0]
    cipher = tmp_path / "payload.age"
    cipher.write_bytes(data[start:start + body["payloads"][0]["length"]])
    identity = tmp_path / "laptop.key"
    identity.write_text(world.lap1_identity + "\n")
    identity.chmod(0o600)
    out = subprocess.run([age, "--decrypt", "-i", str(identity), str(cipher)], capture_output=True, timeout=30)
    assert out.returncode == 0, out.stderr
    assert out.stdout == plain
    first = json.loads(out.stdout.split(b"\n")[0])
    assert first == {"audience": ORG, "bundle_id": body["bundle_id"], "format": 1, "sequence": 3, "type": "binding"}


def test_trust_refusals(world: World, tmp_path: Path) -> None:
    lap2 = world.open("lap2")
    try:
        with pytest.raises(TrustError, match="does not match the key file"):
            trust.add_trust(lap2, world.base / "publisher.key", "12345 67890")
        from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

        from binder.bundle import dsse
        from tests.test_bundle_support import key_file
        foreign = dsse.public_bytes(Ed25519PrivateKey.generate())
        with pytest.raises(TrustError, match="belongs to organisation 'grannby'"):
            trust.add_trust(lap2, key_file(tmp_path / "f.key", foreign, "grannby"), trust.fingerprint(foreign))
        assert len([k for k in trust.list_trusted(lap2) if k.revoked_at is None]) == 1
    finally:
        lap2.close()


def test_export_sequence_moves_only_on_success(world: World, tmp_path: Path) -> None:
    pub = world.open("pub")
    try:
        before = trust.publisher_state(pub.db).last_sequence
        missing = tmp_path / "no" / "such" / "dir" / "x.kbundle"
        with pytest.raises(BinderError, match="Nothing was changed"):
            export_bundle(pub, missing)
        for r in recipients.active(pub):
            recipients.remove(pub, r.name)
        with pytest.raises(BundleError, match="No laptop is enrolled"):
            export_bundle(pub, tmp_path)
        assert trust.publisher_state(pub.db).last_sequence == before
        assert not list(tmp_path.glob("*.part"))
    finally:
        pub.close()


def test_publisher_verifies_its_own_bundle(world: World) -> None:
    pub = world.open("pub")
    try:
        verified = verify_bundle(pub, world.bundles[3])
        assert verified.sequence == 3 and verified.snapshot is not None
        assert len(verified.snapshot.records) == 10
        with pytest.raises(BundleError, match="imported on the laptops"):
            apply(pub, verified)
        verified.cleanup()
    finally:
        pub.close()


def test_first_import_on_fresh_laptop_needs_trust(tmp_path: Path, bundle_world: World) -> None:
    lap = create(tmp_path / "fresh", False)
    try:
        with pytest.raises(TrustError, match="trusts no publisher yet"):
            verify_bundle(lap, bundle_world.bundles[1])
        with pytest.raises(BundleError, match="no import to undo"):
            undo_last_import(lap)
    finally:
        lap.close()
