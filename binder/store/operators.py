"""Who is at the keyboard: the operator recorded on every log entry, tick, status change and amendment.

The caller always names the operator (the window asks at unlock, the CLI takes `--operator` or
`BINDER_OPERATOR`); nothing here falls back to the computer's login name. `require` is the one rule
that an operator's name is present and a single line. The names used on this laptop are kept in
the vault (`meta` key `operators`, with the crisis role last given) and, with every name already
recorded on entries, offered as a pick list by `known`.
"""
from __future__ import annotations

import json
from dataclasses import dataclass

from binder.errors import ValidationError
from binder.i18n import N_
from binder.model import schema
from binder.model.collation import sort_key
from binder.model.schema import Field
from binder.model.validate import clean_text
from binder.vault.vault import Vault

META_KEY = "operators"
MAX_REMEMBERED = 200
_NAME = Field("operator", schema.STR, "Operatör", "Operator", max_len=120)
_ROLE = Field("role", schema.STR, "Krisroll", "Crisis role", max_len=120)
# Who is recorded on entries already: (name, role) — the role from the newest log entry of each author.
_RECORDED = (
    "SELECT author, role FROM log_entries WHERE seq IN "
    "(SELECT max(seq) FROM log_entries WHERE author != '' GROUP BY author)",
    "SELECT DISTINCT by, '' FROM run_steps WHERE by != ''",
    "SELECT DISTINCT started_by, '' FROM routine_runs WHERE started_by != ''",
    "SELECT DISTINCT by, '' FROM restoration_status WHERE by != ''",
    "SELECT DISTINCT author, '' FROM amendments WHERE author != ''",
)


@dataclass(frozen=True)
class Operator:
    name: str
    role: str = ""


def require(name: str, where: str = "operator") -> str:
    """The operator's name, cleaned; refused when empty (who did it must always be recorded)."""
    cleaned = clean_text(name, _NAME, where)
    if not cleaned:
        raise ValidationError(N_("is required: the name of the person doing this"), where=where)
    return cleaned


def _remembered(vault: Vault) -> list[dict[str, str]]:
    try:
        items = json.loads(vault.meta(META_KEY, "[]"))
    except ValueError:
        return []
    return [i for i in items if isinstance(i, dict) and isinstance(i.get("name"), str)] \
        if isinstance(items, list) else []


def remember(vault: Vault, name: str, role: str = "") -> Operator:
    """Keep this operator (and the role they gave) for the pick list, newest first; one transaction.

    Naming the same person (and role) as last time writes nothing.
    """
    operator = Operator(require(name), clean_text(role, _ROLE, "role"))
    remembered = _remembered(vault)
    entry = {"name": operator.name, "role": operator.role}
    if remembered and {k: remembered[0].get(k) for k in entry} == entry:
        return operator               # the same person as last time: the vault is left as it was
    others = [i for i in remembered if i["name"].casefold() != operator.name.casefold()]
    items = [entry, *others][:MAX_REMEMBERED]
    with vault.transaction() as conn:
        vault.set_meta(conn, META_KEY, json.dumps(items, ensure_ascii=False, sort_keys=True))
    return operator


def known(vault: Vault) -> list[Operator]:
    """Every operator used on this laptop, in Swedish alphabetical order, each with the role last given."""
    found: dict[str, Operator] = {}
    for item in _remembered(vault):
        found.setdefault(item["name"].casefold(), Operator(item["name"], str(item.get("role", ""))))
    for sql in _RECORDED:
        for name, role in vault.db.execute(sql):
            found.setdefault(name.casefold(), Operator(name, role))
    return sorted(found.values(), key=lambda o: sort_key(o.name))
