"""resource_path finds resources from a source checkout, an installed wheel and a frozen build."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from binder import resources
from binder.resources import resource_path, resources_root

ROOT = Path(__file__).resolve().parent.parent


def test_source_checkout_uses_the_resources_folder() -> None:
    assert resources_root() == ROOT / "resources"
    assert resource_path("icons", "krisparm.png").is_file()
    assert resource_path("icons", "krisparm.svg").is_file()
    assert list(resource_path("translations", "sv").glob("*.ts"))


def test_installed_wheel_uses_binder_resources(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    package = tmp_path / "site-packages" / "binder"
    (package / "_resources" / "icons").mkdir(parents=True)
    (package / "_resources" / "icons" / "krisparm.png").write_bytes(b"\x89PNG")
    monkeypatch.setattr(resources, "PACKAGE_DIR", package)
    assert resources_root() == package / "_resources"
    assert resource_path("icons", "krisparm.png").read_bytes() == b"\x89PNG"


def test_frozen_build_uses_meipass(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "resources" / "fonts").mkdir(parents=True)
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert resources_root() == tmp_path / "resources"
    assert resource_path("fonts") == tmp_path / "resources" / "fonts"


def test_frozen_wins_over_a_packaged_copy(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    package = tmp_path / "binder"
    (package / "_resources").mkdir(parents=True)
    monkeypatch.setattr(resources, "PACKAGE_DIR", package)
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path / "bundle"), raising=False)
    assert resources_root() == tmp_path / "bundle" / "resources"


def test_i18n_finds_catalogues_through_resource_path_in_a_fresh_process() -> None:
    code = ("from binder.resources import resource_path; "
            "print(sorted(p.name for p in resource_path('translations', 'sv').glob('*.ts'))[0])")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd="/", timeout=60)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip().endswith(".ts")
