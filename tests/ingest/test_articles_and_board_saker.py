"""Governing documents numbered in other ways than §§ and "Sak 5.3": instructions in articles
("Artikkel 4", with ledd and lettered items) and board minutes whose saker are numbered within the
year ("HS-sak 21/25")."""

import pdfgen
from docx import Document

from ingest.chunker import chunk_document
from ingest.index import resolution_numbers
from ingest.loaders import load_document
from ingest.records import DocumentInfo
from ingest.refs import refs_by_kind
from ingest.structure import find_blocks, normalised_text


def chunks_of(path, kind):
    doc = load_document(path, DocumentInfo(path.stem, "Testdokument", kind))
    return chunk_document(doc, find_blocks(doc), normalised_text(doc), 1200)


def test_articles_are_units_with_ledd_and_letters(tmp_path):
    page = [
        "# Instruks for testregionene",
        "# Artikkel 1 Formål",
        "(1) Instruksen gjelder for alle regionstyrene.",
        "# Artikkel 2 Oppgaver",
        "(1) Regionstyret skal:",
        "a) følge opp vedtak fra Landstinget,",
        "b) holde en konferanse hvert år.",
        "(2) Regionstyret rapporterer til hovedstyret.",
    ]
    chunks = chunks_of(pdfgen.write_layout_pdf(tmp_path / "instruks.pdf", [page]), "statutes")
    assert refs_by_kind(c.ref for c in chunks) == {"artikkel": ["artikkel 1", "artikkel 2"]}
    (article,) = [c for c in chunks if c.ref == "artikkel 2"]
    assert article.section[-1] == "Artikkel 2 Oppgaver"
    parts = {ref: article.text[a:b] for a, b, ref in article.parts}
    assert parts["artikkel 2 (1) bokstav b"] == "b) holde en konferanse hvert år."
    assert parts["artikkel 2 (2)"] == "(2) Regionstyret rapporterer til hovedstyret."
    assert parts["artikkel 2 (1)"].startswith("(1) Regionstyret skal:")


def test_board_minutes_number_their_saker_within_the_year(tmp_path):
    doc = Document()
    doc.add_heading("Protokoll fra styremøte 3/2025", level=1)
    for number, title, resolution in (
        ("21/25", "Godkjenning av innkalling", "Innkallingen godkjennes."),
        ("22/25", "Driftstilskudd 2026", "Driftstilskuddet settes til 80 000 kroner."),
    ):
        doc.add_heading(f"HS-sak {number} {title}", level=2)
        doc.add_paragraph("Saksframstilling: direktøren la fram saken.")
        doc.add_paragraph(f"Vedtak: {resolution}")
    path = tmp_path / "protokoll.docx"
    doc.save(path)
    chunks = chunks_of(path, "resolutions")
    assert refs_by_kind(c.ref for c in chunks) == {"sak": ["sak 21/25", "sak 22/25"]}
    resolution = next(c for c in chunks if c.ref == "sak 22/25" and c.role == "resolution")
    assert "80 000 kroner" in resolution.text
    assert resolution_numbers(chunks) == ["21/25", "22/25"]


def test_an_area_of_effort_is_cited_in_the_documents_own_word(tmp_path):
    page = [
        "# Handlingsplan for testrådet",
        "# Innsatsområde 1 Kulturskole for alle",
        "Flere barn skal få plass.",
        "# Tiltak 1.1 Kartlegging av ventelister",
        "Sekretariatet kartlegger ventelistene.",
    ]
    chunks = chunks_of(pdfgen.write_layout_pdf(tmp_path / "plan.pdf", [page]), "strategy")
    assert refs_by_kind(c.ref for c in chunks) == {"innsatsområde": ["innsatsområde 1"], "tiltak": ["tiltak 1.1"]}
    (measure,) = [c for c in chunks if c.ref == "tiltak 1.1"]
    assert measure.section == ("Innsatsområde 1 Kulturskole for alle", "Tiltak 1.1 Kartlegging av ventelister")


RULES = [
    [
        "# Forretningsorden for testtinget",
        "# 1 Konstituering",
        "1.1 Tinget åpnes av styrets leder, som leder valget av ordstyrere.",
        "1.2 Deretter godkjennes innkallingen og sakslisten.",
        "# 2 Taletid",
        "2.1 Taletiden er inntil fem minutter for første innlegg.",
        "2.2 Etter hvert innlegg kan ordstyrer gi inntil to replikker, jf. punkt 2.1. En replikk",
    ],
    [
        "kan vare inntil ett minutt.",
        "2.3 Ingen kan ha mer enn tre innlegg i samme sak.",
    ],
]


def test_numbered_points_of_rules_are_units_cited_as_the_document_names_them(tmp_path):
    chunks = chunks_of(pdfgen.write_layout_pdf(tmp_path / "forretningsorden.pdf", RULES), "document")
    assert refs_by_kind(c.ref for c in chunks) == {
        "punkt": ["punkt 1.1", "punkt 1.2", "punkt 2.1", "punkt 2.2", "punkt 2.3"]
    }
    (reply,) = [c for c in chunks if c.ref == "punkt 2.2"]
    assert reply.section == ("2 Taletid", "2.2")
    # the point over the page break stays one unit, with its page span
    assert reply.text.endswith("kan vare inntil ett minutt.") and (reply.page, reply.page_end) == (1, 2)
    (first,) = [c for c in chunks if c.ref == "punkt 2.1"]
    assert first.text.startswith("2 Taletid") and "fem minutter" in first.text


def test_numbered_points_of_a_document_that_names_chapters_are_chapters(tmp_path):
    pages = [[line.replace("jf. punkt 2.1", "jf. kapittel 2") for line in page] for page in RULES]
    chunks = chunks_of(pdfgen.write_layout_pdf(tmp_path / "regler.pdf", pages), "document")
    assert {c.ref for c in chunks if c.ref} == {"kap. 1.1", "kap. 1.2", "kap. 2.1", "kap. 2.2", "kap. 2.3"}


def test_notes_to_annual_accounts_are_units_of_their_own(tmp_path):
    chunks = chunks_of(pdfgen.write_accounts_docx(tmp_path / "regnskap.docx"), "accounts")
    assert refs_by_kind(c.ref for c in chunks)["note"] == ["note 1", "note 2", "note 3"]
    (salaries,) = [c for c in chunks if c.ref == "note 2"]
    assert salaries.section[-2:] == ("Noter til regnskapet", "Note 2 Lønnskostnader")
    assert "2,4 årsverk" in salaries.text
    # a note mentioned in running text ("jf. note 2") opens no unit
    (rent,) = [c for c in chunks if "Husleie" in c.text]
    assert rent.ref == "note 3"
