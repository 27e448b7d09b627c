"""PDF via pypdf: text per page, running headers/footers and page numbers dropped, hyphens joined."""

from __future__ import annotations

import io
import logging
from pathlib import Path

from ingest.errors import IngestError
from ingest.loaders.cleanup import (
    URL_LINE,
    collapse_spaces,
    drop_running_furniture,
    is_contents_page,
    is_cover_page,
    join_hyphenated,
    page_offset,
    split_page_notes,
    strip_footnote_markers,
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
                raise IngestError(path, "encrypted PDF (needs a password); save an unencrypted copy")
        pages = [_page_text(page) for page in reader.pages]
    except IngestError:
        raise
    except FileNotDecryptedError:
        raise IngestError(path, "encrypted PDF (needs a password); save an unencrypted copy") from None
    except (PdfReadError, ValueError, KeyError, TypeError, OSError) as exc:
        raise IngestError(path, f"corrupt or unreadable PDF ({exc.__class__.__name__}: {exc})") from None
    if not pages:
        raise IngestError(path, "PDF has no pages")
    empty = [i + 1 for i, text in enumerate(pages) if not text.strip()]
    if len(empty) == len(pages):
        raise IngestError(path, "PDF has no text layer (scanned or image-only); it needs OCR first")
    doc = LoadedDocument(path=path, info=info, lines=[], sha256=sha, pages=len(pages))
    if empty:
        doc.warnings.append(f"pages without text (need OCR): {', '.join(map(str, empty))}")
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
            numbers = [n for n, _ in notes]
            for k, ln in enumerate(page_lines):
                if numbers:
                    page_lines[k], found = strip_footnote_markers(ln, numbers)
                    numbers = [n for n in numbers if n not in found]
        page_start = len(doc.lines)
        for raw in page_lines:
            if URL_LINE.match(raw):
                doc.links.setdefault(number, []).append(raw.strip())
            elif raw.strip():
                doc.lines.append(Line(collapse_spaces(raw.strip()), number))
        if page_start and doc.lines[page_start - 1].text == "" and _continues(doc.lines, page_start):
            del doc.lines[page_start - 1]  # a sentence running on over the page break stays one paragraph
        doc.lines.append(Line("", number))
    doc.lines = join_hyphenated(doc.lines)
    return doc


def _continues(lines: list[Line], first: int) -> bool:
    """The page starting at `first` goes on with the previous page's unfinished sentence."""
    if first >= len(lines) or first < 2:
        return False
    before, after = lines[first - 2].text, lines[first].text
    return bool(after) and after[0].islower() and not before.rstrip().endswith((".", "!", "?", ":"))


def _mult(m: list[float], n: list[float]) -> list[float]:
    return [
        m[0] * n[0] + m[1] * n[2],
        m[0] * n[1] + m[1] * n[3],
        m[2] * n[0] + m[3] * n[2],
        m[2] * n[1] + m[3] * n[3],
        m[4] * n[0] + m[5] * n[2] + n[4],
        m[4] * n[1] + m[5] * n[3] + n[5],
    ]


def _page_text(page) -> str:
    """The page's text in reading order; a table row reads as one line with " | " between cells."""
    fragments: list[tuple[float, float, float, str]] = []

    def visit(text, cm, tm, font, size):
        if text.strip():
            m = _mult(list(tm), list(cm))
            fragments.append((m[4], m[5], abs(size * (m[0] or 1.0)), text.strip()))

    text = page.extract_text(visitor_text=visit) or ""
    rows: dict[str, str] = {}
    run: list[tuple[float, float, float, str]] = []
    for frag in [*fragments, (0.0, float("nan"), 0.0, "")]:
        if run and abs(frag[1] - run[-1][1]) < 1.0:
            run.append(frag)
            continue
        if len(run) >= 2 and all(
            b[0] - (a[0] + 0.6 * a[2] * len(a[3])) > 2.5 * a[2] for a, b in zip(run, run[1:], strict=False)
        ):
            rows[" ".join(f[3] for f in run)] = " | ".join(f[3] for f in run)
        run = [frag]
    if not rows:
        return text
    return "\n".join(rows.get(" ".join(ln.split()), ln) for ln in text.split("\n"))
