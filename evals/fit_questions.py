"""What the fitting sets' question scripts share: one question written as the schema of evals/dataset.py has it
(before its id, split and document are added)."""

from __future__ import annotations

import random
from collections.abc import Callable


def answerable(question, lang, category, evidence, must, ref=None, page=None, history=None) -> dict:
    """An answerable question: the evidence quoted from the document, the facts an answer must state."""
    return {
        "question": question,
        "lang": lang,
        "evidence": list(evidence),
        "must_contain": list(must),
        "ref": ref,
        "unanswerable": False,
        "category": category,
        "history": history or [],
        "page": page,
    }


def asked(question, category, evidence, must, ref=None, page=None, lang="nb", history=None) -> dict:
    """`answerable` with the language after the page, Bokmål unless given: the order fit2 and fit3 write their
    questions in."""
    return answerable(question, lang, category, evidence, must, ref, page, history)


def unanswerable(question, lang="nb", history=None) -> dict:
    """A question the documents do not answer."""
    return {
        "question": question,
        "lang": lang,
        "evidence": [],
        "must_contain": [],
        "ref": None,
        "unanswerable": True,
        "category": "unanswerable",
        "history": history or [],
        "page": None,
    }


def probed(absent: dict[str, list[str]]) -> Callable[..., dict]:
    """An `unanswerable` that also records each question's probes in `absent`: the strings that would stand in a
    document if it answered the question, which the set's check looks for in every document."""

    def make(question, lang, probes, history=None) -> dict:
        absent[question] = list(probes)
        return unanswerable(question, lang, history)

    return make


def history(*turns: str) -> list[dict]:
    """A conversation before a follow-up: user, assistant, user, assistant …"""
    return [{"role": ("user", "assistant")[i % 2], "content": t} for i, t in enumerate(turns)]


def numbered(prefix: str, questions: list[dict], seed: str, document: str, split_of) -> list[dict]:
    """One document's questions in a fixed shuffle (`seed`), so the unanswerable ones are spread out, each with
    its id (`prefix` + 001 …), its split (`split_of(id)`) and its document, keys in the schema's order."""
    order = list(range(len(questions)))
    random.Random(seed).shuffle(order)
    out = []
    for n, i in enumerate(order, start=1):
        q, qid = questions[i], f"{prefix}{n:03d}"
        out.append(
            {"id": qid}
            | {k: q[k] for k in _ASKED}
            | {"split": split_of(qid), "document": document, "page": q["page"]}
        )
    return out


_ASKED = ("question", "lang", "evidence", "must_contain", "ref", "unanswerable", "category", "history")
