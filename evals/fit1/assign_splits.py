"""Assign every fit1 question to "train" or "dev" (about 70/30), by question, with a seeded generator.

    .venv/bin/python -m evals.fit1.assign_splits

Within each document the ids are shuffled with random.Random(SEED) and the first 30 % (rounded) become
"dev"; the rest are "train". There is no "test" split in this set: it is for fitting only. The draw depends
only on the seed and the ids, so running it again gives the same splits.
"""

from __future__ import annotations

import json
import random
from pathlib import Path

HERE = Path(__file__).resolve().parent
QUESTIONS = HERE / "questions.jsonl"
SEED = 20250410
DEV_SHARE = 0.30


def main() -> None:
    rows = [json.loads(line) for line in QUESTIONS.read_text(encoding="utf-8").splitlines() if line.strip()]
    rng = random.Random(SEED)
    dev: set[str] = set()
    for doc in sorted({r["document"] for r in rows}):
        ids = sorted(r["id"] for r in rows if r["document"] == doc)
        rng.shuffle(ids)
        dev.update(ids[: round(len(ids) * DEV_SHARE)])
    for r in rows:
        r["split"] = "dev" if r["id"] in dev else "train"
    QUESTIONS.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    n_dev = sum(r["split"] == "dev" for r in rows)
    print(f"{len(rows)} questions: {len(rows) - n_dev} train, {n_dev} dev")


if __name__ == "__main__":
    main()
