"""Document text as the evaluation set's evidence is written against it.

PDFs: text per page extracted with pypdf; a hyphen at a line end between two letters, with a
lower-case letter after it, is joined ("kulturskole-\\ntilbud" -> "kulturskoletilbud"); whitespace
is collapsed. The printed page number is read from the page footer ("Side 3 av 7", "Side 3",
"– 3 –"); an unnumbered page (a cover) has printed number None.
The bundled .txt: whitespace collapsed, no page numbers (its PDF page numbers did not survive).
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

from pypdf import PdfReader

ROOT = Path(__file__).resolve().parents[2]
DOCS = Path(__file__).resolve().parent
BUNDLED = "kulturskoleradet-langsiktig-arbeid-mot-landsting-2028.txt"
PDFS = ("vedtekter.pdf", "rammeplan.pdf", "protokoll-landsting-2024.pdf")

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
        out.append((printed, normalise(dehyphenate(raw))))
    return out


@cache
def bundled_text() -> str:
    return normalise((ROOT / "corpus" / BUNDLED).read_text(encoding="utf-8"))


def pages_with(name: str, evidence: str) -> list[int | None]:
    """Printed pages of `name` whose text holds the evidence (empty list: not found)."""
    e = normalise(evidence)
    return [p for p, text in pdf_pages(name) if e in text]
