"""Line clean-up shared by the readers: hyphenation, URL lines, page furniture, footnotes."""

from __future__ import annotations

import re
from collections import Counter

from ingest.records import Line

URL_LINE = re.compile(r"^\s*(?:https?://|www\.)\S+\s*$")
PAGE_NUMBER = re.compile(r"^\s*(?:side|page|s\.)?\s*\d{1,4}(?:\s*(?:/|av|of)\s*\d{1,4})?\s*$", re.I)
_WORD_HYPHEN = re.compile(r"(?<=[A-Za-zÆØÅæøåÄÖÜäöüé0-9.])-$")
_CONJUNCTION_START = re.compile(r"^(?:og|eller|enn|til|som)\b")


def join_hyphenated(lines: list[Line]) -> list[Line]:
    """Join a word split across a line end: "med-" + "lemmer" → "medlemmer"; "UH-" + "sektor" → "UH-sektor"."""
    out: list[Line] = []
    i = 0
    while i < len(lines):
        line = lines[i]
        text = line.text.rstrip()
        nxt = lines[i + 1] if i + 1 < len(lines) else None
        if nxt is not None and _WORD_HYPHEN.search(text) and nxt.text.strip():
            follow = nxt.text.strip()
            if _CONJUNCTION_START.match(follow):
                pass  # "kunst- og kulturfag": a suspended compound, not a split word
            elif follow[0].islower() and text[-2].islower():
                out.append(Line(text[:-1] + follow, line.page))
                i += 2
                continue
            elif follow[0].isalnum():
                out.append(Line(text + follow, line.page))
                i += 2
                continue
        out.append(line)
        i += 1
    return out


def _shape(text: str) -> str:
    return re.sub(r"\d+", "#", text.strip().lower())


def drop_running_furniture(pages: list[list[str]]) -> list[list[str]]:
    """Drop headers/footers that repeat at the top or bottom of most pages, and bare page numbers."""
    if len(pages) < 2:
        return [[ln for ln in page if not _is_edge_number(ln)] for page in pages]
    edge = 2
    counts: Counter[str] = Counter()
    for page in pages:
        nonblank = [ln for ln in page if ln.strip()]
        shapes = {_shape(ln) for ln in nonblank[:edge] + nonblank[-edge:]}
        counts.update(shapes)
    need = max(2, (len(pages) + 1) // 2)
    repeated = {shape for shape, n in counts.items() if n >= need and shape}
    cleaned = []
    for page in pages:
        nonblank_idx = [i for i, ln in enumerate(page) if ln.strip()]
        edges = set(nonblank_idx[:edge] + nonblank_idx[-edge:])
        kept = [ln for i, ln in enumerate(page) if not (i in edges and (_shape(ln) in repeated or _is_edge_number(ln)))]
        cleaned.append(kept)
    return cleaned


def _is_edge_number(text: str) -> bool:
    return bool(PAGE_NUMBER.match(text)) and bool(text.strip())


def strip_footnote_markers(text: str, numbers: list[int]) -> tuple[str, list[int]]:
    """Remove footnote digits glued to a word ("søknadsordningen2", "20241") for the given numbers."""
    found = []
    for n in numbers:
        pattern = re.compile(rf"(?:(?<=[A-Za-zÆØÅæøå)»”])|(?<=[a-zæøå][.,])|(?<=\b(?:19|20)\d\d)){n}(?=[\s.,;:)»”]|$)")
        text, hits = pattern.subn("", text, count=1)
        if hits:
            found.append(n)
    return text, found
