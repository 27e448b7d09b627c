"""Build the three invented documents of the fit6 set into evals/fit6/docs/ (same bytes on every run).

    .venv/bin/python -m evals.fit6.build          (or: .venv/bin/python evals/fit6/build.py)

a. rammeplan-utdrag.pdf            fpdf2, DejaVu fonts: an excerpt (chapters 1–5) of a framework plan. Bold
                                   numbered headings in three sizes ("3 …", "3.2 …", "4.1.2 …"), a table of
                                   the three programme areas with a ruled header, chapter 2 set in two columns
                                   on its own page, a bulleted list that runs over a page break, a running
                                   header, and a footer with the printed page number (PDF page + 11).
b. instruks-valgkomiteen.docx      python-docx: Title, §§ as Heading 2, ledd "(1)", "(2)" as Normal paragraphs,
                                   lettered "a)" paragraphs, a timeline table (Frist / Oppgave), a small italic
                                   note and an adoption line.
c. landstingsprotokoll-2029.txt    plain UTF-8 text hard-wrapped at 90 characters, written byte for byte from
                                   content_protokoll.TEXT.
"""

from __future__ import annotations

import datetime as _dt
import io
import sys
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    __package__ = "evals.fit6"  # noqa: A001

from docx import Document
from docx.shared import Pt
from fpdf import FPDF
from fpdf.fonts import FontFace

from evals.fit6 import content_instruks as instr
from evals.fit6 import content_protokoll as prot
from evals.fit6 import content_rammeplan as plan
from evals.fit_build import add_dejavu_fonts, fixed_docx, manifest

HERE = Path(__file__).resolve().parent
DOCS = HERE / "docs"
FIXED = _dt.datetime(2028, 3, 20, 12, 0, 0, tzinfo=_dt.UTC)
SOURCE = "Oppdiktet eksempeldokument for evaluering, laget av evals/fit6/build.py"
FILES = {
    "framework": "rammeplan-utdrag.pdf",
    "mandate": "instruks-valgkomiteen.docx",
    "protocol": "landstingsprotokoll-2029.txt",
}
MANIFEST = manifest(
    SOURCE,
    [
        (FILES["framework"], plan.TITLE, "framework", "2028-03"),
        (FILES["mandate"], instr.TITLE, "mandate", "2029-10"),
        (FILES["protocol"], prot.TITLE, "protocol", "2029-10"),
    ],
)

LEAD = 5.6  # body line height (mm) of the plan
GREEN = (30, 80, 60)
GREY = (100, 100, 100)


# ---------------------------------------------------------------------------------------------------
# a. framework plan excerpt (PDF)
# ---------------------------------------------------------------------------------------------------
class PlanPdf(FPDF):
    def __init__(self):
        super().__init__(format="A4", unit="mm")
        self.set_creation_date(FIXED)
        self.set_title(plan.TITLE)
        self.set_author("Norsk kulturskoleråd (oppdiktet)")
        self.set_creator("evals/fit6/build.py")
        self.set_margins(25, 24, 25)
        self.set_auto_page_break(True, margin=24)
        add_dejavu_fonts(self)

    def header(self):
        self.set_font("sans", "", 8)
        self.set_text_color(*GREY)
        self.set_xy(self.l_margin, 11)
        self.cell(self.epw / 2, 4, plan.RUNNING, align="L")
        self.cell(self.epw / 2, 4, "Norsk kulturskoleråd", align="R")
        self.set_draw_color(*GREY)
        self.set_line_width(0.2)
        self.line(self.l_margin, 16, self.w - self.r_margin, 16)
        self.set_text_color(0, 0, 0)
        self.set_xy(self.l_margin, 24)

    def footer(self):
        self.set_y(-15)
        self.set_font("sans", "", 9)
        self.set_text_color(*GREY)
        self.cell(0, 5, str(self.page_no() + plan.FIRST_PRINTED_PAGE - 1), align="C")
        self.set_text_color(0, 0, 0)


HEAD = {"h1": (15, 8, 5), "h2": (12.5, 7, 3.5), "h3": (11, 6.5, 2.5)}  # size, line height, space before


def _heading(pdf: PlanPdf, kind: str, text: str) -> None:
    size, height, before = HEAD[kind]
    if pdf.get_y() > pdf.h - 24 - 22:  # keep a heading together with some text
        pdf.add_page()
    elif pdf.get_y() > 30:
        pdf.ln(before)
    pdf.set_font("sans", "B", size)
    pdf.set_text_color(*GREEN)
    pdf.multi_cell(0, height, text, new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0, 0, 0)
    pdf.ln(1)


def _columns(pdf: PlanPdf, blocks) -> None:
    with pdf.text_columns(ncols=2, gutter=8, text_align="LEFT", line_height=1.3) as cols:
        for kind, text in blocks:
            if kind == "h2":
                with cols.paragraph(top_margin=2.5, bottom_margin=1.5) as par:
                    pdf.set_font("sans", "B", 11)
                    pdf.set_text_color(*GREEN)
                    par.write(text)
            else:
                with cols.paragraph(bottom_margin=2) as par:
                    pdf.set_font("serif", "", 9.5)
                    pdf.set_text_color(0, 0, 0)
                    par.write(text)
    pdf.set_text_color(0, 0, 0)


def build_plan(path: Path) -> list[str]:
    pdf = PlanPdf()
    pdf.add_page()
    report: list[str] = []
    bullets: list[int] = []
    for block in plan.BLOCKS:
        kind = block[0]
        if "--layout" in sys.argv:
            what = str(block[1:])[:60] if len(block) > 1 else ""
            print(f"  page {pdf.page_no()} y={pdf.get_y():5.1f}  {kind:8} {what}")
        if kind != "bullet" and bullets:
            report.append(f"bulleted list on pages {sorted(set(bullets))} (the page of each item: {bullets})")
            bullets = []
        if kind == "title":
            pdf.set_font("sans", "B", 18)
            pdf.set_text_color(*GREEN)
            pdf.multi_cell(0, 9, block[1], new_x="LMARGIN", new_y="NEXT")
            pdf.set_text_color(0, 0, 0)
            pdf.ln(1)
        elif kind == "lead":
            pdf.set_font("serif", "I", 9.5)
            pdf.multi_cell(0, 5, block[1], new_x="LMARGIN", new_y="NEXT")
            pdf.ln(3)
        elif kind in HEAD:
            _heading(pdf, kind, block[1])
        elif kind == "p":
            pdf.set_font("serif", "", 10.5)
            pdf.multi_cell(0, LEAD, block[1], new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)
        elif kind == "bullet":
            pdf.set_font("serif", "", 10.5)
            if pdf.get_y() > pdf.h - 24 - LEAD:
                pdf.add_page()
            y = pdf.get_y()
            pdf.set_xy(pdf.l_margin + 4, y)
            pdf.cell(5, LEAD, "•")
            pdf.set_xy(pdf.l_margin + 9, y)
            pdf.multi_cell(pdf.epw - 9, LEAD, block[1], new_x="LMARGIN", new_y="NEXT")
            pdf.ln(0.8)
            bullets.append(pdf.page_no())
        elif kind == "caption":
            pdf.ln(1)
            pdf.set_font("sans", "B", 9.5)
            pdf.cell(0, 6, block[1], new_x="LMARGIN", new_y="NEXT")
        elif kind == "table":
            pdf.set_font("sans", "", 8.5)
            head = FontFace(emphasis="BOLD", fill_color=(225, 235, 228))
            with pdf.table(
                col_widths=(37, 35, 48, 40),
                line_height=4.6,
                borders_layout="HORIZONTAL_LINES",
                headings_style=head,
                text_align="LEFT",
                padding=1.2,
            ) as table:
                for row in (plan.TABLE_HEADER, *plan.TABLE_ROWS):
                    r = table.row()
                    for value in row:
                        r.cell(value)
            pdf.ln(3)
        elif kind == "columns":
            before = pdf.page_no()
            _columns(pdf, block[1])
            if pdf.page_no() != before:
                raise SystemExit("the two-column chapter does not fit on one page")
            report.append(f"two-column text on PDF page {before}")
        elif kind == "page":
            pdf.add_page()
        elif kind == "end":
            pdf.ln(4)
            pdf.set_font("serif", "I", 9.5)
            pdf.multi_cell(0, 5, block[1], new_x="LMARGIN", new_y="NEXT")
        else:
            raise ValueError(kind)
    pdf.output(str(path))
    last = pdf.page_no() + plan.FIRST_PRINTED_PAGE - 1
    report.append(f"{pdf.page_no()} pages, printed {plan.FIRST_PRINTED_PAGE}–{last}")
    return report


# ---------------------------------------------------------------------------------------------------
# b. mandate (.docx)
# ---------------------------------------------------------------------------------------------------
def build_mandate(path: Path) -> None:
    doc = Document()
    doc.styles["Normal"].font.name = "Cambria"
    doc.styles["Normal"].font.size = Pt(11)
    for block in instr.BLOCKS:
        kind = block[0]
        if kind == "title":
            doc.add_paragraph(block[1], style="Title")
        elif kind == "sub":
            p = doc.add_paragraph()
            p.add_run(block[1]).italic = True
        elif kind in ("para", "h2plain"):
            doc.add_heading(block[1], level=2)
        elif kind == "p":
            doc.add_paragraph(block[1])
        elif kind == "letter":
            p = doc.add_paragraph(block[1])
            p.paragraph_format.left_indent = Pt(24)
            p.paragraph_format.first_line_indent = Pt(-14)
            p.paragraph_format.space_after = Pt(2)
        elif kind == "table":
            table = doc.add_table(rows=1 + len(instr.TABLE_ROWS), cols=2)
            table.style = "Table Grid"
            for j, h in enumerate(instr.TABLE_HEADER):
                cell = table.rows[0].cells[j]
                cell.text = ""
                cell.paragraphs[0].add_run(h).bold = True
            for i, row in enumerate(instr.TABLE_ROWS, start=1):
                for j, value in enumerate(row):
                    table.rows[i].cells[j].text = value
        elif kind == "note":
            p = doc.add_paragraph()
            p.paragraph_format.space_before = Pt(12)
            run = p.add_run(block[1])
            run.italic = True
            run.font.size = Pt(9)
        elif kind == "adopted":
            p = doc.add_paragraph()
            p.paragraph_format.space_before = Pt(12)
            p.add_run(block[1]).bold = True
        else:
            raise ValueError(kind)
    props = doc.core_properties
    props.title = instr.TITLE
    props.author = "Norsk kulturskoleråd (oppdiktet)"
    props.last_modified_by = "evals/fit6/build.py"
    props.revision = 2
    naive = _dt.datetime(2029, 10, 22, 12, 0, 0)
    props.created = props.modified = props.last_printed = naive
    buf = io.BytesIO()
    doc.save(buf)
    path.write_bytes(fixed_docx(buf.getvalue(), (2029, 10, 22, 12, 0, 0)))


# ---------------------------------------------------------------------------------------------------
# c. minutes (.txt)
# ---------------------------------------------------------------------------------------------------
def build_minutes(path: Path) -> list[str]:
    path.write_text(prot.TEXT, encoding="utf-8", newline="\n")
    widths = [len(line) for line in prot.TEXT.splitlines()]
    return [f"{len(widths)} lines, longest {max(widths)} characters"]


def main() -> None:
    DOCS.mkdir(exist_ok=True)
    for line in build_plan(DOCS / FILES["framework"]):
        print(f"{FILES['framework']}: {line}")
    build_mandate(DOCS / FILES["mandate"])
    for line in build_minutes(DOCS / FILES["protocol"]):
        print(f"{FILES['protocol']}: {line}")
    (DOCS / "manifest.toml").write_text(MANIFEST, encoding="utf-8")
    for f in [*FILES.values(), "manifest.toml"]:
        print(f"wrote docs/{f} ({(DOCS / f).stat().st_size} bytes)")


if __name__ == "__main__":
    main()
