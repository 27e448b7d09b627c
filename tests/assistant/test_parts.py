"""The units of a kind within a named goal ("Hvilke delmål hører til hovedmål 2?"), listed by their headings."""

import pytest

from assistant import Assistant
from assistant.refs import part_kind
from ingest.pipeline import ingest
from ingest.refs import Ref
from ingest.settings import Settings

STRATEGY = """# Strategi for Testregionen 2027–2030

## Hovedmål 1 Flere barn i kulturskolen

### Delmål 1.1 Kortere ventelister

Ventelistene skal halveres innen 2030.

### Delmål 1.2 Lavere elevavgift

Elevavgiften skal ikke øke mer enn prisstigningen.

## Hovedmål 2 Gode lærere

### Delmål 2.1 Hele stillinger

Flere lærere skal ha hele stillinger.

### Delmål 2.2 Videreutdanning

Hver lærer skal få tilbud om videreutdanning.

### Delmål 2.3 Mentorordning

Nye lærere får en mentor det første året.
"""

MANIFEST = """[[document]]
file = "strategi.md"
title = "Strategi for Testregionen 2027–2030"
kind = "strategy"
"""


@pytest.mark.parametrize(
    ("question", "ref", "kind"),
    [
        ("Hvilke delmål hører til hovedmål 2?", "hovedmål 2", "delmål"),
        ("hvor mange delmålene har hovedmål 1", "hovedmål 1", "delmål"),
        ("What are the sub-goals of main goal 2?", "hovedmål 2", "delmål"),
        ("Hvilke tiltak har delmål 2.1?", "delmål 2.1", "tiltak"),
        ("Hva står i tiltaksplanen for hovedmål 2?", "hovedmål 2", None),  # a compound names no kind of unit
        ("Hvilke hovedmål har delmål 2.1?", "delmål 2.1", None),  # a goal holds no higher kind
        ("Hvilke paragrafer har kapittel 2?", "kap. 2", None),  # only goals hold parts of their own
    ],
)
def test_the_kind_of_part_a_question_asks_about(question, ref, kind):
    assert part_kind(question, Ref.parse(ref)) == kind


@pytest.fixture(scope="module")
def bot(tmp_path_factory):
    corpus = tmp_path_factory.mktemp("corpus")
    (corpus / "strategi.md").write_text(STRATEGY, encoding="utf-8")
    (corpus / "manifest.toml").write_text(MANIFEST, encoding="utf-8")
    home = tmp_path_factory.mktemp("home")
    assert ingest(Settings(home=home, corpus=corpus)).failed == []
    return Assistant(Settings(home=home, corpus=corpus))


def test_the_sub_goals_of_a_main_goal_are_listed_in_order_and_cited(bot):
    answer = bot.ask("Hvilke delmål hører til hovedmål 2?")
    lines = answer.answer.splitlines()
    assert lines[0] == "«Hovedmål 2 Gode lærere» har 3 delmål:"
    assert [line.split(" [")[0] for line in lines[1:]] == [
        "- Delmål 2.1 Hele stillinger",
        "- Delmål 2.2 Videreutdanning",
        "- Delmål 2.3 Mentorordning",
    ]
    assert [c.ref for c in answer.citations] == ["delmål 2.1", "delmål 2.2", "delmål 2.3"]
    assert all(c.quote.startswith("Delmål 2.") for c in answer.citations)


def test_an_english_question_counts_them_in_english_framing(bot):
    answer = bot.ask("How many sub-goals does main goal 1 have?")
    first = answer.answer.splitlines()[0]
    assert first == "«Hovedmål 1 Flere barn i kulturskolen» has 2 sub-goals (quoted in Norwegian):"


def test_a_question_about_one_sub_goals_content_is_not_answered_with_the_list(bot):
    answer = bot.ask("Hva er målet for ventelistene i hovedmål 1?")
    assert "halveres" in answer.answer and "har 2 delmål" not in answer.answer
