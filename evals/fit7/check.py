"""Check evals/fit7/questions.jsonl against the documents in evals/fit7/docs/.

    .venv/bin/python -m evals.fit7.check            # exits non-zero on any problem
    .venv/bin/python -m evals.fit7.check --dump     # also print the text each document is read as

Readers (evals/fit_texts.py): the UTF-8 text for the .md (markup kept), pypdf page by page for the PDF,
python-docx body paragraphs and table cells for the .docx (cells of a row joined with " | "); whitespace is
collapsed everywhere.

Checks (evals/fit_check.py): the manifest (kinds "strategy", "consultation", "accounts"); the schema; unique
ids "f7s"/"f7h"/"f7a" + three digits matching the document; 50 questions per document; split train/dev equal to
assign_splits.split_of(id); lang nb/nn/en; a known category; histories; for answerable questions 1-6 evidence
strings found verbatim (for the PDF on the recorded 1-based PDF page) and every must_contain fact in one of
them; unanswerable questions carry no evidence, must_contain, page or ref.

This set's own checks:
- Unanswerable questions: every one has probes in make_questions.ABSENT (the names, numbers or refs it asks
  about), and no probe occurs in any of the three documents (case-insensitive, whitespace collapsed).
- .md: ref "hovedmål 2" or "delmål 2.1". A hovedmål runs from its "## Hovedmål N" heading to the next heading
  of level 1 or 2; a delmål from its "### Delmål N.M" heading to the next heading of level 1, 2 or 3.
- PDF: ref "kap. 3.2" (also "kap. 3"). A chapter runs from its heading to the next heading of the same or a
  higher level (the last one to the end). The headings are the h1/h2 texts of content_horing, each of which
  must be found, in order, in the text pypdf reads. A footnote's text counts as part of the chapter where its
  marker stands (not where the page bottom happens to fall), and the running footer belongs to no chapter.
- .docx: ref "note 4". A note runs from its Heading 2 "Note N …" to the next heading of any level.
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
from evals.fit7 import content_horing
from evals.fit7.assign_splits import split_of
from evals.fit_texts import DocTexts, squash

HERE = Path(__file__).resolve().parent
DOCS = HERE / "docs"
TEXTS = DocTexts(DOCS)
QUESTIONS = HERE / "questions.jsonl"
MD = "strategi-2027-2030.md"
PDF = "horingssvar-kulturtilbudsloven.pdf"
DOCX = "arsregnskap-2028-region-lysheia.docx"
DOC_OF = {"f7s": MD, "f7h": PDF, "f7a": DOCX}
KIND_OF = {MD: "strategy", PDF: "consultation", DOCX: "accounts"}
PER_DOCUMENT = 50
REF_FORM = {
    MD: re.compile(r"(hovedmål \d|delmål \d\.\d)"),
    PDF: re.compile(r"kap\. \d(\.\d)?"),
    DOCX: re.compile(r"note \d"),
}
REF_EXAMPLE = {MD: "delmål 2.1", PDF: "kap. 3.2", DOCX: "note 4"}
MD_HEAD = re.compile(r"(#{1,3}) (.*)")


# ---------------------------------------------------------------------------------------------------
# sections: hovedmål/delmål of the .md, chapters of the PDF, notes of the .docx; key -> squashed text
# ---------------------------------------------------------------------------------------------------
def md_sections() -> dict[str, str]:
    lines = (DOCS / MD).read_text(encoding="utf-8").splitlines()
    heads = []  # (line index, level, key or None)
    for i, line in enumerate(lines):
        m = MD_HEAD.fullmatch(line)
        if not m:
            continue
        level, text = len(m.group(1)), m.group(2)
        key = None
        if level == 2 and (k := re.match(r"Hovedmål (\d) ", text)):
            key = f"hovedmål {k.group(1)}"
        elif level == 3 and (k := re.match(r"Delmål (\d\.\d) ", text)):
            key = f"delmål {k.group(1)}"
        heads.append((i, level, key))
    out = {}
    for n, (i, level, key) in enumerate(heads):
        if key is None:
            continue
        end = next((j for j, lv, _ in heads[n + 1 :] if lv <= level), len(lines))
        out[key] = squash("\n".join(lines[i:end]))
    return out


def _pdf_headings() -> list[tuple[int, str]]:
    return [(int(kind[1]), text) for kind, text, *_ in content_horing.BLOCKS if kind in ("h1", "h2")]


def _marker_words() -> dict[int, str]:
    """Footnote number -> the word with its marker as pypdf reads it ("januar1")."""
    out = {}
    for kind, text, *_ in content_horing.BLOCKS:
        if kind == "p":
            for m in re.finditer(r"(\S+)\^(\d)", text):
                out[int(m.group(2))] = m.group(1) + m.group(2)
    return out


def pdf_sections() -> tuple[dict[str, str], list[str]]:
    full = TEXTS.text_of(PDF)
    problems = []
    # take the footnote texts and the running footer out of the flow of the text
    notes = {}
    for n, note in content_horing.FOOTNOTES.items():
        piece = f"{n} {squash(note)}"
        if full.count(piece) != 1:
            problems.append(f"{PDF}: footnote {n} found {full.count(piece)} times")
        notes[n] = piece
        full = full.replace(piece, " ")
    full = re.sub(re.escape(squash(content_horing.FOOTER_LEFT)) + r" Side \d+ av \d+", " ", full)
    full = squash(full)
    found, pos = [], 0
    for level, head in _pdf_headings():
        at = full.find(head, pos)
        if at < 0:
            problems.append(f"{PDF}: heading {head!r} not found in order")
            continue
        found.append((level, head.split(" ", 1)[0], at))
        pos = at + len(head)
    spans = {}
    for i, (level, num, at) in enumerate(found):
        end = next((a for lv, _, a in found[i + 1 :] if lv <= level), len(full))
        spans[f"kap. {num}"] = (at, end)
    out = {k: full[a:e] for k, (a, e) in spans.items()}
    for n, word in _marker_words().items():
        at = full.find(word)
        if at < 0:
            problems.append(f"{PDF}: footnote marker {word!r} not found")
            continue
        for k, (a, e) in spans.items():
            if a <= at < e:
                out[k] += " " + notes[n]
    return out, problems


def docx_sections() -> dict[str, str]:
    from docx import Document
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    doc = Document(str(DOCS / DOCX))
    out: dict[str, list[str]] = {}
    current = None
    for child in doc.element.body.iterchildren():
        tag = child.tag.rsplit("}", 1)[-1]
        if tag == "p":
            par = Paragraph(child, doc)
            if par.style.name.startswith(("Heading", "Title")):
                m = re.match(r"Note (\d+) ", par.text)
                current = f"note {m.group(1)}" if m else None
            if current:
                out.setdefault(current, []).append(par.text)
        elif tag == "tbl" and current:
            out[current] += [" | ".join(c.text for c in row.cells) for row in Table(child, doc).rows]
    return {k: squash("\n".join(v)) for k, v in out.items()}


@cache
def sections(doc: str) -> dict[str, str]:
    if doc == PDF:
        return pdf_sections()[0]
    return md_sections() if doc == MD else docx_sections()


def ref_problems(q, doc: str) -> list[str]:
    return fit_check.section_ref_problems(q, sections(doc), REF_FORM[doc], REF_EXAMPLE[doc])


def absent_problems(qs) -> list[str]:
    from evals.fit7.make_questions import ABSENT

    return fit_check.absent_problems(qs, TEXTS, DOC_OF, ABSENT)


def problems(qs) -> list[str]:
    out = pdf_sections()[1]
    out += fit_check.per_document_problems(qs, DOC_OF, PER_DOCUMENT)
    out += absent_problems(qs)
    return out + fit_check.problems(
        qs,
        TEXTS,
        DOC_OF,
        r"f7[sha]\d{3}",
        kind_of=KIND_OF,
        split_of=split_of,
        after_answer=ref_problems,
    )


def main() -> None:
    fit_check.run(QUESTIONS, TEXTS, DOC_OF, problems, lambda: fit_check.dump_sections(DOC_OF, sections))


if __name__ == "__main__":
    main()
