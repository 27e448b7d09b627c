"""Build the three invented documents of the fit5 set into evals/fit5/docs/ (same bytes on every run).

    .venv/bin/python -m evals.fit5.build          (or: .venv/bin/python evals/fit5/build.py)

a. politisk-plattform.docx      python-docx: Title, an italic adoption line, Heading 1 "1 Kulturskole for
                                alle" … "6 Lokaler og arenaer", repeated Heading 2 names ("Status", "Vi mener",
                                "Vi vil"), "List Number" standpoints (numbering restarts under each "Vi vil"),
                                "List Bullet" items and one indicator table.
b. handlingsplan-2027-2028.md   Markdown written as is: "#", "## Hovedmål", "### Delmål", bold tiltak ids with
                                "(ansvar: …; frist: …)", a pipe table, a blockquote, links, definitions.
c. styreprotokoll-region.pdf    fpdf2, DejaVu fonts: minutes of two regional board meetings, cases
                                "Sak 31/27" … "Sak 42/27", numbered vedtak points with a hanging number,
                                running header and the footer "Side N".
"""

from __future__ import annotations

import datetime as _dt
import io
import sys
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    __package__ = "evals.fit5"  # noqa: A001

from docx import Document
from docx.oxml.ns import qn
from docx.shared import Pt
from fpdf import FPDF

from evals.fit5 import content_handlingsplan as plan
from evals.fit5 import content_plattform as plat
from evals.fit5 import content_protokoll as prot
from evals.fit_build import add_dejavu_fonts, fixed_docx, manifest

HERE = Path(__file__).resolve().parent
DOCS = HERE / "docs"
FIXED = _dt.datetime(2027, 11, 2, 12, 0, 0, tzinfo=_dt.UTC)
SOURCE = "Oppdiktet eksempeldokument for evaluering, laget av evals/fit5/build.py"
FILES = {
    "platform": "politisk-plattform.docx",
    "plan": "handlingsplan-2027-2028.md",
    "protocol": "styreprotokoll-region.pdf",
}
MANIFEST = manifest(
    SOURCE,
    [
        (FILES["platform"], plat.TITLE, "platform", "2028-06"),
        (FILES["plan"], plan.TITLE, "plan", "2026-12"),
        (FILES["protocol"], f"Kulturskolerådet Region Fjellheimen: {prot.TITLE}", "protocol", "2027-11"),
    ],
)

LEAD = 6.2  # body line height (mm) of the minutes; with it, one numbered vedtak point runs over a page break
BLUE = (20, 75, 70)
GREY = (95, 95, 95)


# ---------------------------------------------------------------------------------------------------
# a. platform (.docx)
# ---------------------------------------------------------------------------------------------------
def _restarted_num(doc) -> int:
    """A new w:num on the abstract numbering of "List Number" that starts again at 1; returns its numId."""
    numbering = doc.part.numbering_part.element
    style = doc.styles["List Number"]
    num_id = int(style.element.pPr.numPr.numId.val)
    abstract = None
    for num in numbering.findall(qn("w:num")):
        if int(num.get(qn("w:numId"))) == num_id:
            abstract = num.find(qn("w:abstractNumId")).get(qn("w:val"))
    new_id = max(int(n.get(qn("w:numId"))) for n in numbering.findall(qn("w:num"))) + 1
    num = numbering.makeelement(qn("w:num"), {qn("w:numId"): str(new_id)})
    a = num.makeelement(qn("w:abstractNumId"), {qn("w:val"): abstract})
    num.append(a)
    ov = num.makeelement(qn("w:lvlOverride"), {qn("w:ilvl"): "0"})
    ov.append(ov.makeelement(qn("w:startOverride"), {qn("w:val"): "1"}))
    num.append(ov)
    numbering.append(num)
    return new_id


def _set_num(paragraph, num_id: int) -> None:
    ppr = paragraph._p.get_or_add_pPr()
    numpr = ppr.makeelement(qn("w:numPr"), {})
    ilvl = numpr.makeelement(qn("w:ilvl"), {qn("w:val"): "0"})
    nid = numpr.makeelement(qn("w:numId"), {qn("w:val"): str(num_id)})
    numpr.append(ilvl)
    numpr.append(nid)
    ppr.insert(1, numpr)  # after w:pStyle


def build_platform(path: Path) -> None:
    doc = Document()
    doc.styles["Normal"].font.name = "Calibri"
    doc.styles["Normal"].font.size = Pt(11)
    num_id = None
    prev = None
    for block in plat.BLOCKS:
        kind = block[0]
        if kind == "title":
            doc.add_paragraph(block[1], style="Title")
        elif kind == "adopted":
            p = doc.add_paragraph()
            p.add_run(block[1]).italic = True
        elif kind == "h1":
            doc.add_heading(block[1], level=1)
        elif kind == "h2":
            doc.add_heading(block[1], level=2)
        elif kind == "p":
            doc.add_paragraph(block[1])
        elif kind == "bullet":
            doc.add_paragraph(block[1], style="List Bullet")
        elif kind == "number":
            if prev != "number":
                num_id = _restarted_num(doc)
            p = doc.add_paragraph(block[1], style="List Number")
            _set_num(p, num_id)
        elif kind == "table":
            table = doc.add_table(rows=1 + len(plat.TABLE_ROWS), cols=3)
            table.style = "Light Grid Accent 1"
            for j, h in enumerate(plat.TABLE_HEADER):
                table.rows[0].cells[j].text = h
            for i, row in enumerate(plat.TABLE_ROWS, start=1):
                for j, value in enumerate(row):
                    cell = table.rows[i].cells[j]
                    cell.text = value
                    if j > 0:
                        cell.paragraphs[0].alignment = 2
        prev = kind
    props = doc.core_properties
    props.title = plat.TITLE
    props.author = "Kulturskolerådet (oppdiktet)"
    props.last_modified_by = "evals/fit5/build.py"
    props.revision = 1
    naive = _dt.datetime(2028, 6, 15, 12, 0, 0)
    props.created = props.modified = props.last_printed = naive
    buf = io.BytesIO()
    doc.save(buf)
    path.write_bytes(fixed_docx(buf.getvalue(), (2028, 6, 15, 12, 0, 0)))


# ---------------------------------------------------------------------------------------------------
# b. plan (.md)
# ---------------------------------------------------------------------------------------------------
def build_plan(path: Path) -> None:
    path.write_text(plan.TEXT, encoding="utf-8", newline="\n")


# ---------------------------------------------------------------------------------------------------
# c. minutes (PDF)
# ---------------------------------------------------------------------------------------------------
class MinutesPdf(FPDF):
    def __init__(self):
        super().__init__(format="A4", unit="mm")
        self.set_creation_date(FIXED)
        self.set_title(prot.TITLE)
        self.set_author("Kulturskolerådet Region Fjellheimen (oppdiktet)")
        self.set_creator("evals/fit5/build.py")
        self.set_margins(24, 25, 24)
        self.set_auto_page_break(True, margin=22)
        add_dejavu_fonts(self)

    def header(self):
        self.set_font("sans", "", 8)
        self.set_text_color(*GREY)
        self.set_xy(self.l_margin, 11)
        self.cell(self.epw, 4, prot.RUNNING, align="L")
        self.set_draw_color(*GREY)
        self.set_line_width(0.2)
        self.line(self.l_margin, 16, self.w - self.r_margin, 16)
        self.set_text_color(0, 0, 0)
        self.set_xy(self.l_margin, 25)

    def footer(self):
        self.set_y(-14)
        self.set_font("sans", "", 8.5)
        self.set_text_color(*GREY)
        self.cell(0, 5, f"Side {self.page_no()}", align="R")
        self.set_text_color(0, 0, 0)


def build_minutes(path: Path) -> list[str]:
    pdf = MinutesPdf()
    pdf.add_page()
    split: list[str] = []
    lead = LEAD
    bottom = pdf.h - 22
    sak = label = ""
    for block in prot.BLOCKS:
        kind = block[0]
        if kind == "title":
            pdf.set_font("sans", "B", 17)
            pdf.set_text_color(*BLUE)
            pdf.multi_cell(0, 8, block[1], new_x="LMARGIN", new_y="NEXT")
            pdf.set_text_color(0, 0, 0)
            pdf.ln(1)
        elif kind == "lead":
            pdf.set_font("sans", "", 9.5)
            pdf.multi_cell(0, 5, block[1], new_x="LMARGIN", new_y="NEXT")
        elif kind == "meeting":
            if pdf.get_y() > bottom - 60:
                pdf.add_page()
            pdf.ln(5)
            pdf.set_font("sans", "B", 13.5)
            pdf.set_text_color(*BLUE)
            pdf.cell(0, 8, block[1], new_x="LMARGIN", new_y="NEXT")
            pdf.set_text_color(0, 0, 0)
            pdf.set_draw_color(*BLUE)
            pdf.line(pdf.l_margin, pdf.get_y(), pdf.w - pdf.r_margin, pdf.get_y())
            pdf.ln(2)
        elif kind == "meta":
            y = pdf.get_y()
            pdf.set_font("sans", "B", 9.5)
            pdf.set_xy(pdf.l_margin, y)
            pdf.cell(44, 5.2, block[1])
            pdf.set_font("sans", "", 9.5)
            pdf.set_xy(pdf.l_margin + 44, y)
            pdf.multi_cell(pdf.epw - 44, 5.2, block[2], new_x="LMARGIN", new_y="NEXT")
        elif kind == "sak":
            sak = block[1]
            if pdf.get_y() > bottom - 25:
                pdf.add_page()
            pdf.ln(4)
            pdf.set_font("sans", "B", 11.5)
            pdf.set_text_color(*BLUE)
            pdf.multi_cell(0, 6.5, f"{block[1]} {block[2]}", new_x="LMARGIN", new_y="NEXT")
            pdf.set_text_color(0, 0, 0)
            pdf.ln(0.5)
        elif kind == "label":
            label = block[1]
            if pdf.get_y() > bottom - 2 * lead:
                pdf.add_page()
            pdf.ln(1)
            pdf.set_font("serif", "B", 10)
            pdf.cell(0, lead, block[1], new_x="LMARGIN", new_y="NEXT")
        elif kind == "p":
            pdf.set_font("serif", "", 10)
            pdf.multi_cell(0, lead, block[1], new_x="LMARGIN", new_y="NEXT")
            pdf.ln(0.8)
        elif kind == "num":
            pdf.set_font("serif", "", 10)
            y = pdf.get_y()
            if y > bottom - lead:
                pdf.add_page()
                y = pdf.get_y()
            pdf.set_xy(pdf.l_margin + 2, y)
            pdf.cell(6, lead, block[1])
            pdf.set_xy(pdf.l_margin + 8, y)
            before = pdf.page_no()
            pdf.multi_cell(pdf.epw - 8, lead, block[2], new_x="LMARGIN", new_y="NEXT")
            if pdf.page_no() != before:
                split.append(f"{sak} {label} punkt {block[1]} (side {before}–{pdf.page_no()})")
            pdf.ln(0.6)
        elif kind == "vote":
            pdf.ln(0.5)
            pdf.set_font("serif", "I", 10)
            pdf.multi_cell(0, lead, block[1], new_x="LMARGIN", new_y="NEXT")
        elif kind == "sign":
            pdf.ln(5)
            pdf.set_font("serif", "", 10)
            pdf.cell(0, lead, block[1], new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(path))
    return split


def main() -> None:
    DOCS.mkdir(exist_ok=True)
    build_platform(DOCS / FILES["platform"])
    build_plan(DOCS / FILES["plan"])
    split = build_minutes(DOCS / FILES["protocol"])
    print(f"numbered points over a page break: {', '.join(split) or 'none'}")
    (DOCS / "manifest.toml").write_text(MANIFEST, encoding="utf-8")
    for f in [*FILES.values(), "manifest.toml"]:
        print(f"wrote docs/{f} ({(DOCS / f).stat().st_size} bytes)")


if __name__ == "__main__":
    main()
