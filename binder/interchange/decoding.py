"""Text files as Windows and phones write them: UTF-8 (with or without BOM), UTF-16 with BOM, Windows-1252."""
from __future__ import annotations

from binder.errors import ValidationError
from binder.i18n import N_

UTF8 = "UTF-8"
UTF8_BOM = "UTF-8 (BOM)"
UTF16 = "UTF-16"
CP1252 = "Windows-1252"


def decode(raw: bytes, name: str) -> tuple[str, str]:
    """(text, encoding name): UTF-8 when the bytes are UTF-8, else Windows-1252 (Excel's sv-SE "CSV")."""
    if raw.startswith(b"\xef\xbb\xbf"):
        try:
            return raw[3:].decode("utf-8"), UTF8_BOM
        except UnicodeDecodeError as exc:
            raise ValidationError(N_("is not valid UTF-8 (byte {pos})"), where=name, pos=exc.start + 3) from None
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return raw.decode("utf-16"), UTF16
        except UnicodeDecodeError as exc:
            raise ValidationError(N_("is not valid UTF-16 (byte {pos})"), where=name, pos=exc.start) from None
    try:
        return raw.decode("utf-8"), UTF8
    except UnicodeDecodeError:
        pass
    try:
        return raw.decode("cp1252"), CP1252
    except UnicodeDecodeError as exc:
        raise ValidationError(N_("is neither UTF-8 nor Windows-1252 text (byte {pos})"), where=name,
                              pos=exc.start) from None


def charset(label: str) -> str | None:
    """A Python codec for a declared charset (vCard CHARSET=…), or None when unknown."""
    import codecs
    try:
        info = codecs.lookup(label.strip().strip('"'))
    except (LookupError, ValueError):
        return None
    if not getattr(info, "_is_text_encoding", True) or info.name in ("rot-13", "rot13"):
        return None         # base64, zlib, hex, rot13…: not a character set
    return info.name
