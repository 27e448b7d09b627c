"""Abstention: saying "not in the documents" exactly when that is true."""

from __future__ import annotations


def abstention_precision(abstained: list[bool], unanswerable: list[bool]) -> float:
    """Of the questions the assistant declined, the share that really are unanswerable."""
    declined = [u for a, u in zip(abstained, unanswerable, strict=True) if a]
    return sum(declined) / len(declined) if declined else 1.0


def abstention_recall(abstained: list[bool], unanswerable: list[bool]) -> float:
    """Of the unanswerable questions, the share the assistant declined."""
    wanted = [a for a, u in zip(abstained, unanswerable, strict=True) if u]
    return sum(wanted) / len(wanted) if wanted else 1.0


def false_abstention_rate(abstained: list[bool], unanswerable: list[bool]) -> float:
    """Of the answerable questions, the share the assistant wrongly declined."""
    answerable = [a for a, u in zip(abstained, unanswerable, strict=True) if not u]
    return sum(answerable) / len(answerable) if answerable else 0.0


def wrong_answer_rate(abstained: list[bool], unanswerable: list[bool], cited: list[bool]) -> float:
    """Of all questions, the share answered with citations that do not hold the answer: an unanswerable
    question answered at all, or an answerable one whose citations miss the evidence. For these users
    such an answer is worse than none."""
    wrong = [not a and (u or not c) for a, u, c in zip(abstained, unanswerable, cited, strict=True)]
    return sum(wrong) / len(wrong) if wrong else 0.0
