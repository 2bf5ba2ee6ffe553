"""Many records fast (one transaction, validated like any other write) for tests that need size."""
from __future__ import annotations

from binder.model import schema
from binder.model.validate import clean_record
from binder.store import records
from binder.vault.vault import Vault

GIVEN = ["Anna", "Björn", "Cecilia", "David", "Eva", "Fredrik", "Göran", "Helena", "Ingrid", "Åsa", "Örjan"]
FAMILY = ["Andersson", "Berg", "Carlsson", "Dahl", "Ek", "Forsberg", "Lindqvist", "Öberg", "Åkesson"]


def add_contacts(vault: Vault, count: int) -> None:
    kind = schema.KINDS["contact"]
    with vault.transaction() as conn:
        for i in range(count):
            data = clean_record(kind, {
                "name": f"{GIVEN[i % len(GIVEN)]} {FAMILY[(i // 7) % len(FAMILY)]} {i}",
                "organisation": "Testkommun", "channels": [{"kind": "mobile", "value": f"07{i % 10}-{i:07d}"}]})
            records.write(conn, "contact", data, origin="published", version=1)
