"""Krispärm — the offline crisis binder."""
from __future__ import annotations

from binder._version import VERSION as __version__  # noqa: F401  (single source: pyproject.toml)
