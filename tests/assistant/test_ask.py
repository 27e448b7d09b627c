"""Answers over the bundled corpus: cited, exact, in the question's language, or declined."""

import pytest

from assistant import QuestionError


def test_resolution_question_gives_text_and_status(bundled_assistant):
    answer = bundled_assistant.ask("Hva sier vedtak 5.13?")
    assert not answer.abstained
    assert answer.citations[0].ref == "vedtak 5.13"
    assert "«Prissetting av kulturskolens tilbud" in answer.answer
    assert "Hva som har vært gjort:" in answer.answer and "Hva som er planlagt gjort videre:" in answer.answer
    assert [c.section[-1] for c in answer.citations[1:]] == [
        "Hva som har vært gjort",
        "Hva som er planlagt gjort videre",
    ]
    assert answer.citations[0].page == 22


def test_sak_number_finds_resolution_reported_in_a_section(bundled_assistant):
    answer = bundled_assistant.ask("Hva ble vedtatt i sak 5.6?")
    assert answer.citations and all(c.ref == "vedtak 5.6" for c in answer.citations)


def test_numbers_and_dates_are_quoted_exactly(bundled_assistant):
    answer = bundled_assistant.ask("Hvor mye fikk Kulturskolerådet innvilget i grunnstøtte?")
    assert "86 400 000 NOK" in answer.answer and "2025-2027" in answer.answer
    answer = bundled_assistant.ask("Hvor mange stipender deles ut hvert år i Drømmestipendet?")
    assert "50 stipender à 30 000 kr" in answer.answer


def test_english_question_gets_english_framing_around_norwegian_quotes(bundled_assistant):
    answer = bundled_assistant.ask("What did resolution 5.14 decide?")
    assert answer.language == "en" and not answer.abstained
    assert answer.answer.startswith("Resolution 5.14")
    assert "fordypningsprogrammet" in answer.answer


def test_follow_up_resolves_to_previous_resolution(bundled_assistant):
    history = [{"role": "user", "content": "Hva sier vedtak 5.13?"}]
    answer = bundled_assistant.ask("Og hva er planlagt videre?", history)
    assert answer.citations and answer.citations[0].ref == "vedtak 5.13"
    assert answer.citations[0].section[-1] == "Hva som er planlagt gjort videre"
    assert "egen plan" in answer.answer


@pytest.mark.parametrize(
    "question",
    [
        "What is the capital of Australia?",
        "Hva står i vedtak 7.3?",
        "Hva står det i § 5 i vedtektene?",
    ],
)
def test_out_of_scope_questions_are_declined(bundled_assistant, question):
    answer = bundled_assistant.ask(question)
    assert answer.abstained and answer.citations == []
    assert "finner ikke" in answer.answer or "cannot find" in answer.answer


def test_every_quote_is_an_exact_substring_of_its_chunk(bundled_assistant):
    for question in [
        "Hva sier vedtak 5.12?",
        "Hvilke kompetansefellesskap finnes?",
        "Hva er gjort med veiledende standarder for kulturskolelokaler?",
        "Hvor mange ansatte har administrasjonen?",
    ]:
        answer = bundled_assistant.ask(question)
        for c in answer.citations:
            assert c.quote and c.quote in c.text
            assert c.chunk_id in bundled_assistant.index.chunks
            assert bundled_assistant.index.chunks[c.chunk_id].text == c.text


@pytest.mark.parametrize("question", ["", "   ", "?!.,", "x" * 20000])
def test_bad_questions_get_a_clear_message(bundled_assistant, question):
    with pytest.raises(QuestionError):
        bundled_assistant.ask(question)


@pytest.mark.parametrize("history", ["Hva sier vedtak 5.13?", 42])
def test_a_history_that_is_no_list_of_turns_gets_a_norwegian_message(bundled_assistant, history):
    with pytest.raises(QuestionError, match="Ugyldig samtalehistorikk: historikken må være en liste"):
        bundled_assistant.ask("Hva er gjort siden?", history)


def test_control_characters_and_other_scripts_do_not_crash(bundled_assistant):
    assert bundled_assistant.ask("Hva sier\x00 vedtak\x1b 5.13?").citations
    assert bundled_assistant.ask("东京的人口是多少？").abstained
