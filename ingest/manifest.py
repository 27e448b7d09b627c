"""The corpus manifest (manifest.toml beside the documents): title, kind, date and address per file."""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from pathlib import Path

from ingest.errors import IngestError
from ingest.lang import tr
from ingest.records import DocumentInfo

MANIFEST = "manifest.toml"


@dataclass
class ManifestEntry:
    """One document the manifest knows, present in the folder or not."""

    file: str
    title: str
    kind: str = "document"
    date: str | None = None
    source: str | None = None
    url: str | None = None
    sha256: str | None = None
    size: int | None = None
    fetched: str | None = None


def read_manifest(folder: Path) -> dict[str, ManifestEntry]:
    """Entries by file name; an absent manifest is empty, a broken one is an error naming it."""
    path = folder / MANIFEST
    if not path.is_file():
        return {}
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise IngestError(path, tr("read.manifest_invalid", error=exc)) from exc
    entries = {}
    for i, item in enumerate(data.get("document", [])):
        if "file" not in item or "title" not in item:
            raise IngestError(path, tr("read.manifest_entry", n=i + 1))
        known = {k: item[k] for k in ManifestEntry.__dataclass_fields__ if k in item}
        entries[item["file"]] = ManifestEntry(**known)
    return entries


def slug(text: str, empty: str = "document") -> str:
    """Lower-case ASCII letters and digits joined by '-' ('Vedtekter 2024' → 'vedtekter-2024')."""
    text = text.lower().replace("æ", "ae").replace("ø", "o").replace("å", "a")
    return re.sub(r"[^a-z0-9]+", "-", text).strip("-") or empty


def document_info(path: Path, entries: dict[str, ManifestEntry]) -> DocumentInfo:
    """Citation metadata for a file: from the manifest, else from its name."""
    entry = entries.get(path.name)
    if entry is None:
        return DocumentInfo(doc_id=slug(path.stem), title=path.stem.replace("_", " "), kind="document")
    return DocumentInfo(
        doc_id=slug(path.stem),
        title=entry.title,
        kind=entry.kind,
        date=entry.date,
        source=entry.source or entry.url,
    )
