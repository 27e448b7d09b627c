"""Norwegian BM25 (bm25s with Snowball stemming and Norwegian stopwords), saved beside Chroma."""

from __future__ import annotations

import json
import re
from collections.abc import Container
from collections.abc import Set as AbstractSet
from functools import lru_cache
from pathlib import Path

import bm25s
import numpy as np
import Stemmer
from bm25s.stopwords import STOPWORDS_NORWEGIAN

_TOKEN = re.compile(r"\d+(?:[.,]\d+)*|[^\W\d_]+", re.UNICODE)
# Questions are often typed without æ, ø and å ("kulturskoleradet", "nar far de"): stems are
# matched with those letters folded, on both sides.
_FOLD = str.maketrans({"æ": "ae", "ø": "o", "å": "a", "ä": "a", "ö": "o"})
_STOP = frozenset(w.translate(_FOLD) for w in STOPWORDS_NORWEGIAN)
# stored with each BM25 index: an index built with other tokens is rebuilt when it is opened
TOKENIZER_VERSION = "3"  # 2: æ, ø and å folded; 3: compounds also indexed by their parts
# Norwegian writes compounds as one word. A word of a passage that is two words of the corpus put
# together (with a linking s or e) is indexed with its two parts as well, so "ledet møtet" finds
# "møteledere". Questions are not split: splitting a question's compound the documents do not use
# ("statsstøtte") ranked worse on the evaluation's train and dev splits. Parts have at least this length.
COMPOUND_MIN_HEAD = 3
COMPOUND_MIN_TAIL = 4


@lru_cache(maxsize=1)
def _stemmer() -> Stemmer.Stemmer:
    return Stemmer.Stemmer("norwegian")


def tokenize(text: str) -> list[str]:
    """Lower-cased, stopword-free, stemmed tokens with æ, ø and å folded; numbers such as "5.13" stay whole."""
    words = [w for w in _TOKEN.findall(text.lower()) if w.translate(_FOLD) not in _STOP]
    return [stem.translate(_FOLD) for stem in _stemmer().stemWords(words)]


def compound_parts(
    word: str,
    words: Container[str],
    stems: AbstractSet[str] = frozenset(),
    min_head: int = COMPOUND_MIN_HEAD,
    min_tail: int = COMPOUND_MIN_TAIL,
) -> tuple[str, str] | None:
    """The two words a word is put together from, with a linking s or e between them; the longest
    first part wins ("kulturskolelærere" = "kulturskole" + "lærere"). A part is known when it is one
    of `words` or its stem is one of `stems` ("møte" by "møter", "ledere" by "lederen"). Every part,
    the first with its linking letter, has at least `min_head` / `min_tail` letters."""

    def known(part: str) -> bool:
        return part in words or (bool(stems) and _stem(part) in stems)

    for cut in range(len(word) - min_tail, min_head - 1, -1):
        head, tail = word[:cut], word[cut:]
        if known(tail):
            if known(head):
                return head, tail
            if head[-1] in "se" and known(head[:-1]):
                return head[:-1], tail
    return None


@lru_cache(maxsize=100_000)
def _stem(word: str) -> str:
    return _stemmer().stemWord(word).translate(_FOLD)


def _words(text: str) -> set[str]:
    """The text's words as written (lower case), without numbers and stopwords: what compounds are made of."""
    return {w for w in _TOKEN.findall(text.lower()) if not w[0].isdigit() and w.translate(_FOLD) not in _STOP}


def _part_tokens(
    text_words: set[str], words: AbstractSet[str], stems: AbstractSet[str], cache: dict[str, tuple[str, ...]]
) -> list[str]:
    """The stemmed parts of a text's compound words (`text_words`, from `_words`)."""
    out: list[str] = []
    for word in text_words:
        if word not in cache:
            long = len(word) >= COMPOUND_MIN_HEAD + COMPOUND_MIN_TAIL
            parts = compound_parts(word, words, stems) if long else None
            cache[word] = tuple(tokenize(" ".join(parts))) if parts else ()
        out.extend(cache[word])
    return out


class LexicalIndex:
    """BM25 over chunk texts, addressed by chunk id."""

    def __init__(self, ids: list[str], model: bm25s.BM25 | None, version: str = TOKENIZER_VERSION):
        self.ids = ids
        self._model = model
        self.version = version  # the tokenizer the index was built with

    @classmethod
    def build(cls, ids: list[str], texts: list[str]) -> LexicalIndex:
        if not ids:
            return cls([], None)
        per_text = [_words(t) for t in texts]
        words = frozenset(w for ws in per_text for w in ws if len(w) >= COMPOUND_MIN_HEAD)
        cache: dict[str, tuple[str, ...]] = {}
        model = bm25s.BM25(k1=1.2, b=0.75)
        stemmed = [tokenize(t) for t in texts]
        stems = frozenset(t for ts in stemmed for t in ts if len(t) >= COMPOUND_MIN_HEAD)
        tokens = [ts + _part_tokens(ws, words, stems, cache) for ts, ws in zip(stemmed, per_text, strict=True)]
        model.index([t or ["\u2205"] for t in tokens], show_progress=False)
        return cls(list(ids), model)

    def save(self, folder: Path) -> None:
        folder.mkdir(parents=True, exist_ok=True)
        (folder / "ids.json").write_text(json.dumps(self.ids), encoding="utf-8")
        (folder / "tokenizer.json").write_text(json.dumps({"version": self.version}), encoding="utf-8")
        if self._model is not None:
            self._model.save(str(folder / "bm25"))

    @classmethod
    def load(cls, folder: Path) -> LexicalIndex:
        ids = json.loads((folder / "ids.json").read_text(encoding="utf-8"))
        model = bm25s.BM25.load(str(folder / "bm25")) if ids else None
        marker = folder / "tokenizer.json"
        version = json.loads(marker.read_text(encoding="utf-8"))["version"] if marker.exists() else "1"
        return cls(ids, model, version)

    def scores(self, query: str) -> np.ndarray:
        """BM25 score of every chunk for the query (zeros when nothing matches)."""
        if self._model is None:
            return np.zeros(0)
        vocab = self._model.vocab_dict
        tokens = [t for t in tokenize(query) if t in vocab]
        if not tokens:
            return np.zeros(len(self.ids))
        return np.asarray(self._model.get_scores(tokens), dtype=np.float32)

    def search(self, query: str, k: int, also: str = "", also_weight: float = 0.0) -> list[tuple[str, float]]:
        """The k best chunks for the query; `also` (synonyms of its words) adds its own scores, weighted."""
        scores = self.scores(query)
        if scores.size == 0:
            return []
        if also and also_weight:
            scores = scores + also_weight * self.scores(also)
        top = np.argsort(-scores)[:k]
        return [(self.ids[i], float(scores[i])) for i in top if scores[i] > 0]
