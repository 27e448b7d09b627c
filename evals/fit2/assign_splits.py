"""Assign each question of evals/fit2/questions.jsonl to "train" or "dev" (about 70/30), by question.

    .venv/bin/python -m evals.fit2.assign_splits

Deterministic: a random.Random with a fixed seed shuffles the ids of each document's questions, and the
first 30 % (rounded) of each shuffled list go to "dev". There is no "test" split in this fitting set.
"""

from __future__ import annotations

import json
import random
from pathlib import Path

PATH = Path(__file__).resolve().parent / "questions.jsonl"
SEED = 20260319
DEV_SHARE = 0.30


def main() -> None:
    qs = [json.loads(line) for line in PATH.read_text(encoding="utf-8").splitlines() if line.strip()]
    rng = random.Random(SEED)
    dev: set[str] = set()
    for prefix in sorted({q["id"][:3] for q in qs}):
        ids = sorted(q["id"] for q in qs if q["id"].startswith(prefix))
        rng.shuffle(ids)
        dev.update(ids[: round(len(ids) * DEV_SHARE)])
    for q in qs:
        q["split"] = "dev" if q["id"] in dev else "train"
    PATH.write_text("".join(json.dumps(q, ensure_ascii=False) + "\n" for q in qs), encoding="utf-8")
    print(f"{len(qs)} questions: {len(qs) - len(dev)} train, {len(dev)} dev")


if __name__ == "__main__":
    main()
