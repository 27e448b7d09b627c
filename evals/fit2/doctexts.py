"""The text of the three fit2 documents, read independently of the assistant's own readers.

PDF:  pypdf, page by page; a hyphen at a line end between a letter and a lower-case letter is joined
      ("medlems-\\nkommuner" -> "medlemskommuner"); whitespace collapsed; the printed page number is read
      from the footer "Side N" (the cover has none: None).
.docx: python-docx; body paragraphs and table cells in document order, then the footnote texts.
.md:  the raw Markdown minus its markup (heading hashes, list and quote markers, table pipes and the
      separator row, link targets, emphasis asterisks); numbered-list labels ("1.") are kept.
"""

from __future__ import annotations

import re
import zipfile
from functools import cache
from pathlib import Path
from xml.etree import ElementTree as ET

DOCS = Path(__file__).resolve().parent / "docs"
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def squash(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def join_hyphens(text: str) -> str:
    return re.sub(r"([A-Za-zÆØÅæøåÉé])-[ \t]*\n[ \t]*([a-zæøåé])", r"\1\2", text)


@cache
def pdf_pages(name: str) -> tuple[tuple[int | None, str], ...]:
    from pypdf import PdfReader

    out = []
    for page in PdfReader(DOCS / name).pages:
        raw = page.extract_text() or ""
        m = re.findall(r"^\s*Side (\d+)\s*$", raw, re.M)
        out.append((int(m[-1]) if m else None, squash(join_hyphens(raw))))
    return tuple(out)


def pages_with(name: str, s: str) -> list[int | None]:
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
    with zipfile.ZipFile(DOCS / name) as z:
        if "word/footnotes.xml" in z.namelist():
            root = ET.fromstring(z.read("word/footnotes.xml"))
            for note in root.iter(f"{W}footnote"):
                if note.get(f"{W}type") in ("separator", "continuationSeparator"):
                    continue
                parts.append("".join(t.text or "" for t in note.iter(f"{W}t")))
    return squash("\n".join(parts))


def strip_md(md: str) -> str:
    lines = []
    for line in md.splitlines():
        s = line.strip()
        if re.fullmatch(r"\|?(\s*:?-{3,}:?\s*\|)+\s*:?-{3,}:?\s*\|?", s) or re.fullmatch(r"\|?\s*:?-{3,}:?\s*\|?", s):
            continue
        s = re.sub(r"^#{1,6}\s+", "", s)
        s = re.sub(r"^>\s?", "", s)
        s = re.sub(r"^[-*+]\s+", "", s)
        s = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", s)
        s = s.replace("**", "").replace("*", "")
        if s.startswith("|"):
            s = " ".join(c.strip() for c in s.strip().strip("|").split("|"))
        lines.append(s)
    return "\n".join(lines)


@cache
def md_text(name: str) -> str:
    return squash(strip_md((DOCS / name).read_text(encoding="utf-8")))


def text_of(name: str) -> str:
    if name.endswith(".docx"):
        return docx_text(name)
    if name.endswith(".md"):
        return md_text(name)
    return " ".join(t for _, t in pdf_pages(name))


if __name__ == "__main__":
    import sys

    for name in sys.argv[1:]:
        if name.endswith(".pdf"):
            for p, t in pdf_pages(name):
                print(f"--- page {p}\n{t}\n")
        else:
            print(text_of(name), "\n")
