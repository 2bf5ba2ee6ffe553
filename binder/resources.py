"""Find bundled resources (fonts, icons, translations, demo data).

One function for every caller, from a source checkout, an installed wheel
and a PyInstaller build alike.
"""
from __future__ import annotations

import sys
from pathlib import Path


def resources_root() -> Path:
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        return Path(frozen_root) / "resources"
    here = Path(__file__).resolve().parent
    packaged = here / "_resources"          # installed wheel (see packaging/)
    if packaged.is_dir():
        return packaged
    return here.parent / "resources"        # source checkout


def resource_path(*parts: str) -> Path:
    return resources_root().joinpath(*parts)
