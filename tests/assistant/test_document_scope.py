"""Which document a question names: by kind word, by title, or by a compound of both."""

import pytest
from chunkgen import Doc

from assistant.refs import document_scope

DOCS = [
    Doc("vedtekter", "Vedtekter for Norsk kulturskoleråd", "statutes"),
    Doc("mangfold", "Strategi for mangfold og inkludering", "strategy"),
    Doc("utvikling", "Strategi for kulturskoleutvikling 2025–2030", "strategy"),
    Doc("rapport", "Kulturskolerådets langsiktige arbeid", "report"),
    Doc("referat", "Protokoll fra regionstyremøtene 2027", "minutes"),
    Doc("tiltak", "Handlingsplan 2027–2028", "action plan"),
]


@pytest.mark.parametrize(
    "question, expected",
    [
        ("Hva sier vedtektene om habilitet?", {"vedtekter"}),
        ("Hva menes med elevmedvirkning i mangfoldsstrategien?", {"mangfold"}),
        ("Hva er målet i strategien for 2030?", {"mangfold", "utvikling"}),
        ("Hvor mange ansatte har administrasjonen?", None),
        ("Hva står i budsjettstrategien?", None),  # a compound whose head names no document
        # a manifest kind in the writer's own words: the kind's words in the title name it
        ("Hva står i protokollen om lokaler?", {"referat"}),
        ("Hva er fristen i handlingsplanen?", {"tiltak"}),
        ("What does the action plan say about deadlines?", {"tiltak"}),
        # where a ref is looked up, a word of one title only names that document ("punkt 9 i innstillingen");
        # one that two titles share names none
        ("Hva står i kap. 2 om handlingsplan?", {"tiltak"}),
        ("Hva sier vedtak 2 om langsiktige planer?", {"rapport"}),
        ("Hva ber Kulturskolerådet om i kap. 3?", None),  # the organisation's name names no document
        ("Hva står om inkludering?", None),  # not the head of "Strategi for mangfold og inkludering"
        ("Hva står om regionstyret?", None),
    ],
)
def test_document_scope(question, expected):
    assert document_scope(question, DOCS, title_words=True) == expected


def test_a_title_word_names_a_document_only_where_a_ref_is_looked_up():
    assert document_scope("Hva sier vedtak 2 om langsiktige planer?", DOCS) is None
