"""A political platform written as a Word file by the test: Word's heading levels are the section
path, tables are rows with their header, list styles are items, footnotes are notes."""

import pdfgen
import pytest

from ingest.chunker import chunk_document
from ingest.loaders import load_document
from ingest.records import DocumentInfo
from ingest.sentences import units
from ingest.structure import find_blocks, normalised_text


@pytest.fixture(scope="module")
def platform(tmp_path_factory):
    path = pdfgen.write_platform_docx(tmp_path_factory.mktemp("d") / "plattform.docx")
    doc = load_document(path, DocumentInfo("plattform", "Politisk plattform", "platform"))
    return doc, chunk_document(doc, find_blocks(doc), normalised_text(doc), 1200)


def chunk_with(chunks, words):
    (found,) = [c for c in chunks if words in c.text]
    return found


def test_heading_levels_come_from_word_styles(platform):
    _, chunks = platform
    law = chunk_with(chunks, "formell kompetanse")
    school = chunk_with(chunks, "etterutdanning i kulturskolepedagogikk")
    assert law.section == ("Kulturskolen i samfunnet", "Lovverk", "Kompetanse")
    assert school.section == ("Kulturskolen i utdanningen", "Lærerutdanning", "Kompetanse")
    assert chunk_with(chunks, "Lagerplass").section == ("Kulturskolen i samfunnet", "Rom og lokaler")


def test_the_title_style_is_no_section_level(platform):
    _, chunks = platform
    assert not any("Politisk plattform for Testrådet" in " ".join(c.section) for c in chunks)


def test_table_rows_keep_their_header(platform):
    _, chunks = platform
    table = chunk_with(chunks, "Andel barn med plass")
    row = "Indikator: Andel barn med plass | 2024: 67 % | mål 2029: 85 %"
    assert row in table.text.split("\n")
    assert row in [u.text for u in units(table)]
    assert "Indikator | 2024" not in table.text  # the header lives on in every row
    assert table.ref == "kap. 3.2" and table.section == ("Kulturskolen i utdanningen", "3.2 Indikatorer")


def test_list_styles_become_items(platform):
    doc, chunks = platform
    lines = [ln for ln in doc.lines if ln.role == "item"]
    assert [ln.text for ln in lines][:1] == ["• et øremerket tilskudd til kommuner med lav dekningsgrad"]
    numbered = chunk_with(chunks, "Lagerplass")
    assert "1. Egne øvingsrom med god akustikk.\n\n2. Lagerplass for instrumenter og kostymer." in numbered.text
    assert "planlegges:" in numbered.text  # the list stays with its lead-in
    items = [u for u in units(numbered) if u.text.startswith(("1.", "2.", "3."))]
    assert len(items) == 3


def test_footnotes_are_notes_of_their_passage(platform):
    _, chunks = platform
    school = chunk_with(chunks, "etterutdanning i kulturskolepedagogikk")
    assert school.notes == ("1 Jf. Meld. St. 8 om kunstfagene i skolen.",)
    assert "kulturskolepedagogikk i alle landsdeler." in school.text  # no marker left in the text
    assert all(not c.notes for c in chunks if c is not school)


def test_a_docx_without_heading_styles_still_reads(tmp_path):
    import docx

    document = docx.Document()
    document.add_paragraph("Årsplan")
    document.add_paragraph("Vi skal holde tre samlinger i året.")
    path = tmp_path / "enkel.docx"
    document.save(path)
    doc = load_document(path, DocumentInfo("enkel", "Enkel", "document"))
    assert doc.headings == ""
    assert "Vi skal holde tre samlinger i året." in normalised_text(doc)


def test_a_footer_with_the_adoption_line_is_read_once_in_the_preamble(tmp_path):
    import docx

    document = docx.Document()
    document.add_heading("Vedtekter for Testforbundet", level=0)
    document.add_heading("§ 1 Navn", level=2)
    document.add_paragraph("Forbundet heter Testforbundet.")
    document.add_page_break()
    document.add_heading("§ 2 Oppløsning", level=2)
    document.add_paragraph("Forbundet kan oppløses av representantskapet.")
    footer = document.sections[0].footer
    footer.paragraphs[0].text = "Vedtatt av kommunestyrene 3. mars 2019 – endret 14. april 2024"
    footer.add_paragraph("Side 1")  # a page number: no text of its own
    path = tmp_path / "vedtekter.docx"
    document.save(path)
    doc = load_document(path, DocumentInfo("vedtekter", "Vedtekter", "statutes"))
    chunks = chunk_document(doc, find_blocks(doc), normalised_text(doc), 1200)
    adopted = [c for c in chunks if "3. mars 2019" in c.text]
    assert len(adopted) == 1 and adopted[0].ref is None  # the whole document's, not § 2's
    assert not any("Side 1" in c.text for c in chunks)
    assert "endret 14. april 2024" not in chunk_with(chunks, "oppløses").text


def test_statutes_whose_ledd_are_plain_paragraphs_are_cited_by_ledd(tmp_path):
    import docx

    from ingest.refs import Ref

    document = docx.Document()
    document.add_heading("Vedtekter for Testforbundet", level=0)
    document.add_heading("§ 5 Representantskapets oppgaver", level=2)
    document.add_paragraph("Representantskapet skal:")
    document.add_paragraph("a) vedta budsjett")
    document.add_paragraph("b) fastsette kontingent")
    document.add_paragraph("Vedtak om budsjett krever fire av fem stemmer.")
    document.add_heading("§ 6 Styret", level=2)
    document.add_paragraph("Styret har fem medlemmer.")
    path = tmp_path / "vedtekter.docx"
    document.save(path)
    doc = load_document(path, DocumentInfo("vedtekter", "Vedtekter", "statutes"))
    subs = {b.text: b.sub_ref for b in find_blocks(doc) if b.sub_ref}
    assert subs == {
        "Representantskapet skal:": "§ 5 (1)",
        "a) vedta budsjett": "§ 5 (1) bokstav a",
        "b) fastsette kontingent": "§ 5 (1) bokstav b",
        "Vedtak om budsjett krever fire av fem stemmer.": "§ 5 (2)",  # after the list: the next ledd
        "Styret har fem medlemmer.": "§ 6 (1)",
    }
    chunks = chunk_document(doc, find_blocks(doc), normalised_text(doc), 1200)
    (five,) = [c for c in chunks if c.ref == "§ 5"]
    second = next(s for s, e, r in five.parts if Ref.parse(r) == Ref("§", "5", 2))
    assert five.text[second:].startswith("Vedtak om budsjett")
