"""Chroma behind one small interface: embedded (PersistentClient) or a server (HttpClient)."""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import tempfile
from pathlib import Path
from urllib.parse import urlparse

import numpy as np

from ingest.errors import StoreUnavailableError
from ingest.lang import tr
from ingest.records import Chunk

ADD_BATCH = 1000
# The vector index of a collection. Chroma's defaults build the HNSW graph with several threads, so
# one index answered the same query differently from one process to the next (a passage ranked
# first by its meaning was missing in one run of five). One build thread makes the graph the same
# every time, and a search breadth (ef_search) above a few hundred passages makes it near exact.
HNSW = {"space": "cosine", "ef_construction": 200, "ef_search": 200, "max_neighbors": 32, "num_threads": 1}


def _settings():
    from chromadb.config import Settings as ChromaSettings

    return ChromaSettings(anonymized_telemetry=False, allow_reset=False)


class VectorStore:
    """One Chroma collection holding one index generation's chunk vectors."""

    def __init__(self, client, name: str, local_path: Path | None = None, scratch: Path | None = None):
        self._client = client
        self.name = name
        self.local_path = local_path
        self._scratch = scratch
        self._collection = client.get_or_create_collection(
            name=name, configuration={"hnsw": HNSW}, embedding_function=None
        )

    def add(self, chunks: list[Chunk], vectors: np.ndarray) -> None:
        for i in range(0, len(chunks), ADD_BATCH):
            part = chunks[i : i + ADD_BATCH]
            self._collection.add(
                ids=[c.id for c in part],
                embeddings=vectors[i : i + ADD_BATCH].tolist(),
                documents=[c.text for c in part],
                # the full citation record travels with the vector, so a server holds all answering needs
                metadatas=[
                    {**c.to_chroma_metadata(), "chunk": json.dumps(c.to_json(), ensure_ascii=False)} for c in part
                ],
            )

    def vectors(self, ids: list[str]) -> dict[str, np.ndarray]:
        out: dict[str, np.ndarray] = {}
        for i in range(0, len(ids), ADD_BATCH):
            got = self._collection.get(ids=ids[i : i + ADD_BATCH], include=["embeddings"])
            for cid, vec in zip(got["ids"], got["embeddings"], strict=True):
                out[cid] = np.asarray(vec, dtype=np.float32)
        return out

    def query(self, vector: np.ndarray, k: int) -> list[tuple[str, float]]:
        n = self.count()
        if n == 0:
            return []
        res = self._collection.query(query_embeddings=[vector.tolist()], n_results=min(k, n), include=["distances"])
        return [(cid, 1.0 - float(d)) for cid, d in zip(res["ids"][0], res["distances"][0], strict=True)]

    def count(self) -> int:
        return self._collection.count()

    def close(self) -> None:
        """Release the client's connections and files; a temporary read-only copy is removed."""
        with contextlib.suppress(Exception):
            self._client.close()
        if self._scratch is not None:
            shutil.rmtree(self._scratch, ignore_errors=True)


def connect(chroma_url: str):
    """A client for a Chroma server, checked with a heartbeat; one clear error when it is not there."""
    import chromadb

    url = urlparse(chroma_url if "://" in chroma_url else f"http://{chroma_url}")
    try:
        client = chromadb.HttpClient(
            host=url.hostname or "127.0.0.1",
            port=url.port or 8000,
            ssl=url.scheme == "https",
            settings=_settings(),
        )
        client.heartbeat()
    except Exception as exc:  # noqa: BLE001 - chromadb raises several kinds for an unreachable server
        raise StoreUnavailableError(
            tr("ingest.server_unreachable", url=chroma_url, error=exc.__class__.__name__)
        ) from None
    return client


def open_store(chroma_url: str | None, generation_dir: Path, generation: str) -> VectorStore:
    """The collection of one generation: a folder of its own, or a named collection on the server."""
    import chromadb

    if chroma_url:
        return VectorStore(connect(chroma_url), f"kra-{generation}")
    path = generation_dir / "chroma"
    if path.is_dir() and not _writable(path):
        return _read_only_copy(path)
    try:
        client = chromadb.PersistentClient(path=str(path), settings=_settings())
        return VectorStore(client, "kra", local_path=path)
    except Exception as exc:
        if "readonly" not in str(exc).lower() or not path.is_dir():
            raise
        return _read_only_copy(path)


def _read_only_copy(path: Path) -> VectorStore:
    """Chroma writes to its SQLite file even to read, so a read-only data folder is read from a copy."""
    import chromadb

    scratch = Path(tempfile.mkdtemp(prefix="kra-chroma-"))
    shutil.copytree(path, scratch / "chroma", copy_function=shutil.copyfile)  # the copy must be writable
    for folder in [scratch / "chroma", *(p for p in (scratch / "chroma").rglob("*") if p.is_dir())]:
        folder.chmod(0o700)
    client = chromadb.PersistentClient(path=str(scratch / "chroma"), settings=_settings())
    return VectorStore(client, "kra", local_path=path, scratch=scratch)


def _writable(folder: Path) -> bool:
    if not os.access(folder, os.W_OK):
        return False
    return all(os.access(p, os.W_OK) for p in folder.glob("*.sqlite3"))


def drop_store(chroma_url: str | None, generation_dir: Path, generation: str) -> None:
    """Remove a generation's vectors (its folder, or its collections and state on the server)."""
    if chroma_url:
        from ingest.stores.server import ServerIndex

        with contextlib.suppress(Exception):  # already gone, or the server is down: nothing to drop now
            ServerIndex.shared(chroma_url).drop(generation)
    shutil.rmtree(generation_dir, ignore_errors=True)
