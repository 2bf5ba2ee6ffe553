"""Refuse Ed25519 public keys of small order (identity, low-order points) or non-canonical form.

A key of small order lets trivial signatures verify under lenient verifiers;
trust is never given to one. Plain edwards25519 arithmetic on Python ints,
used only to *check* a key (signing and verifying are done by `cryptography`).
"""
from __future__ import annotations

_P = 2 ** 255 - 19
_D = (-121665 * pow(121666, _P - 2, _P)) % _P
_SQRT_M1 = pow(2, (_P - 1) // 4, _P)

Point = tuple[int, int, int, int]   # extended coordinates (X, Y, Z, T)


def _decode(raw: bytes) -> Point | None:
    if len(raw) != 32:
        return None
    value = int.from_bytes(raw, "little")
    sign, y = value >> 255, value & ((1 << 255) - 1)
    if y >= _P:
        return None                       # non-canonical encoding
    u, v = (y * y - 1) % _P, (_D * y * y + 1) % _P
    x = (u * pow(v, 3, _P) * pow(u * pow(v, 7, _P), (_P - 5) // 8, _P)) % _P
    if (v * x * x - u) % _P != 0:
        x = (x * _SQRT_M1) % _P
        if (v * x * x - u) % _P != 0:
            return None                   # not on the curve
    if x == 0 and sign:
        return None
    if x & 1 != sign:
        x = _P - x
    return (x, y, 1, (x * y) % _P)


def _double(pt: Point) -> Point:
    x1, y1, z1, _ = pt
    a, b = x1 * x1 % _P, y1 * y1 % _P
    c = 2 * z1 * z1 % _P
    h = (a + b) % _P
    e = (h - (x1 + y1) * (x1 + y1)) % _P
    g = (a - b) % _P
    f = (c + g) % _P
    return (e * f % _P, g * h % _P, f * g % _P, e * h % _P)


def acceptable_public_key(raw: bytes) -> bool:
    """True for a canonical curve point whose order is not small."""
    point = _decode(raw)
    if point is None:
        return False
    for _ in range(3):
        point = _double(point)
    x, y, z, _ = point
    return not (x % _P == 0 and (y - z) % _P == 0)
