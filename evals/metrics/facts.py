"""Fact recall: the facts a correct answer must state, found in the answer text."""

from __future__ import annotations

from evals.metrics.matching import normalise


def fact_recall(answers: list[str], facts: list[list[str]]) -> float:
    """Share of all must_contain facts that appear in their answer (case and spacing ignored)."""
    total = found = 0
    for answer, wanted in zip(answers, facts, strict=True):
        flat = normalise(answer)
        for fact in wanted:
            total += 1
            found += normalise(fact) in flat
    return found / total if total else 0.0
