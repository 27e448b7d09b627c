"""Check evals/fit9/questions.jsonl against the documents in evals/fit9/docs/.

    .venv/bin/python -m evals.fit9.check            # exits non-zero on any problem
    .venv/bin/python -m evals.fit9.check --dump     # also print the text each document is read as

Readers (evals/fit_texts.py): pypdf page by page for the PDF, python-docx body paragraphs and table cells for the
.docx (cells of a row joined with " | "), the UTF-8 text for the .txt; whitespace is collapsed everywhere.

Checks (evals/fit_check.py): the manifest (kinds "nomination", "budget", "mandate"); the schema; unique ids
"f9v"/"f9b"/"f9m" + three digits matching the document; 50 questions per document; split train/dev equal to
assign_splits.split_of(id); lang nb/nn/en; a known category; histories; for answerable questions 1-6 evidence
strings found verbatim (for the PDF on the recorded 1-based PDF page) and every must_contain fact in one of
them; unanswerable questions carry no evidence, must_contain, page or ref.

This set's own checks:
- Unanswerable questions: every one has probes in make_questions.ABSENT (the names, numbers or refs it asks
  about), and no probe occurs in any of the three documents (case-insensitive, whitespace collapsed).
- PDF: ref "punkt 5". The running footer ("Valgkomiteens innstilling 2030 · Region Lysfjæra side N (4)") is
  taken out of the text first (it must be found once per page), so a section that runs over a page break is
  one piece. A section runs from its heading (the "h" blocks of content_innstilling, each of which must be
  found, in order) to the next heading; punkt 8 ends where the place and date before the signatures begin
  (content_innstilling.CLOSING). The title, the memo lines and the signatures belong to no section.
- .docx: ref "note 3". A note runs from its Heading 2 "Note N …" to the next heading of level 1 or 2; tables,
  list items and remarks count as part of the note they stand in. The introduction, the adoption line and the
  budget table belong to no note.
- .txt: ref "punkt 4". A point runs from its line "N. …" (content_mandat.HEADINGS, in order) to the next one;
  punkt 9 ends where the place and date begin (content_mandat.CLOSING). The title and the adoption lines belong
  to no point.
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
from evals.fit9 import content_innstilling, content_mandat
from evals.fit9.assign_splits import split_of
from evals.fit_texts import DocTexts, squash

HERE = Path(__file__).resolve().parent
DOCS = HERE / "docs"
TEXTS = DocTexts(DOCS)
QUESTIONS = HERE / "questions.jsonl"
PDF = "valgkomiteens-innstilling-2030-region-lysfjaera.pdf"
DOCX = "budsjett-2030-region-lysfjaera.docx"
TXT = "mandat-arbeidsgruppe-talentprogram-lysfjaera.txt"
DOC_OF = {"f9v": PDF, "f9b": DOCX, "f9m": TXT}
KIND_OF = {PDF: "nomination", DOCX: "budget", TXT: "mandate"}
PER_DOCUMENT = 50
REF_FORM = {
    PDF: re.compile(r"punkt \d"),
    DOCX: re.compile(r"note \d"),
    TXT: re.compile(r"punkt \d"),
}
REF_EXAMPLE = {PDF: "punkt 5", DOCX: "note 3", TXT: "punkt 4"}


# ---------------------------------------------------------------------------------------------------
# sections: numbered sections of the PDF and the .txt, notes of the .docx; key -> squashed text
# ---------------------------------------------------------------------------------------------------
def pdf_sections() -> tuple[dict[str, str], list[str]]:
    full = TEXTS.text_of(PDF)
    footer = re.escape(squash(content_innstilling.FOOTER_LEFT)) + r" side \d+ \(\d+\)"
    problems = []
    if len(re.findall(footer, full)) != len(TEXTS.pdf_pages(PDF)):
        problems.append(f"{PDF}: running footer not found once per page")
    full = squash(re.sub(footer, " ", full))
    heads = [b[1] for b in content_innstilling.BLOCKS if b[0] == "h"]
    out, more = fit_check.cut_at_headings(PDF, full, heads, content_innstilling.CLOSING, _punkt)
    return out, problems + more


def txt_sections() -> tuple[dict[str, str], list[str]]:
    return fit_check.cut_at_headings(TXT, TEXTS.text_of(TXT), content_mandat.HEADINGS, content_mandat.CLOSING, _punkt)


def _punkt(head: str) -> str:
    """ "5 Valgkomiteens vurderinger" or "5. Tidsplan …" → "punkt 5"."""
    return f"punkt {head.split(' ')[0].rstrip('.')}"


def docx_sections() -> dict[str, str]:
    from docx import Document
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    doc = Document(str(DOCS / DOCX))
    out: dict[str, list[str]] = {}
    note = None
    for child in doc.element.body.iterchildren():
        tag = child.tag.rsplit("}", 1)[-1]
        if tag == "p":
            par = Paragraph(child, doc)
            style = par.style.name
            if style in ("Title", "Heading 1", "Heading 2"):
                m = re.match(r"Note (\d+) ", par.text) if style == "Heading 2" else None
                note = f"note {m.group(1)}" if m else None
            lines = [par.text]
        elif tag == "tbl":
            lines = [" | ".join(c.text for c in row.cells) for row in Table(child, doc).rows]
        else:
            continue
        if note:
            out.setdefault(note, []).extend(lines)
    return {k: squash("\n".join(v)) for k, v in out.items()}


@cache
def sections(doc: str) -> dict[str, str]:
    if doc == PDF:
        return pdf_sections()[0]
    if doc == DOCX:
        return docx_sections()
    return txt_sections()[0]


def ref_problems(q, doc: str) -> list[str]:
    return fit_check.section_ref_problems(q, sections(doc), REF_FORM[doc], REF_EXAMPLE[doc])


def absent_problems(qs) -> list[str]:
    from evals.fit9.make_questions import ABSENT

    return fit_check.absent_problems(qs, TEXTS, DOC_OF, ABSENT)


def problems(qs) -> list[str]:
    out = pdf_sections()[1] + txt_sections()[1]
    secs = {doc: sections(doc) for doc in DOC_OF.values()}
    expected = {PDF: 8, DOCX: 7, TXT: 9}
    out += [f"{doc}: {len(s)} sections, expected {expected[doc]}" for doc, s in secs.items() if len(s) != expected[doc]]
    out += fit_check.per_document_problems(qs, DOC_OF, PER_DOCUMENT)
    out += absent_problems(qs)
    return out + fit_check.problems(
        qs,
        TEXTS,
        DOC_OF,
        r"f9[vbm]\d{3}",
        kind_of=KIND_OF,
        split_of=split_of,
        after_answer=ref_problems,
    )


def main() -> None:
    fit_check.run(QUESTIONS, TEXTS, DOC_OF, problems, lambda: fit_check.dump_sections(DOC_OF, sections))


if __name__ == "__main__":
    main()
