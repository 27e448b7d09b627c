"""The fitting sets' own readers for their documents (whitespace collapsed everywhere), shared by their checks.

PDF: pypdf, page by page. .docx: python-docx, body paragraphs and table cells in document order (the cells of a
row joined with " | "). Anything else (.txt, .md): the file as UTF-8, markup kept as written. These readers are
the checks' own, independent of `ingest/`, so a check never relies on the code it is meant to test.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path


def squash(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


class DocTexts:
    """The texts of the documents in one folder, read once each."""

    squash = staticmethod(squash)

    def __init__(self, docs: Path) -> None:
        self.docs = docs
        self.pdf_pages = cache(self._pdf_pages)
        self.text_of = cache(self._text_of)

    def _pdf_pages(self, name: str) -> tuple[tuple[int, str], ...]:
        from pypdf import PdfReader

        reader = PdfReader(str(self.docs / name))
        return tuple((n, squash(p.extract_text() or "")) for n, p in enumerate(reader.pages, start=1))

    def docx_blocks(self, name: str) -> list[str]:
        from docx import Document
        from docx.table import Table
        from docx.text.paragraph import Paragraph

        doc = Document(str(self.docs / name))
        out: list[str] = []
        for child in doc.element.body.iterchildren():
            tag = child.tag.rsplit("}", 1)[-1]
            if tag == "p":
                out.append(Paragraph(child, doc).text)
            elif tag == "tbl":
                for row in Table(child, doc).rows:
                    out.append(" | ".join(c.text for c in row.cells))
        return out

    def _text_of(self, name: str) -> str:
        if name.endswith(".pdf"):
            return " ".join(t for _, t in self.pdf_pages(name))
        if name.endswith(".docx"):
            return squash("\n".join(self.docx_blocks(name)))
        return squash((self.docs / name).read_text(encoding="utf-8"))

    def pages_with(self, name: str, snippet: str) -> list[int]:
        s = squash(snippet)
        return [n for n, t in self.pdf_pages(name) if s in t]

    def evidence_problems(self, q, doc: str) -> list[str]:
        """What is wrong with an answerable question's evidence: too few or too many strings, no facts, a
        missing page for a PDF (or one given for another file), a string not where it is said to be, or a fact
        in none of the strings."""
        out: list[str] = []
        if not 1 <= len(q.evidence) <= 6:
            out.append(f"{len(q.evidence)} evidence strings")
        if not q.must_contain:
            out.append("no must_contain")
        if doc.endswith(".pdf"):
            if q.page is None:
                return [*out, "no page for a PDF question"]
            text = dict(self.pdf_pages(doc)).get(q.page)
            if text is None:
                return [*out, f"no page {q.page}"]
            where = f"page {q.page}"
        else:
            if q.page is not None:
                out.append(f"page given for a {Path(doc).suffix}")
            text = self.text_of(doc)
            where = doc
        for ev in q.evidence:
            if squash(ev) not in text:
                found = self.pages_with(doc, ev) if doc.endswith(".pdf") else []
                out.append(f"evidence not on {where}{f' (on {found})' if found else ''}: {ev!r}")
        evs = [squash(e).lower() for e in q.evidence]
        out += [
            f"must_contain not in any evidence string: {f!r}"
            for f in q.must_contain
            if not any(squash(f).lower() in e for e in evs)
        ]
        return out

    def dump(self, docs: list[str]) -> None:
        """Print what the check reads of each document (a PDF page by page)."""
        for doc in docs:
            print(f"===== {doc}")
            if doc.endswith(".pdf"):
                for p, t in self.pdf_pages(doc):
                    print(f"--- page {p}\n{t}")
            else:
                print(self.text_of(doc))
