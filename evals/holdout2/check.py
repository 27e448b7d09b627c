"""Check evals/holdout2/questions.jsonl against the documents in evals/holdout2/docs/.

    .venv/bin/python -m evals.holdout2.check [questions.jsonl]
    .venv/bin/python -m evals.holdout2.check --dump      # print the text each document is read as

How the documents are read (independently of the assistant):
- PDF: page by page with pypdf; a hyphen at a line end between letters is joined when a lower-case letter
  follows ("kultur-\\nskole" -> "kulturskole"); whitespace collapsed; the printed page number is taken from
  the footer "Side N" (the cover has no footer and counts as page 1).
- .docx: the paragraphs and table cells of the body in order (row by row, cell by cell), then the texts of
  the footnotes part; whitespace collapsed.
- .md: the raw text with markup stripped: heading hashes, setext underlines, blockquote and list markers,
  table pipes and separator rows, link targets ([text](url) -> text), bold/italic asterisks; whitespace
  collapsed.
Every evidence and must_contain string of an answerable question must occur verbatim in the text of its
recorded page (PDF) or of the whole document (.docx, .md). Prints the problems and the counts; exits non-zero
on any problem.
"""

from __future__ import annotations

import json
import re
import sys
import zipfile
from collections import Counter
from functools import cache
from pathlib import Path

from pypdf import PdfReader

from evals.dataset import load_questions
from evals.holdout.check import FIELDS, HYPHENATED, normalise, report

HERE = Path(__file__).resolve().parent
DOCS = HERE / "docs"
QUESTIONS = HERE / "questions.jsonl"
DOCUMENTS = ("strategiplan-2026-2030.pdf", "plattform-region-nord.docx", "kunststrategi.md")
PREFIX = {"strategiplan-2026-2030.pdf": "h2s", "plattform-region-nord.docx": "h2p", "kunststrategi.md": "h2m"}
CATEGORIES = {
    "amount",
    "count",
    "date",
    "description",
    "followup",
    "indicator",
    "list",
    "ordinal",
    "person",
    "place",
    "ref_text",
    "yesno",
    "unanswerable",
}
REF = re.compile(r"^(hovedmål \d|delmål \d\.\d|kap\. \d(\.\d)?|tiltak \d\.\d)$")

_FOOTER = re.compile(r"^Side (\d+)\s*$", re.M)


def pdf_pages(name: str) -> dict[int, str]:
    """Printed page number -> normalised page text."""
    out = {}
    for n, page in enumerate(PdfReader(DOCS / name).pages, start=1):
        raw = page.extract_text() or ""
        m = _FOOTER.findall(raw)
        printed = int(m[-1]) if m else n
        if printed in out:
            raise ValueError(f"{name}: printed page {printed} occurs twice")
        out[printed] = normalise(HYPHENATED.sub(r"\1\2", raw))
    return out


@cache
def docx_text(name: str) -> str:
    """Body paragraphs and table cells in order, then the footnote texts."""
    from docx import Document
    from docx.oxml.ns import qn
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    doc = Document(DOCS / name)
    parts = []
    for child in doc.element.body.iterchildren():
        if child.tag == qn("w:p"):
            parts.append(Paragraph(child, doc).text)
        elif child.tag == qn("w:tbl"):
            for row in Table(child, doc).rows:
                for cell in row.cells:
                    parts.append(cell.text)
    with zipfile.ZipFile(DOCS / name) as z:
        if "word/footnotes.xml" in z.namelist():
            xml = z.read("word/footnotes.xml").decode("utf-8")
            for note in re.findall(r"<w:footnote (?:(?!w:type)[^>])*>(.*?)</w:footnote>", xml, re.S):
                parts.append("".join(re.findall(r"<w:t[^>]*>([^<]*)</w:t>", note)))
    return normalise("\n".join(parts))


@cache
def md_text(name: str) -> str:
    """The Markdown with its markup stripped."""
    lines = []
    for line in (DOCS / name).read_text(encoding="utf-8").splitlines():
        if re.fullmatch(r"\s*(=+|-+)\s*", line):  # setext underline
            continue
        if re.fullmatch(r"\s*\|?\s*:?-+:?\s*(\|\s*:?-+:?\s*)*\|?\s*", line):  # table separator row
            continue
        line = re.sub(r"^#{1,6}\s+", "", line)
        line = re.sub(r"^\s*>\s?", "", line)
        line = re.sub(r"^\s*([-*+]|\d+\.)\s+", "", line)
        if line.lstrip().startswith("|"):
            line = " ".join(c.strip() for c in line.strip().strip("|").split("|"))
        line = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", line)
        line = line.replace("**", "").replace("*", "")
        lines.append(line)
    return normalise("\n".join(lines))


def problems(path: Path) -> tuple[list[str], list]:
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
        if not q.id.startswith(PREFIX[q.document]):
            say(f"id does not start with {PREFIX[q.document]}")
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
        if q.ref is not None and not REF.match(q.ref):
            say(f"ref {q.ref!r} is not of the form 'hovedmål N', 'delmål N.N', 'kap. N.N' or 'tiltak N.N'")
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
                say(f"page given for {q.document}")
            text = docx_text(q.document) if q.document.endswith(".docx") else md_text(q.document)
            where = q.document
        for ev in q.evidence:
            if normalise(ev) not in text:
                say(f"evidence not on {where}: {ev!r}")
        for fact in q.must_contain:
            if normalise(fact) not in text:
                say(f"must_contain not on {where}: {fact!r}")
    return out, qs


def dump() -> None:
    for page, text in pdf_pages(DOCUMENTS[0]).items():
        print(f"--- {DOCUMENTS[0]} page {page}\n{text}\n")
    print(f"--- {DOCUMENTS[1]}\n{docx_text(DOCUMENTS[1])}\n")
    print(f"--- {DOCUMENTS[2]}\n{md_text(DOCUMENTS[2])}\n")


def main() -> None:
    if sys.argv[1:] == ["--dump"]:
        dump()
        return
    path = Path(sys.argv[1]) if len(sys.argv) > 1 else QUESTIONS
    sys.exit(report(*problems(path), DOCUMENTS))


if __name__ == "__main__":
    main()
