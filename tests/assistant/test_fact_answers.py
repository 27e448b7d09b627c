"""The fact answer on the bundled corpus: it leads with the asked-for thing, brings a list, or declines."""

import pytest


def test_the_sum_asked_for_leads(bundled_assistant):
    answer = bundled_assistant.ask("Hvor mye statlig støtte har Kulturskolerådet fått, og for hvilke år?")
    assert not answer.abstained
    first = answer.answer.split("\n")[0]
    assert "86 400 000" in first


def test_a_list_question_names_every_item(bundled_assistant):
    answer = bundled_assistant.ask("Hva er de tre virksomhetsområdene?")
    assert not answer.abstained
    for item in ("Interessepolitisk arbeid", "Utviklingsarbeid", "Drift og organisasjon"):
        assert item in answer.answer


@pytest.mark.parametrize(
    "question",
    [
        "Hva tjener direktøren?",
        "Hva er medlemskontingenten for en kommune?",
        # in English too: a sum about something else (a grant to municipalities) is no fee
        "What is the membership fee for a municipality?",
        "How much does the director earn?",
        # nearly every word of the question is one the documents never use
        "Hvem vant fotball-VM i 2022?",
    ],
)
def test_a_fact_the_documents_lack_is_declined_with_related_passages(bundled_assistant, question):
    answer = bundled_assistant.ask(question)
    assert answer.abstained and answer.related


def test_the_answer_carries_its_trace(bundled_assistant):
    data = bundled_assistant.ask("Hva tjener direktøren?").to_json()
    trace = data["trace"]
    assert trace["standalone_query"] == "Hva tjener direktøren?"
    assert trace["strategy"] == "abstain" and trace["hits"]
    assert trace["declined_for"] in {"model", "kind", "list", "nothing"}  # why it was declined
    assert set(trace["abstention"]) >= {"features", "score", "threshold", "declined"}
