"""Run a question set through the Assistant and compute every metric; write metrics, report, plots."""

from __future__ import annotations

import json
import time
from dataclasses import dataclass, field
from pathlib import Path

from assistant import Assistant
from evals.dataset import Question
from evals.metrics import (
    abstention_precision,
    abstention_recall,
    citation_precision,
    citation_recall,
    fact_recall,
    false_abstention_rate,
    hit_at_k,
    is_relevant,
    latency_percentiles,
    location_accuracy,
    mrr_at_k,
    ndcg_at_k,
    top_citation_accuracy,
    wrong_answer_rate,
)

K = 10


@dataclass
class QuestionResult:
    """What came back for one question, with the judgements the metrics use."""

    question: Question
    answer: str
    abstained: bool
    citations: list[dict]
    ranking: list[bool]
    cited: list[bool]
    latency_ms: float
    facts_missing: list[str] = field(default_factory=list)
    first_citation: dict | None = None

    @property
    def failed(self) -> bool:
        q = self.question
        if q.unanswerable:
            return not self.abstained
        return self.abstained or not any(self.cited) or bool(self.facts_missing)


def run_questions(assistant: Assistant, questions: list[Question], mode: str | None = None) -> list[QuestionResult]:
    """Ask every question (with its history) and judge the ranking and the citations."""
    results = []
    for q in questions:
        history = [t.model_dump() for t in q.history]
        t0 = time.perf_counter()
        answer = assistant.ask(q.question, history, mode=mode)
        elapsed = (time.perf_counter() - t0) * 1000
        ranking = [is_relevant(text, q.evidence) for text in _retrieved_texts(assistant, answer, q, history, mode)]
        cited = [is_relevant(c.text, q.evidence) for c in answer.citations]
        missing = [
            f for f in q.must_contain if " ".join(f.lower().split()) not in " ".join(answer.answer.lower().split())
        ]
        results.append(
            QuestionResult(
                question=q,
                answer=answer.answer,
                abstained=answer.abstained,
                citations=[
                    {"n": c.n, "ref": c.ref, "section": c.section, "quote": c.quote, "page": c.page}
                    | {"file_page": c.file_page}
                    for c in answer.citations
                ],
                ranking=ranking,
                cited=cited,
                latency_ms=elapsed,
                facts_missing=missing,
                first_citation=(
                    {
                        "document": answer.citations[0].document,
                        "ref": answer.citations[0].ref,
                        "page": answer.citations[0].page,
                        "file_page": answer.citations[0].file_page,
                    }
                    if answer.citations
                    else None
                ),
            )
        )
    return results


def _retrieved_texts(assistant: Assistant, answer, q: Question, history, mode) -> list[str]:
    """The passages the answer was built from, in rank order, as its trace records them.

    Scoring the trace scores what the product did; a second search is made only for an answer
    without a trace (a generated answer that fell back, say).
    """
    hits = (answer.trace or {}).get("hits")
    if hits is not None:
        chunks = assistant.index.chunks
        # a ledd or lettered item is a view of its chunk, with an id of the form "<chunk id>:<offset>"
        found = (chunks.get(h["chunk_id"]) or chunks.get(h["chunk_id"].split(":")[0]) for h in hits[:K])
        return [c.text for c in found if c is not None]
    return [h.chunk.text for h in assistant.search(q.question, history, mode=mode)[:K]]


def compute_metrics(results: list[QuestionResult]) -> dict[str, float]:
    """Every metric over one run."""
    answerable = [r for r in results if not r.question.unanswerable]
    answered = [r for r in answerable if not r.abstained]
    ranking = [r.ranking for r in answerable]
    cited_all = [r.cited for r in answerable]
    metrics = {
        "questions": len(results),
        "answerable": len(answerable),
        "hit@1": hit_at_k(ranking, 1),
        "hit@5": hit_at_k(ranking, 5),
        "mrr@10": mrr_at_k(ranking, K),
        "ndcg@10": ndcg_at_k(ranking, K),
        "citation_precision": citation_precision([r.cited for r in answered]),
        "citation_recall": citation_recall(cited_all),
        "top_citation": top_citation_accuracy(cited_all),
        "fact_recall": fact_recall([r.answer for r in answerable], [r.question.must_contain for r in answerable]),
        "abstention_precision": abstention_precision(
            [r.abstained for r in results], [r.question.unanswerable for r in results]
        ),
        "abstention_recall": abstention_recall(
            [r.abstained for r in results], [r.question.unanswerable for r in results]
        ),
        "false_abstention_rate": false_abstention_rate(
            [r.abstained for r in results], [r.question.unanswerable for r in results]
        ),
        "wrong_answers": wrong_answer_rate(
            [r.abstained for r in results], [r.question.unanswerable for r in results], [any(r.cited) for r in results]
        ),
        "top_location": location_accuracy(
            [(r.first_citation, r.question.document, r.question.ref, r.question.page) for r in answerable]
        ),
    }
    lat = latency_percentiles([r.latency_ms for r in results])
    metrics["latency_p50_ms"] = lat["p50"]
    metrics["latency_p95_ms"] = lat["p95"]
    return {k: round(v, 4) if isinstance(v, float) else v for k, v in metrics.items()}


QUALITY = [
    "hit@1",
    "hit@5",
    "mrr@10",
    "ndcg@10",
    "citation_precision",
    "citation_recall",
    "top_citation",
    "fact_recall",
    "abstention_precision",
    "abstention_recall",
    "false_abstention_rate",
    "wrong_answers",
    "top_location",
]
GROUPS = ("split", "document", "category")


def grouped_metrics(results: list[QuestionResult], by: str) -> dict[str, dict]:
    """The metrics of each group of questions (by split, document or category), in name order."""
    groups: dict[str, list[QuestionResult]] = {}
    for r in results:
        groups.setdefault(str(getattr(r.question, by) or "-"), []).append(r)
    return {name: compute_metrics(rs) for name, rs in sorted(groups.items())}


def write_outputs(out: Path, runs: dict[str, tuple[dict, list[QuestionResult]]]) -> None:
    """metrics.json, report.md, results.jsonl (one line a question) and PNG plots for one or more runs.

    The first run is the main one.
    """
    out.mkdir(parents=True, exist_ok=True)
    data = {
        name: {"all": m, **{f"by_{by}": grouped_metrics(results, by) for by in GROUPS}}
        for name, (m, results) in runs.items()
    }
    (out / "metrics.json").write_text(json.dumps(data, indent=2, ensure_ascii=False), encoding="utf-8")
    (out / "report.md").write_text(render_report(runs), encoding="utf-8")
    with (out / "results.jsonl").open("w", encoding="utf-8") as f:
        for name, (_, results) in runs.items():
            for r in results:
                f.write(json.dumps(_result_line(name, r), ensure_ascii=False) + "\n")
    _plots(out, runs)


def _result_line(run: str, r: QuestionResult) -> dict:
    """One question's outcome: what was asked, what came back, and how it was judged."""
    q = r.question
    return {
        "run": run,
        "id": q.id,
        "split": q.split,
        "document": q.document,
        "category": q.category,
        "question": q.question,
        "unanswerable": q.unanswerable,
        "failed": r.failed,
        "abstained": r.abstained,
        "evidence_cited": any(r.cited),
        "top_cited": bool(r.cited and r.cited[0]),
        "facts_missing": r.facts_missing,
        "ranking": "".join("x" if x else "." for x in r.ranking),
        "answer": r.answer,
        "citations": r.citations,
    }


def render_report(runs: dict[str, tuple[dict, list[QuestionResult]]]) -> str:
    names = list(runs)
    lines = ["# kra evaluation", "", "| metric | " + " | ".join(names) + " |", "|---|" + "---|" * len(names)]
    keys = [*QUALITY, "latency_p50_ms", "latency_p95_ms", "questions"]
    for key in keys:
        lines.append(f"| {key} | " + " | ".join(str(runs[n][0].get(key, "")) for n in names) + " |")
    main_name = names[0]
    for by in GROUPS:
        groups = grouped_metrics(runs[main_name][1], by)
        if len(groups) < 2 and by != "split":
            continue
        cols = [*QUALITY[4:], "hit@5", "questions"]
        lines += [
            "",
            f"## {main_name} by {by}",
            "",
            f"| {by} | " + " | ".join(cols) + " |",
            "|---|" + "---|" * len(cols),
        ]
        for name, m in groups.items():
            lines.append(f"| {name} | " + " | ".join(str(m.get(c, "")) for c in cols) + " |")
    failing = [r for r in runs[main_name][1] if r.failed]
    lines += ["", f"## Failing questions ({main_name}): {len(failing)}", ""]
    for r in failing:
        q = r.question
        lines.append(f"### {q.id} ({q.category}, {q.lang}) {q.question}")
        if q.unanswerable:
            lines.append("- expected: abstain")
        else:
            lines.append(f"- expected evidence: {' | '.join(q.evidence)}")
            if r.facts_missing:
                lines.append(f"- missing facts: {', '.join(r.facts_missing)}")
        ranking = "".join("x" if x else "." for x in r.ranking)
        lines.append(f"- abstained: {r.abstained}; evidence cited: {any(r.cited)}; ranking: {ranking}")
        lines.append("- answer: " + r.answer.replace("\n", " ")[:600])
        lines.append("")
    return "\n".join(lines) + "\n"


def _plots(out: Path, runs: dict[str, tuple[dict, list[QuestionResult]]]) -> None:
    try:
        import matplotlib

        matplotlib.use("Agg")
        import matplotlib.pyplot as plt
    except ImportError:
        return
    fig, ax = plt.subplots(figsize=(6, 4))
    for name, (_, results) in runs.items():
        ranking = [r.ranking for r in results if not r.question.unanswerable]
        ks = list(range(1, K + 1))
        ax.plot(ks, [hit_at_k(ranking, k) for k in ks], marker="o", label=name)
    ax.set_xlabel("k")
    ax.set_ylabel("hit@k")
    ax.set_ylim(0, 1.02)
    ax.grid(alpha=0.3)
    ax.legend()
    fig.tight_layout()
    fig.savefig(out / "hit_at_k.png", dpi=100)
    plt.close(fig)
    fig, ax = plt.subplots(figsize=(6, 4))
    main = next(iter(runs.values()))[1]
    ax.hist([r.latency_ms for r in main], bins=20)
    ax.set_xlabel("ask() latency, ms (warm)")
    ax.set_ylabel("questions")
    fig.tight_layout()
    fig.savefig(out / "latency.png", dpi=100)
    plt.close(fig)
