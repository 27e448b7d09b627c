"""An index generation on disk: chunks, lexical index and Chroma vectors, swapped in atomically.

Layout under ``<home>/index``: ``CURRENT`` names the live generation; each generation
folder holds ``state.json`` (documents, embedder), ``chunks.jsonl``, ``lexical/`` and,
for the embedded store, ``chroma/``. Ingest writes a new generation and then replaces
``CURRENT`` in one rename, so a crash part-way leaves the previous generation in use.
"""

from __future__ import annotations

import json
import os
import re
import threading
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from ingest.errors import IndexDamagedError, IndexMismatchError, StoreUnavailableError
from ingest.lang import tr
from ingest.records import Chunk
from ingest.refs import Ref, find_refs, number_key
from ingest.stores.lexical import TOKENIZER_VERSION, LexicalIndex
from ingest.stores.server import ServerIndex
from ingest.stores.vector import VectorStore, open_store


@dataclass
class DocumentState:
    """What the index knows of one ingested document."""

    doc_id: str
    path: str
    title: str
    kind: str
    fingerprint: str
    sha256: str
    pages: int | None
    chunks: list[str]
    ingested_at: str
    date: str | None = None
    source: str | None = None
    warnings: list[str] = field(default_factory=list)
    page_offset: int = 0  # physical page minus printed page: links into the PDF add it back


def index_root(home: Path) -> Path:
    return home / "index"


_GENERATION = re.compile(r"g\d{6}")


def read_pointer(home: Path) -> str | None:
    """The generation name CURRENT holds, or None when it is missing or unreadable."""
    pointer = index_root(home) / "CURRENT"
    try:
        name = pointer.read_bytes().decode("utf-8").strip()
    except (OSError, UnicodeDecodeError):
        return None
    return name if _GENERATION.fullmatch(name) else None


def current_generation(home: Path) -> str | None:
    """The generation CURRENT names, if it has a state file; else None."""
    name = read_pointer(home)
    return name if name and (index_root(home) / name / "state.json").is_file() else None


def live_pointer(home: Path, chroma_url: str | None = None) -> str | None:
    """The generation named live: by the server's pointer, or by CURRENT in the data folder."""
    if not chroma_url:
        return read_pointer(home)
    return ServerIndex.shared(chroma_url).pointer()


def generations(home: Path, chroma_url: str | None = None) -> list[str]:
    """Generations there are, newest first: on the server, or as folders on disk."""
    if chroma_url:
        return ServerIndex.shared(chroma_url).generations()
    root = index_root(home)
    try:
        names = [p.name for p in root.iterdir() if _GENERATION.fullmatch(p.name) and p.is_dir()]
    except OSError:
        return []
    return sorted(names, reverse=True)


def ever_indexed(home: Path, chroma_url: str | None = None) -> bool:
    """Whether this data folder (or the server) has ever held an index (a pointer or any generation)."""
    if chroma_url:
        return live_pointer(home, chroma_url) is not None or bool(generations(home, chroma_url))
    root = index_root(home)
    return (root / "CURRENT").exists() or (root / "CURRENT").is_symlink() or bool(generations(home))


def write_current(home: Path, generation: str) -> None:
    """Point CURRENT at a generation in one atomic rename."""
    root = index_root(home)
    tmp = root / f".CURRENT.{os.getpid()}"
    with open(tmp, "w", encoding="utf-8") as fh:
        fh.write(generation)
        fh.flush()
        os.fsync(fh.fileno())
    os.replace(tmp, root / "CURRENT")


UNIT_COPIES = 2  # rows stored per sentence or list item: the unit alone, then read under its headings


def write_unit_vectors(folder: Path, chunk_ids: list[str], vectors: dict[str, np.ndarray]) -> None:
    """Sentence vectors of every chunk as one float16 matrix plus row ranges by chunk id."""
    rows: dict[str, list[int]] = {}
    parts = []
    at = 0
    for cid in chunk_ids:
        matrix = vectors.get(cid)
        n = 0 if matrix is None else len(matrix)
        rows[cid] = [at, at + n]
        if n:
            parts.append(matrix)
        at += n
    dim = parts[0].shape[1] if parts else 1
    stacked = np.vstack(parts) if parts else np.zeros((0, dim))
    np.save(folder / "units.npy", stacked.astype(np.float16))
    (folder / "units.json").write_text(json.dumps(rows), encoding="utf-8")


def next_generation(home: Path) -> str:
    root = index_root(home)
    numbers = [int(m.group(1)) for p in root.glob("g*") if (m := re.fullmatch(r"g(\d+)", p.name))]
    return f"g{max(numbers, default=0) + 1:06d}"


class Index:
    """A read-only view of one generation, as the assistant uses it.

    Opening validates the generation: every file present and parseable, and the counts of
    chunks, lexical entries, sentence rows and vectors in agreement. Damage raises
    `IndexDamagedError` naming the generation and the part.
    """

    def __init__(self, home: Path, generation: str, chroma_url: str | None, verify_store: bool = True):
        self.home = home
        self.generation = generation
        self.chroma_url = chroma_url
        self.folder = index_root(home) / generation
        self._store: VectorStore | None = None
        self._store_lock = threading.Lock()
        self._units: tuple[dict[str, tuple[int, int]], np.ndarray] | None = None
        part = "state"
        try:
            server = ServerIndex.shared(chroma_url) if chroma_url else None
            if server is not None:
                state = server.read_state(generation)
            else:
                state = json.loads((self.folder / "state.json").read_text(encoding="utf-8"))
            self.embedder_id: str = state["embedder"]
            # rows stored per unit: 1 (the unit alone) or UNIT_COPIES (alone, then under its headings)
            self.unit_copies: int = int(state.get("unit_copies", 1))
            if self.unit_copies not in (1, UNIT_COPIES):
                raise ValueError(f"unit_copies {self.unit_copies}")
            self.created: str = state.get("created", "")
            self.documents = {d["doc_id"]: DocumentState(**d) for d in state["documents"]}
            part = "chunks"
            records = server.read_chunks(generation) if server is not None else self._local_chunks()
            self.chunks: dict[str, Chunk] = {}
            for record in records:
                chunk = Chunk.from_json(record)
                self.chunks[chunk.id] = chunk
            listed = {cid for d in self.documents.values() for cid in d.chunks}
            if listed != set(self.chunks):
                raise ValueError(tr("index.chunks_listed", stored=len(self.chunks), listed=len(listed)))
            part = "lexical"
            if server is not None:
                # the server keeps the texts; BM25 over them is rebuilt here in well under a second
                ordered = sorted(self.chunks.values(), key=lambda c: c.id)
                self.lexical = LexicalIndex.build([c.id for c in ordered], [c.embed_text() for c in ordered])
            else:
                self.lexical = LexicalIndex.load(self.folder / part)
                if self.lexical.version != TOKENIZER_VERSION:
                    # built by an older kra with other tokens: rebuilt from the stored texts, in memory
                    ordered = sorted(self.chunks.values(), key=lambda c: c.id)
                    self.lexical = LexicalIndex.build([c.id for c in ordered], [c.embed_text() for c in ordered])
            if sorted(self.lexical.ids) != sorted(self.chunks):
                raise ValueError(tr("index.lexical_entries", entries=len(self.lexical.ids), chunks=len(self.chunks)))
            part = "units"
            self._load_units(server)
            if verify_store:
                part = "vectors (Chroma)"
                stored = self.store.count()
                if stored != len(self.chunks):
                    raise ValueError(tr("index.vectors", stored=stored, chunks=len(self.chunks)))
        except StoreUnavailableError:
            raise  # the server is down, the generation may be fine
        except Exception as exc:  # noqa: BLE001 - any failure here means this generation is unusable
            self.close()
            detail = f"{exc.__class__.__name__}: {exc}" if str(exc) else exc.__class__.__name__
            message = tr("index.damaged", generation=generation, part=part, detail=detail)
            raise IndexDamagedError(message[:400]) from None

    @classmethod
    def open(cls, home: Path, chroma_url: str | None = None) -> Index | None:
        """The live generation, or None when nothing has been ingested yet (raises if it is damaged)."""
        generation = live_pointer(home, chroma_url) if chroma_url else current_generation(home)
        return None if generation is None else cls(home, generation, chroma_url)

    def _local_chunks(self) -> list[dict]:
        with open(self.folder / "chunks.jsonl", encoding="utf-8") as fh:
            return [json.loads(line) for line in fh]

    def _load_units(self, server: ServerIndex | None = None) -> None:
        if server is not None:
            spans, matrix = server.read_units(self.generation)
            for cid in self.chunks:
                spans.setdefault(cid, (0, 0))  # a chunk with no sentences has no unit records
        else:
            rows = json.loads((self.folder / "units.json").read_text(encoding="utf-8"))
            matrix = np.load(self.folder / "units.npy").astype(np.float32)
            spans = {k: (int(v[0]), int(v[1])) for k, v in rows.items()}
        if any(not (0 <= a <= b <= len(matrix)) for a, b in spans.values()) or not set(self.chunks) <= set(spans):
            raise ValueError(tr("index.unit_rows", count=len(matrix)))
        self._units = (spans, matrix)

    def close(self) -> None:
        """Release the vector store's files and connections."""
        with self._store_lock:
            if self._store is not None:
                self._store.close()
                self._store = None

    @property
    def store(self) -> VectorStore:
        with self._store_lock:  # concurrent first use from web threads must open one client
            if self._store is None:
                self._store = open_store(self.chroma_url, self.folder, self.generation)
            return self._store

    def unit_rows(self, chunk_id: str) -> np.ndarray:
        """Every stored row of the chunk's units: `unit_copies` blocks, as ingest wrote them."""
        rows, matrix = self._units
        start, end = rows.get(chunk_id, (0, 0))
        return matrix[start:end]

    def unit_vectors(self, chunk_id: str) -> np.ndarray:
        """Vectors of the chunk's sentences and list items, in the order `units()` gives them."""
        rows = self.unit_rows(chunk_id)
        return rows[: len(rows) // self.unit_copies]

    def context_unit_vectors(self, chunk_id: str) -> np.ndarray:
        """The same units each read under the document's title and headings; an index written before
        these were stored gives the plain vectors."""
        rows = self.unit_rows(chunk_id)
        return rows[len(rows) // self.unit_copies * (self.unit_copies - 1) :]

    def check_embedder(self, embedder_id: str) -> None:
        """Refuse to query with another embedder than the one that built the index."""
        if embedder_id != self.embedder_id:
            raise IndexMismatchError(tr("index.embedder_mismatch", built=self.embedder_id, asked=embedder_id))

    def dense_search(self, vector: np.ndarray, k: int) -> list[tuple[str, float]]:
        return [(cid, s) for cid, s in self.store.query(vector, k) if cid in self.chunks]

    def lexical_search(self, query: str, k: int, also: str = "", also_weight: float = 0.0) -> list[tuple[str, float]]:
        return self.lexical.search(query, k, also, also_weight)

    def by_ref(self, ref: str) -> list[Chunk]:
        """Chunks of the unit a ref names ("§ 6 (3)" → the chunks of § 6), in document order."""
        wanted = Ref.parse(ref)
        if wanted is None:
            return []
        hits = [c for c in self.chunks.values() if c.ref and (mine := Ref.parse(c.ref)) and wanted.same_unit(mine)]
        if not hits:
            # a heading with no text of its own ("Hovedmål 2" right before "Delmål 2.1") has no chunk:
            # the unit is then the chunks filed under that heading
            hits = [c for c in self.chunks.values() if any(_heading_names(h, wanted) for h in c.section)]
        if not hits:
            # a part of a unit, "tiltak 2.1.3" listed under delmål 2.1: the chunk that holds it
            hits = [c for c in self.chunks.values() if any(_covers(wanted, t) for _, _, t in c.parts)]
        return sorted(hits, key=lambda c: (c.doc_id, c.start))

    def resolutions(self) -> list[str]:
        """Resolution numbers found, sorted numerically ("5.6" before "5.11")."""
        return resolution_numbers(self.chunks.values())


def _covers(wanted: Ref, part: str) -> bool:
    ref = Ref.parse(part)
    return ref is not None and wanted.covers(ref)


def open_live(home: Path, chroma_url: str | None, warn=None) -> Index | None:
    """The generation CURRENT names, or, when it is damaged or missing, the newest valid one.

    `warn` gets one line naming what is damaged. Returns None when the folder never held an
    index; raises `IndexDamagedError` when generations exist but none is usable.
    """
    pointer = live_pointer(home, chroma_url)
    candidates = ([pointer] if pointer else []) + [g for g in generations(home, chroma_url) if g != pointer]
    problems = []
    for generation in candidates:
        try:
            index = Index(home, generation, chroma_url)
        except IndexDamagedError as exc:
            problems.append(str(exc))
            continue
        if warn is not None and generation != pointer:
            reason = "; ".join(problems) or tr("index.pointer_missing", root=index_root(home))
            warn(tr("index.answering_from", reason=reason, generation=generation))
        return index
    if problems:
        raise IndexDamagedError(tr("index.none_usable", problems="; ".join(problems)))
    if ever_indexed(home, chroma_url):
        raise IndexDamagedError(tr("index.no_generation", root=index_root(home)))
    return None


def _heading_names(heading: str, wanted: Ref) -> bool:
    found = find_refs(heading[:60])
    return bool(found) and heading.lower().startswith(found[0].kind.rstrip(".").lower()) and wanted.same_unit(found[0])


def resolution_numbers(chunks: Iterable[Chunk]) -> list[str]:
    """The distinct resolution numbers the chunks cite (a protocol's saker included), sorted numerically."""
    refs = [Ref.parse(c.ref) for c in chunks if c.ref]
    numbers = {r.number for r in refs if r is not None and r.kind in ("vedtak", "sak")}
    return sorted(numbers, key=number_key)
