"""Bench results as data: every bench module prints its human table and then ONE line

    BENCH-JSON {"module": "...", "figures": [{"figure": ..., "value": ..., "unit": ..., "target": ...}]}

which `bench/run.py` reads (never the table's columns). `value` is a number (or null for a
figure that is only text, then `shown` carries it); `target` is text such as "< 5", "<= 3",
"0.25-1.0" or "" for none; `unit` is "s", "ms", "MB", "x" … or "".
"""
from __future__ import annotations

import json
import re
from typing import Any

PREFIX = "BENCH-JSON "
_UNIT = re.compile(r"\(([^()]*)\)\s*$")


def unit_of(name: str) -> str:
    """The unit a figure's name ends with, "(s)" → "s"; "" when there is none."""
    found = _UNIT.search(name)
    return found.group(1) if found and len(found.group(1)) <= 6 else ""


def figure(name: str, value: float | int | None, target: str = "", unit: str | None = None,
           shown: str | None = None) -> dict[str, Any]:
    return {"figure": name, "value": None if value is None else float(value),
            "unit": unit_of(name) if unit is None else unit, "target": target,
            "shown": shown if shown is not None else ("" if value is None else f"{value:g}")}


def at_most(target: float | None) -> str:
    """A numeric "at most" target as text ("" for none)."""
    return "" if target is None else f"<= {target:g}"


def emit(module: str, figures: list[dict[str, Any]]) -> None:
    print(PREFIX + json.dumps({"module": module, "figures": figures}, ensure_ascii=False), flush=True)


def read(stdout: str) -> list[dict[str, Any]]:
    """The figures of the last BENCH-JSON line in a module's output ([] when there is none)."""
    for line in reversed(stdout.splitlines()):
        if line.startswith(PREFIX):
            return list(json.loads(line[len(PREFIX):])["figures"])
    return []
