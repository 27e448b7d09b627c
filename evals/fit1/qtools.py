"""Small helpers for writing the fit1 questions (see questions_vedtekter.py, questions_protokoll.py)."""

from __future__ import annotations


def _hist(hist):
    if not hist:
        return []
    user, assistant = hist
    return [{"role": "user", "content": user}, {"role": "assistant", "content": assistant}]


def A(question, category, evidence, must_contain, ref, lang="nb", hist=None, page=None):  # noqa: N802
    """An answerable question; `page` is filled in from the PDF unless given."""
    return {
        "question": question,
        "lang": lang,
        "evidence": list(evidence),
        "must_contain": list(must_contain),
        "ref": ref,
        "unanswerable": False,
        "category": category,
        "history": _hist(hist),
        "page": page,
    }


def U(question, lang="nb", hist=None):  # noqa: N802
    """An unanswerable question: in scope, but the documents do not give the answer."""
    return {
        "question": question,
        "lang": lang,
        "evidence": [],
        "must_contain": [],
        "ref": None,
        "unanswerable": True,
        "category": "unanswerable",
        "history": _hist(hist),
        "page": None,
    }
