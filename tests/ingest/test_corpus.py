"""Corpus management against a real HTTP server on 127.0.0.1: fetch, update, list and add."""

from __future__ import annotations

import argparse
import hashlib
import json
import threading
import tomllib
from collections import Counter
from datetime import datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import urlsplit

import pdfgen
import pytest
from conftest import free_port

from assistant import cli_corpus
from ingest.corpus import CorpusError, add_document, fetch_missing, list_documents
from ingest.manifest import document_info, read_manifest
from ingest.pipeline import ingest
from ingest.settings import Settings

COMMENT = "# test manifest: this comment must survive every write"
HTML = b"<!DOCTYPE html><html><body><h1>Siden finnes ikke</h1></body></html>"
FAST = {"timeout": 0.5, "retries": 2, "backoff": 0.01}


class Upstream(ThreadingHTTPServer):
    """A publisher whose documents the test sets: path -> (status, content type, body)."""

    daemon_threads = True

    def __init__(self, port: int):
        super().__init__(("127.0.0.1", port), Handler)
        self.routes: dict[str, tuple[int, str, bytes]] = {}
        self.hits: Counter[str] = Counter()
        self.requested: list[str] = []
        self.release = threading.Event()


class Handler(BaseHTTPRequestHandler):
    server: Upstream

    def do_GET(self) -> None:
        path = urlsplit(self.path).path  # a proxy request carries the absolute URL
        self.server.requested.append(self.path)
        self.server.hits[path] += 1
        if path == "/taus.pdf":  # accepts, then says nothing
            self.server.release.wait(10)
            return
        if path == "/heng.pdf":  # sends half a PDF, then stalls
            body = self.server.routes["/vedtekter.pdf"][2]
            self._head(200, "application/pdf", len(body))
            self.wfile.write(body[: len(body) // 2])
            self.wfile.flush()
            self.server.release.wait(10)
            return
        if path == "/ustabil.pdf" and self.server.hits[path] == 1:
            self._send(503, "text/plain", b"try again")
            return
        if path == "/ustabil.pdf":
            path = "/vedtekter.pdf"
        self._send(*self.server.routes.get(path, (404, "text/html", HTML)))

    def _head(self, status: int, ctype: str, length: int) -> None:
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(length))
        self.end_headers()

    def _send(self, status: int, ctype: str, body: bytes) -> None:
        self._head(status, ctype, len(body))
        self.wfile.write(body)

    def log_message(self, *args) -> None:
        pass


@pytest.fixture(autouse=True)
def no_proxy_env(monkeypatch):
    """Tests talk to 127.0.0.1 directly unless they set a proxy themselves."""
    for name in ("http_proxy", "https_proxy", "all_proxy", "no_proxy"):
        monkeypatch.delenv(name, raising=False)
        monkeypatch.delenv(name.upper(), raising=False)


@pytest.fixture(scope="module")
def pdfs(tmp_path_factory) -> dict[str, bytes]:
    folder = tmp_path_factory.mktemp("pdfs")
    return {
        "statutes": pdfgen.write_statutes(folder / "v.pdf").read_bytes(),
        "protocol": pdfgen.write_resolution_protocol(folder / "p.pdf").read_bytes(),
    }


@pytest.fixture
def upstream(pdfs):
    server = Upstream(free_port())
    server.routes["/vedtekter.pdf"] = (200, "application/pdf", pdfs["statutes"])
    server.routes["/feilside.pdf"] = (200, "text/html; charset=utf-8", HTML)
    server.routes["/forkledd.pdf"] = (200, "application/pdf", HTML)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield server
    server.release.set()
    server.shutdown()
    server.server_close()


def base(server: Upstream) -> str:
    return f"http://127.0.0.1:{server.server_address[1]}"


def write_manifest(corpus: Path, entries: list[dict]) -> Path:
    corpus.mkdir(parents=True, exist_ok=True)
    blocks = [COMMENT, ""]
    for item in entries:
        blocks.append("[[document]]")
        blocks.extend(f"{key} = {json.dumps(val, ensure_ascii=False)}" for key, val in item.items())
        blocks.append("")
    path = corpus / "manifest.toml"
    path.write_text("\n".join(blocks), encoding="utf-8")
    return path


def entry(file: str, kind: str, url: str | None) -> dict:
    item = {"file": file, "title": f"Tittel {file}", "kind": kind}
    return {**item, "url": url} if url else item


def names(corpus: Path) -> set[str]:
    """Everything in the folder, hidden temp files included."""
    return {p.name for p in corpus.iterdir()}


def manifest_table(corpus: Path) -> dict[str, dict]:
    data = tomllib.loads((corpus / "manifest.toml").read_text(encoding="utf-8"))
    return {item["file"]: item for item in data["document"]}


def sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def run_cli(*argv: str) -> int:
    parser = argparse.ArgumentParser(prog="kra")
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--home", type=Path)
    common.add_argument("--config", type=Path)
    common.add_argument("--embedder")
    common.add_argument("--chroma-url", dest="chroma_url")
    cli_corpus.add_parser(parser.add_subparsers(dest="command", required=True), common)
    args = parser.parse_args(list(argv))
    return args.func(args)


def test_fetch_keeps_the_good_pdfs_and_refuses_404_html_and_stalls(tmp_path, upstream, pdfs):
    corpus = tmp_path / "corpus"
    url = base(upstream)
    write_manifest(
        corpus,
        [
            entry("ok.pdf", "statutes", f"{url}/vedtekter.pdf"),
            entry("borte.pdf", "report", f"{url}/borte.pdf"),
            entry("html.pdf", "strategy", f"{url}/feilside.pdf"),
            entry("forkledd.pdf", "strategy", f"{url}/forkledd.pdf"),
            entry("heng.pdf", "platform", f"{url}/heng.pdf"),
            entry("taus.pdf", "platform", f"{url}/taus.pdf"),
            entry("ustabil.pdf", "resolutions", f"{url}/ustabil.pdf"),
            entry("lokal.txt", "report", None),
        ],
    )
    calls: list[tuple[str, int, int | None]] = []
    report = fetch_missing(corpus, progress=lambda *a: calls.append(a), **FAST)

    assert report.fetched == ["ok.pdf", "ustabil.pdf"] and report.no_url == ["lokal.txt"]
    errors = {f.file: f.error for f in report.failed}
    assert "404" in errors["borte.pdf"]
    assert "HTML" in errors["html.pdf"]
    assert "ikke en PDF" in errors["forkledd.pdf"]
    assert "tidsavbrudd" in errors["heng.pdf"] and "tidsavbrudd" in errors["taus.pdf"]
    assert not report.ok and report.offline is None
    # 404 and "not a PDF" are final; a stall is retried, and so is a 503 (which then succeeds)
    hits = upstream.hits
    assert hits["/borte.pdf"] == hits["/feilside.pdf"] == hits["/forkledd.pdf"] == 1
    assert hits["/heng.pdf"] == hits["/taus.pdf"] == 3 and hits["/ustabil.pdf"] == 2

    assert names(corpus) == {"manifest.toml", "ok.pdf", "ustabil.pdf"}  # no partial file
    assert (corpus / "ok.pdf").read_bytes() == pdfs["statutes"]
    assert calls[-1] == ("ustabil.pdf", len(pdfs["statutes"]), len(pdfs["statutes"]))

    text = (corpus / "manifest.toml").read_text(encoding="utf-8")
    assert text.startswith(COMMENT)
    table = manifest_table(corpus)
    assert table["ok.pdf"]["sha256"] == sha(pdfs["statutes"])
    assert table["ok.pdf"]["size"] == len(pdfs["statutes"])
    assert datetime.fromisoformat(table["ok.pdf"]["fetched"]).year >= 2024
    assert "sha256" not in table["borte.pdf"] and "fetched" not in table["heng.pdf"]
    assert read_manifest(corpus)["ok.pdf"].title == "Tittel ok.pdf"

    again = fetch_missing(corpus, kind="statutes", **FAST)
    assert again.present == ["ok.pdf"] and again.ok and hits["/vedtekter.pdf"] == 1
    with pytest.raises(CorpusError, match="ingen dokumenter av typen 'tull'"):
        fetch_missing(corpus, kind="tull")


def test_update_replaces_a_file_changed_upstream_and_list_follows(tmp_path, upstream, pdfs):
    corpus, home = tmp_path / "corpus", tmp_path / "home"
    url = base(upstream)
    write_manifest(
        corpus,
        [
            entry("vedtekter.pdf", "statutes", f"{url}/vedtekter.pdf"),
            entry("strategi.pdf", "strategy", f"{url}/borte.pdf"),
        ],
    )
    assert fetch_missing(corpus, kind="statutes", **FAST).fetched == ["vedtekter.pdf"]
    pdfgen.write_pdf(corpus / "notat.pdf", [["# Notat", "Styret møtes hver måned."]])
    status = {r.file: r for r in list_documents(corpus, home)}
    assert status["vedtekter.pdf"].status == "not ingested"
    assert status["strategi.pdf"].status == "missing" and status["strategi.pdf"].url

    assert ingest(Settings(home=home, corpus=corpus)).failed == []
    status = {r.file: r for r in list_documents(corpus, home)}
    assert status["vedtekter.pdf"].status == "present" and status["vedtekter.pdf"].pages == 3
    assert status["vedtekter.pdf"].chunks > 0 and status["vedtekter.pdf"].kind == "statutes"
    assert status["notat.pdf"].status == "unlisted" and not status["notat.pdf"].listed
    assert status["strategi.pdf"].status == "missing" and status["strategi.pdf"].pages is None

    upstream.routes["/vedtekter.pdf"] = (200, "application/pdf", pdfs["protocol"])
    plain = fetch_missing(corpus, kind="statutes", **FAST)
    assert plain.present == ["vedtekter.pdf"] and not plain.updated
    assert (corpus / "vedtekter.pdf").read_bytes() == pdfs["statutes"]

    updated = fetch_missing(corpus, kind="statutes", update=True, **FAST)
    assert updated.updated == ["vedtekter.pdf"] and updated.ok
    assert (corpus / "vedtekter.pdf").read_bytes() == pdfs["protocol"]
    table = manifest_table(corpus)["vedtekter.pdf"]
    assert table["sha256"] == sha(pdfs["protocol"]) and table["size"] == len(pdfs["protocol"])
    assert {r.file: r.status for r in list_documents(corpus, home)}["vedtekter.pdf"] == "changed"

    before = (corpus / "manifest.toml").read_text(encoding="utf-8")
    same = fetch_missing(corpus, kind="statutes", update=True, **FAST)
    assert same.unchanged == ["vedtekter.pdf"] and not same.updated
    assert (corpus / "manifest.toml").read_text(encoding="utf-8") == before

    # an error page in place of the new version leaves the file as it was
    upstream.routes["/vedtekter.pdf"] = (200, "text/html", HTML)
    broken = fetch_missing(corpus, kind="statutes", update=True, **FAST)
    assert "HTML" in broken.failed[0].error
    assert (corpus / "vedtekter.pdf").read_bytes() == pdfs["protocol"]
    assert names(corpus) == {"manifest.toml", "vedtekter.pdf", "notat.pdf"}

    ingest(Settings(home=home, corpus=corpus))
    assert {r.file: r.status for r in list_documents(corpus, home)}["vedtekter.pdf"] == "present"


def test_no_network_is_one_line_and_changes_nothing(tmp_path, capsys):
    corpus = tmp_path / "corpus"
    port = free_port()  # nothing listens there
    write_manifest(
        corpus,
        [
            entry("a.pdf", "statutes", f"http://127.0.0.1:{port}/a.pdf"),
            entry("b.pdf", "strategy", f"http://127.0.0.1:{port}/b.pdf"),
        ],
    )
    (corpus / "lokal.txt").write_text("Et lokalt dokument.\n", encoding="utf-8")
    before = {p.name: p.read_bytes() for p in corpus.iterdir()}

    report = fetch_missing(corpus, **FAST)
    assert report.offline == f"ingen nettverk: får ikke kontakt med 127.0.0.1:{port}"
    assert not report.fetched and {f.file for f in report.failed} == {"a.pdf", "b.pdf"}
    assert {p.name: p.read_bytes() for p in corpus.iterdir()} == before

    code = run_cli(
        "corpus", "fetch", "--corpus", str(corpus), "--home", str(tmp_path / "home"), "--retries", "0", "--timeout", "2"
    )
    out, err = capsys.readouterr()
    assert code != 0 and out == ""
    line = f"ingen nettverk: får ikke kontakt med 127.0.0.1:{port}; ingenting er endret"
    assert err.splitlines() == [line]
    assert {p.name: p.read_bytes() for p in corpus.iterdir()} == before

    assert run_cli("corpus", "list", "--corpus", str(corpus), "--home", str(tmp_path / "home")) == 0
    shown = capsys.readouterr().out
    assert "mangler" in shown and "a.pdf — Tittel a.pdf" in shown and "kra corpus fetch" in shown
    run_cli("corpus", "list", "--json", "--corpus", str(corpus), "--home", str(tmp_path / "home"))
    rows = json.loads(capsys.readouterr().out)
    assert [(r["file"], r["status"]) for r in rows] == [
        ("a.pdf", "missing"),
        ("b.pdf", "missing"),
        ("lokal.txt", "not ingested"),
    ]


def test_proxy_environment_is_honoured(tmp_path, upstream, pdfs, monkeypatch):
    corpus = tmp_path / "corpus"
    write_manifest(corpus, [entry("v.pdf", "statutes", "http://utgiver.invalid/vedtekter.pdf")])
    monkeypatch.setenv("http_proxy", base(upstream))
    report = fetch_missing(corpus, **FAST)
    assert report.fetched == ["v.pdf"] and (corpus / "v.pdf").read_bytes() == pdfs["statutes"]
    assert upstream.requested == ["http://utgiver.invalid/vedtekter.pdf"]

    port = free_port()
    monkeypatch.setenv("http_proxy", f"http://127.0.0.1:{port}")
    (corpus / "v.pdf").unlink()
    report = fetch_missing(corpus, **FAST)
    via = f"utgiver.invalid (via proxy 127.0.0.1:{port})"
    assert report.offline == f"ingen nettverk: får ikke kontakt med {via}"


def test_add_copies_a_local_document_with_its_metadata(tmp_path, capsys):
    corpus, src = tmp_path / "corpus", tmp_path / "src"
    src.mkdir()
    write_manifest(corpus, [entry("vedtekter-2024.pdf", "statutes", "https://example.org/v.pdf")])
    notes = src / "arsrapport.txt"
    notes.write_text("Årsrapport 2024\n\nKulturskolen hadde 900 elever.\n", encoding="utf-8")

    dest = add_document(corpus, notes, title="Årsrapport 2024", kind="report", date="2025")
    assert dest == corpus / "arsrapport.txt" and dest.read_bytes() == notes.read_bytes()
    info = document_info(dest, read_manifest(corpus))
    assert (info.title, info.kind, info.date) == ("Årsrapport 2024", "report", "2025")
    assert manifest_table(corpus)["arsrapport.txt"]["sha256"] == sha(notes.read_bytes())

    with pytest.raises(CorpusError, match="finnes allerede"):
        add_document(corpus, notes, title="Ny", kind="report")
    notes.write_text("Årsrapport 2024, rettet\n", encoding="utf-8")
    add_document(corpus, notes, title="Årsrapport 2024 (rettet)", kind="report", overwrite=True)
    assert dest.read_bytes() == notes.read_bytes()
    assert read_manifest(corpus)["arsrapport.txt"].date == "2025"  # kept when not given

    (src / "bilde.png").write_bytes(b"\x89PNG\r\n")
    (src / "feilside.pdf").write_bytes(HTML)
    with pytest.raises(CorpusError, match="filtypen '.png' støttes ikke"):
        add_document(corpus, src / "bilde.png", title="Bilde", kind="document")
    with pytest.raises(CorpusError, match="ikke en PDF"):
        add_document(corpus, src / "feilside.pdf", title="Feil", kind="document")
    with pytest.raises(CorpusError, match="ukjent type"):
        add_document(corpus, notes, title="Feil", kind="tull", overwrite=True)

    # an official document downloaded elsewhere keeps its address
    pdfgen.write_statutes(src / "vedtekter-2024.pdf")
    code = run_cli(
        "corpus",
        "add",
        str(src / "vedtekter-2024.pdf"),
        "--title",
        "Vedtekter 2024",
        "--kind",
        "statutes",
        "--corpus",
        str(corpus),
        "--home",
        str(tmp_path / "home"),
    )
    assert code == 0 and "la til vedtekter-2024.pdf" in capsys.readouterr().out
    official = read_manifest(corpus)["vedtekter-2024.pdf"]
    assert (official.title, official.url) == ("Vedtekter 2024", "https://example.org/v.pdf")

    assert names(corpus) == {"manifest.toml", "arsrapport.txt", "vedtekter-2024.pdf"}
    assert (corpus / "manifest.toml").read_text(encoding="utf-8").startswith(COMMENT)
