"""What the fitting sets' build scripts share: their manifest, a .docx written byte for byte the same on every run,
and the DejaVu fonts their PDFs are set in."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

FONTS = Path("/usr/share/fonts/truetype/dejavu")


def manifest(source: str, documents: list[tuple[str, str, str, str]]) -> str:
    """The text of a set's docs/manifest.toml: one [[document]] table per (file, title, kind, date), each title
    marked as an invented test document, every document made by the same `source`."""
    return "\n".join(
        f'[[document]]\nfile = "{file}"\ntitle = "{title} (oppdiktet testdokument)"\nkind = "{kind}"\n'
        f'date = "{date}"\nsource = "{source}"\n'
        for file, title, kind, date in documents
    )


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


def add_dejavu_fonts(pdf, sans_italic: bool = False) -> None:
    """Register DejaVu Serif (regular, bold, italic) as "serif" and DejaVu Sans (regular, bold, and with
    `sans_italic` its oblique) as "sans" on an fpdf2 document, in the order the sets have always used."""
    for family, name in (("serif", "DejaVuSerif"), ("sans", "DejaVuSans")):
        pdf.add_font(family, "", str(FONTS / f"{name}.ttf"))
        pdf.add_font(family, "B", str(FONTS / f"{name}-Bold.ttf"))
    pdf.add_font("serif", "I", str(FONTS / "DejaVuSerif-Italic.ttf"))
    if sans_italic:
        pdf.add_font("sans", "I", str(FONTS / "DejaVuSans-Oblique.ttf"))
