"""References named in a question: "5.13", "vedtak 5.13", "sak 5.6", "§ 4", "kapittel 3.4"."""

from __future__ import annotations

import re

_RESOLUTION = re.compile(
    r"(?:\b(?:vedtak(?:et)?|sak(?:en)?|landstingsvedtak|resolution|item)\s*)?(?<![\d.])(\d{1,2}\.\d{1,2})(?![\d.]*\d)",
    re.I,
)
_PARAGRAPH = re.compile(r"§\s*(\d+(?:-\d+)?[a-z]?)", re.I)
_CHAPTER = re.compile(r"\b(?:kap(?:ittel)?\.?|chapter)\s*(\d+(?:\.\d+)*)", re.I)


def refs_in(question: str) -> list[str]:
    """Refs in the canonical form chunks carry (``vedtak 5.13``, ``§ 4``, ``kap. 3.4``)."""
    found: list[str] = []
    for m in _CHAPTER.finditer(question):
        found.append(f"kap. {m.group(1)}")
    chapter_spans = [m.span() for m in _CHAPTER.finditer(question)]
    for m in _RESOLUTION.finditer(question):
        if any(a <= m.start(1) < b for a, b in chapter_spans):
            continue
        found.append(f"vedtak {m.group(1)}")
    for m in _PARAGRAPH.finditer(question):
        found.append(f"§ {m.group(1)}")
    return list(dict.fromkeys(found))
