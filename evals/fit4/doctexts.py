"""The fit4 check's own readers for its three documents: evals/fit_texts.py over this set's docs/."""

from __future__ import annotations

from pathlib import Path

from evals.fit_texts import DocTexts, print_counts, squash

DOCS = Path(__file__).resolve().parent / "docs"
_TEXTS = DocTexts(DOCS)
pdf_pages = _TEXTS.pdf_pages
docx_blocks = _TEXTS.docx_blocks
text_of = _TEXTS.text_of
pages_with = _TEXTS.pages_with
evidence_problems = _TEXTS.evidence_problems
dump = _TEXTS.dump

__all__ = [
    "DOCS",
    "docx_blocks",
    "dump",
    "evidence_problems",
    "pages_with",
    "pdf_pages",
    "print_counts",
    "squash",
    "text_of",
]
