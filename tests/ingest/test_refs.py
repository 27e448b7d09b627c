"""The one Ref type: parsed and printed in one place, sak and vedtak one unit, ledd within §."""

import pytest

from ingest.refs import Ref, canonical, find_refs, refs_by_kind


@pytest.mark.parametrize(
    ("text", "printed"),
    [
        ("vedtak 5.13", "vedtak 5.13"),
        ("Vedtak 5.13", "vedtak 5.13"),
        ("5.13", "vedtak 5.13"),
        ("Sak 5.3", "sak 5.3"),
        ("§6", "§ 6"),
        ("§ 4-1", "§ 4-1"),
        ("§ 6 (3)", "§ 6 (3)"),
        ("§ 6 tredje ledd", "§ 6 (3)"),
        ("§ 6 3. ledd", "§ 6 (3)"),
        ("§ 8 bokstav e", "§ 8 bokstav e"),
        ("§ 8 (2) e)", "§ 8 (2) bokstav e"),
        ("kap. 3.4", "kap. 3.4"),
        ("kapittel 3.4", "kap. 3.4"),
        ("ch. 3.4", "kap. 3.4"),  # an English answer's "(ch. 3.4)", carried into a follow-up
        ("Delmål 2.1", "delmål 2.1"),
        # instructions numbered in articles, with ledd and letters as a §
        ("Artikkel 4", "artikkel 4"),
        ("artikkel 4 andre ledd", "artikkel 4 (2)"),
        ("art. 4 (1) bokstav c", "artikkel 4 (1) bokstav c"),
        ("tredje ledd i artikkel 4", "artikkel 4 (3)"),
        # English: after an ordinal a "paragraph" is a ledd; on its own it is a §
        ("the third paragraph of § 4", "§ 4 (3)"),
        ("§ 6 second paragraph", "§ 6 (2)"),
        ("paragraph 4", "§ 4"),
        ("bokstav b i artikkel 3", "artikkel 3 bokstav b"),
        # a board's saker numbered within the year
        ("HS-sak 21/25", "sak 21/25"),
        ("Sak 7/2024", "sak 7/2024"),
        ("vedtak 21/25", "vedtak 21/25"),
        # the word the document uses for the top of its goal hierarchy is kept
        ("Innsatsområde 2", "innsatsområde 2"),
    ],
)
def test_parse_and_print_are_one_canonical_form(text, printed):
    ref = Ref.parse(text)
    assert str(ref) == printed
    assert Ref.parse(str(ref)) == ref


def test_not_a_ref():
    assert Ref.parse("Hva sier vedtektene?") is None
    assert canonical("Innledning") == "Innledning"


def test_refs_in_a_question_keep_order_kind_and_ledd():
    found = find_refs("Hva sier tredje ledd i § 6, rammeplanen kap. 3.4, protokollen sak 5.3 og 5.13?")
    assert [str(r) for r in found] == ["§ 6 (3)", "kap. 3.4", "sak 5.3", "vedtak 5.13"]
    assert [str(r) for r in find_refs("bokstav e i § 8")] == ["§ 8 bokstav e"]


def test_numbers_that_are_not_refs():
    assert find_refs("kr 1.250 i 2024, versjon 3.4.1") == []


def test_sak_and_vedtak_name_one_unit_and_a_ledd_lies_in_its_paragraph():
    assert Ref.parse("sak 5.3").same_unit(Ref.parse("vedtak 5.3"))
    assert not Ref.parse("sak 5.3").same_unit(Ref.parse("kap. 5.3"))
    assert Ref.parse("§ 6").covers(Ref.parse("§ 6 (3)"))
    assert not Ref.parse("§ 6 (2)").covers(Ref.parse("§ 6 (3)"))
    assert Ref.parse("§ 6 (3)").unit == Ref("§", "6")
    assert not Ref("§", "6", doc_id="a").same_unit(Ref("§", "6", doc_id="b"))
    assert Ref("§", "6", doc_id="a").same_unit(Ref("§", "6"))


def test_refs_by_kind_sorts_numbers():
    got = refs_by_kind(["vedtak 5.11", "vedtak 5.6", "§ 10", "§ 4-1", "§ 4", "§ 6 (3)", "kap. 3.4", None])
    assert got == {"vedtak": ["vedtak 5.6", "vedtak 5.11"], "§": ["§ 4", "§ 4-1", "§ 6", "§ 10"], "kap.": ["kap. 3.4"]}


def test_refs_by_document():
    from types import SimpleNamespace as C

    from ingest.refs import refs_by_document

    chunks = [
        C(doc_id="p", ref="sak 5.3"),
        C(doc_id="p", ref="sak 5.1"),
        C(doc_id="v", ref="§ 6"),
        C(doc_id="v", ref=None),
    ]
    assert refs_by_document(chunks) == {"p": {"sak": ["sak 5.1", "sak 5.3"]}, "v": {"§": ["§ 6"]}}


def test_closing_quote_counts_nested_quotes():
    from ingest.structure import closing_quote

    text = "«Arbeidet viderefører «Fordypning med mangfold». Mer tekst.» Etterpå."
    assert text[: closing_quote(text, 0) + 1].endswith("Mer tekst.»")


@pytest.mark.parametrize(
    ("question", "refs"),
    [
        ("Hva sier det andre hovedmålet?", ["hovedmål 2"]),
        ("Hva sier det tredje delmålet under hovedmål 1?", ["delmål 1.3"]),
        ("What does the second sub-goal of main goal 2 say?", ["delmål 2.2"]),
        ("Hva står i delmål 2.3 og hovedmål 1?", ["delmål 2.3", "hovedmål 1"]),
    ],
)
def test_goals_counted_in_words_are_refs(question, refs):
    assert [str(r) for r in find_refs(question)] == refs


def test_where_a_text_names_refs():
    from ingest.refs import ref_spans

    text = "Hovedmål 2 om elever, kap. 3.4 og § 6 (3), og 12 kommuner"
    assert sorted(text[a:b] for a, b in ref_spans(text)) == ["Hovedmål 2", "kap. 3.4", "§ 6 (3)"]


def test_articles_and_yearly_saker_in_running_text():
    found = find_refs("Hva sier artikkel 6 (2), og hva ble vedtatt i HS-sak 24/25? Ikke møte 3/2025 eller 2025/26.")
    assert [str(r) for r in found] == ["artikkel 6 (2)", "sak 24/25"]
    assert Ref.parse("sak 24/25").same_unit(Ref.parse("vedtak 24/25"))
    assert not Ref.parse("artikkel 4").same_unit(Ref.parse("§ 4"))
    # an area of effort and an area of priority with one number are one unit
    assert Ref.parse("innsatsområde 2").same_unit(Ref.parse("satsingsområde 2"))


def test_a_point_is_the_unit_a_chapter_number_names():
    point = Ref.parse("punkt 4.2")
    assert str(point) == "punkt 4.2" and str(Ref.parse("pkt. 4.2")) == "punkt 4.2"
    assert point.same_unit(Ref.parse("kap. 4.2")) and not point.same_unit(Ref.parse("kap. 4.3"))
    assert [str(r) for r in find_refs("Hva står i punkt 5.2, og hva sier punktet 7?")] == ["punkt 5.2", "punkt 7"]


@pytest.mark.parametrize("text", ["What is on at 19.30 on Friday?", "Hva skjer kl. 12.00?", "Tid: 13.00–17.00"])
def test_a_time_of_day_is_no_resolution(text):
    assert find_refs(text) == []
