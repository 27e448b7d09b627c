"""Build the three invented documents of the fit7 set into evals/fit7/docs/ (same bytes on every run).

    .venv/bin/python -m evals.fit7.build             (or: .venv/bin/python evals/fit7/build.py)
    .venv/bin/python -m evals.fit7.build --layout    also print the page and y of every block of the PDF

a. strategi-2027-2030.md                  Markdown, written byte for byte from content_strategi.TEXT.
b. horingssvar-kulturtilbudsloven.pdf     fpdf2, DejaVu fonts: a consultation response with letterhead lines,
                                          numbered headings ("1 …", "3.2 …"), footnote markers set small and
                                          raised right after a word with the footnote text at the bottom of the
                                          same page, a ruled table, two bulleted lists (the second runs over a
                                          page break), a signature block and a running footer "Side N av M".
c. arsregnskap-2028-region-lysheia.docx   python-docx: Title, Heading 1/2, Normal paragraphs, the result and
                                          balance tables (Table Grid, Note column, amounts right-aligned),
                                          "Note 1" … "Note 7" as Heading 2, a small table in note 3, and a
                                          borderless signature table.
"""

from __future__ import annotations

import datetime as _dt
import io
import re
import sys
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    __package__ = "evals.fit7"  # noqa: A001

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt
from fpdf import FPDF
from fpdf.fonts import FontFace

from evals.fit7 import content_horing as hor
from evals.fit7 import content_regnskap as acc
from evals.fit7 import content_strategi as strat
from evals.fit_build import add_dejavu_fonts, fixed_docx, manifest

HERE = Path(__file__).resolve().parent
DOCS = HERE / "docs"
FIXED = _dt.datetime(2029, 2, 26, 12, 0, 0, tzinfo=_dt.UTC)
SOURCE = "Oppdiktet eksempeldokument for evaluering, laget av evals/fit7/build.py"
FILES = {
    "strategy": "strategi-2027-2030.md",
    "consultation": "horingssvar-kulturtilbudsloven.pdf",
    "accounts": "arsregnskap-2028-region-lysheia.docx",
}
MANIFEST = manifest(
    SOURCE,
    [
        (FILES["strategy"], strat.TITLE, "strategy", "2026-11"),
        (FILES["consultation"], hor.TITLE, "consultation", "2029-02"),
        (FILES["accounts"], f"{acc.TITLE} – {acc.SUB}", "accounts", "2029-02"),
    ],
)

LEAD = 5.4  # body line height (mm)
BASE_BOTTOM = 24  # bottom margin (mm) of a page without footnotes
FN_LEAD = 3.8  # footnote line height (mm)
BLUE = (25, 55, 110)
GREY = (100, 100, 100)


# ---------------------------------------------------------------------------------------------------
# b. consultation response (PDF)
# ---------------------------------------------------------------------------------------------------
class HearingPdf(FPDF):
    def __init__(self):
        super().__init__(format="A4", unit="mm")
        self.set_creation_date(FIXED)
        self.set_title(hor.TITLE)
        self.set_author("Norsk kulturskoleråd (oppdiktet)")
        self.set_creator("evals/fit7/build.py")
        self.set_margins(25, 22, 25)
        self.set_auto_page_break(True, margin=BASE_BOTTOM)
        self.alias_nb_pages()
        add_dejavu_fonts(self)
        self.notes: dict[int, list[int]] = {}  # page -> footnote numbers
        self.marker_y: list[tuple[int, int, float]] = []  # (footnote, page, y of the line)

    def header(self):
        self.set_auto_page_break(True, margin=BASE_BOTTOM)
        self.set_xy(self.l_margin, 22)

    def footnote_height(self, numbers) -> float:
        self.set_font("serif", "", 8)
        lines = sum(len(self.multi_cell(self.epw - 5, FN_LEAD, hor.FOOTNOTES[n], dry_run=True, output="LINES"))
                    for n in numbers)
        return 4 + lines * FN_LEAD + 1.2 * len(numbers)

    def add_note(self, n: int) -> None:
        page = self.page_no()
        self.notes.setdefault(page, []).append(n)
        self.marker_y.append((n, page, self.get_y()))
        font = (self.font_family, self.font_style, self.font_size_pt)
        self.set_auto_page_break(True, margin=BASE_BOTTOM + self.footnote_height(self.notes[page]))
        self.set_font(*font)

    def footer(self):
        numbers = self.notes.get(self.page_no(), [])
        if numbers:
            top = self.h - BASE_BOTTOM - self.footnote_height(numbers) + 2
            self.set_draw_color(*GREY)
            self.set_line_width(0.2)
            self.line(self.l_margin, top, self.l_margin + 45, top)
            y = top + 2
            self.set_font("serif", "", 8)
            for n in numbers:
                self.set_xy(self.l_margin, y)
                self.cell(5, FN_LEAD, str(n))
                self.set_xy(self.l_margin + 5, y)
                self.multi_cell(self.epw - 5, FN_LEAD, hor.FOOTNOTES[n], new_x="LMARGIN", new_y="NEXT")
                y = self.get_y() + 1.2
        self.set_draw_color(*GREY)
        self.set_line_width(0.2)
        self.line(self.l_margin, self.h - 17, self.w - self.r_margin, self.h - 17)
        self.set_xy(self.l_margin, self.h - 15.5)
        self.set_font("sans", "", 8)
        self.set_text_color(*GREY)
        self.cell(self.epw / 2, 4, hor.FOOTER_LEFT, align="L")
        self.cell(self.epw / 2, 4, f"Side {self.page_no()} av {{nb}}", align="R")
        self.set_text_color(0, 0, 0)


def _para(pdf: HearingPdf, text: str) -> None:
    pdf.set_font("serif", "", 10.5)
    pdf.set_x(pdf.l_margin)
    parts = re.split(r"(\^\d)", text)
    for i, part in enumerate(parts):
        if part.startswith("^"):
            pdf.add_note(int(part[1:]))
            pdf.char_vpos = "SUP"
            pdf.write(LEAD, part[1:])
            pdf.char_vpos = "LINE"
            pdf.set_font("serif", "", 10.5)
        elif part and i + 1 < len(parts):
            # the word before a marker: keep it and the marker on one line
            head, _, word = part.rpartition(" ")
            if head:
                pdf.write(LEAD, head + " ")
            if pdf.get_x() + pdf.get_string_width(word + "00") > pdf.w - pdf.r_margin:
                pdf.ln(LEAD)
            pdf.write(LEAD, word)
        elif part:
            pdf.write(LEAD, part)
    pdf.ln(LEAD)
    pdf.ln(2.2)


def _heading(pdf: HearingPdf, size: float, text: str) -> None:
    if pdf.get_y() > pdf.page_break_trigger - (34 if size > 12 else 22):  # keep a heading with some text
        pdf.add_page()
    else:
        pdf.ln(3 if size > 12 else 1.5)
    pdf.set_font("sans", "B", size)
    pdf.set_text_color(*BLUE)
    pdf.multi_cell(0, size * 0.5, text, new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0, 0, 0)
    pdf.ln(1.5)


def build_hearing(path: Path) -> list[str]:
    pdf = HearingPdf()
    pdf.add_page()
    layout = "--layout" in sys.argv
    report: list[str] = []
    lists: list[list[int]] = []
    prev = None
    for block in hor.BLOCKS:
        kind = block[0]
        if layout:
            print(f"  page {pdf.page_no()} y={pdf.get_y():5.1f}  {kind:8} {str(block[1:])[:70]}")
        if kind == "bullet" and prev != "bullet":
            lists.append([])
        if kind == "org":
            pdf.set_font("sans", "B", 16)
            pdf.set_text_color(*BLUE)
            pdf.cell(0, 8, block[1], new_x="LMARGIN", new_y="NEXT")
            pdf.set_text_color(0, 0, 0)
            pdf.ln(4)
        elif kind == "meta":
            pdf.set_font("sans", "B", 9.5)
            pdf.cell(32, 5, block[1])
            pdf.set_font("sans", "", 9.5)
            pdf.cell(0, 5, block[2], new_x="LMARGIN", new_y="NEXT")
        elif kind == "title":
            pdf.ln(7)
            pdf.set_font("sans", "B", 13.5)
            pdf.multi_cell(0, 6.5, block[1], new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)
        elif kind == "h1":
            _heading(pdf, 13, block[1])
        elif kind == "h2":
            _heading(pdf, 11, block[1])
        elif kind == "p":
            _para(pdf, block[1])
        elif kind == "bullet":
            pdf.set_font("serif", "", 10.5)
            if pdf.get_y() > pdf.page_break_trigger - LEAD:
                pdf.add_page()
            y = pdf.get_y()
            pdf.set_xy(pdf.l_margin + 4, y)
            pdf.cell(5, LEAD, "•")
            pdf.set_xy(pdf.l_margin + 9, y)
            pdf.multi_cell(pdf.epw - 9, LEAD, block[1], new_x="LMARGIN", new_y="NEXT", align="L")
            pdf.ln(1)
            lists[-1].append(pdf.page_no())
            if block is hor.BLOCKS[-1] or hor.BLOCKS[hor.BLOCKS.index(block) + 1][0] != "bullet":
                pdf.ln(1.5)
        elif kind == "caption":
            if pdf.get_y() > pdf.page_break_trigger - 75:  # keep the caption and the whole table together
                pdf.add_page()
            pdf.ln(1)
            pdf.set_font("sans", "B", 9.5)
            pdf.multi_cell(0, 5, block[1], new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1)
        elif kind == "table":
            before = pdf.page_no()
            pdf.set_font("sans", "", 9)
            pdf.set_draw_color(60, 60, 60)
            head = FontFace(emphasis="BOLD", fill_color=(225, 231, 242))
            with pdf.table(
                col_widths=(44, 26, 46, 44),
                line_height=4.8,
                borders_layout="ALL",
                headings_style=head,
                text_align=("LEFT", "RIGHT", "RIGHT", "RIGHT"),
                padding=1.4,
            ) as table:
                for row in (hor.TABLE_HEADER, *hor.TABLE_ROWS):
                    r = table.row()
                    for value in row:
                        r.cell(value)
            pdf.ln(3)
            report.append(f"table on PDF page {before}" + ("" if pdf.page_no() == before else " (SPLIT)"))
        elif kind == "close":
            if prev != "close":
                pdf.ln(3)
            pdf.set_font("serif", "", 10.5)
            pdf.cell(0, LEAD, block[1], new_x="LMARGIN", new_y="NEXT")
        elif kind == "sign":
            if pdf.get_y() > pdf.page_break_trigger - 25:
                pdf.add_page()
            pdf.ln(14)
            y = pdf.get_y()
            for i, (name, title) in enumerate(block[1]):
                x = pdf.l_margin + i * 80
                pdf.set_xy(x, y)
                pdf.set_font("serif", "", 10.5)
                pdf.cell(75, LEAD, name)
                pdf.set_xy(x, y + LEAD)
                pdf.set_font("serif", "I", 10)
                pdf.cell(75, LEAD, title)
            pdf.set_xy(pdf.l_margin, y + 2 * LEAD)
            report.append(f"signatures on PDF page {pdf.page_no()}")
        else:
            raise ValueError(kind)
        prev = kind
    for items in lists:
        report.append(f"bulleted list of {len(items)} items on pages {items}")
    for n, page in ((n, p) for p, ns in pdf.notes.items() for n in ns):
        report.append(f"footnote {n} on PDF page {page}")
    # a marker whose line would sit inside the footnote area of its page is a layout error
    for n, page, y in pdf.marker_y:
        limit = pdf.h - BASE_BOTTOM - pdf.footnote_height(pdf.notes[page])
        if y + LEAD > limit + 0.01:
            raise SystemExit(f"footnote marker {n} on page {page} (y={y:.1f}) is in the footnote area ({limit:.1f})")
    pdf.output(str(path))
    report.append(f"{pdf.page_no()} pages")
    return report


# ---------------------------------------------------------------------------------------------------
# c. annual accounts (.docx)
# ---------------------------------------------------------------------------------------------------
BOLD_ROW = ("Sum", "Driftsresultat", "Årsresultat")


def _table(doc, header, rows, widths_right=(1, 2, 3)) -> None:
    table = doc.add_table(rows=1 + len(rows), cols=len(header))
    table.style = "Table Grid"
    for i, row in enumerate((header, *rows)):
        bold = i == 0 or row[0].startswith(BOLD_ROW) or not any(row[1:])
        for j, value in enumerate(row):
            cell = table.rows[i].cells[j]
            par = cell.paragraphs[0]
            run = par.add_run(value)
            run.bold = bold
            run.font.size = Pt(10)
            if j in widths_right:
                par.alignment = WD_ALIGN_PARAGRAPH.RIGHT


def build_accounts(path: Path) -> None:
    acc.check_sums()
    doc = Document()
    doc.styles["Normal"].font.name = "Calibri"
    doc.styles["Normal"].font.size = Pt(11)
    for block in acc.BLOCKS:
        kind = block[0]
        if kind == "title":
            doc.add_paragraph(block[1], style="Title")
        elif kind == "sub":
            p = doc.add_paragraph()
            p.add_run(block[1]).italic = True
        elif kind == "h1":
            doc.add_heading(block[1], level=1)
        elif kind == "h2":
            doc.add_heading(block[1], level=2)
        elif kind == "p":
            doc.add_paragraph(block[1])
        elif kind == "line":
            p = doc.add_paragraph(block[1])
            p.paragraph_format.space_after = Pt(0)
        elif kind == "table":
            header, rows = acc.TABLES[block[1]]
            right = (2, 3) if block[1] == "grants" else (1, 2, 3)
            _table(doc, header, rows, right)
            doc.add_paragraph()
        elif kind == "sign":
            table = doc.add_table(rows=1, cols=len(block[1]))
            for j, (name, role, date) in enumerate(block[1]):
                cell = table.rows[0].cells[j]
                cell.paragraphs[0].add_run(name)
                cell.add_paragraph().add_run(role).italic = True
                small = cell.add_paragraph().add_run(date)
                small.font.size = Pt(9)
        else:
            raise ValueError(kind)
    props = doc.core_properties
    props.title = f"{acc.TITLE} – {acc.SUB}"
    props.author = "Norsk kulturskoleråd Region Lysheia (oppdiktet)"
    props.last_modified_by = "evals/fit7/build.py"
    props.revision = 3
    naive = _dt.datetime(2029, 2, 28, 12, 0, 0)
    props.created = props.modified = props.last_printed = naive
    buf = io.BytesIO()
    doc.save(buf)
    path.write_bytes(fixed_docx(buf.getvalue(), (2029, 2, 28, 12, 0, 0)))


# ---------------------------------------------------------------------------------------------------
# a. strategy (.md)
# ---------------------------------------------------------------------------------------------------
def build_strategy(path: Path) -> list[str]:
    path.write_text(strat.TEXT, encoding="utf-8", newline="\n")
    lines = strat.TEXT.splitlines()
    heads = [line for line in lines if line.startswith("#")]
    return [f"{len(lines)} lines, {len(heads)} headings"]


def main() -> None:
    DOCS.mkdir(exist_ok=True)
    for line in build_strategy(DOCS / FILES["strategy"]):
        print(f"{FILES['strategy']}: {line}")
    for line in build_hearing(DOCS / FILES["consultation"]):
        print(f"{FILES['consultation']}: {line}")
    build_accounts(DOCS / FILES["accounts"])
    (DOCS / "manifest.toml").write_text(MANIFEST, encoding="utf-8")
    for f in [*FILES.values(), "manifest.toml"]:
        print(f"wrote docs/{f} ({(DOCS / f).stat().st_size} bytes)")


if __name__ == "__main__":
    main()
