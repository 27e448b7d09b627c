"""Check evals/holdout/questions.jsonl against the documents in evals/holdout/docs/.

    .venv/bin/python -m evals.holdout.check [questions.jsonl]

Text is read the way evals/documents/doctext.py reads it: PDFs page by page with pypdf, a hyphen
at a line end between letters joined when a lower-case letter follows ("kultur-\\nskole" ->
"kulturskole"), whitespace collapsed, the printed page number taken from the footer "Side N av M";
the .docx as its paragraphs and table cells in body order (row by row, cell by cell), whitespace
collapsed. Every evidence and must_contain string of an answerable question must occur verbatim in
the text of its recorded page (PDF) or of the whole document (.docx). Prints the problems and the
counts; exits non-zero on any problem.
"""

from __future__ import annotations

import re
import sys
from collections import Counter
from functools import cache
from pathlib import Path

from pypdf import PdfReader

from evals.dataset import load_questions

HERE = Path(__file__).resolve().parent
DOCS = HERE / "docs"
QUESTIONS = HERE / "questions.jsonl"
DOCUMENTS = ("instruks-regionstyrer.pdf", "handlingsplan-2026.pdf", "protokoll-hovedstyret-3-2025.docx")
CATEGORIES = {
    "amount",
    "count",
    "date",
    "description",
    "followup",
    "list",
    "person",
    "place",
    "ref_text",
    "status_done",
    "status_planned",
    "yesno",
    "unanswerable",
}
FIELDS = {
    "id",
    "question",
    "lang",
    "evidence",
    "must_contain",
    "ref",
    "unanswerable",
    "category",
    "history",
    "split",
    "document",
    "page",
}

HYPHENATED = re.compile(r"([A-Za-zÆØÅæøåÁáéÉ])-\n([a-zæøåé])")
_FOOTER = re.compile(r"^Side (\d+) av \d+\s*$", re.M)


def normalise(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


@cache
def pdf_pages(name: str) -> dict[int, str]:
    """Printed page number -> normalised page text."""
    out = {}
    for n, page in enumerate(PdfReader(DOCS / name).pages, start=1):
        raw = page.extract_text() or ""
        m = _FOOTER.findall(raw)
        printed = int(m[-1]) if m else n
        out[printed] = normalise(HYPHENATED.sub(r"\1\2", raw))
    return out


def docx_text(name: str) -> str:
    """Paragraphs and table cells of the .docx body in order, read as evals/documents/doctext.py reads them."""
    from evals.documents.doctext import docx_text as read_docx

    return read_docx(DOCS / name)


def problems(path: Path) -> tuple[list[str], list]:
    import json

    qs = load_questions(path)
    out = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if line.strip() and set(json.loads(line)) != FIELDS:
            out.append(f"line {n}: fields {sorted(set(json.loads(line)) ^ FIELDS)} differ from the schema")
    for id_, k in Counter(q.id for q in qs).items():
        if k > 1:
            out.append(f"{id_}: duplicate id")
    for q in qs:
        say = lambda msg, q=q: out.append(f"{q.id}: {msg}")  # noqa: E731
        if q.document not in DOCUMENTS:
            say(f"unknown document {q.document!r}")
            continue
        if q.category not in CATEGORIES:
            say(f"unknown category {q.category!r}")
        if q.lang not in {"nb", "nn", "en"}:
            say(f"unknown lang {q.lang!r}")
        if q.split != "test":
            say(f"split {q.split!r}, expected 'test'")
        if q.category == "followup" and not q.history:
            say("follow-up without history")
        if any(t.role not in {"user", "assistant"} for t in q.history):
            say("history role not user/assistant")
        if q.history and q.history[-1].role != "assistant":
            say("history should end with an assistant turn")
        if q.ref is not None and q.ref != q.ref.lower():
            say(f"ref {q.ref!r} is not lower case")
        if q.unanswerable:
            if q.evidence or q.must_contain or q.page is not None or q.category != "unanswerable":
                say("unanswerable question with evidence, must_contain, page or another category")
            continue
        if q.category == "unanswerable":
            say("category unanswerable but unanswerable is false")
        if not q.evidence:
            say("answerable question without evidence")
        if q.document.endswith(".pdf"):
            pages = pdf_pages(q.document)
            if q.page not in pages:
                say(f"page {q.page} is not a printed page of {q.document}")
                continue
            text, where = pages[q.page], f"page {q.page}"
        else:
            if q.page is not None:
                say("page given for a .docx")
            text, where = docx_text(q.document), q.document
        for ev in q.evidence:
            if normalise(ev) not in text:
                say(f"evidence not on {where}: {ev!r}")
        for fact in q.must_contain:
            if normalise(fact) not in text:
                say(f"must_contain not on {where}: {fact!r}")
    return out, qs


def report(found: list[str], qs: list, documents) -> int:
    """Print the problems and the set's make-up; the exit code (1 when anything is wrong)."""
    for p in found:
        print("FAIL", p)
    n = len(qs)
    print(f"\n{n} questions, {len(found)} problems")
    for title, key in (
        ("document", lambda q: q.document),
        ("category", lambda q: q.category),
        ("lang", lambda q: q.lang),
    ):
        print(f"\nper {title}:")
        for k, v in sorted(Counter(map(key, qs)).items()):
            print(f"  {k:40s} {v:4d}")
    una = sum(q.unanswerable for q in qs)
    print(f"\nunanswerable: {una}/{n} = {una / max(n, 1):.0%}")
    print(f"with history (follow-ups): {sum(bool(q.history) for q in qs)}")
    for doc in documents:
        sub = [q for q in qs if q.document == doc]
        u = sum(q.unanswerable for q in sub)
        print(f"  {doc}: {len(sub)} questions, {u} unanswerable ({u / max(len(sub), 1):.0%})")
    return 1 if found else 0


def main() -> None:
    path = Path(sys.argv[1]) if len(sys.argv) > 1 else QUESTIONS
    sys.exit(report(*problems(path), DOCUMENTS))


if __name__ == "__main__":
    main()
