"""The strict JSON reader as bundles and reports use it: `binder.model.strict_json`'s rules (the one
reader), with fractions refused and every broken rule a `BundleError` (or the `error` given)."""
from __future__ import annotations

from typing import Any

from binder.bundle.errors import BundleError
from binder.model import strict_json
from binder.model.strict_json import StrictJSONError, canonical, depth, is_int

__all__ = ["StrictJSONError", "canonical", "depth", "is_int", "loads", "loads_canonical"]


def loads(raw: bytes, what: str, max_depth: int = strict_json.MAX_DEPTH,
          error: type[BundleError] = BundleError) -> Any:
    """Parse untrusted JSON bytes; every violation is an `error` (a BundleError) naming `what`."""
    return strict_json.loads(raw, what, max_depth, error)


def loads_canonical(raw: bytes, what: str, error: type[BundleError] = BundleError) -> Any:
    return strict_json.loads_canonical(raw, what, error)
