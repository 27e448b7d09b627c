"""What the fitting sets' question scripts share: one question written as the schema of evals/dataset.py has it
(before its id, split and document are added)."""

from __future__ import annotations


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


def unanswerable(question, lang, history=None) -> dict:
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


def history(*turns: str) -> list[dict]:
    """A conversation before a follow-up: user, assistant, user, assistant …"""
    return [{"role": ("user", "assistant")[i % 2], "content": t} for i, t in enumerate(turns)]
