"""The local Chroma collection: what it returns for a query is the exact nearest neighbours, and the
same in every process that opens the index (the HNSW graph is built the same way each time)."""

import subprocess
import sys

import numpy as np

from ingest.records import Chunk
from ingest.stores.vector import open_store

N, DIM, K = 600, 64, 30


def _vectors(seed: int, n: int) -> np.ndarray:
    v = np.random.default_rng(seed).normal(size=(n, DIM)).astype(np.float32)
    return v / np.linalg.norm(v, axis=1, keepdims=True)


def _chunk(i: int) -> Chunk:
    return Chunk(
        id=f"c{i:04d}", doc_id="d", title="T", kind="report", text=f"tekst {i}", section=(), ref=None,
        page=1, page_end=1, start=i, end=i + 1,
    )  # fmt: skip


def test_a_query_gets_the_exact_nearest_passages_the_same_in_every_process(tmp_path):
    store = open_store(None, tmp_path, "g000001")
    corpus = _vectors(0, N)
    store.add([_chunk(i) for i in range(N)], corpus)
    store.close()
    queries = _vectors(1, 20)
    exact = [[f"c{j:04d}" for j in np.argsort(-(corpus @ q))[:K]] for q in queries]
    script = (
        "import sys, json, numpy as np\n"
        "from pathlib import Path\n"
        "from ingest.stores.vector import open_store\n"
        "q = np.random.default_rng(1).normal(size=(20, 64)).astype(np.float32)\n"
        "q /= np.linalg.norm(q, axis=1, keepdims=True)\n"
        "s = open_store(None, Path(sys.argv[1]), 'g000001')\n"
        "print(json.dumps([[c for c, _ in s.query(v, 30)] for v in q]))\n"
    )
    runs = [
        subprocess.run([sys.executable, "-c", script, str(tmp_path)], capture_output=True, text=True, check=True).stdout
        for _ in range(3)
    ]
    assert runs[0] == runs[1] == runs[2]
    import json

    got = json.loads(runs[0])
    assert [set(g) for g in got] == [set(e) for e in exact]
