"""The binder's sections, one module each, in the order a crisis team needs them."""
from __future__ import annotations

from types import ModuleType

from binder.printing.sections import (
                                      blank_forms,
                                      comms,
                                      contacts,
                                      first_hour,
                                      log,
                                      restoration,
                                      routines,
                                      staff,
                                      wallet_cards,
)

# Content sections (cover and table of contents are always printed).
CONTENT: dict[str, ModuleType] = {m.ID: m for m in (first_hour, contacts, wallet_cards, routines, restoration,
                                                     comms, staff, log, blank_forms)}
ORDER: tuple[str, ...] = tuple(CONTENT)
