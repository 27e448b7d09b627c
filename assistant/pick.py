"""Which sentences answer the question: a fitted score for every candidate unit.

Every sentence or list item of the best passages is described by a few numbers (how much of the
question's content it covers, how close it is in meaning, whether it holds the kind of thing
asked for, where its passage ranked, …). A linear score over them is fitted as a conditional
logit: its softmax over one question's units is the chance that each unit holds the answer. The
coefficients are data in assistant/calibration/<embedder>.toml, [compose.pick], fitted by
evals/fit_picker.py on the train split, with the keep margin chosen on dev.

Relative features (a unit's value minus the best among the question's candidates) say how a unit
compares with the others, which absolute values alone do not.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass

import numpy as np

# Each feature with the sign its weight must have: +1 where more of it can only speak for the unit,
# -1 where it can only speak against, 0 where the fit decides. The fit keeps to these signs, so a
# small training set cannot teach that covering more of the question counts against a sentence.
SIGNS = {
    "coverage": +1,  # idf-weighted share of the question's content words the unit uses
    "coverage_rel": +1,  # … minus the best unit's
    "compound_coverage": +1,  # the same, matching parts of compounds ("elevbetaling" ~ "betaler")
    "synonym_coverage": +1,  # the same, a word also matched by its synonyms (assistant/lang/nb_synonyms.toml)
    "context_coverage": +1,  # the share found in the unit's passage with its headings
    "heading_coverage": +1,  # the share found in the passage's headings
    "previous_coverage": +1,  # the share the sentence before covers (it often names the topic)
    "focus": +1,  # the unit uses the question's rarest word
    "terms_share": 0,  # unweighted share of the question's content words the unit uses
    "similarity": +1,  # the unit's cosine to the question
    "similarity_rel": +1,  # … minus the best unit's
    "context_similarity": +1,  # the cosine of the unit read under the document's title and headings
    "context_similarity_rel": +1,  # … minus the best unit's
    "rank_prior": +1,  # 1 / (1 + the passage's rank)
    "passage_dense_rel": +1,  # the passage's cosine minus the best passage's
    "by_ref": +1,  # the passage is the named resolution, § or chapter
    "kind_held": +1,  # the unit holds the kind of answer asked for (a count, a sum, a date, a name)
    "kind_missed": -1,  # a kind was asked for and the unit lacks it
    "kind_on_topic": +1,  # … and the unit holding it shares enough of the question's words
    "number": +1,  # a number or a date is asked for and the unit has a digit or a number word
    "money": +1,  # a sum is asked for and the unit states one, sharing a word (or its start) with the question
    "list_lead": +1,  # a list is asked for and the unit is a lead-in ending in ':'
    "lead_in": 0,
    "list_coverage": +1,  # for a lead-in ending in ':': the share its items and it use together
    "list_items": +1,  # a list is asked for: how many items the lead-in brings (÷ 10)
    "enumeration": +1,  # a list is asked for and the unit lists things on one line ("musikk, dans og teater")
    "definition": +1,  # the question asks what a term means and the unit opens with it ("Lavterskeltilbud – …")
    "bullet": 0,
    "short": -1,  # a unit too short to say much ("Les mer:")
    "log_chars": 0,
    "ordinal": +1,  # "det andre …" and the unit is item "2."
    "status": +1,  # the asked-for section: a status ("Hva som er planlagt gjort videre"), a proposal or amendment
    "first_unit": 0,  # the passage's opening sentence
    "english_similarity": +1,  # the similarity again for an English question, which shares few words
    "english_coverage": 0,
}
FEATURES = tuple(SIGNS)


@dataclass(frozen=True)
class PickModel:
    """score = coef · features, fitted as a conditional logit: within one question, the chance a unit
    is the answer is its softmax share. A further unit joins the answer when its score is within
    `keep_margin` of the best's; the units within `core_margin` are the ones the abstention decision
    reads (what the answer rests on, not the context shown beside it)."""

    features: tuple[str, ...]
    coef: tuple[float, ...]
    keep_margin: float
    core_margin: float

    @classmethod
    def from_calibration(cls, cal: Mapping) -> PickModel | None:
        model = cal.get("pick")
        if not model or not model.get("coef"):
            return None
        keep = float(model["keep_margin"])
        return cls(tuple(model["features"]), tuple(model["coef"]), keep, float(model.get("core_margin", keep)))

    def scores(self, rows: list[Mapping[str, float]]) -> np.ndarray:
        if not rows:
            return np.zeros(0)
        x = np.array([[r.get(f, 0.0) for f in self.features] for r in rows], dtype=float)
        return x @ np.asarray(self.coef)


def relative(rows: list[dict[str, float]]) -> list[dict[str, float]]:
    """Fill the features that compare a unit with the question's best candidate."""
    if not rows:
        return rows
    best_cov = max(r["coverage"] for r in rows)
    best_sim = max(r["similarity"] for r in rows)
    best_dense = max(r["passage_dense"] for r in rows)
    best_placed = max(r["context_similarity"] for r in rows)
    for r in rows:
        r["context_similarity_rel"] = r["context_similarity"] - best_placed
        r["coverage_rel"] = r["coverage"] - best_cov
        r["similarity_rel"] = r["similarity"] - best_sim
        r["passage_dense_rel"] = r["passage_dense"] - best_dense
    return rows


def log_chars(text: str) -> float:
    return math.log(1 + len(text))
