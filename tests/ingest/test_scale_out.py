"""Many app servers, one index on a Chroma server: nothing answering needs stays on an app server."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
from pathlib import Path

from conftest import free_port, serving
from gradio_client import Client

from ingest.index import Index
from ingest.stores.server import ServerIndex

RULES = "Ordensregler\n\n§ 1 Øvingstid\n\nØvingsrommet er åpent til klokken {hour} på hverdager.\n"
QUESTION = "Hva står i § 1 om øvingsrommet?"


def _ingest(home: Path, corpus: Path, url: str, *extra: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "assistant.cli", "ingest", str(corpus), *extra],
        capture_output=True,
        text=True,
        timeout=600,
        env={**os.environ, "KRA_HOME": str(home), "KRA_CHROMA_URL": url},
    )


def _serve(home: Path, url: str):
    port = free_port()
    command = [sys.executable, "-m", "assistant.cli", "serve", "--port", str(port)]
    env = {**os.environ, "KRA_HOME": str(home), "KRA_CHROMA_URL": url}
    return f"http://127.0.0.1:{port}/", serving(command, f"http://127.0.0.1:{port}/", 180, env=env)


def test_two_app_servers_answer_from_one_chroma_server(tmp_path, chroma_server):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "ordensregler.txt").write_text(RULES.format(hour=21), encoding="utf-8")
    writer = tmp_path / "writer"
    first = _ingest(writer, corpus, chroma_server)
    assert first.returncode == 0, first.stderr
    homes = [tmp_path / "app-a", tmp_path / "app-b"]
    url_a, serve_a = _serve(homes[0], chroma_server)
    url_b, serve_b = _serve(homes[1], chroma_server)
    with serve_a, serve_b:
        clients = [Client(url_a, verbose=False), Client(url_b, verbose=False)]
        for client in clients:
            answer = client.predict(QUESTION, [], api_name="/ask")
            assert "klokken 21" in answer["answer"] and answer["citations"][0]["ref"] == "§ 1"
        # a changed document, ingested from the third machine, switches both on their next question
        (corpus / "ordensregler.txt").write_text(RULES.format(hour=22), encoding="utf-8")
        second = _ingest(writer, corpus, chroma_server)
        assert second.returncode == 0, second.stderr
        for client in clients:
            assert "klokken 22" in client.predict(QUESTION, [], api_name="/ask")["answer"]
    for home in homes:  # neither app server ever ingested or stored an index of its own
        assert not list(home.glob("index/g*")) and not (home / "index" / "CURRENT").exists()


def test_concurrent_ingests_leave_one_consistent_generation(tmp_path, chroma_server):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "ordensregler.txt").write_text(RULES.format(hour=20), encoding="utf-8")
    results: dict[str, subprocess.CompletedProcess] = {}

    def run(name: str, *extra: str) -> None:
        results[name] = _ingest(tmp_path / name, corpus, chroma_server, *extra)

    runners = [threading.Thread(target=run, args=(name, "--no-wait")) for name in ("one", "two")]
    for t in runners:
        t.start()
    for t in runners:
        t.join()
    codes = sorted(r.returncode for r in results.values())
    assert codes in ([0, 0], [0, 3]), {k: r.stderr for k, r in results.items()}
    if codes == [0, 3]:
        loser = next(r for r in results.values() if r.returncode == 3)
        assert "en annen innlesing pågår mot" in loser.stderr
    server = ServerIndex(chroma_server)
    live = server.pointer()
    assert live is not None and server.lock_holder() is None
    index = Index(tmp_path / "reader", live, chroma_server)
    assert len(index.chunks) == index.store.count() > 0
    assert live in server.generations() and len(server.generations()) <= 2  # the live one and the one before
    server.close()
