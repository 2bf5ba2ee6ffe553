"""The crisis team on paper: who belongs to it and in which order to call them.

Crisis order: the chair, the deputy chair, the duty officer (TiB), the
spokesperson, then the rest by crisis role (Swedish order). The team is the
binder's own organisation's people who hold a crisis role nobody else holds
and are nobody's deputy, plus, even when they are also somebody's deputy,
everyone holding one of the four key roles, the main spokesperson of the
communication plan, and everyone the first-hour (activation) routines name:
by contact, or by their crisis role (or its abbreviation, "TiB") in a step's
text or responsible role. Without any, everyone with a crisis role.
"""
from __future__ import annotations

import re
from collections import Counter
from typing import TYPE_CHECKING

from binder.model.collation import sort_key
from binder.store.records import Record

if TYPE_CHECKING:
    from binder.printing.context import BinderContext

# Role keywords (casefolded, Swedish and English), most specific first. A role naming a deputy or
# stand-in ("Ersättare 1 för krisledningschef") is not the key role itself.
DEPUTY_CHAIR = ("vice ordförande", "vice krisledningschef", "biträdande krisledningschef",
                "ställföreträdande krisledningschef", "vice chair", "deputy chair", "deputy head of crisis")
CHAIR = ("krisledningschef", "krisledare", "krisledningsgruppens ordförande", "ordförande i krisledningsgrupp",
         "ordförande för krisledningsgrupp", "chair of the crisis", "crisis manager", "head of crisis")
DUTY_OFFICER = ("tjänsteperson i beredskap", "tjänsteman i beredskap", "duty officer", "officer on duty")
DUTY_WORDS = ("tib",)
SPOKESPERSON = ("talesperson", "spokesperson", "informationsansvarig", "presstalesperson")
STAND_IN = ("ersättare", "deputy for", "stand-in", "substitute")
REST = 4


def is_stand_in(role: str) -> bool:
    folded = role.casefold()
    return any(folded.startswith(word) for word in STAND_IN)


def rank(role: str, *, spokesperson: bool = False) -> int:
    """0 chair, 1 deputy chair, 2 duty officer, 3 spokesperson, 4 the rest."""
    folded = role.casefold()
    if is_stand_in(role):
        return 3 if spokesperson else REST
    words = set(re.findall(r"\w+", folded))
    if any(k in folded for k in DEPUTY_CHAIR):
        return 1
    if any(k in folded for k in CHAIR):
        return 0
    if any(k in folded for k in DUTY_OFFICER) or words & set(DUTY_WORDS):
        return 2
    if spokesperson or any(k in folded for k in SPOKESPERSON):
        return 3
    return REST


def role_names(role: str) -> list[str]:
    """How a step may name a role: the role itself, and an abbreviation in brackets ("TiB")."""
    names = [role.strip()]
    names += [m.strip() for m in re.findall(r"\(([^)]+)\)", role)]
    bare = re.sub(r"\s*\([^)]*\)", "", role).strip()
    if bare and bare not in names:
        names.append(bare)
    return [n for n in names if len(n) >= 3]


def _mentions(text: str, name: str) -> bool:
    return re.search(r"(?<!\w)" + re.escape(name.casefold()) + r"(?!\w)", text) is not None


def named_by_first_hour(ctx: BinderContext, candidates: list[Record]) -> set[str]:
    """Contacts the first-hour routines' steps name, by id or by crisis role."""
    named: set[str] = set()
    texts = []
    for routine in ctx.routines:
        if not routine.data.get("first_hour"):
            continue
        for step in routine.data.get("steps", []):
            named.update(step.get("contacts", []))
            texts.append(" ".join(str(step.get(k, "")) for k in ("instruction", "responsible_role",
                                                                     "alternate_role")).casefold())
    text = "\n".join(texts)
    for contact in candidates:
        if is_stand_in(contact.data["crisis_role"]):
            continue        # "Ersättare 1 för TiB" is reached as the TiB's deputy, not as the TiB
        if any(_mentions(text, name) for name in role_names(contact.data["crisis_role"])):
            named.add(contact.id)
    return named


def crisis_team(ctx: BinderContext) -> list[Record]:
    """The crisis team in crisis order (see the module's docstring)."""
    own = ctx.organisation
    with_role = [c for c in ctx.contacts if c.data.get("crisis_role")]
    ours = [c for c in with_role if c.data.get("organisation", own) in (own, "")]
    deputies = {d for c in ctx.contacts for d in c.data.get("deputies", [])}
    holders = Counter(c.data["crisis_role"] for c in with_role)
    spokesperson = str(ctx.meta.get("spokesperson") or "")
    named = named_by_first_hour(ctx, ours)
    ranks = {c.id: rank(c.data["crisis_role"], spokesperson=c.id == spokesperson) for c in with_role}
    team = [c for c in ours
            if (c.id not in deputies and holders[c.data["crisis_role"]] == 1)
            or ranks[c.id] < REST or c.id in named]
    return sorted(team or with_role,
                  key=lambda c: (ranks[c.id], sort_key(c.data["crisis_role"]), sort_key(c.title)))
