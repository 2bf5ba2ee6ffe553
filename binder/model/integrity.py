"""Whole-binder checks: references resolve and restoration dependencies form a DAG."""
from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from typing import Any

from binder.errors import ValidationError
from binder.i18n import N_
from binder.model import schema
from binder.model.validate import references


def check_references(records: Iterable[tuple[str, str, dict[str, Any]]],
                     exists: Callable[[str, str], bool]) -> None:
    """`records` are (kind, id, data); `exists(kind, id)` says whether a target is known."""
    for kind_name, record_id, data in records:
        for path, ref_kind, target in references(schema.KINDS[kind_name], data):
            if not exists(ref_kind, target):
                raise ValidationError(N_("refers to a {kind} that does not exist ({target})"),
                                      where=f"{kind_name} {record_id}: {path}", kind=ref_kind, target=target)


def find_cycle(graph: Mapping[str, list[str]]) -> list[str] | None:
    """A dependency cycle as a list of nodes (first == last), or None."""
    WHITE, GREY, BLACK = 0, 1, 2
    colour = dict.fromkeys(graph, WHITE)
    for start in graph:
        if colour[start] != WHITE:
            continue
        stack: list[tuple[str, Iterable[str]]] = [(start, iter(graph.get(start, [])))]
        path = [start]
        colour[start] = GREY
        while stack:
            node, children = stack[-1]
            for child in children:
                if child not in colour:
                    continue
                if colour[child] == GREY:
                    return [*path[path.index(child):], child]
                if colour[child] == WHITE:
                    colour[child] = GREY
                    path.append(child)
                    stack.append((child, iter(graph.get(child, []))))
                    break
            else:
                colour[node] = BLACK
                path.pop()
                stack.pop()
    return None


def check_acyclic(assets: Mapping[str, dict[str, Any]]) -> None:
    """Reject restoration dependencies that form a cycle, naming the cycle."""
    graph = {aid: list(data.get("depends_on", [])) for aid, data in assets.items()}
    cycle = find_cycle(graph)
    if cycle:
        names = " → ".join(assets[a].get("name", a) for a in cycle)
        raise ValidationError(N_("restoration dependencies form a cycle: {cycle}"), where="assets",
                              cycle=names)


def restoration_order(assets: Mapping[str, dict[str, Any]]) -> list[str]:
    """Asset ids in restoration order: by tier and rank, but never before their dependencies."""
    def key(aid: str) -> tuple[int, int, str]:
        data = assets[aid]
        return (int(data.get("tier", 9)), int(data.get("rank", 100_000)), data.get("name", ""))

    done: set[str] = set()
    order: list[str] = []

    def visit(aid: str, trail: set[str]) -> None:
        if aid in done or aid in trail or aid not in assets:
            return
        trail.add(aid)
        for dep in sorted(assets[aid].get("depends_on", []), key=lambda d: key(d) if d in assets else (99, 0, "")):
            visit(dep, trail)
        trail.discard(aid)
        done.add(aid)
        order.append(aid)

    for aid in sorted(assets, key=key):
        visit(aid, set())
    return order
