"""The one sentence splitter: sentences of a stretch of text as offsets into it.

Ingest (units, chunk packing, vote outcomes), the extractive answerer and the LLM answer checker
all cut text here, so they agree on what a sentence is. "(jf. § 6 …)", "bl.a.", "f.eks.",
"kap. 3.4", ordinals ("1.") and one-letter initials do not end a sentence; the abbreviations are
language data (`[sentences]` in ingest/lang/nb.toml).
"""

from __future__ import annotations

import re
from functools import cache

from ingest.lang import language

# where a sentence may end: after . ! ? » …, after a stop and a closing quote or bracket, or "...)"
_AFTER = r"(?:(?<=[.!?»…])|(?<=[.!?…][”\")])|(?<=\.\.\.\)))"
# what may open the next one: a capital or an opening quote (in prose), and for an answer's text
# also a digit or a bracket
_PROSE_NEXT = r"[«\"“A-ZÆØÅ]"
_ANSWER_NEXT = r"[«\"“(\[A-ZÆØÅ0-9]"


@cache
def abbreviations() -> frozenset[str]:
    return frozenset(w.lower() for w in language().words("sentences", "abbreviations"))


@cache
def _boundary(marks: str | None) -> re.Pattern:
    if marks is None:
        return re.compile(rf"{_AFTER}\s+(?={_PROSE_NEXT})")
    # an answer's citation marks after the stop belong to its sentence: "… i 2016. [2] Videre …";
    # a sentence may also end in marks alone: "… i 2016 [2] Videre …"
    return re.compile(rf"(?:{_AFTER}(?:\s*{marks})*|(?<=\])(?:\s*{marks})*)\s+(?={_ANSWER_NEXT})")


# "Antall elever: 4 312": a label and a short value, a line of key figures
LABEL_VALUE = re.compile(r"^[A-ZÆØÅ][^:.!?]{1,60}:\s+\S.{0,40}$")


def ends_sentence(word: str) -> bool:
    """Can the word just before a stop end a sentence? Not an abbreviation, an initial or a number."""
    last = word.lstrip('([{"“«').rstrip('”")»').rstrip(".").lower()
    if not last or len(last) == 1 or re.fullmatch(r"[\d.]+", last):
        return False
    return last not in abbreviations()


def sentence_spans(
    text: str, start: int = 0, end: int | None = None, marks: str | None = None
) -> list[tuple[int, int]]:
    """The sentences of text[start:end] as (start, end) offsets, trimmed of surrounding space.

    `marks` is a regex of citation marks ("[2]") that may follow a sentence and belong to it.
    """
    end = len(text) if end is None else end
    cuts = [start]
    for m in _boundary(marks).finditer(text, start, end):
        before = text[cuts[-1] : m.start()].split()
        if not before:
            continue
        if "[" not in m.group() and not ends_sentence(before[-1]):
            continue
        cuts.append(m.end())
    cuts.append(end)
    spans = []
    for a, b in zip(cuts, cuts[1:], strict=False):
        while a < b and text[a].isspace():
            a += 1
        while b > a and text[b - 1].isspace():
            b -= 1
        if b > a:
            spans.append((a, b))
    return spans


def sentences(text: str, marks: str | None = None) -> list[str]:
    return [text[a:b] for a, b in sentence_spans(text, marks=marks)]
