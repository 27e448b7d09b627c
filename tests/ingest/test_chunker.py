"""The chunker keeps a list with its lead-in sentence, also when the paragraph before the list is long."""

from ingest.chunker import chunk_document
from ingest.loaders import load_document
from ingest.records import DocumentInfo
from ingest.sentences import units
from ingest.structure import find_blocks, normalised_text

SENTENCE = "Rådet har arbeidet med saken gjennom hele perioden, i tett dialog med kommunene og fylkene. "


def _chunks(tmp_path, sentences: int, max_chars: int = 1200):
    body = SENTENCE * sentences + "Søknaden må særlig legges tett opp til følgende to punkter:"
    text = f"# Prioriteringer\n\n{body}\n\n- kunst- og kulturarbeid i opplæringen\n- nasjonale brukergrupper\n"
    path = tmp_path / "plan.md"
    path.write_text(text, encoding="utf-8")
    doc = load_document(path, DocumentInfo("plan", "Plan", "strategy"))
    return chunk_document(doc, find_blocks(doc), normalised_text(doc), max_chars)


def _with_items(chunks):
    return [c for c in chunks if "nasjonale brukergrupper" in c.text]


def test_a_list_that_fits_with_its_paragraph_is_one_chunk(tmp_path):
    chunks = _chunks(tmp_path, 3)
    assert len(chunks) == 1 and "følgende to punkter:" in chunks[0].text


def test_a_long_paragraph_gives_its_lead_in_sentence_to_the_list(tmp_path):
    chunks = _chunks(tmp_path, 12)  # the paragraph and the list together are longer than a chunk
    assert len(chunks) == 2
    (listed,) = _with_items(chunks)
    assert "kunst- og kulturarbeid i opplæringen" in listed.text
    lead = [u for u in units(listed) if u.lead_in]
    assert lead and lead[0].text.startswith("Søknaden må særlig legges tett opp til")
    assert all(len(c.text) <= 1200 for c in chunks)


def _text_chunks(tmp_path, after: str):
    """A page of text extracted from a PDF: wrapped lines, bullets, and the paragraph after the list."""
    line = "Rådet har arbeidet med saken gjennom hele perioden, i tett dialog med kommunene og"
    body = "\n".join([line, "fylkene i alle regioner."] * 8)
    text = (
        f"{body}\nFor Kulturskolerådet sin del er det særlig følgende to kulepunkt som søknaden vår måtte\n"
        f"legges tett opp til:\n• kunst- og kulturarbeid i tilknytning til opplæringen\n"
        f"• nasjonale interesse- eller brukergrupper (...)\n{after}\n"
    )
    path = tmp_path / "rapport.txt"
    path.write_text(text, encoding="utf-8")
    doc = load_document(path, DocumentInfo("rapport", "Rapport", "report"))
    return chunk_document(doc, find_blocks(doc), normalised_text(doc), 1200)


def test_the_paragraph_after_a_list_is_no_part_of_its_last_item(tmp_path):
    after = "\n".join(["Det er viktig å være klar over at søknadskriteriene legger føringer for hvordan søknaden"] * 16)
    chunks = _text_chunks(tmp_path, after)
    (listed,) = [c for c in chunks if "nasjonale interesse- eller brukergrupper" in c.text]
    # both items stay with their lead-in, though the paragraph after them does not fit in the same chunk
    assert "kunst- og kulturarbeid i tilknytning til opplæringen" in listed.text
    assert "følgende to kulepunkt" in listed.text


def test_a_wrapped_item_goes_on_over_a_lower_case_line(tmp_path):
    chunks = _text_chunks(tmp_path, "og regionale nettverk.")
    (listed,) = [c for c in chunks if "nasjonale interesse- eller brukergrupper" in c.text]
    item = [u for u in units(listed) if u.text.startswith("nasjonale")]
    assert item and item[0].text.endswith("regionale nettverk.")
