"""Each metric on hand-made inputs whose value is known."""

import pytest

from evals.metrics import (
    abstention_precision,
    abstention_recall,
    citation_precision,
    citation_recall,
    fact_recall,
    hit_at_k,
    is_relevant,
    mrr_at_k,
    ndcg_at_k,
    top_citation_accuracy,
    wrong_answer_rate,
)

RANKS = [[False, True, False], [True, False, False], [False, False, False]]


def test_ranking_metrics():
    assert hit_at_k(RANKS, 1) == pytest.approx(1 / 3)
    assert hit_at_k(RANKS, 2) == pytest.approx(2 / 3)
    assert mrr_at_k(RANKS, 10) == pytest.approx((0.5 + 1.0 + 0) / 3)
    assert ndcg_at_k([[True, False]], 10) == pytest.approx(1.0)
    assert ndcg_at_k([[False, True]], 10) == pytest.approx(0.6309, abs=1e-3)


def test_citation_metrics():
    cited = [[True, False], [False], []]
    assert citation_precision(cited) == pytest.approx(1 / 3)
    assert citation_recall(cited) == pytest.approx(1 / 3)
    assert top_citation_accuracy([[True], [False, True]]) == pytest.approx(0.5)


def test_fact_recall_ignores_case_and_line_breaks():
    assert fact_recall(["Innvilget 86 400\n000 NOK"], [["86 400 000", "2027"]]) == pytest.approx(0.5)


def test_abstention_metrics():
    abstained = [True, True, False, False]
    unanswerable = [True, False, True, False]
    assert abstention_precision(abstained, unanswerable) == pytest.approx(0.5)
    assert abstention_recall(abstained, unanswerable) == pytest.approx(0.5)


def test_a_wrong_answer_is_one_given_without_the_evidence_or_to_what_the_documents_do_not_say():
    abstained = [True, False, False, False, True]
    unanswerable = [True, True, False, False, False]
    cited = [False, False, True, False, False]
    # the unanswerable question answered, and the answerable one answered without its evidence
    assert wrong_answer_rate(abstained, unanswerable, cited) == pytest.approx(2 / 5)


def test_relevance_tolerates_line_breaks_but_not_other_text():
    assert is_relevant(
        "Administrasjonen består av en\ndirektør, og 24 ansatte", ["består av en direktør, og 24 ansatte"]
    )
    assert not is_relevant("Administrasjonen består av en direktør", ["24 ansatte"])


def test_a_table_row_read_with_its_headers_holds_the_cells():
    from evals.metrics import is_relevant

    row = "Tiltak: Nettverk av mangfoldsambassadører | Ansvar: Regionstyrene | Frist: 30. juni 2026"
    assert is_relevant(row, ["Nettverk av mangfoldsambassadører Regionstyrene 30. juni 2026"])
    assert not is_relevant(row, ["Nettverk av mangfoldsambassadører Administrasjonen 30. juni 2026"])
    prose = "Nettverk er viktig. " + "Mange ord her om noe annet. " * 5 + "Regionstyrene møtes 30. juni 2026."
    assert not is_relevant(prose, ["Nettverk av mangfoldsambassadører Regionstyrene 30. juni 2026"])


@pytest.mark.parametrize(
    ("cited", "expected", "same"),
    [
        ("sak 21/25", "hs-sak 21/25", True),  # the board's own prefix names the same sak
        ("sak 21/25", "Styresak 21/25", True),
        ("vedtak 5.3", "sak 5.3", True),
        ("§ 6 (3)", "§ 6", True),
        ("satsingsområde 3", "innsatsområde 3", True),
        ("sak 22/25", "hs-sak 21/25", False),
        ("kap. 3.4", "§ 3", False),
        # a measure numbered within a goal lies in it
        ("tiltak 2.1.3", "delmål 2.1", True),
        ("delmål 2.1", "hovedmål 2", True),
        ("tiltak 2.1.3", "delmål 2.2", False),
        ("tiltak 2.1.3", "delmål 2.1.3", False),
        ("kap. 2.1", "hovedmål 2", False),
        (None, "sak 21/25", False),
    ],
)
def test_the_location_metric_compares_refs_by_kind_and_number(cited, expected, same):
    from evals.metrics.location import same_ref

    assert same_ref(cited, expected) is same


def test_the_location_metric_takes_a_page_as_printed_or_as_placed_in_the_file():
    from evals.metrics.location import location_accuracy

    # an excerpt whose first page prints "12": its third page is s. 14, the file's page 3
    cited = {"document": "rammeplan", "ref": "kap. 3.2", "page": 14, "file_page": 3}
    assert location_accuracy([(cited, "rammeplan.pdf", "kap. 3.2", 14)]) == 1.0
    assert location_accuracy([(cited, "rammeplan.pdf", "kap. 3.2", 3)]) == 1.0
    assert location_accuracy([(cited, "rammeplan.pdf", "kap. 3.2", 4)]) == 0.0
    assert location_accuracy([(cited | {"file_page": None}, "rammeplan.pdf", "kap. 3.2", 3)]) == 0.0
