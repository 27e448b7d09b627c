"""PDF via pypdf: text per page, running headers/footers and page numbers dropped, hyphens joined."""

from __future__ import annotations

import io
import logging
from pathlib import Path

from ingest.errors import IngestError
from ingest.loaders.cleanup import URL_LINE, drop_running_furniture, join_hyphenated
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
        pages = [(page.extract_text() or "") for page in reader.pages]
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
    cleaned = drop_running_furniture([text.split("\n") for text in pages])
    for number, page_lines in enumerate(cleaned, start=1):
        for raw in page_lines:
            if URL_LINE.match(raw):
                doc.links.setdefault(number, []).append(raw.strip())
            elif raw.strip():
                doc.lines.append(Line(raw.strip(), number))
        doc.lines.append(Line("", number))
    doc.lines = join_hyphenated(doc.lines)
    return doc
