"""Build the three invented documents of the fit4 set into evals/fit4/docs/ (same bytes on every run).

    .venv/bin/python -m evals.fit4.build          (or: .venv/bin/python evals/fit4/build.py)

a. forretningsorden-landstinget.pdf  fpdf2, DejaVu fonts: numbered points without §, sub-points "4.1",
                                     lettered items "a)", a ruled "Tidsplan" table, running header on every
                                     page and the footer "Side N".
b. okonomireglement.docx             python-docx: Heading 1 "Del A …", Heading 2 "3 Attestasjon …", repeated
                                     Heading 3 names, "List Bullet" / "List Number" paragraphs, two tables,
                                     a superscript note marker and a note paragraph at the end.
c. arsrapport-region-sor.txt         plain UTF-8 text: upper-case headings (some underlined), numbered
                                     headings, "-" and "*" bullets, key-figure lines, space-aligned tables.
"""

from __future__ import annotations

import datetime as _dt
import io
import sys
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    __package__ = "evals.fit4"  # noqa: A001

from docx import Document
from docx.shared import Pt, RGBColor
from fpdf import FPDF
from fpdf.fonts import FontFace

from evals.fit4 import content_arsrapport as rep
from evals.fit4 import content_forretningsorden as fo
from evals.fit4 import content_okonomi as oko
from evals.fit_build import add_dejavu_fonts, fixed_docx, manifest

HERE = Path(__file__).resolve().parent
DOCS = HERE / "docs"
FIXED = _dt.datetime(2027, 12, 1, 12, 0, 0, tzinfo=_dt.UTC)
SOURCE = "Oppdiktet eksempeldokument for evaluering, laget av evals/fit4/build.py"
FILES = {
    "rules": "forretningsorden-landstinget.pdf",
    "regulations": "okonomireglement.docx",
    "report": "arsrapport-region-sor.txt",
}
MANIFEST = manifest(
    SOURCE,
    [
        (FILES['rules'], fo.TITLE, "rules", "2027-11"),
        (FILES['regulations'], oko.TITLE, "regulations", "2027-02"),
        (FILES['report'], rep.TITLE, "report", "2027-02"),
    ],
)

LEAD = 6.0  # body line height (mm); with it, punkt 7.3 runs over the page break
BLUE = (25, 60, 110)
GREY = (95, 95, 95)


# ---------------------------------------------------------------------------------------------------
# a. rules (PDF)
# ---------------------------------------------------------------------------------------------------
class RulesPdf(FPDF):
    def __init__(self):
        super().__init__(format="A4", unit="mm")
        self.set_creation_date(FIXED)
        self.set_title(fo.TITLE)
        self.set_author("Kulturskolerådet (oppdiktet)")
        self.set_creator("evals/fit4/build.py")
        self.set_margins(25, 26, 25)
        self.set_auto_page_break(True, margin=24)
        add_dejavu_fonts(self)

    def header(self):
        self.set_font("sans", "", 8)
        self.set_text_color(*GREY)
        self.set_xy(self.l_margin, 12)
        self.cell(self.epw, 4, fo.RUNNING, align="L")
        self.set_draw_color(*GREY)
        self.set_line_width(0.2)
        self.line(self.l_margin, 17, self.w - self.r_margin, 17)
        self.set_text_color(0, 0, 0)
        self.set_xy(self.l_margin, 26)

    def footer(self):
        self.set_y(-15)
        self.set_font("sans", "", 8.5)
        self.set_text_color(*GREY)
        self.cell(0, 5, f"Side {self.page_no()}", align="C")
        self.set_text_color(0, 0, 0)


def build_rules(path: Path) -> list[str]:
    pdf = RulesPdf()
    pdf.add_page()
    split: list[str] = []
    lead = LEAD
    num_w, item_w = 11.0, 8.0
    for block in fo.BLOCKS:
        kind = block[0]
        if kind == "title":
            pdf.set_font("serif", "B", 19)
            pdf.set_text_color(*BLUE)
            pdf.multi_cell(0, 9, block[1], new_x="LMARGIN", new_y="NEXT")
            pdf.set_text_color(0, 0, 0)
            pdf.ln(2)
        elif kind == "lead":
            pdf.set_font("sans", "", 10)
            pdf.multi_cell(0, 5.2, block[1], new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1.5)
        elif kind == "point":
            if pdf.get_y() > pdf.h - 24 - 26:
                pdf.add_page()
            pdf.ln(4)
            pdf.set_font("sans", "B", 12)
            pdf.set_text_color(*BLUE)
            pdf.cell(0, 7, f"{block[1]} {block[2]}", new_x="LMARGIN", new_y="NEXT")
            pdf.set_text_color(0, 0, 0)
            pdf.ln(1)
        elif kind == "sub":
            pdf.set_font("serif", "B", 10.5)
            y = pdf.get_y()
            if y > pdf.h - 24 - lead:
                pdf.add_page()
                y = pdf.get_y()
            pdf.set_xy(pdf.l_margin, y)
            pdf.cell(num_w, lead, block[1])
            pdf.set_font("serif", "", 10.5)
            pdf.set_xy(pdf.l_margin + num_w, y)
            before = pdf.page_no()
            pdf.multi_cell(pdf.epw - num_w, lead, block[2], new_x="LMARGIN", new_y="NEXT")
            if pdf.page_no() != before:
                split.append(f"punkt {block[1]} (side {before}–{pdf.page_no()})")
            pdf.ln(1.6)
        elif kind == "item":
            pdf.set_font("serif", "", 10.5)
            y = pdf.get_y() - 1.0
            if y > pdf.h - 24 - lead:
                pdf.add_page()
                y = pdf.get_y()
            x = pdf.l_margin + num_w
            pdf.set_xy(x, y)
            pdf.cell(item_w, lead, block[1])
            pdf.set_xy(x + item_w, y)
            pdf.multi_cell(pdf.epw - num_w - item_w, lead, block[2], new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1.6)
        elif kind == "table":
            pdf.set_font("sans", "", 9.5)
            pdf.set_draw_color(60, 60, 60)
            pdf.set_line_width(0.25)
            with pdf.table(col_widths=(38, 26, 82), width=146, align="R", line_height=6.2,
                           headings_style=FontFace(emphasis="BOLD", fill_color=(225, 232, 242)),
                           borders_layout="ALL", text_align=("LEFT", "LEFT", "LEFT")) as table:
                table.row(fo.TABLE_HEADER)
                for r in fo.TABLE_ROWS:
                    table.row(r)
            pdf.ln(3)
        elif kind == "sign":
            pdf.ln(6)
            pdf.set_font("serif", "I", 10.5)
            pdf.cell(0, lead, block[1], new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(path))
    return split


# ---------------------------------------------------------------------------------------------------
# b. regulations (.docx)
# ---------------------------------------------------------------------------------------------------
def _fill_table(doc, header, rows, widths_right: bool):
    table = doc.add_table(rows=1 + len(rows), cols=len(header))
    table.style = "Table Grid"
    for j, h in enumerate(header):
        cell = table.rows[0].cells[j]
        cell.text = h
        cell.paragraphs[0].runs[0].bold = True
    for i, row in enumerate(rows, start=1):
        bold = row[0].startswith("Sum") or row[0] in ("Resultat", "Inntekter", "Kostnader")
        for j, value in enumerate(row):
            cell = table.rows[i].cells[j]
            cell.text = value
            if value:
                cell.paragraphs[0].runs[0].bold = bold
            if j > 0 and widths_right:
                cell.paragraphs[0].alignment = 2  # right
    return table


def build_regulations(path: Path) -> None:
    doc = Document()
    doc.styles["Normal"].font.name = "Calibri"
    doc.styles["Normal"].font.size = Pt(11)
    for block in oko.BLOCKS:
        kind = block[0]
        if kind == "title":
            doc.add_paragraph(block[1], style="Title")
        elif kind == "subtitle":
            p = doc.add_paragraph()
            run = p.add_run(block[1])
            run.italic = True
        elif kind in ("h1", "h2", "h3"):
            doc.add_heading(block[1], level=int(kind[1]))
        elif kind == "p":
            doc.add_paragraph(block[1])
        elif kind == "bullet":
            doc.add_paragraph(block[1], style="List Bullet")
        elif kind == "number":
            doc.add_paragraph(block[1], style="List Number")
        elif kind == "p_note":
            p = doc.add_paragraph(block[1])
            marker = p.add_run(block[2])
            marker.font.superscript = True
            p.add_run(block[3])
        elif kind == "table":
            if block[1] == "authority":
                _fill_table(doc, oko.AUTHORITY_HEADER, oko.AUTHORITY_ROWS, True)
            else:
                _fill_table(doc, oko.BUDGET_HEADER, oko.BUDGET_ROWS, True)
            doc.add_paragraph()
        elif kind == "note":
            doc.add_paragraph("_" * 20)
            p = doc.add_paragraph()
            run = p.add_run(block[1])
            run.font.size = Pt(9)
            run.italic = True
            run.font.color.rgb = RGBColor(0x44, 0x44, 0x44)
    props = doc.core_properties
    props.title = oko.TITLE
    props.author = "Kulturskolerådet Region Innlandet-Sør (oppdiktet)"
    props.last_modified_by = "evals/fit4/build.py"
    props.revision = 1
    naive = FIXED.replace(tzinfo=None)
    props.created = props.modified = props.last_printed = naive
    buf = io.BytesIO()
    doc.save(buf)
    path.write_bytes(fixed_docx(buf.getvalue(), (2027, 2, 11, 12, 0, 0)))


# ---------------------------------------------------------------------------------------------------
# c. report (.txt)
# ---------------------------------------------------------------------------------------------------
def build_report(path: Path) -> None:
    path.write_text(rep.render(), encoding="utf-8", newline="\n")


def main() -> None:
    DOCS.mkdir(exist_ok=True)
    split = build_rules(DOCS / FILES["rules"])
    print(f"sub-points over a page break: {', '.join(split) or 'none'}")
    build_regulations(DOCS / FILES["regulations"])
    build_report(DOCS / FILES["report"])
    (DOCS / "manifest.toml").write_text(MANIFEST, encoding="utf-8")
    for f in [*FILES.values(), "manifest.toml"]:
        print(f"wrote docs/{f} ({(DOCS / f).stat().st_size} bytes)")


if __name__ == "__main__":
    main()
