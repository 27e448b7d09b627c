"""Build the three invented documents of the fit8 set into evals/fit8/docs/ (same bytes on every run).

    .venv/bin/python -m evals.fit8.build             (or: .venv/bin/python evals/fit8/build.py)
    .venv/bin/python -m evals.fit8.build --layout    also print the page and y of every block of the PDF

a. etiske-retningslinjer-region-fjordheim.pdf   fpdf2, DejaVu fonts: ethics guidelines in ten articles
                                                ("Artikkel 1 Formål" …) with unnumbered ledd as plain
                                                paragraphs, lettered lists "a)" with a hanging indent, a ruled
                                                gift table with a small note under it, an adoption line in a
                                                frame under the title, a running header with "Side N av M",
                                                and two signatures side by side. Artikkel 6 runs over a page
                                                break.
b. samarbeidsavtale-hogskolen-i-marstrom.docx   python-docx: Title, italic sub-line, reference lines, numbered
                                                clauses as Heading 1 ("3 Partenes forpliktelser") and
                                                sub-clauses as Heading 2 ("3.1 …"), List Bullet and List Number
                                                paragraphs, a contributions table and a contact table (Table
                                                Grid), a small italic note, and a borderless signature table.
c. arshjul-2029-region-fjordheim.md             Markdown, written byte for byte from content_arshjul.TEXT.
"""

from __future__ import annotations

import datetime as _dt
import io
import sys
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    __package__ = "evals.fit8"  # noqa: A001

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt
from fpdf import FPDF
from fpdf.fonts import FontFace

from evals.fit8 import content_arshjul as hjul
from evals.fit8 import content_avtale as avt
from evals.fit8 import content_etikk as eti
from evals.fit_build import add_dejavu_fonts, fixed_docx, manifest

HERE = Path(__file__).resolve().parent
DOCS = HERE / "docs"
FIXED = _dt.datetime(2028, 3, 15, 9, 0, 0, tzinfo=_dt.UTC)
SOURCE = "Oppdiktet eksempeldokument for evaluering, laget av evals/fit8/build.py"
FILES = {
    "ethics": "etiske-retningslinjer-region-fjordheim.pdf",
    "agreement": "samarbeidsavtale-hogskolen-i-marstrom.docx",
    "calendar": "arshjul-2029-region-fjordheim.md",
}
MANIFEST = manifest(
    SOURCE,
    [
        (FILES["ethics"], f"{eti.TITLE} – {eti.SUB}", "ethics", "2028-03"),
        (FILES["agreement"], f"{avt.TITLE} {avt.SUB}", "agreement", "2028-10"),
        (FILES["calendar"], hjul.TITLE, "calendar", "2028-12"),
    ],
)

LEAD = 5.3  # body line height (mm)
GREEN = (20, 85, 70)
GREY = (110, 110, 110)


# ---------------------------------------------------------------------------------------------------
# a. ethics guidelines (PDF)
# ---------------------------------------------------------------------------------------------------
class EthicsPdf(FPDF):
    def __init__(self):
        super().__init__(format="A4", unit="mm")
        self.set_creation_date(FIXED)
        self.set_title(f"{eti.TITLE} – {eti.SUB}")
        self.set_author("Norsk kulturskoleråd Region Fjordheim (oppdiktet)")
        self.set_creator("evals/fit8/build.py")
        self.set_margins(24, 28, 24)
        self.set_auto_page_break(True, margin=22)
        self.alias_nb_pages()
        add_dejavu_fonts(self, sans_italic=True)

    def header(self):
        self.set_xy(self.l_margin, 12)
        self.set_font("sans", "", 8)
        self.set_text_color(*GREY)
        self.cell(self.epw * 0.7, 4, eti.HEADER_LEFT, align="L")
        self.cell(self.epw * 0.3, 4, f"Side {self.page_no()} av {{nb}}", align="R")
        self.set_draw_color(*GREY)
        self.set_line_width(0.2)
        self.line(self.l_margin, 17.5, self.w - self.r_margin, 17.5)
        self.set_text_color(0, 0, 0)
        self.set_xy(self.l_margin, 28)


def _body(pdf: EthicsPdf, text: str, indent: float = 0.0) -> None:
    pdf.set_font("serif", "", 10.5)
    pdf.set_x(pdf.l_margin + indent)
    pdf.multi_cell(pdf.epw - indent, LEAD, text, new_x="LMARGIN", new_y="NEXT", align="L")


def build_ethics(path: Path) -> list[str]:
    pdf = EthicsPdf()
    pdf.add_page()
    layout = "--layout" in sys.argv
    report: list[str] = []
    art_pages: dict[str, list[int]] = {}
    current = None
    prev = None
    for block in eti.BLOCKS:
        kind = block[0]
        if layout:
            print(f"  page {pdf.page_no()} y={pdf.get_y():5.1f}  {kind:8} {str(block[1:])[:70]}")
        if kind == "title":
            pdf.set_font("sans", "B", 17)
            pdf.set_text_color(*GREEN)
            pdf.multi_cell(0, 8, block[1], new_x="LMARGIN", new_y="NEXT")
            pdf.set_text_color(0, 0, 0)
        elif kind == "sub":
            pdf.set_font("sans", "", 12)
            pdf.cell(0, 7, block[1], new_x="LMARGIN", new_y="NEXT")
            pdf.ln(4)
        elif kind == "adopt":
            pdf.set_font("serif", "I", 9.5)
            pdf.set_draw_color(*GREEN)
            pdf.set_line_width(0.3)
            pdf.multi_cell(0, 5, block[1], border=1, padding=2, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(3)
        elif kind == "art":
            if pdf.get_y() > pdf.page_break_trigger - 16:  # keep a heading with two lines
                pdf.add_page()
            else:
                pdf.ln(3)
            pdf.set_font("sans", "B", 11.5)
            pdf.set_text_color(*GREEN)
            pdf.cell(0, 6.5, block[1], new_x="LMARGIN", new_y="NEXT")
            pdf.set_text_color(0, 0, 0)
            pdf.ln(0.8)
            current = block[1]
        elif kind == "p":
            if prev == "item":
                pdf.ln(1.2)
            _body(pdf, block[1])
            pdf.ln(1.8)
        elif kind == "item":
            pdf.set_font("serif", "", 10.5)
            if pdf.get_y() > pdf.page_break_trigger - LEAD:
                pdf.add_page()
            y = pdf.get_y()
            pdf.set_xy(pdf.l_margin + 5, y)
            pdf.cell(7, LEAD, f"{block[1]})")
            _body(pdf, block[2], indent=12)
            pdf.ln(0.6)
        elif kind == "caption":
            if pdf.get_y() > pdf.page_break_trigger - 60:  # keep the caption, table and note together
                pdf.add_page()
            pdf.ln(1)
            pdf.set_font("sans", "B", 9.5)
            pdf.cell(0, 5, block[1], new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1)
        elif kind == "table":
            before = pdf.page_no()
            pdf.set_font("sans", "", 9)
            pdf.set_draw_color(80, 80, 80)
            pdf.set_line_width(0.2)
            head = FontFace(emphasis="BOLD", fill_color=(222, 236, 230))
            with pdf.table(
                col_widths=(92, 26, 44),
                line_height=4.8,
                borders_layout="HORIZONTAL_LINES",
                headings_style=head,
                text_align=("LEFT", "RIGHT", "LEFT"),
                padding=1.3,
            ) as table:
                for row in (eti.TABLE_HEADER, *eti.TABLE_ROWS):
                    r = table.row()
                    for value in row:
                        r.cell(value)
            report.append(f"gift table on PDF page {before}" + ("" if pdf.page_no() == before else " (SPLIT)"))
        elif kind == "note":
            pdf.ln(1)
            pdf.set_font("sans", "I", 8)
            pdf.multi_cell(0, 3.9, block[1], new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2.5)
        elif kind == "place":
            if pdf.get_y() > pdf.page_break_trigger - 30:
                pdf.add_page()
            pdf.ln(6)
            _body(pdf, block[1])
        elif kind == "sign":
            pdf.ln(12)
            y = pdf.get_y()
            for i, (name, role) in enumerate(block[1]):
                x = pdf.l_margin + i * 82
                pdf.set_draw_color(0, 0, 0)
                pdf.line(x, y - 1, x + 60, y - 1)
                pdf.set_xy(x, y)
                pdf.set_font("serif", "", 10.5)
                pdf.cell(75, LEAD, name)
                pdf.set_xy(x, y + LEAD)
                pdf.set_font("serif", "I", 10)
                pdf.cell(75, LEAD, role)
            pdf.set_xy(pdf.l_margin, y + 2 * LEAD)
            report.append(f"signatures on PDF page {pdf.page_no()}")
        else:
            raise ValueError(kind)
        if current is not None:
            pages = art_pages.setdefault(current, [])
            if pdf.page_no() not in pages:
                pages.append(pdf.page_no())
        prev = kind
    for art, pages in art_pages.items():
        report.append(f"{art.split(' ', 2)[0]} {art.split(' ', 2)[1]}: pages {pages}")
    pdf.output(str(path))
    report.append(f"{pdf.page_no()} pages")
    return report


# ---------------------------------------------------------------------------------------------------
# b. cooperation agreement (.docx)
# ---------------------------------------------------------------------------------------------------
def _grid(doc, header, rows, right: tuple[int, ...]) -> None:
    table = doc.add_table(rows=1 + len(rows), cols=len(header))
    table.style = "Table Grid"
    for i, row in enumerate((header, *rows)):
        bold = i == 0 or row[0].startswith("Sum")
        for j, value in enumerate(row):
            par = table.rows[i].cells[j].paragraphs[0]
            run = par.add_run(value)
            run.bold = bold
            run.font.size = Pt(10)
            if j in right and i > 0:
                par.alignment = WD_ALIGN_PARAGRAPH.RIGHT


def build_agreement(path: Path) -> None:
    avt.check_sums()
    doc = Document()
    doc.styles["Normal"].font.name = "Cambria"
    doc.styles["Normal"].font.size = Pt(11)
    for block in avt.BLOCKS:
        kind = block[0]
        if kind == "title":
            doc.add_paragraph(block[1], style="Title")
        elif kind == "sub":
            p = doc.add_paragraph()
            p.add_run(block[1]).italic = True
        elif kind == "line":
            p = doc.add_paragraph(block[1])
            p.paragraph_format.space_after = Pt(0)
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
            header, rows = avt.TABLES[block[1]]
            _grid(doc, header, rows, (1, 2) if block[1] == "bidrag" else ())
        elif kind == "note":
            p = doc.add_paragraph()
            run = p.add_run(block[1])
            run.italic = True
            run.font.size = Pt(9)
        elif kind == "sign":
            rows = block[1]
            table = doc.add_table(rows=len(rows), cols=2)
            for i, row in enumerate(rows):
                for j, value in enumerate(row):
                    run = table.rows[i].cells[j].paragraphs[0].add_run(value)
                    run.bold = i == 0
                    run.italic = i == 3
            table.rows[2].height = Pt(40)
        else:
            raise ValueError(kind)
    props = doc.core_properties
    props.title = f"{avt.TITLE} {avt.SUB}"
    props.author = "Norsk kulturskoleråd Region Fjordheim (oppdiktet)"
    props.last_modified_by = "evals/fit8/build.py"
    props.revision = 4
    naive = _dt.datetime(2028, 10, 30, 12, 0, 0)
    props.created = props.modified = props.last_printed = naive
    buf = io.BytesIO()
    doc.save(buf)
    path.write_bytes(fixed_docx(buf.getvalue(), (2028, 10, 30, 12, 0, 0)))


# ---------------------------------------------------------------------------------------------------
# c. årshjul (.md)
# ---------------------------------------------------------------------------------------------------
def build_calendar(path: Path) -> list[str]:
    path.write_text(hjul.TEXT, encoding="utf-8", newline="\n")
    lines = hjul.TEXT.splitlines()
    heads = [line for line in lines if line.startswith("#")]
    return [f"{len(lines)} lines, {len(heads)} headings"]


def main() -> None:
    DOCS.mkdir(exist_ok=True)
    for line in build_ethics(DOCS / FILES["ethics"]):
        print(f"{FILES['ethics']}: {line}")
    build_agreement(DOCS / FILES["agreement"])
    for line in build_calendar(DOCS / FILES["calendar"]):
        print(f"{FILES['calendar']}: {line}")
    (DOCS / "manifest.toml").write_text(MANIFEST, encoding="utf-8")
    for f in [*FILES.values(), "manifest.toml"]:
        print(f"wrote docs/{f} ({(DOCS / f).stat().st_size} bytes)")


if __name__ == "__main__":
    main()
