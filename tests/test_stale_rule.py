"""The staleness rule has one home (`schema.is_stale_contact`); its SQL twin (`STALE_CONTACT_SQL`,
used to count 100k contacts for the banner without decoding them in Python) agrees with it on every
kind of stored value, including data written by hand or by older versions."""
from __future__ import annotations

import json
from datetime import date
from typing import Any

from binder.model import schema
from binder.store import overview
from binder.vault.vault import Vault

TODAY = date(2026, 12, 1)
CUTOFF = schema.stale_cutoff(TODAY)           # 180 days earlier

TRICKY: list[Any] = [
    CUTOFF, "2026-06-03", "2026-06-05", "2026-11-30", "2027-01-01", "9999-12-31", "0000-01-01",
    "2026-02-30", "2026-13-01", "2026-10-1", "20261001", "2026-W40-4", "2026-10-01T00:00", " 2026-10-01",
    "2026-10-01 ", "٢٠٢٦-١٠-٠١", "2026-10-01\n", "", None, 20261001, True, ["2026-10-01"], {"date": "2026-10-01"},
]


def insert_raw(vault: Vault, rows: list[tuple[str, str, str]]) -> None:
    """Records as stored data, bypassing validation (as an older version or a hand edit could leave them)."""
    with vault.transaction() as conn:
        for record_id, kind, body in rows:
            conn.execute("INSERT INTO records(id, kind, origin, data, title, sort_key, version, created_at, "
                         "updated_at) VALUES (?, ?, 'local', ?, ?, ?, 1, '2026-01-01T00:00:00Z', "
                         "'2026-01-01T00:00:00Z')", (record_id, kind, body, record_id, record_id))


def tricky_contacts() -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = [{"name": "Utan datum"}]
    out += [{"name": f"V{i}", "verified_on": value} for i, value in enumerate(TRICKY)]
    # The date's text elsewhere in the record must not count (a byte search on the JSON would find it).
    out.append({"name": "Lurig", "notes": '"verified_on":"2099-01-01"', "verified_on": "2020-01-01"})
    out.append({"name": "Kanal", "channels": [{"kind": "mobile", "value": "1", "verified_on": "2099-01-01"}]})
    return out


def test_the_rule_on_clear_cases() -> None:
    """Written out by hand, so the rule and its SQL twin cannot agree on a wrong answer."""
    assert CUTOFF == "2026-06-04"
    assert not schema.is_stale_contact({"verified_on": CUTOFF}, TODAY)
    assert schema.is_stale_contact({"verified_on": "2026-06-03"}, TODAY)
    assert not schema.is_stale_contact({"verified_on": "2026-11-30"}, TODAY)
    for value in ("2026-02-30", "20261001", "2026-W40-4", "٢٠٢٦-١٠-٠١", "", None, 20261001):
        assert schema.is_stale_contact({"verified_on": value}, TODAY), value
    assert schema.is_stale_contact({}, TODAY)


def test_sql_twin_agrees_with_the_rule_on_tricky_data(vault: Vault) -> None:
    contacts = tricky_contacts()
    rows = [(f"c{i:03d}", "contact", json.dumps(data, ensure_ascii=False, indent=1)) for i, data in enumerate(contacts)]
    rows.append(("r001", "routine", json.dumps({"title": "Rutin"})))     # not a contact: never counted
    insert_raw(vault, rows)
    by_sql = dict(vault.db.execute(f"SELECT id, {schema.STALE_CONTACT_SQL} FROM records WHERE kind = 'contact'",
                                   (CUTOFF,)).fetchall())
    by_rule = {record_id: schema.is_stale_contact(json.loads(body), TODAY) for record_id, _, body in rows[:-1]}
    assert {k: bool(v) for k, v in by_sql.items()} == by_rule
    assert overview.stale_contact_count(vault, TODAY) == sum(by_rule.values())
    # Not all stale and not all current: the data exercises both answers.
    assert 0 < sum(by_rule.values()) < len(by_rule)


def test_slices_add_up_to_the_whole(vault: Vault) -> None:
    insert_raw(vault, [(f"c{i:03d}", "contact", json.dumps({"name": f"N{i}", "verified_on": d}))
                       for i, d in enumerate(["2026-11-01", "2020-01-01", "", "2026-10-10", "2019-05-05"] * 3)])
    total, after, finished, slices = 0, 0, False, 0
    while not finished:
        count, after, finished = overview.stale_contacts_slice(vault, after, TODAY, limit=4)
        total, slices = total + count, slices + 1
    assert slices == 4 and total == 9 == overview.stale_contact_count(vault, TODAY)
