"""The ref pinner: named units first, scoped to the named document, adopted resolution first."""

from dataclasses import replace

import pytest
from chunkgen import Doc

from assistant.refs import document_scope, question_refs, refs_in
from assistant.retrieve import pin_refs
from ingest.records import Chunk
from ingest.refs import Ref


def chunk(doc, kind, ref, role="text", start=0, parts=(), status=None):
    return Chunk(
        id=f"{doc}-{ref}-{role}-{start}",
        doc_id=doc,
        title=doc,
        kind=kind,
        text="x",
        section=(),
        ref=ref,
        page=1,
        page_end=1,
        start=start,
        end=start + 1,
        role=role,
        parts=parts,
        status=status,
    )


DOCS = [
    Doc("vedtekter", "Vedtekter", "statutes"),
    Doc("plan", "Rammeplan", "framework plan"),
    Doc("protokoll", "Protokoll fra Landstinget 2024", "resolutions"),
    Doc("rapport", "Rapport", "report"),
]
CHUNKS = [
    chunk("rapport", "report", "vedtak 5.3", "status_done", 10),
    chunk("protokoll", "resolutions", "sak 5.3", "proposal", 1),
    chunk("protokoll", "resolutions", "sak 5.3", "amendment", 2, status="adopted"),
    chunk("protokoll", "resolutions", "sak 5.3", "vote", 3),
    chunk("protokoll", "resolutions", "sak 5.3", "resolution", 4),
    chunk("plan", "framework plan", "kap. 5.3", "chapter", 1),
    chunk("vedtekter", "statutes", "§ 6", "paragraph_sign", 1, parts=((0, 1, "§ 6 (1)"),)),
    chunk("vedtekter", "statutes", "§ 6", "paragraph_sign", 2, parts=((0, 1, "§ 6 (3)"),)),
    chunk("protokoll", "resolutions", "§ 20", "text", 9),  # a mention that someone mislabelled
    chunk("vedtekter", "statutes", "§ 20", "paragraph_sign", 5),
]


def pinned(question):
    refs = question_refs(question, DOCS)
    return [(c.doc_id, c.ref, c.role) for c in pin_refs(CHUNKS, refs, document_scope(question, DOCS))]


@pytest.mark.parametrize(
    ("question", "first"),
    [
        ("Hva ble vedtatt i sak 5.3?", ("protokoll", "sak 5.3", "resolution")),
        ("Hva sier vedtak 5.3?", ("protokoll", "sak 5.3", "resolution")),
        ("Hva sier rapporten om vedtak 5.3?", ("rapport", "vedtak 5.3", "status_done")),
        ("Hva står i rammeplanen kap. 5.3?", ("plan", "kap. 5.3", "chapter")),
        ("Hva sier § 20?", ("vedtekter", "§ 20", "paragraph_sign")),
        ("Hva sier protokollen om § 20?", ("protokoll", "§ 20", "text")),
    ],
)
def test_the_named_unit_comes_first(question, first):
    assert pinned(question)[0] == first


def test_an_adopted_amendment_follows_the_resolution():
    roles = [role for doc, _, role in pinned("Hva ble vedtatt i protokollen sak 5.3?")]
    assert roles == ["resolution", "amendment", "proposal", "vote"]


def test_a_ledd_question_gets_only_that_ledd():
    got = pin_refs(CHUNKS, question_refs("Hva sier § 6 tredje ledd?", DOCS))
    assert [(c.ref, c.doc_id) for c in got] == [("§ 6 (3)", "vedtekter")]


def test_refs_in_and_scope():
    assert refs_in("Hva sier vedtektene § 6 tredje ledd og sak 5.3?") == ["§ 6 (3)", "sak 5.3"]
    assert question_refs("vedtektene § 20", DOCS) == [Ref("§", "20", doc_id="vedtekter")]
    assert document_scope("Hva sier § 20?", DOCS) is None


def test_a_ledd_is_cited_as_itself_with_the_page_its_text_starts_on():
    text = "§ 6 Styret\n(1) Styret har fem medlemmer.\n(3) Styret er vedtaksført når fem\ner til stede."
    three = text.index("(3)")
    whole = Chunk(
        id="c",
        doc_id="v",
        title="V",
        kind="statutes",
        text=text,
        section=("§ 6 Styret",),
        ref="§ 6",
        page=3,
        page_end=4,
        start=100,
        end=100 + len(text),
        role="paragraph_sign",
        page_starts=((text.index("er til stede"), 4),),
        parts=((11, three - 1, "§ 6 (1)"), (three, len(text), "§ 6 (3)")),
    )
    (view,) = pin_refs([whole], [Ref.parse("§ 6 tredje ledd")])
    assert view.ref == "§ 6 (3)" and view.text.startswith("(3) Styret er vedtaksført")
    assert (view.page, view.page_end) == (3, 4) and view.page_at(view.text.index("er til stede")) == 4
    assert view.start == 100 + three and view.id != whole.id
    assert pin_refs([whole], [Ref.parse("§ 6")]) == [whole]


@pytest.mark.parametrize(
    "question",
    ["Hva sier vedtektene om sak 5.3?", "Hva sier protokollen om kap. 5.3?", "Hva står i rapporten om § 6?"],
)
def test_a_ref_in_a_named_document_is_not_taken_from_another(question):
    assert pinned(question) == []


def test_a_part_named_by_its_heading_comes_first_among_the_named_units_chunks():
    from dataclasses import replace

    from ingest.stores.lexical import tokenize

    area = ("Satsingsområde 1 Kulturskole for alle",)
    chunks = [
        replace(chunk("plattform", "platform", "satsingsområde 1", "heading", 1), section=(*area, "Mål")),
        replace(chunk("plattform", "platform", "satsingsområde 1", "heading", 2), section=(*area, "Politiske krav")),
        replace(chunk("plattform", "platform", "satsingsområde 1", "heading", 3), section=(*area, "Kompetanse")),
    ]
    ref = [Ref("satsingsområde", "1")]
    # "Hva står under Kompetanse i satsingsområde 1?": the part with that heading first, the rest in order
    got = pin_refs(chunks, ref, words=frozenset(tokenize("står under kompetanse")))
    assert [c.section[-1] for c in got] == ["Kompetanse", "Mål", "Politiske krav"]
    # no heading word in the question: document order
    assert [c.section[-1] for c in pin_refs(chunks, ref)] == ["Mål", "Politiske krav", "Kompetanse"]
    # the unit's own heading does not count: "kulturskole" is in every chunk's first heading
    got = pin_refs(chunks, ref, words=frozenset(tokenize("kulturskole")))
    assert [c.section[-1] for c in got] == ["Mål", "Politiske krav", "Kompetanse"]


def test_a_bare_number_is_looked_up_everywhere_when_the_named_document_has_no_such_unit():
    from ingest.refs import find_refs

    question = "Hvorfor er ikke vedtektene endret slik det andre tillegget i 5.3 ber om?"
    assert document_scope(question, DOCS) == {"vedtekter"}
    got = pin_refs(CHUNKS, find_refs(question), document_scope(question, DOCS))
    assert got and {c.ref for c in got} <= {"vedtak 5.3", "sak 5.3", "kap. 5.3"}
    # a ref named with its kind stays in the named document
    assert pin_refs(CHUNKS, find_refs("Hva sier vedtektene om sak 5.3?"), {"vedtekter"}) == []


def test_a_goal_named_in_a_chapter_heading_is_found_by_its_own_name():
    """ "2.1 Mål 1: Flere barnehager …" is cited as kap. 2.1; "mål 1" finds it by its heading."""
    goal = replace(chunk("plan", "plan", "kap. 2.1", "heading", 5), section=("2.1 Mål 1: Flere barnehager",))
    other = replace(chunk("plan", "plan", "kap. 2.2", "heading", 9), section=("2.2 Mål 2: Mer kompetanse",))
    assert pin_refs([other, goal], [Ref.parse("mål 1")]) == [goal]
    assert pin_refs([other, goal], [Ref.parse("mål 3")]) == []


def test_a_measure_listed_by_its_number_is_found_in_the_goal_it_stands_under():
    """ "• Tiltak 2.1.3 …" in the list under delmål 2.1 is no unit of its own: "tiltak 2.1.3" finds the
    passage whose line opens with it; a passage that only mentions it inside a sentence is not it."""
    listed = replace(
        chunk("plan", "plan", "delmål 2.1", "delmål", 5),
        text="Tiltak:\n• Tiltak 2.1.2 Utvikle et verktøy\n• Tiltak 2.1.3 Gi veiledning til 40 kommuner (frist: 2028)",
    )
    mention = replace(
        chunk("protokoll", "resolutions", "sak 33/27", "text", 2), text="Arbeidet med tiltak 2.1.3 er i gang."
    )
    assert pin_refs([mention, listed], [Ref.parse("tiltak 2.1.3")]) == [listed]
    assert pin_refs([mention, listed], [Ref.parse("tiltak 2.1.9")]) == []
