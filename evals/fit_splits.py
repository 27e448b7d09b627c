"""Train / dev splits of a fitting set, drawn question by question (fit3, fit4).

random.Random(f"{seed}:{id}") draws one number for each id, and the id goes to "dev" when that number is below
the dev share. A question's split therefore depends only on its id and the seed, never on the other questions
or on any result. There is no "test" split in a fitting set.
"""

from __future__ import annotations

import json
import random
from pathlib import Path

DEV_SHARE = 0.30


def split_of(qid: str, seed: int, dev_share: float = DEV_SHARE) -> str:
    return "dev" if random.Random(f"{seed}:{qid}").random() < dev_share else "train"


def assign(path: Path, seed: int, dev_share: float = DEV_SHARE) -> None:
    """Write each question's split into the question file at `path`."""
    qs = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    for q in qs:
        q["split"] = split_of(q["id"], seed, dev_share)
    path.write_text("".join(json.dumps(q, ensure_ascii=False) + "\n" for q in qs), encoding="utf-8")
    dev = sum(q["split"] == "dev" for q in qs)
    print(f"{len(qs)} questions: {len(qs) - dev} train, {dev} dev")
