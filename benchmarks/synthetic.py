"""A deterministic synthetic corpus of generated PDFs, about `factor` times the bundled document.

Every synthetic PDF is the bundled document's own text (paragraph lines, headings, Landsting
resolutions with their status sections) cut into blocks at headings and resolutions, the blocks
shuffled with a fixed seed per document, wrapped to the page width and laid out ~40 lines a page
(about 25 pages). Document k holds one full permutation of the blocks, so a corpus of factor N
holds N times the bundled text in N PDFs.

    python benchmarks/synthetic.py /tmp/kra-bench/corpus-x10 10
"""

from __future__ import annotations

import argparse
import random
import re
import sys
import textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

import pdfgen  # noqa: E402  (tests/pdfgen.py: the fpdf2 helpers the tests use)

BUNDLED = ROOT / "corpus" / "kulturskoleradet-langsiktig-arbeid-mot-landsting-2028.txt"
SEED = 20250929
WRAP = 95
LINES_PER_PAGE = 40
HEADING_COST = 1.5  # a heading line is 9 mm against 6 mm for a body line
VERSION = "1"

_URL = re.compile(r"^\s*(?:https?://|www\.)\S+\s*$")
_FOOTER = re.compile(r"\bside\s+\d{1,4}\s*$", re.I)
_RESOLUTION = re.compile(r"^\d\.\d{1,2}\s+\S")
_PRIORITY = re.compile(r"^Kulturskolerådet skal\s")  # political-platform priorities
_STATUS = re.compile(r"^Hva som (har vært|er planlagt)", re.I)
_NOT_HEADING_START = re.compile(r"^[•▪\-–«\"“(o]\s|^[a-zæøå•▪\-–«\"“(]")


def _clean(line: str) -> str:
    return " ".join(line.replace("▪", "•").split())


def _is_heading(line: str, previous: str, previous_heading: bool) -> bool:
    """A short title line after the end of a sentence or another title (the text has no markup)."""
    after_sentence = previous_heading or previous[-1] in ".:»!?"
    if _RESOLUTION.match(line) or _PRIORITY.match(line):
        return after_sentence  # "… i sak" + "5.12 Helhetlig …" is a running reference
    if _STATUS.match(line) or len(line) > 60 or _NOT_HEADING_START.match(line):
        return False
    if line[-1] in ".,:;»)?!" or re.match(r"^\d{1,2}\s", line):  # footnotes start "3 Pr. …"
        return False
    return after_sentence


def source_blocks(path: Path = BUNDLED) -> tuple[str, list[list[str]]]:
    """The bundled text as (title, blocks); a block is a heading ("# …") and the lines under it."""
    lines = [_clean(ln) for ln in path.read_text(encoding="utf-8").split("\n")]
    # page footers go (the PDFs get their own); link-list lines stay where they fit on one line,
    # like in the exported original, and the loader files them as links, not text
    lines = [ln for ln in lines if ln and not _FOOTER.search(ln) and not (_URL.match(ln) and len(ln) > WRAP)]
    title, body = lines[0], lines[1:]
    blocks: list[list[str]] = []
    previous, previous_heading = title, True
    for line in body:
        if _URL.match(line):
            if blocks:
                blocks[-1].append(line)  # a link line neither starts nor ends a section
            continue
        heading = _is_heading(line, previous, previous_heading)
        if heading and _PRIORITY.match(line):
            blocks.append([line])  # a priority starts a block but is body text, not a title
        elif heading and blocks and previous_heading and len(blocks[-1]) == 1:
            blocks[-1].append(f"# {line}")  # a sub-heading straight under a heading: same block
        elif heading:
            blocks.append([f"# {line}"])
        elif blocks:
            blocks[-1].append(line)
        else:
            blocks.append([line])
        previous, previous_heading = line, heading
    return title, blocks


def _fits(pdf, text: str, heading: bool) -> bool:
    if heading:
        pdf.set_font(pdfgen.FONT, style="B", size=pdfgen.HEADING_SIZE)
    else:
        pdf.set_font(pdfgen.FONT, size=pdfgen.BODY_SIZE)
    return pdf.get_string_width(text) <= pdf.epw


def _wrap(pdf, line: str) -> list[str]:
    """Split a line so that every piece fits the page width (~95 characters)."""
    heading = line.startswith("# ")
    text = line[2:] if heading else line
    if _URL.match(text):
        return [text] if _fits(pdf, text, False) else []
    width = WRAP if not heading else 60
    while True:
        parts = textwrap.wrap(text, width=width, break_long_words=True, break_on_hyphens=False)
        if all(_fits(pdf, p, heading) for p in parts):
            return [f"# {p}" if heading else p for p in parts]
        width -= 5


def paginate(lines: list[str]) -> list[list[str]]:
    """Pages of ~LINES_PER_PAGE lines; a heading never ends a page."""
    pages: list[list[str]] = [[]]
    used = 0.0
    for i, line in enumerate(lines):
        heading = line.startswith("# ")
        cost = HEADING_COST if heading else 1.0
        need = cost + (1.0 if heading and i + 1 < len(lines) else 0.0)
        if used + need > LINES_PER_PAGE and pages[-1]:
            pages.append([])
            used = 0.0
        pages[-1].append(line)
        used += cost
    return pages


def document_pages(k: int, title: str, blocks: list[list[str]]) -> list[list[str]]:
    """Pages of synthetic document k: all blocks once, in an order fixed by SEED and k."""
    rng = random.Random(SEED * 1000 + k)
    order = list(range(len(blocks)))
    rng.shuffle(order)
    pdf = pdfgen._new_pdf()
    lines = [f"# Syntetisk dokument {k}"]
    lines += _wrap(pdf, title)
    for b in order:
        for line in blocks[b]:
            lines += _wrap(pdf, line)
    return paginate(lines)


def make_corpus(dest: Path, factor: int) -> Path:
    """Write `factor` synthetic PDFs (~25 pages each, ~factor × the bundled text) into `dest`."""
    if factor < 1:
        raise ValueError("factor must be at least 1")
    dest = Path(dest)
    dest.mkdir(parents=True, exist_ok=True)
    for old in dest.glob("synthetic-*.pdf"):
        old.unlink()
    title, blocks = source_blocks()
    for k in range(1, factor + 1):
        pdfgen.write_pdf(
            dest / f"synthetic-{k:04d}.pdf",
            document_pages(k, title, blocks),
            header=f"Syntetisk korpus – dokument {k}",
            footer="Kulturskolerådet, syntetisk korpus side {page}",
        )
    (dest / ".synthetic").write_text(f"version={VERSION} factor={factor} seed={SEED}\n")
    return dest


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("dest", type=Path)
    parser.add_argument("factor", type=int)
    args = parser.parse_args(argv)
    out = make_corpus(args.dest, args.factor)
    pdfs = sorted(out.glob("synthetic-*.pdf"))
    size = sum(p.stat().st_size for p in pdfs)
    print(f"{len(pdfs)} PDFs, {size / 1e6:.1f} MB in {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
