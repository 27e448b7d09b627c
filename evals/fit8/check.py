"""Check evals/fit8/questions.jsonl against the documents in evals/fit8/docs/.

    .venv/bin/python -m evals.fit8.check            # exits non-zero on any problem
    .venv/bin/python -m evals.fit8.check --dump     # also print the text each document is read as

Readers (evals/fit_texts.py): pypdf page by page for the PDF, python-docx body paragraphs and table cells for the
.docx (cells of a row joined with " | "), the UTF-8 text for the .md (markup kept); whitespace is collapsed
everywhere.

Checks (evals/fit_check.py): the manifest (kinds "ethics", "agreement", "calendar"); the schema; unique ids
"f8e"/"f8s"/"f8a" + three digits matching the document; 50 questions per document; split train/dev equal to
assign_splits.split_of(id); lang nb/nn/en; a known category; histories; for answerable questions 1-6 evidence
strings found verbatim (for the PDF on the recorded 1-based PDF page) and every must_contain fact in one of
them; unanswerable questions carry no evidence, must_contain, page or ref.

This set's own checks:
- Unanswerable questions: every one has probes in make_questions.ABSENT (the names, numbers or refs it asks
  about), and no probe occurs in any of the three documents (case-insensitive, whitespace collapsed).
- PDF: ref "artikkel 6". The running header ("Etiske retningslinjer · … Side N av 4") is taken out of the text
  first, so an article that runs over a page break is one piece. An article runs from its heading (the "art"
  blocks of content_etikk, each of which must be found, in order) to the next heading; artikkel 10 ends where
  the place and date before the signatures begin (content_etikk.CLOSING).
- .docx: ref "punkt 3" or "punkt 3.2". A clause runs from its Heading 1 "N …" to the next Heading 1, a
  sub-clause from its Heading 2 "N.M …" to the next Heading 1 or 2; tables count as part of the clause they
  stand in.
- .md: the årshjul has no numbered sections; every ref must be null.
A given ref must exist, contain every evidence string, and be the innermost section that does. A question
without ref must not have all its evidence inside one section.
"""

from __future__ import annotations

import re
import sys
from functools import cache
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from evals import fit_check
from evals.fit8 import content_etikk
from evals.fit8.assign_splits import split_of
from evals.fit_texts import DocTexts, squash

HERE = Path(__file__).resolve().parent
DOCS = HERE / "docs"
TEXTS = DocTexts(DOCS)
QUESTIONS = HERE / "questions.jsonl"
PDF = "etiske-retningslinjer-region-fjordheim.pdf"
DOCX = "samarbeidsavtale-hogskolen-i-marstrom.docx"
MD = "arshjul-2029-region-fjordheim.md"
DOC_OF = {"f8e": PDF, "f8s": DOCX, "f8a": MD}
KIND_OF = {PDF: "ethics", DOCX: "agreement", MD: "calendar"}
PER_DOCUMENT = 50
REF_FORM = {
    PDF: re.compile(r"artikkel \d{1,2}"),
    DOCX: re.compile(r"punkt \d{1,2}(\.\d)?"),
}
REF_EXAMPLE = {PDF: "artikkel 6", DOCX: "punkt 3.2"}


# ---------------------------------------------------------------------------------------------------
# sections: articles of the PDF, clauses of the .docx; key -> squashed text
# ---------------------------------------------------------------------------------------------------
def pdf_sections() -> tuple[dict[str, str], list[str]]:
    problems = []
    full = TEXTS.text_of(PDF)
    header = re.escape(squash(content_etikk.HEADER_LEFT)) + r" Side \d+ av \d+"
    if len(re.findall(header, full)) != len(TEXTS.pdf_pages(PDF)):
        problems.append(f"{PDF}: running header not found once per page")
    full = squash(re.sub(header, " ", full))
    heads = [b[1] for b in content_etikk.BLOCKS if b[0] == "art"]
    out, more = fit_check.cut_at_headings(
        PDF, full, heads, content_etikk.CLOSING, lambda head: f"artikkel {head.split(' ')[1]}", "article"
    )
    return out, problems + more


def docx_sections() -> dict[str, str]:
    from docx import Document
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    doc = Document(str(DOCS / DOCX))
    out: dict[str, list[str]] = {}
    h1 = h2 = None
    for child in doc.element.body.iterchildren():
        tag = child.tag.rsplit("}", 1)[-1]
        if tag == "p":
            par = Paragraph(child, doc)
            style = par.style.name
            if style == "Heading 1":
                m = re.match(r"(\d+) ", par.text)
                h1, h2 = (f"punkt {m.group(1)}" if m else None), None
            elif style == "Heading 2":
                m = re.match(r"(\d+\.\d+) ", par.text)
                h2 = f"punkt {m.group(1)}" if m else None
            elif style == "Title":
                h1 = h2 = None
            lines = [par.text]
        elif tag == "tbl":
            lines = [" | ".join(c.text for c in row.cells) for row in Table(child, doc).rows]
        else:
            continue
        for key in (h1, h2):
            if key:
                out.setdefault(key, []).extend(lines)
    return {k: squash("\n".join(v)) for k, v in out.items()}


@cache
def sections(doc: str) -> dict[str, str]:
    if doc == PDF:
        return pdf_sections()[0]
    if doc == DOCX:
        return docx_sections()
    return {}


def ref_problems(q, doc: str) -> list[str]:
    if doc == MD:
        return [] if q.ref is None else [f"ref {q.ref!r}, but the årshjul has no numbered sections"]
    return fit_check.section_ref_problems(q, sections(doc), REF_FORM[doc], REF_EXAMPLE[doc])


def absent_problems(qs) -> list[str]:
    from evals.fit8.make_questions import ABSENT

    return fit_check.absent_problems(qs, TEXTS, DOC_OF, ABSENT)


def problems(qs) -> list[str]:
    out = pdf_sections()[1]
    out += fit_check.per_document_problems(qs, DOC_OF, PER_DOCUMENT)
    out += absent_problems(qs)
    return out + fit_check.problems(
        qs,
        TEXTS,
        DOC_OF,
        r"f8[sea]\d{3}",
        kind_of=KIND_OF,
        split_of=split_of,
        after_answer=ref_problems,
    )


def main() -> None:
    fit_check.run(QUESTIONS, TEXTS, DOC_OF, problems, lambda: fit_check.dump_sections(DOC_OF, sections))


if __name__ == "__main__":
    main()
