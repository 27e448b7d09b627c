"""Cut a passage into units (sentences and list items) with exact offsets into its text."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache

from ingest.records import Chunk
from ingest.splitter import LABEL_VALUE, ends_sentence, sentence_spans
from ingest.structure import BULLET, LEDD_MARK, LETTER_MARK, STATUS

_MARK = re.compile(r"[•o▪\-–*·◦]\s+")
_ENDS = re.compile(r"[.!?:»]\s*$")
_NUMBERED = re.compile(r"^(\d{1,2})[.)]\s+\S")
NAMED_CELL = re.compile(r"^[^|:]{1,60}:\s")  # a row's first cell named by its column: "Indikator: …"


@dataclass(frozen=True)
class Unit:
    """A sentence or list item: [start, end) into the chunk text."""

    start: int
    end: int
    text: str
    bullet: bool
    lead_in: bool


def units(chunk: Chunk) -> tuple[Unit, ...]:
    """The chunk's sentences and list items, leaving out its headings."""
    return _units(chunk.text, chunk.section)


@lru_cache(maxsize=20000)
def _units(text: str, section: tuple[str, ...]) -> tuple[Unit, ...]:
    lines: list[tuple[int, int]] = []
    pos = 0
    for raw in text.split("\n"):
        lines.append((pos, pos + len(raw)))
        pos += len(raw) + 1
    headings = {s.strip() for s in section}
    # "Antall elever: 4 312" in a run of such lines: each key figure is a unit of its own
    labels = [bool(LABEL_VALUE.match(text[a:b].strip())) for a, b in lines]
    beside = [False, *labels[:-1]], [*labels[1:], False]
    figures = {k for k, label in enumerate(labels) if label and (beside[0][k] or beside[1][k])}
    # the width of the text's lines: a list item whose last line is much shorter has ended there
    width = max((b - a for a, b in lines), default=0)
    blocks: list[tuple[int, int, bool]] = []
    for k, (start, end) in enumerate(lines):
        line = text[start:end].strip()
        if not line:
            continue
        if line in headings or line.rstrip(":").strip() in headings or STATUS.match(line):
            continue
        bullet = bool(BULLET.match(line) or LETTER_MARK.match(line))  # "c) ansette direktør" is a list item
        if bullet and line[0] in "-–" and blocks and not _ENDS.search(text[blocks[-1][0] : blocks[-1][1]]):
            # "– for å få denne støtten –" continues the sentence above, but not the item above it
            # with the same mark ("- Solveig Kvamsdal, leder" / "- Arvid Tønnesland, nestleder")
            bullet = blocks[-1][2] and text[blocks[-1][0] : blocks[-1][1]].lstrip()[:1] == line[0]
        if not bullet and (m := _NUMBERED.match(line)) and blocks:
            above = text[blocks[-1][0] : blocks[-1][1]]
            # "1. «Landstinget ber …»" after a lead-in or a finished item is a list item, and so is
            # "2. utvikle …," after the item "1. sikre …," that ends in a comma
            bullet = bool(_ENDS.search(above)) or (blocks[-1][2] and _item_number(above) == int(m.group(1)) - 1)
        # a ledd "(5)", a lettered item "e)" and each table row start a unit of their own
        after_row = bool(blocks) and " | " in text[blocks[-1][0] : blocks[-1][1]]
        if not bullet and " | " in line and blocks and not NAMED_CELL.match(line):
            # the rows of a table without a header right after a lead-in ("Valgkomiteen for perioden 2029–2031:" over
            # "Leder | Solveig Torkildsen | …") are its items; a row whose cells are named by their column
            # ("Indikator: Barn på venteliste | 2026: 14 900") says what it is by itself
            above = text[blocks[-1][0] : blocks[-1][1]].rstrip()
            bullet = above.endswith(":") or (after_row and blocks[-1][2])
        marked = bool(LEDD_MARK.match(line) or LETTER_MARK.match(line)) or " | " in line or after_row or k in figures
        marked = marked or (k - 1 in figures)  # the line after the last figure
        new = bool(blocks) and (
            (_new_block(text, blocks[-1], start) and not _continues(text, blocks[-1], line))
            or (_finished(text, blocks[-1]) and not line[:1].islower())  # "<script>…" after "… måned."
            # "– Gunnar Tveit, Lundeby kulturskole" on a short line, then "Turid Aasheim har ledet …": the
            # list has ended, though its last item has no stop
            or (blocks[-1][2] and line[:1].isupper() and _last_line(text, blocks[-1]) < ITEM_END_SHARE * width)
        )
        if bullet or marked or not blocks or new:
            blocks.append((start, end, bullet))
        else:
            blocks[-1] = (blocks[-1][0], end, blocks[-1][2])
    out: list[Unit] = []
    for start, end, bullet in blocks:
        for k, (s, e) in enumerate(sentence_spans(text, start, end)):
            if bullet and k == 0 and (m := _MARK.match(text, s, e)):
                s = m.end()  # a quote starts at the item's words, not at its bullet
            flat = " ".join(text[s:e].split())
            out.append(Unit(s, e, flat, bullet and k == 0, flat.endswith(":")))
    # "Kulturskolerådet vil arbeide for" with bulleted items after it leads in to them as "…:" does
    return tuple(
        replace(u, lead_in=True)
        if not u.lead_in and not u.bullet and i + 1 < len(out) and out[i + 1].bullet and not _ENDS.search(u.text)
        else u
        for i, u in enumerate(out)
    )


def _new_block(text: str, prev: tuple[int, int, bool], start: int) -> bool:
    """A blank line or a heading before starts a new block; a wrapped line continues the last."""
    between = text[prev[1] : start]
    return between.count("\n") > 1


def _last_line(text: str, prev: tuple[int, int, bool]) -> int:
    """How long the last line of a block is."""
    body = text[prev[0] : prev[1]].rstrip()
    return len(body) - body.rfind("\n") - 1


def _finished(text: str, prev: tuple[int, int, bool]) -> bool:
    """Does the block end a sentence (not "jf." or "1.")?"""
    body = text[prev[0] : prev[1]].rstrip()
    if not _ENDS.search(body):
        return False
    words = body.split()
    return not body.endswith(".") or ends_sentence(words[-1])


def _continues(text: str, prev: tuple[int, int, bool], line: str) -> bool:
    """A line in lower case after an unfinished sentence goes on with it, even across a blank line
    (a page or column break in the source)."""
    return line[:1].islower() and not _ENDS.search(text[prev[0] : prev[1]])


UNIT_CHARS = 300
# a list item's last line shorter than this share of the text's widest line ends the list
ITEM_END_SHARE = 0.7


def unit_texts(chunk: Chunk) -> list[str]:
    """What the embedder sees of each unit (long items are cut, as the model reads ~512 tokens)."""
    return [u.text[:UNIT_CHARS] for u in units(chunk)]


def context_unit_texts(chunk: Chunk) -> list[str]:
    """Each unit read where it stands: the document's title and the heading path before it. "Prosjektet
    ble ledet av KRED Norge." says what it is about only under its heading."""
    where = f"{chunk.title}. {' > '.join(chunk.section)}" if chunk.section else chunk.title
    return [f"{where}: {text}" for text in unit_texts(chunk)]


def _item_number(text: str) -> int | None:
    """The number a numbered list item opens with ("2. utvikle …" → 2), or None."""
    m = _NUMBERED.match(text.lstrip())
    return int(m.group(1)) if m else None
