"""`kra eval`: the golden set through the Assistant, side by side when asked to compare."""

from __future__ import annotations

import argparse
import time

from assistant import Assistant
from evals.dataset import GOLDEN, load_questions
from evals.runner import compute_metrics, run_questions, write_outputs
from ingest.index import current_generation
from ingest.pipeline import ingest
from ingest.settings import Settings


def run_eval(settings: Settings, args: argparse.Namespace) -> int:
    """Ingest if needed, run every question, write metrics.json, report.md and plots."""
    if current_generation(settings.home) is None:
        ingest(settings)
    questions = load_questions(args.questions or GOLDEN)
    assistant = Assistant(settings)
    assistant.ask("oppvarming")  # warm: load the index and the model once
    modes = ["fused", "dense", "lexical"] if args.compare else ["fused"]
    runs = {}
    started = time.perf_counter()
    for mode in modes:
        results = run_questions(assistant, questions, mode=mode)
        runs[mode] = (compute_metrics(results), results)
    write_outputs(args.out, runs)
    main = runs["fused"][0]
    print(f"{len(questions)} spørsmål på {time.perf_counter() - started:.1f} s → {args.out}")
    for key, value in main.items():
        extra = "  ".join(f"{m}={runs[m][0][key]}" for m in modes[1:])
        print(f"  {key:22} {value}  {extra}")
    return 0
