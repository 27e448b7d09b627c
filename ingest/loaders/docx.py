"""Word documents via python-docx: paragraphs in order, headings marked Markdown-style."""

from __future__ import annotations

import io
import re
from pathlib import Path

from ingest.errors import IngestError
from ingest.records import DocumentInfo, Line, LoadedDocument


def read_docx(path: Path, data: bytes, info: DocumentInfo, sha: str) -> LoadedDocument:
    """Paragraph lines; a 'Heading N' style becomes a heading line the structure step recognises."""
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
