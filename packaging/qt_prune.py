"""The parts of Qt the app loads, and a PySide6-Essentials wheel cut down to them (Linux media).

    python packaging/qt_prune.py MEDIA_DIR LOCK    # in MEDIA_DIR/wheels, and MEDIA_DIR/requirements.txt

The registry's PySide6-Essentials wheel is 80 MB: Qt Quick/QML, Designer, Linguist, Assistant,
60 languages and 40 plugins the app never loads. The Linux media carries this pruned copy
instead (about a third of it), built reproducibly from the hash-locked wheel; its version gets
the local label `+krisparm` so nobody takes it for the registry's file (`==6.11.3` still
matches it, PEP 440). The frozen build is analysed from the same pruned wheel, so both install
modes run the same Qt. Kept: QtCore, QtGui, QtWidgets and the libraries they need (and Qt
Svg, for SVG icons); the xcb (X11, also XWayland), offscreen and minimal platforms; GL
integration for xcb; compose and ibus input methods; the desktop portal theme; SVG, ICO,
JPEG, GIF images; SVG icons; Qt's own Swedish and English catalogues (`qt_*.qm`, `qtbase_*.qm`:
the window loads qtbase_sv.qm).
"""
from __future__ import annotations

import argparse
import base64
import fnmatch
import hashlib
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from reproducible import source_date_epoch, write_zip, zip_members

LOCAL_LABEL = "krisparm"
PYTHON_MODULES = ("QtCore", "QtGui", "QtWidgets")
QT_LIBRARIES = ("Core", "Gui", "Widgets", "DBus", "XcbQpa", "Svg")
PLUGINS = (
    "platforms/libqxcb.so", "platforms/libqoffscreen.so", "platforms/libqminimal.so",
    "xcbglintegrations/*.so",
    "platforminputcontexts/libcomposeplatforminputcontextplugin.so",
    "platforminputcontexts/libibusplatforminputcontextplugin.so",
    "platformthemes/libqxdgdesktopportal.so",
    "imageformats/libqsvg.so", "imageformats/libqico.so", "imageformats/libqjpeg.so",
    "imageformats/libqgif.so",
    "iconengines/libqsvgicon.so",
)
LANGUAGES = ("sv", "en")
TRANSLATIONS = tuple(f"{catalogue}_{lang}.qm" for catalogue in ("qt", "qtbase") for lang in LANGUAGES)

KEEP = (
    "PySide6/__init__.py", "PySide6/_config.py", "PySide6/_git_pyside_version.py", "PySide6/py.typed",
    "PySide6/PySide6_Essentials.json", "PySide6/support/*", "PySide6/libpyside6.abi3.so.*",
    *(f"PySide6/{module}.abi3.so" for module in PYTHON_MODULES),
    *(f"PySide6/Qt/lib/libQt6{name}.so.6" for name in QT_LIBRARIES),
    "PySide6/Qt/lib/libicu*.so.*",
    *(f"PySide6/Qt/plugins/{plugin}" for plugin in PLUGINS),
    *(f"PySide6/Qt/translations/{name}" for name in TRANSLATIONS),
)


def kept(name: str) -> bool:
    """Whether a path inside the PySide6 wheel (or the frozen bundle's PySide6/) is kept."""
    return any(fnmatch.fnmatchcase(name, pattern) for pattern in KEEP)


def _record_hash(data: bytes) -> str:
    return "sha256=" + base64.urlsafe_b64encode(hashlib.sha256(data).digest()).rstrip(b"=").decode()


def prune_wheel(wheel: Path, out_dir: Path, epoch: int) -> Path:
    """Write the pruned copy of a PySide6-Essentials wheel; returns its path."""
    name, version, rest = wheel.name.split("-", 2)
    new_version = f"{version}+{LOCAL_LABEL}"
    old_info, new_info = f"{name}-{version}.dist-info", f"{name}-{new_version}.dist-info"
    members: list[tuple[str, bytes, bool]] = []
    for member, data, executable in zip_members(wheel):
        if member.startswith(old_info + "/"):
            base = member.split("/", 1)[1]
            if base in {"RECORD", "entry_points.txt"}:   # the Qt tools' commands are not kept
                continue
            if base == "METADATA":
                data = data.replace(f"\nVersion: {version}\n".encode(),
                                    f"\nVersion: {new_version}\n".encode(), 1)
            members.append((f"{new_info}/{base}", data, executable))
        elif kept(member):
            members.append((member, data, executable))
    record = [f"{member},{_record_hash(data)},{len(data)}" for member, data, _ in members]
    record.append(f"{new_info}/RECORD,,")
    members.append((f"{new_info}/RECORD", ("\n".join(sorted(record)) + "\n").encode(), False))
    out_dir.mkdir(parents=True, exist_ok=True)
    out = out_dir / f"{name}-{new_version}-{rest}"
    write_zip(out, members, epoch)
    return out


def media_requirements(lock: str, pruned: Path) -> str:
    """The lock's text with its PySide6-Essentials entry replaced by the pruned wheel's."""
    _name, version = pruned.name.split("-")[:2]
    digest = hashlib.sha256(pruned.read_bytes()).hexdigest()
    stanza = re.compile(r"^pyside6-essentials==[^\n]*\\\n(?:    --hash=[^\n]*\n)+",
                        re.MULTILINE | re.IGNORECASE)
    entry = (f"# PySide6-Essentials {version.split('+')[0]} pruned by packaging/qt_prune.py:\n"
             f"pyside6-essentials=={version} \\\n    --hash=sha256:{digest}\n")
    replaced, count = stanza.subn(lambda _match: entry, lock)
    if count != 1:
        raise SystemExit("qt_prune.py: the lock has no single pyside6-essentials entry")
    return replaced


def prune_media(media: Path, lock: Path, epoch: int) -> Path:
    """Replace the registry's PySide6-Essentials wheel in MEDIA/wheels by its pruned copy and
    write MEDIA/requirements.txt (the lock, pointing at the pruned wheel)."""
    (original,) = (media / "wheels").glob("pyside6_essentials-*.whl")
    pruned = prune_wheel(original, media / "wheels", epoch)
    original.unlink()
    (media / "requirements.txt").write_text(media_requirements(lock.read_text(encoding="utf-8"), pruned),
                                            encoding="utf-8")
    return pruned


def main() -> int:
    parser = argparse.ArgumentParser(description="Prune the PySide6-Essentials wheel of Linux media")
    parser.add_argument("media", type=Path, help="media folder holding wheels/")
    parser.add_argument("lock", type=Path, help="packaging/requirements-linux.txt")
    args = parser.parse_args()
    print(prune_media(args.media, args.lock, source_date_epoch(Path(__file__).resolve().parent)).name)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
