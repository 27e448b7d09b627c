"""A report kept as plain text: headings underlined or in capitals, numbered headings, dash lists,
a run of key figures and a table aligned with spaces."""

from ingest.chunker import chunk_document
from ingest.loaders import load_document
from ingest.records import DocumentInfo
from ingest.sentences import units
from ingest.structure import find_blocks, normalised_text

REPORT = """REGION TESTKYST
===============

ÅRSMELDING 2026

Vedtatt av regionstyret 3. februar 2027.


NØKKELTALL
----------

Antall medlemskommuner: 12
Antall elever: 2 310
Regionens driftsbudsjett: 840 000 kroner


STYRET
------

Styret har hatt tre medlemmer:

- Ola Nordmann, leder (Vik kommune)
- Kari Holm, nestleder (Nes kommune)
- Per Berg, styremedlem (Li kommune)

Rådgiver Eva Lund har vært sekretær.


1. Elevtall

Elevtallet økte med 4 prosent. De største kulturskolene:

Kommune        Elever 2025   Elever 2026
Vik                    410           433
Nes                    288           301


2. Kompetanse

Regionen holdt fem kurs.
"""


def chunks_of(path):
    doc = load_document(path, DocumentInfo(path.stem, "Testrapport", "report"))
    return chunk_document(doc, find_blocks(doc), normalised_text(doc), 1200)


def test_the_marks_a_writer_puts_in_plain_text_are_its_structure(tmp_path):
    path = tmp_path / "arsmelding.txt"
    path.write_text(REPORT, encoding="utf-8")
    chunks = chunks_of(path)
    by_heading = {c.section[-1]: c for c in chunks if c.section}
    assert set(by_heading) >= {"NØKKELTALL", "STYRET", "1. Elevtall", "2. Kompetanse"}
    assert all("-----" not in c.text and "=====" not in c.text for c in chunks)
    # each key figure is a unit of its own, not one run-on sentence
    figures = [u.text for u in units(by_heading["NØKKELTALL"])]
    assert "Antall elever: 2 310" in figures and "Regionens driftsbudsjett: 840 000 kroner" in figures
    # the aligned table's rows carry their column names
    table = [u.text for u in units(by_heading["1. Elevtall"])]
    assert "Kommune: Vik | Elever 2025: 410 | Elever 2026: 433" in table


def test_items_marked_with_the_same_dash_are_items_not_one_sentence(tmp_path):
    path = tmp_path / "arsmelding.txt"
    path.write_text(REPORT, encoding="utf-8")
    board = next(c for c in chunks_of(path) if c.section and c.section[-1] == "STYRET")
    found = units(board)
    assert [u.text for u in found if u.bullet] == [
        "Ola Nordmann, leder (Vik kommune)",
        "Kari Holm, nestleder (Nes kommune)",
        "Per Berg, styremedlem (Li kommune)",
    ]
    assert found[0].lead_in


def test_text_without_marks_reads_as_before(tmp_path):
    path = tmp_path / "notat.txt"
    path.write_text("Notat\n\nDette er en kort tekst.\nDen går over to linjer.\n", encoding="utf-8")
    doc = load_document(path, DocumentInfo("notat", "Notat", "document"))
    assert doc.headings == "" and all(line.heading is None and line.role is None for line in doc.lines)


ELECTED = """PROTOKOLL

Sak 8 Valg

Vedtak:
Følgende ble valgt:

Styret for perioden 2029–2031:
  Leder        Kari Holm        Region Vik     gjenvalgt
  Nestleder    Per Berg         Region Nes     ny
  Medlem       Eva Lund         Region Li      gjenvalgt

Kontrollkomiteen for perioden 2029–2031:
  Leder        Ola Nordmann     Region Li      ny
  Varamedlem   Siri Dahl        Region Vik     ny

Budsjettet:
  Post              Budsjett 2030    Budsjett 2031
  Kontingent          1 200 000        1 250 000
  Kurs                  300 000          320 000
"""


def test_a_list_of_the_elected_set_in_columns_has_no_header_row_and_stays_with_its_lead_in(tmp_path):
    """Rows of values alike down each column ("Region Vik" over "Region Nes", "gjenvalgt" twice) are all rows;
    a budget's first row of labels is its header. Each table stays in one passage with the line that says
    which body it lists."""
    path = tmp_path / "protokoll.txt"
    path.write_text(ELECTED, encoding="utf-8")
    chunks = chunks_of(path)
    text = "\n".join(c.text for c in chunks)
    assert "Leder | Kari Holm | Region Vik | gjenvalgt" in text
    assert "Leder | Ola Nordmann | Region Li | ny" in text
    assert "Kari Holm:" not in text and "Leder: Nestleder" not in text
    assert "Post: Kontingent | Budsjett 2030: 1 200 000 | Budsjett 2031: 1 250 000" in text
    control = next(c for c in chunks if "Ola Nordmann" in c.text)
    assert "Kontrollkomiteen for perioden 2029–2031:" in control.text
    board = next(c for c in chunks if "Kari Holm" in c.text)
    assert "Styret for perioden 2029–2031:" in board.text
