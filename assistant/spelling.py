"""Sloppy spelling in a Norwegian question, written as the documents spell the word.

"drommestipendet", "platformen", "komuner" and the Nynorsk "hovudstyret" are one or two letters
from a word the documents use ("Drømmestipendet", "plattformen", "kommuner", "hovedstyret"). Such a
word is replaced before the search, so BM25 finds it and the word counts as known. A word the
documents use (whole, by its stem or as a compound of their words), a short word and a name
(capitalised inside the question) are left as typed.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable, Mapping

from rapidfuzz import process
from rapidfuzz.distance import Levenshtein

_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")


class Speller:
    """Corrects words of a question to the nearest word of the documents' vocabulary."""

    def __init__(
        self,
        words: Iterable[str],
        known: Callable[[str], bool],
        settings: Mapping,
        typings: Iterable[Mapping[str, str]] = (),
    ):
        counts = Counter(w.lower() for w in words)
        self._counts = counts
        self._vocabulary = list(counts)
        # the vocabulary as typed without æ, ø and å, each spelling with the word it stands for (the most used)
        self._typed: list[tuple[list[str], dict[str, str]]] = []
        by_use = sorted(self._vocabulary, key=lambda w: -counts[w])
        for table in typings:
            letters = str.maketrans(dict(table))
            typed: dict[str, str] = {}
            for w in by_use:
                if (t := w.translate(letters)) != w:
                    typed.setdefault(t, w)
            self._typed.append((list(typed), typed))
        self._known = known
        self._min_chars = int(settings["min_chars"])
        self._long_chars = int(settings["long_chars"])
        self._short_distance = int(settings["short_distance"])
        self._long_distance = int(settings["long_distance"])

    def correct(self, text: str) -> str:
        """The text with each misspelt word replaced by the documents' spelling."""
        out: list[str] = []
        last = 0
        for i, m in enumerate(_WORD.finditer(text)):
            word = m.group(0)
            fixed = self.word(word, first=i == 0)
            out.append(text[last : m.start()])
            out.append(fixed)
            last = m.end()
        out.append(text[last:])
        return "".join(out)

    def word(self, word: str, first: bool = False) -> str:
        """One word as the documents spell it, or as typed when it is known, short, a name or far off."""
        lowered = word.lower()
        if len(lowered) < self._min_chars or lowered in self._counts or self._known(lowered):
            return word
        if word[0].isupper() and not first:
            return word  # a name: "Hamar" is no misspelt "Hamar"-like word of the documents
        limit = self._long_distance if len(lowered) >= self._long_chars else self._short_distance
        found = process.extract(lowered, self._vocabulary, scorer=Levenshtein.distance, score_cutoff=limit, limit=8)
        for spellings, word_of in self._typed:
            typed = process.extract(lowered, spellings, scorer=Levenshtein.distance, score_cutoff=limit, limit=8)
            found += [(word_of[t], d, k) for t, d, k in typed]
        # the nearest, then the most used; a typo seldom hits the first letter
        found = [(w, d) for w, d, _ in found if w[0] == lowered[0] or _folded(w[0]) == lowered[0]]
        if not found:
            return word
        best = min(found, key=lambda wd: (wd[1], -self._counts[wd[0]]))[0]
        return best.capitalize() if word[0].isupper() else best


def _folded(letter: str) -> str:
    return {"æ": "a", "ø": "o", "å": "a"}.get(letter, letter)
