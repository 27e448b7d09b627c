"""Readers that turn a file into lines with page numbers, one module per format."""

from __future__ import annotations

import hashlib
from pathlib import Path

from ingest.errors import IngestError
from ingest.lang import tr
from ingest.records import DocumentInfo, LoadedDocument

SUPPORTED = {".pdf", ".txt", ".md", ".markdown", ".docx"}


def check_size(path: Path, max_bytes: int | None) -> None:
    """Refuse a file over the configured limit before reading it."""
    size = path.stat().st_size
    if max_bytes is not None and size > max_bytes:
        raise IngestError(path, tr("read.too_large", size=size, limit=max_bytes))


def load_document(
    path: Path, info: DocumentInfo, max_bytes: int | None = None, docx_limits: dict | None = None
) -> LoadedDocument:
    """Read one file by its extension; raise IngestError naming the file and the problem."""
    if path.is_symlink() and not path.exists():
        raise IngestError(path, tr("read.broken_link"))
    if not path.exists():
        raise IngestError(path, tr("read.no_such_file"))
    if not path.is_file():
        raise IngestError(path, tr("read.not_a_file"))
    suffix = path.suffix.lower()
    if suffix not in SUPPORTED:
        raise IngestError(path, unsupported_type(suffix))
    if path.stat().st_size == 0:
        raise IngestError(path, tr("read.empty_file"))
    check_size(path, max_bytes)
    data = path.read_bytes()
    sha = hashlib.sha256(data).hexdigest()
    if suffix == ".pdf":
        from ingest.loaders.pdf import read_pdf

        doc = read_pdf(path, data, info, sha)
    elif suffix == ".docx":
        from ingest.loaders.docx import read_docx

        doc = read_docx(path, data, info, sha, **(docx_limits or {}))
    else:
        from ingest.loaders.text import read_text

        doc = read_text(path, data, info, sha, markdown=suffix in {".md", ".markdown"})
    if not any(line.text.strip() for line in doc.lines):
        raise IngestError(path, tr("read.no_text"))
    return doc


def unsupported_type(suffix: str) -> str:
    """Why a file of this type is not read, with the types that are."""
    return tr("read.unsupported_type", suffix=suffix or tr("read.no_suffix"), supported=", ".join(sorted(SUPPORTED)))
