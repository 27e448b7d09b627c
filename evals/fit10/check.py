"""Check evals/fit10/questions.jsonl against the documents in evals/fit10/docs/.

    .venv/bin/python -m evals.fit10.check            # exits non-zero on any problem
    .venv/bin/python -m evals.fit10.check --dump     # also print the text each document is read as

Readers (evals/fit_texts.py): pypdf page by page for the PDF, python-docx body paragraphs and table cells for the
.docx (cells of a row joined with " | "), the UTF-8 text for the .md (markup kept); whitespace is collapsed
everywhere. For the .md every evidence string must in addition stand in the rendered plain text
(content_utlysning.render(): no "#", ">" or "- " markers, table rows as cells joined with " | ", links as
"text (url)", no emphasis markers), so evidence never quotes markup.

Checks (evals/fit_check.py, which finds an id's document by the id without its three digits): the manifest
(kinds "delegation", "protocol", "call"); the schema; unique ids "f10d"/"f10p"/"f10u" + three digits matching
the document; 50 questions per document; split train/dev equal to
assign_splits.split_of(id); lang nb/nn/en; a known category; histories; for answerable questions 1-6 evidence
strings found verbatim (for the PDF on the recorded 1-based PDF page) and every must_contain fact in one of
them; unanswerable questions carry no evidence, must_contain, page or ref.

This set's own checks:
- Unanswerable questions: every one has probes in make_questions.ABSENT, and no probe occurs in any of the three
  documents (case-insensitive, whitespace collapsed; for the .md also in the rendered text).
- PDF layout: 4 or 5 pages; the running header ("Delegeringsreglement – Region Skarvheia Versjon 3 · gjelder fra
  1. mars 2033") and the footer "Side N av M" found once per page; the header row of the table of authority on
  exactly two pages (the table runs over a page break and repeats it); "Endringslogg" on the last page.
- PDF refs "kap. 3" / "kap. 3.2": header and footer are taken out first, so a section that runs over a page
  break is one piece. A chapter runs from its heading to the next chapter heading, a sub-section from its heading
  to the next heading of either level; chapter 7 ends at "Endringslogg". The title block and the change log
  belong to no chapter.
- .docx refs "sak 4" / "sak 8.1": a sak runs from its Heading 1 to the next Heading 1, a sub-item from its
  Heading 2 to the next heading; sak 8 ends before "Møtet ble hevet kl. 15.40.". Tables, list items and remarks
  belong to the sak they stand in. The title and meta lines and the closing lines belong to no sak.
- .md refs: the title of a "##" or "###" heading exactly as written ("Slik søker du", "Kan flere kommuner søke
  sammen?"); a "##" section holds its "###" sub-sections. The title, the sub-line, the introduction and the
  deadline box before "## Om fondet" belong to no section.
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
from evals.fit10 import content_delegering, content_protokoll, content_utlysning
from evals.fit10.assign_splits import split_of
from evals.fit_texts import DocTexts, squash

HERE = Path(__file__).resolve().parent
DOCS = HERE / "docs"
TEXTS = DocTexts(DOCS)
QUESTIONS = HERE / "questions.jsonl"
PDF = "delegeringsreglement-region-skarvheia.pdf"
DOCX = "protokoll-arsmotet-2032-region-skarvheia.docx"
MD = "utlysning-skarvheia-utviklingsfond-2033.md"
DOC_OF = {"f10d": PDF, "f10p": DOCX, "f10u": MD}
KIND_OF = {PDF: "delegation", DOCX: "protocol", MD: "call"}
PER_DOCUMENT = 50
ID_PATTERN = r"f10[dpu]\d{3}"
MD_TITLES = [t for _, t in content_utlysning.headings()]
REF_FORM = {
    PDF: re.compile(r"kap\. \d(\.\d)?"),
    DOCX: re.compile(r"sak \d(\.\d)?"),
    MD: re.compile("|".join(re.escape(t) for t in MD_TITLES)),
}
REF_EXAMPLE = {PDF: "kap. 3.2", DOCX: "sak 8.1", MD: "Slik søker du"}
EXPECTED_SECTIONS = {PDF: 24, DOCX: 14, MD: 16}
HEADER = squash(f"{content_delegering.HEADER_LEFT} {content_delegering.HEADER_RIGHT}")
FOOTER = r"Side \d+ av \d+"
TABLE_HEAD = " ".join(content_delegering.AUTHORITY_HEADER)


# ---------------------------------------------------------------------------------------------------
# the PDF: layout and chapters
# ---------------------------------------------------------------------------------------------------
def pdf_layout_problems() -> list[str]:
    pages = TEXTS.pdf_pages(PDF)
    out = []
    if not 4 <= len(pages) <= 5:
        out.append(f"{PDF}: {len(pages)} pages, expected 4 or 5")
    for n, text in pages:
        if text.count(HEADER) != 1:
            out.append(f"{PDF}: running header not found once on page {n}")
        if len(re.findall(FOOTER, text)) != 1 or f"Side {n} av {len(pages)}" not in text:
            out.append(f"{PDF}: footer 'Side {n} av {len(pages)}' not found once on page {n}")
    head_pages = [n for n, t in pages if TABLE_HEAD in t]
    if len(head_pages) != 2 or head_pages[1] != head_pages[0] + 1:
        out.append(f"{PDF}: header row of the table of authority on pages {head_pages}, expected two in a row")
    if content_delegering.CLOSING not in pages[-1][1]:
        out.append(f"{PDF}: change log not on the last page")
    return out


def _kap(head: str) -> str:
    """ "3 Myndighet …" → "kap. 3"; "3.2 Regionstyret" → "kap. 3.2"."""
    return f"kap. {head.split(' ')[0]}"


def pdf_sections() -> tuple[dict[str, str], list[str]]:
    full = TEXTS.text_of(PDF).replace(HEADER, " ")
    full = squash(re.sub(FOOTER, " ", full))
    closing = content_delegering.CLOSING
    chapters, p1 = fit_check.cut_at_headings(PDF, full, content_delegering.chapters(), closing, _kap, "chapter")
    every, p2 = fit_check.cut_at_headings(PDF, full, content_delegering.headings(), closing, _kap)
    subs = {k: v for k, v in every.items() if "." in k.removeprefix("kap. ")}
    return chapters | subs, p1 + p2


# ---------------------------------------------------------------------------------------------------
# the .docx: saker and their sub-items
# ---------------------------------------------------------------------------------------------------
def docx_sections() -> dict[str, str]:
    from docx import Document
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    doc = Document(str(DOCS / DOCX))
    out: dict[str, list[str]] = {}
    sak = sub = None
    for child in doc.element.body.iterchildren():
        tag = child.tag.rsplit("}", 1)[-1]
        if tag == "p":
            par = Paragraph(child, doc)
            style = par.style.name
            if style == "Heading 1":
                m = re.match(r"Sak (\d+) ", par.text)
                sak, sub = (f"sak {m.group(1)}" if m else None), None
            elif style == "Heading 2":
                m = re.match(r"(\d+\.\d+) ", par.text)
                sub = f"sak {m.group(1)}" if m else None
            elif par.text == content_protokoll.CLOSING:
                sak = sub = None
            lines = [par.text]
        elif tag == "tbl":
            lines = [" | ".join(c.text for c in row.cells) for row in Table(child, doc).rows]
        else:
            continue
        for key in (sak, sub):
            if key:
                out.setdefault(key, []).extend(lines)
    return {k: squash("\n".join(v)) for k, v in out.items()}


# ---------------------------------------------------------------------------------------------------
# the .md: rendered text and sections
# ---------------------------------------------------------------------------------------------------
@cache
def md_rendered() -> str:
    return squash(content_utlysning.render((DOCS / MD).read_text(encoding="utf-8")))


def md_problems(q, doc: str) -> list[str]:
    if doc != MD:
        return []
    return [f"evidence not in the rendered Markdown: {e!r}" for e in q.evidence if squash(e) not in md_rendered()]


def md_sections() -> dict[str, str]:
    return {k: squash(v) for k, v in content_utlysning.sections((DOCS / MD).read_text(encoding="utf-8")).items()}


@cache
def sections(doc: str) -> dict[str, str]:
    if doc == PDF:
        return pdf_sections()[0]
    if doc == DOCX:
        return docx_sections()
    return md_sections()


def after_answer(q, doc: str) -> list[str]:
    return md_problems(q, doc) + fit_check.section_ref_problems(q, sections(doc), REF_FORM[doc], REF_EXAMPLE[doc])


def absent_problems(qs) -> list[str]:
    from evals.fit10.make_questions import ABSENT

    out = fit_check.absent_problems(qs, TEXTS, DOC_OF, ABSENT)
    rendered = md_rendered().lower()
    for q in qs:
        for p in ABSENT.get(q.question, []) if q.unanswerable else []:
            if squash(p).lower() in rendered:
                out.append(f"{q.id}: probe {p!r} of an unanswerable question found in the rendered {MD}")
    return out


def per_document_problems(qs) -> list[str]:
    """50 questions per document."""
    return fit_check.per_document_problems(qs, DOC_OF, PER_DOCUMENT)


def shared_problems(qs) -> list[str]:
    """fit_check.problems: ids, documents, splits, evidence and the rules for unanswerable questions."""
    return fit_check.problems(
        qs, TEXTS, DOC_OF, ID_PATTERN, kind_of=KIND_OF, split_of=split_of, after_answer=after_answer
    )


def problems(qs) -> list[str]:
    out = pdf_layout_problems() + pdf_sections()[1]
    secs = {doc: sections(doc) for doc in DOC_OF.values()}
    out += [
        f"{doc}: {len(s)} sections, expected {EXPECTED_SECTIONS[doc]}"
        for doc, s in secs.items()
        if len(s) != EXPECTED_SECTIONS[doc]
    ]
    out += per_document_problems(qs)
    out += absent_problems(qs)
    return out + shared_problems(qs)


def main() -> None:
    fit_check.run(QUESTIONS, TEXTS, DOC_OF, problems, lambda: fit_check.dump_sections(DOC_OF, sections))


if __name__ == "__main__":
    main()
