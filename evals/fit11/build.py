"""Build the three invented documents of the fit11 set into evals/fit11/docs/ (same bytes on every run).

    .venv/bin/python -m evals.fit11.build             (or: .venv/bin/python evals/fit11/build.py)
    .venv/bin/python -m evals.fit11.build --layout    also print the page and y of every block of the PDFs

a. strategi-2035-2037-region-elvedal.pdf          fpdf2, DejaVu fonts: the regional strategy. A title page
                                                  (organisation line, title, sub-title, two grey adoption
                                                  lines, the spaced label "VISJON" and the vision sentence,
                                                  "Innledning", "Verdier"), then "Hovedmål 1" … "Hovedmål 4"
                                                  (large bold, blue) with "Delmål 1.1" … (smaller bold), prose,
                                                  a bold "Tiltak:" label and "•" bullets; a numbered priority
                                                  list whose item 3 runs over a page break mid-sentence; a
                                                  ruled indicator table; a running header from page 2 on and
                                                  a right-aligned footer "Side N" on every page.
b. protokoll-regionarsmotet-2035-region-elvedal.pdf  fpdf2, DejaVu Serif body: the protocol. Title, sub-line,
                                                  a meta block (bold labels in a left column), saker as bold
                                                  "Sak 5 Politiske saker" over a rule, sub-saker "Sak 5.3 …",
                                                  bold labels on their own line ("Forslag fra styret:",
                                                  "Endringsforslag fra …:", "Votering:", "Vedtak:"), numbered
                                                  resolution points with hanging indent, a ruled election
                                                  table, closing lines and a signature block in three columns;
                                                  a centred footer "Protokoll, regionårsmøtet 2035 – side N av
                                                  M", no header. content_protokoll.check_votes() is run first.
c. veileder-soskenmoderasjon-friplass-elvedal.md  Markdown, written byte for byte from content_veileder.TEXT.
"""

from __future__ import annotations

import datetime as _dt
import sys
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    __package__ = "evals.fit11"  # noqa: A001

from fpdf import FPDF
from fpdf.fonts import FontFace

from evals.fit11 import content_protokoll as pro
from evals.fit11 import content_strategi as stg
from evals.fit11 import content_veileder as vei
from evals.fit_build import add_dejavu_fonts, manifest

HERE = Path(__file__).resolve().parent
DOCS = HERE / "docs"
SOURCE = "Oppdiktet eksempeldokument for evaluering, laget av evals/fit11/build.py"
FILES = {
    "strategy": "strategi-2035-2037-region-elvedal.pdf",
    "protocol": "protokoll-regionarsmotet-2035-region-elvedal.pdf",
    "guide": "veileder-soskenmoderasjon-friplass-elvedal.md",
}
MANIFEST = manifest(
    SOURCE,
    [
        (FILES["strategy"], f"{stg.TITLE} – {stg.REGION}", "strategy", "2035-04"),
        (FILES["protocol"], f"{pro.TITLE} – {pro.SUB}", "protocol", "2035-04"),
        (FILES["guide"], f"{vei.TITLE} – Norsk kulturskoleråd Region Elvedal", "guide", "2035-09"),
    ],
)

BLUE = (25, 65, 120)
GREY = (105, 105, 105)
LAYOUT = "--layout" in sys.argv


# ---------------------------------------------------------------------------------------------------
# a. the strategy (PDF)
# ---------------------------------------------------------------------------------------------------
class StrategyPdf(FPDF):
    def __init__(self):
        super().__init__(format="A4", unit="mm")
        self.set_creation_date(_dt.datetime(2035, 5, 2, 10, 0, 0, tzinfo=_dt.UTC))
        self.set_title(f"{stg.TITLE} – {stg.REGION}")
        self.set_author(f"{stg.REGION} (oppdiktet)")
        self.set_creator("evals/fit11/build.py")
        self.set_margins(28, 26, 28)
        self.set_auto_page_break(True, margin=20)
        add_dejavu_fonts(self, sans_italic=True)

    def header(self):
        if self.page_no() == 1:
            return
        self.set_xy(self.l_margin, 11)
        self.set_font("sans", "I", 8)
        self.set_text_color(*GREY)
        self.cell(self.epw, 4, stg.HEADER, align="L")
        self.set_text_color(0, 0, 0)
        self.set_xy(self.l_margin, self.t_margin)

    def footer(self):
        self.set_xy(self.l_margin, self.h - 12)
        self.set_font("sans", "", 8)
        self.set_text_color(*GREY)
        self.cell(self.epw, 4, f"Side {self.page_no()}", align="R")
        self.set_text_color(0, 0, 0)


def _text(pdf: FPDF, text: str, size: float = 11, style: str = "", family: str = "serif", indent: float = 0):
    pdf.set_font(family, style, size)
    pdf.set_x(pdf.l_margin + indent)
    pdf.multi_cell(pdf.epw - indent, size * 0.5, text, new_x="LMARGIN", new_y="NEXT", align="L")


def _indicator_table(pdf: FPDF) -> None:
    pdf.set_font("sans", "", 9)
    pdf.set_draw_color(60, 60, 60)
    pdf.set_line_width(0.2)
    with pdf.table(
        col_widths=(90, 35, 35),
        line_height=5,
        borders_layout="ALL",
        headings_style=FontFace(emphasis="BOLD", fill_color=(220, 228, 240)),
        text_align=("LEFT", "RIGHT", "RIGHT"),
        padding=1.4,
    ) as table:
        for row in (stg.INDICATOR_HEADER, *stg.INDICATORS):
            r = table.row()
            for value in row:
                r.cell(value)


def build_strategy(path: Path) -> list[str]:
    pdf = StrategyPdf()
    pdf.add_page()
    report: list[str] = []
    for block in stg.BLOCKS:
        kind = block[0]
        start = pdf.page_no()
        if LAYOUT:
            print(f"  page {pdf.page_no()} y={pdf.get_y():5.1f}  {kind:8} {str(block[1:])[:70]}")
        if kind == "org":
            pdf.ln(20)
            _text(pdf, block[1], 11, "", "sans")
            pdf.ln(3)
        elif kind == "title":
            pdf.set_text_color(*BLUE)
            _text(pdf, block[1], 26, "B", "sans")
            pdf.set_text_color(0, 0, 0)
            pdf.ln(2)
        elif kind == "sub":
            _text(pdf, block[1], 14, "I", "serif")
            pdf.ln(4)
        elif kind == "adopted":
            pdf.set_text_color(*GREY)
            _text(pdf, block[1], 9.5, "", "sans")
            pdf.set_text_color(0, 0, 0)
        elif kind == "label":
            pdf.set_font("sans", "B", 9)
            pdf.set_char_spacing(2.5)
            pdf.set_text_color(*BLUE)
            pdf.cell(0, 6, block[1], new_x="LMARGIN", new_y="NEXT")
            pdf.set_char_spacing(0)
            pdf.set_text_color(0, 0, 0)
        elif kind == "vision":
            _text(pdf, block[1], 15, "I", "serif")
        elif kind == "h":
            if pdf.get_y() > pdf.page_break_trigger - 30:
                pdf.add_page()
            else:
                pdf.ln(4)
            pdf.set_text_color(*BLUE)
            _text(pdf, block[1], 13, "B", "sans")
            pdf.set_text_color(0, 0, 0)
            pdf.ln(1.5)
        elif kind == "main":
            if pdf.get_y() > pdf.page_break_trigger - 50:
                pdf.add_page()
            else:
                pdf.ln(5)
            pdf.set_text_color(*BLUE)
            _text(pdf, block[1], 16, "B", "sans")
            pdf.set_text_color(0, 0, 0)
            pdf.ln(2)
        elif kind == "sub_goal":
            if pdf.get_y() > pdf.page_break_trigger - 30:
                pdf.add_page()
            else:
                pdf.ln(2.5)
            _text(pdf, block[1], 11.5, "B", "sans")
            pdf.ln(1)
        elif kind == "p":
            _text(pdf, block[1])
            pdf.ln(2)
        elif kind == "tiltak":
            _text(pdf, "Tiltak:", 10, "B", "sans")
            pdf.ln(0.5)
        elif kind == "bullet":
            pdf.set_font("serif", "", 11)
            pdf.set_x(pdf.l_margin + 4)
            pdf.cell(5, 5.5, "•")
            _text(pdf, block[1], indent=9)
            pdf.ln(0.6)
        elif kind == "num":
            pdf.set_font("serif", "", 11)
            if pdf.get_y() > pdf.page_break_trigger - 5.5:
                pdf.add_page()
            pdf.set_x(pdf.l_margin + 4)
            pdf.cell(6, 5.5, f"{block[1]}.")
            _text(pdf, block[2], indent=10)
            pdf.ln(1)
            if block[1] == stg.PRIORITY_SPLIT:
                report.append(f"priority item {block[1]}: pages {start}-{pdf.page_no()}")
        elif kind == "table":
            before = pdf.page_no()
            _indicator_table(pdf)
            report.append(f"indicator table on pages {before}-{pdf.page_no()}")
            pdf.ln(1.5)
        elif kind == "note":
            pdf.set_text_color(*GREY)
            _text(pdf, block[1], 8, "I", "sans")
            pdf.set_text_color(0, 0, 0)
        elif kind == "space":
            pdf.ln(block[1])
        elif kind == "newpage":
            pdf.add_page()
        else:
            raise ValueError(kind)
        if kind in ("main", "sub_goal", "h"):
            report.append(f"{block[1][:40]}: page {pdf.page_no()}")
    pdf.output(str(path))
    report.append(f"{pdf.page_no()} pages")
    return report


# ---------------------------------------------------------------------------------------------------
# b. the protocol (PDF)
# ---------------------------------------------------------------------------------------------------
class ProtocolPdf(FPDF):
    def __init__(self):
        super().__init__(format="A4", unit="mm")
        self.set_creation_date(_dt.datetime(2035, 5, 7, 12, 0, 0, tzinfo=_dt.UTC))
        self.set_title(f"{pro.TITLE} – {pro.SUB}")
        self.set_author(f"{pro.SUB} (oppdiktet)")
        self.set_creator("evals/fit11/build.py")
        self.set_margins(30, 24, 30)
        self.set_auto_page_break(True, margin=22)
        self.alias_nb_pages()
        add_dejavu_fonts(self)

    def footer(self):
        self.set_xy(self.l_margin, self.h - 14)
        self.set_font("serif", "I", 8)
        self.set_text_color(*GREY)
        self.cell(self.epw, 4, pro.FOOTER.format(n=self.page_no(), nb="{nb}"), align="C")
        self.set_text_color(0, 0, 0)


def _grid(pdf: FPDF, header, rows) -> None:
    pdf.set_font("serif", "", 10)
    pdf.set_draw_color(0, 0, 0)
    pdf.set_line_width(0.25)
    with pdf.table(
        col_widths=(48, 36, 24, 48),
        line_height=5.5,
        borders_layout="ALL",
        headings_style=FontFace(emphasis="BOLD"),
        text_align="LEFT",
        padding=1.5,
    ) as table:
        for row in (header, *rows):
            r = table.row()
            for value in row:
                r.cell(value)


def build_protocol(path: Path) -> list[str]:
    pro.check_votes()
    pdf = ProtocolPdf()
    pdf.add_page()
    report: list[str] = []
    for block in pro.BLOCKS:
        kind = block[0]
        if LAYOUT:
            print(f"  page {pdf.page_no()} y={pdf.get_y():5.1f}  {kind:8} {str(block[1:])[:70]}")
        if kind == "title":
            _text(pdf, block[1], 20, "B", "serif")
        elif kind == "sub":
            _text(pdf, block[1], 12, "", "serif")
            pdf.ln(5)
        elif kind == "meta":
            pdf.set_font("serif", "B", 10.5)
            pdf.cell(34, 5.5, block[1])
            pdf.set_font("serif", "", 11)
            pdf.multi_cell(pdf.epw - 34, 5.5, block[2], new_x="LMARGIN", new_y="NEXT", align="L")
        elif kind == "sak":
            if pdf.get_y() > pdf.page_break_trigger - 30:
                pdf.add_page()
            else:
                pdf.ln(5)
            pdf.set_draw_color(0, 0, 0)
            pdf.set_line_width(0.4)
            pdf.line(pdf.l_margin, pdf.get_y(), pdf.w - pdf.r_margin, pdf.get_y())
            pdf.ln(1.5)
            _text(pdf, block[1], 13, "B", "serif")
            pdf.ln(1.5)
            report.append(f"{block[1]}: page {pdf.page_no()}")
        elif kind == "subsak":
            if pdf.get_y() > pdf.page_break_trigger - 25:
                pdf.add_page()
            else:
                pdf.ln(3)
            _text(pdf, block[1], 11.5, "B", "serif")
            pdf.ln(1)
            report.append(f"{block[1]}: page {pdf.page_no()}")
        elif kind == "p":
            _text(pdf, block[1])
            pdf.ln(1.8)
        elif kind == "lp":
            if pdf.get_y() > pdf.page_break_trigger - 12:
                pdf.add_page()
            _text(pdf, block[1], 11, "B", "serif")
            if block[2]:
                _text(pdf, block[2])
            pdf.ln(1.8)
        elif kind == "point":
            pdf.set_font("serif", "", 11)
            if pdf.get_y() > pdf.page_break_trigger - 12:
                pdf.add_page()
            pdf.set_x(pdf.l_margin + 3)
            pdf.cell(6, 5.5, f"{block[1]}.")
            _text(pdf, block[2], indent=9)
            pdf.ln(0.8)
        elif kind == "table":
            header, rows = pro.TABLES[block[1]]
            before = pdf.page_no()
            _grid(pdf, header, rows)
            report.append(f"election table on pages {before}-{pdf.page_no()}")
            pdf.ln(2)
        elif kind == "closing":
            pdf.ln(2)
            _text(pdf, block[1])
        elif kind == "signatures":
            if pdf.get_y() > pdf.page_break_trigger - 30:
                pdf.add_page()
            pdf.ln(14)
            width = pdf.epw / 3
            names, roles = pro.SIGNATURES
            y = pdf.get_y()
            pdf.set_draw_color(0, 0, 0)
            pdf.set_line_width(0.2)
            for i in range(3):
                pdf.line(pdf.l_margin + i * width + 2, y, pdf.l_margin + (i + 1) * width - 4, y)
            pdf.ln(1)
            pdf.set_font("serif", "", 10)
            for name in names:
                pdf.cell(width, 5, name)
            pdf.ln(5)
            pdf.set_font("serif", "I", 9)
            for role in roles:
                pdf.cell(width, 5, role)
            pdf.ln(5)
        else:
            raise ValueError(kind)
    pdf.output(str(path))
    report.append(f"{pdf.page_no()} pages")
    return report


# ---------------------------------------------------------------------------------------------------
# c. the guide (Markdown)
# ---------------------------------------------------------------------------------------------------
def build_guide(path: Path) -> list[str]:
    path.write_text(vei.TEXT, encoding="utf-8", newline="\n")
    return [f"{len(vei.TEXT.splitlines())} lines, {len(vei.headings())} headings below the title"]


def main() -> None:
    DOCS.mkdir(exist_ok=True)
    for key, builder in (("strategy", build_strategy), ("protocol", build_protocol), ("guide", build_guide)):
        for line in builder(DOCS / FILES[key]):
            print(f"{FILES[key]}: {line}")
    (DOCS / "manifest.toml").write_text(MANIFEST, encoding="utf-8")
    for f in [*FILES.values(), "manifest.toml"]:
        print(f"wrote docs/{f} ({(DOCS / f).stat().st_size} bytes)")


if __name__ == "__main__":
    main()
