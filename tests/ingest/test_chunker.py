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
