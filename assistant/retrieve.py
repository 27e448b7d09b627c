"""Hybrid retrieval: dense (the index's embedder) and Norwegian BM25, fused by weighted RRF.

A question that names a resolution, sak, § or chapter gets that unit first (`pin_refs`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, replace
from functools import lru_cache

import numpy as np

from assistant.compose import content_terms
from assistant.lang import synonyms
from assistant.records import Hit
from assistant.refs import document_scope, part_kind
from ingest.index import Index
from ingest.records import Chunk
from ingest.refs import Ref, find_refs, opening_refs
from ingest.stores.lexical import tokenize

CANDIDATES = 30
# the kinds of document whose own structure defines each kind of ref; a ref found in them wins
DEFINED_IN = {
    "§": ("statutes",),
    "artikkel": ("statutes",),
    "kap.": ("framework plan", "plan", "rammeplan", "strategy", "platform"),
    "sak": ("resolutions", "report"),
    "vedtak": ("resolutions", "report"),
    "hovedmål": ("strategy",),
    "delmål": ("strategy",),
}
# within a unit: the adopted resolution first, then an adopted amendment, then the rest in order
ROLE_RANK = {"resolution": 0}


@dataclass
class RetrievalConfig:
    """How the two rankings are weighed; mode 'fused', 'dense' or 'lexical'."""

    dense_weight: float = 1.0
    lexical_weight: float = 1.0
    rrf_k: int = 60
    top_k: int = 12
    mode: str = "fused"
    sentence_weight: float = 0.0
    scope_boost: float = 0.0  # extra fused score, in top-ranks, for passages of a document the question names
    synonym_weight: float = 0.0  # weight of the BM25 scores of the synonyms of the question's words


def pin_refs(
    chunks: list[Chunk], refs: list[Ref], scope: set[str] | None = None, words: frozenset[str] = frozenset()
) -> list[Chunk]:
    """Chunks of the named units, best first: within the named document when the question names one,
    else in the document whose structure defines the ref; the adopted resolution before the rest; then
    a part whose own heading has more of the question's `words` (stemmed: "under Kompetanse i
    satsingsområde 1") first."""
    out: list[Chunk] = []
    seen: set[str] = set()
    for ref in refs:
        found = []
        held = False  # found as a part of a chunk ("tiltak 2.1.3" in delmål 2.1), cited cut to that part
        for chunk in chunks:
            own = _parse(chunk.ref)
            if own is not None and own.same_unit(ref.scoped(None)):
                found.append(chunk)
        if not found and ref.bare:
            # "2.3" with no resolution 2.3: the chapter, sak or goal numbered 2.3
            found = [c for c in chunks if (own := _parse(c.ref)) is not None and own.number == ref.number]
        if not found and not ref.bare:
            # "mål 1" where the heading is "2.1 Mål 1: Flere barnehager …" and the unit is cited as kap. 2.1,
            # or "kap. 2.1" where it is cited as mål 1
            found = [c for c in chunks if any(r.same_unit(ref.scoped(None)) for r in _heading_refs(c.section))]
        if not found and not ref.bare:
            # "tiltak 2.1.3", an item of delmål 2.1 that ingest marked as that part: the chunk, cut to the item
            found = [c for c in chunks if any((q := _parse(p)) and ref.scoped(None).covers(q) for _, _, p in c.parts)]
            held = bool(found)
        if not found and not ref.bare:
            # "tiltak 2.1.3" where the plan lists "• Tiltak 2.1.3 Gi veiledning …" under delmål 2.1: a line
            # that opens with the ref names a part of that unit, cited by the unit it stands in
            found = [c for c in chunks if any(r.same_unit(ref.scoped(None)) for r in _line_refs(c.text))]
        # a ref in a named document is looked up there only: "kap. 3.5 i mangfoldsstrategien" is not
        # the framework plan's kap. 3.5
        if ref.doc_id:
            found = [c for c in found if c.doc_id == ref.doc_id]
        elif scope:
            # a bare number ("tillegget i 5.6 … rammeplanen") is looked up everywhere when the named
            # document has no unit with that number: the document may be the topic, not where it stands
            found = [c for c in found if c.doc_id in scope] or (found if ref.bare else [])
        defining = DEFINED_IN.get(ref.kind, ())

        def order(c: Chunk, ref: Ref = ref, defining: tuple = defining) -> tuple:
            part = ref.is_part and any(ref.covers(_parse(p) or ref.unit) for _, _, p in c.parts)
            role = ROLE_RANK.get(c.role, 1 if c.status == "adopted" else 2)
            named = len(words & _heading_words(c.section[1:])) if words else 0
            return (c.kind not in defining, not part, role, -named, c.doc_id, c.start)

        ranked = sorted(found, key=order)
        views = [v for c in ranked if ref.is_part or held for v in _part_views(c, ref)]
        if ref.is_part and not views and any(c.parts for c in ranked):
            continue  # the § has numbered ledd, but not the one asked for: that ref does not exist

        for chunk in views or ranked:
            if chunk.id not in seen:
                seen.add(chunk.id)
                out.append(chunk)
    return out


def _part_views(chunk: Chunk, ref: Ref) -> list[Chunk]:
    """The chunk cut to the ledd or item a ref names ("§ 6 (3)"), cited as that ref with its own pages."""
    views = []
    for s, e, text in chunk.parts:
        part = _parse(text)
        if part is None or not ref.covers(part) or (part.letter and not ref.letter):
            continue
        if ref.ledd is None and part.ledd is not None and not ref.letter:
            continue
        views.append(
            replace(
                chunk,
                id=f"{chunk.id}:{s}",
                text=chunk.text[s:e],
                ref=text,
                start=chunk.start + s,
                end=chunk.start + e,
                page=chunk.page_at(s),
                page_end=chunk.page_at(max(s, e - 1)),
                page_starts=tuple((o - s, p) for o, p in chunk.page_starts if s < o < e),
                parts=tuple((a - s, b - s, t) for a, b, t in chunk.parts if s <= a and b <= e and (a, b) != (s, e)),
            )
        )
    return views


@lru_cache(maxsize=65536)
def _heading_words(section: tuple[str, ...]) -> frozenset[str]:
    """Stemmed words of the headings under a unit's own heading."""
    return frozenset(tokenize(" ".join(section)))


@lru_cache(maxsize=65536)
def _heading_refs(section: tuple[str, ...]) -> tuple[Ref, ...]:
    """The refs the headings of a unit's section path name, each heading read from its start, and the
    chapter a heading's opening number gives ("2.1 Mål 1: …" is kap. 2.1 too)."""
    named = [r for heading in section for r in find_refs(heading) if not r.bare]
    numbered = [Ref("kap.", m.group(1)) for heading in section if (m := _OPENING_NUMBER.match(heading))]
    return tuple(named + numbered)


@lru_cache(maxsize=65536)
def _line_refs(text: str) -> tuple[Ref, ...]:
    """The refs the lines of a passage open with ("• Tiltak 2.1.3 Gi veiledning …" → tiltak 2.1.3)."""
    return tuple(r for line in text.split("\n") for r in opening_refs(line))


_OPENING_NUMBER = re.compile(r"^(\d{1,2}(?:\.\d{1,2}){0,3})\.?\s+\S")


@lru_cache(maxsize=65536)
def _parse(text: str | None) -> Ref | None:
    return Ref.parse(text) if text else None


def retrieve(
    index: Index,
    query: str,
    query_vector: np.ndarray | None,
    refs: list[str],
    config: RetrievalConfig,
    words: str | None = None,
) -> list[Hit]:
    """Ranked hits: passages carrying a named ref first, then the fused ranking.

    `words` is the text the lexical index is searched with when it is not the query itself (an
    English question glossed into Bokmål); the synonyms of its words (assistant/lang/nb_synonyms.toml)
    are searched too, at `config.synonym_weight`."""
    dense = (
        index.dense_search(query_vector, CANDIDATES) if query_vector is not None and config.mode != "lexical" else []
    )
    lexical = []
    if config.mode != "dense":
        also = synonyms(words or query) if config.synonym_weight else ""
        lexical = index.lexical_search(words or query, CANDIDATES, also, config.synonym_weight)
    fused: dict[str, float] = {}
    for weight, ranking in ((config.dense_weight, dense), (config.lexical_weight, lexical)):
        for rank, (cid, _) in enumerate(ranking):
            fused[cid] = fused.get(cid, 0.0) + weight / (config.rrf_k + rank + 1)
    dense_score = dict(dense)
    lexical_score = dict(lexical)
    hits: list[Hit] = []
    seen: set[str] = set()
    parsed = [r for r in (Ref.parse(t) for t in refs) if r is not None]
    bare = {r.number for r in find_refs(query) if r.bare}  # refs travel as text: recover "named without a kind"
    parsed = [replace(r, bare=True) if r.kind == "vedtak" and r.number in bare else r for r in parsed]
    scope = document_scope(query, index.documents.values(), title_words=True) if parsed else None
    content = frozenset(content_terms(words or query)) if parsed else frozenset()
    for chunk in pin_refs(list(index.chunks.values()), parsed, scope, content):
        seen.add(chunk.id)
        hits.append(Hit(chunk, 1.0, dense_score.get(chunk.id), lexical_score.get(chunk.id), by_ref=True))
    pinned = [h.chunk for h in hits]
    if len(parsed) == 1 and pinned and (kind := part_kind(query, parsed[0])):
        # "Hvilke delmål hører til hovedmål 2?": the units of that kind within the named one, in order
        unit = next((c for c in pinned if (own := Ref.parse(c.ref or "")) and own.same_unit(parsed[0])), pinned[0])
        for chunk in parts_within(index.chunks.values(), unit, parsed[0], kind):
            if chunk.id in seen:  # pinned as within the named unit already
                hits = [replace(h, part=True) if h.chunk.id == chunk.id else h for h in hits]
                continue
            seen.add(chunk.id)
            hits.append(Hit(chunk, 1.0, dense_score.get(chunk.id), lexical_score.get(chunk.id), part=True))
    named = document_scope(query, index.documents.values()) if config.scope_boost else None
    if named:
        # "… i mangfoldsstrategien": the named document's passages count as if ranked first once more
        for cid in fused:
            if cid in index.chunks and index.chunks[cid].doc_id in named:
                fused[cid] += config.scope_boost / (config.rrf_k + 1)
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


def parts_within(chunks: Iterable[Chunk], unit: Chunk, ref: Ref, kind: str) -> list[Chunk]:
    """The first chunk of each unit of `kind` within the named unit, in the document's order: numbered within
    it ("delmål 2.3" in "hovedmål 2") or standing under its heading."""
    heading = unit.section[-1] if unit.section else None
    first: dict[str, Chunk] = {}
    for chunk in sorted((c for c in chunks if c.doc_id == unit.doc_id and c.ref), key=lambda c: c.start):
        own = Ref.parse(chunk.ref)
        if own is None or own.kind != kind or chunk.ref in first:
            continue
        if own.number.startswith(ref.number + ".") or (heading is not None and heading in chunk.section[:-1]):
            first[chunk.ref] = chunk
    return list(first.values())
