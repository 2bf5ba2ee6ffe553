"""install.sh as a technician runs it: switch-over only after checks, unsigned media, uninstall.

The stick here is made by the test: SHA256SUMS, VERSION, icon, and a "frozen program" archive
whose `binder` runs this checkout's packaging/frozen_entry.py with the test Python, i.e. the
real entry point of the frozen build, its real `--version`, Qt check (offscreen) and signer
check. The full media (real PyInstaller build and real wheels, inside `unshare -n`) is
packaging/verify_offline_install.sh.
"""
from __future__ import annotations

import hashlib
import io
import os
import re
import shutil
import subprocess
import sys
import tarfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parent.parent
PACKAGING = ROOT / "packaging"
VERSION = "9.9.9"
pytestmark = pytest.mark.skipif(shutil.which("sha256sum") is None, reason="needs coreutils")


def program_archive(out: Path, *, entry: Path = PACKAGING / "frozen_entry.py", site: str = "") -> None:
    """A frozen-program archive: krisparm/binder runs `entry` with this Python (`site` first on its path)."""
    path = ":".join(filter(None, (site, str(ROOT), str(PACKAGING))))
    script = f'#!/bin/sh\nPYTHONPATH="{path}" exec "{sys.executable}" "{entry}" "$@"\n'.encode()
    with tarfile.open(out, "w:xz") as tar:
        for name, data, mode in (("krisparm/binder", script, 0o755), ("krisparm/README", b"x\n", 0o644)):
            info = tarfile.TarInfo(name)
            info.size, info.mode = len(data), mode
            tar.addfile(info, io.BytesIO(data))


def write_sums(stick: Path) -> None:
    names = sorted(p.relative_to(stick).as_posix() for p in stick.rglob("*")
                   if p.is_file() and p.name not in {"SHA256SUMS", "SHA256SUMS.sig", "allowed_signers"})
    lines = [f"{hashlib.sha256((stick / n).read_bytes()).hexdigest()}  {n}" for n in names]
    (stick / "SHA256SUMS").write_text("\n".join(lines) + "\n", encoding="utf-8")


def make_stick(folder: Path, **archive: str | Path) -> Path:
    stick = folder / "stick ä"
    stick.mkdir(parents=True)
    for name in ("install.sh", "qt_check.py", "media_signer.py"):
        shutil.copy(PACKAGING / name, stick / name)
    shutil.copy(ROOT / "resources" / "icons" / "krisparm.png", stick / "krisparm.png")
    (stick / "VERSION").write_text(f"{VERSION}\n", encoding="utf-8")
    program_archive(stick / f"krisparm-{VERSION}-linux-x86_64-frozen.tar.xz", **archive)  # type: ignore[arg-type]
    write_sums(stick)
    return stick


def run_install(stick: Path, prefix: Path, *args: str, path: str | None = None) -> subprocess.CompletedProcess[str]:
    env = {key: value for key, value in os.environ.items() if key not in {"DISPLAY", "WAYLAND_DISPLAY"}}
    env.update({"HOME": str(prefix.parent / "home"), "BINDER_LANG": "en", "QT_QPA_PLATFORM": "offscreen"})
    env["PATH"] = path if path is not None else env["PATH"]
    return subprocess.run(["bash", str(stick / "install.sh"), "--prefix", str(prefix), *args],
                          capture_output=True, text=True, env=env, timeout=300)


def snapshot(folder: Path) -> dict[str, str]:
    """Every path under folder with its content hash (files), link target or 'dir'."""
    found = {}
    for path in sorted(folder.rglob("*")):
        key = path.relative_to(folder).as_posix()
        if path.is_symlink():
            found[key] = "-> " + os.readlink(path)
        elif path.is_dir():
            found[key] = "dir"
        else:
            found[key] = f"{oct(path.stat().st_mode & 0o777)} {hashlib.sha256(path.read_bytes()).hexdigest()}"
    return found


@pytest.fixture()
def installed(tmp_path: Path) -> tuple[Path, Path]:
    """A prefix with a good install from an unsigned stick; returns (stick folder, prefix)."""
    prefix = tmp_path / "pre fix ä"
    done = run_install(make_stick(tmp_path / "good"), prefix, "--mode", "frozen", "--allow-unsigned")
    assert done.returncode == 0, done.stdout + done.stderr
    return tmp_path, prefix


def binder_version(prefix: Path) -> str:
    env = {**os.environ, "BINDER_LANG": "en"}
    return subprocess.run([str(prefix / "bin" / "binder"), "--version"], capture_output=True, text=True,
                          env=env, timeout=60).stdout.strip()


def test_help_lists_every_option_and_nothing_else() -> None:
    done = subprocess.run(["bash", str(PACKAGING / "install.sh"), "--help"], capture_output=True, text=True)
    assert done.returncode == 0
    handled = set(re.findall(r"^\s+(--[a-z-]+)\)", (PACKAGING / "install.sh").read_text(), re.MULTILINE))
    assert {"--prefix", "--mode", "--python", "--allow-unsigned", "--signer", "--uninstall"} <= handled
    for option in handled:
        assert option in done.stdout, option
    assert "set -" not in done.stdout and "#" not in done.stdout


def test_unsigned_media_is_refused_without_allow_unsigned(tmp_path: Path) -> None:
    stick = make_stick(tmp_path)
    prefix = tmp_path / "prefix"
    done = run_install(stick, prefix, "--mode", "frozen")
    assert done.returncode == 1
    assert "not signed" in done.stderr and "--allow-unsigned" in done.stderr
    assert not prefix.exists() or snapshot(prefix) == {}


def test_unsigned_media_with_allow_unsigned_is_announced(installed: tuple[Path, Path]) -> None:
    tmp_path, prefix = installed
    again = run_install(make_stick(tmp_path / "again"), prefix, "--mode", "frozen", "--allow-unsigned")
    assert again.returncode == 0, again.stderr
    assert "WARNING: UNSIGNED MEDIA" in again.stderr
    assert "installed from UNSIGNED media" in again.stdout
    assert binder_version(prefix) == f"Krispärm {binder_version_of_checkout()}"


def binder_version_of_checkout() -> str:
    import binder
    return binder.__version__


def test_tampered_unsigned_kit_is_refused(installed: tuple[Path, Path]) -> None:
    tmp_path, prefix = installed
    stick = make_stick(tmp_path / "tampered")
    archive = stick / f"krisparm-{VERSION}-linux-x86_64-frozen.tar.xz"
    data = bytearray(archive.read_bytes())
    data[len(data) // 2] ^= 0x01
    archive.write_bytes(bytes(data))
    before = snapshot(prefix)
    done = run_install(stick, prefix, "--mode", "frozen", "--allow-unsigned")
    assert done.returncode == 1
    assert "damaged or was changed" in done.stderr
    assert snapshot(prefix) == before


def _truncated_archive(stick: Path) -> None:
    archive = stick / f"krisparm-{VERSION}-linux-x86_64-frozen.tar.xz"
    archive.write_bytes(archive.read_bytes()[:60])


def _archive_of_a_program_that_does_not_start(stick: Path) -> None:
    program_archive(stick / f"krisparm-{VERSION}-linux-x86_64-frozen.tar.xz", entry=stick / "missing.py")


def _archive_whose_window_cannot_start(stick: Path) -> None:
    """The program runs a PySide6 that lacks Qt's offscreen platform plugin (a mirror of the
    installed one made of symbolic links, without that one file)."""
    import PySide6
    real = Path(PySide6.__file__).parent
    missing = "Qt/plugins/platforms/libqoffscreen.so"

    def mirror(source: Path, target: Path) -> None:
        target.mkdir(parents=True)
        for item in source.iterdir():
            relative = item.relative_to(real).as_posix()
            if missing.startswith(relative + "/"):
                mirror(item, target / item.name)
            elif relative != missing:
                (target / item.name).symlink_to(item)

    mirror(real, stick.parent / "site" / "PySide6")
    program_archive(stick / f"krisparm-{VERSION}-linux-x86_64-frozen.tar.xz", site=str(stick.parent / "site"))


def _unwritable_menu_entry(prefix: Path) -> None:
    (prefix / "share" / "applications" / "krisparm.desktop.new").mkdir()


@pytest.mark.parametrize("step, break_stick, break_prefix, message", [
    ("unpack", _truncated_archive, None, "could not unpack"),
    ("program starts", _archive_of_a_program_that_does_not_start, None, "does not start"),
    ("window can open", _archive_whose_window_cannot_start, None, "window cannot start"),
    ("switch-over", None, _unwritable_menu_entry, "cannot write"),
])
def test_a_failed_reinstall_leaves_the_previous_install_exactly_as_it_was(
        installed: tuple[Path, Path], step: str, break_stick: Callable[[Path], None] | None,
        break_prefix: Callable[[Path], None] | None, message: str) -> None:
    tmp_path, prefix = installed
    stick = make_stick(tmp_path / f"broken {step}")
    if break_stick:
        break_stick(stick)
        write_sums(stick)
    if break_prefix:
        break_prefix(prefix)
    before = snapshot(prefix)
    done = run_install(stick, prefix, "--mode", "frozen", "--allow-unsigned")
    assert done.returncode == 1, done.stdout
    assert message in done.stderr and "Nothing was changed" in done.stderr, done.stderr
    assert snapshot(prefix) == before
    assert binder_version(prefix) == f"Krispärm {binder_version_of_checkout()}"


def test_reinstall_switches_to_a_new_folder_and_keeps_one_previous(installed: tuple[Path, Path]) -> None:
    tmp_path, prefix = installed
    folders = lambda: sorted(p.name for p in (prefix / "lib" / "krisparm").iterdir() if p.is_dir())  # noqa: E731
    assert folders() == [f"{VERSION}-frozen-1"]
    for n in (2, 3):
        done = run_install(make_stick(tmp_path / f"again{n}"), prefix, "--mode", "frozen", "--allow-unsigned")
        assert done.returncode == 0, done.stderr
    assert folders() == [f"{VERSION}-frozen-2", f"{VERSION}-frozen-3"]
    assert f"{VERSION}-frozen-3/binder" in (prefix / "bin" / "binder").read_text(encoding="utf-8")


def test_uninstall_removes_exactly_what_install_wrote_and_never_the_vault(tmp_path: Path) -> None:
    prefix = tmp_path / "home" / ".local"
    for existing in ("bin/other-tool", "share/applications/other.desktop", "share/krisparm/vault",
                     "share/krisparm/backups/vault-2026.bak"):
        (prefix / existing).parent.mkdir(parents=True, exist_ok=True)
        (prefix / existing).write_bytes(b"not ours")
    before = snapshot(prefix)
    stick = make_stick(tmp_path)
    assert run_install(stick, prefix, "--mode", "frozen", "--allow-unsigned").returncode == 0
    assert run_install(stick, prefix, "--mode", "frozen", "--allow-unsigned").returncode == 0
    assert snapshot(prefix) != before
    done = run_install(stick, prefix, "--uninstall")
    assert done.returncode == 0, done.stderr
    assert "not touched" in done.stdout
    assert snapshot(prefix) == before


def test_uninstall_refuses_a_manifest_naming_other_files(installed: tuple[Path, Path]) -> None:
    tmp_path, prefix = installed
    manifest = prefix / "lib" / "krisparm" / "INSTALLED"
    manifest.write_text(manifest.read_text(encoding="utf-8") + "share/krisparm\n", encoding="utf-8")
    before = snapshot(prefix)
    done = run_install(tmp_path / "good" / "stick ä", prefix, "--uninstall")
    assert done.returncode == 1 and "never writes" in done.stderr
    assert snapshot(prefix) == before


def test_path_hint_is_an_exact_command(tmp_path: Path) -> None:
    prefix = tmp_path / "pre $fix ä"
    done = run_install(make_stick(tmp_path), prefix, "--mode", "frozen", "--allow-unsigned",
                       path="/usr/bin:/bin")
    assert done.returncode == 0, done.stderr
    (command,) = [line.strip() for line in done.stdout.splitlines() if line.strip().startswith("export PATH=")]
    found = subprocess.run(["sh", "-c", f"{command}; command -v binder"], capture_output=True, text=True,
                           env={"PATH": "/usr/bin:/bin"})
    assert found.stdout.strip() == str(prefix / "bin" / "binder")


def test_without_python_the_frozen_program_is_used_and_said_so(tmp_path: Path) -> None:
    stick = make_stick(tmp_path)
    prefix = tmp_path / "prefix"
    done = run_install(stick, prefix, "--python", str(tmp_path / "no-python3"), "--allow-unsigned")
    assert done.returncode == 0, done.stderr
    assert "ready-made program (frozen) is installed instead" in done.stdout
    assert "no-python3: not found" in done.stdout
    wheels = run_install(stick, tmp_path / "other", "--mode", "wheels", "--python", sys.executable + "-missing",
                         "--allow-unsigned")
    assert wheels.returncode == 1 and "Use --mode frozen" in wheels.stderr


def test_desktop_entry_matches_the_window(installed: tuple[Path, Path], qapp: Any) -> None:
    """StartupWMClass is the X11 class Qt gives the window (the application name binder.gui sets);
    the desktop file's name is the Wayland app id (the desktop file name binder.gui sets)."""
    from binder.gui.app import make_application
    app = make_application(["binder"])
    _tmp, prefix = installed
    desktop = (prefix / "share" / "applications" / "krisparm.desktop").read_text(encoding="utf-8")
    assert f"\nStartupWMClass={app.applicationName()}\n" in desktop
    assert f"{app.desktopFileName()}.desktop" == "krisparm.desktop"
    assert f'Exec="{prefix}/bin/binder" gui' in desktop
