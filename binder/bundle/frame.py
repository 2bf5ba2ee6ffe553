"""The outer frame: magic line, u32 big-endian header length, header, age payload(s).

    KRISPARM-BUNDLE/1\\n | hdr_len (4 bytes, 1..65536) | header (DSSE JSON) | payload 1 | payload 2…

The payload region must be exactly the sum of the payload lengths the signed
header declares: no trailing or missing bytes.
"""
from __future__ import annotations

import struct
from dataclasses import dataclass

from binder.bundle import limits
from binder.bundle.errors import FrameError
from binder.i18n import N_

_LEN = struct.Struct(">I")


@dataclass(frozen=True)
class Frame:
    header: bytes            # the DSSE envelope bytes
    payload: memoryview      # everything after the header


def build(header: bytes, payloads: list[bytes], magic: bytes = limits.MAGIC) -> list[bytes]:
    if not 0 < len(header) <= limits.MAX_HEADER_BYTES:
        raise FrameError(N_("The bundle header would be {size} bytes; the limit is {limit}."),
                         size=len(header), limit=limits.MAX_HEADER_BYTES)
    return [magic, _LEN.pack(len(header)), header, *payloads]


def parse(data: bytes | memoryview, magic: bytes = limits.MAGIC) -> Frame:
    """Split a bundle (or, with the report magic, a field report) into header and payload region."""
    view = memoryview(data)
    if len(view) == 0:
        raise FrameError(N_("The file is empty. It is not a Krispärm bundle."))
    if bytes(view[:len(magic)]) != magic[:len(view)] or len(view) < len(magic):
        if bytes(view[:len(magic)]) == magic[:len(view)]:
            raise FrameError(N_("The bundle is cut off inside its first line (truncated copy?)."))
        raise FrameError(N_("This is not a Krispärm bundle (its first line is wrong)."))
    rest = view[len(magic):]
    if len(rest) < _LEN.size:
        raise FrameError(N_("The bundle is cut off before its header (truncated copy?)."))
    (size,) = _LEN.unpack(rest[:_LEN.size])
    if size == 0:
        raise FrameError(N_("The bundle header is empty."))
    if size > limits.MAX_HEADER_BYTES:
        raise FrameError(N_("The bundle header claims {size} bytes; the limit is {limit}. The file "
                         "is damaged or forged."), size=size, limit=limits.MAX_HEADER_BYTES)
    rest = rest[_LEN.size:]
    if len(rest) < size:
        raise FrameError(N_("The bundle is cut off inside its header (truncated copy?)."))
    return Frame(bytes(rest[:size]), rest[size:])
