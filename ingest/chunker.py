"""Group blocks into passages sized for the embedder, never crossing a unit."""

from __future__ import annotations

import hashlib
from itertools import groupby

from ingest.records import Block, Chunk, LoadedDocument
from ingest.splitter import sentence_spans
from ingest.structure import vote_outcomes


def chunk_document(doc: LoadedDocument, blocks: list[Block], text: str, max_chars: int) -> list[Chunk]:
    """Cut the document into chunks: a heading stays with what follows it, a list with its lead-in."""
    spans: list[tuple[int, int, list[Block]]] = []
    # a heading with nothing under it but sub-headings ("Satsingsområde 3 …" over "Mål"): where it starts
    # and its section path; its lines open the first chunk under it, so its words are found and quoted
    pending: tuple[int, tuple[str, ...]] | None = None
    for _, unit_blocks in groupby(blocks, key=lambda b: b.unit):
        unit_spans: list[tuple[int, int, list[Block]]] = []
        for group in _groups(list(unit_blocks)):
            for start, end, members in _pack(group, text, max_chars):
                if unit_spans and end - unit_spans[-1][0] <= max_chars:
                    prev_start, _, prev_members = unit_spans[-1]
                    merged = prev_members + [m for m in members if m is not prev_members[-1]]
                    unit_spans[-1] = (prev_start, end, merged)
                else:
                    unit_spans.append((start, end, members))
        kept = [sp for sp in unit_spans if any(b.kind != "heading" for b in sp[2])]
        if not kept:
            # the outermost of a run of such headings, each under the one before (not a document title)
            heads = [b for sp in unit_spans for b in sp[2] if b.section and b.role != "title"]
            if heads and (pending is None or heads[0].section[: len(pending[1])] != pending[1]):
                pending = (heads[0].start, heads[0].section)
            continue
        under = pending is not None and kept[0][2][0].section[: len(pending[1])] == pending[1]
        if under and kept[0][1] - pending[0] <= max_chars:
            kept[0] = (pending[0], kept[0][1], kept[0][2])
        pending = None
        spans.extend(kept)
    line_pages: list[tuple[int, int]] = []
    # links and notes a reader tied to a line (Word, Markdown): (offset, links, notes)
    line_refs: list[tuple[int, tuple[str, ...], tuple[str, ...]]] = []
    pos = 0
    for line in doc.lines:
        if line.page is not None and line.text and (not line_pages or line_pages[-1][1] != line.page):
            line_pages.append((pos, line.page))
        if line.links or line.notes:
            line_refs.append((pos, line.links, line.notes))
        pos += len(line.text) + 1
    outcomes = vote_outcomes(blocks)
    chunks = []
    for position, (start, end, members) in enumerate(spans):
        body = text[start:end]
        first, last = members[0], members[-1]
        pages = {p for b in members for p in (b.page, b.page_end) if p is not None}
        own = [(ls, ns) for o, ls, ns in line_refs if start <= o < end]
        paged_links = [u for p in sorted(pages) for u in doc.links.get(p, [])]
        paged_notes = [n for p in sorted(pages) for n in doc.notes.get(p, [])]
        links = tuple(dict.fromkeys([*paged_links, *(u for ls, _ in own for u in ls)]))
        notes = tuple(dict.fromkeys([*paged_notes, *(n for _, ns in own for n in ns)]))
        digest = hashlib.sha256(f"{doc.info.doc_id}\x00{position}\x00{body}".encode()).hexdigest()
        chunks.append(
            Chunk(
                id=digest[:24],
                doc_id=doc.info.doc_id,
                title=doc.info.title,
                kind=doc.info.kind,
                text=body,
                section=first.section,
                ref=first.ref or last.ref,
                page=_page_at(members, start, line_pages),
                page_end=_page_at(members, end - 1, line_pages),
                start=start,
                end=end,
                links=links,
                notes=notes,
                role=first.role,
                source=doc.info.source,
                page_starts=tuple((max(0, o - start), p) for o, p in line_pages if start < o < end),
                parts=_parts(members, start, end),
                status=outcomes.get(first.unit),
            )
        )
    return chunks


def _parts(members: list[Block], start: int, end: int) -> tuple[tuple[int, int, str], ...]:
    """Spans of the chunk's ledd and lettered items, and of each whole ledd, as offsets into its text."""
    spans: list[tuple[int, int, str]] = []
    for block in members:
        if not block.sub_ref:
            continue
        a, b = max(block.start, start) - start, min(block.end, end) - start
        if b <= a:
            continue
        spans.append((a, b, block.sub_ref))
        ledd = block.sub_ref.split(" bokstav ")[0]
        if ledd != block.sub_ref and "(" in ledd:
            spans.append((a, b, ledd))  # the item also lies in its ledd
    merged: list[tuple[int, int, str]] = []
    for a, b, ref in sorted(spans, key=lambda s: (s[2], s[0])):
        if merged and merged[-1][2] == ref and a <= merged[-1][1] + 2:
            merged[-1] = (merged[-1][0], max(b, merged[-1][1]), ref)
        else:
            merged.append((a, b, ref))
    return tuple(sorted(merged))


def _page_at(members: list[Block], offset: int, line_pages: list[tuple[int, int]]) -> int | None:
    page = members[0].page
    for start, number in line_pages:
        if start <= offset:
            page = number
    return page


def _groups(blocks: list[Block]) -> list[list[Block]]:
    """Blocks that must stay together: a heading with the next block, a lead-in with its list or table."""
    groups: list[list[Block]] = []
    for block in blocks:
        prev = groups[-1] if groups else None
        if prev is not None and (
            prev[-1].kind == "heading"
            or (block.kind in ("item", "row") and prev[-1].text.rstrip().endswith(":"))
            or (block.kind == "item" and prev[-1].kind == "item" and prev[0].text.rstrip().endswith(":"))
            or (block.kind == "row" and prev[-1].kind == "row")
        ):
            prev.append(block)
        else:
            groups.append([block])
    return groups


def _pack(group: list[Block], text: str, max_chars: int) -> list[tuple[int, int, list[Block]]]:
    """Pack a group into spans of at most max_chars, splitting long blocks at sentences.

    A list that does not fit with the whole paragraph before it keeps at least that paragraph's last
    sentence, its lead-in ("… følgende to punkter:"), when lead-in and items fit together.
    """
    listed = _listed_tail(group, text, max_chars)
    lead_at, tail = listed if listed is not None else (len(group), None)
    pieces: list[tuple[int, int, list[Block]]] = []
    for k, block in enumerate(group[: lead_at + 1] if listed is not None else group):
        end = tail if k == lead_at and tail is not None else block.end
        if end - block.start <= max_chars:
            pieces.append((block.start, end, [block]))
            continue
        for s, e in _sentence_spans(text, block.start, end, max_chars):
            pieces.append((s, e, [block]))
    if tail is not None:
        pieces.append((_lstrip(text, tail, group[-1].end), group[-1].end, group[lead_at:]))
    spans: list[tuple[int, int, list[Block]]] = []
    for s, e, owners in pieces:
        if spans and e - spans[-1][0] <= max_chars:
            start, _, members = spans[-1]
            spans[-1] = (start, e, members + [b for b in owners if b is not members[-1]])
        else:
            spans.append((s, e, owners))
    return spans


def _listed_tail(group: list[Block], text: str, max_chars: int) -> tuple[int, int] | None:
    """The lead-in block of the list that ends the group and where its last sentence starts, when the
    group is too long as a whole and that sentence and the items fit in one span; else None."""
    if group[-1].end - group[0].start <= max_chars:
        return None
    lead_at = len(group) - 1
    while lead_at >= 0 and group[lead_at].kind == "item":
        lead_at -= 1
    if lead_at < 0 or lead_at == len(group) - 1 or group[lead_at].kind == "heading":
        return None
    lead = group[lead_at]
    sentences = sentence_spans(text, lead.start, lead.end)
    if len(sentences) < 2:
        return None
    tail = sentences[-1][0]
    return (lead_at, tail) if group[-1].end - tail <= max_chars else None


def _sentence_spans(text: str, start: int, end: int, max_chars: int) -> list[tuple[int, int]]:
    cuts = [start] + [s for s, _ in sentence_spans(text, start, end)[1:]] + [end]
    spans: list[tuple[int, int]] = []
    cur = start
    for a, b in zip(cuts, cuts[1:], strict=False):
        if b - cur > max_chars and a > cur:
            spans.append((cur, a))
            cur = a
        while b - cur > max_chars * 1.5:
            cut = text.rfind(" ", cur, cur + max_chars)
            cut = cut if cut > cur else cur + max_chars
            spans.append((cur, cut))
            cur = cut
    if cur < end:
        spans.append((cur, end))
    return [(_lstrip(text, s, e), e) for s, e in spans]


def _lstrip(text: str, s: int, e: int) -> int:
    while s < e and text[s].isspace():
        s += 1
    return s
