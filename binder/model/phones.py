"""Phone numbers: normalised to E.164 with `phonenumbers`, Swedish default region."""
from __future__ import annotations

import re

import phonenumbers

DEFAULT_REGION = "SE"
PHONE_CHANNELS = ("mobile", "landline", "satellite", "sms")


def to_e164(raw: str, region: str = DEFAULT_REGION) -> str | None:
    """E.164 form of `raw`, or None when it is not a possible phone number."""
    try:
        number = phonenumbers.parse(raw, region)
    except phonenumbers.NumberParseException:
        return None
    if not phonenumbers.is_possible_number(number):
        return None
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


def is_short_number(raw: str, region: str = DEFAULT_REGION) -> bool:
    """A service number dialled as is (112, 114 14, 1177, 113 13): valid, though it has no E.164 form."""
    from phonenumbers import shortnumberinfo
    digits = re.sub(r"[\s\-]", "", raw)
    if not digits.isdigit() or not 3 <= len(digits) <= 6:
        return False
    try:
        number = phonenumbers.parse(digits, region)
    except phonenumbers.NumberParseException:
        return False
    return bool(shortnumberinfo.is_valid_short_number_for_region(number, region))


_NON_DIGITS = re.compile(r"\D+")
_PHONE_CHARS = re.compile(r"[\d\s\-+().]*")


def _digits(text: str) -> str:
    return _NON_DIGITS.sub("", text)


def consistent_e164(raw: str, e164: str) -> bool:
    """True when `e164` is plainly the E.164 form of `raw` (so it need not be parsed again).

    Lets a binder exported by Krispärm (which carries `e164` beside every number) be
    re-imported without re-parsing every number; anything else goes through `to_e164`.
    """
    if not e164.startswith("+") or not e164[1:].isdigit() or not 8 <= len(e164) <= 16:
        return False
    digits, stripped = e164[1:], raw.strip()
    if not _PHONE_CHARS.fullmatch(stripped):
        return False
    raw_digits = _digits(stripped)
    if stripped.startswith("+"):
        return raw_digits == digits
    if stripped.startswith("00"):
        return raw_digits[2:] == digits
    if stripped.startswith("0") and digits.startswith("46"):
        return "46" + raw_digits[1:] == digits
    return False
