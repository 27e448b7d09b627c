"""What the fitting sets' build scripts share: a .docx written byte for byte the same on every run."""

from __future__ import annotations

import io
import zipfile


def fixed_docx(data: bytes, date_time: tuple[int, int, int, int, int, int]) -> bytes:
    """The .docx zip rewritten with one fixed timestamp for every member, fixed permissions and python-docx's
    member order, so rebuilding gives the same bytes."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=date_time)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            dst.writestr(zi, src.read(info.filename))
    return out.getvalue()
