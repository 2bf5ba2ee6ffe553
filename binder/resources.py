"""Find bundled resources (fonts, icons, translations, demo data).

One function for every caller, from a source checkout, an installed wheel
and a PyInstaller build alike:

- frozen (PyInstaller sets `sys._MEIPASS`): `<_MEIPASS>/resources`
- installed wheel: `binder/_resources` (packaging/build.sh copies resources/ there)
- source checkout: `resources/` beside the `binder` package
"""
from __future__ import annotations

import sys
from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent


def resources_root() -> Path:
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        return Path(frozen_root) / "resources"
    packaged = PACKAGE_DIR / "_resources"   # installed wheel (see packaging/build.sh)
    if packaged.is_dir():
        return packaged
    return PACKAGE_DIR.parent / "resources"  # source checkout


def resource_path(*parts: str) -> Path:
    """The path of a bundled file or folder, e.g. `resource_path("icons", "krisparm.png")`."""
    return resources_root().joinpath(*parts)
