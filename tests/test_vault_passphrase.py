"""New passphrases: strength estimated offline, common ones refused, a meter in the window (issue 11 §7)."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from binder.errors import VaultError
from binder.vault.passphrase_policy import assess, require_strong, suggestion

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.parametrize("weak", ["12345678", "aaaaaaaa", "password1", "lösenord123", "Sommar2024", "qwertyuiop",
                                  "Norrbacka2026"])
def test_common_and_patterned_passphrases_are_refused(weak: str) -> None:
    strength = assess(weak, ("Norrbacka",))
    assert not strength.acceptable and strength.score < 3
    with pytest.raises(VaultError) as info:
        require_strong(weak, ("Norrbacka",))
    assert "too easy to guess" in info.value.message("en") and "words" in info.value.message("en")


@pytest.mark.parametrize("good", ["korrekt häst batteri", "lampa kanot hallon vinter", "ny lösenfras för krisen"])
def test_multi_word_passphrases_pass(good: str) -> None:
    assert assess(good).acceptable


def test_suggestion_is_a_multi_word_example() -> None:
    example = suggestion().split("'")[1]
    assert len(example.split()) == 4


def run(*args: str, **env: str) -> subprocess.CompletedProcess[str]:
    full = {**os.environ, "BINDER_LANG": "en", "BINDER_KDF_TARGET_MS": "30", **env}
    return subprocess.run([sys.executable, "-m", "binder", *args], capture_output=True, text=True, env=full,
                          cwd=ROOT, timeout=120)


def test_cli_init_and_passwd_refuse_a_weak_passphrase(tmp_path: Path) -> None:
    refused = run("--vault", str(tmp_path / "v"), "init", BINDER_PASSPHRASE="12345678")
    assert refused.returncode == 1 and refused.stderr.count("\n") == 1 and "too easy" in refused.stderr
    assert not (tmp_path / "v").exists()
    made = run("--vault", str(tmp_path / "v"), "init", BINDER_PASSPHRASE="lampa kanot hallon vinter")
    assert made.returncode == 0, made.stderr
    before = (tmp_path / "v" / "keyslots.json").read_bytes()
    weak = run("--vault", str(tmp_path / "v"), "passwd", BINDER_PASSPHRASE="lampa kanot hallon vinter",
               BINDER_NEW_PASSPHRASE="aaaaaaaa")
    assert weak.returncode == 1 and "too easy" in weak.stderr
    assert (tmp_path / "v" / "keyslots.json").read_bytes() == before


def test_meter_in_the_create_vault_dialog(qtbot: Any, tmp_path: Path) -> None:
    pytest.importorskip("PySide6")
    from binder.gui.create_vault_dialog import CreateVaultDialog
    from binder.gui.worker import DatabaseWorker
    worker = DatabaseWorker()
    try:
        dialog = CreateVaultDialog(worker, tmp_path / "v")
        qtbot.addWidget(dialog)
        dialog.organisation.setText("Norrbacka kommun")
        dialog.passphrase.setText("Norrbacka1")
        assert dialog.meter.bar.value() < 3 and "too easy" in dialog.meter.label.text()
        dialog.repeat.setText("Norrbacka1")
        dialog.create_vault()
        assert "too easy" in dialog.message.text() and not (tmp_path / "v").exists()
        dialog.passphrase.setText("lampa kanot hallon vinter")
        assert dialog.meter.bar.value() >= 3 and "strong" in dialog.meter.label.text().lower()
    finally:
        worker.shutdown()
