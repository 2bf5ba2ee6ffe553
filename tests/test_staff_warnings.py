"""Staff warnings in words: the hours are written the way each language writes numbers."""
from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from binder.i18n import decimal
from binder.store.staffing import check_shifts

STOCKHOLM = ZoneInfo("Europe/Stockholm")


def test_a_long_shift_is_told_with_the_languages_decimal_sign() -> None:
    start = datetime(2026, 11, 20, 6, 0, tzinfo=STOCKHOLM)
    warnings = check_shifts([("sh1", "s1", start, start + timedelta(hours=14, minutes=30))], {"s1": "Åsa Lind"})
    assert [w.rule for w in warnings] == ["long_shift"]
    assert warnings[0].describe("sv") == "Åsa Lind: ett arbetspass på 14,5 h (över 12 h)"
    assert warnings[0].describe("en") == "Åsa Lind: a shift of 14.5 h (over 12 h)"


def test_decimal_sign_per_language() -> None:
    assert decimal(10.25, 2, "sv") == "10,25" and decimal(10.25, 2, "en") == "10.25"
    assert decimal(48, 1, "sv") == "48,0"
