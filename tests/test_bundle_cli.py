"""The full USB cycle from the command line: three vault folders, real subprocesses."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ENV = {"BINDER_KDF_TARGET_MS": "30", "BINDER_LANG": "en", "BINDER_PASSPHRASE": "hemligt lösenord",
       "BINDER_OPERATOR": "TiB"}


def binder(vault: Path, *args: str, ok: bool = True, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    result = subprocess.run([sys.executable, "-m", "binder", "--vault", str(vault), *args], capture_output=True,
                            text=True, env={**os.environ, **ENV}, cwd=ROOT, timeout=120, input=stdin)
    if ok:
        assert result.returncode == 0, (args, result.stdout, result.stderr)
    return result


def refused(result: subprocess.CompletedProcess[str], fragment: str) -> None:
    assert result.returncode == 1, (result.stdout, result.stderr)
    lines = [line for line in result.stderr.splitlines() if not line.startswith("[")]
    assert len(lines) == 1 and fragment in lines[0], result.stderr
    assert "Traceback" not in result.stderr


def test_cli_full_cycle(tmp_path: Path) -> None:
    pub, lap1, lap2, stick = tmp_path / "pub", tmp_path / "lap1", tmp_path / "lap2", tmp_path / "stick"
    stick.mkdir()
    binder(pub, "init", "--publisher", "--organisation", "Testkommun", "--organisation-id", "testkommun")
    binder(lap1, "init")
    binder(lap2, "init")
    contact = json.loads(binder(pub, "add", "contacts", "--set", "name=Anna Berg", "--set",
                                'channels=[{"kind":"mobile","value":"070-111 11 11"}]', "--json").stdout)["id"]
    # Enrol: the key file with its fingerprint read aloud; the laptops' recipients to the coordinator.
    key = json.loads(binder(pub, "publisher", "export-key", str(stick / "publisher.key"), "--json").stdout)
    refused(binder(lap1, "trust", "add", str(stick / "publisher.key"), "--fingerprint", "00000 11111", ok=False),
            "does not match the key file")
    for lap, name in ((lap1, "laptop-1"), (lap2, "laptop-2")):
        binder(lap, "trust", "add", str(stick / "publisher.key"), "--fingerprint", key["fingerprint"])
        ident = json.loads(binder(lap, "identity", "--json").stdout)
        assert ident["recipient"].startswith("age1") and len(ident["fingerprint"].split()) == 8
        binder(pub, "recipients", "add", name, ident["recipient"])
    assert "laptop-2" in binder(pub, "recipients", "list").stdout
    # Export and import on both laptops.
    first = json.loads(binder(pub, "bundle", "export", str(stick), "--json").stdout)
    assert first["sequence"] == 1 and Path(first["path"]).name == "testkommun-1.kbundle"
    assert key["fingerprint"] in Path(first["path"] + ".txt").read_text()
    for lap in (lap1, lap2):
        check = json.loads(binder(lap, "bundle", "verify", first["path"], "--json").stdout)
        assert check["ok"] is True and check["sequence"] == 1 and check["error"] is None
        out = binder(lap, "bundle", "import", first["path"], "--yes").stdout
        assert "Imported bundle 1: 1 added" in out
    assert "Anna Berg" in binder(lap1, "list", "contacts").stdout
    # Amend locally, the coordinator changes the same field, the import shows the conflict.
    binder(lap1, "amend", "contacts", contact, "name", "Anna Lind")
    assert 'Anna Berg · name: "Anna Lind" (to report to the coordinator)' in binder(lap1, "amendments", "list").stdout
    assert "Anna Lind" in binder(lap1, "list", "contacts").stdout
    binder(pub, "edit", "contacts", contact, "--set", "name=Anna Berg-Ek")
    second = json.loads(binder(pub, "bundle", "export", str(stick), "--json").stdout)
    assert second["sequence"] == 2
    dry = binder(lap1, "bundle", "import", second["path"], "--dry-run").stdout
    assert 'CONFLICT: Anna Berg, name: yours "Anna Lind", bundle "Anna Berg-Ek"' in dry and "Dry run" in dry
    refused(binder(lap1, "bundle", "import", second["path"], ok=False, stdin=""), "Add --yes")
    out = binder(lap1, "bundle", "import", second["path"], "--yes").stdout
    assert "1 conflicts" in out
    conflicts = json.loads(binder(lap1, "conflicts", "list", "--json").stdout)
    assert [(c["value"], c["published_value"]) for c in conflicts] == [("Anna Lind", "Anna Berg-Ek")]
    assert "Anna Berg-Ek" in binder(lap1, "list", "contacts").stdout
    binder(lap1, "conflicts", "resolve", conflicts[0]["id"], "--keep-mine")
    assert "Anna Lind" in binder(lap1, "list", "contacts").stdout
    assert "No conflicts" in binder(lap1, "conflicts", "list").stdout
    # Importing the same bundle again changes nothing; an older one is refused.
    assert "already imported" in binder(lap1, "bundle", "import", second["path"], "--yes").stdout
    refused(binder(lap1, "bundle", "import", first["path"], "--yes", ok=False), "older (number 1)")
    # Lose laptop 2: it cannot read the next bundle.
    binder(pub, "recipients", "remove", "laptop-2")
    third = json.loads(binder(pub, "bundle", "export", str(stick), "--json").stdout)
    bad = binder(lap2, "bundle", "verify", third["path"], "--json", ok=False)
    assert bad.returncode == 1
    report = json.loads(bad.stdout)
    assert report["ok"] is False and "not encrypted for this laptop" in report["error"]
    refused(binder(lap2, "bundle", "import", third["path"], "--yes", ok=False), "not encrypted for this laptop")
    binder(lap1, "bundle", "import", third["path"], "--yes")
    status = json.loads(binder(lap1, "bundle", "status", "--json").stdout)
    assert status["sequence"] == 3 and status["expired"] is False and status["undoable"] is True
    # Undo the last import on laptop 1.
    assert "back at bundle 2" in binder(lap1, "bundle", "undo").stdout
    # A tampered file: one line, exit 1, no traceback.
    tampered = stick / "tampered.kbundle"
    data = bytearray(Path(third["path"]).read_bytes())
    data[-5] ^= 0x40
    tampered.write_bytes(bytes(data))
    refused(binder(lap1, "bundle", "import", str(tampered), "--yes", ok=False), "does not match its signed checksum")
    trusted = json.loads(binder(lap1, "trust", "list", "--json").stdout)
    assert trusted["organisation_id"] == "testkommun" and len(trusted["keys"]) == 1
