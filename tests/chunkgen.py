"""Hand-made chunks and documents for tests that need no ingest."""

from dataclasses import dataclass

from ingest.records import Chunk


@dataclass
class Doc:
    """The manifest fields document scoping reads: id, title and kind."""

    doc_id: str
    title: str
    kind: str


def make_chunk(text, *, cid=None, ref=None, role="text", section=("Del 1",), doc_id="doc", title="Rapport",
               kind="report", page=3):  # fmt: skip
    """A chunk of one page whose id, unless given, follows from its text and role."""
    return Chunk(
        id=cid or f"c{abs(hash((text, role))) % 10**8}",
        doc_id=doc_id,
        title=title,
        kind=kind,
        text=text,
        section=section,
        ref=ref,
        page=page,
        page_end=page,
        start=0,
        end=len(text),
        role=role,
    )
