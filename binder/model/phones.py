"""Phone numbers: normalised to E.164 with `phonenumbers`, Swedish default region."""
from __future__ import annotations

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


def search_forms(raw: str, e164: str | None) -> list[str]:
    """Digit strings a person might type to find this number."""
    forms = {"".join(ch for ch in raw if ch.isdigit())}
    if e164:
        forms.add(e164.lstrip("+"))
        try:
            number = phonenumbers.parse(e164, None)
            national = phonenumbers.national_significant_number(number)
            forms.add(national)
            if number.country_code == 46:
                forms.add("0" + national)
        except phonenumbers.NumberParseException:
            pass
    return sorted(f for f in forms if f)
