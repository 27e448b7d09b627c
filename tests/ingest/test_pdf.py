"""PDFs written by the tests: pages, refs, running furniture, hyphenation, bad files."""

import pdfgen
import pytest

from ingest.chunker import chunk_document
from ingest.errors import IngestError
from ingest.loaders import load_document
from ingest.records import DocumentInfo
from ingest.structure import find_blocks, normalised_text


def chunks_of(path, kind="statutes"):
    doc = load_document(path, DocumentInfo("doc", "Testdokument", kind))
    return doc, chunk_document(doc, find_blocks(doc), normalised_text(doc), 1200)


def test_statutes_keep_pages_and_paragraph_refs(tmp_path):
    doc, chunks = chunks_of(pdfgen.write_statutes(tmp_path / "vedtekter.pdf"))
    text = normalised_text(doc)
    assert "Vedtekter for Testforeningen" not in text  # running header dropped
    assert "Side 2" not in text  # running footer dropped
    assert "alle medlemmer og deres" in text  # hyphenated line end joined
    by_ref = {c.ref: c for c in chunks}
    assert by_ref["§ 1"].page == 1 and "12. mars 1998" in by_ref["§ 1"].text
    assert by_ref["§ 5"].page == 2 and by_ref["§ 5"].page_end == 3
    assert "1 250 kroner" in by_ref["§ 5"].text and "halv kontingent" in by_ref["§ 5"].text
    assert by_ref["§ 4-1"].section == ("§ 4 Organer", "§ 4-1 Årsmøtet")


def test_resolution_protocol(tmp_path):
    _, chunks = chunks_of(pdfgen.write_resolution_protocol(tmp_path / "protokoll.pdf"), kind="resolutions")
    refs = {c.ref for c in chunks}
    assert {"vedtak 5.21", "vedtak 5.22"} <= refs
    done = [c for c in chunks if c.ref == "vedtak 5.22" and c.role == "status_done"]
    assert done and done[0].page == 2 and done[0].section[-1] == "Hva som har vært gjort"


def test_image_page_is_reported_and_text_pages_kept(tmp_path):
    doc, chunks = chunks_of(pdfgen.write_mixed_with_image_page(tmp_path / "blandet.pdf"), kind="report")
    assert any("OCR" in w for w in doc.warnings)
    chunk = next(c for c in chunks if "Tekst på side tre." in c.text)
    assert chunk.page_at(chunk.text.index("Tekst på side tre.")) == 3
    assert chunk.page_at(0) == 1


@pytest.mark.parametrize(
    ("writer", "message"),
    [
        (pdfgen.write_image_only, "OCR"),
        (pdfgen.write_encrypted, "kryptert"),
        (pdfgen.write_corrupt, "ødelagt"),
    ],
)
def test_bad_pdfs_get_one_clear_error(tmp_path, writer, message):
    path = writer(tmp_path / "bad.pdf")
    with pytest.raises(IngestError) as err:
        load_document(path, DocumentInfo("bad", "Bad"))
    assert message in str(err.value) and "bad.pdf" in str(err.value)
