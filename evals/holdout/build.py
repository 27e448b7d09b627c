"""Build the three invented held-out documents into evals/holdout/docs/, byte for byte the same each run.

    .venv/bin/python -m evals.holdout.build

The documents are fiction written for evaluation only (names, places, figures and votes are invented).
Page layout is fixed: the PDFs use fpdf2 with a fixed creation date, the .docx is rewritten with fixed
zip timestamps and core properties.
"""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

from docx import Document
from docx.shared import Pt

from . import content_handlingsplan as hp
from . import content_instruks as ins
from . import content_protokoll as prot
from .layout import DEJAVU, FIXED_DATE, LIBERATION, Doc

DEBUG = False
HERE = Path(__file__).resolve().parent
DOCS = HERE / "docs"

MANIFEST = """\
[[document]]
file = "instruks-regionstyrer.pdf"
title = "Instruks for regionstyrene (oppdiktet testdokument)"
kind = "statutes"
date = "2025-03"
source = "Oppdiktet eksempeldokument for evaluering, laget av evals/holdout/build.py"

[[document]]
file = "handlingsplan-2026.pdf"
title = "Handlingsplan 2026 (oppdiktet testdokument)"
kind = "strategy"
date = "2025-09"
source = "Oppdiktet eksempeldokument for evaluering, laget av evals/holdout/build.py"

[[document]]
file = "protokoll-hovedstyret-3-2025.docx"
title = "Protokoll fra hovedstyremøte 3/2025 (oppdiktet testdokument)"
kind = "resolutions"
date = "2025-09"
source = "Oppdiktet eksempeldokument for evaluering, laget av evals/holdout/build.py"
"""


# ---------------------------------------------------------------------------------------------
# a. Instruks for regionstyrene (statute-like; Liberation Serif body, Liberation Sans Bold headings)
# ---------------------------------------------------------------------------------------------
def instruks(total: int) -> Doc:
    fonts = {
        "body": (LIBERATION / "LiberationSerif-Regular.ttf", ""),
        "italic": (LIBERATION / "LiberationSerif-Italic.ttf", "I"),
        "sans": (LIBERATION / "LiberationSans-Regular.ttf", ""),
        "bold": (LIBERATION / "LiberationSans-Bold.ttf", "B"),
    }
    pdf = Doc(ins.TITLE, total, fonts, margins=(27, 24, 27, 26))
    pdf.body = ("body", 12.0, 6.3)
    pdf.note_font = ("body", 9.0, 4.2)
    pdf.new_page()
    pdf.heading(ins.TITLE, "bold", 19, 0, 4)
    pdf.para(ins.PREAMBLE, font=("italic", 11.5, 6.0), after=6)
    for num, title, ledd in ins.ARTICLES:
        pdf.heading(f"Artikkel {num} {title}", "bold", 13.5, 5, 2.0, keep=14)
        for n, item in enumerate(ledd, start=1):
            text, letters = (item, []) if isinstance(item, str) else item
            pdf.para(f"({n}) {text}", after=1.6 if letters else 2.6, notes=ins.NOTES, keep=2)
            for k, letter in enumerate(letters):
                pdf.para(letter, indent=8, label=f"{'abcdefgh'[k]})", label_w=7, after=1.0)
            if letters:
                pdf.cy += 1.6
    return pdf


# ---------------------------------------------------------------------------------------------
# b. Handlingsplan 2026 (strategy; DejaVu Sans)
# ---------------------------------------------------------------------------------------------
def handlingsplan(total: int) -> Doc:
    fonts = {
        "body": (DEJAVU / "DejaVuSans.ttf", ""),
        "sans": (DEJAVU / "DejaVuSans.ttf", ""),
        "bold": (DEJAVU / "DejaVuSans-Bold.ttf", "B"),
    }
    pdf = Doc(hp.TITLE, total, fonts, margins=(22, 24, 22, 24))
    pdf.body = ("body", 10.0, 5.3)
    pdf.new_page()
    label_font = ("bold", 7.5, 4.0)
    for block in hp.BLOCKS:
        kind = block[0]
        if DEBUG:
            print(f"p{pdf.page_no()} col{pdf.col} y{pdf.cy:6.1f} {kind} {str(block[1:])[:50]}")
        if kind == "title":
            pdf.heading(block[1], "bold", 20, 0, 1)
        elif kind == "subtitle":
            pdf.para(block[1], font=("body", 10.5, 5.5), after=5)
        elif kind == "h1":
            pdf.heading(block[1], "bold", 14, 6, 2.5, keep=16)
        elif kind == "label":  # ALL CAPS small label, kept with the next two lines
            pdf.space(1.0)
            pdf.ensure(4.4 + 2 * pdf.body[2])
            pdf.set_text_color(40, 80, 140)
            pdf.para(block[1], font=label_font, after=0.4, keep=1)
            pdf.set_text_color(0, 0, 0)
        elif kind == "p":
            pdf.para(block[1], after=2.4, keep=2)
        elif kind == "tiltak":
            num = block[1]
            name, desc, ansvar, frist, budsjett, _ = hp.TILTAK[num]
            pdf.heading(f"Tiltak {num} {name}", "bold", 10.5, 2.5, 1.0, keep=22)
            pdf.para(desc, after=1.0, keep=2)
            for key, value in (("Ansvar", ansvar), ("Frist", frist), ("Budsjett", budsjett)):
                pdf.para(f"{key}: {value}", font=("body", 9.5, 4.9), indent=4, after=0.2)
            pdf.cy += 2.0
        elif kind == "olist":
            for n, item in enumerate(block[1], start=1):
                if DEBUG:
                    print(f"  item {n}: page {pdf.page_no()} y {pdf.cy:.1f} bottom {pdf.bottom():.1f}")
                pdf.para(item, indent=2, label=f"{n}.", label_w=6, after=1.2)
            pdf.cy += 1.5
        elif kind == "columns":
            pdf.start_columns()
        elif kind == "colbreak":
            pdf.ensure(10_000)
        elif kind == "endcolumns":
            pdf.end_columns()
        elif kind == "page":
            pdf.new_page()
        elif kind == "table":
            rows = [[f"{num} {t[0]}", t[2], t[3].replace("~", " "), t[5]] for num, t in hp.TILTAK.items()]
            rows.append(["Sum", "", "", hp.TOTAL])
            pdf.table(
                ["Tiltak", "Ansvar", "Frist", "Budsjett (kr)"],
                rows,
                [54, 48, 38, 26],
                ["L", "L", "L", "R"],
                font=("body", 8.0, 4.0),
                head_font=("bold", 8.0),
                bold_last=True,
            )
        else:
            raise ValueError(kind)
    return pdf


def write_pdf(make, path: Path) -> int:
    """Lay the document out twice: the first pass counts the pages for 'Side N av M'."""
    pages = make(0).pages_count
    path.write_bytes(bytes(make(pages).output()))
    return pages


# ---------------------------------------------------------------------------------------------
# c. Protokoll fra hovedstyremøte 3/2025 (python-docx, real Heading and List styles)
# ---------------------------------------------------------------------------------------------
def protokoll(path: Path) -> None:
    doc = Document()
    doc.styles["Normal"].font.name = "Calibri"
    doc.styles["Normal"].font.size = Pt(11)
    for block in prot.BLOCKS:
        kind = block[0]
        if kind in ("h1", "h2", "h3"):
            doc.add_heading(block[1], level=int(kind[1]))
        elif kind == "p":
            doc.add_paragraph(block[1])
        elif kind == "pb":
            para = doc.add_paragraph()
            para.add_run(block[1]).bold = True
            if block[2]:
                para.add_run(" " + block[2])
        elif kind in ("bullet", "number"):
            style = "List Bullet" if kind == "bullet" else "List Number"
            for item in block[1]:
                doc.add_paragraph(item, style=style)
        elif kind == "table":
            header, rows = block[1], block[2]
            table = doc.add_table(rows=1 + len(rows), cols=len(header))
            table.style = "Table Grid"
            for j, text in enumerate(header):
                table.rows[0].cells[j].paragraphs[0].add_run(text).bold = True
            for i, row in enumerate(rows, start=1):
                for j, text in enumerate(row):
                    para = table.rows[i].cells[j].paragraphs[0]
                    para.add_run(text).bold = i == len(rows)
                    if j > 0:
                        para.alignment = 2  # right
        else:
            raise ValueError(kind)
    props = doc.core_properties
    props.title = prot.TITLE
    props.author = "Norsk kulturskoleråd (oppdiktet testdokument)"
    props.last_modified_by = "evals/holdout/build.py"
    props.comments = "Oppdiktet eksempeldokument for evaluering"
    props.created = FIXED_DATE
    props.modified = FIXED_DATE
    props.last_printed = FIXED_DATE
    props.revision = 1
    buf = io.BytesIO()
    doc.save(buf)
    path.write_bytes(normalise_zip(buf.getvalue()))


def normalise_zip(data: bytes) -> bytes:
    """Rewrite a zip with fixed timestamps and attributes so that the bytes do not depend on the clock."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            fixed = zipfile.ZipInfo(info.filename, date_time=(2025, 1, 1, 0, 0, 0))
            fixed.compress_type = zipfile.ZIP_DEFLATED
            fixed.external_attr = 0o644 << 16
            fixed.create_system = 0
            dst.writestr(fixed, src.read(info.filename))
    return out.getvalue()


def main() -> None:
    DOCS.mkdir(parents=True, exist_ok=True)
    n1 = write_pdf(instruks, DOCS / "instruks-regionstyrer.pdf")
    n2 = write_pdf(handlingsplan, DOCS / "handlingsplan-2026.pdf")
    protokoll(DOCS / "protokoll-hovedstyret-3-2025.docx")
    (DOCS / "manifest.toml").write_text(MANIFEST, encoding="utf-8")
    print(f"instruks-regionstyrer.pdf: {n1} pages")
    print(f"handlingsplan-2026.pdf: {n2} pages")
    print("protokoll-hovedstyret-3-2025.docx")
    print("manifest.toml")


if __name__ == "__main__":
    main()
