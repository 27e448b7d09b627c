"""Build the three invented governing-document PDFs used by the evaluation set.

    .venv/bin/python -m evals.documents.build          # writes evals/documents/*.pdf

Deterministic: fixed creation date and metadata, core Helvetica in windows-1252 (as in
tests/pdfgen.py), so rebuilding gives byte-identical files. Each document is laid out twice:
the first pass finds the printed page of every heading (for the table of contents) and the total
page count (for "Side N av M"), the second pass writes the file.
"""

from __future__ import annotations

import sys
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from evals.documents import content_protokoll, content_rammeplan, content_vedtekter
from evals.documents.layout import Doc

HERE = Path(__file__).resolve().parent


def _expand_toc(blocks: list[tuple], entries: list[tuple[str, str, bool]]) -> list[tuple]:
    return [("toc", entries) if b[0] == "toc_here" else b for b in blocks]


def _two_pass(make, blocks: list[tuple]) -> Doc:
    first = make(None)
    first.render(blocks)
    doc = make(first)
    doc.render(blocks, toc_pages=first.anchors)
    if doc.anchors != first.anchors:
        raise RuntimeError("layout is not stable between passes")
    return doc


def build_vedtekter(path: Path) -> Doc:
    c = content_vedtekter
    # one line per chapter and per §, in document order
    entries = []
    for b in c.BLOCKS:
        if b[0] == "h1":
            entries.append((b[1], b[2], True))
        elif b[0] == "h2":
            entries.append((b[1], b[2], False))
    blocks = _expand_toc(c.BLOCKS, entries)

    def make(prev: Doc | None) -> Doc:
        total = prev.pdf.page_no() if prev else 0
        return Doc(c.TITLE, header=c.TITLE, footer=lambda n: f"Side {n} av {total}")

    doc = _two_pass(make, blocks)
    doc.output(path)
    return doc


def build_rammeplan(path: Path) -> Doc:
    c = content_rammeplan

    def make(prev: Doc | None) -> Doc:
        # the cover is unnumbered; printed page 1 is the second sheet
        return Doc(c.TITLE, header="Rammeplan for kulturskolen", footer=lambda n: f"– {n} –", number_offset=1)

    doc = _two_pass(make, c.BLOCKS)
    doc.output(path)
    return doc


def build_protokoll(path: Path) -> Doc:
    c = content_protokoll

    def make(prev: Doc | None) -> Doc:
        return Doc(c.TITLE, header="Norsk kulturskoleråd – Protokoll Landstinget 2024", footer=lambda n: f"Side {n}")

    doc = _two_pass(make, c.BLOCKS)
    doc.output(path)
    return doc


def main() -> None:
    docs = {
        "vedtekter.pdf": build_vedtekter,
        "rammeplan.pdf": build_rammeplan,
        "protokoll-landsting-2024.pdf": build_protokoll,
    }
    for name, fn in docs.items():
        doc = fn(HERE / name)
        print(f"{name}: {doc.pdf.page_no()} pages; hyphenated: {sorted(set(doc.hyphenated))}")


if __name__ == "__main__":
    main()
