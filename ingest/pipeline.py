"""Ingest: read → find structure → chunk → embed → store, incrementally and atomically."""

from __future__ import annotations

import fcntl
import hashlib
import importlib
import json
import os
import threading
import time
from collections.abc import Callable, Iterable
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from functools import lru_cache
from pathlib import Path

import numpy as np

from ingest.chunker import chunk_document
from ingest.embedders import embedder_id, make_embedder
from ingest.errors import IndexDamagedError, IngestBusyError, IngestError
from ingest.index import (
    UNIT_COPIES,
    DocumentState,
    Index,
    index_root,
    live_pointer,
    next_generation,
    open_live,
    resolution_numbers,
    write_current,
    write_unit_vectors,
)
from ingest.instructions import instructions_in
from ingest.lang import tr
from ingest.loaders import check_size, load_document
from ingest.manifest import MANIFEST, document_info, read_manifest, slug
from ingest.records import Chunk
from ingest.refs import refs_by_document
from ingest.sentences import context_unit_texts, unit_texts
from ingest.settings import Settings
from ingest.stores.lexical import LexicalIndex
from ingest.stores.server import ServerIndex
from ingest.stores.vector import drop_store, open_store
from ingest.structure import find_blocks, normalised_text

CHUNKER_VERSION = "5"  # 5: kind-aware structure, ledd parts, vote outcomes
# Everything that turns a file into chunks: a change to any of it re-reads exactly the documents
# it could change, without anyone having to remember to bump CHUNKER_VERSION.
_TRANSFORM_SOURCES = ("loaders/*.py", "lang/*.toml", "structure.py", "chunker.py", "sentences.py", "refs.py",
                      "instructions.py", "records.py", "manifest.py")  # fmt: skip
_NOT_TRANSFORMS = {"texts.toml"}  # the words shown to people: rewording one re-reads nothing


@lru_cache(maxsize=1)
def transform_hash() -> str:
    """A hash of the reading, structure and chunking code and its language data."""
    root = Path(__file__).resolve().parent
    digest = hashlib.sha256(CHUNKER_VERSION.encode())
    for pattern in _TRANSFORM_SOURCES:
        for path in sorted(root.glob(pattern)):
            if path.name in _NOT_TRANSFORMS:
                continue
            digest.update(path.name.encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()[:16]


Progress = Callable[[str, int, int], None]


@dataclass
class IngestReport:
    """What one ingest run did; `kra ingest --json` prints this."""

    documents: int = 0
    chunks: int = 0
    embedded: int = 0
    resolutions: list[str] = field(default_factory=list)
    refs: dict[str, dict[str, list[str]]] = field(default_factory=dict)  # per document, refs by kind
    failed: list[dict] = field(default_factory=list)
    seconds: float = 0.0
    generation: str | None = None
    added: list[str] = field(default_factory=list)
    changed: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    unchanged: int = 0
    warnings: list[str] = field(default_factory=list)
    links: list[dict] = field(default_factory=list)

    def to_json(self) -> dict:
        return asdict(self)


@dataclass(frozen=True)
class SourceFile:
    """A file to ingest: the name it was found under, the real file it is, and where it was found."""

    path: Path  # as listed (a link keeps its own name, for the manifest and the title)
    real: Path  # the resolved file: what is read, hashed and recorded
    root: Path  # the folder given to ingest (the file's parent for a file given directly)

    @property
    def is_link(self) -> bool:
        return self.path.absolute() != self.real


def collect_files(paths: Iterable[Path]) -> tuple[list[SourceFile], list[IngestError]]:
    """Files to ingest under the given paths, and the paths that cannot be used."""
    files: list[SourceFile] = []
    failures: list[IngestError] = []
    for given in paths:
        given = Path(given).expanduser()
        if given.is_symlink() and not given.exists():
            failures.append(IngestError(given, tr("read.broken_link")))
        elif not given.exists():
            failures.append(IngestError(given, tr("read.no_such_path")))
        elif given.is_dir():
            root = given.resolve()
            for folder, dirs, names in os.walk(given, followlinks=False):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                for name in sorted(names):
                    if name.startswith(".") or name == MANIFEST:
                        continue
                    path = Path(folder) / name
                    try:
                        real = path.resolve(strict=True)
                    except (OSError, RuntimeError):
                        failures.append(IngestError(path, tr("read.broken_link")))
                        continue
                    if not real.is_relative_to(root):
                        failures.append(IngestError(path, tr("read.link_outside", target=real)))
                        continue
                    files.append(SourceFile(path, real, given.absolute()))
        else:
            files.append(SourceFile(given, given.resolve(), given.absolute().parent))
    return files, failures


def assign_doc_ids(files: list[SourceFile]) -> dict[Path, str]:
    """A stable id per file, from its path relative to the folder it was found in.

    Same-named files in different folders get their folder in the id; files whose ids still
    clash, or whose names have no letters or digits, get a short hash of their real path.
    The result does not depend on the order of the files.
    """

    def base(f: SourceFile) -> str:
        rel = f.path.absolute().relative_to(f.root) if f.path.absolute().is_relative_to(f.root) else Path(f.path.name)
        return slug(str(rel.with_suffix("")), "")

    def hashed(f: SourceFile, stem: str) -> str:
        digest = hashlib.sha256(str(f.real).encode()).hexdigest()[:8]
        return f"{stem}-{digest}" if stem else f"dokument-{digest}"

    ids = {f.path: base(f) for f in files}
    counts: dict[str, int] = {}
    for value in ids.values():
        counts[value] = counts.get(value, 0) + 1
    for f in files:
        stem = ids[f.path]
        if not stem:
            ids[f.path] = hashed(f, "")
        elif counts[stem] > 1:
            ids[f.path] = f"{stem}-{f.path.suffix.lstrip('.').lower()}" if f.path.suffix else stem
    counts = {}
    for value in ids.values():
        counts[value] = counts.get(value, 0) + 1
    for f in files:
        if counts[ids[f.path]] > 1:
            ids[f.path] = hashed(f, ids[f.path])
    return ids


def _fingerprint(sha: str, info: dict, settings: Settings, emb_id: str) -> str:
    key = json.dumps([sha, info, transform_hash(), settings.chunk_chars, emb_id], sort_keys=True)
    return hashlib.sha256(key.encode()).hexdigest()


@contextmanager
def _ingest_lock(home: Path, wait: bool = True, notify: Callable[[str], None] | None = None):
    """One ingest at a time per data folder; readers never wait on it.

    A second ingest says who holds the lock and since when, then waits for it, or with
    `wait=False` fails at once with `IngestBusyError`.
    """
    root = index_root(home)
    root.mkdir(parents=True, exist_ok=True)
    with open(root / ".lock", "a+", encoding="utf-8") as fh:
        try:
            fcntl.flock(fh, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            fh.seek(0)
            holder = fh.read().strip() or tr("ingest.other_process")
            message = tr("ingest.busy", home=home, holder=holder)
            if not wait:
                raise IngestBusyError(message) from None
            if notify is not None:
                notify(tr("ingest.busy_waiting", message=message))
            fcntl.flock(fh, fcntl.LOCK_EX)
        try:
            fh.seek(0)
            fh.truncate()
            fh.write(
                tr(
                    "ingest.lock_holder",
                    pid=os.getpid(),
                    time=datetime.now().astimezone().isoformat(timespec="seconds"),
                )
            )
            fh.flush()
            yield
        finally:
            fh.seek(0)
            fh.truncate()
            fh.flush()
            fcntl.flock(fh, fcntl.LOCK_UN)


def ingest(
    settings: Settings,
    paths: list[Path] | None = None,
    progress: Progress | None = None,
    *,
    rebuild: bool = False,
    wait: bool = True,
    notify: Callable[[str], None] | None = None,
) -> IngestReport:
    """Make the index mirror the documents under `paths` (default: the corpus folder).

    `rebuild` embeds everything again into a new generation; like any ingest it switches
    CURRENT only when the new generation is complete, so the old one answers until then.
    """
    started = time.perf_counter()
    with _ingest_lock(settings.home, wait=wait, notify=notify), _server_lock(settings, wait, notify):
        report = _ingest(settings, paths or [settings.corpus], progress or (lambda *_: None), rebuild)
    report.seconds = round(time.perf_counter() - started, 3)
    return report


@contextmanager
def _server_lock(settings: Settings, wait: bool, notify: Callable[[str], None] | None):
    """With a Chroma server, one ingest at a time against it, from whichever machine."""
    if not settings.chroma_url:
        yield
        return
    server = ServerIndex.shared(settings.chroma_url)
    token = server.acquire(wait, notify)
    try:
        yield
    finally:
        server.release(token)


def _set_live(settings: Settings, generation: str) -> None:
    """Switch answering to a generation: the server's pointer, or CURRENT in the data folder."""
    if settings.chroma_url:
        ServerIndex.shared(settings.chroma_url).set_pointer(generation)
    else:
        write_current(settings.home, generation)


def _previous(settings: Settings, report: IngestReport) -> Index | None:
    """The generation to reuse from: the live one, else the newest valid one, else none."""
    try:
        return open_live(settings.home, settings.chroma_url, warn=report.warnings.append)
    except IndexDamagedError as exc:
        report.warnings.append(tr("ingest.damaged_embed_all", error=exc))
        return None


def _ingest(settings: Settings, paths: list[Path], progress: Progress, rebuild: bool = False) -> IngestReport:
    home = settings.home
    report = IngestReport()
    emb_id = embedder_id(settings.embedder)
    files, failures = collect_files(paths)
    report.failed = [{"file": str(e.path), "error": e.problem} for e in failures]
    previous = _previous(settings, report)
    old_docs = previous.documents if previous and previous.embedder_id == emb_id and not rebuild else {}
    doc_ids = assign_doc_ids(files)

    manifests: dict[Path, dict] = {}
    plan: list[tuple[Path, object, str, str]] = []  # real path, info, sha, fingerprint
    for source in files:
        path = source.path
        try:
            if path.parent not in manifests:
                manifests[path.parent] = read_manifest(path.parent)
            info = document_info(path, manifests[path.parent])
            info.doc_id = doc_ids[path]
            real = source.real
            if real.is_file():
                check_size(real, settings.max_file_bytes)
            sha = hashlib.sha256(real.read_bytes()).hexdigest() if real.is_file() else ""
        except IngestError as exc:
            report.failed.append({"file": exc.path, "error": exc.problem})
            continue
        except OSError as exc:
            report.failed.append({"file": str(path), "error": exc.strerror or str(exc)})
            continue
        if source.is_link:
            report.links.append({"file": str(path), "target": str(real)})
        plan.append((real, info, sha, _fingerprint(sha, asdict(info), settings, emb_id)))

    unchanged = (
        set()
        if rebuild
        else {
            info.doc_id
            for _, info, _, fp in plan
            if info.doc_id in old_docs and old_docs[info.doc_id].fingerprint == fp
        }
    )
    wanted_ids = {info.doc_id for _, info, _, _ in plan}
    failed_files = {f["file"] for f in report.failed} | {os.path.realpath(f["file"]) for f in report.failed}
    # a document that fails now keeps its previous chunks: a bad file loses nothing
    kept_on_failure = {d.doc_id for d in old_docs.values() if d.path in failed_files and d.doc_id not in wanted_ids}
    removed = set(old_docs) - wanted_ids - kept_on_failure
    current_layout = previous is not None and previous.unit_copies == UNIT_COPIES
    if not rebuild and current_layout and len(unchanged) == len(plan) and not removed and old_docs:
        report.unchanged = len(unchanged)
        previous.close()
        if live_pointer(home, settings.chroma_url) != previous.generation:
            _set_live(settings, previous.generation)  # the pointer was damaged: point at what answers
        return _summarise(report, previous.generation, previous.documents, previous.chunks)

    if settings.chroma_url:
        generation = ServerIndex.shared(settings.chroma_url).next_generation()
        folder = index_root(home) / generation  # nothing is written here: the server holds it all
    else:
        generation = next_generation(home)
        folder = index_root(home) / generation
        folder.mkdir(parents=True)
    try:
        docs, chunks, vectors = _build(
            settings, previous, old_docs, plan, unchanged | kept_on_failure, report, progress
        )
        nothing_new = previous is not None and not report.embedded and set(docs) == set(previous.documents)
        if not nothing_new:
            _write_generation(settings, folder, generation, emb_id, docs, chunks, vectors)
            _set_live(settings, generation)
    except BaseException:
        drop_store(settings.chroma_url, folder, generation)
        raise
    finally:
        if previous is not None:
            previous.close()
    if nothing_new:
        # every changed file failed to read: the live index already holds all there is
        drop_store(settings.chroma_url, folder, generation)
        report.unchanged = len(unchanged)
        return _summarise(report, previous.generation, previous.documents, previous.chunks)
    report.added = sorted(i for i in wanted_ids if i not in old_docs and i in docs)
    report.changed = sorted(i for i in wanted_ids if i in old_docs and i not in unchanged and i in docs)
    report.removed = sorted(removed)
    report.unchanged = len(unchanged)
    _collect_garbage(settings, keep={generation, previous.generation if previous else ""})
    return _summarise(report, generation, docs, {c.id: c for c in chunks})


def _build(settings, previous, old_docs, plan, reuse, report, progress):
    docs: dict[str, DocumentState] = {}
    chunks: list[Chunk] = []
    reused_ids: list[str] = []

    def keep_previous(doc_id: str) -> None:
        state = old_docs[doc_id]
        docs[doc_id] = state
        chunks.extend(previous.chunks[c] for c in state.chunks)
        reused_ids.extend(state.chunks)

    def refuse(path: Path, doc_id: str, problem: str) -> None:
        report.failed.append({"file": str(path), "error": problem})
        if doc_id in old_docs:
            keep_previous(doc_id)  # a document that now fails keeps what it had

    for doc_id in sorted(reuse):
        keep_previous(doc_id)
    fresh: list[Chunk] = []
    todo = [p for p in plan if p[1].doc_id not in reuse]
    now = datetime.now(UTC).isoformat(timespec="seconds")
    for n, (path, info, sha, fingerprint) in enumerate(todo, start=1):
        progress(tr("progress.read_documents"), n, len(todo))
        too_big = _too_much_text(settings, path)
        if too_big:  # refused before reading: structure and chunking of such a file take long too
            refuse(path, info.doc_id, too_big)
            continue
        try:
            doc = load_document(path, info, settings.max_file_bytes, _docx_limits(settings))
            text = normalised_text(doc)
            doc_chunks = chunk_document(doc, find_blocks(doc), text, settings.chunk_chars)
        except Exception as exc:  # noqa: BLE001 - one bad file must not stop the others
            refuse(path, info.doc_id, exc.problem if isinstance(exc, IngestError) else tr("read.unreadable", error=exc))
            continue
        too_big = _too_much_work(settings, doc_chunks)
        if too_big:
            refuse(path, info.doc_id, too_big)
            continue
        report.warnings.extend(f"{path}: {w}" for w in doc.warnings)
        for chunk in doc_chunks:
            for sentence in instructions_in(unit_texts(chunk)):
                page = " " + tr("common.page", page=chunk.page) if chunk.page else ""
                report.warnings.append(tr("ingest.gives_orders", path=path, page=page, sentence=sentence[:120]))
        docs[info.doc_id] = DocumentState(
            doc_id=info.doc_id,
            path=str(path),
            title=info.title,
            kind=info.kind,
            fingerprint=fingerprint,
            sha256=sha,
            pages=doc.pages,
            chunks=[c.id for c in doc_chunks],
            ingested_at=now,
            date=info.date,
            source=info.source,
            warnings=doc.warnings,
            page_offset=doc.page_offset,
        )
        fresh.extend(doc_chunks)
    vectors, unit_vectors = _reusable_vectors(previous, reused_ids, report)
    # a reused chunk whose vectors could not be read back is embedded again
    missing = [c for c in chunks if c.id not in vectors or c.id not in unit_vectors]
    if missing:
        missing_ids = {c.id for c in missing}
        chunks[:] = [c for c in chunks if c.id not in missing_ids]
        fresh = missing + fresh
    if fresh:
        # Chroma takes seconds to import; do it while the model embeds instead of after
        threading.Thread(target=importlib.import_module, args=("chromadb",), daemon=True).start()
        embedder = make_embedder(settings.embedder, settings.embed_threads)
        batch = 32
        for i in range(0, len(fresh), batch):
            part = fresh[i : i + batch]
            for chunk, vec in zip(part, embedder.passages([c.embed_text() for c in part]), strict=True):
                vectors[chunk.id] = vec
            progress(tr("progress.embed_passages"), min(i + batch, len(fresh)), len(fresh))
        # sentence vectors let the answerer pick sentences by meaning without embedding at query time: each
        # unit alone, then each read under its headings (UNIT_COPIES rows a unit, in that order)
        pending = [(c.id, unit_texts(c) + context_unit_texts(c)) for c in fresh]
        flat = [t for _, texts in pending for t in texts]
        matrix = np.zeros((0, embedder.dim), dtype=np.float32)
        parts = []
        for i in range(0, len(flat), 64):
            parts.append(embedder.passages(flat[i : i + 64]))
            progress(tr("progress.embed_sentences"), min(i + 64, len(flat)), len(flat))
        if parts:
            matrix = np.vstack(parts)
        row = 0
        for cid, texts in pending:
            unit_vectors[cid] = matrix[row : row + len(texts)]
            row += len(texts)
        report.embedded = len(fresh)
    return docs, chunks + fresh, (vectors, unit_vectors)


def _docx_limits(settings: Settings) -> dict:
    return {
        "max_xml_bytes": int(settings.docx_max_xml_mb * 1024 * 1024),
        "max_paragraphs": settings.docx_max_paragraphs,
    }


TEXT_CHARS_PER_EMBEDDED_TEXT = 128  # the bundled corpus: 182,000 characters of chunks and sentences, 837 texts


def _too_much_text(settings: Settings, path: Path) -> str | None:
    """For plain text, the embedding work estimated from the file size, when far over the limit."""
    if path.suffix.lower() not in {".txt", ".md", ".markdown"}:
        return None
    # near the limit, the file is read and chunked, and its texts are counted exactly
    return _over_limit(settings, path.stat().st_size / TEXT_CHARS_PER_EMBEDDED_TEXT, slack=3.0)


def _too_much_work(settings: Settings, chunks: list[Chunk]) -> str | None:
    """Why a file needs `--allow-large`: its estimated embedding time, when over the limit."""
    texts = len(chunks) + sum(len(unit_texts(c)) for c in chunks)
    return _over_limit(settings, texts, passages=len(chunks))


def _over_limit(settings: Settings, texts: float, passages: int | None = None, slack: float = 1.0) -> str | None:
    """The message for embedding work over `slack` times the per-file limit, else None."""
    if settings.max_embed_minutes is None:
        return None
    minutes = texts / max(settings.embed_texts_per_second, 0.01) / 60
    if minutes <= slack * settings.max_embed_minutes:
        return None
    if passages is not None:
        work = tr("ingest.work_passages", passages=passages, texts=texts)
    else:
        work = tr("ingest.work_texts", texts=texts)
    return tr("ingest.too_much_work", work=work, minutes=minutes, limit=settings.max_embed_minutes)


def _reusable_vectors(previous, chunk_ids: list[str], report: IngestReport):
    """Vectors of unchanged chunks from the previous generation, as far as they can be read."""
    if not chunk_ids:
        return {}, {}
    try:
        vectors = previous.store.vectors(chunk_ids)
    except Exception as exc:  # noqa: BLE001 - damaged vectors are embedded again, not fatal
        problem = exc.__class__.__name__
        report.warnings.append(tr("ingest.reuse_failed", generation=previous.generation, problem=problem))
        return {}, {}
    if previous.unit_copies != UNIT_COPIES:
        return vectors, {}  # stored in another layout: the sentences are embedded again
    units = {cid: previous.unit_rows(cid) for cid in chunk_ids}
    return vectors, units


def _write_generation(settings, folder, generation, emb_id, docs, chunks, all_vectors) -> None:
    vectors, unit_vectors = all_vectors
    state = {
        "format": 1,
        "unit_copies": UNIT_COPIES,
        "embedder": emb_id,
        "created": datetime.now(UTC).isoformat(timespec="seconds"),
        "chunker": transform_hash(),
        "documents": [asdict(d) for d in docs.values()],
    }
    store = open_store(settings.chroma_url, folder, generation)
    try:
        if chunks:
            store.add(chunks, np.vstack([vectors[c.id] for c in chunks]))
    finally:
        store.close()
    if settings.chroma_url:
        server = ServerIndex.shared(settings.chroma_url)
        server.write_units(generation, [(c.id, unit_vectors[c.id]) for c in chunks])
        server.write_state(generation, state)  # last: a generation without a state is never opened
        return
    write_unit_vectors(folder, [c.id for c in chunks], unit_vectors)
    with open(folder / "chunks.jsonl", "w", encoding="utf-8") as fh:
        for chunk in chunks:
            fh.write(json.dumps(chunk.to_json(), ensure_ascii=False) + "\n")
    LexicalIndex.build([c.id for c in chunks], [c.embed_text() for c in chunks]).save(folder / "lexical")
    tmp = folder / "state.json.tmp"
    tmp.write_text(json.dumps(state, ensure_ascii=False, indent=1), encoding="utf-8")
    os.replace(tmp, folder / "state.json")


def _collect_garbage(settings: Settings, keep: set[str]) -> None:
    """Drop generations other than the live one and the one before it (a reader may hold it).

    The pointer is read again just before, so a generation some pointer names is never dropped.
    """
    live = live_pointer(settings.home, settings.chroma_url)
    if settings.chroma_url:
        server = ServerIndex.shared(settings.chroma_url)
        for generation in server.generations():
            if generation not in keep and generation != live:
                server.drop(generation)
        return
    root = index_root(settings.home)
    for folder in root.glob("g*"):
        if folder.is_dir() and folder.name not in keep and folder.name != live:
            drop_store(settings.chroma_url, folder, folder.name)
    for tmp in root.glob(".CURRENT.*"):
        tmp.unlink(missing_ok=True)


def _summarise(report: IngestReport, generation: str, docs: dict, chunks: dict) -> IngestReport:
    report.generation = generation
    report.documents = len(docs)
    report.chunks = len(chunks)
    report.resolutions = resolution_numbers(chunks.values())
    report.refs = refs_by_document(chunks.values())
    return report
