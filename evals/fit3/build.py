"""Build the three invented documents of the fit3 set into evals/fit3/docs/ (same bytes on every run).

    .venv/bin/python -m evals.fit3.build          (or: .venv/bin/python evals/fit3/build.py)
    .venv/bin/python -m evals.fit3.build --debug  (prints the PDF layout positions and hyphenations)

a. protokoll-hovedstyret.pdf        fpdf2 via typeset.py: header block, "HS-sak 31/26" …, running header on
                                    every page, "Side N av M" footer, lettered orienteringssaker, signatures.
b. strategi-kompetanse.pdf          fpdf2: cover without header/footer, ALL-CAPS "VISJON" label, Hovedmål /
                                    Delmål / Tiltak, a numbered list over a page break, a two-column page,
                                    a ruled indicator table, hyphenated line ends; footer "Kompetansestrategi
                                    2026–2030 | N".
c. vedtekter-kulturskoleforbund.docx  python-docx: § headings (Heading 2), ledd as plain paragraphs, "a)" items
                                    as indented paragraphs, a fee table, the adoption line in the page footer.
"""

from __future__ import annotations

import io
import sys
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    __package__ = "evals.fit3"  # noqa: A001

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls
from docx.shared import Cm, Pt

from evals.fit3 import content_protokoll as prot
from evals.fit3 import content_strategi as strat
from evals.fit3 import content_vedtekter as ved
from evals.fit3.typeset import FIXED, Doc
from evals.fit_build import fixed_docx, manifest

HERE = Path(__file__).resolve().parent
DOCS = HERE / "docs"
SOURCE = "Oppdiktet eksempeldokument for evaluering, laget av evals/fit3/build.py"
FILES = {
    "minutes": "protokoll-hovedstyret.pdf",
    "strategy": "strategi-kompetanse.pdf",
    "statutes": "vedtekter-kulturskoleforbund.docx",
}
MANIFEST = manifest(
    SOURCE,
    [
        (FILES['minutes'], prot.TITLE, "minutes", "2026-04"),
        (FILES['strategy'], strat.TITLE, "strategy", "2026-06"),
        (FILES['statutes'], ved.TITLE, "statutes", "2026-03"),
    ],
)

GREEN = (20, 90, 70)
RED = (140, 40, 40)


# ---------------------------------------------------------------------------------------------------
# a. minutes
# ---------------------------------------------------------------------------------------------------
def build_minutes(path: Path, debug: bool, total: int | None = None) -> int:
    """Typeset twice: the first pass counts the pages for the "Side N av M" footer."""
    if total is None:
        total = build_minutes(path, False, 0)
    pdf = Doc(prot.TITLE, prot.RUNNING, lambda n: f"Side {n} av {total}", cover=False,
              margins=(25.0, 25.0, 25.0, 24.0))
    pdf.new_page()
    body = ("serif", "", 11.0)
    for block in prot.BLOCKS:
        kind = block[0]
        pdf.note(f"{kind} {str(block[1:])[:60]}")
        if kind == "title":
            pdf.heading(block[1], 22, 0, 1)
        elif kind == "subtitle":
            pdf.paragraph(block[1], font=("sans", "", 12), lead=6, after=4)
        elif kind == "head":
            for label, value in prot.HEAD:
                pdf.paragraph(value, font=("serif", "", 10.5), lead=5.2, after=0.8, indent=42,
                              label=label, label_w=42, label_font=("sans", "B", 10))
            pdf.cy += 2
            pdf.rule()
        elif kind == "sak":
            pdf.heading(block[1], 12.5, 5, 1.5, keep=22)
        elif kind == "label":
            pdf.paragraph(block[1], font=("sans", "B", 10), lead=5, after=0.6, keep=3)
        elif kind == "p":
            pdf.paragraph(block[1], font=body)
        elif kind == "vedtak":
            pdf.paragraph(block[1], font=("serif", "I", 11), indent=6, after=1.2)
        elif kind == "vote":
            pdf.paragraph(block[1], font=("sans", "B", 10), lead=5, after=2.6, keep=1)
        elif kind == "items":
            for label, text in block[1]:
                pdf.paragraph(f"{text}", font=body, indent=8, label=label, label_w=7, after=1.4, keep=1)
            pdf.cy += 1
        elif kind == "space":
            pdf.cy += block[1]
        elif kind == "signatures":
            pdf.room(26)
            pdf.cy += 12
            w = pdf.full / len(block[1])
            for i, (name, role) in enumerate(block[1]):
                x = pdf.left + i * w
                pdf.set_draw_color(0, 0, 0)
                pdf.line(x, pdf.cy, x + w - 8, pdf.cy)
                pdf.set_font("serif", "", 10.5)
                pdf.text(x, pdf.cy + 5, name)
                pdf.set_font("serif", "I", 9.5)
                pdf.text(x, pdf.cy + 9.5, role)
            pdf.cy += 16
        else:
            raise ValueError(kind)
    if debug:
        print("\n".join(pdf.log))
        print("hyphenated:", pdf.hyphenated)
    path.write_bytes(bytes(pdf.output()))
    return pdf.pages_count


# ---------------------------------------------------------------------------------------------------
# b. strategy
# ---------------------------------------------------------------------------------------------------
def build_strategy(path: Path, debug: bool) -> int:
    pdf = Doc(strat.TITLE, strat.RUNNING, lambda n: f"Kompetansestrategi 2026–2030 | {n}", cover=True,
              margins=(26.0, 26.0, 26.0, 24.0))
    pdf.new_page()
    body = ("serif", "", 11.0)
    for block in strat.BLOCKS:
        kind = block[0]
        pdf.note(f"{kind} {str(block[1:])[:60]}")
        if kind == "cover_org":
            pdf.cy = 62
            pdf.paragraph(block[1], font=("sans", "B", 14), lead=7, color=GREEN, after=10)
        elif kind == "cover_title":
            pdf.heading(block[1], 34, 0, 1, color=GREEN)
        elif kind == "cover_sub":
            pdf.cy += 6
            pdf.paragraph(block[1], font=("serif", "I", 16), lead=8, after=110)
        elif kind == "cover_note":
            pdf.paragraph(block[1], font=("sans", "", 10), lead=5)
        elif kind == "page":
            pdf.new_page()
        elif kind == "h1":
            pdf.heading(block[1], 15, 7, 2.5, keep=18, color=GREEN)
        elif kind == "h2":
            pdf.heading(block[1], 11.5, 3, 1.2, keep=12)
        elif kind == "p":
            pdf.paragraph(block[1], font=body)
        elif kind == "label":
            pdf.cy += 4
            pdf.room(5 + 3 * 6.5)
            pdf.paragraph(block[1], font=("sans", "B", 9.5), lead=5, after=1.0, color=RED)
        elif kind == "vision":
            pdf.paragraph(block[1], font=("serif", "I", 13), lead=6.5, indent=6, after=3, color=GREEN)
        elif kind == "tiltak":
            pdf.paragraph("Tiltak", font=("sans", "B", 9.5), lead=4.8, after=0.8, keep=3)
        elif kind in ("bullets", "numbers"):
            for n, item in enumerate(block[1], start=1):
                pdf.note(f"  item {n}")
                pdf.paragraph(item, font=body, indent=6, after=1.0, keep=1,
                              label="•" if kind == "bullets" else f"{n}.")
            pdf.cy += 1.5
        elif kind == "columns":
            pdf.two_columns()
        elif kind == "endcolumns":
            pdf.one_column()
        elif kind == "colbreak":
            pdf.room(pdf.bottom())
        elif kind == "caption":
            pdf.paragraph(block[1], font=("sans", "B", 9.5), lead=5, after=1.2)
        elif kind == "space":
            pdf.cy += block[1]
        elif kind == "table":
            pdf.table(strat.INDICATOR_HEAD, strat.INDICATORS, [92, 33, 33], ["L", "R", "R"])
        else:
            raise ValueError(kind)
    if debug:
        print("\n".join(pdf.log))
        print("hyphenated:", pdf.hyphenated)
    path.write_bytes(bytes(pdf.output()))
    return pdf.pages_count


# ---------------------------------------------------------------------------------------------------
# c. statutes (.docx)
# ---------------------------------------------------------------------------------------------------
def build_statutes(path: Path) -> None:
    doc = Document()
    doc.styles["Normal"].font.name = "Cambria"
    doc.styles["Normal"].font.size = Pt(11)
    for block in ved.BLOCKS:
        kind = block[0]
        if kind == "title":
            doc.add_heading(block[1], level=0)
        elif kind == "intro":
            para = doc.add_paragraph()
            para.add_run(block[1]).italic = True
        elif kind == "par":
            doc.add_heading(block[1], level=2)
        elif kind == "p":
            doc.add_paragraph(block[1])
        elif kind == "item":
            para = doc.add_paragraph(block[1])
            para.paragraph_format.left_indent = Cm(1.0)
            para.paragraph_format.space_after = Pt(2)
        elif kind == "table":
            table = doc.add_table(rows=1 + len(ved.FEES), cols=len(ved.FEE_HEAD))
            table.style = "Table Grid"
            for j, text in enumerate(ved.FEE_HEAD):
                table.rows[0].cells[j].paragraphs[0].add_run(text).bold = True
            table.rows[0]._tr.get_or_add_trPr().append(parse_xml(f'<w:tblHeader {nsdecls("w")}/>'))
            for i, row in enumerate(ved.FEES, start=1):
                for j, text in enumerate(row):
                    table.rows[i].cells[j].paragraphs[0].add_run(text)
            doc.add_paragraph("")
        else:
            raise ValueError(kind)
    footer = doc.sections[0].footer.paragraphs[0]
    footer.text = ved.FOOTER
    footer.alignment = WD_ALIGN_PARAGRAPH.CENTER
    footer.runs[0].font.size = Pt(8.5)
    props = doc.core_properties
    props.title = ved.TITLE
    props.author = "Kulturskoleforbundet Fjord og Fjell (oppdiktet testdokument)"
    props.last_modified_by = "evals/fit3/build.py"
    props.comments = "Oppdiktet eksempeldokument for evaluering"
    props.created = props.modified = props.last_printed = FIXED
    props.revision = 1
    buf = io.BytesIO()
    doc.save(buf)
    path.write_bytes(fixed_docx(buf.getvalue(), (2026, 3, 11, 12, 0, 0)))


def main() -> None:
    debug = "--debug" in sys.argv
    DOCS.mkdir(parents=True, exist_ok=True)
    n1 = build_minutes(DOCS / FILES["minutes"], debug)
    n2 = build_strategy(DOCS / FILES["strategy"], debug)
    build_statutes(DOCS / FILES["statutes"])
    (DOCS / "manifest.toml").write_text(MANIFEST, encoding="utf-8")
    print(f"docs/{FILES['minutes']} ({n1} pages)")
    print(f"docs/{FILES['strategy']} ({n2} pages)")
    print(f"docs/{FILES['statutes']}")
    print("docs/manifest.toml")


if __name__ == "__main__":
    main()
