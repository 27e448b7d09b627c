"""Abstention as a calibrated decision: features of (question, hits) → the chance the documents answer it.

The model is a logistic regression whose coefficients and threshold are data in
assistant/calibration/<embedder>.toml, fitted by evals/fit_abstention.py on the train split with
the threshold chosen on dev.
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache, lru_cache

import numpy as np

from assistant.calibration import calibration
from assistant.compose import YEAR, token_set
from assistant.intent import YESNO
from assistant.lang import lexicon
from assistant.records import Hit
from assistant.refs import document_scope
from ingest.records import Chunk
from ingest.sentences import units
from ingest.stores.lexical import compound_parts

# Each feature with the sign its weight must have: +1 where more of it can only speak for an answer,
# -1 where it can only speak against, 0 where the fit decides. The fit (evals/fit_abstention.py) keeps
# to these signs, so a small training set cannot teach that words the documents never use make a
# question more answerable. The passage-level cosine is left out: it is nearly collinear with the best
# sentence's, and the pair made the fitted model reward far-off questions ("What is the capital of
# Australia?").
SIGNS = {
    "best_sentence": +1,  # the best sentence's cosine to the question
    "coverage": +1,  # the idf-weighted share of the question's words one sentence uses
    "passage_coverage": +1,  # … one passage uses, compounds matched
    "kind_present": +1,  # a chosen sentence on the question's topic holds the asked-for kind
    "english": 0,  # an English question: its words are glossed, so the word features read differently
    "unseen_nb": -1,  # how many of the question's words the documents never use
    "focus_missing": -1,  # the rarest question word missing from the best passage (÷ the rarest there is)
    "answer_coverage": +1,  # the share of the question's words the chosen sentences use
    "year_missing": -1,  # the question names a year the answer and its headings do not
    "focus_unanswered": -1,  # the rarest question word missing where the answer stands
    "topic_held": +1,  # the share a chosen sentence that holds the asked-for kind uses, with its headings
    "counted_held": +1,  # "hvor mange søknader": a chosen sentence has a number by that thing (1 when not asked)
}
FEATURES = tuple(SIGNS)


@dataclass(frozen=True)
class AbstainModel:
    """P(answerable) = sigmoid(intercept + coef · features); decline below the threshold."""

    features: tuple[str, ...]
    coef: tuple[float, ...]
    intercept: float
    threshold: float

    @classmethod
    def from_calibration(cls, cal: Mapping) -> AbstainModel | None:
        """The fitted model of an embedder's [abstain.model] table, if it has one."""
        model = cal.get("model")
        if not model:
            return None
        return cls(tuple(model["features"]), tuple(model["coef"]), float(model["intercept"]), float(model["threshold"]))

    def score(self, values: Mapping[str, float]) -> float:
        z = self.intercept + sum(c * float(values.get(f, 0.0)) for f, c in zip(self.features, self.coef, strict=True))
        return 1.0 / (1.0 + math.exp(-z))

    def declines(self, values: Mapping[str, float]) -> bool:
        """Below the threshold."""
        return self.score(values) < self.threshold


def veto(values: Mapping[str, float], vetoes: list[str]) -> str | None:
    """The first of the `vetoes` ([abstain] veto in the calibration) that holds for a question's features: a
    sign so plain that the question is declined whatever the model scores. None when none holds."""
    return next((name for name in vetoes if values.get(name)), None)


def compound_match(term: str, vocabulary: set[str] | frozenset[str], min_part: int | None = None) -> bool:
    """Is a stemmed term in the vocabulary, whole or as a part of a compound either way?

    "tradisjonskulturgrupp" matches "tradisjonskultur"; "elevbetal" matches "betal".
    """
    if term in vocabulary:
        return True
    min_part = min_part or _numbers()["compound_min_part"]
    if len(term) < min_part:
        return False
    if isinstance(vocabulary, frozenset):
        return _compound_in(term, vocabulary, min_part)  # passages' word sets are frozen and reused
    return _compound_scan(term, vocabulary, min_part)


@lru_cache(maxsize=200_000)
def _compound_in(term: str, vocabulary: frozenset[str], min_part: int) -> bool:
    return _compound_scan(term, vocabulary, min_part)


def _compound_scan(term: str, vocabulary, min_part: int) -> bool:
    """A word of the vocabulary (of `min_part` letters or more) is the term's start or end, or holds the term
    at its start, at its end, or as the start of a compound's last part ("elevbetaling" holds "betal": a
    first part has 3+ letters)."""
    sizes = range(min_part, len(term) + 1)
    if not vocabulary.isdisjoint({term[:k] for k in sizes} | {term[-k:] for k in sizes}):
        return True
    joined = _joined(vocabulary) if isinstance(vocabulary, frozenset) else "\0".join(vocabulary)
    if term not in joined:  # in no word at all: one search instead of one per word
        return False
    return any(
        term in word and (word.startswith(term) or word.endswith(term) or word.find(term, 3) > 0) for word in vocabulary
    )


@lru_cache(maxsize=50_000)
def _joined(vocabulary: frozenset[str]) -> str:
    return "\0".join(vocabulary)


def is_known(term: str, vocabulary: Mapping | set | frozenset) -> bool:
    """Is a stemmed term in the corpus, whole or as a compound of two known words (with a linking s or e)?

    "elevbetal" = "elev" + "betal" is known; "medlemskontingent" is not when "kontingent" is unseen.
    """
    numbers = _numbers()
    return term in vocabulary or (
        compound_parts(term, vocabulary, min_head=numbers["compound_min_head"], min_tail=numbers["compound_min_tail"])
        is not None
    )


def unseen_terms(terms: list[str], vocabulary: Mapping | set | frozenset) -> list[str]:
    """The terms the documents do not use: not known (`is_known`), nor the start or the end of one of their
    words with `compound_min_part` letters or more ("styremøter" is seen in "regionstyremøte", so a question
    about it is not about nothing the documents know)."""
    unknown = [t for t in terms if not is_known(t, vocabulary)]
    if not unknown:
        return []
    joined = "\0" + "\0".join(vocabulary) + "\0"  # one search per term, not one per word
    shortest = _numbers()["compound_min_part"]
    return [t for t in unknown if len(t) < shortest or (f"\0{t}" not in joined and f"{t}\0" not in joined)]


def features(
    terms: list[str],
    hits: list[Hit],
    idf: Mapping[str, float],
    sims: list[np.ndarray | None],
    kind_present: bool,
    english: bool,
    answer_texts: list[str] = (),
    top: int | None = None,
    answer_context: list[str] = (),
    years: list[str] = (),
    year_context: list[str] | None = None,
    chosen: list[Mapping[str, float]] = (),
    kind_asked: bool = False,
    counted: bool = False,
    names: list[str] = (),
) -> dict[str, float]:
    """The abstention features of one question; `sims` are the sentence similarities of the top hits.

    `answer_context` is the chosen sentences read with their headings and document titles; `years`
    the years the question names ("i 2020"), which an answer about another year does not answer: one of
    them must stand in `year_context` (default: the answer context).
    `chosen` are the picker's feature rows of the chosen sentences; when the question asks for a kind
    of thing (`kind_asked`), only a sentence that holds one can answer it; when it counts a named
    thing (`counted`: "hvor mange søknader"), a number must stand by that thing.
    """
    top = top or _numbers()["top_passages"]
    dense_top = max((h.dense for h in hits if h.dense is not None), default=0.0)
    best_sentence = max((float(s.max()) for s in sims if s is not None and len(s)), default=0.0)
    coverage = 0.0
    passage_coverage = 0.0
    weights = {t: idf.get(t, _unseen_weight(idf)) for t in terms}
    total = sum(weights.values()) or 1.0
    for h in hits[:top]:
        for u in units(h.chunk):
            have = token_set(u.text)
            coverage = max(coverage, sum(w for t, w in weights.items() if t in have) / total)
        vocab = token_set(h.chunk.text)
        passage_coverage = max(passage_coverage, sum(w for t, w in weights.items() if compound_match(t, vocab)) / total)
    unseen = unseen_terms(terms, idf)
    heaviest = _unseen_weight(idf)
    # a year ("i 2022") qualifies a question; its topic is in its other words
    worded = [t for t in terms if not YEAR.fullmatch(t)]
    focus_missing = 0.0
    if hits:
        top_vocab = token_set(hits[0].chunk.text)
        missing = [w for t, w in weights.items() if not compound_match(t, top_vocab)]
        focus_missing = max(missing, default=0.0) / heaviest
    answer_vocab = token_set(" ".join(answer_texts))
    answer_coverage = sum(w for t, w in weights.items() if compound_match(t, answer_vocab)) / total
    context = " ".join(answer_context)
    context_vocab = token_set(context)
    # the question's rarest word, missing where the answer stands: a detail the documents lack
    unanswered = [w for t, w in weights.items() if not compound_match(t, context_vocab)]
    focus_unanswered = max(unanswered, default=0.0) / heaviest
    dated = context if year_context is None else " ".join(year_context)
    year_missing = float(bool(years and answer_context) and not any(y in dated for y in years))
    # a name the question gives ("i Tindstad", "Marøyvik kommune") that the answer and its headings do not:
    # the answer is about another place or person
    name_missing = float(bool(answer_context) and any(not compound_match(t, context_vocab) for t in names))
    # the asked-for thing where the question's topic is: how much of the question's words a chosen
    # sentence that holds the kind uses, read with its headings and the sentence before it
    answering = [r for r in chosen if r.get("kind_held") or not kind_asked]
    topic_held = max((r.get("local_coverage", 0.0) for r in answering), default=0.0)
    # "hvor mange søknader": a number that counts something else does not answer
    counted_held = max((r.get("counted", 0.0) for r in chosen), default=0.0) if counted else 1.0
    return {
        "dense_top": dense_top,
        "best_sentence": best_sentence,
        "coverage": coverage,
        "passage_coverage": passage_coverage,
        # an English question's words are glossed into Bokmål (assistant/lang/en_nb.toml), but the
        # glossary does not know them all: that none is used is no sign for English
        # not one of the question's words is used in the documents, whatever numbers it names:
        # "Hvem vant fotball-VM i 2022?"
        "nothing_known": 1.0 if worded and not english and set(worded) <= set(unseen) else 0.0,
        "kind_present": 1.0 if kind_present else 0.0,
        "english": 1.0 if english else 0.0,
        "unseen_nb": float(len(unseen)),
        "focus_missing": focus_missing,
        "answer_coverage": answer_coverage,
        "year_missing": year_missing,
        "focus_unanswered": focus_unanswered,
        "topic_held": topic_held,
        "counted_held": counted_held,
        # not a model feature: a count is asked of a thing no chosen sentence gives a number for (an
        # English question's counted words are read through the glossary, assistant/lang/en_nb.toml)
        "counted_missing": 1.0 - counted_held,
        # not a model feature either: a name of the documents the question gives and the answer does not
        "name_missing": name_missing,
    }


def _numbers() -> Mapping:
    """Word-matching numbers; they do not depend on the embedder."""
    return calibration()["abstain"]


def _unseen_weight(idf: Mapping[str, float]) -> float:
    """A word no passage uses is as telling as the rarest word there is."""
    return max(idf.values(), default=1.0)


def asked_years(query: str, hits: list[Hit], kind: str = "") -> list[str]:
    """The years a question asks about: not those that are part of the title of a document it names
    ("i handlingsplanen 2027–2028" names the plan, not a year), nor a year that bounds a time ("før 2027"),
    nor the year a yes/no question checks ("Ble kulturskoledagen arrangert i 2026?": "utsatt til 2027")."""
    if kind == YESNO:
        return []
    named = document_scope(query, [h.chunk for h in hits]) or set()
    titled = {y for h in hits if h.chunk.doc_id in named for y in YEAR.findall(h.chunk.title)}
    # "frist før sommeren 2027?" bounds a time by the year: an answer in another year answers it
    bounded = {m.group(1) for m in _year_bound().finditer(query)}
    return [y for y in YEAR.findall(query) if y not in titled and y not in bounded]


@cache
def _year_bound() -> re.Pattern:
    words = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in lexicon().words("numbers", "year_bounds"))
    return re.compile(rf"\b(?:{words})\s+(?:\w+\s+){{0,2}}((?:19|20)\d\d)\b", re.I)


def dated(chosen: list[tuple[str, Chunk]]) -> list[str]:
    """The chosen sentences (a lead-in with its items), best first, with what dates them. Where the sentence
    the answer leads with names years, the sentences that name years date the answer, with their own headings
    ("Regnskapet for 2027 …" in "Protokoll fra Landstinget 2029" is about 2027, and "Økonomisjef … la fram
    regnskapene" beside it does not make it about 2029; a row "2026: 148 | Mål 2031: 220" in "Politisk
    plattform 2028–2031" is not about 2028). Where it names none, the headings and the documents' titles date
    the sentences too (all of "Årsmelding 2025" is about 2025, and "Møteleder: Astrid Kvamsøy" in the minutes
    of a 2025 meeting is too, whatever year a sentence beside it names)."""
    if chosen and YEAR.search(chosen[0][0]):
        return [
            " ".join((text, *(h for h in chunk.section if not chunk.title.lower().startswith(h.lower()))))
            for text, chunk in chosen
            if YEAR.search(text)
        ]
    return [" ".join((text, *chunk.section, chunk.title)) for text, chunk in chosen]
