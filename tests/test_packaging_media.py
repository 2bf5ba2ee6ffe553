"""Fast checks of the packaging recipe (the full build + offline install is
packaging/verify_offline_install.sh, too slow for CI)."""
from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

ROOT = Path(__file__).resolve().parent.parent
PACKAGING = ROOT / "packaging"
PIN = re.compile(r"^([A-Za-z0-9_.-]+)==([^\s;]+)( ;[^\\]+)? \\$")


def locked(name: str) -> dict[str, list[str]]:
    """{canonical name: [sha256, ...]} from a lock file, checking its pip --require-hashes shape."""
    pins: dict[str, list[str]] = {}
    current = ""
    for line in (PACKAGING / f"requirements-{name}.txt").read_text(encoding="utf-8").splitlines():
        if not line or line.startswith("#"):
            continue
        match = PIN.match(line)
        if match:
            current = str(canonicalize_name(match.group(1)))
            pins[current] = []
            continue
        hashed = re.fullmatch(r"    --hash=sha256:([0-9a-f]{64})( \\)?", line)
        assert hashed, f"unexpected line in requirements-{name}.txt: {line!r}"
        pins[current].append(hashed.group(1))
    assert all(pins.values()), f"a pin without hashes in requirements-{name}.txt"
    return pins


def locked_versions(name: str) -> dict[str, str]:
    """{canonical name: version} from a lock file."""
    text = (PACKAGING / f"requirements-{name}.txt").read_text(encoding="utf-8")
    return {str(canonicalize_name(match.group(1))): match.group(2)
            for match in map(PIN.match, text.splitlines()) if match}


def project() -> dict:
    return tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))


@pytest.mark.parametrize("target", ["linux", "windows"])
def test_runtime_locks_pin_every_dependency_with_hashes(target: str) -> None:
    pins = locked(target)
    for dependency in project()["project"]["dependencies"]:
        assert canonicalize_name(Requirement(dependency).name) in pins, (
            f"{dependency} missing in requirements-{target}.txt: run python packaging/lock.py")
    # One wheel per supported Python version for the compiled SQLCipher binding.
    assert len(pins["sqlcipher3"]) == 3


@pytest.mark.parametrize("target", ["linux", "windows"])
def test_locked_versions_satisfy_pyproject(target: str) -> None:
    """Each lock holds a release that pyproject.toml allows (a stale lock is caught offline)."""
    versions = locked_versions(target)
    for dependency in map(Requirement, project()["project"]["dependencies"]):
        version = versions[str(canonicalize_name(dependency.name))]
        assert dependency.specifier.contains(version, prereleases=True), (
            f"requirements-{target}.txt has {dependency.name}=={version}, pyproject.toml wants "
            f"{dependency.specifier}: run python packaging/lock.py")


def test_lock_and_pyproject_agree_on_the_qt_binding() -> None:
    """The Qt binding is pinned exactly (6.12.0 leaks a reference per Signal.emit on 3.11), and
    both locks carry that release for PySide6 and its shiboken6 runtime."""
    pinned = {str(canonicalize_name(req.name)): req
              for req in map(Requirement, project()["project"]["dependencies"])}
    binding = [str(spec) for spec in pinned["pyside6-essentials"].specifier]
    assert len(binding) == 1 and binding[0].startswith("=="), binding
    release = binding[0][2:]
    assert [str(spec) for spec in pinned["shiboken6"].specifier] == [f"=={release}"]
    for target in ("linux", "windows"):
        versions = locked_versions(target)
        assert versions["pyside6-essentials"] == versions["shiboken6"] == release, target


def test_build_lock_pins_pyinstaller_and_setuptools() -> None:
    pins = locked("build")
    assert {"pyinstaller", "setuptools"} <= set(pins)


def test_wheel_carries_migrations_and_resources() -> None:
    package_data = project()["tool"]["setuptools"]["package-data"]["binder"]
    assert "vault/migrations/*.sql" in package_data
    assert "_resources/**/*" in package_data
    build = (PACKAGING / "build.sh").read_text(encoding="utf-8")
    assert "binder/_resources" in build      # build.sh copies resources/ there before building the wheel


def test_spec_bundles_resources_metadata_and_excludes_unused_qt() -> None:
    spec = (PACKAGING / "krisparm.spec").read_text(encoding="utf-8")
    assert '(str(RESOURCES), "resources")' in spec             # binder.resources: <_MEIPASS>/resources
    assert 'copy_metadata("krisparm")' in spec                 # binder --version when frozen
    assert 'includes=["**/*.sql"]' in spec                      # vault migrations
    assert 'collect_submodules("binder")' in spec               # CLI commands found at run time
    for module in ("QtNetwork", "QtWebEngineCore", "Qt3DCore", "QtMultimedia", "QtQml", "QtQuick"):
        assert f'"{module}"' in spec
    for folder in ("fonts", "icons", "translations", "demo"):
        assert (ROOT / "resources" / folder).is_dir()


def test_app_icon_exists_in_every_format() -> None:
    icons = ROOT / "resources" / "icons"
    assert (icons / "krisparm.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert (icons / "krisparm.ico").read_bytes()[:4] == b"\x00\x00\x01\x00"
    assert "<svg" in (icons / "krisparm.svg").read_text(encoding="utf-8")


@pytest.mark.parametrize("script", ["build.sh", "install.sh", "verify_offline_install.sh"])
def test_shell_scripts_parse(script: str) -> None:
    done = subprocess.run(["bash", "-n", str(PACKAGING / script)], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr


def test_install_script_installs_offline_with_hashes_only() -> None:
    text = (PACKAGING / "install.sh").read_text(encoding="utf-8")
    assert "--no-index" in text and "--require-hashes" in text and "sha256sum" in text
    ps1 = (PACKAGING / "install.ps1").read_text(encoding="utf-8")
    assert "--no-index" in ps1 and "--require-hashes" in ps1 and "Get-FileHash" in ps1


def test_smoke_hook_reports_the_window_and_quits_cleanly() -> None:
    """The hook the proof relies on, with a real QApplication in a child process."""
    code = ("import smoke_hook; smoke_hook.install()\n"
            "from PySide6.QtWidgets import QApplication, QLabel\n"
            "app = QApplication([]); label = QLabel('x'); label.setWindowTitle('Lås upp'); label.show()\n"
            "raise SystemExit(app.exec())\n")
    env = {**os.environ, "KRISPARM_SMOKE_TEST": "0.2", "QT_QPA_PLATFORM": "offscreen",
           "PYTHONPATH": str(PACKAGING)}
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=60)
    assert done.returncode == 0, done.stderr
    assert 'krisparm-smoke: window QLabel "Lås upp"' in done.stderr


@pytest.mark.skipif(shutil.which("sha256sum") is None, reason="needs coreutils sha256sum")
def test_install_refuses_a_changed_file(tmp_path: Path) -> None:
    """install.sh stops before touching the prefix when a file on the stick differs from SHA256SUMS."""
    stick = tmp_path / "stick"
    stick.mkdir()
    shutil.copy(PACKAGING / "install.sh", stick / "install.sh")
    (stick / "VERSION").write_text("0.0.0\n", encoding="utf-8")
    (stick / "requirements.txt").write_text("krisparm==0.0.0\n", encoding="utf-8")
    sums = subprocess.run(["sha256sum", "VERSION", "requirements.txt"], cwd=stick, capture_output=True,
                          text=True, check=True).stdout
    (stick / "SHA256SUMS").write_text(sums, encoding="utf-8")
    (stick / "requirements.txt").write_text("evil==6.6.6\n", encoding="utf-8")
    prefix = tmp_path / "prefix"
    done = subprocess.run(["bash", str(stick / "install.sh"), "--prefix", str(prefix), "--mode", "wheels"],
                          capture_output=True, text=True, timeout=60)
    assert done.returncode == 1
    assert "damaged or was changed" in done.stderr
    assert not (prefix / "bin" / "binder").exists()
    assert not (prefix / "lib" / "krisparm").exists()


def test_lock_check_accepts_the_committed_locks() -> None:
    """The same check build.sh runs before building: every pyproject dependency is locked."""
    done = subprocess.run([sys.executable, str(PACKAGING / "lock.py"), "--check"], capture_output=True,
                          text=True, timeout=60)
    assert done.returncode == 0, done.stderr
