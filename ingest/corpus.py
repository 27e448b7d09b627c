"""The corpus folder: what is there, fetching the official PDFs, adding local documents.

`fetch_missing` downloads every manifest document that has a `url` and no file yet. With
``update=True`` it also downloads the ones already present and replaces a file only when the
upstream bytes differ (the publisher is the authority, so a local edit is overwritten too).
A download goes to a hidden ``.<name>.*.part`` file in the corpus folder, must start with
``%PDF-`` and end with ``%%EOF`` and must not be served as HTML; only then is it renamed
over the final name, so the folder never holds a partial file. The manifest then records
``sha256``, ``size`` and ``fetched`` (UTC time) for it, written back atomically with its
comments kept.
"""

from __future__ import annotations

import hashlib
import http.client
import os
import shutil
import ssl
import tempfile
import time
import tomllib
import urllib.request
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from urllib.error import HTTPError, URLError
from urllib.parse import urlsplit

import tomlkit
from tomlkit.exceptions import ParseError
from tomlkit.items import AoT

from ingest.lang import tr
from ingest.loaders import SUPPORTED, unsupported_type
from ingest.manifest import MANIFEST, ManifestEntry, read_manifest, slug

KINDS = ("statutes", "strategy", "platform", "framework plan", "resolutions", "report", "document")
STATUSES = ("present", "missing", "changed", "not ingested", "unlisted")
USER_AGENT = "kra-corpus-fetch/0.1 (+Python urllib)"
CHUNK = 64 * 1024
HTML_TYPES = {"text/html", "application/xhtml+xml"}
MANIFEST_HEADER = "Documents of the knowledge base. `file` is the name in this folder."

Progress = Callable[[str, int, int | None], None]


class CorpusError(Exception):
    """A corpus operation was refused; the message says why in one line."""


@dataclass
class DocumentStatus:
    """One document of the corpus as `kra corpus list` shows it."""

    file: str
    title: str
    kind: str
    status: str
    pages: int | None = None
    chunks: int | None = None
    url: str | None = None
    date: str | None = None
    listed: bool = True

    def to_json(self) -> dict:
        return asdict(self)


@dataclass
class FetchFailure:
    """A document that could not be fetched, and why."""

    file: str
    url: str
    error: str


@dataclass
class FetchReport:
    """What one fetch did, by file name."""

    fetched: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    present: list[str] = field(default_factory=list)
    no_url: list[str] = field(default_factory=list)
    failed: list[FetchFailure] = field(default_factory=list)
    offline: str | None = None

    @property
    def ok(self) -> bool:
        return not self.failed and self.offline is None

    def to_json(self) -> dict:
        return asdict(self)


# ── list ─────────────────────────────────────────────────────────────────────


def list_documents(corpus: Path, home: Path) -> list[DocumentStatus]:
    """Manifest documents (in manifest order), then other files in the folder, with their status.

    Status: "missing" (no file), "changed" (sha256 differs from the index), "not ingested"
    (the index does not know it), "unlisted" (up to date but not in the manifest), else
    "present". `listed` tells whether the manifest has it, whatever the status.
    """
    entries = read_manifest(corpus)
    ingested = _ingested(home)
    rows = [_status(corpus, entry.file, entry, ingested) for entry in entries.values()]
    extra = sorted(p.name for p in _folder_files(corpus) if p.name not in entries)
    rows.extend(_status(corpus, name, None, ingested) for name in extra)
    return rows


def _folder_files(corpus: Path) -> list[Path]:
    """Top-level files ingest would read (hidden files and the manifest are skipped, as there)."""
    if not corpus.is_dir():
        return []
    return [p for p in corpus.iterdir() if p.is_file() and not p.name.startswith(".") and p.name != MANIFEST]


def _ingested(home: Path) -> dict:
    from ingest.index import Index

    index = Index.open(home)
    return dict(index.documents) if index is not None else {}


def _status(corpus: Path, name: str, entry: ManifestEntry | None, ingested: dict) -> DocumentStatus:
    path = corpus / name
    state = _find_state(path, ingested)
    row = DocumentStatus(
        file=name,
        title=entry.title if entry else path.stem.replace("_", " "),
        kind=entry.kind if entry else "document",
        status="present",
        pages=state.pages if state else None,
        chunks=len(state.chunks) if state else None,
        url=entry.url if entry else None,
        date=entry.date if entry else None,
        listed=entry is not None,
    )
    if not path.is_file():
        row.status = "missing"
    elif state is None:
        row.status = "not ingested"
    elif state.sha256 != sha256_file(path):
        row.status = "changed"
    elif entry is None:
        row.status = "unlisted"
    return row


def _find_state(path: Path, ingested: dict):
    """The index's record of a file: by resolved path, else by doc_id for the same file name."""
    wanted = path.resolve()
    for state in ingested.values():
        if Path(state.path).resolve() == wanted:
            return state
    ids = {slug(path.stem), f"{slug(path.stem)}-{path.suffix.lstrip('.').lower()}"}
    for state in ingested.values():
        if state.doc_id in ids and Path(state.path).name == path.name:
            return state
    return None


def sha256_file(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        while block := fh.read(CHUNK):
            digest.update(block)
    return digest.hexdigest()


# ── fetch ────────────────────────────────────────────────────────────────────


class _Failure(Exception):
    """One failed download attempt: whether to try again, and whether the host was not reached."""

    def __init__(self, message: str, retry: bool = False, unreachable: bool = False):
        super().__init__(message)
        self.retry = retry
        self.unreachable = unreachable


@dataclass
class _Download:
    temp: Path
    sha256: str
    size: int


def fetch_missing(
    corpus: Path,
    kind: str | None = None,
    timeout: float = 30,
    retries: int = 3,
    progress: Progress | None = None,
    update: bool = False,
    backoff: float = 1.0,
) -> FetchReport:
    """Download manifest documents that have a `url` and no file (all with `update`), atomically.

    Timeouts, 5xx/429 answers and broken connections are retried `retries` times, waiting
    `backoff`, 2×`backoff`, 4×… seconds; a 4xx or a download that is not a PDF is not. When no
    address could be reached at all, `offline` holds one line and nothing was changed.
    """
    corpus = Path(corpus)
    entries = _of_kind(list(read_manifest(corpus).values()), kind)
    report = FetchReport()
    opener = urllib.request.build_opener()  # its ProxyHandler reads HTTP(S)_PROXY and NO_PROXY
    unreachable: dict[str, str] = {}
    reached = False
    for entry in entries:
        if problem := _entry_problem(entry):
            report.failed.append(FetchFailure(entry.file, entry.url or "", problem))
            continue
        dest = corpus / entry.file
        if dest.exists() and not update:
            report.present.append(entry.file)
            continue
        if not entry.url:
            if not dest.exists():
                report.no_url.append(entry.file)
            continue
        target = _target(entry.url)
        if target in unreachable:
            report.failed.append(FetchFailure(entry.file, entry.url, unreachable[target]))
            continue
        try:
            download = _with_retries(
                lambda e=entry: _download(opener, e.url, corpus, e.file, timeout, progress),
                retries,
                backoff,
                progress,
                entry.file,
            )
        except _Failure as failure:
            if failure.unreachable:
                unreachable[target] = str(failure)
            else:
                reached = True
            report.failed.append(FetchFailure(entry.file, entry.url, str(failure)))
            continue
        reached = True
        _install(corpus, entry, dest, download, report)
    if unreachable and not reached:
        report.offline = tr("fetch.offline", hosts=", ".join(unreachable))
    return report


def _of_kind(entries: list[ManifestEntry], kind: str | None) -> list[ManifestEntry]:
    if kind is None:
        return entries
    kinds = sorted({e.kind for e in entries})
    if kind not in kinds:
        known = ", ".join(kinds)
        raise CorpusError(tr("fetch.no_such_kind", kind=kind, kinds=known))
    return [e for e in entries if e.kind == kind]


def _entry_problem(entry: ManifestEntry) -> str | None:
    if Path(entry.file).name != entry.file or entry.file.startswith("."):
        return tr("fetch.bad_file_name", file=entry.file)
    if entry.url and urlsplit(entry.url).scheme not in ("http", "https"):
        return tr("fetch.bad_address", url=entry.url)
    return None


def _target(url: str) -> str:
    """Where a request for `url` actually goes: its host, or the proxy for it."""
    parts = urlsplit(url)
    host = parts.hostname or url
    shown = f"{host}:{parts.port}" if parts.port else host
    proxy = urllib.request.getproxies().get(parts.scheme)
    if proxy and not urllib.request.proxy_bypass(host):
        return f"{shown} (via proxy {urlsplit(proxy).netloc.rpartition('@')[2] or proxy})"
    return shown


def _with_retries(
    attempt: Callable[[], _Download], retries: int, backoff: float, progress: Progress | None, name: str
) -> _Download:
    for n in range(retries + 1):
        try:
            return attempt()
        except _Failure as failure:
            if not failure.retry or n == retries:
                raise
            if progress:
                progress(name, 0, None)
            time.sleep(backoff * 2**n)
    raise AssertionError("unreachable")


def _download(opener, url: str, corpus: Path, name: str, timeout: float, progress: Progress | None) -> _Download:
    """One attempt: stream `url` into a hidden temp file beside `name`, checked to be a PDF."""
    headers = {"User-Agent": USER_AGENT, "Accept": "application/pdf"}
    request = urllib.request.Request(url, headers=headers)
    temp: Path | None = None
    try:
        with opener.open(request, timeout=timeout) as response:
            ctype = response.headers.get_content_type()
            if ctype in HTML_TYPES:
                raise _Failure(tr("fetch.html_page", type=ctype))
            length = response.headers.get("Content-Length")
            total = int(length) if length and length.isdigit() else None
            fd, raw = tempfile.mkstemp(dir=corpus, prefix=f".{name}.", suffix=".part")
            temp = Path(raw)
            with os.fdopen(fd, "wb") as out:
                sha, size = _stream(response, out, name, total, progress)
        return _Download(temp, sha, size)
    except BaseException as exc:
        if temp is not None:
            temp.unlink(missing_ok=True)
        failure = exc if isinstance(exc, _Failure) else _classify(exc, timeout, corpus)
        if failure is None:
            raise
        raise failure from exc


def _stream(response, out, name: str, total: int | None, progress: Progress | None) -> tuple[str, int]:
    digest = hashlib.sha256()
    size = 0
    head = b""
    tail = b""
    while block := response.read(CHUNK):
        if len(head) < 5:
            head = (head + block)[:5]
            if len(head) == 5 and head != b"%PDF-":
                raise _Failure(tr("fetch.not_pdf"))
        out.write(block)
        digest.update(block)
        size += len(block)
        tail = (tail + block)[-2048:]
        if progress:
            progress(name, size, total)
    if total is not None and size != total:
        raise _Failure(tr("fetch.cut_off", size=size, total=total), retry=True)
    if head != b"%PDF-":
        raise _Failure(tr("fetch.too_short"))
    if b"%%EOF" not in tail:
        raise _Failure(tr("fetch.no_eof"))
    out.flush()
    os.fsync(out.fileno())
    return digest.hexdigest(), size


def _classify(exc: BaseException, timeout: float, corpus: Path) -> _Failure | None:
    """A failed attempt as a _Failure, or None for what must propagate (Ctrl-C, bugs)."""
    if isinstance(exc, HTTPError):
        exc.close()
        retry = exc.code >= 500 or exc.code in (408, 429)
        return _Failure(f"HTTP {exc.code} {exc.reason}", retry=retry)
    if isinstance(exc, URLError):
        reason = exc.reason
        if isinstance(reason, ssl.SSLError):
            return _Failure(tr("fetch.tls", reason=reason))
        if isinstance(reason, TimeoutError):
            why = tr("fetch.timed_out", timeout=timeout)
            return _Failure(tr("fetch.cannot_connect", reason=why), retry=True, unreachable=True)
        if isinstance(reason, OSError):
            why = reason.strerror or str(reason)
            return _Failure(tr("fetch.cannot_connect", reason=why), retry=True, unreachable=True)
        return _Failure(tr("fetch.cannot_fetch", reason=reason))
    if isinstance(exc, TimeoutError):
        return _Failure(tr("fetch.no_answer", timeout=timeout), retry=True)
    if isinstance(exc, ConnectionError | http.client.HTTPException):
        return _Failure(tr("fetch.broke_off", error=exc or type(exc).__name__), retry=True)
    if isinstance(exc, OSError):
        return _Failure(tr("fetch.cannot_write", folder=corpus, error=exc.strerror or exc))
    return None


def _install(corpus: Path, entry: ManifestEntry, dest: Path, download: _Download, report: FetchReport) -> None:
    """Move a checked download into place unless the file already has these bytes; record it."""
    if dest.is_file() and sha256_file(dest) == download.sha256:
        download.temp.unlink(missing_ok=True)
        report.unchanged.append(entry.file)
        if entry.sha256 == download.sha256 and entry.size == download.size:
            return
    else:
        existed = dest.exists()
        os.chmod(download.temp, 0o644)
        os.replace(download.temp, dest)
        (report.updated if existed else report.fetched).append(entry.file)
    record = {"sha256": download.sha256, "size": download.size, "fetched": _now()}
    update_manifest(corpus, entry.file, record)


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds").replace("+00:00", "Z")


# ── manifest writing ─────────────────────────────────────────────────────────


def update_manifest(corpus: Path, file: str, values: dict[str, Any]) -> None:
    """Set keys of one document entry (added if new), keeping other entries and comments."""
    path = Path(corpus) / MANIFEST
    if path.is_file():
        try:
            doc = tomlkit.parse(path.read_text(encoding="utf-8"))
        except (ParseError, UnicodeDecodeError) as exc:
            raise CorpusError(tr("fetch.manifest_invalid", path=path, error=exc)) from exc
    else:
        doc = tomlkit.document()
        doc.add(tomlkit.comment(MANIFEST_HEADER))
        doc.add(tomlkit.nl())
    tables = doc.get("document")
    if tables is None:
        tables = tomlkit.aot()
        doc["document"] = tables
    elif not isinstance(tables, AoT):
        raise CorpusError(tr("fetch.manifest_tables", path=path))
    table = next((t for t in tables if t.get("file") == file), None)
    if table is None:
        table = tomlkit.table()
        if len(tables) and not tomlkit.dumps(doc).endswith("\n\n"):
            table.trivia.indent = "\n"  # a blank line between entries, as written by hand
        table["file"] = file
        tables.append(table)
    for key, value in values.items():
        if value is not None:
            table[key] = value
    text = tomlkit.dumps(doc)
    tomllib.loads(text)  # never replace a readable manifest with an unreadable one
    write_atomic(path, text.encode("utf-8"))


def write_atomic(path: Path, data: bytes) -> None:
    """Write a file through a hidden temp file in the same folder and one rename."""
    _atomically(path, ".tmp", lambda out: out.write(data))


def _atomically(dest: Path, suffix: str, fill) -> None:
    """Let `fill` write a hidden temp file beside `dest`, then rename it into place (or remove it)."""
    fd, raw = tempfile.mkstemp(dir=dest.parent, prefix=f".{dest.name}.", suffix=suffix)
    try:
        with os.fdopen(fd, "wb") as out:
            fill(out)
            out.flush()
            os.fsync(out.fileno())
        os.chmod(raw, 0o644)
        os.replace(raw, dest)
    except BaseException:
        Path(raw).unlink(missing_ok=True)
        raise


# ── add ──────────────────────────────────────────────────────────────────────


def add_document(
    corpus: Path,
    file: Path,
    title: str,
    kind: str,
    date: str | None = None,
    source: str | None = None,
    overwrite: bool = False,
) -> Path:
    """Copy a local document into the corpus (atomically) and record its metadata in the manifest.

    An existing manifest entry of the same name (e.g. an official document fetched elsewhere)
    keeps its `url`; a file already in the folder is only registered.
    """
    corpus, file = Path(corpus), Path(file).expanduser()
    if not file.is_file():
        raise CorpusError(tr("add.no_such_file", file=file))
    if file.suffix.lower() not in SUPPORTED:
        raise CorpusError(f"{file}: {unsupported_type(file.suffix)}")
    if kind not in KINDS:
        raise CorpusError(tr("add.unknown_kind", kind=kind, kinds=", ".join(KINDS)))
    if not title.strip():
        raise CorpusError(tr("add.no_title"))
    if file.name.startswith(".") or file.name == MANIFEST:
        raise CorpusError(tr("add.ignored_name", file=file))
    if file.stat().st_size == 0:
        raise CorpusError(tr("add.empty_file", file=file))
    if file.suffix.lower() == ".pdf" and not _starts_like_pdf(file):
        raise CorpusError(tr("add.not_pdf", file=file))
    corpus.mkdir(parents=True, exist_ok=True)
    dest = corpus / file.name
    same = dest.exists() and dest.resolve() == file.resolve()
    if dest.exists() and not same and not overwrite:
        raise CorpusError(tr("add.exists", dest=dest))
    if not same:
        _copy_atomic(file, dest)
    values = {
        "title": title.strip(),
        "kind": kind,
        "date": date,
        "source": source,
        "sha256": sha256_file(dest),
        "size": dest.stat().st_size,
    }
    update_manifest(corpus, dest.name, values)
    return dest


def _starts_like_pdf(path: Path) -> bool:
    with open(path, "rb") as fh:
        return fh.read(5) == b"%PDF-"


def _copy_atomic(src: Path, dest: Path) -> None:
    def fill(out) -> None:
        with open(src, "rb") as fh:
            shutil.copyfileobj(fh, out, CHUNK)

    _atomically(dest, ".part", fill)
