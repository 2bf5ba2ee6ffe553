"""Read an age v1 header ourselves before pyrage sees the file (C2SP age.md).

An attacker chooses the scrypt work factor of a passphrase stanza; pyrage
would spend minutes on 2^23. We read the header (≤ 16 KiB), count the
stanzas and cap the work factor at 2^20 before any key derivation.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from binder.bundle import limits
from binder.bundle.errors import DecryptionError
from binder.i18n import N_

_LOG_N = re.compile(rb"^[1-9][0-9]?$")


@dataclass(frozen=True)
class AgeHeader:
    stanza_types: tuple[str, ...]
    scrypt_log_n: int | None
    length: int               # bytes up to and including the MAC line


def _bad(reason: str) -> DecryptionError:
    return DecryptionError(N_("The encrypted part of the bundle is malformed ({reason}). Nothing was "
                              "changed."), reason=reason)


def parse(data: bytes | memoryview) -> AgeHeader:
    head = bytes(data[:limits.MAX_AGE_HEADER_BYTES])
    end = head.find(b"\n--- ")
    if not head.startswith(limits.AGE_VERSION_LINE + b"\n"):
        raise _bad("not an age v1 file")
    if end < 0:
        raise _bad("no header end within 16 KiB")
    mac_end = head.find(b"\n", end + 1)
    if mac_end < 0:
        raise _bad("header cut off")
    lines = head[len(limits.AGE_VERSION_LINE) + 1:end].split(b"\n")
    types: list[str] = []
    log_n: int | None = None
    for line in lines:
        if not line.startswith(b"-> "):
            continue   # stanza body lines (base64)
        args = line[3:].split(b" ")
        if not args or not args[0]:
            raise _bad("empty stanza")
        kind = args[0].decode("ascii", "replace")
        types.append(kind)
        if kind == "scrypt":
            if len(args) != 3 or not _LOG_N.match(args[2]):
                raise _bad("bad scrypt stanza")
            log_n = int(args[2])
        if len(types) > limits.MAX_AGE_STANZAS:
            raise _bad("too many recipients")
    if not types:
        raise _bad("no recipients")
    if "scrypt" in types:
        if len(types) != 1:
            raise _bad("a passphrase stanza mixed with other recipients")
        assert log_n is not None
        if log_n > limits.MAX_SCRYPT_LOG_N:
            raise DecryptionError(N_("The bundle passphrase copy asks for a scrypt work factor of "
                                     "2^{found}; the limit is 2^{limit}. Refused without trying."),
                                  found=log_n, limit=limits.MAX_SCRYPT_LOG_N)
    return AgeHeader(tuple(types), log_n, mac_end + 1)
