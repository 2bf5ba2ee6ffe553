"""Reproducible build outputs (packaging/reproducible.py) and the pruned Qt (packaging/qt_prune.py).

Bounded for CI: the app wheel and a small archive are built twice, in different folders at
different times, and compared byte for byte. The full comparison (frozen program, pruned Qt
wheel, every file of the media) is `verify_offline_install.sh --reproducible`.
"""
from __future__ import annotations

import hashlib
import os
import subprocess
import sys
import tarfile
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "packaging"))
import qt_prune  # noqa: E402
import reproducible  # noqa: E402

EPOCH = 1_790_000_000


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_app_wheel_is_the_same_from_two_build_folders(tmp_path: Path) -> None:
    pytest.importorskip("setuptools.command.bdist_wheel", reason="setuptools >= 70.1 (the test extra)")
    first = reproducible.build_app_wheel(ROOT, tmp_path / "one", EPOCH)
    os.utime(ROOT / "pyproject.toml")                       # a later checkout time changes nothing
    second = reproducible.build_app_wheel(ROOT, tmp_path / "two" / "elsewhere", EPOCH)
    assert first.name == second.name
    assert sha256(first) == sha256(second)
    with zipfile.ZipFile(first) as wheel:
        names = wheel.namelist()
        assert names == sorted(names)
        assert {info.date_time for info in wheel.infolist()} == {(2026, 9, 21, 14, 13, 20)}
        assert any(name.startswith("binder/_resources/") for name in names)
        assert not any(str(tmp_path) in wheel.read(name).decode("utf-8", "replace")
                       for name in names if name.endswith((".txt", "METADATA", "RECORD", "WHEEL")))


def test_archive_is_the_same_from_two_copies(tmp_path: Path) -> None:
    copies = []
    for n, when in ((1, 1_700_000_000), (2, 1_800_000_000)):
        folder = tmp_path / f"copy{n}" / "krisparm"
        (folder / "_internal" / "b").mkdir(parents=True)
        for name, data in (("binder", b"#!/bin/sh\n"), ("_internal/b/z.txt", b"z"), ("_internal/a.so", b"\x7fELF")):
            (folder / name).write_bytes(data)
            os.utime(folder / name, (when, when))
        (folder / "binder").chmod(0o700)
        out = tmp_path / f"copy{n}.tar.xz"
        reproducible.write_archive(folder, out, EPOCH)
        copies.append(out)
    assert sha256(copies[0]) == sha256(copies[1])
    with tarfile.open(copies[0]) as tar:
        members = tar.getmembers()
    assert [m.name for m in members] == ["krisparm", "krisparm/_internal", "krisparm/_internal/a.so",
                                         "krisparm/_internal/b", "krisparm/_internal/b/z.txt", "krisparm/binder"]
    assert {(m.mtime, m.uid, m.gid) for m in members} == {(EPOCH, 0, 0)}
    assert {m.name: m.mode for m in members}["krisparm/binder"] == 0o755


def test_pruned_wheel_keeps_what_the_rules_say_and_a_consistent_record(tmp_path: Path) -> None:
    wheel = tmp_path / "pyside6_essentials-6.11.3-cp310-abi3-manylinux_2_34_x86_64.whl"
    info = "pyside6_essentials-6.11.3.dist-info"
    members = [("PySide6/__init__.py", b"", False), ("PySide6/QtCore.abi3.so", b"core", False),
               ("PySide6/QtQuick.abi3.so", b"quick", False), ("PySide6/designer", b"tool", True),
               ("PySide6/Qt/lib/libQt6Core.so.6", b"c", False), ("PySide6/Qt/lib/libQt6Quick.so.6", b"q", False),
               ("PySide6/Qt/plugins/platforms/libqxcb.so", b"x", False),
               ("PySide6/Qt/plugins/platforms/libqvnc.so", b"v", False),
               ("PySide6/Qt/translations/qtbase_sv.qm", b"sv", False),
               ("PySide6/Qt/translations/qtbase_de.qm", b"de", False),
               (f"{info}/METADATA", b"Metadata-Version: 2.4\nName: PySide6_Essentials\nVersion: 6.11.3\n", False),
               (f"{info}/WHEEL", b"Wheel-Version: 1.0\n", False), (f"{info}/entry_points.txt", b"[x]\n", False),
               (f"{info}/RECORD", b"stale\n", False)]
    reproducible.write_zip(wheel, members, EPOCH)
    pruned = qt_prune.prune_wheel(wheel, tmp_path / "out", EPOCH)
    assert pruned.name == "pyside6_essentials-6.11.3+krisparm-cp310-abi3-manylinux_2_34_x86_64.whl"
    with zipfile.ZipFile(pruned) as archive:
        names = set(archive.namelist())
        new_info = "pyside6_essentials-6.11.3+krisparm.dist-info"
        assert names == {"PySide6/__init__.py", "PySide6/QtCore.abi3.so", "PySide6/Qt/lib/libQt6Core.so.6",
                         "PySide6/Qt/plugins/platforms/libqxcb.so", "PySide6/Qt/translations/qtbase_sv.qm",
                         f"{new_info}/METADATA", f"{new_info}/WHEEL", f"{new_info}/RECORD"}
        assert b"\nVersion: 6.11.3+krisparm\n" in archive.read(f"{new_info}/METADATA")
        record = archive.read(f"{new_info}/RECORD").decode().splitlines()
    assert {line.split(",")[0] for line in record} == names
    assert qt_prune.prune_wheel(wheel, tmp_path / "again", EPOCH).read_bytes() == pruned.read_bytes()
    lock = ("cffi==2 \\\n    --hash=sha256:aa\n"
            "pyside6-essentials==6.11.3 \\\n    --hash=sha256:bb\n"
            "six==1 \\\n    --hash=sha256:cc\n")
    media = qt_prune.media_requirements(lock, pruned)
    assert f"pyside6-essentials==6.11.3+krisparm \\\n    --hash=sha256:{sha256(pruned)}\n" in media
    assert "sha256:bb" not in media and "sha256:aa" in media and "sha256:cc" in media


def test_every_qt_file_the_window_loads_is_kept_by_the_pruning() -> None:
    """The real window (offscreen, with the app icon and Qt's Swedish catalogue) loads only Qt
    files that packaging/qt_prune.py keeps: what the process has mapped, from /proc/self/maps."""
    code = """
import sys
from pathlib import Path
import PySide6
from PySide6.QtCore import QLibraryInfo, QTranslator
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QLabel
from binder.gui.app import make_application
from binder.resources import resource_path
app = make_application(["binder"])
translator = QTranslator()
assert translator.load("qtbase_sv", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
app.installTranslator(translator)
label = QLabel("x"); label.setWindowIcon(QIcon(str(resource_path("icons", "krisparm.svg")))); label.show()
app.processEvents()
base = Path(PySide6.__file__).resolve().parent.parent
for line in open("/proc/self/maps"):
    path = line.split()[-1]
    if path.startswith(str(base / "PySide6")):
        print(Path(path).relative_to(base).as_posix())
"""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=120)
    assert done.returncode == 0, done.stderr
    loaded = set(done.stdout.split())
    assert "PySide6/Qt/plugins/platforms/libqoffscreen.so" in loaded
    assert "PySide6/Qt/plugins/iconengines/libqsvgicon.so" in loaded
    assert [path for path in loaded if not qt_prune.kept(path)] == []
