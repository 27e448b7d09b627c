"""Answer strategies on hand-made passages: each applies to its own kind of question (no ingest)."""

import pytest
from chunkgen import make_chunk

from assistant.compose import Composer, answers_the_type, lists, make_idf
from assistant.intent import analyse
from assistant.records import Hit
from assistant.strategies import (
    Context,
    Decline,
    Fact,
    MissingRef,
    RefText,
    RefTitle,
    Reply,
    Status,
    arrange,
    choose,
)
from ingest.stores.lexical import tokenize


def chunk(text, *, ref=None, role="text", section=("Del 1",), cid=None):
    return make_chunk(text, ref=ref, role=role, section=section, cid=cid)


RESOLUTION = chunk(
    "«Landstinget ber hovedstyret styrke kulturskolene.»",
    ref="vedtak 5.13",
    role="resolution",
    section=("5.13 Kulturskolene",),
)
DONE = chunk(
    "Det er holdt tre møter med departementet.",
    ref="vedtak 5.13",
    role="status_done",
    section=("5.13 Kulturskolene", "Hva som har vært gjort"),
)
PLANNED = chunk(
    "Det skal skrives en rapport i 2026.",
    ref="vedtak 5.13",
    role="status_planned",
    section=("5.13 Kulturskolene", "Hva som er planlagt gjort videre"),
)
FACT = chunk("Kulturskolerådet ble innvilget 86 400 000 NOK for de tre årene 2025-2027. Søknaden ble levert i februar.")
COUNTED = chunk("Regionstyret besøkte seks kommuner som ikke hadde hatt besøk på flere år.")
LISTED = chunk("Regionstyret besøkte seks kommuner: Aby, Beby, Ceby, Deby, Eby og Fby. Besøkene var i mai.")
LIST = chunk("De tre områdene er:\n• Interessepolitisk arbeid\n• Utviklingsarbeid\n• Drift og organisasjon")


def context(question, hits, *, refs=(), declined=False, query=None, guessed=False, title_only=None):
    composer = Composer(make_idf([tokenize(h.chunk.text) for h in hits]))
    asked = analyse(question)
    wanted = analyse(query or question, asked.language)
    picked = composer.pick(query or question, wanted, hits, None)
    return Context(
        question=question,
        query=query or question,
        asked=asked,
        wanted=wanted,
        refs=list(refs),
        hits=hits,
        composer=composer,
        picked=picked,
        kind_present=answers_the_type(asked, [p.unit.text for p in picked], set()),
        declined=declined,
        bare=bool(refs),
        guessed=guessed,
        title_only=asked.asks_title if title_only is None else title_only,
        list_missing=wanted.sized_list and not any(lists(p) for p in picked if p.core),
    )


def hits_of(*chunks, by_ref=False):
    return [Hit(c, 1.0 - i / 10, by_ref=by_ref) for i, c in enumerate(chunks)]


@pytest.mark.parametrize(
    ("question", "hits", "refs", "declined", "strategy"),
    [
        ("Hva sier vedtak 5.99?", hits_of(FACT), ["vedtak 5.99"], False, "missing_ref"),
        ("Hva sier vedtak 5.13?", hits_of(RESOLUTION, DONE, PLANNED, by_ref=True), ["vedtak 5.13"], False, "ref_text"),
        ("Hva tjener direktøren?", hits_of(FACT), [], True, "abstain"),
        ("Hva er planlagt videre?", hits_of(PLANNED, DONE), [], False, "status"),
        ("Hvor mye støtte fikk Kulturskolerådet?", hits_of(FACT), [], False, "fact"),
        ("Hva er de tre områdene?", hits_of(LIST), [], False, "fact"),
        # a list of so many must be listed, not just counted
        ("Hvilke seks kommuner besøkte regionstyret?", hits_of(COUNTED), [], False, "abstain"),
        ("Hvilke seks kommuner besøkte regionstyret?", hits_of(LISTED), [], False, "fact"),
        ("Which six municipalities did the board visit?", hits_of(LISTED), [], False, "fact"),
    ],
)
def test_the_intent_chooses_the_strategy(question, hits, refs, declined, strategy):
    name, _ = choose(context(question, hits, refs=refs, declined=declined))
    assert name == strategy


@pytest.mark.parametrize(("guessed", "strategy"), [(False, "ref_text"), (True, "abstain")])
def test_a_ref_the_question_does_not_name_is_judged_like_any_answer(guessed, strategy):
    # "hvor gammel er hun?" after a question about vedtak 5.13: the carried ref answers nothing asked
    hits = hits_of(RESOLUTION, DONE, PLANNED, by_ref=True)
    ctx = context("Hva sier vedtak 5.13?", hits, refs=["vedtak 5.13"], declined=True, guessed=guessed)
    assert choose(ctx)[0] == strategy


def test_a_missing_ref_is_named_in_the_decline():
    result = MissingRef().answer(context("Hva sier vedtak 5.99?", hits_of(FACT), refs=["vedtak 5.99"]))
    assert isinstance(result, Decline) and "vedtak 5.99" in result.message
    # a ref carried over from the conversation, not named by this question, is not declined by name
    ctx = context("Can online lessons replace in-person lessons?", hits_of(FACT), refs=["vedtak 3.4"], guessed=True)
    assert MissingRef().answer(ctx) is None


@pytest.mark.parametrize(
    ("question", "present", "absent"),
    [
        ("Hva sier vedtak 5.13?", ["Landstinget ber", "tre møter", "rapport i 2026"], []),
        ("Hva er gjort med vedtak 5.13?", ["tre møter"], ["rapport i 2026"]),
        ("Hva er planlagt videre med vedtak 5.13?", ["rapport i 2026"], ["tre møter"]),
    ],
)
def test_the_ref_text_gives_what_was_asked(question, present, absent):
    ctx = context(question, hits_of(RESOLUTION, DONE, PLANNED, by_ref=True), refs=["vedtak 5.13"])
    result = RefText().answer(ctx)
    assert isinstance(result, Reply)
    assert all(p in result.body for p in present) and not any(a in result.body for a in absent)


def test_a_chapter_is_quoted_from_its_opening_not_from_a_quote_inside_it():
    # a consultation response's chapter about the law's § 13-6: its «…» quotes wording it proposes; only a
    # resolution's text is the «…» itself
    chapter = chunk(
        "3.4 Lokal plan – forslaget til ny § 13-6 første ledd\n"
        "Etter forslaget skal kommunen ha en plan for kulturskoletilbudet. Norsk kulturskoleråd støtter forslaget. "
        "Vi foreslår at det tilføyes «med utgangspunkt i nasjonal rammeplan».",
        ref="kap. 3.4",
        role="chapter",
        section=("3.4 Lokal plan – forslaget til ny § 13-6 første ledd",),
    )
    result = RefText().answer(context("Hva står i kap. 3.4?", hits_of(chapter, by_ref=True), refs=["kap. 3.4"]))
    assert isinstance(result, Reply) and "Etter forslaget skal kommunen ha en plan" in result.body
    asked = context("Hva sier vedtak 5.13?", hits_of(RESOLUTION, by_ref=True), refs=["vedtak 5.13"])
    resolved = RefText().answer(asked)
    assert "«Landstinget ber hovedstyret styrke kulturskolene.»" in resolved.body


def test_a_named_note_brings_its_table_one_row_to_a_line():
    note = chunk(
        "Note 3 Tilskudd\nTilskuddene fordeler seg slik:\n"
        "Prosjekt: Venteliste | Inntektsført: 212 000\nProsjekt: Fagdager | Inntektsført: 76 000\n"
        "Prosjekt: Sum | Inntektsført: 288 000",
        ref="note 3",
        role="note",
        section=("Noter", "Note 3 Tilskudd"),
    )
    result = RefText().answer(context("Hva står i note 3?", hits_of(note, by_ref=True), refs=["note 3"]))
    assert isinstance(result, Reply)
    assert result.body.splitlines()[1:] == [
        "- Prosjekt: Venteliste | Inntektsført: 212 000",
        "- Prosjekt: Fagdager | Inntektsført: 76 000",
        "- Prosjekt: Sum | Inntektsført: 288 000 [1]",
    ]


def test_the_status_section_belongs_to_the_item_found():
    result = Status().answer(context("Hva er planlagt videre?", hits_of(PLANNED, DONE)))
    assert isinstance(result, Reply) and "rapport i 2026" in result.body and "5.13 Kulturskolene" in result.body


def test_a_question_without_status_words_gets_no_status_section():
    assert Status().answer(context("Hva handler vedtaket om?", hits_of(PLANNED, DONE))) is None


def test_the_fact_answer_leads_with_the_sum():
    result = Fact().answer(context("Hvor mye støtte fikk Kulturskolerådet?", hits_of(FACT)))
    assert isinstance(result, Reply) and result.body.lstrip("- ").startswith(
        "Kulturskolerådet ble innvilget 86 400 000"
    )
    assert result.citations[0].quote in FACT.text


def test_a_lead_in_brings_its_list_items():
    result = Fact().answer(context("Hva er de tre områdene?", hits_of(LIST)))
    assert isinstance(result, Reply)
    assert result.body.splitlines()[0].startswith("De tre områdene er:")
    assert all(
        item in result.body for item in ("Interessepolitisk arbeid", "Utviklingsarbeid", "Drift og organisasjon")
    )


def test_the_fact_answer_declines_when_the_kind_asked_for_is_missing():
    result = Fact().answer(context("Hvilken dato ble søknaden levert?", hits_of(FACT)))
    assert isinstance(result, Decline) and result.reason == "kind"  # the trace says why (declined_for)


def test_a_question_for_how_long_declines_when_the_answer_states_no_length_of_time():
    agreement = chunk("Kommunen og kulturskolen inngår en skriftlig samarbeidsavtale, som ble fornyet i 2024.")
    result = Fact().answer(context("Hvor lenge skal samarbeidsavtalen gjelde?", hits_of(agreement)))
    assert isinstance(result, Decline)
    lasting = chunk("Kommunen og kulturskolen inngår en skriftlig samarbeidsavtale, som gjelder for fire år.")
    result = Fact().answer(context("Hvor lenge skal samarbeidsavtalen gjelde?", hits_of(lasting)))
    assert isinstance(result, Reply)
    assert "fire år" in result.body


def test_a_title_line_is_searched_but_never_the_answer():
    block = chunk(
        "Politisk plattform 2025–2029\n\nNorsk kulturskoleråd. Vedtatt av hovedstyret 10. desember 2024.",
        role="title",
        section=(),
    )
    result = Fact().answer(context("Når ble politisk plattform 2025–2029 vedtatt?", hits_of(block)))
    assert isinstance(result, Reply)
    assert result.body.startswith("Vedtatt av hovedstyret 10. desember 2024.")
    assert "Politisk plattform 2025–2029 [" not in result.body


EXCLUSION = chunk(
    "(3) Et medlem som grovt motarbeider organisasjonens formål, kan ekskluderes av Landstinget.",
    ref="§ 6 (3)",
    section=("Kapittel 2 Medlemskap", "§ 6 Utmelding og eksklusjon"),
)
PREMISES = chunk("Undervisningsrom skal ha god akustikk og godt lys.", section=("Lokaler og utstyr",))


@pytest.mark.parametrize(
    ("question", "passage", "first_line"),
    [
        ("Hvilken paragraf handler om eksklusjon?", EXCLUSION, "Det står i «§ 6 Utmelding og eksklusjon» (§ 6 (3)):"),
        ("Which paragraph is about exclusion?", EXCLUSION, "This is in «§ 6 Utmelding og eksklusjon» (§ 6 (3))"),
        ("I hvilket avsnitt står det om akustikk?", PREMISES, "Det står under «Lokaler og utstyr»:"),
    ],
)
def test_a_question_for_where_something_stands_gets_the_heading_and_ref_first(question, passage, first_line):
    result = Fact().answer(context(question, hits_of(passage)))
    assert isinstance(result, Reply)
    assert result.body.splitlines()[0].startswith(first_line)
    assert passage.text.split(") ", 1)[-1][:30] in result.body  # the quote follows


def test_a_question_that_names_no_place_gets_no_heading_line():
    result = Fact().answer(context("Hvem kan ekskluderes?", hits_of(EXCLUSION)))
    assert isinstance(result, Reply) and not result.body.startswith("Det står")


def test_english_answers_say_the_quotes_are_norwegian():
    result = Fact().answer(context("How much funding did Kulturskolerådet get?", hits_of(FACT)))
    assert isinstance(result, Reply) and result.body.startswith("According to the documents")


def test_an_english_count_answer_gives_the_digits_of_a_number_written_out():
    board = chunk("(1) Hovedstyret består av sju medlemmer: leder, nestleder og fem øvrige medlemmer.")
    result = Fact().answer(context("How many members does the board have?", hits_of(board)))
    assert isinstance(result, Reply)
    assert result.body.splitlines()[0] == "According to the documents (quoted in Norwegian; sju = 7, fem = 5):"
    # only for a count: "what does the board consist of" is no question of numbers
    result = Fact().answer(context("What does the board consist of?", hits_of(board)))
    assert (
        isinstance(result, Reply) and result.body.splitlines()[0] == "According to the documents (quoted in Norwegian):"
    )
    # a Norwegian answer quotes the words as they are
    result = Fact().answer(context("Hvor mange medlemmer har hovedstyret?", hits_of(board)))
    assert isinstance(result, Reply) and "= 7" not in result.body


@pytest.mark.parametrize(
    ("lines", "text"),
    [
        ([("En setning.", 1)], "En setning. [1]"),
        ([("Først.", 1), ("Så.", 2)], "- Først. [1]\n- Så. [2]"),
        ([("Tre ting:", 1), ("• a", 1), ("• b", 1)], "Tre ting: [1]\n- a [1]\n- b [1]"),
    ],
)
def test_arrange(lines, text):
    assert arrange(lines) == text


def test_a_list_item_is_read_with_its_lead_in():
    statute = chunk("(1) Hovedstyret skal\na) lede arbeidet,\nb) ansette direktør og fastsette lønnen,\nc) vedta.")
    result = Fact().answer(context("Hvem ansetter direktøren og fastsetter lønnen?", hits_of(statute)))
    assert isinstance(result, Reply)
    lines = result.body.splitlines()
    # one citation: the lead-in with its list down to the item (quoted with the item before it)
    assert lines[:2] == ["(1) Hovedstyret skal [1]", "- b) ansette direktør og fastsette lønnen, [1]"]
    assert (
        result.citations[0].quote.startswith("(1) Hovedstyret skal") and "a) lede arbeidet" in result.citations[0].quote
    )


@pytest.mark.parametrize(
    ("question", "refs", "bare"),
    [
        ("Hva sier vedtak 5.13?", ["vedtak 5.13"], True),
        ("Hva sier § 6 tredje ledd?", ["§ 6 (3)"], True),
        ("Hva sier § 6 (3)?", ["§ 6 (3)"], True),
        ("Hva sier § 8 bokstav e?", ["§ 8 bokstav e"], True),
        ("Hva står det i delmål 2.3?", ["delmål 2.3"], True),
        ("Hva sier vedtektene § 20?", ["§ 20"], True),
        # a question about one detail of the passage is not a question for the passage itself
        ("Hva sier § 6 om eksklusjon og kontingent?", ["§ 6"], False),
        ("Hva sier satsingsområde 3 om lærere?", ["satsingsområde 3"], False),  # one topic word narrows it
        ("Hva ble vedtatt i sak 5.12?", ["vedtak 5.12"], True),
        ("Hva står det i det andre tilleggsvedtaket til sak 5.6?", ["vedtak 5.6"], False),
        # other numbering conventions name the passage as well; a topic word still narrows it
        ("Hva sier artikkel 5?", ["artikkel 5"], True),
        ("hva ble vedtatt i HS-sak 25/25?", ["sak 25/25"], True),
        ("Hva sier vedtak 5.13 om styret?", ["vedtak 5.13"], False),
    ],
)
def test_a_bare_question_asks_for_the_named_passage_and_nothing_narrower(question, refs, bare):
    from assistant.assistant import is_bare

    assert is_bare(question, refs) is bare


@pytest.mark.parametrize(
    ("question", "bare"),
    [
        ("Hva står i kap. 1.2 i strategien for mangfold og inkludering?", True),
        ("Hva står i kap. 1.2 om ansatte i strategien for mangfold og inkludering?", False),
    ],
)
def test_the_title_of_the_document_holding_the_passage_narrows_nothing(question, bare):
    from assistant.assistant import is_bare

    titles = ["Strategi for mangfold og inkludering 2025–2028"]
    assert is_bare(question, ["kap. 1.2"], titles) is bare
    assert not is_bare(question, ["kap. 1.2"])  # without the title its words narrow the question


def test_a_quote_never_takes_in_the_sentences_between_two_chosen_ones():
    from assistant.compose import CitationBook

    text = "Første punkt er A.\n• Andre punkt er B.\n• Tredje punkt er C.\n• Fjerde punkt er D."
    hit = hits_of(chunk(text))[0]
    book = CitationBook()
    at = {s: (text.index(s), text.index(s) + len(s)) for s in ("Første punkt er A.", "Andre punkt er B.")}
    far = (text.index("Fjerde punkt er D."), len(text))
    assert book.cite(hit, *at["Første punkt er A."]) == 1
    assert book.cite(hit, *at["Andre punkt er B."]) == 1  # the next bullet joins the quote
    assert book.cite(hit, *far) == 2  # one further on gets a citation of its own
    quotes = [c.quote for c in book.citations()]
    assert quotes == ["Første punkt er A.\n• Andre punkt er B.", "Fjerde punkt er D."]


def test_units_of_two_ledd_are_cited_each_as_its_own_ledd():
    from dataclasses import replace

    from assistant.compose import CitationBook

    first, second = "(1) Styret har fem medlemmer.", "(2) Styret velges for to år. Det kan gjenvelges."
    text = f"{first}\n{second}"
    paragraph = replace(
        chunk(text, ref="§ 6"), parts=((0, len(first), "§ 6 (1)"), (len(first) + 1, len(text), "§ 6 (2)"))
    )
    hit = hits_of(paragraph)[0]
    book = CitationBook()
    assert book.cite(hit, 0, len(first)) == 1
    assert book.cite(hit, len(first) + 1, text.index(" Det")) == 2  # the next ledd: a citation of its own
    assert book.cite(hit, text.index("Det"), len(text)) == 2  # the same ledd goes on: one quote
    assert [(c.ref, c.quote) for c in book.citations()] == [("§ 6 (1)", first), ("§ 6 (2)", second)]


def test_a_named_passage_with_list_items_is_quoted_one_item_a_line():
    text = "• Kartlegge tilbudet i dans.\n• Utvikle en modell for delte stillinger."
    tiltak = chunk(text, ref="delmål 2.3", section=("Delmål 2.3 Tilbud i hele landet", "Tiltak"))
    result = RefText().answer(context("Hva står i delmål 2.3?", hits_of(tiltak, by_ref=True), refs=["delmål 2.3"]))
    assert isinstance(result, Reply)
    assert result.body.splitlines() == [
        "delmål 2.3:",
        "- Kartlegge tilbudet i dans.",
        "- Utvikle en modell for delte stillinger. [1]",
    ]
    assert result.citations[0].quote == tiltak.text.removeprefix("• ")


def test_a_chapter_whose_second_sentence_is_a_lead_in_is_quoted_with_its_items():
    text = (
        "Elevene skal kunne se seg selv i lærerne sine. Kulturskolerådet vil\n\n"
        "• oppfordre kommunene til å rekruttere bredt\n• lage en veileder for godkjenning\n• gi råd om mentorer"
    )
    kap = chunk(text, ref="kap. 3.2", role="chapter", section=("3.2 Mangfold blant ansatte",))
    result = RefText().answer(context("Hva står i kap. 3.2?", hits_of(kap, by_ref=True), refs=["kap. 3.2"]))
    assert isinstance(result, Reply)
    assert result.body.splitlines()[1:] == [
        "- oppfordre kommunene til å rekruttere bredt",
        "- lage en veileder for godkjenning",
        "- gi råd om mentorer [1]",
    ]
    assert result.citations[0].quote.endswith("gi råd om mentorer")


def test_a_ref_two_documents_define_is_quoted_from_both_with_their_titles():
    plan = make_chunk("Digitale verktøy brukes i undervisningen.", ref="kap. 3.4", role="chapter", doc_id="plan",
                      title="Rammeplan", kind="framework plan")  # fmt: skip
    strategy = make_chunk("Foreldre er viktige.", ref="kap. 3.4", role="chapter", doc_id="mangfold",
                          title="Mangfoldsstrategi", kind="strategy")  # fmt: skip
    ctx = context("Hva står i kap. 3.4?", hits_of(plan, strategy, by_ref=True), refs=["kap. 3.4"])
    result = RefText().answer(ctx)
    assert isinstance(result, Reply)
    assert result.body.split("\n\n") == [
        "Rammeplan – kap. 3.4: Digitale verktøy brukes i undervisningen. [1]",
        "Mangfoldsstrategi – kap. 3.4: Foreldre er viktige. [2]",
    ]


AREA = chunk(
    "Satsingsområde 3 Kvalitet og kompetanse\n\nMål\n\nKulturskolen skal ha kvalifiserte lærere.",
    ref="satsingsområde 3",
    role="heading",
    section=("Satsingsområde 3 Kvalitet og kompetanse", "Mål"),
)
CHAPTER = chunk("2.4 Begreper\n\nInnenforskap betyr å høre til.", ref="kap. 2.4", section=("2.4 Begreper",))


@pytest.mark.parametrize(
    ("question", "hit", "refs", "heading"),
    [
        ("Hva heter satsingsområde 3?", AREA, ["satsingsområde 3"], "Satsingsområde 3 Kvalitet og kompetanse"),
        ("Hva heter kap. 2.4?", CHAPTER, ["kap. 2.4"], "2.4 Begreper"),
        ("hva heter 2.4", CHAPTER, ["vedtak 2.4"], "2.4 Begreper"),  # a number alone names the chapter
    ],
)
def test_the_name_of_a_named_passage_is_its_heading_quoted(question, hit, refs, heading):
    name, result = choose(context(question, hits_of(hit, by_ref=True), refs=refs))
    assert name == "ref_title"
    assert result.body.startswith(f"«{heading}»")
    assert result.citations[0].quote == heading and result.citations[0].ref == hit.ref


def test_a_name_question_about_another_passage_is_no_title_answer():
    # the pinned passage is satsingsområde 3; the question names satsingsområde 2, so its heading is no answer
    ctx = context("Hva heter satsingsområde 2?", hits_of(AREA, by_ref=True), refs=["satsingsområde 2"])
    assert RefTitle().answer(ctx) is None
    # and a question that asks something else about a named passage gets no heading either
    ctx = context("Hva er målet i satsingsområde 3?", hits_of(AREA, by_ref=True), refs=["satsingsområde 3"])
    assert RefTitle().answer(ctx) is None
    # nor one that asks for the name and something more: the fact answer takes both
    question = "Hva heter satsingsområde 3, og hvem har ansvaret?"
    ctx = context(question, hits_of(AREA, by_ref=True), refs=["satsingsområde 3"], title_only=False)
    assert RefTitle().answer(ctx) is None


@pytest.mark.parametrize(
    ("question", "refs", "title_only"),
    [
        ("Hva heter satsingsområde 3?", ["satsingsområde 3"], True),
        ("hva heter kap 2.4 i mangfoldsstrategien", ["kap. 2.4"], True),
        ("Hva heter sak 5.12, og hvilket kompetansefellesskap har ansvar for å følge den opp?", ["sak 5.12"], False),
        ("Hva sier sak 5.12?", ["sak 5.12"], False),
        ("Kva heiter delmål 1.2?", ["delmål 1.2"], True),
        ("What is sub-goal 2.3 called?", ["delmål 2.3"], True),
        ("What is the title of main goal 4?", ["hovedmål 4"], True),
        ("Hva er tittelen på kap. 3.4 i rammeplanen?", ["kap. 3.4"], True),
    ],
)
def test_a_question_for_a_name_only(question, refs, title_only):
    from assistant.assistant import _without_title_words, is_bare

    asked = analyse(question)
    assert (asked.asks_title and is_bare(_without_title_words(question), refs)) is title_only


def test_a_lead_in_and_a_later_item_of_its_list_are_one_citation():
    from dataclasses import replace

    from assistant.compose import Picked
    from ingest.sentences import units

    measures = chunk(
        "Kulturskolerådet vil\n• lage en veileder\n• samle erfaringer\n• anbefale åpne prøvetimer to ganger i året"
    )
    (hit,) = hits_of(measures)
    lead, *_, last = units(measures)
    assert lead.lead_in and last.bullet
    ctx = replace(
        context("Hvor ofte bør det være åpne prøvetimer?", [hit]),
        picked=[Picked(hit, lead, 1.0), Picked(hit, last, 1.0)],
    )
    result = Fact().answer(ctx)
    assert isinstance(result, Reply) and len(result.citations) == 1
    assert result.citations[0].quote.startswith("Kulturskolerådet vil") and result.citations[0].quote.endswith("i året")
    assert result.body.splitlines()[0] == "Kulturskolerådet vil [1]" and result.body.endswith("i året [1]")


def test_a_sentence_repeated_word_for_word_is_quoted_once():
    """Minutes repeat the board's proposal in the adopted resolution: the answer says it once."""
    proposal = chunk(
        "Budsjettet for 2026 vedtas med inntekter og kostnader på 756 000 kroner.",
        role="proposal",
        section=("Sak 6/25 Budsjett for 2026", "Regionstyrets forslag til vedtak"),
        cid="forslag",
    )
    adopted = chunk(
        "Budsjettet for 2026 vedtas med inntekter og kostnader på 756 000 kroner, som vist i tabellen.",
        role="resolution",
        section=("Sak 6/25 Budsjett for 2026", "Vedtak"),
        cid="vedtak",
    )
    result = Fact().answer(context("Hva ble budsjettet for 2026?", hits_of(adopted, proposal)))
    assert isinstance(result, Reply)
    assert result.body.count("756 000 kroner") == 1


@pytest.mark.parametrize(
    ("text", "covered"),
    [
        ("Kategori: Musikk | Beløp per stipend: 25 000 kr", True),  # both parts of "musikkstipend"
        ("Musikk er det største faget.", False),  # one part is not the compound
    ],
)
def test_a_compound_of_the_question_counts_where_a_sentence_holds_its_parts(text, covered):
    hits = hits_of(chunk(text))
    composer = Composer(make_idf([tokenize(h.chunk.text) for h in hits]))
    assert (composer.best_coverage("musikkstipend", hits) == 1.0) is covered
