"""Mounted removable volumes and the bundle (or field report) files on them (no Qt; polled by the import wizard)."""
from __future__ import annotations

import os
import string
import sys
from pathlib import Path

from binder.bundle.limits import SUFFIX

LINUX_MOUNT_PARENTS = (Path("/media"), Path("/run/media"), Path("/mnt"))


def _children(path: Path) -> list[Path]:
    try:
        return sorted(p for p in path.iterdir() if p.is_dir())
    except OSError:
        return []


def removable_roots() -> list[Path]:
    """Mounted volumes: /media/<user>/<label>, /run/media/<user>/<label>, /mnt/<x>, drive letters."""
    if sys.platform == "win32":
        system = os.environ.get("SYSTEMDRIVE", "C:").upper()[:1]
        return [Path(f"{letter}:\\") for letter in string.ascii_uppercase
                if letter != system and os.path.exists(f"{letter}:\\")]
    roots: list[Path] = []
    for parent in LINUX_MOUNT_PARENTS:
        for child in _children(parent):
            if os.path.ismount(child):
                roots.append(child)
            else:   # /media/<user>/<label>
                roots.extend(grand for grand in _children(child) if os.path.ismount(grand))
    return roots


def bundle_files(roots: list[Path], depth: int = 2, suffix: str = SUFFIX) -> list[Path]:
    """Bundle files (or field reports: `suffix`) at the top of each volume or up to `depth` folders
    down, newest first."""
    found: list[Path] = []

    def walk(folder: Path, level: int) -> None:
        try:
            entries = list(os.scandir(folder))
        except OSError:
            return
        for entry in entries:
            if entry.is_file(follow_symlinks=False) and entry.name.endswith(suffix):
                found.append(Path(entry.path))
            elif level < depth and entry.is_dir(follow_symlinks=False) and not entry.name.startswith("."):
                walk(Path(entry.path), level + 1)
    for root in roots:
        walk(root, 0)

    def mtime(path: Path) -> float:
        try:
            return path.stat().st_mtime
        except OSError:
            return 0.0
    return sorted(found, key=mtime, reverse=True)
