"""A ledd or lettered item that the named § does not have is a ref that does not exist."""

from assistant.retrieve import pin_refs
from ingest.records import Chunk
from ingest.refs import Ref, find_refs

TEXT = (
    "§ 12 Hovedstyret\n(1) Hovedstyret har sju medlemmer. (2) Leder velges særskilt. "
    "(3) Hovedstyret møtes minst seks ganger."
)


def _chunk() -> Chunk:
    parts = []
    for n in (1, 2, 3):
        start = TEXT.index(f"({n})")
        end = TEXT.index(f"({n + 1})") - 1 if n < 3 else len(TEXT)
        parts.append((start, end, f"§ 12 ({n})"))
    return Chunk(
        id="c12", doc_id="vedtekter", title="Vedtekter", kind="statutes", text=TEXT, section=("§ 12 Hovedstyret",),
        ref="§ 12", page=3, page_end=3, start=0, end=len(TEXT), role="paragraph_sign", parts=tuple(parts),
    )  # fmt: skip


def test_an_existing_ledd_is_pinned_as_itself():
    [view] = pin_refs([_chunk()], [Ref("§", "12", ledd=2)])
    assert view.ref == "§ 12 (2)" and view.text.startswith("(2) Leder")


def test_a_ledd_the_paragraph_does_not_have_pins_nothing():
    assert pin_refs([_chunk()], [Ref("§", "12", ledd=6)]) == []
    assert [c.id for c in pin_refs([_chunk()], [Ref("§", "12")])] == ["c12"]


def test_section_with_a_plain_number_is_a_paragraph_but_a_dotted_one_is_not():
    assert [str(r) for r in find_refs("What does section 24 of the statutes say?")] == ["§ 24"]
    assert all(r.kind != "§" for r in find_refs("What does section 3.4 of the plan say?"))
