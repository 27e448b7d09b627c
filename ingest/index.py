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

from ingest.errors import IndexMismatchError
from ingest.records import Chunk
from ingest.stores.lexical import LexicalIndex
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


def index_root(home: Path) -> Path:
    return home / "index"


def current_generation(home: Path) -> str | None:
    pointer = index_root(home) / "CURRENT"
    try:
        name = pointer.read_text(encoding="utf-8").strip()
    except FileNotFoundError:
        return None
    return name if (index_root(home) / name / "state.json").is_file() else None


def write_current(home: Path, generation: str) -> None:
    """Point CURRENT at a generation in one atomic rename."""
    root = index_root(home)
    tmp = root / f".CURRENT.{os.getpid()}"
    with open(tmp, "w", encoding="utf-8") as fh:
        fh.write(generation)
        fh.flush()
        os.fsync(fh.fileno())
    os.replace(tmp, root / "CURRENT")


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
    """A read-only view of one generation, as the assistant uses it."""

    def __init__(self, home: Path, generation: str, chroma_url: str | None):
        self.home = home
        self.generation = generation
        self.chroma_url = chroma_url
        self.folder = index_root(home) / generation
        state = json.loads((self.folder / "state.json").read_text(encoding="utf-8"))
        self.embedder_id: str = state["embedder"]
        self.created: str = state.get("created", "")
        self.documents = {d["doc_id"]: DocumentState(**d) for d in state["documents"]}
        self.chunks: dict[str, Chunk] = {}
        with open(self.folder / "chunks.jsonl", encoding="utf-8") as fh:
            for line in fh:
                chunk = Chunk.from_json(json.loads(line))
                self.chunks[chunk.id] = chunk
        self.lexical = LexicalIndex.load(self.folder / "lexical")
        self._store: VectorStore | None = None
        self._store_lock = threading.Lock()
        self._units: tuple[dict[str, tuple[int, int]], np.ndarray] | None = None

    @classmethod
    def open(cls, home: Path, chroma_url: str | None = None) -> Index | None:
        """The live generation, or None when nothing has been ingested yet."""
        generation = current_generation(home)
        return None if generation is None else cls(home, generation, chroma_url)

    @property
    def store(self) -> VectorStore:
        with self._store_lock:  # concurrent first use from web threads must open one client
            if self._store is None:
                self._store = open_store(self.chroma_url, self.folder, self.generation)
            return self._store

    def unit_vectors(self, chunk_id: str) -> np.ndarray:
        """Vectors of the chunk's sentences and list items, in the order `units()` gives them."""
        if self._units is None:
            rows = json.loads((self.folder / "units.json").read_text(encoding="utf-8"))
            matrix = np.load(self.folder / "units.npy").astype(np.float32)
            self._units = ({k: tuple(v) for k, v in rows.items()}, matrix)
        rows, matrix = self._units
        start, end = rows.get(chunk_id, (0, 0))
        return matrix[start:end]

    def check_embedder(self, embedder_id: str) -> None:
        """Refuse to query with another embedder than the one that built the index."""
        if embedder_id != self.embedder_id:
            raise IndexMismatchError(
                f"the index was built with '{self.embedder_id}', not '{embedder_id}'; "
                f"re-run `kra ingest` with this embedder, or query with the one that built it"
            )

    def dense_search(self, vector: np.ndarray, k: int) -> list[tuple[str, float]]:
        return [(cid, s) for cid, s in self.store.query(vector, k) if cid in self.chunks]

    def lexical_search(self, query: str, k: int) -> list[tuple[str, float]]:
        return self.lexical.search(query, k)

    def by_ref(self, ref: str) -> list[Chunk]:
        """Chunks whose ref matches, in document order."""
        wanted = normalise_ref(ref)
        hits = [c for c in self.chunks.values() if c.ref and normalise_ref(c.ref) == wanted]
        return sorted(hits, key=lambda c: (c.doc_id, c.start))

    def resolutions(self) -> list[str]:
        """Resolution numbers found, sorted numerically ("5.6" before "5.11")."""
        return resolution_numbers(self.chunks.values())


def resolution_numbers(chunks: Iterable[Chunk]) -> list[str]:
    """The distinct resolution numbers the chunks cite, sorted numerically."""
    numbers = {c.ref.split()[-1] for c in chunks if c.ref and c.ref.startswith("vedtak ")}
    return sorted(numbers, key=lambda n: tuple(int(p) for p in n.split(".")))


def normalise_ref(ref: str) -> str:
    """'Vedtak 5.13', 'sak 5.13', '5.13' → 'vedtak 5.13'; '§4' → '§ 4'; 'kapittel 3.4' → 'kap. 3.4'."""
    text = " ".join(ref.lower().split())
    if m := re.fullmatch(r"(?:vedtak|sak|resolution|landstingsvedtak)?\s*(\d{1,2}\.\d{1,2})", text):
        return f"vedtak {m.group(1)}"
    if m := re.fullmatch(r"§\s*(\S+)", text):
        return f"§ {m.group(1)}"
    if m := re.fullmatch(r"(?:kap\.?|kapittel|chapter)\s*(\d+(?:\.\d+)*)", text):
        return f"kap. {m.group(1)}"
    return text
