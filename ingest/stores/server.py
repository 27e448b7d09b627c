"""The whole index on a Chroma server, so any number of app servers answer from one place.

With `KRA_CHROMA_URL` set, a generation lives entirely in Chroma:
- ``kra-<gen>``: one record per chunk: its vector, its text, and its full citation record as JSON
  in the metadata (``chunk``);
- ``kra-<gen>-units``: the vectors of every sentence and list item (``<chunk id>#<i>``);
- ``kra-meta``: the state of each generation (``state:<gen>``), the live pointer (``CURRENT``)
  and the ingest lock (``LOCK``).

Switching generations is one upsert of ``CURRENT``, so every app server moves to the new
generation with its next question. The lexical index is rebuilt from the stored chunk texts
when a generation is opened; nothing answering needs is kept on the app server's disk.
"""

from __future__ import annotations

import contextlib
import json
import os
import socket
import threading
import time
import uuid
from datetime import UTC, datetime

import numpy as np

from ingest.errors import IngestBusyError
from ingest.lang import tr
from ingest.stores.vector import HNSW, connect

META = "kra-meta"
POINTER = "CURRENT"
LOCK = "LOCK"
PAGE = 500
STALE_LOCK_S = 6 * 3600  # a lock older than this was left by a crashed ingest
_NO_VECTOR = [0.0]  # meta records carry no meaning; Chroma still wants a vector


def chunks_collection(generation: str) -> str:
    return f"kra-{generation}"


def units_collection(generation: str) -> str:
    return f"kra-{generation}-units"


class ServerIndex:
    """The generations, pointer and lock kept on one Chroma server."""

    _shared: dict[str, ServerIndex] = {}
    _shared_lock = threading.Lock()

    @classmethod
    def shared(cls, url: str) -> ServerIndex:
        """One long-lived connection per server for frequent reads (the pointer on every question)."""
        with cls._shared_lock:
            if url not in cls._shared:
                cls._shared[url] = cls(url)
            return cls._shared[url]

    def __init__(self, url: str):
        self.url = url
        self.client = connect(url)
        self.meta = self.client.get_or_create_collection(META, embedding_function=None)

    def close(self) -> None:
        with contextlib.suppress(Exception):  # closing is best effort
            self.client.close()

    # --- pointer and states -------------------------------------------------------------------

    def pointer(self) -> str | None:
        got = self.meta.get(ids=[POINTER], include=["metadatas"])
        return got["metadatas"][0].get("generation") if got["ids"] else None

    def set_pointer(self, generation: str) -> None:
        self.meta.upsert(
            ids=[POINTER],
            embeddings=[_NO_VECTOR],
            metadatas=[{"generation": generation, "at": datetime.now(UTC).isoformat(timespec="seconds")}],
        )

    def generations(self) -> list[str]:
        """Generations with a written state, newest first."""
        got = self.meta.get(where={"type": "state"}, include=["metadatas"])
        return sorted((m["generation"] for m in got["metadatas"]), reverse=True)

    def write_state(self, generation: str, state: dict) -> None:
        self.meta.upsert(
            ids=[f"state:{generation}"],
            embeddings=[_NO_VECTOR],
            documents=[json.dumps(state, ensure_ascii=False)],
            metadatas=[{"type": "state", "generation": generation}],
        )

    def read_state(self, generation: str) -> dict:
        got = self.meta.get(ids=[f"state:{generation}"], include=["documents"])
        if not got["ids"]:
            raise FileNotFoundError(f"no state for {generation} on {self.url}")
        return json.loads(got["documents"][0])

    def next_generation(self) -> str:
        names = self.generations()
        numbers = [int(n[1:]) for n in names if n[1:].isdigit()]
        return f"g{max(numbers, default=0) + 1:06d}"

    # --- one generation's records -----------------------------------------------------------------

    def write_units(self, generation: str, rows: list[tuple[str, np.ndarray]]) -> None:
        """The sentence vectors of each chunk, as (chunk id, matrix) in chunk order."""
        coll = self.client.get_or_create_collection(
            units_collection(generation), configuration={"hnsw": HNSW}, embedding_function=None
        )
        ids, vectors, metas = [], [], []
        for cid, matrix in rows:
            for i, vec in enumerate(matrix):
                ids.append(f"{cid}#{i}")
                vectors.append(np.asarray(vec, dtype=np.float32).tolist())
                metas.append({"chunk": cid, "i": i})
        for start in range(0, len(ids), PAGE):
            coll.add(
                ids=ids[start : start + PAGE],
                embeddings=vectors[start : start + PAGE],
                metadatas=metas[start : start + PAGE],
            )

    def read_chunks(self, generation: str) -> list[dict]:
        """Every chunk's citation record, as stored beside its vector."""
        coll = self.client.get_collection(chunks_collection(generation), embedding_function=None)
        out: list[dict] = []
        total = coll.count()
        for offset in range(0, total, PAGE):
            got = coll.get(include=["metadatas"], limit=PAGE, offset=offset)
            out.extend(json.loads(m["chunk"]) for m in got["metadatas"])
        return out

    def read_units(self, generation: str) -> tuple[dict[str, tuple[int, int]], np.ndarray]:
        """Sentence vectors as one matrix with each chunk's row range."""
        coll = self.client.get_collection(units_collection(generation), embedding_function=None)
        per_chunk: dict[str, dict[int, np.ndarray]] = {}
        total = coll.count()
        for offset in range(0, total, PAGE):
            got = coll.get(include=["embeddings", "metadatas"], limit=PAGE, offset=offset)
            for meta, vec in zip(got["metadatas"], got["embeddings"], strict=True):
                per_chunk.setdefault(meta["chunk"], {})[int(meta["i"])] = np.asarray(vec, dtype=np.float32)
        rows: dict[str, tuple[int, int]] = {}
        parts: list[np.ndarray] = []
        at = 0
        for cid in sorted(per_chunk):
            vectors = [per_chunk[cid][i] for i in sorted(per_chunk[cid])]
            rows[cid] = (at, at + len(vectors))
            parts.extend(vectors)
            at += len(vectors)
        matrix = np.vstack(parts) if parts else np.zeros((0, 1), dtype=np.float32)
        return rows, matrix

    def drop(self, generation: str) -> None:
        """Remove a generation's collections and state."""
        for name in (chunks_collection(generation), units_collection(generation)):
            with contextlib.suppress(Exception):  # already gone is fine
                self.client.delete_collection(name)
        self.meta.delete(ids=[f"state:{generation}"])

    # --- the ingest lock ------------------------------------------------------------------------------

    def acquire(self, wait: bool, notify=None, poll_s: float = 2.0) -> str:
        """Take the server-wide ingest lock; returns the holder token to release it with.

        Chroma has no transactions, so the lock is an insert-if-absent of one record, read back:
        of two ingests that insert at once, the one whose token is stored holds the lock.
        """
        token = f"{socket.gethostname()} pid {os.getpid()} {uuid.uuid4().hex[:8]}"
        told = False
        while True:
            held = self.lock_holder()
            if held is not None and time.time() - held[1] > STALE_LOCK_S:
                self.meta.delete(ids=[LOCK])  # left by an ingest that died
                held = None
            if held is None:
                with contextlib.suppress(Exception):  # some versions refuse an existing id; read back below
                    self.meta.add(
                        ids=[LOCK],
                        embeddings=[_NO_VECTOR],
                        metadatas=[{"holder": token, "since": time.time()}],
                    )
                held = self.lock_holder()
                if held is not None and held[0] == token:
                    return token
            holder, since = held if held is not None else (tr("ingest.other_process"), time.time())
            stamp = datetime.fromtimestamp(since).astimezone().isoformat(timespec="seconds")
            message = tr("ingest.server_busy", url=self.url, holder=holder, since=stamp)
            if not wait:
                raise IngestBusyError(message)
            if notify is not None and not told:
                notify(tr("ingest.busy_waiting", message=message))
                told = True
            time.sleep(poll_s)

    def release(self, token: str) -> None:
        held = self.lock_holder()
        if held is not None and held[0] == token:
            self.meta.delete(ids=[LOCK])

    def lock_holder(self) -> tuple[str, float] | None:
        got = self.meta.get(ids=[LOCK], include=["metadatas"])
        if not got["ids"]:
            return None
        meta = got["metadatas"][0]
        return str(meta.get("holder")), float(meta.get("since", 0.0))
