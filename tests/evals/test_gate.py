"""The quality gate: the golden set through the Assistant must stay above the floors."""

import tomllib
from pathlib import Path

from evals.dataset import load_questions
from evals.runner import compute_metrics, run_questions

FLOORS = tomllib.loads((Path(__file__).resolve().parents[2] / "evals" / "thresholds.toml").read_text())


def test_golden_set_meets_the_floors(bundled_assistant):
    questions = load_questions()
    assert len(questions) >= 80 and sum(q.unanswerable for q in questions) >= 10
    metrics = compute_metrics(run_questions(bundled_assistant, questions))
    low = {k: (metrics[k], floor) for k, floor in FLOORS.items() if metrics[k] < floor}
    assert not low, f"below the floor: {low}"


def test_two_runs_give_the_same_quality(bundled_assistant):
    questions = load_questions()[:15]
    a = compute_metrics(run_questions(bundled_assistant, questions))
    b = compute_metrics(run_questions(bundled_assistant, questions))
    assert {k: v for k, v in a.items() if "latency" not in k} == {k: v for k, v in b.items() if "latency" not in k}
