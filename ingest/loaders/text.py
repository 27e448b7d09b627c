"""Plain text and Markdown, including text exported page by page from a PDF."""

from __future__ import annotations

import re
from pathlib import Path

from ingest.errors import IngestError
from ingest.loaders.cleanup import URL_LINE, collapse_spaces, join_hyphenated, strip_footnote_markers
from ingest.records import DocumentInfo, Line, LoadedDocument

# "Kulturskolerådet, september 2025 side 17": a printed page footer that names its page.
FOOTER = re.compile(r"^\s*\S.{0,80}?\bside\s+(\d{1,4})\s*$", re.I)
FOOTNOTE = re.compile(r"^(\d{1,2})\s+\S")


def decode(path: Path, data: bytes) -> str:
    """UTF-8 text, or an IngestError that says where it is not."""
    if b"\x00" in data[:8192]:
        raise IngestError(path, "binary data, not text (NUL bytes)")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise IngestError(path, f"not valid UTF-8 text (byte 0x{data[exc.start]:02x} at offset {exc.start})") from None
    return text.replace("\r\n", "\n").replace("\r", "\n")


def split_exported_pages(raw: list[str]) -> list[list[str]] | None:
    """Pages of text exported from a PDF, or None when the text does not look exported.

    Such exports separate lines by blank lines and start each page with a space,
    straight after the previous page's last line (often its link list).
    """
    blank = sum(1 for ln in raw if not ln.strip())
    starts = [i for i in range(1, len(raw)) if re.match(r"^ \S", raw[i]) and raw[i - 1].strip() != ""]
    if len(raw) < 20 or blank < 0.35 * len(raw) or len(starts) < 2:
        return None
    pages, prev = [], 0
    for i in starts:
        pages.append(raw[prev:i])
        prev = i
    pages.append(raw[prev:])
    out: list[list[str]] = []
    for page in pages:
        current: list[str] = []
        for ln in page:
            current.append(ln)
            if FOOTER.match(ln):
                out.append(current)
                current = []
        out.append(current)
    return [p for p in out if any(ln.strip() for ln in p)]


def read_text(path: Path, data: bytes, info: DocumentInfo, sha: str, markdown: bool = False) -> LoadedDocument:
    """Read .txt/.md; exported-PDF text keeps its pages, links and footnotes apart."""
    text = decode(path, data)
    raw = text.split("\n")
    if "\f" in text and not markdown:
        page_lists = [p.split("\n") for p in text.split("\f")]
        exported = False
    else:
        page_lists = None if markdown else split_exported_pages(raw)
        exported = page_lists is not None
    doc = LoadedDocument(path=path, info=info, lines=[], sha256=sha)
    if page_lists is None:
        doc.lines = join_hyphenated([Line(ln.rstrip()) for ln in raw])
        return doc
    offset = 0
    for number, page in enumerate(page_lists, start=1):
        footer = next((FOOTER.match(ln) for ln in page if FOOTER.match(ln)), None)
        if footer:
            offset = int(footer.group(1)) - number
            break
    next_note = 1
    for number, page in enumerate(page_lists, start=1):
        page_no = number + offset
        body: list[str] = []
        for ln in page:
            if URL_LINE.match(ln):
                doc.links.setdefault(page_no, []).append(ln.strip())
            elif FOOTER.match(ln) and exported:
                continue
            elif not ln.strip():
                # exported text uses "" between every line; a line of spaces is a real gap
                if ln or not exported:
                    body.append("")
            else:
                body.append(collapse_spaces(ln.strip()))
        body, notes, next_note = _split_footnotes(body, next_note)
        if notes:
            doc.notes[page_no] = [f"{n} {t}" for n, t in notes]
            numbers = [n for n, _ in notes]
            for i, ln in enumerate(body):
                if numbers:
                    body[i], found = strip_footnote_markers(ln, numbers)
                    numbers = [n for n in numbers if n not in found]
        doc.lines.extend(Line(ln, page_no) for ln in body)
    doc.lines = join_hyphenated(doc.lines)
    doc.pages = len(page_lists) + offset
    if offset:
        doc.warnings.append(f"page numbers follow the printed footer (first page of text is page {1 + offset})")
    return doc


def _split_footnotes(body: list[str], next_note: int) -> tuple[list[str], list[tuple[int, str]], int]:
    """Footnote texts ("1 Søknad om …") stand last on a page, numbered on from the previous page."""
    for i, ln in enumerate(body):
        m = FOOTNOTE.match(ln)
        if not m or int(m.group(1)) != next_note or len(body) - i > 8:
            continue
        if i > 0 and body[i - 1] != "":
            continue
        notes: list[tuple[int, str]] = []
        expected = next_note
        for tail in body[i:]:
            if not tail:
                continue
            m2 = FOOTNOTE.match(tail)
            if m2 and int(m2.group(1)) == expected:
                notes.append((expected, tail[len(m2.group(1)) :].strip()))
                expected += 1
            elif notes:
                joiner = "" if notes[-1][1].endswith("-") else " "
                notes[-1] = (notes[-1][0], notes[-1][1] + joiner + tail.strip())
        return body[:i], notes, expected
    return body, [], next_note
