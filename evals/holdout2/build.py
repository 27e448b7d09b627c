"""Build the three invented documents of the second held-out set into evals/holdout2/docs/, byte for byte
the same on every run.

    .venv/bin/python -m evals.holdout2.build

The documents are fiction written for evaluation only (names, places, figures are invented). The PDF uses
fpdf2 with a fixed creation date; the .docx is rewritten with fixed zip timestamps and core properties and
gets a hand-made footnotes part (python-docx has no footnote API); the Markdown file is written as it stands.
"""

from __future__ import annotations

import io
import re
from pathlib import Path
from xml.sax.saxutils import escape

from docx import Document
from docx.enum.style import WD_STYLE_TYPE
from docx.opc.constants import CONTENT_TYPE as CT
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls
from docx.shared import Pt

from evals.holdout.build import normalise_zip

from . import content_kunst as kunst
from . import content_plattform as plat
from . import content_strategi as strat
from .layout import FIXED_DATE, LIBERATION, Doc

DEBUG = False
HERE = Path(__file__).resolve().parent
DOCS = HERE / "docs"

MANIFEST = """\
[[document]]
file = "strategiplan-2026-2030.pdf"
title = "Strategiplan 2026–2030 for Norsk kulturskoleråd (oppdiktet testdokument)"
kind = "strategy"
date = "2025-12"
source = "Oppdiktet eksempeldokument for evaluering, laget av evals/holdout2/build.py"

[[document]]
file = "plattform-region-nord.docx"
title = "Politisk plattform for Region Nord 2025–2028 (oppdiktet testdokument)"
kind = "platform"
date = "2025-04"
source = "Oppdiktet eksempeldokument for evaluering, laget av evals/holdout2/build.py"

[[document]]
file = "kunststrategi.md"
title = "Kunststrategi 2026–2029 (oppdiktet testdokument)"
kind = "strategy"
date = "2026-02"
source = "Oppdiktet eksempeldokument for evaluering, laget av evals/holdout2/build.py"
"""


# ---------------------------------------------------------------------------------------------
# a. Strategiplan 2026–2030 (PDF; Liberation Sans body and headings)
# ---------------------------------------------------------------------------------------------
def strategi(total: int) -> Doc:
    fonts = {
        "body": (LIBERATION / "LiberationSans-Regular.ttf", ""),
        "sans": (LIBERATION / "LiberationSans-Regular.ttf", ""),
        "bold": (LIBERATION / "LiberationSans-Bold.ttf", "B"),
        "italic": (LIBERATION / "LiberationSerif-Italic.ttf", "I"),
    }
    pdf = Doc(strat.TITLE, total, fonts, margins=(24, 24, 24, 24))
    pdf.body = ("body", 10.5, 5.5)
    pdf.new_page()
    for block in strat.BLOCKS:
        kind = block[0]
        if DEBUG:
            print(f"p{pdf.page_no()} col{pdf.col} y{pdf.cy:6.1f} {kind} {str(block[1:])[:50]}")
        if kind == "cover_title":
            pdf.cy = 92
            pdf.heading(block[1], "bold", 30, 0, 4)
        elif kind == "cover_sub":
            pdf.heading(block[1], "bold", 16, 0, 10)
        elif kind == "cover_slogan":
            pdf.para(block[1], font=("italic", 14, 7), after=60)
        elif kind == "cover_note":
            pdf.para(block[1], font=("body", 10, 5.2), after=0)
        elif kind == "h1":
            pdf.set_text_color(20, 60, 110)
            pdf.heading(block[1], "bold", 16, 6, 3, keep=20)
            pdf.set_text_color(0, 0, 0)
        elif kind == "h2":
            pdf.heading(block[1], "bold", 11.5, 3.5, 1.5, keep=14)
        elif kind == "label":  # ALL CAPS small label, kept with the next two lines
            pdf.space(2.0)
            pdf.ensure(4.4 + 2 * pdf.body[2])
            pdf.set_text_color(150, 60, 30)
            pdf.para(block[1], font=("bold", 8, 4.2), after=0.4, keep=1)
            pdf.set_text_color(0, 0, 0)
        elif kind == "p":
            pdf.para(block[1], after=2.4, keep=2)
        elif kind == "p_sign":
            pdf.para(block[1], font=("italic", 10.5, 5.5), after=3)
        elif kind == "tiltak":
            pdf.para("Tiltak", font=("italic", 10, 5.0), after=0.4, keep=3)
        elif kind in ("bullets", "numbers", "olist"):
            for n, item in enumerate(block[1], start=1):
                if DEBUG and kind == "olist":
                    print(f"  item {n}: page {pdf.page_no()} y {pdf.cy:.1f} bottom {pdf.bottom():.1f}")
                label = "•" if kind == "bullets" else f"{n}."
                pdf.para(item, indent=3, label=label, label_w=5.5, after=1.0)
            pdf.cy += 1.6
        elif kind == "columns":
            pdf.start_columns()
        elif kind == "colbreak":
            pdf.ensure(10_000)
        elif kind == "endcolumns":
            pdf.end_columns()
        elif kind == "page":
            pdf.new_page()
        elif kind == "table":
            rows = [list(r) for r in strat.INDICATORS]
            pdf.table(
                ["Indikator", "Hovedmål", "Utgangspunkt 2024", "Mål 2030"],
                rows,
                [84, 20, 32, 26],
                ["L", "C", "R", "R"],
                font=("body", 9.0, 4.4),
                head_font=("bold", 9.0),
            )
        else:
            raise ValueError(kind)
    return pdf


def write_pdf(make, path: Path) -> int:
    pages = make(0).pages_count
    path.write_bytes(bytes(make(pages).output()))
    return pages


# ---------------------------------------------------------------------------------------------
# b. Politisk plattform for Region Nord (python-docx; real Heading, List and footnote parts)
# ---------------------------------------------------------------------------------------------
_NOTE = re.compile(r"\[\^(\d+)\]")


def _footnotes_xml(notes: dict[str, str]) -> bytes:
    sep = (
        '<w:footnote w:type="separator" w:id="-1"><w:p><w:pPr><w:spacing w:after="0" w:line="240" '
        'w:lineRule="auto"/></w:pPr><w:r><w:separator/></w:r></w:p></w:footnote>'
        '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:pPr><w:spacing w:after="0" '
        'w:line="240" w:lineRule="auto"/></w:pPr><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>'
    )
    body = "".join(
        f'<w:footnote w:id="{num}"><w:p><w:pPr><w:pStyle w:val="FootnoteText"/></w:pPr>'
        f'<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteRef/></w:r>'
        f'<w:r><w:t xml:space="preserve"> {escape(text)}</w:t></w:r></w:p></w:footnote>'
        for num, text in notes.items()
    )
    xml = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<w:footnotes xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
        'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
        f"{sep}{body}</w:footnotes>"
    )
    return xml.encode("utf-8")


def _add_note_ref(paragraph, num: str) -> None:
    run = parse_xml(
        f'<w:r {nsdecls("w")}><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr>'
        f'<w:footnoteReference w:id="{num}"/></w:r>'
    )
    paragraph._p.append(run)


def _restart_numbering(doc) -> int:
    """A new w:num on the abstract numbering of "List Number", restarting at 1 (else Word goes on 4, 5, 6)."""
    style_num = doc.styles["List Number"].element.pPr.numPr.numId.val
    numbering = doc.part.numbering_part.element
    abstract = numbering.num_having_numId(style_num).abstractNumId.val
    num_id = max(n.numId for n in numbering.num_lst) + 1
    num = parse_xml(
        f'<w:num {nsdecls("w")} w:numId="{num_id}"><w:abstractNumId w:val="{abstract}"/>'
        f'<w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>'
    )
    numbering.append(num)
    return num_id


def plattform(path: Path) -> None:
    doc = Document()
    doc.styles["Normal"].font.name = "Calibri"
    doc.styles["Normal"].font.size = Pt(11)
    note_text = doc.styles.add_style("Footnote Text", WD_STYLE_TYPE.PARAGRAPH)
    note_text.base_style = doc.styles["Normal"]
    note_text.font.size = Pt(9)
    note_ref = doc.styles.add_style("Footnote Reference", WD_STYLE_TYPE.CHARACTER)
    note_ref.font.superscript = True
    numbered_lists = 0
    for block in plat.BLOCKS:
        kind = block[0]
        if kind == "title":
            doc.add_heading(block[1], level=0)
        elif kind in ("h1", "h2", "h3"):
            doc.add_heading(block[1], level=int(kind[1]))
        elif kind == "p":
            text = block[1]
            marks = _NOTE.findall(text)
            para = doc.add_paragraph(_NOTE.sub("", text))
            for num in marks:
                _add_note_ref(para, num)
        elif kind == "pb":
            para = doc.add_paragraph()
            para.add_run(block[1]).bold = True
            if block[2]:
                para.add_run(" " + block[2])
        elif kind == "bullet":
            for item in block[1]:
                doc.add_paragraph(item, style="List Bullet")
        elif kind == "number":
            num_id = _restart_numbering(doc) if numbered_lists else None
            numbered_lists += 1
            for item in block[1]:
                para = doc.add_paragraph(item, style="List Number")
                if num_id is not None:
                    para._p.get_or_add_pPr().get_or_add_numPr().get_or_add_numId().val = num_id
                    para._p.get_or_add_pPr().get_or_add_numPr().get_or_add_ilvl().val = 0
        elif kind == "table":
            header, rows = block[1], block[2]
            table = doc.add_table(rows=1 + len(rows), cols=len(header))
            table.style = "Table Grid"
            for j, text in enumerate(header):
                table.rows[0].cells[j].paragraphs[0].add_run(text).bold = True
            for i, row in enumerate(rows, start=1):
                for j, text in enumerate(row):
                    para = table.rows[i].cells[j].paragraphs[0]
                    para.add_run(text).bold = row[0] == "Sum"
        else:
            raise ValueError(kind)
    part = Part(PackURI("/word/footnotes.xml"), CT.WML_FOOTNOTES, _footnotes_xml(plat.NOTES), doc.part.package)
    doc.part.relate_to(part, RT.FOOTNOTES)
    props = doc.core_properties
    props.title = plat.TITLE
    props.author = "Norsk kulturskoleråd, Region Nord (oppdiktet testdokument)"
    props.last_modified_by = "evals/holdout2/build.py"
    props.comments = "Oppdiktet eksempeldokument for evaluering"
    props.created = FIXED_DATE
    props.modified = FIXED_DATE
    props.last_printed = FIXED_DATE
    props.revision = 1
    buf = io.BytesIO()
    doc.save(buf)
    path.write_bytes(normalise_zip(buf.getvalue()))


# ---------------------------------------------------------------------------------------------
# c. Kunststrategi (Markdown)
# ---------------------------------------------------------------------------------------------
def kunststrategi(path: Path) -> None:
    path.write_bytes(kunst.MARKDOWN.encode("utf-8"))


def main() -> None:
    DOCS.mkdir(parents=True, exist_ok=True)
    n = write_pdf(strategi, DOCS / "strategiplan-2026-2030.pdf")
    plattform(DOCS / "plattform-region-nord.docx")
    kunststrategi(DOCS / "kunststrategi.md")
    (DOCS / "manifest.toml").write_text(MANIFEST, encoding="utf-8")
    print(f"strategiplan-2026-2030.pdf: {n} pages")
    print("plattform-region-nord.docx")
    print("kunststrategi.md")
    print("manifest.toml")


if __name__ == "__main__":
    main()
