"""How the fit1 PDFs are read for checking: pypdf page by page, hyphenated line ends joined, whitespace
collapsed, printed page number from the "Side N" footer.

A hyphen at a line end between two letters is dropped when a lower-case letter starts the next line
("kultur-\\nskolene" -> "kulturskolene"); a hyphen before a capital or a digit stays. This is the same
rule as evals/documents/doctext.py uses.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

from pypdf import PdfReader

DOCS = Path(__file__).resolve().parent / "docs"
STATUTES = "vedtekter-region-vest.pdf"
MINUTES = "protokoll-regionmote-2025.pdf"

_JOIN = re.compile(r"([A-Za-zÆØÅæøåÁáéÉ])-\n([a-zæøåé])")
_FOOTER = re.compile(r"^Side (\d+)\s*$", re.M)


def normalise(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


@cache
def pages(name: str) -> dict[int, str]:
    """Printed page number -> normalised text of that page."""
    out: dict[int, str] = {}
    for n, page in enumerate(PdfReader(DOCS / name).pages, start=1):
        raw = page.extract_text() or ""
        found = _FOOTER.findall(raw)
        printed = int(found[-1]) if found else n
        if printed in out:
            raise ValueError(f"{name}: printed page {printed} twice")
        out[printed] = normalise(_JOIN.sub(r"\1\2", raw))
    return out


def pages_with(name: str, s: str, fold: bool = False) -> list[int]:
    s = normalise(s)
    if fold:
        return [p for p, t in pages(name).items() if s.lower() in t.lower()]
    return [p for p, t in pages(name).items() if s in t]
