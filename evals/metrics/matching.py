"""Whether a passage holds a piece of evidence, tolerant of line breaks only."""

from __future__ import annotations

import re


def normalise(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip().lower()


def _words(text: str) -> list[str]:
    return re.findall(r"\w+", text.lower())


def in_order(evidence: str, passage: str, slack: float = 2.0) -> bool:
    """All of the evidence's words, in order, within a stretch at most `slack` times its length.

    A table row read with its header ("Tiltak: X | Ansvar: Y | Frist: Z") holds the evidence
    "X Y Z" this way; prose that merely shares the words far apart does not.
    """
    ev, words = _words(evidence), _words(passage)
    if len(ev) < 3:
        return False
    limit = int(len(ev) * slack)
    for start, word in enumerate(words):
        if word != ev[0]:
            continue
        at, i = start, 1
        while i < len(ev) and at - start < limit:
            at += 1
            if at >= len(words):
                break
            if words[at] == ev[i]:
                i += 1
        if i == len(ev) and at - start < limit:
            return True
    return False


def is_relevant(passage: str, evidence: list[str]) -> bool:
    """True when the passage contains one evidence string (or six words at its start or end,
    for evidence that a chunk boundary cuts, or all its words in order close together, for a
    table row whose cells the passage reads with their column headers)."""
    flat = normalise(passage)
    for ev in evidence:
        e = normalise(ev)
        if e in flat:
            return True
        words = e.split()
        if len(words) >= 8 and (" ".join(words[:6]) in flat or " ".join(words[-6:]) in flat):
            return True
        if in_order(ev, passage):
            return True
    return False
