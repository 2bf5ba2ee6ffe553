"""Krispärm — the offline crisis binder."""
from __future__ import annotations

try:
    from importlib.metadata import PackageNotFoundError, version as _version
    __version__ = _version("krisparm")
except PackageNotFoundError:  # frozen build or a plain source tree
    from binder._version import VERSION as __version__  # noqa: F401
