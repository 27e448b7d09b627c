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
