"""The quality gate: held-out questions through the Assistant must stay above the floors.

The floors in evals/thresholds.toml are the measured test-split values minus a small margin;
they guard against regressions. The older golden set is training data and has floors of its own.
"""

import tomllib
from pathlib import Path

from evals.dataset import GOLDEN, QUESTIONS, load_questions
from evals.runner import compute_metrics, grouped_metrics, run_questions

FLOORS = tomllib.loads((Path(__file__).resolve().parents[2] / "evals" / "thresholds.toml").read_text())


def _below(metrics: dict, floors: dict) -> dict:
    return {k: (metrics[k], floor) for k, floor in floors.items() if k in metrics and metrics[k] < floor}


def _above(metrics: dict, ceilings: dict) -> dict:
    return {k: (metrics[k], ceiling) for k, ceiling in ceilings.items() if k in metrics and metrics[k] > ceiling}


def test_test_split_meets_the_floors_overall_and_per_document(eval_assistant):
    questions = [q for q in load_questions(QUESTIONS) if q.split == "test"]
    assert len(questions) >= 200 and sum(q.unanswerable for q in questions) >= 50
    results = run_questions(eval_assistant, questions)
    metrics = compute_metrics(results)
    problems = {"all": {**_below(metrics, FLOORS["test"]), **_above(metrics, FLOORS.get("test_max", {}))}}
    for document, m in grouped_metrics(results, "document").items():
        problems[document] = _below(m, FLOORS["test_per_document"])
    problems = {k: v for k, v in problems.items() if v}
    assert not problems, f"below the floor: {problems}"


def test_golden_set_meets_its_floors(bundled_assistant):
    questions = load_questions(GOLDEN)
    assert len(questions) >= 80 and sum(q.unanswerable for q in questions) >= 10
    metrics = compute_metrics(run_questions(bundled_assistant, questions))
    low = _below(metrics, FLOORS["golden"])
    assert not low, f"below the floor: {low}"


def test_two_runs_give_the_same_quality(bundled_assistant):
    questions = load_questions(GOLDEN)[:15]
    a = compute_metrics(run_questions(bundled_assistant, questions))
    b = compute_metrics(run_questions(bundled_assistant, questions))
    assert {k: v for k, v in a.items() if "latency" not in k} == {k: v for k, v in b.items() if "latency" not in k}
