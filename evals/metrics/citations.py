"""Citation quality: does what the answer cites hold the evidence?"""

from __future__ import annotations


def citation_precision(cited: list[list[bool]]) -> float:
    """Share of all citations (over answered questions) whose passage holds evidence."""
    flat = [c for per_q in cited for c in per_q]
    return sum(flat) / len(flat) if flat else 0.0


def citation_recall(cited: list[list[bool]]) -> float:
    """Share of answerable questions whose evidence is among the citations."""
    return sum(any(c) for c in cited) / len(cited) if cited else 0.0


def top_citation_accuracy(cited: list[list[bool]]) -> float:
    """Share of answerable questions whose first citation holds the evidence."""
    return sum(bool(c) and c[0] for c in cited) / len(cited) if cited else 0.0
