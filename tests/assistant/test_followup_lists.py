"""Follow-ups that point into the assistant's own list ("den siste av dem", "the second one")."""

import pytest

from assistant.conversation import pointed_item, standalone

LISTED = [
    {"role": "user", "content": "Hva er de tre virksomhetsområdene?"},
    {
        "role": "assistant",
        "content": "De tre områdene er hhv: [1]\n- Interessepolitisk arbeid [1]\n- Utviklingsarbeid [1]\n"
        "- Drift og organisasjon [1][2]",
    },
]
NUMBERED = [
    {"role": "user", "content": "Hvilke tiltak har strategien?"},
    {"role": "assistant", "content": "Tiltakene er: [1]\n1. Lage en verktøykasse [1]\n2. Rapportere hvert år [1]"},
]

INLINE = [
    {"role": "user", "content": "Hvilke begreper defineres i strategien?"},
    {
        "role": "assistant",
        "content": "Fire begreper defineres i kap. 2.4: elevmedvirkning, kulturell kompetanse, "
        "universell utforming og lavterskeltilbud.",
    },
]
INLINE_EN = [
    {"role": "user", "content": "Which measures come first?"},
    {
        "role": "assistant",
        "content": "In this order: the SFO pilot, the agreement between kulturskole and primary "
        "school, and the researcher network.",
    },
]
GOALS = [
    {"role": "user", "content": "What are the main goals of the strategy?"},
    {
        "role": "assistant",
        "content": "The strategy has three main goals:\n1. Kvalitet\n2. Kulturskole for alle\n"
        "3. Kulturskolen som ressurssenter",
    },
]


@pytest.mark.parametrize(
    ("question", "history", "item"),
    [
        ("Hva handler den siste av dem om?", LISTED, "Drift og organisasjon"),
        ("Fortell mer om det andre punktet", LISTED, "Utviklingsarbeid"),
        ("Kva gjer den første av dei?", LISTED, "Interessepolitisk arbeid"),
        ("What about the second one?", LISTED, "Utviklingsarbeid"),
        ("And the last one?", LISTED, "Drift og organisasjon"),
        ("Hvem har ansvar for det andre tiltaket?", NUMBERED, "Rapportere hvert år"),
        ("Når skal den nest siste være ferdig?", LISTED, "Utviklingsarbeid"),  # points by itself
        ("og når kom den siste utgaven?", LISTED, None),  # "siste" alone points at nothing
        # no pointing phrase, no ordinal, or no list to point into
        ("Hva med andre tiltak?", LISTED, None),
        ("Hva handler de om?", LISTED, None),
        ("Hva er den femte av dem?", LISTED, None),
        ("Hva handler den siste av dem om?", [{"role": "user", "content": "Hva er rammeplanen?"}], None),
        ("Hva handler den siste av dem om?", [], None),
        # a list written on one line after a lead-in: the last item follows the last "og"/"and"
        ("Hva betyr det siste av dem?", INLINE, "lavterskeltilbud"),
        ("Hva betyr det andre av dem?", INLINE, "kulturell kompetanse"),
        ("What about the second one?", INLINE_EN, "the agreement between kulturskole and primary school"),
        ("And the last one?", INLINE_EN, "the researcher network"),
        # an ordinal that ends the question is a noun: "det tredje" is the third item
        ("Og hvem har ansvaret for det tredje?", GOALS, "Kulturskolen som ressurssenter"),
        ("Hva med andre mål?", GOALS, None),
        ("Hva er et godt eksempel?", INLINE, None),
    ],
)
def test_the_pointed_item_is_found_in_the_last_answer(question, history, item):
    assert pointed_item(question, history) == item


def test_the_standalone_query_carries_the_item_and_its_refs():
    history = [
        {"role": "user", "content": "Hvilke vedtak gjelder fordypning?"},
        {"role": "assistant", "content": "- Vedtak 5.14 om fordypning regionalt [1]\n- Vedtak 5.12 om ledere [2]"},
    ]
    query, refs = standalone("Hva er gjort med den første av dem?", history)
    assert "Vedtak 5.14 om fordypning regionalt" in query and "[1]" not in query
    assert refs == ["vedtak 5.14"]


def test_an_item_of_a_list_whose_lead_in_names_its_kind_is_that_ref():
    query, refs = standalone("What are the sub-goals of the third one?", GOALS)
    assert "Kulturskolen som ressurssenter" in query and refs == ["hovedmål 3"]
    # bullets carry no number, and a lead-in that names no kind of ref gives none
    assert standalone("Hva handler den siste av dem om?", LISTED)[1] == []
    assert standalone("Hva betyr det siste av dem?", INLINE)[1] == []


def test_a_follow_up_into_the_list_answers_about_that_item(bundled_assistant):
    first = bundled_assistant.ask("Hva er de tre virksomhetsområdene?")
    history = [{"role": "user", "content": first.question}, {"role": "assistant", "content": first.answer}]
    answer = bundled_assistant.ask("Hva handler den siste av dem om?", history)
    assert "Drift og organisasjon" in (answer.standalone_question or "")
    assert not answer.abstained and "drift og organisasjon" in answer.answer.lower()


def test_a_short_follow_up_carries_the_last_question_and_what_the_assistant_said():
    history = [
        {"role": "user", "content": "What does the platform say about research?"},
        {
            "role": "assistant",
            "content": "According to the documents (quoted in Norwegian):\n"
            "- Kulturskolerådet vil arbeide for et nasjonalt forskningsprogram. [1]",
        },
    ]
    query, refs = standalone("How much money?", history)
    assert query.startswith("What does the platform say about research?")
    assert "nasjonalt forskningsprogram." in query and query.endswith("How much money?")
    assert "According to" not in query and "[1]" not in query and refs == []


def test_a_follow_up_carries_no_years_from_the_answer_and_nothing_from_a_decline():
    said = [
        {"role": "user", "content": "Hva sier planen om perioden?"},
        {"role": "assistant", "content": "- Planen gjelder 2022–2025 og har fire mål. [1]"},
    ]
    query, _ = standalone("Og hvem har ansvaret?", said)
    assert "fire mål" in query and "2022" not in query and "2025" not in query
    declined = [
        {"role": "user", "content": "Hvem sitter i styret?"},
        {"role": "assistant", "content": "Jeg finner ikke svar på dette i dokumentene."},
    ]
    assert standalone("Og i valgkomiteen?", declined)[0] == "Hvem sitter i styret? Og i valgkomiteen?"


def test_a_follow_up_asks_for_its_own_kind_of_answer(bundled_assistant):
    history = [
        {"role": "user", "content": "Hvor mange ansatte har Kulturskolerådet?"},
        {"role": "assistant", "content": "Kulturskolerådet har 40 ansatte. [1]"},
    ]
    follow = bundled_assistant.ask("Og hvem leder dem?", history)
    assert follow.standalone_question and "ansatte" in follow.standalone_question  # the topic is carried
    assert follow.trace["intent"]["answer_kind"] == "person"  # not the earlier question's count
    elliptic = bundled_assistant.ask("Og i regionene?", history)
    assert elliptic.trace["intent"]["answer_kind"] == "count"  # no question word of its own: the carried one
