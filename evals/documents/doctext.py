"""Document text as the evaluation set's evidence is written against it.

PDFs: text per page extracted with pypdf; a hyphen at a line end between two letters, with a
lower-case letter after it, is joined ("kulturskole-\\ntilbud" -> "kulturskoletilbud"); whitespace
is collapsed. The printed page number is read from the page footer ("Side 3 av 7", "Side 3",
"– 3 –"); an unnumbered page (a cover) has printed number None.
A footer that is only a number ("4", strategi.pdf) counts when it is the last line of the page.
The bundled .txt: whitespace collapsed, no page numbers (its PDF page numbers did not survive).
.docx (politisk-plattform.docx): python-docx, the paragraphs and table cells of the body in
document order (a table row by row, cell by cell), one per line, whitespace collapsed; no pages.
.md (mangfoldsstrategi.md): the raw Markdown with the markup removed by `strip_markdown` (heading
#s, list bullets "- ", blockquote ">", emphasis "*"/"**", links reduced to their text, table
pipes and the |---| row dropped), then whitespace collapsed; numbered-list labels "1." and
heading numbers ("2.3 Innenforskap") are kept; no pages.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

from pypdf import PdfReader

ROOT = Path(__file__).resolve().parents[2]
DOCS = Path(__file__).resolve().parent
BUNDLED = "kulturskoleradet-langsiktig-arbeid-mot-landsting-2028.txt"
PDFS = ("vedtekter.pdf", "rammeplan.pdf", "protokoll-landsting-2024.pdf", "strategi.pdf")
DOCX = "politisk-plattform.docx"
MARKDOWN = "mangfoldsstrategi.md"

_HYPHEN = re.compile(r"([A-Za-zÆØÅæøåÁáéÉ])-\n([a-zæøåé])")
_FOOTER = re.compile(r"^(?:Side (\d+)(?: av \d+)?|– (\d+) –)\s*$", re.M)


def normalise(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def dehyphenate(text: str) -> str:
    return _HYPHEN.sub(r"\1\2", text)


@cache
def pdf_pages(name: str) -> list[tuple[int | None, str]]:
    """(printed page number or None, normalised text) for every page of an evaluation PDF."""
    out = []
    for page in PdfReader(DOCS / name).pages:
        raw = page.extract_text() or ""
        m = _FOOTER.findall(raw)
        printed = int(next(g for g in m[-1] if g)) if m else None
        lines = [ln.strip() for ln in raw.splitlines() if ln.strip()]
        if printed is None and lines and lines[-1].isdigit():
            printed = int(lines[-1])
        out.append((printed, normalise(dehyphenate(raw))))
    return out


@cache
def bundled_text() -> str:
    return normalise((ROOT / "corpus" / BUNDLED).read_text(encoding="utf-8"))


def pages_with(name: str, evidence: str) -> list[int | None]:
    """Printed pages of `name` whose text holds the evidence (empty list: not found)."""
    e = normalise(evidence)
    return [p for p, text in pdf_pages(name) if e in text]


@cache
def docx_text(name: str | Path = DOCX) -> str:
    """Paragraphs and table cells of a .docx body in document order, whitespace collapsed (a file name
    in evals/documents/, or a path)."""
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
    return normalise("\n".join(parts))


_LINK = re.compile(r"\[([^\]]*)\]\([^)]*\)")


def strip_markdown(text: str) -> str:
    """Markdown to plain text, the simple way the evidence of a .md document is written against."""
    out = []
    for line in text.splitlines():
        s = line.strip()
        if re.fullmatch(r"\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?", s):
            continue  # table separator row
        s = re.sub(r"^#{1,6}\s+", "", s)
        s = re.sub(r"^>\s?", "", s)
        s = re.sub(r"^[-*+]\s+", "", s)
        s = _LINK.sub(r"\1", s)
        s = s.replace("**", "").replace("*", "")
        if s.startswith("|"):
            s = " ".join(c.strip() for c in s.strip("|").split("|"))
        out.append(s)
    return "\n".join(out)


@cache
def markdown_text(name: str = MARKDOWN) -> str:
    return normalise(strip_markdown((DOCS / name).read_text(encoding="utf-8")))


def text_of(name: str) -> str:
    """Whole normalised text of a page-less document (the bundled .txt, the .docx or the .md)."""
    if name == BUNDLED:
        return bundled_text()
    if name.endswith(".docx"):
        return docx_text(name)
    if name.endswith(".md"):
        return markdown_text(name)
    raise ValueError(f"{name} has pages; use pages_with")
