"""Hybrid retrieval: dense (the index's embedder) and Norwegian BM25, fused by weighted RRF.

A question that names a resolution or paragraph gets that passage first.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from assistant.records import Hit
from ingest.index import Index

CANDIDATES = 30


@dataclass
class RetrievalConfig:
    """How the two rankings are weighed; mode 'fused', 'dense' or 'lexical'."""

    dense_weight: float = 1.0
    lexical_weight: float = 1.0
    rrf_k: int = 60
    top_k: int = 8
    mode: str = "fused"
    sentence_weight: float = 0.0


def retrieve(
    index: Index,
    query: str,
    query_vector: np.ndarray | None,
    refs: list[str],
    config: RetrievalConfig,
) -> list[Hit]:
    """Ranked hits: passages carrying a named ref first, then the fused ranking."""
    dense = (
        index.dense_search(query_vector, CANDIDATES) if query_vector is not None and config.mode != "lexical" else []
    )
    lexical = index.lexical_search(query, CANDIDATES) if config.mode != "dense" else []
    fused: dict[str, float] = {}
    for weight, ranking in ((config.dense_weight, dense), (config.lexical_weight, lexical)):
        for rank, (cid, _) in enumerate(ranking):
            fused[cid] = fused.get(cid, 0.0) + weight / (config.rrf_k + rank + 1)
    dense_score = dict(dense)
    lexical_score = dict(lexical)
    hits: list[Hit] = []
    seen: set[str] = set()
    for ref in refs:
        for chunk in index.by_ref(ref):
            if chunk.id not in seen:
                seen.add(chunk.id)
                hits.append(Hit(chunk, 1.0, dense_score.get(chunk.id), lexical_score.get(chunk.id), by_ref=True))
    if config.sentence_weight and query_vector is not None and fused:
        fused = _with_sentence_scores(index, fused, query_vector, config.sentence_weight)
    ranked = sorted(fused.items(), key=lambda kv: -kv[1])
    for cid, score in ranked:
        if cid in seen or cid not in index.chunks:
            continue
        seen.add(cid)
        hits.append(Hit(index.chunks[cid], score, dense_score.get(cid), lexical_score.get(cid)))
        if len(hits) >= config.top_k + len(refs) * 4:
            break
    return hits


def _with_sentence_scores(
    index: Index, fused: dict[str, float], query_vector: np.ndarray, weight: float
) -> dict[str, float]:
    """Rerank by the best-matching sentence of each candidate (late interaction on stored vectors)."""
    top = max(fused.values())
    out = {}
    for cid, score in fused.items():
        sims = index.unit_vectors(cid) @ query_vector if cid in index.chunks else np.zeros(0)
        best = float(sims.max()) if sims.size else 0.0
        out[cid] = score / top + weight * best
    return out
