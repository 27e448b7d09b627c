"""Word documents via python-docx: paragraphs in order, headings marked Markdown-style."""

from __future__ import annotations

import io
import re
import zipfile
import zlib
from pathlib import Path

from ingest.errors import IngestError
from ingest.records import DocumentInfo, Line, LoadedDocument

MAX_XML_BYTES = 40 * 1024 * 1024
MAX_PARAGRAPHS = 100_000
_PARAGRAPH = re.compile(rb"<w:p[ >/]")


def check_inflated(path: Path, data: bytes, max_xml_bytes: int, max_paragraphs: int) -> None:
    """Refuse a .docx whose XML inflates past the limits, counting while decompressing.

    A small file can inflate to gigabytes or hold millions of empty paragraphs; reading
    stops at the first block past a limit, before python-docx builds anything.
    """
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except zipfile.BadZipFile:
        raise IngestError(path, "corrupt or unreadable .docx (not a zip archive)") from None
    total = 0
    paragraphs = 0
    with archive:
        for member in archive.infolist():
            if not member.filename.endswith((".xml", ".rels")):
                continue
            tail = b""
            try:
                with archive.open(member) as fh:
                    while block := fh.read(1 << 16):
                        total += len(block)
                        if total > max_xml_bytes:
                            raise IngestError(
                                path,
                                f"the .docx inflates to more than {max_xml_bytes // (1024 * 1024)} MB of text "
                                "(KRA_DOCX_MAX_XML_MB)",
                            )
                        if member.filename == "word/document.xml":
                            window = tail + block
                            paragraphs += len(_PARAGRAPH.findall(window)) - len(_PARAGRAPH.findall(tail))
                            tail = block[-8:]
                            if paragraphs > max_paragraphs:
                                raise IngestError(
                                    path,
                                    f"the .docx has more than {max_paragraphs} paragraphs (KRA_DOCX_MAX_PARAGRAPHS)",
                                )
            except (zipfile.BadZipFile, zlib.error, EOFError) as exc:
                raise IngestError(path, f"corrupt or unreadable .docx ({exc.__class__.__name__})") from None


def read_docx(
    path: Path,
    data: bytes,
    info: DocumentInfo,
    sha: str,
    max_xml_bytes: int = MAX_XML_BYTES,
    max_paragraphs: int = MAX_PARAGRAPHS,
) -> LoadedDocument:
    """Paragraph lines; a 'Heading N' style becomes a heading line the structure step recognises."""
    check_inflated(path, data, max_xml_bytes, max_paragraphs)
    try:
        import docx

        document = docx.Document(io.BytesIO(data))
    except Exception as exc:  # noqa: BLE001 - python-docx raises many kinds for a bad file
        raise IngestError(path, f"corrupt or unreadable .docx ({exc.__class__.__name__})") from None
    lines: list[Line] = []
    for para in document.paragraphs:
        text = para.text.strip()
        style = (para.style.name if para.style is not None else "") or ""
        m = re.match(r"(?:Heading|Overskrift)\s*(\d)", style)
        if not text:
            lines.append(Line(""))
            continue
        if m or style == "Title":
            lines.append(Line(""))
            lines.append(Line(text))
            lines.append(Line(""))
        elif "List" in style:
            lines.append(Line(f"• {text}"))
        else:
            lines.append(Line(text))
            lines.append(Line(""))
    return LoadedDocument(path=path, info=info, lines=lines, sha256=sha)
