"""Small helpers for writing the fit1 questions (see questions_vedtekter.py, questions_protokoll.py)."""

from __future__ import annotations

from evals.fit_questions import answerable, history, unanswerable


def A(question, category, evidence, must_contain, ref, lang="nb", hist=None, page=None):  # noqa: N802
    """An answerable question; `page` is filled in from the PDF unless given."""
    return answerable(question, lang, category, evidence, must_contain, ref, page, history(*hist) if hist else [])


def U(question, lang="nb", hist=None):  # noqa: N802
    """An unanswerable question: in scope, but the documents do not give the answer."""
    return unanswerable(question, lang, history(*hist) if hist else [])
