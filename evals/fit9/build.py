"""Build the three invented documents of the fit9 set into evals/fit9/docs/ (same bytes on every run).

    .venv/bin/python -m evals.fit9.build             (or: .venv/bin/python evals/fit9/build.py)
    .venv/bin/python -m evals.fit9.build --layout    also print the page and y of every block of the PDF

a. valgkomiteens-innstilling-2030-region-lysfjaera.pdf   fpdf2, DejaVu fonts: the election committee's
                                                          nomination, a memo block (Til/Fra/Dato/Gjelder)
                                                          under the title, eight numbered sections
                                                          ("5 Valgkomiteens vurderinger"), a fully ruled
                                                          candidate table with a small italic note under it,
                                                          a table of those leaving with horizontal rules only,
                                                          a numbered list of deputies, dash lists, a running
                                                          footer with "side N (M)", three signatures side by
                                                          side.
b. budsjett-2030-region-lysfjaera.docx                    python-docx: Title, italic sub-line, adoption line,
                                                          Heading 1 parts and the notes as Heading 2
                                                          ("Note 3 …"), List Number and List Bullet
                                                          paragraphs, the budget table and the membership-fee
                                                          table (Table Grid, bold sum rows), small italic
                                                          remarks. content_budsjett.check_sums() is run first.
c. mandat-arbeidsgruppe-talentprogram-lysfjaera.txt       plain UTF-8, written byte for byte from
                                                          content_mandat.TEXT.
"""

from __future__ import annotations

import datetime as _dt
import io
import sys
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    __package__ = "evals.fit9"  # noqa: A001

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt
from fpdf import FPDF
from fpdf.fonts import FontFace

from evals.fit9 import content_budsjett as bud
from evals.fit9 import content_innstilling as inn
from evals.fit9 import content_mandat as man
from evals.fit_build import add_dejavu_fonts, fixed_docx, manifest

HERE = Path(__file__).resolve().parent
DOCS = HERE / "docs"
FIXED = _dt.datetime(2030, 3, 11, 14, 0, 0, tzinfo=_dt.UTC)
SOURCE = "Oppdiktet eksempeldokument for evaluering, laget av evals/fit9/build.py"
FILES = {
    "nomination": "valgkomiteens-innstilling-2030-region-lysfjaera.pdf",
    "budget": "budsjett-2030-region-lysfjaera.docx",
    "mandate": "mandat-arbeidsgruppe-talentprogram-lysfjaera.txt",
}
MANIFEST = manifest(
    SOURCE,
    [
        (FILES["nomination"], f"{inn.TITLE} – {inn.SUB}", "nomination", "2030-03"),
        (FILES["budget"], f"{bud.TITLE} – {bud.SUB}", "budget", "2029-11"),
        (FILES["mandate"], f"{man.TITLE} – Norsk kulturskoleråd Region Lysfjæra", "mandate", "2030-01"),
    ],
)

LEAD = 5.4  # body line height (mm)
BLUE = (28, 62, 110)
GREY = (105, 105, 105)


# ---------------------------------------------------------------------------------------------------
# a. the election committee's nomination (PDF)
# ---------------------------------------------------------------------------------------------------
class NominationPdf(FPDF):
    def __init__(self):
        super().__init__(format="A4", unit="mm")
        self.set_creation_date(FIXED)
        self.set_title(f"{inn.TITLE} – {inn.SUB}")
        self.set_author("Valgkomiteen, Norsk kulturskoleråd Region Lysfjæra (oppdiktet)")
        self.set_creator("evals/fit9/build.py")
        self.set_margins(25, 22, 25)
        self.set_auto_page_break(True, margin=24)
        self.alias_nb_pages()
        add_dejavu_fonts(self, sans_italic=True)

    def footer(self):
        y = self.h - 15
        self.set_draw_color(*GREY)
        self.set_line_width(0.2)
        self.line(self.l_margin, y - 1.5, self.w - self.r_margin, y - 1.5)
        self.set_xy(self.l_margin, y)
        self.set_font("sans", "", 8)
        self.set_text_color(*GREY)
        self.cell(self.epw * 0.7, 4, inn.FOOTER_LEFT, align="L")
        self.cell(self.epw * 0.3, 4, f"side {self.page_no()} ({{nb}})", align="R")
        self.set_text_color(0, 0, 0)


def _body(pdf: NominationPdf, text: str, indent: float = 0.0) -> None:
    pdf.set_font("serif", "", 10.5)
    pdf.set_x(pdf.l_margin + indent)
    pdf.multi_cell(pdf.epw - indent, LEAD, text, new_x="LMARGIN", new_y="NEXT", align="L")


def _table(pdf: NominationPdf, key: str) -> None:
    header, rows = inn.TABLES[key]
    pdf.set_font("sans", "", 8.8)
    pdf.set_draw_color(60, 60, 60)
    pdf.set_line_width(0.2)
    if key == "styret":
        widths, layout, fill = (38, 42, 24, 22, 34), "ALL", (225, 232, 242)
    else:
        widths, layout, fill = (44, 48, 36, 32), "HORIZONTAL_LINES", (240, 240, 240)
    with pdf.table(
        col_widths=widths,
        line_height=4.9,
        borders_layout=layout,
        headings_style=FontFace(emphasis="BOLD", fill_color=fill),
        text_align="LEFT",
        padding=1.4,
    ) as table:
        for row in (header, *rows):
            r = table.row()
            for value in row:
                r.cell(value)


def build_nomination(path: Path) -> list[str]:
    pdf = NominationPdf()
    pdf.add_page()
    layout = "--layout" in sys.argv
    report: list[str] = []
    sec_pages: dict[str, list[int]] = {}
    current = None
    prev = None
    for block in inn.BLOCKS:
        kind = block[0]
        if layout:
            print(f"  page {pdf.page_no()} y={pdf.get_y():5.1f}  {kind:8} {str(block[1:])[:70]}")
        if kind == "title":
            pdf.set_font("sans", "B", 19)
            pdf.set_text_color(*BLUE)
            pdf.cell(0, 9, block[1], new_x="LMARGIN", new_y="NEXT")
            pdf.set_text_color(0, 0, 0)
        elif kind == "sub":
            pdf.set_font("sans", "", 12)
            pdf.cell(0, 7, block[1], new_x="LMARGIN", new_y="NEXT")
            pdf.ln(3)
        elif kind == "memo":
            pdf.set_draw_color(*BLUE)
            pdf.set_line_width(0.4)
            top = pdf.get_y()
            pdf.line(pdf.l_margin, top, pdf.w - pdf.r_margin, top)
            pdf.ln(2)
            for label, value in block[1]:
                pdf.set_font("sans", "B", 9.5)
                pdf.cell(22, 5.2, label)
                pdf.set_font("sans", "", 9.5)
                pdf.multi_cell(pdf.epw - 22, 5.2, value, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)
            pdf.line(pdf.l_margin, pdf.get_y(), pdf.w - pdf.r_margin, pdf.get_y())
            pdf.ln(3)
        elif kind == "h":
            if pdf.get_y() > pdf.page_break_trigger - 18:  # keep a heading with two lines
                pdf.add_page()
            else:
                pdf.ln(3.5)
            pdf.set_font("sans", "B", 12)
            pdf.set_text_color(*BLUE)
            pdf.cell(0, 7, block[1], new_x="LMARGIN", new_y="NEXT")
            pdf.set_text_color(0, 0, 0)
            pdf.ln(1)
            current = block[1]
        elif kind == "p":
            if prev in ("num", "dash"):
                pdf.ln(1.2)
            _body(pdf, block[1])
            pdf.ln(2)
        elif kind in ("num", "dash"):
            pdf.set_font("serif", "", 10.5)
            if pdf.get_y() > pdf.page_break_trigger - LEAD:
                pdf.add_page()
            y = pdf.get_y()
            pdf.set_xy(pdf.l_margin + 4, y)
            pdf.cell(6, LEAD, block[1] if kind == "num" else "–")
            _body(pdf, block[-1], indent=10)
            pdf.ln(0.6)
        elif kind == "caption":
            if pdf.get_y() > pdf.page_break_trigger - 50:  # keep the caption and table together
                pdf.add_page()
            pdf.ln(1)
            pdf.set_font("sans", "B", 9.5)
            pdf.cell(0, 5, block[1], new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1)
        elif kind == "table":
            before = pdf.page_no()
            _table(pdf, block[1])
            report.append(f"table {block[1]!r} on PDF page {before}" + ("" if pdf.page_no() == before else " (SPLIT)"))
            pdf.ln(2)
        elif kind == "note":
            pdf.set_font("sans", "I", 8)
            pdf.multi_cell(0, 3.9, block[1], new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2.5)
        elif kind == "place":
            current = None
            if pdf.get_y() > pdf.page_break_trigger - 34:
                pdf.add_page()
            pdf.ln(7)
            _body(pdf, block[1])
        elif kind == "sign":
            pdf.ln(14)
            y = pdf.get_y()
            for i, (name, role) in enumerate(block[1]):
                x = pdf.l_margin + i * 55
                pdf.set_draw_color(0, 0, 0)
                pdf.line(x, y - 1, x + 48, y - 1)
                pdf.set_xy(x, y)
                pdf.set_font("serif", "", 10.5)
                pdf.cell(53, LEAD, name)
                pdf.set_xy(x, y + LEAD)
                pdf.set_font("serif", "I", 10)
                pdf.cell(53, LEAD, role)
            pdf.set_xy(pdf.l_margin, y + 2 * LEAD)
            report.append(f"signatures on PDF page {pdf.page_no()}")
        else:
            raise ValueError(kind)
        if current is not None:
            pages = sec_pages.setdefault(current, [])
            if pdf.page_no() not in pages:
                pages.append(pdf.page_no())
        prev = kind
    for sec, pages in sec_pages.items():
        report.append(f"punkt {sec.split(' ', 1)[0]}: pages {pages}")
    pdf.output(str(path))
    report.append(f"{pdf.page_no()} pages")
    return report


# ---------------------------------------------------------------------------------------------------
# b. budget with notes (.docx)
# ---------------------------------------------------------------------------------------------------
def _grid(doc, header, rows) -> None:
    table = doc.add_table(rows=1 + len(rows), cols=len(header))
    table.style = "Table Grid"
    for i, row in enumerate((header, *rows)):
        bold = i == 0 or row[0].startswith(("Sum", "Resultat", "Inntekter", "Kostnader"))
        for j, value in enumerate(row):
            par = table.rows[i].cells[j].paragraphs[0]
            run = par.add_run(value)
            run.bold = bold
            run.font.size = Pt(9.5)
            if j > 0 and i > 0:
                par.alignment = WD_ALIGN_PARAGRAPH.RIGHT


def build_budget(path: Path) -> None:
    bud.check_sums()
    doc = Document()
    doc.styles["Normal"].font.name = "Calibri"
    doc.styles["Normal"].font.size = Pt(11)
    for block in bud.BLOCKS:
        kind = block[0]
        if kind == "title":
            doc.add_paragraph(block[1], style="Title")
        elif kind == "sub":
            p = doc.add_paragraph()
            p.add_run(block[1]).italic = True
        elif kind == "line":
            doc.add_paragraph(block[1])
        elif kind == "h1":
            doc.add_heading(block[1], level=1)
        elif kind == "h2":
            doc.add_heading(block[1], level=2)
        elif kind == "p":
            doc.add_paragraph(block[1])
        elif kind == "bullet":
            doc.add_paragraph(block[1], style="List Bullet")
        elif kind == "number":
            doc.add_paragraph(block[1], style="List Number")
        elif kind == "table":
            header, rows = bud.TABLES[block[1]]
            _grid(doc, header, rows)
        elif kind == "remark":
            p = doc.add_paragraph()
            run = p.add_run(block[1])
            run.italic = True
            run.font.size = Pt(8.5)
        else:
            raise ValueError(kind)
    props = doc.core_properties
    props.title = f"{bud.TITLE} – {bud.SUB}"
    props.author = "Norsk kulturskoleråd Region Lysfjæra (oppdiktet)"
    props.last_modified_by = "evals/fit9/build.py"
    props.revision = 3
    naive = _dt.datetime(2029, 11, 18, 15, 0, 0)
    props.created = props.modified = props.last_printed = naive
    buf = io.BytesIO()
    doc.save(buf)
    path.write_bytes(fixed_docx(buf.getvalue(), (2029, 11, 18, 15, 0, 0)))


# ---------------------------------------------------------------------------------------------------
# c. mandate (.txt)
# ---------------------------------------------------------------------------------------------------
def build_mandate(path: Path) -> list[str]:
    path.write_text(man.TEXT, encoding="utf-8", newline="\n")
    lines = man.TEXT.splitlines()
    heads = [line for line in lines if line in man.HEADINGS]
    if heads != man.HEADINGS:
        raise ValueError(f"headings of the mandate not found in order: {heads}")
    return [f"{len(lines)} lines, {len(heads)} numbered points"]


def main() -> None:
    DOCS.mkdir(exist_ok=True)
    for line in build_nomination(DOCS / FILES["nomination"]):
        print(f"{FILES['nomination']}: {line}")
    build_budget(DOCS / FILES["budget"])
    for line in build_mandate(DOCS / FILES["mandate"]):
        print(f"{FILES['mandate']}: {line}")
    (DOCS / "manifest.toml").write_text(MANIFEST, encoding="utf-8")
    for f in [*FILES.values(), "manifest.toml"]:
        print(f"wrote docs/{f} ({(DOCS / f).stat().st_size} bytes)")


if __name__ == "__main__":
    main()
