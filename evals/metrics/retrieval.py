"""Ranking metrics against the evidence: hit@k, MRR@k, nDCG@k (binary relevance)."""

from __future__ import annotations

import math


def hit_at_k(relevance: list[list[bool]], k: int) -> float:
    """Share of questions with a relevant passage in the top k."""
    if not relevance:
        return 0.0
    return sum(any(r[:k]) for r in relevance) / len(relevance)


def mrr_at_k(relevance: list[list[bool]], k: int) -> float:
    """Mean reciprocal rank of the first relevant passage (0 when none in the top k)."""
    if not relevance:
        return 0.0
    total = 0.0
    for r in relevance:
        total += next((1 / (i + 1) for i, rel in enumerate(r[:k]) if rel), 0.0)
    return total / len(relevance)


def ndcg_at_k(relevance: list[list[bool]], k: int, relevant_counts: list[int] | None = None) -> float:
    """Normalised discounted cumulative gain; the ideal ranking puts every relevant passage first."""
    if not relevance:
        return 0.0
    scores = []
    for i, r in enumerate(relevance):
        dcg = sum(1 / math.log2(j + 2) for j, rel in enumerate(r[:k]) if rel)
        n_rel = relevant_counts[i] if relevant_counts else sum(r)
        ideal = sum(1 / math.log2(j + 2) for j in range(min(k, max(n_rel, 1))))
        scores.append(dcg / ideal if ideal else 0.0)
    return sum(scores) / len(scores)
