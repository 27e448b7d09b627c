"""Assign each question of evals/fit4/questions.jsonl to "train" or "dev" (about 70/30), by question id.

    .venv/bin/python -m evals.fit4.assign_splits

Deterministic and per question: random.Random(f"{SEED}:{id}") draws one number for each id, and the id goes to
"dev" when that number is below 0.30. A question's split depends only on its id and the seed, never on the
other questions or on any result. The seed was fixed before anything was run on this set. There is no "test"
split in this fitting set.
"""

from __future__ import annotations

import json
import random
from pathlib import Path

PATH = Path(__file__).resolve().parent / "questions.jsonl"
SEED = 20261206
DEV_SHARE = 0.30


def split_of(qid: str) -> str:
    return "dev" if random.Random(f"{SEED}:{qid}").random() < DEV_SHARE else "train"


def main() -> None:
    qs = [json.loads(line) for line in PATH.read_text(encoding="utf-8").splitlines() if line.strip()]
    for q in qs:
        q["split"] = split_of(q["id"])
    PATH.write_text("".join(json.dumps(q, ensure_ascii=False) + "\n" for q in qs), encoding="utf-8")
    dev = sum(q["split"] == "dev" for q in qs)
    print(f"{len(qs)} questions: {len(qs) - dev} train, {dev} dev")


if __name__ == "__main__":
    main()
