"""Build the three invented documents of the fit2 set into evals/fit2/docs/ (same bytes on every run).

    .venv/bin/python -m evals.fit2.build          (or: .venv/bin/python evals/fit2/build.py)
    .venv/bin/python -m evals.fit2.build --debug  (prints the PDF layout positions and hyphenations)

a. handlingsplan-barnehage.docx  python-docx: Title, Heading 1-3, List Bullet / List Number (each numbered
   list restarts at 1), two tables with a bold header row, one real footnote (hand-made footnotes part).
b. retningslinjer-stipend.md     written as it stands (content_stipend.py).
c. arsmelding-2025.pdf           fpdf2 via typeset.py: cover without header/footer, running header,
   "Side N" footer, two-column page, ruled table, a bulleted list over a page break, hyphenated line ends.
"""

from __future__ import annotations

import io
import re
import sys
from pathlib import Path
from xml.sax.saxutils import escape

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    __package__ = "evals.fit2"  # noqa: A001

from docx import Document
from docx.enum.style import WD_STYLE_TYPE
from docx.opc.constants import CONTENT_TYPE as CT
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls
from docx.shared import Pt

from evals.fit2 import content_plan as plan
from evals.fit2 import content_report as report
from evals.fit2 import content_stipend as stipend
from evals.fit2.typeset import FIXED, Report
from evals.fit_build import fixed_docx, manifest

HERE = Path(__file__).resolve().parent
DOCS = HERE / "docs"
SOURCE = "Oppdiktet eksempeldokument for evaluering, laget av evals/fit2/build.py"

FILES = {
    "plan": "handlingsplan-barnehage.docx",
    "guidelines": "retningslinjer-stipend.md",
    "report": "arsmelding-2025.pdf",
}

MANIFEST = manifest(
    SOURCE,
    [
        (FILES['plan'], plan.TITLE, "plan", "2025-11"),
        (FILES['guidelines'], stipend.TITLE, "guidelines", "2026-02"),
        (FILES['report'], report.TITLE, "report", "2026-03"),
    ],
)


# ---------------------------------------------------------------------------------------------------
# a. the action plan (.docx)
# ---------------------------------------------------------------------------------------------------
W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def footnotes_part_xml(notes: dict[str, str]) -> bytes:
    seps = "".join(
        f'<w:footnote w:type="{kind}" w:id="{i}"><w:p><w:pPr><w:spacing w:after="0" w:line="240" '
        f'w:lineRule="auto"/></w:pPr><w:r><w:{kind}/></w:r></w:p></w:footnote>'
        for i, kind in ((-1, "separator"), (0, "continuationSeparator"))
    )
    notes_xml = "".join(
        f'<w:footnote w:id="{n}"><w:p><w:pPr><w:pStyle w:val="FootnoteText"/></w:pPr>'
        f'<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteRef/></w:r>'
        f'<w:r><w:t xml:space="preserve"> {escape(t)}</w:t></w:r></w:p></w:footnote>'
        for n, t in notes.items()
    )
    return (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        f'<w:footnotes xmlns:w="{W_NS}">{seps}{notes_xml}</w:footnotes>'
    ).encode()


def restarted_number_id(doc) -> int:
    """A new numbering instance of the List Number list that starts again at 1."""
    numbering = doc.part.numbering_part.element
    style_id = doc.styles["List Number"].element.pPr.numPr.numId.val
    abstract = numbering.num_having_numId(style_id).abstractNumId.val
    new_id = max(n.numId for n in numbering.num_lst) + 1
    numbering.append(parse_xml(
        f'<w:num {nsdecls("w")} w:numId="{new_id}"><w:abstractNumId w:val="{abstract}"/>'
        f'<w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>'
    ))
    return new_id


def build_plan(path: Path) -> None:
    doc = Document()
    doc.styles["Normal"].font.name = "Calibri"
    doc.styles["Normal"].font.size = Pt(11)
    ftext = doc.styles.add_style("Footnote Text", WD_STYLE_TYPE.PARAGRAPH)
    ftext.base_style = doc.styles["Normal"]
    ftext.font.size = Pt(9)
    fref = doc.styles.add_style("Footnote Reference", WD_STYLE_TYPE.CHARACTER)
    fref.font.superscript = True
    lists_seen = 0
    for block in plan.BLOCKS:
        kind = block[0]
        if kind == "title":
            doc.add_heading(block[1], level=0)
        elif kind in ("h1", "h2", "h3"):
            doc.add_heading(block[1], level=int(kind[1]))
        elif kind == "p":
            para = doc.add_paragraph()
            for piece in re.split(r"(\[\^\d+\])", block[1]):
                m = re.fullmatch(r"\[\^(\d+)\]", piece)
                if m:
                    para._p.append(parse_xml(
                        f'<w:r {nsdecls("w")}><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr>'
                        f'<w:footnoteReference w:id="{m.group(1)}"/></w:r>'
                    ))
                elif piece:
                    para.add_run(piece)
        elif kind == "bullet":
            for item in block[1]:
                doc.add_paragraph(item, style="List Bullet")
        elif kind == "number":
            num_id = restarted_number_id(doc) if lists_seen else None
            lists_seen += 1
            for item in block[1]:
                para = doc.add_paragraph(item, style="List Number")
                if num_id is not None:
                    num_pr = para._p.get_or_add_pPr().get_or_add_numPr()
                    num_pr.get_or_add_ilvl().val = 0
                    num_pr.get_or_add_numId().val = num_id
        elif kind == "table":
            head, rows = block[1], block[2]
            table = doc.add_table(rows=1 + len(rows), cols=len(head))
            table.style = "Table Grid"
            for j, text in enumerate(head):
                table.rows[0].cells[j].paragraphs[0].add_run(text).bold = True
            table.rows[0]._tr.get_or_add_trPr().append(parse_xml(f'<w:tblHeader {nsdecls("w")}/>'))
            for i, row in enumerate(rows, start=1):
                for j, text in enumerate(row):
                    table.rows[i].cells[j].paragraphs[0].add_run(text)
            doc.add_paragraph("")
        else:
            raise ValueError(kind)
    part = Part(PackURI("/word/footnotes.xml"), CT.WML_FOOTNOTES, footnotes_part_xml(plan.NOTES),
                doc.part.package)
    doc.part.relate_to(part, RT.FOOTNOTES)
    props = doc.core_properties
    props.title = plan.TITLE
    props.author = "Norsk kulturskoleråd (oppdiktet testdokument)"
    props.last_modified_by = "evals/fit2/build.py"
    props.comments = "Oppdiktet eksempeldokument for evaluering"
    props.created = props.modified = props.last_printed = FIXED
    props.revision = 1
    buf = io.BytesIO()
    doc.save(buf)
    path.write_bytes(fixed_docx(buf.getvalue(), (2025, 11, 13, 12, 0, 0)))


# ---------------------------------------------------------------------------------------------------
# c. the annual report (.pdf)
# ---------------------------------------------------------------------------------------------------
BLUE = (25, 65, 115)


def build_report(path: Path, debug: bool = False) -> int:
    pdf = Report(report.TITLE, report.RUNNING)
    pdf.new_page()
    body = ("serif", "", 11.0)
    for block in report.BLOCKS:
        kind = block[0]
        pdf.note(f"{kind} {str(block[1:])[:60]}")
        if kind == "cover_org":
            pdf.cy = 70
            pdf.paragraph(block[1], font=("sans", "B", 14), lead=7, color=BLUE, after=6)
        elif kind == "cover_title":
            pdf.heading(block[1], 34, 0, 6, color=BLUE)
        elif kind == "cover_sub":
            pdf.paragraph(block[1], font=("serif", "I", 15), lead=7.5, after=100)
        elif kind == "cover_note":
            pdf.paragraph(block[1], font=("sans", "", 10), lead=5)
        elif kind == "page":
            pdf.new_page()
        elif kind == "h1":
            pdf.heading(block[1], 16, 7, 2.5, keep=18, color=BLUE)
        elif kind == "h2":
            pdf.heading(block[1], 12, 3, 1.2, keep=12)
        elif kind == "p":
            pdf.paragraph(block[1], font=body)
        elif kind == "sign":
            pdf.paragraph(block[1], font=("serif", "I", 11), after=0.6, keep=1)
        elif kind == "label":
            pdf.cy += 5
            pdf.room(4.5 + 3 * 5.6)
            pdf.paragraph(block[1], font=("sans", "B", 9), lead=4.5, after=1.5, color=(150, 55, 30))
        elif kind in ("bullets", "numbers"):
            for n, item in enumerate(block[1], start=1):
                pdf.note(f"  item {n}")
                pdf.paragraph(item, font=body, indent=6, after=1.2, keep=1,
                              label="•" if kind == "bullets" else f"{n}.")
            pdf.cy += 1.5
        elif kind == "columns":
            pdf.two_columns()
        elif kind == "endcolumns":
            pdf.one_column()
        elif kind == "caption":
            pdf.paragraph(block[1], font=("sans", "B", 9.5), lead=5, after=1.2)
        elif kind == "table":
            pdf.table(report.KEY_FIGURES_HEAD, report.KEY_FIGURES, [76, 28, 28, 28], ["L", "R", "R", "R"])
        else:
            raise ValueError(kind)
    if debug:
        print("\n".join(pdf.log))
        print("hyphenated:", pdf.hyphenated)
    path.write_bytes(bytes(pdf.output()))
    return pdf.pages_count


def main() -> None:
    debug = "--debug" in sys.argv
    DOCS.mkdir(parents=True, exist_ok=True)
    build_plan(DOCS / FILES["plan"])
    (DOCS / FILES["guidelines"]).write_text(stipend.MARKDOWN, encoding="utf-8")
    n = build_report(DOCS / FILES["report"], debug)
    (DOCS / "manifest.toml").write_text(MANIFEST, encoding="utf-8")
    for f in FILES.values():
        print(f"docs/{f}" + (f" ({n} pages)" if f.endswith(".pdf") else ""))
    print("docs/manifest.toml")


if __name__ == "__main__":
    main()
