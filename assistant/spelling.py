"""Sloppy spelling in a Norwegian question, written as the documents spell the word.

"drommestipendet", "platformen", "komuner" and the Nynorsk "hovudstyret" are one or two letters
from a word the documents use ("Drømmestipendet", "plattformen", "kommuner", "hovedstyret"). Such a
word is replaced before the search, so BM25 finds it and the word counts as known. A word the
documents use (whole, by its stem or as a compound of their words), a short word and a name
(capitalised inside the question) are left as typed.

A verb's past tense or participle keeps its ending under the stemmer ("utbetalt", "søkte"): when the
documents do not use it, it is read as their most used word of the same stem once the ending is cut off
("utbetalt" → "utbetales"; the endings are language data, [inflection] past).
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
        past_endings: Iterable[str] = (),
        stem: Callable[[str], str | None] | None = None,
        numbers: Iterable[str] = (),
        clippings: Mapping[str, str] | None = None,
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
        # a past tense or participle the stemmer keeps, read as the documents' most used word of its stem
        self._past = sorted(past_endings, key=len, reverse=True)
        self._stem = stem
        self._by_stem: dict[str, str] | None = None
        self._numbers = frozenset(n.lower() for n in numbers)  # "femte" is no past tense of "fem"
        # clipped heads of compounds, longest first: "infomøtet" → "informasjonsmøtet"
        self._clippings = sorted((clippings or {}).items(), key=lambda kv: -len(kv[0]))
        self._min_chars = int(settings["min_chars"])
        self._min_past = min(self._min_chars, int(settings["past_min_chars"]))
        self._past_stem = int(settings["past_min_stem"])
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
        if len(lowered) < self._min_past or lowered in self._counts or self._known(lowered):
            return word
        if word[0].isupper() and not first:
            return word  # a name: "Hamar" is no misspelt "Hamar"-like word of the documents
        if (whole := self._unclipped(lowered)) is not None:
            return whole.capitalize() if word[0].isupper() else whole
        if (inflected := self._inflected(lowered)) is not None:
            return inflected.capitalize() if word[0].isupper() else inflected
        if len(lowered) < self._min_chars:
            return word
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

    def _unclipped(self, lowered: str) -> str | None:
        """The documents' compound whose head the word clips ("infomøtet" → "informasjonsmøtet"), or None."""
        for clipped, whole in self._clippings:
            rest = lowered[len(clipped) :]
            if lowered.startswith(clipped) and rest:
                for joined in (whole + "s" + rest, whole + rest):
                    if joined in self._counts:
                        return joined
        return None

    def _inflected(self, lowered: str) -> str | None:
        """The documents' most used word whose stem is the word's once a past ending is cut off ("utbetalt"
        → "utbetales"), or None."""
        if self._stem is None or not self._past:
            return None
        if self._by_stem is None:
            self._by_stem = {}
            for w in sorted(self._vocabulary, key=lambda w: -self._counts[w]):
                if (s := self._stem(w)) is not None:
                    self._by_stem.setdefault(s, w)
        for ending in self._past:
            base = lowered[: -len(ending)]
            fits = lowered.endswith(ending) and len(base) >= self._past_stem and base not in self._numbers
            if fits and (s := self._stem(base)) is not None and s in self._by_stem:
                return self._by_stem[s]
        return None


def _folded(letter: str) -> str:
    return {"æ": "a", "ø": "o", "å": "a"}.get(letter, letter)
