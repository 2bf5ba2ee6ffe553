"""`binder gui` from the command line when no display is available."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from tests.conftest import PASSPHRASE


def _env(tmp_path: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    env.update({"BINDER_KDF_TARGET_MS": "30", "BINDER_LANG": "en", "XDG_DATA_HOME": str(tmp_path / "data"),
                "HOME": str(tmp_path), "BINDER_PASSPHRASE": PASSPHRASE})
    return env


def test_gui_without_a_display_says_so_clearly(tmp_path: Path) -> None:
    proc = subprocess.run([sys.executable, "-m", "binder", "gui"], capture_output=True, text=True,
                          env=_env(tmp_path), timeout=60)
    assert proc.returncode == 1
    assert "No display is available" in proc.stderr and "Traceback" not in proc.stderr


def test_gui_demo_without_a_display_writes_the_demo_binder_pdf(tmp_path: Path) -> None:
    from pypdf import PdfReader
    out = tmp_path / "demo.pdf"
    proc = subprocess.run([sys.executable, "-m", "binder", "gui", "--demo", "--pdf", str(out)],
                          capture_output=True, text=True, env=_env(tmp_path), timeout=240)
    assert proc.returncode == 0, proc.stderr
    assert "No display is available" in proc.stdout and "krisparm-demo" in proc.stdout
    reader = PdfReader(str(out))
    assert len(reader.pages) > 10
    assert "Norrbacka" in reader.pages[0].extract_text()
    assert (tmp_path / "data" / "krisparm" / "demo-vault" / "vault.db").exists()
