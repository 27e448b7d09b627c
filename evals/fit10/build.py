"""Build the three invented documents of the fit10 set into evals/fit10/docs/ (same bytes on every run).

    .venv/bin/python -m evals.fit10.build             (or: .venv/bin/python evals/fit10/build.py)
    .venv/bin/python -m evals.fit10.build --layout    also print the page and y of every block of the PDF

a. delegeringsreglement-region-skarvheia.pdf      fpdf2, DejaVu fonts: the delegation rule book, a title block
                                                  with three adoption lines, chapters "3 …" and sub-sections
                                                  "3.2 …" (sans headings, serif body), a lettered list "a)",
                                                  a fully ruled table of authority that runs over a page break
                                                  with its header row repeated, a small italic note, an
                                                  "Endringslogg" table with horizontal rules only; a running
                                                  header (two parts, over a rule) and a centred footer
                                                  "Side N av M" on every page.
b. protokoll-arsmotet-2032-region-skarvheia.docx  python-docx: Title, italic sub-line, meta lines with bold
                                                  labels, the saker as Heading 1 ("Sak 4 …"), sub-items of
                                                  sak 1 and sak 8 as Heading 2 ("8.1 …"), paragraphs opening
                                                  with a bold label ("Vedtak:"), List Bullet and List Number,
                                                  two Table Grid tables (attendance, election), small italic
                                                  remarks. content_protokoll.check_votes() is run first.
c. utlysning-skarvheia-utviklingsfond-2033.md     Markdown, written byte for byte from content_utlysning.TEXT.
"""

from __future__ import annotations

import datetime as _dt
import io
import sys
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    __package__ = "evals.fit10"  # noqa: A001

from docx import Document
from docx.shared import Pt, RGBColor
from fpdf import FPDF
from fpdf.fonts import FontFace

from evals.fit10 import content_delegering as dlg
from evals.fit10 import content_protokoll as pro
from evals.fit10 import content_utlysning as utl
from evals.fit_build import add_dejavu_fonts, fixed_docx, manifest

HERE = Path(__file__).resolve().parent
DOCS = HERE / "docs"
FIXED = _dt.datetime(2033, 2, 14, 9, 30, 0, tzinfo=_dt.UTC)
SOURCE = "Oppdiktet eksempeldokument for evaluering, laget av evals/fit10/build.py"
FILES = {
    "delegation": "delegeringsreglement-region-skarvheia.pdf",
    "protocol": "protokoll-arsmotet-2032-region-skarvheia.docx",
    "call": "utlysning-skarvheia-utviklingsfond-2033.md",
}
MANIFEST = manifest(
    SOURCE,
    [
        (FILES["delegation"], f"{dlg.TITLE} – {dlg.SUB}", "delegation", "2033-02"),
        (FILES["protocol"], f"{pro.TITLE} – {pro.SUB}", "protocol", "2032-04"),
        (FILES["call"], f"{utl.TITLE} – Norsk kulturskoleråd Region Skarvheia", "call", "2033-03"),
    ],
)

LEAD = 5.3  # body line height (mm)
GREEN = (30, 90, 70)
GREY = (110, 110, 110)


# ---------------------------------------------------------------------------------------------------
# a. the delegation rule book (PDF)
# ---------------------------------------------------------------------------------------------------
class DelegationPdf(FPDF):
    def __init__(self):
        super().__init__(format="A4", unit="mm")
        self.set_creation_date(FIXED)
        self.set_title(f"{dlg.TITLE} – {dlg.SUB}")
        self.set_author("Norsk kulturskoleråd Region Skarvheia (oppdiktet)")
        self.set_creator("evals/fit10/build.py")
        self.set_margins(24, 26, 24)
        self.set_auto_page_break(True, margin=22)
        self.alias_nb_pages()
        add_dejavu_fonts(self, sans_italic=True)

    def header(self):
        self.set_xy(self.l_margin, 12)
        self.set_font("sans", "", 8)
        self.set_text_color(*GREY)
        self.cell(self.epw * 0.5, 4, dlg.HEADER_LEFT, align="L")
        self.cell(self.epw * 0.5, 4, dlg.HEADER_RIGHT, align="R")
        self.set_draw_color(*GREEN)
        self.set_line_width(0.3)
        self.line(self.l_margin, 17, self.w - self.r_margin, 17)
        self.set_text_color(0, 0, 0)
        self.set_xy(self.l_margin, self.t_margin)

    def footer(self):
        self.set_xy(self.l_margin, self.h - 13)
        self.set_font("sans", "", 8)
        self.set_text_color(*GREY)
        self.cell(self.epw, 4, f"Side {self.page_no()} av {{nb}}", align="C")
        self.set_text_color(0, 0, 0)


def _body(pdf: DelegationPdf, text: str, indent: float = 0.0) -> None:
    pdf.set_font("serif", "", 10.5)
    pdf.set_x(pdf.l_margin + indent)
    pdf.multi_cell(pdf.epw - indent, LEAD, text, new_x="LMARGIN", new_y="NEXT", align="L")


def _authority_table(pdf: DelegationPdf) -> None:
    pdf.set_font("sans", "", 8.6)
    pdf.set_draw_color(70, 70, 70)
    pdf.set_line_width(0.2)
    with pdf.table(
        col_widths=(58, 42, 30, 32),
        line_height=4.6,
        borders_layout="ALL",
        headings_style=FontFace(emphasis="BOLD", color=(255, 255, 255), fill_color=GREEN),
        repeat_headings=1,
        text_align="LEFT",
        padding=1.3,
    ) as table:
        for row in (dlg.AUTHORITY_HEADER, *dlg.AUTHORITY):
            r = table.row()
            for value in row:
                r.cell(value)


def _log_table(pdf: DelegationPdf) -> None:
    pdf.set_font("sans", "", 8.4)
    pdf.set_draw_color(*GREY)
    with pdf.table(
        col_widths=(20, 26, 100, 16),
        line_height=4.4,
        borders_layout="HORIZONTAL_LINES",
        headings_style=FontFace(emphasis="BOLD"),
        text_align="LEFT",
        padding=1.2,
    ) as table:
        for row in (dlg.LOG_HEADER, *dlg.LOG):
            r = table.row()
            for value in row:
                r.cell(value)


def build_delegation(path: Path) -> list[str]:
    pdf = DelegationPdf()
    pdf.add_page()
    layout = "--layout" in sys.argv
    report: list[str] = []
    sec_pages: dict[str, list[int]] = {}
    current = None
    for block in dlg.BLOCKS:
        kind = block[0]
        if layout:
            print(f"  page {pdf.page_no()} y={pdf.get_y():5.1f}  {kind:6} {str(block[1:])[:80]}")
        if kind == "title":
            pdf.set_font("sans", "B", 22)
            pdf.set_text_color(*GREEN)
            pdf.cell(0, 10, block[1], new_x="LMARGIN", new_y="NEXT")
            pdf.set_text_color(0, 0, 0)
        elif kind == "sub":
            pdf.set_font("sans", "", 13)
            pdf.cell(0, 7, block[1], new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)
        elif kind == "meta":
            pdf.set_font("sans", "I", 9)
            pdf.set_text_color(*GREY)
            for line in block[1]:
                pdf.cell(0, 4.6, line, new_x="LMARGIN", new_y="NEXT")
            pdf.set_text_color(0, 0, 0)
            pdf.ln(4)
        elif kind == "h1":
            if pdf.get_y() > pdf.page_break_trigger - 24:
                pdf.add_page()
            else:
                pdf.ln(4)
            pdf.set_font("sans", "B", 13)
            pdf.set_text_color(*GREEN)
            pdf.cell(0, 7, block[1], new_x="LMARGIN", new_y="NEXT")
            pdf.set_text_color(0, 0, 0)
            pdf.ln(1)
            current = block[1]
        elif kind == "h2":
            if pdf.get_y() > pdf.page_break_trigger - 16:
                pdf.add_page()
            else:
                pdf.ln(1.5)
            pdf.set_font("sans", "B", 10.5)
            pdf.cell(0, 6, block[1], new_x="LMARGIN", new_y="NEXT")
            current = block[1]
        elif kind == "p":
            _body(pdf, block[1])
            pdf.ln(1.8)
        elif kind == "letter":
            pdf.set_font("serif", "", 10.5)
            if pdf.get_y() > pdf.page_break_trigger - LEAD:
                pdf.add_page()
            pdf.set_x(pdf.l_margin + 5)
            pdf.cell(7, LEAD, block[1])
            _body(pdf, block[2], indent=12)
            pdf.ln(0.8)
        elif kind == "table":
            before = pdf.page_no()
            _authority_table(pdf)
            split = "" if pdf.page_no() == before else f" (SPLIT, ends on page {pdf.page_no()})"
            report.append(f"authority table starts on PDF page {before}{split}")
            pdf.ln(1.5)
        elif kind == "note":
            pdf.set_font("sans", "I", 8)
            pdf.multi_cell(0, 3.8, block[1], new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)
        elif kind == "log":
            current = None
            if pdf.get_y() > pdf.page_break_trigger - 45:
                pdf.add_page()
            else:
                pdf.ln(6)
            pdf.set_font("sans", "B", 11)
            pdf.set_text_color(*GREEN)
            pdf.cell(0, 6, dlg.CLOSING, new_x="LMARGIN", new_y="NEXT")
            pdf.set_text_color(0, 0, 0)
            pdf.ln(1)
            _log_table(pdf)
            report.append(f"change log on PDF page {pdf.page_no()}")
        else:
            raise ValueError(kind)
        if current is not None:
            pages = sec_pages.setdefault(current, [])
            if pdf.page_no() not in pages:
                pages.append(pdf.page_no())
    for sec, pages in sec_pages.items():
        report.append(f"kap. {sec.split(' ', 1)[0]}: pages {pages}")
    pdf.output(str(path))
    report.append(f"{pdf.page_no()} pages")
    return report


# ---------------------------------------------------------------------------------------------------
# b. the protocol (.docx)
# ---------------------------------------------------------------------------------------------------
def _grid(doc, header, rows) -> None:
    table = doc.add_table(rows=1 + len(rows), cols=len(header))
    table.style = "Table Grid"
    for i, row in enumerate((header, *rows)):
        bold = i == 0 or row[0] == "Sum"
        for j, value in enumerate(row):
            run = table.rows[i].cells[j].paragraphs[0].add_run(value)
            run.bold = bold
            run.font.size = Pt(10)


def _remark(doc, text: str) -> None:
    p = doc.add_paragraph()
    run = p.add_run(text)
    run.italic = True
    run.font.size = Pt(8.5)
    run.font.color.rgb = RGBColor(0x59, 0x59, 0x59)


def build_protocol(path: Path) -> None:
    pro.check_votes()
    doc = Document()
    doc.styles["Normal"].font.name = "Cambria"
    doc.styles["Normal"].font.size = Pt(11)
    for block in pro.BLOCKS:
        kind = block[0]
        if kind == "title":
            doc.add_paragraph(block[1], style="Title")
        elif kind == "sub":
            doc.add_paragraph().add_run(block[1]).italic = True
        elif kind in ("meta", "lp"):
            p = doc.add_paragraph()
            p.add_run(block[1]).bold = True
            p.add_run(" " + block[2])
        elif kind == "h1":
            doc.add_heading(block[1], level=1)
        elif kind == "h2":
            doc.add_heading(block[1], level=2)
        elif kind in ("p", "closing"):
            doc.add_paragraph(block[1])
        elif kind == "bullet":
            doc.add_paragraph(block[1], style="List Bullet")
        elif kind == "number":
            doc.add_paragraph(block[1], style="List Number")
        elif kind == "table":
            header, rows = pro.TABLES[block[1]]
            _grid(doc, header, rows)
        elif kind == "remark":
            _remark(doc, block[1])
        else:
            raise ValueError(kind)
    props = doc.core_properties
    props.title = f"{pro.TITLE} – {pro.SUB}"
    props.author = "Norsk kulturskoleråd Region Skarvheia (oppdiktet)"
    props.last_modified_by = "evals/fit10/build.py"
    props.revision = 2
    naive = _dt.datetime(2032, 5, 2, 11, 0, 0)
    props.created = props.modified = props.last_printed = naive
    buf = io.BytesIO()
    doc.save(buf)
    path.write_bytes(fixed_docx(buf.getvalue(), (2032, 5, 2, 11, 0, 0)))


# ---------------------------------------------------------------------------------------------------
# c. the call for applications (Markdown)
# ---------------------------------------------------------------------------------------------------
def build_call(path: Path) -> list[str]:
    path.write_text(utl.TEXT, encoding="utf-8", newline="\n")
    heads = utl.headings()
    return [f"{len(utl.TEXT.splitlines())} lines, {len(heads)} headings below the title"]


def main() -> None:
    DOCS.mkdir(exist_ok=True)
    for line in build_delegation(DOCS / FILES["delegation"]):
        print(f"{FILES['delegation']}: {line}")
    build_protocol(DOCS / FILES["protocol"])
    for line in build_call(DOCS / FILES["call"]):
        print(f"{FILES['call']}: {line}")
    (DOCS / "manifest.toml").write_text(MANIFEST, encoding="utf-8")
    for f in [*FILES.values(), "manifest.toml"]:
        print(f"wrote docs/{f} ({(DOCS / f).stat().st_size} bytes)")


if __name__ == "__main__":
    main()
