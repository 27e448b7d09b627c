"""PDF via pypdf: text per page, running headers/footers and page numbers dropped, hyphens joined.

pypdf's visitor gives each piece of text its font and size. Lines set larger or bolder than the
body text are headings, ranked by type size; a short line of capitals in body size ("VISJON") is a
label. An item or sentence that runs over a page break stays one paragraph, with both pages.
"""

from __future__ import annotations

import io
import logging
import re
from collections import Counter
from dataclasses import replace
from pathlib import Path

from ingest.errors import IngestError
from ingest.lang import tr
from ingest.loaders.cleanup import (
    URL_LINE,
    collapse_spaces,
    drop_running_furniture,
    is_contents_page,
    is_cover_page,
    join_hyphenated,
    page_offset,
    split_page_notes,
    strip_page_markers,
    table_lines,
)
from ingest.records import DocumentInfo, Line, LoadedDocument

logging.getLogger("pypdf").setLevel(logging.ERROR)


def read_pdf(path: Path, data: bytes, info: DocumentInfo, sha: str) -> LoadedDocument:
    """Lines with their page numbers; encrypted, corrupt and image-only PDFs raise IngestError."""
    from pypdf import PdfReader
    from pypdf.errors import FileNotDecryptedError, PdfReadError

    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted:
            try:
                ok = reader.decrypt("")
            except Exception:  # noqa: BLE001 - unsupported crypto is the same answer
                ok = 0
            if not ok:
                raise IngestError(path, tr("read.pdf_encrypted"))
        read = [_page_text(page) for page in reader.pages]
        pages = [text for text, _ in read]
        styles = [style for _, style in read]
    except IngestError:
        raise
    except FileNotDecryptedError:
        raise IngestError(path, tr("read.pdf_encrypted")) from None
    except (PdfReadError, ValueError, KeyError, TypeError, OSError) as exc:
        raise IngestError(path, tr("read.pdf_corrupt", error=f"{exc.__class__.__name__}: {exc}")) from None
    if not pages:
        raise IngestError(path, tr("read.pdf_no_pages"))
    empty = [i + 1 for i, text in enumerate(pages) if not text.strip()]
    if len(empty) == len(pages):
        raise IngestError(path, tr("read.pdf_no_text"))
    doc = LoadedDocument(path=path, info=info, lines=[], sha256=sha, pages=len(pages))
    if empty:
        doc.warnings.append(tr("read.pdf_pages_without_text", pages=", ".join(map(str, empty))))
    raw_pages = [text.split("\n") for text in pages]
    offset = page_offset(raw_pages)
    doc.page_offset = offset
    cleaned = drop_running_furniture(raw_pages)
    next_note = 1
    for physical, page_lines in enumerate(cleaned, start=1):
        # the printed page number is what a reader cites; pages before it (a cover) have none
        number = physical - offset if physical - offset >= 1 else None
        if is_contents_page(page_lines):
            continue  # the contents list repeats the headings with page numbers
        if physical == 1 and len(cleaned) > 2 and is_cover_page(page_lines):
            page_lines = [next(ln for ln in page_lines if ln.strip())]  # the cover keeps its title
        page_lines, notes, next_note = split_page_notes(page_lines, next_note)
        if notes:
            doc.notes[number] = [f"{n} {t}" for n, t in notes]
            page_lines = strip_page_markers(page_lines, [n for n, _ in notes])
        body: list[tuple[str, tuple[float, bool] | None]] = []
        for raw in page_lines:
            if URL_LINE.match(raw):
                doc.links.setdefault(number, []).append(raw.strip())
            elif raw.strip():
                body.append((collapse_spaces(raw.strip()), styles[physical - 1].get(_key(raw))))
        doc.lines.extend(_with_tables(body, number))
        doc.lines.append(Line("", number))
    marked = _mark_headings(doc.lines)
    doc.headings = "fonts" if marked is not doc.lines else ""
    doc.lines = _separate_numbered_items(join_hyphenated(_join_page_breaks(_merge_wrapped_headings(marked))))
    return doc


_NUMBERED_ITEM = re.compile(r"^\d{1,2}[.)]\s+\S")


def _separate_numbered_items(lines: list[Line]) -> list[Line]:
    """A gap before "2. …" when the line above ends a sentence: each numbered item is a unit of its own,
    as a bullet is (the sentence splitter does not start a sentence at a digit)."""
    out: list[Line] = []
    for line in lines:
        prev = out[-1] if out else None
        if (
            prev is not None
            and prev.text
            and _NUMBERED_ITEM.match(line.text)
            and line.heading is None
            and prev.text.rstrip().endswith(_SENTENCE_END)
        ):
            out.append(Line("", prev.page))
        out.append(line)
    return out


_SENTENCE_END = (".", "!", "?", ":", "»", "”")
_MARKER = re.compile(r"^(?:[•o▪\-–*·◦]\s|\d{1,2}[.)]\s|\(\d{1,2}\)\s|[a-zæøå]\)\s)")


def _key(text: str) -> str:
    return "".join(text.split())


def _with_tables(body: list[tuple[str, tuple[float, bool] | None]], page: int | None) -> list[Line]:
    """Lines of one page; a run of table rows (" | ") gets its header row written into every row."""
    out: list[Line] = []
    k = 0
    while k < len(body):
        text, style = body[k]
        if " | " not in text:
            out.append(Line(text, page, role=None, heading=None) if style is None else _styled(text, page, style))
            k += 1
            continue
        run = [text]
        while k + len(run) < len(body) and " | " in body[k + len(run)][0]:
            run.append(body[k + len(run)][0])
        cells = [row.split(" | ") for row in run]
        same = len(run) >= 2 and len({len(c) for c in cells}) == 1
        rows = table_lines(cells) if same else run
        out.extend(Line(row, page, role="row") for row in rows)
        k += len(run)
    return out


def _styled(text: str, page: int | None, style: tuple[float, bool]) -> Line:
    # the type size and weight travel in `notes` until `_mark_headings` turns them into a rank
    return Line(text, page, notes=(f"\x00{style[0]:.1f}:{int(style[1])}",))


def _style_of(line: Line) -> tuple[float, bool] | None:
    if line.notes and line.notes[0].startswith("\x00"):
        size, bold = line.notes[0][1:].split(":")
        return float(size), bold == "1"
    return None


def _mark_headings(lines: list[Line]) -> list[Line]:
    """Headings by type: larger or bold lines ranked by size (1 = largest); a short capitals line is a label.

    Returns the same list when the document's type does not vary (then the structure step guesses).
    """
    sizes: Counter[float] = Counter()
    for line in lines:
        if (style := _style_of(line)) is not None:
            sizes[_type(style)[0]] += len(line.text)
    if not sizes:
        return [replace(ln, notes=()) if _style_of(ln) else ln for ln in lines]
    body = sizes.most_common(1)[0][0]
    kinds: dict[int, tuple[float, bool] | str] = {}
    for k, line in enumerate(lines):
        style = _style_of(line)
        if style is None or line.role == "row":
            continue
        size, bold = _type(style)
        text = line.text
        words = text.split()
        if _is_label(text) and size <= body * 1.15:
            kinds[k] = "label"
        elif kinds.get(k - 1) == "label":
            continue  # what a label labels ("VISJON" over the vision in large type) is its text, no heading
        elif (
            (size >= body + 1.5 or (bold and size >= body - 0.5))
            and len(text) <= 150
            and len(words) <= 16
            and not _MARKER.match(text)
            and not text.endswith((",", ";"))
            and (size >= body + 1.5 or not text.endswith("."))
            and (text[0].isupper() or text[0].isdigit() or text[0] in "§«" or kinds.get(k - 1) == (size, bold))
        ):
            # a line in lower case goes on with the heading above it in the same type ("Tiltak 3.1 Modell
            # for regionale" / "fordypningstilbud" in a narrow column)
            kinds[k] = (size, bold)
    # a heading that wraps after a comma ("Endringsforslag fra Knut Sævareid," / "Fjellstrand kommune"): the
    # first line, in the type of the heading line right below it, is that heading's start
    for k in range(len(lines) - 1):
        style, below = _style_of(lines[k]), kinds.get(k + 1)
        if k in kinds or style is None or not isinstance(below, tuple) or not lines[k].text.endswith(","):
            continue
        if _type(style) == below and lines[k].page == lines[k + 1].page:
            kinds[k] = below
    tiers = sorted({v for v in kinds.values() if v != "label"}, key=lambda t: (-t[0], not t[1]))
    if not tiers:
        return [replace(ln, notes=()) if _style_of(ln) else ln for ln in lines]
    out = []
    for k, line in enumerate(lines):
        plain = replace(line, notes=()) if _style_of(line) else line
        kind = kinds.get(k)
        if kind == "label":
            out.append(replace(plain, role="label"))
        elif kind is not None:
            out.append(replace(plain, heading=tiers.index(kind) + 1))
        else:
            out.append(plain)
    return out


def _type(style: tuple) -> tuple[float, bool]:
    """A line's type: its size to the half point, and whether it is bold."""
    return round(style[0] * 2) / 2, style[1]


def _is_label(text: str) -> bool:
    """ "VISJON", "VÅRE VERDIER": a few words in capitals, no digits."""
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 3 and text.upper() == text and len(text.split()) <= 4 and not any(c.isdigit() for c in text)


_YEARS = re.compile(r"(?:19|20)\d\d(?:\s?[–-]\s?(?:19|20)?\d\d)?\.?")  # a line of a year or a period alone


def _merge_wrapped_headings(lines: list[Line]) -> list[Line]:
    """A heading set over two lines in the same type is one heading: "Hovedmål 2:" / "Et fellesskap for alle"."""
    out: list[Line] = []
    for line in lines:
        prev = out[-1] if out else None
        if (
            prev is not None
            and line.heading is not None
            and prev.heading == line.heading
            and prev.page == line.page
            and (
                line.text[0].islower()
                or prev.text.endswith(("–", "-", ",", ":", " og"))
                or _YEARS.fullmatch(line.text)  # "… for Landstinget" / "2028"
            )
        ):
            out[-1] = replace(prev, text=f"{prev.text} {line.text}")
            continue
        out.append(line)
    return out


def _join_page_breaks(lines: list[Line]) -> list[Line]:
    """Drop the gap at a page break when the text runs on: a sentence or a list item continued."""
    out: list[Line] = []
    for k, line in enumerate(lines):
        if line.text == "" and 0 < k < len(lines) - 1 and out and _continues(out, lines[k + 1]):
            continue
        out.append(line)
    return out


def _continues(before_lines: list[Line], after: Line) -> bool:
    """The line after a page break goes on with the unfinished sentence or item before it."""
    before = before_lines[-1]
    if not before.text or not after.text or before.page == after.page:
        return False
    if before.heading is not None or before.role in ("label", "row") or after.heading is not None or after.role:
        return False
    if before.text.rstrip().endswith(_SENTENCE_END) or _MARKER.match(after.text):
        return False
    if after.text[0].islower():
        return True
    # an item cut by the break goes on in a capitalised word ("… sammen med" / "Udir og KS.")
    for line in reversed(before_lines[-8:]):
        if line.page != before.page or line.heading is not None or not line.text:
            return False
        if _MARKER.match(line.text):
            return True
        if line is not before and line.text.rstrip().endswith(_SENTENCE_END):
            return False
    return False


def _mult(m: list[float], n: list[float]) -> list[float]:
    return [
        m[0] * n[0] + m[1] * n[2],
        m[0] * n[1] + m[1] * n[3],
        m[2] * n[0] + m[3] * n[2],
        m[2] * n[1] + m[3] * n[3],
        m[4] * n[0] + m[5] * n[2] + n[4],
        m[4] * n[1] + m[5] * n[3] + n[5],
    ]


_BOLD = re.compile(r"bold|black|heavy|semibold|demi", re.I)


def _page_text(page) -> tuple[str, dict[str, tuple[float, bool]]]:
    """The page's text in reading order (a table row as one line with " | " between cells), and the
    type size and boldness of each line, keyed by its text without spaces."""
    fragments: list[tuple[float, float, float, str]] = []
    weights: list[bool] = []

    def visit(text, cm, tm, font, size):
        if text.strip():
            m = _mult(list(tm), list(cm))
            fragments.append((m[4], m[5], abs(size * (m[0] or 1.0)), text.strip()))
            name = str((font or {}).get("/BaseFont", "")) if hasattr(font, "get") else ""
            weights.append(bool(_BOLD.search(name)))

    text = page.extract_text(visitor_text=visit) or ""
    styles = _line_styles(fragments, weights)
    text = _with_layout_tables(text, fragments)
    baselines: list[list[tuple[float, float, float, str]]] = []
    for frag in fragments:
        if baselines and abs(frag[1] - baselines[-1][-1][1]) < 1.0:
            baselines[-1].append(frag)
        else:
            baselines.append([frag])
    # a row: cells far apart; further rows: cells starting at the same columns as a row found so far
    found: list[list[tuple[float, float, float, str]]] = []  # the rows found so far
    rows: dict[str, str] = {}
    for run in baselines:
        wide = _far_apart(run, 0.6, 2.5)
        # each piece in its own column of a row found so far (a right-aligned sum inside its column's span,
        # a centred cell under its column's centre)
        aligned = len(run) >= 2 and any(
            len(row) == len(run)
            and all(_cell_column(f, row, followed=n < len(run) - 1) == n for n, f in enumerate(run))
            for row in found
        )
        if wide or aligned:
            found.append(run)
            rows[" ".join(f[3] for f in run)] = " | ".join(f[3] for f in run)
    return "\n".join(rows.get(" ".join(ln.split()), ln) for ln in text.split("\n")), styles


# A table is found from its header row: cells on one baseline far apart. Its rows follow while every
# piece of text starts at one of the header's columns and fits in it; a cell's wrapped lines sit one
# line apart, a new row lower than that. Cells are put back together across their lines.
_COLUMN_SLACK = 3.0  # points a cell's text may start off its column
_CENTRE_SLACK = 1.0  # type sizes a centred cell's middle may lie off its column header's middle
_CHAR_WIDTH = 0.5  # average letter width as a share of the type size
_ROW_GAP = 1.25  # a gap this many times the table's line spacing starts a new row
_MAX_GAP = 2.5  # a gap this many times the line spacing ends the table
_OVERRUN = 1.5  # a piece this many times as wide as its column's span is running text, not a cell
_SIZE_SLACK = 0.75  # points a row's type size may differ from its header's
_HEADER_GAP = 1.5  # header cells lie at least this many type sizes apart
_HEADER_CELL_CHARS = 30  # a longer piece of text is no column header
_HEADER_BAND_GAP = 1.5  # the lines of a header whose cells wrap lie at most this many type sizes apart
_PROSE_FILL = 0.6  # lines that fill this share of their column on average are running text
_FULL_LINE = 0.7  # a line filling this share of its column is a full line of running text
_PROSE_SHARE = 0.7  # below a header, this share of full lines in the left columns makes two columns of prose
_ALIGNED_CELL = re.compile(
    # a number, a sum or a share, perhaps after a short word ("under 12 000", "ca. 300", "over 50 %")
    r"[-–—]|(?:[^\W\d_]{1,8}\.?\s)?[\d\s.,%()]*\d[\d\s.,%()]*(?:\s?(?:kr|NOK|mill\.?|mrd\.?))?"
    r"|[^\W\d_]{2,12}(?:\s[^\W\d_]{2,12})?"  # a short centred word cell: "ikke målt", "ja", "løpende"
)
_COLUMN_MAJOR_PIECES = 3  # pieces two columns must each have before their writing order says columns, not rows
_NUMBERED_HEADING = re.compile(r"^\d+(?:\.\d+)*\.?\s+\w")  # "2.1 Kunst som egenverdi": a heading, no column name


def _baselines(fragments: list[tuple[float, float, float, str]]) -> list[tuple[float, list[int]]]:
    """Fragment indices grouped by baseline, top of the page first."""
    groups: list[tuple[float, list[int]]] = []
    for k in sorted(range(len(fragments)), key=lambda k: -fragments[k][1]):
        if groups and abs(groups[-1][0] - fragments[k][1]) < 1.0:
            groups[-1][1].append(k)
        else:
            groups.append((fragments[k][1], [k]))
    return [(y, sorted(ks, key=lambda k: fragments[k][0])) for y, ks in groups]


def _far_apart(run: list[tuple[float, float, float, str]], char_width: float, gap: float) -> bool:
    """Two or more pieces on a baseline, each ending (at `char_width` type sizes a letter) more than
    `gap` type sizes before the next starts: cells of a row, not words of justified text."""
    return len(run) >= 2 and all(
        b[0] - (a[0] + char_width * a[2] * len(a[3])) > gap * a[2] for a, b in zip(run, run[1:], strict=False)
    )


def _is_prose(run: list[tuple[float, float, float, str]]) -> bool:
    """Two columns of running text, not a header row: the lines fill their columns, or are long."""
    fill = [_CHAR_WIDTH * a[2] * len(a[3]) / max(b[0] - a[0], 1.0) for a, b in zip(run, run[1:], strict=False)]
    return any(len(f[3]) > _HEADER_CELL_CHARS for f in run) or sum(fill) / len(fill) > _PROSE_FILL


def _layout_tables(fragments: list[tuple[float, float, float, str]]) -> list[tuple[list[int], list[list[str]]]]:
    """Tables whose cells wrap over several lines: the fragments each takes, and its rows of cells."""
    lines = _baselines(fragments)
    tables = []
    i = 0
    while i < len(lines):
        head = [fragments[k] for k in lines[i][1]]
        if not _far_apart(head, _CHAR_WIDTH, _HEADER_GAP) or _is_prose(head):
            i += 1
            continue
        columns = [f[0] for f in head]
        region = [lines[i]]
        j = i + 1
        while j < len(lines):
            y, ks = lines[j]
            gap = region[-1][0] - y
            # the line spacing so far; below the header it is this first gap itself
            spacing = _spacing(region, fragments, columns) or gap
            if gap > _MAX_GAP * max(spacing, fragments[ks[0]][2]):
                break
            # a table is set in one type size: a heading below it ("Sak 37/27 …") is no row of it
            if any(abs(fragments[k][2] - head[0][2]) > _SIZE_SLACK for k in ks):
                break
            # a piece with another after it on its line ends before that one starts, whatever its length
            if any(_cell_column(fragments[k], head, followed=k != ks[-1]) is None for k in ks):
                break
            # a line of running text alone across the columns ("Omfanget i tabellen er et minimum …") is past it
            if len(ks) == 1 and len(columns) >= 2 and _overruns(fragments[ks[0]], columns):
                break
            region.append(lines[j])
            j += 1
        # where every line is spaced alike ("Tid: …" / "Sted: …" / a wrapped "Til stede: …"), rows are
        # not told apart by gaps: a line with text in the first column starts one, and a line with text
        # in the first column only ("Tiltak" under an indicator table) is past the table
        narrowest = _narrowest(region)
        even = all(a[0] - b[0] <= _ROW_GAP * narrowest for a, b in zip(region, region[1:], strict=False))
        if even:
            alone = next((n for n, (_, ks) in enumerate(region) if n and _first_column_only(ks, head, fragments)), None)
            if alone is not None:
                region, j = region[:alone], i + alone
        wrapped = len(region) > 2 and any(len(ks) < len(columns) for _, ks in region[1:])
        if (
            not wrapped
            or _two_columns_of_prose(head, region[1:], columns, fragments)
            or _column_major(region, columns, fragments)
        ):
            # one line per row: the line-by-line reading already has it; two columns of running text
            # under headings side by side ("2.1 …" | "2.3 …") are read column by column as they are
            i = j
            continue
        # rows lower than the line spacing within a column (a padded table) start where the gap is; else, as
        # before, a gap wider than the narrowest (cells centred half a line off join their row's lines)
        spacing = _spacing(region, fragments, columns)
        gaps = [a[0] - b[0] for a, b in zip(region, region[1:], strict=False)]
        if not any(g > _ROW_GAP * spacing for g in gaps):
            spacing = narrowest
        rows: list[list[list[int]]] = []
        for n, (y, ks) in enumerate(region):
            first = _cell_column(fragments[ks[0]], head, followed=ks[0] != ks[-1]) == 0
            new = n == 0 or (first if even else region[n - 1][0] - y > _ROW_GAP * spacing)
            if new:
                rows.append([[] for _ in columns])
            for k in ks:
                rows[-1][_cell_column(fragments[k], head, followed=k != ks[-1])].append(k)
        cells = [[" ".join(fragments[k][3] for k in cell) for cell in row] for row in rows]
        if len(rows) >= 2:
            tables.append(([k for _, ks in region for k in ks], cells))
        i = j
    return tables


def _overruns(frag: tuple[float, float, float, str], columns: list[float]) -> bool:
    """Does a piece of text run far past the column it starts in (a cell wraps inside its column)?"""
    column = _column_of(frag[0], columns)
    if column + 1 >= len(columns):
        return False
    return _CHAR_WIDTH * frag[2] * len(frag[3]) > _OVERRUN * (columns[column + 1] - columns[column])


def _narrowest(region: list[tuple[float, list[int]]]) -> float:
    """The narrowest gap between two lines of a table region (one line: none)."""
    return min((a[0] - b[0] for a, b in zip(region, region[1:], strict=False)), default=0.0)


def _spacing(
    region: list[tuple[float, list[int]]], fragments: list[tuple[float, float, float, str]], columns: list[float]
) -> float:
    """The narrowest line spacing of a table region (one line: no spacing), measured between lines of one
    column: a cell centred in its row sits half a line off the lines beside it ("Fordypningsprogram" between
    the two lines of the cell next to it), which is no spacing of the table's lines."""
    below: dict[int, float] = {}
    gaps = []
    for y, ks in region:
        for column in {_column_of(fragments[k][0], columns) for k in ks}:
            if column in below:
                gaps.append(below[column] - y)
            below[column] = y
    return min(gaps, default=_narrowest(region))


def _first_column_only(ks: list[int], head: list, fragments: list[tuple[float, float, float, str]]) -> bool:
    return all(_cell_column(fragments[k], head, followed=k != ks[-1]) == 0 for k in ks)


def _two_columns_of_prose(
    head: list[tuple[float, float, float, str]],
    body: list[tuple[float, list[int]]],
    columns: list[float],
    fragments: list[tuple[float, float, float, str]],
) -> bool:
    """Headings side by side over running text: every "header cell" is a numbered heading, or most
    lines of the left columns fill their column as the lines of a paragraph do."""
    if all(_NUMBERED_HEADING.match(f[3]) for f in head):
        return True
    fills = []
    for _, ks in body:
        for k in ks:
            c = _column_of(fragments[k][0], columns)
            if c + 1 < len(columns):
                x, _, size, text = fragments[k]
                fills.append(_CHAR_WIDTH * size * len(text) / max(columns[c + 1] - columns[c], 1.0))
    return len(fills) >= 4 and sum(f > _FULL_LINE for f in fills) >= _PROSE_SHARE * len(fills)


def _column_major(
    region: list[tuple[float, list[int]]], columns: list[float], fragments: list[tuple[float, float, float, str]]
) -> bool:
    """Is the region written column by column: every piece of a column before any piece of the next? A
    table is written row by row; text set in columns is written down one column, then the next, and
    the page's text reading already has it in that order."""
    by_column: list[list[int]] = [[] for _ in columns]
    for _, ks in region:
        for k in ks:  # k is the piece's place in the page's content stream
            by_column[_column_of(fragments[k][0], columns)].append(k)
    filled = [ks for ks in by_column if ks]
    if len(filled) < 2 or sum(len(ks) >= _COLUMN_MAJOR_PIECES for ks in filled) < 2:
        return False
    return all(max(a) < min(b) for a, b in zip(filled, filled[1:], strict=False))


def _cell_column(
    frag: tuple[float, float, float, str], head: list[tuple[float, float, float, str]], followed: bool = False
) -> int | None:
    """The column of a table (given by its header's or an earlier row's pieces) a piece belongs to: by
    where it starts (`_in_column`), or, for a cell centred under its column, by where its middle is. None
    when it fits no column."""
    columns = [f[0] for f in head]
    if _in_column(frag, columns, followed):
        return _column_of(frag[0], columns)
    middle = _middle(frag)
    near = [n for n, h in enumerate(head) if abs(_middle(h) - middle) <= _CENTRE_SLACK * frag[2]]
    return near[0] if len(near) == 1 else None


def _middle(frag: tuple[float, float, float, str]) -> float:
    return frag[0] + _CHAR_WIDTH * frag[2] * len(frag[3]) / 2  # letter widths are guessed


def _column_of(x: float, columns: list[float]) -> int:
    """The column whose span (from its start to the next column's) holds x: a right-aligned sum sits
    inside its column, nearer the next column's start than its own."""
    inside = [c for c in range(len(columns)) if columns[c] - _COLUMN_SLACK <= x]
    return inside[-1] if inside else 0


def _in_column(frag: tuple[float, float, float, str], columns: list[float], followed: bool = False) -> bool:
    """Starts at a column and ends before the next one (with a little room); a piece `followed` by
    another on its line is known to end before that one starts."""
    c = _column_of(frag[0], columns)
    end = frag[0] + _CHAR_WIDTH * frag[2] * len(frag[3])  # letter widths are guessed
    if abs(columns[c] - frag[0]) > _COLUMN_SLACK:
        # a number inside a column's span: a right-aligned or centred cell ("250 000", "12 %", "–"); a
        # piece that starts just left of a column's start is no cell of the column before it
        if frag[0] < columns[0] - _COLUMN_SLACK or not _ALIGNED_CELL.fullmatch(frag[3]):
            return False
        if any(0 < s - frag[0] <= 2 * _COLUMN_SLACK for s in columns):
            return False
        return c + 1 >= len(columns) or end <= columns[c + 1] + 2 * frag[2]
    if c + 1 >= len(columns) or followed:
        return True
    return end <= columns[c + 1] + 0.25 * (columns[c + 1] - columns[c]) + 2 * frag[2]  # a quarter more room


def _stacked_headers(fragments: list[tuple[float, float, float, str]]) -> list[tuple[list[int], list[list[str]]]]:
    """Header rows whose cells wrap over several lines above rows of one line each, the cells centred up and
    down ("Gjennomsnittlig" / "Antall" "elevavgift i dag" / "kommuner" "år)"): the fragments each takes, and
    the header as one row of cells. The rows under it, short cells on one baseline far apart, give the
    columns; each header piece goes to the column whose middle is nearest its own."""
    lines = _baselines(fragments)
    found = []
    n = 0
    while n < len(lines):
        run = [fragments[k] for k in lines[n][1]]
        if not _short_row(run):
            n += 1
            continue
        width = len(run)
        end = n
        while end + 1 < len(lines) and _short_row([fragments[k] for k in lines[end + 1][1]], width):
            end += 1
        if end == n:
            n += 1
            continue
        size = run[0][2]
        band: list[tuple[float, list[int]]] = []
        below = lines[n][0]
        for y, ks in reversed(lines[:n]):
            pieces = [fragments[k] for k in ks]
            gap = y - below
            limit = _HEADER_BAND_GAP if band else _MAX_GAP + 0.5
            unlike = any(abs(f[2] - size) > _SIZE_SLACK or len(f[3]) > _HEADER_CELL_CHARS for f in pieces)
            if gap > limit * size or unlike:
                break
            band.insert(0, (y, ks))
            below = y
        rows = [[fragments[k] for k in ks] for _, ks in lines[n : end + 1]]
        middles = [sorted(_middle(row[c]) for row in rows)[len(rows) // 2] for c in range(width)]
        cells: list[list[str]] = [[] for _ in range(width)]
        for _, ks in band:
            for k in ks:
                cells[min(range(width), key=lambda c: abs(middles[c] - _middle(fragments[k])))].append(fragments[k][3])
        if len(band) >= 2 and all(cells):
            found.append(([k for _, ks in band for k in ks], [[" ".join(c) for c in cells]]))
        n = end + 1
    return found


def _short_row(run: list[tuple[float, float, float, str]], width: int | None = None) -> bool:
    """A table row of short cells far apart (`width` of them, when given)."""
    return (
        len(run) >= 2
        and (width is None or len(run) == width)
        and _far_apart(run, 0.6, 2.5)
        and all(len(f[3]) <= _HEADER_CELL_CHARS for f in run)
    )


def _with_layout_tables(text: str, fragments: list[tuple[float, float, float, str]]) -> str:
    """The page text with each table whose cells wrap written as one line per row (" | " between cells)."""
    tables = _layout_tables(fragments) + _stacked_headers(fragments)
    if not tables:
        return text
    lines = text.split("\n")
    for taken, cells in tables:
        keys = {_key(fragments[k][3]) for k in taken}
        spots = _table_spots([n for n, ln in enumerate(lines) if ln.strip() and _all_pieces(_key(ln), keys)], lines)
        if not spots:
            continue
        rows = [" | ".join(c or "–" for c in row) for row in cells]
        drop = set(spots)
        lines = [*lines[: spots[0]], *rows, *(ln for n, ln in enumerate(lines) if n > spots[0] and n not in drop)]
    return "\n".join(lines)


def _table_spots(spots: list[int], lines: list[str]) -> list[int]:
    """The lines the table stands on: the longest run of table lines next to each other (blank lines
    between them aside). A line elsewhere on the page that reads like one of its cells ("Vedtak:") is no
    part of it."""
    runs: list[list[int]] = []
    for n in spots:
        if runs and all(not ln.strip() for ln in lines[runs[-1][-1] + 1 : n]):
            runs[-1].append(n)
        else:
            runs.append([n])
    return max(runs, key=len, default=[])


def _all_pieces(key: str, pieces: set[str]) -> bool:
    """Is the line (without spaces) made of table pieces only, or a piece itself?"""
    if not key:
        return False
    if key in pieces:
        return True
    return any(key.startswith(p) and _all_pieces(key[len(p) :], pieces) for p in pieces if p)


def _line_styles(
    fragments: list[tuple[float, float, float, str]], weights: list[bool]
) -> dict[str, tuple[float, bool]]:
    """Per text line (fragments on one baseline): the size most of its letters have, and bold if nearly all are."""
    styles: dict[str, tuple[float, bool]] = {}
    run: list[int] = []
    for k in [*range(len(fragments)), -1]:
        if k >= 0 and run and abs(fragments[k][1] - fragments[run[-1]][1]) < 1.0:
            run.append(k)
            continue
        if run:
            chars = sum(len(fragments[j][3]) for j in run) or 1
            sizes: Counter[float] = Counter()
            for j in run:
                sizes[round(fragments[j][2], 1)] += len(fragments[j][3])
            bold = sum(len(fragments[j][3]) for j in run if weights[j]) >= 0.9 * chars
            styles.setdefault(_key("".join(fragments[j][3] for j in run)), (sizes.most_common(1)[0][0], bold))
        run = [k] if k >= 0 else []
    return styles
