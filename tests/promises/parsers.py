"""Entry points for property tests and fuzzing: each takes untrusted bytes and either returns
or raises a `binder.errors.BinderError`. Anything else escaping is a bug.

    bundle_frame(data)          the outer frame, the strict-JSON DSSE envelope, the header body
                                checks and the age header reader (no vault, no keys needed)
    interchange(data, suffix)   the JSON / CSV / vCard readers (`binder.interchange.read_batch`)
    check_code(text)            the check-code normaliser
"""
from __future__ import annotations

import tempfile
from pathlib import Path
from typing import Any

from binder.bundle import age_header, dsse, frame, limits
from binder.bundle import header as header_mod
from binder.bundle.errors import FrameError
from binder.bundle.strict_json import loads
from binder.errors import BinderError
from binder.printing import check_codes

__all__ = ["BinderError", "bundle_frame", "check_code", "interchange"]


def bundle_frame(data: bytes) -> dict[str, Any]:
    framed = frame.parse(data)
    envelope = loads(framed.header, "bundle header", error=FrameError)
    body_raw, _signatures = dsse.open_envelope(envelope, limits.HEADER_PAYLOAD_TYPE)
    body = loads(body_raw, "bundle header", error=FrameError)
    if not isinstance(body, dict):
        raise FrameError("The signed bundle header is malformed ({what}). Nothing was changed.", what="not an object")
    checked = header_mod.check(body)
    age_header.parse(framed.payload)
    return checked


def interchange(data: bytes, suffix: str, directory: Path | None = None) -> object:
    from binder.interchange import read_batch
    with tempfile.TemporaryDirectory(dir=directory) as tmp:
        path = Path(tmp) / f"contacts{suffix}"
        path.write_bytes(data)
        return read_batch(path)


def check_code(text: str) -> str:
    return check_codes.normalise(text)
