"""The fit6 check's own readers for its three documents: evals/fit_texts.py over this set's docs/."""

from __future__ import annotations

from pathlib import Path

from evals.fit_texts import DocTexts, squash

DOCS = Path(__file__).resolve().parent / "docs"
TEXTS = DocTexts(DOCS)
pdf_pages = TEXTS.pdf_pages
docx_blocks = TEXTS.docx_blocks
text_of = TEXTS.text_of
pages_with = TEXTS.pages_with
evidence_problems = TEXTS.evidence_problems
dump = TEXTS.dump

__all__ = [
    "DOCS",
    "TEXTS",
    "docx_blocks",
    "dump",
    "evidence_problems",
    "pages_with",
    "pdf_pages",
    "squash",
    "text_of",
]
