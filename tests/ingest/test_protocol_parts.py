"""A protocol's numbered sub-headings under a sak ("Sak 8 Valg", "8.1 Styreleder og styremedlemmer") are parts of
that sak and cited as it: "sak 8.1", whatever word the document uses for the parts of other texts ("punkt")."""

from docx import Document

from ingest.loaders import load_document
from ingest.records import DocumentInfo
from ingest.structure import find_blocks


def test_a_sub_heading_of_a_sak_is_cited_as_part_of_the_sak(tmp_path):
    doc = Document()
    doc.add_heading("Protokoll fra årsmøtet 2031", 0)
    doc.add_heading("Sak 1 Konstituering", 1)
    doc.add_heading("1.1 Godkjenning av innkalling", 2)
    doc.add_paragraph("Innkallingen ble godkjent.")
    doc.add_heading("Sak 2 Retningslinjer for fondet", 1)
    doc.add_paragraph("Endringsforslag: I punkt 3 tilføyes en ny setning. I punkt 4 strykes siste ledd.")
    doc.add_paragraph("Forslaget ble vedtatt med 20 mot 4 stemmer, jf. punkt 2 i retningslinjene.")
    doc.add_heading("Sak 3 Valg", 1)
    doc.add_heading("3.1 Styreleder", 2)
    doc.add_paragraph("Kari Nord ble valgt som styreleder.")
    doc.add_heading("3.2 Revisor", 2)
    doc.add_paragraph("Revisjon Testdal AS ble gjenvalgt.")
    path = tmp_path / "protokoll.docx"
    doc.save(path)
    blocks = find_blocks(load_document(path, DocumentInfo("p", "Protokoll fra årsmøtet 2031", "minutes")))
    refs = {b.text: b.ref for b in blocks}
    assert refs["Innkallingen ble godkjent."] == "sak 1.1"
    assert refs["Kari Nord ble valgt som styreleder."] == "sak 3.1"
    assert refs["Revisjon Testdal AS ble gjenvalgt."] == "sak 3.2"
    assert refs["Forslaget ble vedtatt med 20 mot 4 stemmer, jf. punkt 2 i retningslinjene."] == "sak 2"
