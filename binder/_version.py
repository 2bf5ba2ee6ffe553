"""The version, from one place: `pyproject.toml`.

A source checkout reads `pyproject.toml` beside the package (always current, even in
an editable install that was not reinstalled); an installed wheel and the frozen build
read the installed distribution's metadata (PyInstaller bundles it: packaging/krisparm.spec).
"""
from __future__ import annotations

import logging
import tomllib
from importlib.metadata import PackageNotFoundError
from importlib.metadata import version as installed_version
from pathlib import Path

log = logging.getLogger(__name__)

DISTRIBUTION = "krisparm"
UNKNOWN = "0+unknown"


def source_version(pyproject: Path) -> str | None:
    """The version in a source checkout's `pyproject.toml`, or None if it is not ours."""
    try:
        project = tomllib.loads(pyproject.read_text(encoding="utf-8")).get("project", {})
    except (OSError, tomllib.TOMLDecodeError) as exc:
        log.debug("no usable %s: %s", pyproject, exc)
        return None
    if project.get("name") != DISTRIBUTION:
        return None
    found = project.get("version")
    return str(found) if found else None


def read_version() -> str:
    in_checkout = source_version(Path(__file__).resolve().parent.parent / "pyproject.toml")
    if in_checkout:
        return in_checkout
    try:
        return installed_version(DISTRIBUTION)
    except PackageNotFoundError:
        log.warning("version unknown: neither pyproject.toml nor installed metadata found")
        return UNKNOWN


VERSION = read_version()
