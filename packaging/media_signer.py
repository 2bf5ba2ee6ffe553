"""The media signer's key fingerprint, in the read-aloud form of `binder trust add`.

    python media_signer.py allowed_signers          # with the installed program's Python
    binder --krisparm-media-signer allowed_signers  # the same, in the frozen program

`allowed_signers` (written by build.sh) holds the OpenSSH Ed25519 public key that signed
SHA256SUMS. Its 32 key bytes get the fingerprint `binder.bundle.trust.fingerprint` gives a
publisher key (eight groups of five digits), so a technician compares it with the paper copy
kept with the sticks; when the publisher signs the media with its bundle key, it is the same
number `binder trust add` shows.
"""
from __future__ import annotations

import base64
import struct
import sys
from pathlib import Path

from binder.bundle.trust import fingerprint


def ed25519_key(allowed_signers: str) -> bytes:
    """The 32 raw key bytes of the first ssh-ed25519 key in an allowed_signers text."""
    for line in allowed_signers.splitlines():
        fields = line.split()
        if "ssh-ed25519" in fields and fields.index("ssh-ed25519") + 1 < len(fields):
            blob = base64.b64decode(fields[fields.index("ssh-ed25519") + 1], validate=True)
            parts, offset = [], 0
            while offset < len(blob):
                (length,) = struct.unpack_from(">I", blob, offset)
                parts.append(blob[offset + 4:offset + 4 + length])
                offset += 4 + length
            if len(parts) == 2 and parts[0] == b"ssh-ed25519" and len(parts[1]) == 32:
                return parts[1]
    raise ValueError("no ssh-ed25519 key in allowed_signers")


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if len(args) != 1:
        print("usage: media_signer.py ALLOWED_SIGNERS", file=sys.stderr)
        return 2
    try:
        print(fingerprint(ed25519_key(Path(args[0]).read_text(encoding="utf-8"))))
    except (OSError, ValueError) as exc:
        print(f"media_signer: {exc}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
