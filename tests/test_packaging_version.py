"""The version comes from pyproject.toml alone, and `binder --version` shows it."""
from __future__ import annotations

import os
import subprocess
import sys
import tomllib
from pathlib import Path

import binder
from binder import _version

ROOT = Path(__file__).resolve().parent.parent


def pyproject_version() -> str:
    return tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"]


def test_package_version_is_the_pyproject_version() -> None:
    assert binder.__version__ == pyproject_version()
    assert _version.read_version() == pyproject_version()


def test_source_version_reads_only_our_pyproject(tmp_path: Path) -> None:
    ours = tmp_path / "ours.toml"
    ours.write_text('[project]\nname = "krisparm"\nversion = "9.8.7"\n', encoding="utf-8")
    other = tmp_path / "other.toml"
    other.write_text('[project]\nname = "something-else"\nversion = "1.0"\n', encoding="utf-8")
    broken = tmp_path / "broken.toml"
    broken.write_text("[project\n", encoding="utf-8")
    assert _version.source_version(ours) == "9.8.7"
    assert _version.source_version(other) is None
    assert _version.source_version(broken) is None
    assert _version.source_version(tmp_path / "missing.toml") is None


def test_cli_version_flag_prints_the_version() -> None:
    env = {**os.environ, "BINDER_LANG": "en"}
    done = subprocess.run([sys.executable, "-m", "binder", "--version"], capture_output=True, text=True,
                          env=env, cwd=ROOT, timeout=60)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == f"Krispärm {pyproject_version()}"


def test_no_second_hard_coded_version() -> None:
    """The version string appears in pyproject.toml only, not copied into the package."""
    version = pyproject_version()
    copies = [path for path in (ROOT / "binder").rglob("*.py")
              if f'"{version}"' in path.read_text(encoding="utf-8")]
    assert copies == []
