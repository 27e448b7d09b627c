"""Check evals/fit6/questions.jsonl against the documents in evals/fit6/docs/.

    .venv/bin/python -m evals.fit6.check            # exits non-zero on any problem
    .venv/bin/python -m evals.fit6.check --dump     # also print the text each document is read as

Readers (evals/fit_texts.py): pypdf page by page for the PDF, python-docx body paragraphs and
table cells for the .docx (cells of a row joined with " | "), the UTF-8 text for the .txt; whitespace is
collapsed everywhere.

Checks (evals/fit_check.py): the manifest; the schema; ids "f6r"/"f6v"/"f6l" + three digits matching the
document; split train/dev equal to assign_splits.split_of(id); lang nb/nn/en; a known category; histories;
for answerable questions 1-6 evidence strings found verbatim (for the PDF on the recorded 1-based PDF page,
not the printed page number) and every must_contain fact in one of them; unanswerable questions carry no
evidence, must_contain, page or ref.

This set's own ref checks:
- PDF: ref "kap. 3.2" (also "kap. 3", "kap. 4.1.2"). A chapter runs from its heading to the next heading of the
  same or a higher level (the last one ends at "Slutt på utdraget."). The headings are the h1/h2/h3 texts of
  content_rammeplan, each of which must be found, in order, in the text pypdf reads.
- .docx: ref "§ 4". A § runs from its Heading 2 to the next Heading 2 (the appendix heading ends § 11).
- .txt: ref "sak 5.2" (also "sak 5", "sak 8"). A case runs from its heading line ("Sak 5.2 …" at column 0) to
  the next heading line that is not one of its sub-cases, or to the closing line of the minutes.
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
from evals.fit6 import content_rammeplan
from evals.fit6.assign_splits import split_of
from evals.fit_texts import DocTexts

HERE = Path(__file__).resolve().parent
QUESTIONS = HERE / "questions.jsonl"
dt = DocTexts(Path(__file__).resolve().parent / "docs")
PDF = "rammeplan-utdrag.pdf"
DOCX = "instruks-valgkomiteen.docx"
TXT = "landstingsprotokoll-2029.txt"
DOC_OF = {"f6r": PDF, "f6v": DOCX, "f6l": TXT}
KIND_OF = {PDF: "framework", DOCX: "mandate", TXT: "protocol"}
REF_FORM = {PDF: re.compile(r"kap\. \d+(\.\d+){0,2}"), DOCX: re.compile(r"§ \d+"), TXT: re.compile(r"sak \d+(\.\d+)?")}
REF_EXAMPLE = {PDF: "kap. 3.2", DOCX: "§ 4", TXT: "sak 5.2"}
PDF_END = "Slutt på utdraget."
TXT_HEAD = re.compile(r"Sak (\d+(?:\.\d+)?) \S")
TXT_END = re.compile(r"Møteleder Anders Kvalheim takket")


# ---------------------------------------------------------------------------------------------------
# sections: chapters of the PDF, §§ of the .docx, cases of the .txt; key -> squashed text
# ---------------------------------------------------------------------------------------------------
def _plan_headings() -> list[tuple[int, str]]:
    """(level, heading text) in document order, from the content module (the two-column chapter included)."""
    out = []
    for block in content_rammeplan.BLOCKS:
        items = block[1] if block[0] == "columns" else [block]
        for kind, *rest in items:
            if kind in ("h1", "h2", "h3"):
                out.append((int(kind[1]), rest[0]))
    return out


def pdf_sections() -> tuple[dict[str, str], list[str]]:
    full = dt.text_of(PDF)
    found, missing, pos = [], [], 0
    for level, head in _plan_headings():
        at = full.find(head, pos)
        if at < 0:
            missing.append(f"{PDF}: heading {head!r} not found in order")
            continue
        found.append((level, head.split(" ", 1)[0], at))
        pos = at + len(head)
    out = {}
    close = full.find(PDF_END)
    for i, (level, num, at) in enumerate(found):
        end = next((a for lv, _, a in found[i + 1 :] if lv <= level), close if close > at else len(full))
        out[f"kap. {num}"] = full[at:end]
    return out, missing


def docx_sections() -> dict[str, str]:
    from docx import Document
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    doc = Document(str(dt.docs / DOCX))
    out: dict[str, list[str]] = {}
    current = None
    for child in doc.element.body.iterchildren():
        tag = child.tag.rsplit("}", 1)[-1]
        if tag == "p":
            par = Paragraph(child, doc)
            if par.style.name.startswith("Heading"):
                m = re.match(r"(§ \d+) ", par.text)
                current = m.group(1) if m else None
            if current:
                out.setdefault(current, []).append(par.text)
        elif tag == "tbl" and current:
            out[current] += [" | ".join(c.text for c in row.cells) for row in Table(child, doc).rows]
    return {k: dt.squash("\n".join(v)) for k, v in out.items()}


def txt_sections() -> dict[str, str]:
    lines = (dt.docs / TXT).read_text(encoding="utf-8").splitlines()
    heads = [(i, m.group(1)) for i, line in enumerate(lines) if (m := TXT_HEAD.match(line))]
    close = next(i for i, line in enumerate(lines) if TXT_END.match(line))
    out = {}
    for k, (i, num) in enumerate(heads):
        end = next((j for j, n in heads[k + 1 :] if not n.startswith(num + ".")), close)
        out[f"sak {num}"] = dt.squash("\n".join(lines[i:end]))
    return out


@cache
def sections(doc: str) -> dict[str, str]:
    if doc == PDF:
        return pdf_sections()[0]
    return docx_sections() if doc == DOCX else txt_sections()


def ref_problems(q, doc: str) -> list[str]:
    return fit_check.section_ref_problems(q, sections(doc), REF_FORM[doc], REF_EXAMPLE[doc])


def problems(qs) -> list[str]:
    out = pdf_sections()[1]
    return out + fit_check.problems(
        qs,
        dt,
        DOC_OF,
        r"f6[rvl]\d{3}",
        kind_of=KIND_OF,
        split_of=split_of,
        after_answer=ref_problems,
    )


def _dump_sections() -> None:
    for doc in DOC_OF.values():
        print(f"===== sections of {doc}: {', '.join(sections(doc))}")


def main() -> None:
    fit_check.run(QUESTIONS, dt, DOC_OF, problems, _dump_sections)


if __name__ == "__main__":
    main()
