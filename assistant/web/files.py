"""The only files the web app serves: the ingested PDFs themselves, by an opaque key.

A key is derived from the document id and the content hash recorded in the index, so a
URL names one ingested version of one document and nothing else. The file is served only
while its bytes still hash to what was ingested: a file swapped for a link or another
file after ingest is refused.
"""

from __future__ import annotations

import hashlib
import os

from ingest.index import DocumentState

ROUTE = "/kra/pdf"


def document_key(doc: DocumentState) -> str:
    """An opaque, stable key for one ingested version of a document."""
    return hashlib.sha256(f"{doc.doc_id}\x00{doc.sha256}".encode()).hexdigest()[:24]


def pdf_url(doc: DocumentState, page: int | None = None) -> str | None:
    """The link that opens an ingested PDF (at a printed page number), or None for other formats."""
    if not doc.path.lower().endswith(".pdf"):
        return None
    anchor = f"#page={page + doc.page_offset}" if page else ""
    return f"{ROUTE}/{document_key(doc)}{anchor}"


class PdfFiles:
    """Reads an ingested PDF by key, only while it is still the file that was ingested."""

    def read(self, key: str, documents: dict[str, DocumentState]) -> bytes | None:
        doc = next((d for d in documents.values() if document_key(d) == key), None)
        if doc is None or not doc.path.lower().endswith(".pdf"):
            return None
        try:
            # the bytes that are hashed are the bytes that are sent: no window to swap the file
            fd = os.open(doc.path, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0))
            with os.fdopen(fd, "rb") as fh:
                data = fh.read()
        except OSError:
            return None  # gone, unreadable, or replaced by a link since ingest
        if hashlib.sha256(data).hexdigest() != doc.sha256 or not data.startswith(b"%PDF-"):
            return None
        return data
