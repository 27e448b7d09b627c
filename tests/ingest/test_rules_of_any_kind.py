"""Rules headed by §§ are read as statutes whatever the manifest calls them (an instruction, ethics rules):
in Word, where a ledd is a plain paragraph without "(1)", each paragraph of a § is its ledd."""

from docx import Document

from ingest.loaders import load_document
from ingest.records import DocumentInfo
from ingest.structure import find_blocks

PARTS = [
    ("Formål", ["Utvalget fører tilsyn med styrets forvaltning.", "Utvalget rapporterer til årsmøtet."]),
    ("Sammensetning", ["Utvalget har tre medlemmer.", "Medlemmene velges for to år om gangen."]),
    ("Møter", ["Utvalget møtes minst to ganger i året.", "Lederen kaller inn med en ukes varsel."]),
]


def _instruction(path, kind: str):
    doc = Document()
    doc.add_heading("Instruks for kontrollutvalget", 0)
    for n, (title, paragraphs) in enumerate(PARTS, start=1):
        doc.add_heading(f"§ {n} {title}", 1)
        for text in paragraphs:
            doc.add_paragraph(text)
    doc.save(path)
    return load_document(path, DocumentInfo(path.stem, "Instruks for kontrollutvalget", kind))


def test_the_paragraphs_of_a_section_are_its_ledd_whatever_the_kind(tmp_path):
    for kind in ("instruction", "statutes"):
        blocks = find_blocks(_instruction(tmp_path / f"{kind}.docx", kind))
        ledd = {b.text: b.sub_ref for b in blocks if b.kind == "paragraph"}
        assert ledd["Utvalget rapporterer til årsmøtet."] == "§ 1 (2)", kind
        assert ledd["Medlemmene velges for to år om gangen."] == "§ 2 (2)", kind
        assert ledd["Utvalget møtes minst to ganger i året."] == "§ 3 (1)", kind


def test_a_protocol_that_quotes_sections_is_no_statute(tmp_path):
    doc = Document()
    doc.add_heading("Protokoll fra årsmøtet", 0)
    for n, title in enumerate(["Konstituering", "Vedtektsendringer", "Valg", "Budsjett"], start=1):
        doc.add_heading(f"Sak {n} {title}", 1)
        doc.add_paragraph("Forslaget ble vedtatt.")
    doc.add_paragraph("§ 4 Styret skal ha fem medlemmer.")
    path = tmp_path / "protokoll.docx"
    doc.save(path)
    blocks = find_blocks(load_document(path, DocumentInfo(path.stem, "Protokoll", "minutes")))
    assert {b.ref for b in blocks if b.text == "Forslaget ble vedtatt."} == {"sak 1", "sak 2", "sak 3", "sak 4"}
