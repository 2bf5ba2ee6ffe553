"""An empty vault still prints a useful binder; the CLI commands and the worker subprocess."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

from conftest import PASSPHRASE
from printing_fixtures import page_texts, populate

from binder.printing import build_pdf, list_prints
from binder.printing.worker import run_in_subprocess


def test_empty_vault_prints_blank_forms(vault: Any, tmp_path: Path) -> None:
    result = build_pdf(vault, tmp_path / "empty.pdf", lang="en")
    texts = page_texts(tmp_path / "empty.pdf")
    body = " ".join(texts)
    assert result.pages == len(texts) >= 12
    for sheet in ("Incident log (sheet 1 of 3)", "Incident log (sheet 3 of 3)", "Routine run (sheet 2 of 2)",
                  "Message and phone log (sheet 1 of 2)", "Contact list (sheet 1 of 2)",
                  "Restoration status board (sheet 1 of 2)"):
        assert sheet in body, sheet
    assert "No contacts are recorded in the binder yet" in body
    assert "No call tree is recorded. Fill in this one by hand." in body
    assert "How to use this binder when everything is down" in texts[0]
    assert all(f"of {len(texts)}" in t for t in texts)


def _env(vault_path: Path) -> dict[str, str]:
    env = dict(os.environ)
    env.update({"BINDER_KDF_TARGET_MS": "30", "BINDER_LANG": "en", "BINDER_PASSPHRASE": PASSPHRASE,
                "BINDER_VAULT": str(vault_path)})
    return env


def _binder(vault_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "binder", *args], capture_output=True, text=True,
                          env=_env(vault_path), timeout=120)


def test_cli_pdf_check_and_prints_list(vault: Any, vault_path: Path, tmp_path: Path) -> None:
    populate(vault, contacts=8, long_note=False)
    vault.close()
    out = tmp_path / "cli.pdf"
    done = _binder(vault_path, "pdf", str(out), "--lang", "sv", "--copy", "2", "--sections",
                   "contacts,forms", "--json")
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout)
    assert result["sections"] == ["contacts", "forms"] and out.stat().st_mode & 0o077 == 0
    assert "Kontakter" in " ".join(page_texts(out))
    check = _binder(vault_path, "pdf-check", result["codes"][2])
    assert check.returncode == 0 and "CURRENT" in check.stdout and "Page 3 " in check.stdout
    unknown = _binder(vault_path, "pdf-check", "ZZZZ-ZZZZ")
    assert unknown.returncode == 1 and "UNKNOWN" in unknown.stderr
    listed = json.loads(_binder(vault_path, "prints", "list", "--json").stdout)
    assert len(listed) == 1 and listed[0]["copy_number"] == 2 and listed[0]["lang"] == "sv"
    refused = _binder(vault_path, "pdf", str(tmp_path / "x.pdf"), "--sections", "kontakter")
    assert refused.returncode == 1 and "Unknown section 'kontakter'" in refused.stderr
    assert "Traceback" not in refused.stderr and not (tmp_path / "x.pdf").exists()


def test_worker_builds_in_a_subprocess_with_progress(vault: Any, tmp_path: Path) -> None:
    populate(vault, contacts=8, long_note=False)
    seen: list[tuple[float, str]] = []
    result = run_in_subprocess(vault, tmp_path / "w.pdf", progress=lambda f, m: seen.append((f, m)),
                               lang="en", copy_number=3)
    assert result.pages == len(page_texts(tmp_path / "w.pdf"))
    assert seen and seen[-1][0] == 1.0
    fractions = [f for f, _ in seen]
    assert fractions == sorted(fractions)
    assert list_prints(vault)[0].copy_number == 3
    # the same options in-process give the same bytes (the worker is the same build)
    build_pdf(vault, tmp_path / "direct.pdf", lang="en", copy_number=3)
    assert (tmp_path / "w.pdf").read_bytes() == (tmp_path / "direct.pdf").read_bytes()


def test_worker_key_travels_only_through_the_pipe(vault: Any, tmp_path: Path) -> None:
    proc = subprocess.run([sys.executable, "-m", "binder.printing.worker"], capture_output=True, text=True,
                          input=json.dumps({"vault": str(vault.path), "key": "00" * 32,
                                            "out": str(tmp_path / "x.pdf")}) + "\n", timeout=60)
    answer = json.loads(proc.stdout.splitlines()[-1])
    assert answer["type"] == "error" and proc.returncode != 0
    assert not (tmp_path / "x.pdf").exists()


def test_worker_command_from_source_and_frozen(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import sys

    from binder.printing import worker
    assert worker.worker_command()[1:] == ["-m", "binder.printing.worker"]
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    assert worker.worker_command() == [sys.executable, worker.WORKER_FLAG]
    frozen_entry = (Path(__file__).resolve().parent.parent / "packaging" / "frozen_entry.py").read_text()
    assert "WORKER_FLAG" in frozen_entry and "worker_main()" in frozen_entry
