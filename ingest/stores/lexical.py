"""Norwegian BM25 (bm25s with Snowball stemming and Norwegian stopwords), saved beside Chroma."""

from __future__ import annotations

import json
import re
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
TOKENIZER_VERSION = "2"  # 2: æ, ø and å folded


@lru_cache(maxsize=1)
def _stemmer() -> Stemmer.Stemmer:
    return Stemmer.Stemmer("norwegian")


def tokenize(text: str) -> list[str]:
    """Lower-cased, stopword-free, stemmed tokens with æ, ø and å folded; numbers such as "5.13" stay whole."""
    words = [w for w in _TOKEN.findall(text.lower()) if w.translate(_FOLD) not in _STOP]
    return [stem.translate(_FOLD) for stem in _stemmer().stemWords(words)]


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
        model = bm25s.BM25(k1=1.2, b=0.75)
        model.index([tokenize(t) or ["\u2205"] for t in texts], show_progress=False)
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

    def search(self, query: str, k: int) -> list[tuple[str, float]]:
        scores = self.scores(query)
        if scores.size == 0:
            return []
        top = np.argsort(-scores)[:k]
        return [(self.ids[i], float(scores[i])) for i in top if scores[i] > 0]
