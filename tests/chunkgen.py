"""Hand-made chunks for tests that need no ingest."""

from ingest.records import Chunk


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
