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


CONTENTS_STATUTES = [
    [
        "# Vedtekter for Region Test",
        "Vedtatt på regionmøtet 2. april 2019.",
        "# Innhold",
        "§ 1 Navn",
        "§ 2 Formål",
        "§ 3 Regionstyret",
        "§ 1 Navn",
        "(1) Regionen heter Region Test.",
        "# § 2 Formål",
        "(1) Regionen skal arbeide for kulturskolen.",
        "# § 3 Regionstyret",
        "(1) Regionstyret består av fem medlemmer.",
    ]
]

AGENDA_PROTOCOL = [
    [
        "# Protokoll fra regionmøtet 2025",
        "Møtet ble holdt i Testby 3. april 2025.",
        "## Saksliste",
        "Sak 1/25 Åpning",
        "Sak 2/25 Handlingsplan for 2025–2026",
        "Sak 3/25 Valg",
        "Sak 1/25 Åpning",
        "## Saksframstilling",
        "Møtet ble åpnet av lederen.",
        "# Sak 2/25 Handlingsplan for",
        "# 2025–2026",
        "## Saksframstilling",
        "Regionstyret la fram planen.",
        "## Vedtak:",
        "Handlingsplanen vedtas.",
        "# Sak 3/25 Valg",
        "## Saksframstilling",
        "Valgkomiteen la fram sin innstilling.",
    ]
]


def test_a_contents_list_names_the_paragraphs_without_opening_them(tmp_path):
    """ "Innhold" and its list of §§ are no parent of the text, and § 1 after the list is § 1, not a
    mention below § 3."""
    _, chunks = chunks_of(pdfgen.write_pdf(tmp_path / "vedtekter.pdf", CONTENTS_STATUTES))
    by_ref = {c.ref: c for c in chunks if c.ref}
    assert {"§ 1", "§ 2", "§ 3"} <= set(by_ref)
    assert "Regionen heter Region Test." in by_ref["§ 1"].text
    assert "Regionen heter Region Test." not in by_ref["§ 3"].text
    assert all("Innhold" not in c.section for c in chunks if c.ref)
    assert by_ref["§ 2"].section == ("§ 2 Formål",)


def test_an_agenda_and_a_wrapped_sak_heading(tmp_path):
    """The agenda lists the saker; each sak is found where its text begins, a heading set over two lines
    is one heading, and the headings inside a sak go under it."""
    _, chunks = chunks_of(pdfgen.write_pdf(tmp_path / "protokoll.pdf", AGENDA_PROTOCOL), kind="resolutions")
    opened = next(c for c in chunks if "Møtet ble åpnet av lederen." in c.text)
    assert opened.ref == "sak 1/25" and opened.section[0] == "Sak 1/25 Åpning"
    plan = next(c for c in chunks if "Regionstyret la fram planen." in c.text)
    assert plan.ref == "sak 2/25"
    assert plan.section[0] == "Sak 2/25 Handlingsplan for 2025–2026"
    assert not any(c.section and c.section[0] == "2025–2026" for c in chunks)
    election = next(c for c in chunks if "Valgkomiteen la fram" in c.text)
    assert election.ref == "sak 3/25" and election.section[:1] == ("Sak 3/25 Valg",)


def test_a_heading_that_wraps_after_a_comma_is_one_heading(tmp_path):
    """ "Endringsforslag fra Kari Test," / "Testvik kommune" in heading type: one amendment heading, not a
    sentence fragment and a heading named after a municipality."""
    pages = [
        [
            "# Protokoll fra regionmøtet 2025",
            "# Sak 4/25 Handlingsplan",
            "## Saksframstilling",
            "Regionstyret la fram planen.",
            "## Endringsforslag fra Kari Test,",
            "## Testvik kommune",
            "«Regionen ansetter en koordinator.»",
            "## Votering",
            "Endringsforslaget falt.",
            "# Sak 5/25 Valg",
            "## Saksframstilling",
            "Valgkomiteen la fram sin innstilling.",
        ]
    ]
    _, chunks = chunks_of(pdfgen.write_pdf(tmp_path / "protokoll.pdf", pages), kind="resolutions")
    proposal = next(c for c in chunks if "Regionen ansetter en koordinator." in c.text)
    assert proposal.section[-1] == "Endringsforslag fra Kari Test, Testvik kommune"
    assert proposal.role == "amendment"
    assert not any(c.section and c.section[-1] == "Testvik kommune" for c in chunks)
