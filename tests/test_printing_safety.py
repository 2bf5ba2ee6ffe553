"""Printing keeps secrets and plaintext in their place: children never inherit the passphrase, the
Windows spool file does not outlive its printing, a PDF destination is checked before rendering."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from conftest import PASSPHRASE

from binder.errors import PrintError
from binder.printing import build, printer
from binder.printing.processes import SECRET_VARIABLES, child_env


def test_print_children_never_inherit_the_secrets(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in SECRET_VARIABLES:
        monkeypatch.setenv(name, f"secret {name}")
    monkeypatch.setenv("BINDER_LANG", "sv")
    seen = printer._run(["env"]).stdout.decode()          # how lp and lpstat are started
    assert "BINDER_LANG=sv" in seen
    assert not any(name in seen for name in SECRET_VARIABLES)
    assert not set(SECRET_VARIABLES) & set(child_env())


def test_the_print_worker_does_not_inherit_the_passphrase(vault: Any, tmp_path: Path,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    from binder.printing import worker
    monkeypatch.setenv("BINDER_PASSPHRASE", PASSPHRASE)
    seen: dict[str, Any] = {}
    real_popen = subprocess.Popen

    def spy(*args: Any, **kw: Any) -> Any:      # the real worker runs; we only look at its environment
        seen["env"] = kw.get("env")
        return real_popen(*args, **kw)

    monkeypatch.setattr(worker.subprocess, "Popen", spy)
    worker.run_in_subprocess(vault, tmp_path / "w.pdf", lang="en", sections="forms")
    assert seen["env"] is not None and "BINDER_PASSPHRASE" not in seen["env"]
    assert (tmp_path / "w.pdf").read_bytes().startswith(b"%PDF")


def test_spooled_file_is_removed_after_spooling_even_after_an_error(tmp_path: Path) -> None:
    path = tmp_path / "binder.pdf"
    with printer.spooled_file(path) as spooled:
        spooled.write_bytes(b"%PDF plaintext")
    assert not path.exists()
    with pytest.raises(PrintError), printer.spooled_file(path) as spooled:
        spooled.write_bytes(b"%PDF plaintext")
        raise PrintError("The printer refused the job: {reason}", reason="test")
    assert not path.exists()


@pytest.mark.parametrize("target", ["/proc/binder.pdf", "{tmp}/no/such/folder/binder.pdf", "{tmp}"])
def test_pdf_destination_checked_before_rendering(target: str, vault: Any, vault_path: Path,
                                                  tmp_path: Path) -> None:
    out = target.format(tmp=tmp_path)
    with pytest.raises(PrintError):
        build.check_destination(out)
    vault.close()
    env = dict(os.environ, BINDER_PASSPHRASE=PASSPHRASE, BINDER_KDF_TARGET_MS="30")
    done = subprocess.run([sys.executable, "-m", "binder", "--vault", str(vault_path), "--lang", "sv", "pdf", out],
                          capture_output=True, text=True, env=env, timeout=120)
    assert done.returncode == 1, done.stderr
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and ("Mappen" in lines[0] or "mapp" in lines[0]), lines
    assert "Traceback" not in done.stderr
    from binder.printing import list_prints
    from binder.vault.vault import Vault
    reopened = Vault.open(vault_path, PASSPHRASE)
    assert list_prints(reopened) == []            # nothing rendered, nothing recorded
    reopened.close()
