"""Check evals/fit4/questions.jsonl against the documents in evals/fit4/docs/.

    .venv/bin/python -m evals.fit4.check            # exits non-zero on any problem
    .venv/bin/python -m evals.fit4.check --dump     # also print the text each document is read as

Readers (evals/fit_texts.py): pypdf page by page for the PDF, python-docx body paragraphs and table cells for the
.docx, the UTF-8 text for the .txt; whitespace is collapsed everywhere.

Checks: the manifest names the three files with titles ending " (oppdiktet testdokument)"; the file loads with
evals.dataset.load_questions; ids are unique and "f4f"/"f4o"/"f4r" + three digits matching the document; split
is train or dev (never test); lang is nb/nn/en; the category is a known one; a history alternates user and
assistant and ends with the assistant; a follow-up has a history. Answerable: 1-6 evidence strings, >= 1
must_contain; every evidence string occurs verbatim in the document (for the PDF: on the recorded page); every
must_contain fact occurs (case-insensitive) in at least one of the question's evidence strings; page is set for
the PDF and null for the .docx/.txt; ref is "punkt 4" / "punkt 4.2" and names a point that exists (PDF only),
null otherwise. Unanswerable: no evidence, must_contain, page or ref, category "unanswerable".
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from evals import fit_check
from evals.fit_texts import DocTexts

HERE = Path(__file__).resolve().parent
QUESTIONS = HERE / "questions.jsonl"
dt = DocTexts(Path(__file__).resolve().parent / "docs")
DOC_OF = {"f4f": "forretningsorden-landstinget.pdf", "f4o": "okonomireglement.docx", "f4r": "arsrapport-region-sor.txt"}
REF_FORM = re.compile(r"punkt (\d+)(?:\.(\d+))?")


def ref_exists(doc: str, ref: str) -> bool:
    m = REF_FORM.fullmatch(ref)
    num = re.escape(ref.split()[1])
    pattern = rf"(?:^| ){num} [A-ZÆØÅ]"
    if m and m.group(2) is None:
        pattern = rf"(?:^| ){num} [A-ZÆØÅ][a-zæøå]+(?: [a-zæøå,]+)* \d+\.1 "
    return any(re.search(pattern, t) for _, t in dt.pdf_pages(doc))


def ref_problems(q, doc: str) -> list[str]:
    """A ref names a numbered point of the rules PDF, in its canonical form, that exists."""
    if q.ref is None:
        return []
    if not doc.endswith(".pdf"):
        return ["ref given for a document without numbered points"]
    if not REF_FORM.fullmatch(q.ref):
        return [f"ref {q.ref!r} not canonical"]
    if not ref_exists(doc, q.ref):
        return [f"ref {q.ref!r} not in the document"]
    return []


def problems(qs) -> list[str]:
    return fit_check.problems(qs, dt, DOC_OF, r"f4[for]\d{3}", before_answer=ref_problems)


def main() -> None:
    fit_check.run(QUESTIONS, dt, DOC_OF, problems)


if __name__ == "__main__":
    main()
