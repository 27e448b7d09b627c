"""The text of the three fit3 documents, read independently of the assistant's own readers.

PDF:   pypdf, page by page; a hyphen at a line end between a letter and a lower-case letter is joined
       ("kompetanse-\\nutvikling" -> "kompetanseutvikling"); whitespace collapsed. Pages are numbered
       1, 2, … in file order (the strategy's cover is page 1; its footer numbers agree with that).
.docx: python-docx; body paragraphs and table cells in document order, then the page footer text.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

DOCS = Path(__file__).resolve().parent / "docs"


def squash(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def join_hyphens(text: str) -> str:
    return re.sub(r"([A-Za-zÆØÅæøåÉé])-[ \t]*\n[ \t]*([a-zæøåé])", r"\1\2", text)


@cache
def pdf_pages(name: str) -> tuple[tuple[int, str], ...]:
    from pypdf import PdfReader

    return tuple((n, squash(join_hyphens(page.extract_text() or "")))
                 for n, page in enumerate(PdfReader(DOCS / name).pages, start=1))


def pages_with(name: str, s: str) -> list[int]:
    s = squash(s)
    return [p for p, text in pdf_pages(name) if s in text]


@cache
def docx_text(name: str) -> str:
    from docx import Document
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    doc = Document(str(DOCS / name))
    parts = []
    for block in doc.iter_inner_content():
        if isinstance(block, Paragraph):
            parts.append(block.text)
        elif isinstance(block, Table):
            for row in block.rows:
                parts.extend(cell.text for cell in row.cells)
    for section in doc.sections:
        parts.extend(p.text for p in section.footer.paragraphs)
    return squash("\n".join(parts))


def text_of(name: str) -> str:
    if name.endswith(".docx"):
        return docx_text(name)
    return " ".join(t for _, t in pdf_pages(name))


if __name__ == "__main__":
    import sys

    for name in sys.argv[1:]:
        if name.endswith(".pdf"):
            for p, t in pdf_pages(name):
                print(f"--- page {p}\n{t}\n")
        else:
            print(text_of(name), "\n")
