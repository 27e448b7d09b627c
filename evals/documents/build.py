"""Build the invented governing documents used by the evaluation set.

    .venv/bin/python -m evals.documents.build   # writes evals/documents/*.pdf, *.docx, *.md

Four PDFs (statutes, framework plan, Landsting protocol, development strategy), one Word file
(political platform, python-docx) and one Markdown file (diversity strategy).

Deterministic: fixed creation date and metadata, core Helvetica in windows-1252 (as in
tests/pdfgen.py), so rebuilding gives byte-identical files. The .docx gets fixed core
properties, and its zip is rewritten with fixed member timestamps (python-docx stamps the clock
time), so it is byte-identical too as long as python-docx and zlib do not change. Each document is laid out twice:
the first pass finds the printed page of every heading (for the table of contents) and the total
page count (for "Side N av M"), the second pass writes the file.
"""

from __future__ import annotations

import io
import sys
import zipfile
from datetime import datetime
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from evals.documents import (
    content_mangfold,
    content_plattform,
    content_protokoll,
    content_rammeplan,
    content_strategi,
    content_vedtekter,
)
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


def build_strategi(path: Path) -> Doc:
    c = content_strategi

    def make(prev: Doc | None) -> Doc:
        # unnumbered cover; the footer is the bare printed page number at the right margin
        return Doc(c.TITLE, header="Norsk kulturskoleråd", footer=lambda n: f"{n}", number_offset=1, footer_align="R")

    doc = _two_pass(make, c.BLOCKS)
    doc.output(path)
    return doc


def _fixed_zip(data: bytes) -> bytes:
    """The same zip with fixed member timestamps and attributes (python-docx stamps the clock time)."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w") as dst:
        for item in src.infolist():
            info = zipfile.ZipInfo(item.filename, date_time=(1980, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            info.create_system = 0
            dst.writestr(info, src.read(item.filename), compresslevel=6)
    return out.getvalue()


def build_plattform(path: Path) -> None:
    """The political platform as .docx (python-docx): Word heading styles, lists, a table, a note."""
    from docx import Document
    from docx.shared import Pt

    c = content_plattform
    doc = Document()
    fixed = datetime(2024, 12, 10, 12, 0, 0)
    cp = doc.core_properties
    cp.title = c.TITLE
    cp.author = "Norsk kulturskoleråd (oppdiktet eksempeldokument)"
    cp.last_modified_by = "kra evals/documents/build.py"
    cp.created = fixed
    cp.modified = fixed
    cp.last_printed = fixed
    cp.revision = 1
    cp.language = "nb-NO"
    for b in c.BLOCKS:
        kind = b[0]
        if kind == "title":
            doc.add_paragraph(b[1], style="Title")
        elif kind == "subtitle":
            doc.add_paragraph().add_run(b[1]).italic = True
        elif kind in ("h1", "h2", "h3"):
            doc.add_heading(b[1], level=int(kind[1]))
        elif kind == "p":
            para = doc.add_paragraph()
            for i, part in enumerate(b[1].split("^")):
                if i > 0:
                    para.add_run(part[0]).font.superscript = True
                    part = part[1:]
                para.add_run(part)
        elif kind == "bullet":
            doc.add_paragraph(b[1], style="List Bullet")
        elif kind == "number":
            doc.add_paragraph(b[1], style="List Number")
        elif kind == "table":
            rows = b[1]
            table = doc.add_table(rows=len(rows), cols=len(rows[0]))
            table.style = "Table Grid"
            for r, row in enumerate(rows):
                for k, text in enumerate(row):
                    cell = table.cell(r, k)
                    cell.text = text
                    if r == 0:
                        cell.paragraphs[0].runs[0].bold = True
        elif kind == "note":
            para = doc.add_paragraph()
            para.add_run(b[1]).font.superscript = True
            run = para.add_run(" " + b[2])
            run.font.size = Pt(9)
        else:
            raise ValueError(f"unknown block {kind}")
    buf = io.BytesIO()
    doc.save(buf)
    path.write_bytes(_fixed_zip(buf.getvalue()))


def build_mangfold(path: Path) -> None:
    path.write_text(content_mangfold.TEXT, encoding="utf-8")


def main() -> None:
    docs = {
        "vedtekter.pdf": build_vedtekter,
        "rammeplan.pdf": build_rammeplan,
        "protokoll-landsting-2024.pdf": build_protokoll,
        "strategi.pdf": build_strategi,
    }
    for name, fn in docs.items():
        doc = fn(HERE / name)
        print(f"{name}: {doc.pdf.page_no()} pages; hyphenated: {sorted(set(doc.hyphenated))}")
    build_plattform(HERE / "politisk-plattform.docx")
    build_mangfold(HERE / "mangfoldsstrategi.md")
    print("politisk-plattform.docx, mangfoldsstrategi.md")


if __name__ == "__main__":
    main()
