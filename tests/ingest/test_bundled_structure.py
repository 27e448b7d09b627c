"""The bundled document is cut along its own structure: resolutions, priorities, status sections."""

from ingest.chunker import chunk_document
from ingest.loaders import load_document
from ingest.manifest import document_info, read_manifest
from ingest.settings import BUNDLED_CORPUS
from ingest.structure import find_blocks, normalised_text

DOC = BUNDLED_CORPUS / "kulturskoleradet-langsiktig-arbeid-mot-landsting-2028.txt"


def bundled_chunks():
    doc = load_document(DOC, document_info(DOC, read_manifest(BUNDLED_CORPUS)))
    text = normalised_text(doc)
    return doc, text, chunk_document(doc, find_blocks(doc), text, 1200)


def test_resolution_5_13_is_three_chunks_with_its_status_sections():
    _, _, chunks = bundled_chunks()
    parts = [c for c in chunks if c.ref == "vedtak 5.13"]
    assert [c.role for c in parts] == ["resolution", "status_done", "status_planned"]
    assert parts[0].text.startswith("5.13 Prisnivå i kulturskolen\n«Prissetting")
    assert parts[0].text.endswith("lokalt nivå.»")
    assert parts[1].section == (
        "Andre vedtak fra landstinget",
        "5.13 Prisnivå i kulturskolen",
        "Hva som har vært gjort",
    )
    assert parts[2].section[-1] == "Hva som er planlagt gjort videre"
    assert parts[2].text.rstrip().endswith("konsekvensene av en slik bestilling.")
    assert all(c.page == 22 for c in parts)


def test_no_chunk_crosses_a_resolution():
    _, _, chunks = bundled_chunks()
    headings = [
        "5.11 Kulturskole som tiltak i samfunnsutviklingen i nord",
        "5.12 Helhetlig lederutviklingsprogram",
        "5.13 Prisnivå i kulturskolen",
        "5.14 Videreutvikling av fordypning regionalt",
    ]
    for c in chunks:
        lines = [ln.strip() for ln in c.text.split("\n") if ln.strip()]
        for heading in headings:
            if heading in lines:
                # a resolution heading only ever opens a chunk, after the headings above it at most
                before = lines[: lines.index(heading)]
                assert all(ln in c.section for ln in before), c.text[:80]


def test_resolutions_found_including_5_6_reported_under_rammeplan():
    _, _, chunks = bundled_chunks()
    refs = {c.ref for c in chunks if c.ref}
    assert {"vedtak 5.6", "vedtak 5.11", "vedtak 5.12", "vedtak 5.13", "vedtak 5.14"} <= refs
    tillegg = [c for c in chunks if c.ref == "vedtak 5.6" and "2. «Landstinget ber om" in c.text]
    # after the printed footer "side 17": the page of the item, wherever its chunk starts
    assert tillegg and tillegg[0].page_at(tillegg[0].text.index("2. «Landstinget ber om")) == 18


def test_priorities_head_their_status_sections():
    _, _, chunks = bundled_chunks()
    lokaler = [
        c
        for c in chunks
        if c.section[-2:-1] == ("Kulturskolerådet skal jobbe for veiledende standarder for kulturskolelokaler.",)
    ]
    assert [c.section[-1] for c in lokaler] == ["Hva som har vært gjort", "Hva som er planlagt gjort videre"]
    assert lokaler[0].section[:2] == ("Kulturskolerådets arbeid med Landstingets saker", "Politisk plattform")
    assert "NS 8178" in lokaler[0].text


def test_links_are_kept_apart_and_footnote_markers_do_not_corrupt_numbers():
    doc, text, chunks = bundled_chunks()
    assert "https://" not in text
    assert "(levert 02.02. 2024)" in text and "20241" not in text
    assert "søknadsordningen er denne" in text
    grant = next(c for c in chunks if "86 400 000 NOK" in c.text)
    assert any("udir.no" in link for link in grant.links) or doc.links
    assert "ph.d.-grad" in text and "(2026-2036)" in text


def test_chunk_offsets_point_into_the_normalised_text():
    _, text, chunks = bundled_chunks()
    assert all(text[c.start : c.end] == c.text for c in chunks)
    assert all(len(c.text) <= 1200 for c in chunks)
    assert len({c.id for c in chunks}) == len(chunks)


def test_5_11_planned_section_is_its_own_and_5_14_quote_runs_past_the_nested_quote():
    _, _, chunks = bundled_chunks()
    roles = [c.role for c in chunks if c.ref == "vedtak 5.11"]
    assert roles[0] == "resolution" and "status_planned" in roles
    planned = next(c for c in chunks if c.ref == "vedtak 5.11" and c.role == "status_planned")
    done = [c for c in chunks if c.ref == "vedtak 5.11" and c.role == "status_done"]
    assert planned.text.startswith("Hva som er planlagt gjort videre\nInteressepolitisk må det bygges")
    assert all("Hva som er planlagt" not in c.text for c in done)
    blocks = find_blocks(load_document(DOC, document_info(DOC, read_manifest(BUNDLED_CORPUS))))
    quote = next(b for b in blocks if b.ref == "vedtak 5.14" and b.kind == "quote")
    assert "«Fordypning med mangfold»" in quote.text and quote.text.endswith("en del av arbeidet.»")


def test_quotes_start_at_the_words_not_the_bullet_and_double_spaces_are_one():
    from ingest.sentences import units

    _, text, chunks = bundled_chunks()
    assert "Det  jobbes" not in text and "Det jobbes" in text
    for c in chunks:
        for u in units(c):
            assert not c.text[u.start :].startswith(("•", "▪")), u.text
