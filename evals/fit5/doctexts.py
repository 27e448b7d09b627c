"""The fit5 check's own readers for the three documents (whitespace collapsed everywhere).

PDF: pypdf, page by page. .docx: python-docx, body paragraphs and table cells in document order (the cells of a
row joined with " | "). .md: the file as UTF-8, markup kept as written.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

DOCS = Path(__file__).resolve().parent / "docs"


def squash(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


@cache
def pdf_pages(name: str) -> tuple[tuple[int, str], ...]:
    from pypdf import PdfReader

    reader = PdfReader(str(DOCS / name))
    return tuple((n, squash(p.extract_text() or "")) for n, p in enumerate(reader.pages, start=1))


def docx_blocks(name: str) -> list[str]:
    from docx import Document
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    doc = Document(str(DOCS / name))
    out: list[str] = []
    for child in doc.element.body.iterchildren():
        tag = child.tag.rsplit("}", 1)[-1]
        if tag == "p":
            out.append(Paragraph(child, doc).text)
        elif tag == "tbl":
            for row in Table(child, doc).rows:
                out.append(" | ".join(c.text for c in row.cells))
    return out


@cache
def text_of(name: str) -> str:
    if name.endswith(".pdf"):
        return " ".join(t for _, t in pdf_pages(name))
    if name.endswith(".docx"):
        return squash("\n".join(docx_blocks(name)))
    return squash((DOCS / name).read_text(encoding="utf-8"))


def pages_with(name: str, snippet: str) -> list[int]:
    s = squash(snippet)
    return [n for n, t in pdf_pages(name) if s in t]
