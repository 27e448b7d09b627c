"""One module per metric family; each function takes per-question results and returns numbers."""

from evals.metrics.abstention import abstention_precision, abstention_recall
from evals.metrics.citations import citation_precision, citation_recall, top_citation_accuracy
from evals.metrics.facts import fact_recall
from evals.metrics.latency import latency_percentiles
from evals.metrics.matching import is_relevant
from evals.metrics.retrieval import hit_at_k, mrr_at_k, ndcg_at_k

__all__ = [
    "abstention_precision",
    "abstention_recall",
    "citation_precision",
    "citation_recall",
    "fact_recall",
    "hit_at_k",
    "is_relevant",
    "latency_percentiles",
    "mrr_at_k",
    "ndcg_at_k",
    "top_citation_accuracy",
]
