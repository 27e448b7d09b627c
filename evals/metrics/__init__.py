"""One module per metric family; each function takes per-question results and returns numbers."""

from evals.metrics.abstention import (
    abstention_precision,
    abstention_recall,
    false_abstention_rate,
    wrong_answer_rate,
)
from evals.metrics.citations import citation_precision, citation_recall, top_citation_accuracy
from evals.metrics.facts import fact_recall
from evals.metrics.latency import latency_percentiles
from evals.metrics.location import location_accuracy
from evals.metrics.matching import is_relevant
from evals.metrics.retrieval import hit_at_k, mrr_at_k, ndcg_at_k

__all__ = [
    "abstention_precision",
    "abstention_recall",
    "citation_precision",
    "citation_recall",
    "fact_recall",
    "false_abstention_rate",
    "hit_at_k",
    "is_relevant",
    "latency_percentiles",
    "location_accuracy",
    "mrr_at_k",
    "ndcg_at_k",
    "top_citation_accuracy",
    "wrong_answer_rate",
]
