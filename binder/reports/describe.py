"""Field reports in words: counts per kind and a laptop's chain status, for the CLI and the window."""
from __future__ import annotations

from collections.abc import Callable, Mapping

from binder.i18n import tr
from binder.reports.chain import ChainStatus

KINDS = ("log", "status", "run", "correction")


def counts_text(counts: Mapping[str, int]) -> str:
    return tr("{log} log entries, {status} status changes, {run} routine runs, {correction} proposed corrections",
              log=counts.get("log", 0), status=counts.get("status", 0), run=counts.get("run", 0),
              correction=counts.get("correction", 0))


def chain_text(name: str, status: ChainStatus, t: Callable[..., str] = tr) -> str:
    """'Laptop: log chain intact (…)', or a warning naming every gap, fork and broken link
    (`t`: the translation to use, e.g. a printout's own language)."""
    if status.intact:
        return t("{laptop}: log chain intact ({count} entries, last number {last}).", laptop=name,
                  count=status.entries, last=status.last_seq)
    parts = []
    if status.gaps:
        parts.append(t("missing entries {ranges}", ranges=", ".join(
            f"{a}" if a == b else f"{a}–{b}" for a, b in status.gaps)))
    if status.forks:
        parts.append(t("two different entries with number {numbers} (fork)",
                        numbers=", ".join(map(str, status.forks))))
    if status.broken:
        parts.append(t("entries not linked to the one before: {numbers}", numbers=", ".join(map(str, status.broken))))
    return t("{laptop}: WARNING, the log chain is not whole: {problems}.", laptop=name, problems="; ".join(parts))
