"""Line clean-up shared by the readers: hyphenation, URL lines, page furniture, footnotes."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace

from ingest.lang import language
from ingest.records import Line

URL_LINE = re.compile(r"^\s*(?:https?://|www\.)\S+\s*$")
PAGE_NUMBER = re.compile(r"^\s*(?:side|page|s\.)?\s*\d{1,4}(?:\s*(?:/|av|of)\s*\d{1,4})?\s*$", re.I)
_WORD_HYPHEN = re.compile(r"(?<=[A-Za-zÆØÅæøåÄÖÜäöüé0-9.])-$")
_CONJUNCTION_START = re.compile(r"^(?:og|eller|enn|til|som)\b")


def join_hyphenated(lines: list[Line]) -> list[Line]:
    """Join a word split across a line end: "med-" + "lemmer" → "medlemmer"; "UH-" + "sektor" → "UH-sektor"."""
    out: list[Line] = []
    i = 0
    while i < len(lines):
        line = lines[i]
        text = line.text.rstrip()
        nxt = lines[i + 1] if i + 1 < len(lines) else None
        if nxt is not None and _WORD_HYPHEN.search(text) and nxt.text.strip():
            follow = nxt.text.strip()
            if _CONJUNCTION_START.match(follow):
                pass  # "kunst- og kulturfag": a suspended compound, not a split word
            elif follow[0].islower() and text[-2].islower() and nxt.page != line.page:
                # across a page break only the word's end moves up, so each line keeps its page
                head, _, rest = follow.partition(" ")
                out.append(replace(line, text=text[:-1] + head))
                if rest:
                    out.append(replace(nxt, text=rest))
                i += 2
                continue
            elif follow[0].islower() and text[-2].islower():
                out.append(_joined(line, nxt, text[:-1] + follow))
                i += 2
                continue
            elif follow[0].isalnum():
                out.append(_joined(line, nxt, text + follow))
                i += 2
                continue
        out.append(line)
        i += 1
    return out


def _joined(line: Line, nxt: Line, text: str) -> Line:
    return replace(line, text=text, links=line.links + nxt.links, notes=line.notes + nxt.notes)


def _shape(text: str) -> str:
    return re.sub(r"\d+", "#", text.strip().lower())


def drop_running_furniture(pages: list[list[str]]) -> list[list[str]]:
    """Drop headers/footers that repeat at the top or bottom of most pages, and bare page numbers."""
    edge = 2
    if len(pages) < 2:
        # one page: a bare number at its top or bottom is its page number; one inside it ("2028" under
        # a heading wrapped before its year) is text
        return [_without_edge_lines(page, edge, frozenset()) for page in pages]
    counts: Counter[str] = Counter()
    for page in pages:
        nonblank = [ln for ln in page if ln.strip()]
        shapes = {_shape(ln) for ln in nonblank[:edge] + nonblank[-edge:]}
        counts.update(shapes)
    need = max(2, (len(pages) + 1) // 2)
    repeated = {shape for shape, n in counts.items() if n >= need and shape}
    return [_without_edge_lines(page, edge, repeated) for page in pages]


def _without_edge_lines(page: list[str], edge: int, repeated: set[str] | frozenset[str]) -> list[str]:
    """The page without the lines among its first and last `edge` non-blank ones that are a bare page number
    or have a `repeated` shape (a running header or footer)."""
    nonblank_idx = [i for i, ln in enumerate(page) if ln.strip()]
    edges = set(nonblank_idx[:edge] + nonblank_idx[-edge:])
    return [ln for i, ln in enumerate(page) if not (i in edges and (_shape(ln) in repeated or _is_edge_number(ln)))]


PRINTED_NUMBER = re.compile(
    r"^\s*(?:[-–—]\s*(\d{1,4})\s*[-–—]|(?:side|page|s\.)\s*(\d{1,4})(?:\s*(?:/|av|of)\s*\d{1,4})?|(\d{1,4}))\s*$",
    re.I,
)


def printed_page_number(lines: list[str]) -> int | None:
    """The page number printed at the top or bottom of a page ("– 4 –", "Side 4 av 7", "4"), if any."""
    nonblank = [ln for ln in lines if ln.strip()]
    for ln in nonblank[-2:][::-1] + nonblank[:2]:
        m = PRINTED_NUMBER.match(ln)
        if m:
            return int(next(g for g in m.groups() if g))
    return None


def page_offset(pages: list[list[str]]) -> int:
    """Physical page index minus printed page number, when the printed numbers agree on one offset.

    Citations use the printed number a reader sees on the page; links into the file add the
    offset back. Zero when the pages carry no consistent numbers.
    """
    offsets = Counter(
        index - number for index, page in enumerate(pages, start=1) if (number := printed_page_number(page)) is not None
    )
    if not offsets:
        return 0
    offset, votes = offsets.most_common(1)[0]
    return offset if votes >= 2 and votes * 2 > sum(offsets.values()) else 0


def _is_edge_number(text: str) -> bool:
    return bool(PAGE_NUMBER.match(text)) and bool(text.strip())


def strip_footnote_markers(text: str, numbers: list[int]) -> tuple[str, list[int]]:
    """Remove footnote digits glued to a word ("søknadsordningen2", "20241") for the given numbers."""
    found = []
    for n in numbers:
        pattern = re.compile(rf"(?:(?<=[A-Za-zÆØÅæøå)»”])|(?<=[a-zæøå][.,])|(?<=\b(?:19|20)\d\d)){n}(?=[\s.,;:)»”]|$)")
        text, hits = pattern.subn("", text, count=1)
        if hits:
            found.append(n)
    return text, found


def strip_page_markers(lines: list[str], numbers: list[int]) -> list[str]:
    """The page's lines with each footnote number's marker removed once, first occurrence first."""
    out = list(lines)
    for k, ln in enumerate(out):
        if numbers:
            out[k], found = strip_footnote_markers(ln, numbers)
            numbers = [n for n in numbers if n not in found]
    return out


_GAP = re.compile(r"(?<=\S)[ \t]{2,}(?=\S)")


def collapse_spaces(text: str) -> str:
    """The double spaces of justified text, as one: "Det  jobbes" → "Det jobbes"."""
    return _GAP.sub(" ", text)


# a contents line: "§ 6 Styret ........ 3", "3.4 Fordypning … 12", "Kapittel 2 Organer 7"
_CONTENTS_LINE = re.compile(r"^\S.{1,120}?(?:\s*(?:\.\s?){3,}|\s*…+|\s)\s*\d{1,3}$")
_CONTENTS_TITLE = re.compile(rf"^(?:{language().alternation('headings', 'contents')})\s*:?$", re.I)


def is_contents_page(lines: list[str]) -> bool:
    """A table-of-contents page: most lines end in a page number, with dot leaders or a contents title."""
    body = [ln.strip() for ln in lines if ln.strip()]
    if len(body) < 3:
        return False
    entries = [ln for ln in body if _CONTENTS_LINE.match(ln)]
    dotted = [ln for ln in entries if re.search(r"(?:\.\s?){3,}\s*\d+$|…\s*\d+$", ln)]
    titled = any(_CONTENTS_TITLE.match(ln) for ln in body[:2])
    return len(entries) >= 3 and (len(dotted) >= 3 or titled) and len(entries) >= 0.6 * (len(body) - titled)


def is_cover_page(lines: list[str]) -> bool:
    """A cover: a few short lines and no sentence on them."""
    body = [ln.strip() for ln in lines if ln.strip()]
    return 0 < len(body) <= 6 and sum(map(len, body)) < 240 and not any(ln.endswith((".", ":")) for ln in body)


_NOTE = re.compile(r"^(\d{1,2})\s+(\S.*)$")


def split_page_notes(lines: list[str], next_note: int) -> tuple[list[str], list[tuple[int, str]], int]:
    """Footnotes at a page's foot ("1 Lov om …"), numbered on from the previous page, whose markers
    are glued to a word above ("opplæringsloven1"). Returns body lines, notes, next note number."""
    for i in range(max(1, len(lines) - 8), len(lines)):
        m = _NOTE.match(lines[i].strip())
        if not m or int(m.group(1)) != next_note:
            continue
        body = lines[:i]
        notes: list[tuple[int, str]] = []
        expected = next_note
        for tail in lines[i:]:
            m2 = _NOTE.match(tail.strip())
            if m2 and int(m2.group(1)) == expected:
                notes.append((expected, m2.group(2).strip()))
                expected += 1
            elif notes and tail.strip():
                notes[-1] = (notes[-1][0], notes[-1][1] + " " + tail.strip())
        numbers = [n for n, _ in notes]
        marked = [n for n in numbers if any(strip_footnote_markers(ln, [n])[1] for ln in body)]
        if marked != numbers:
            continue  # numbered lines without markers above: a list, not footnotes
        return body, notes, expected
    return lines, [], next_note


_HEADER_CELL_CHARS = 40


# a cell that holds a number, a sum or a share ("41 000", "-312 000", "(98 000)", "12 %"), or a dash
_NUMBER_CELL = re.compile(r"[-–—]|[-−(]?\d[\d\s.,]*\)?\s?(?:%|kr|NOK|mill\.?)?")


def _header_cell(cell: str, below: list[str]) -> bool:
    """Can the cell name its column: short and no sentence; over a column of numbers a long name will do
    ("Gjennomsnittlig elevavgift i dag (kr per år)")."""
    if cell.endswith("."):
        return False
    numbers = [c for c in below if c]
    over_numbers = bool(numbers) and all(_NUMBER_CELL.fullmatch(c) for c in numbers)
    return len(cell) <= (2 if over_numbers else 1) * _HEADER_CELL_CHARS


def _first_row_is_data(rows: list[list[str]]) -> bool:
    """The first row's cells are values like those below them: one of them stands again in its column
    ("gjenvalgt"), or reads like the column's other cells ("Region Midtdalen" over "Region Kystlandet", where a
    header would say "Region"). A list of the elected set in columns has no header row."""
    for k, cell in enumerate(rows[0]):
        below = [row[k] for row in rows[1:] if k < len(row) and row[k]]
        if not cell or not below:
            continue
        if any(c.lower() == cell.lower() for c in below):
            return True
        words = cell.split()
        if len(words) >= 2 and sum(c.split()[0] == words[0] and len(c.split()) >= 2 for c in below) * 2 >= len(below):
            return True
    return False


def table_lines(rows: list[list[str]], header: bool | None = None) -> list[str]:
    """A table as one line per row, each cell named by its column header: "Indikator: … | 2024: 67 %".

    `header` says whether the first row is a header; None guesses: short cells, none a sentence,
    and not a two-column label/value table whose first row is already a long value.
    """
    rows = [[" ".join(c.split()) for c in row] for row in rows]
    rows = [row for row in rows if any(row)]
    if not rows:
        return []
    if header is None:
        first = rows[0]
        header = (
            len(rows) >= 2
            and len(first) >= 2
            and all(_header_cell(c, [row[k] for row in rows[1:] if k < len(row)]) for k, c in enumerate(first))
            and sum(bool(c) for c in first) >= len(first) - 1
            and not (len(first) == 2 and len(first[1]) > 25)
            and not _first_row_is_data(rows)
        )
    if not header:
        return [" | ".join(c for c in row if c) for row in rows]
    names = rows[0]
    out = []
    for row in rows[1:]:
        cells = []
        for k, cell in enumerate(row):
            if not cell:
                continue
            name = names[k] if k < len(names) else ""
            cells.append(f"{name}: {cell}" if name and name != cell else cell)
        if cells:
            out.append(" | ".join(cells))
    return out
