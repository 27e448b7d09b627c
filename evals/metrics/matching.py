"""Whether a passage holds a piece of evidence, tolerant of line breaks only."""

from __future__ import annotations

import re


def normalise(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip().lower()


def is_relevant(passage: str, evidence: list[str]) -> bool:
    """True when the passage contains one evidence string (or six words at its start or end,
    for evidence that a chunk boundary cuts)."""
    flat = normalise(passage)
    for ev in evidence:
        e = normalise(ev)
        if e in flat:
            return True
        words = e.split()
        if len(words) >= 8 and (" ".join(words[:6]) in flat or " ".join(words[-6:]) in flat):
            return True
    return False
