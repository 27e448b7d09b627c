"""Assign train/dev/test splits to evals/questions.jsonl (writes the `split` field in place).

    .venv/bin/python -m evals.documents.assign_splits                  # only questions without a split
    .venv/bin/python -m evals.documents.assign_splits --reassign-all   # done once; never again

Method (deterministic, no randomness beyond the hash of the id): within each document, the
questions are ordered by (category, sha256(id)) and dealt out along the repeating 10-slot
pattern below, with one running position per document. That gives 50 % train, 20 % dev and
30 % test per document, spread evenly over every category (unanswerable included), instead of
the plain `sha256(id) mod 100` cut, whose per-document test share of unanswerable questions
can fall below the minimum. The script then asserts that every document has at least
MIN_TEST test questions and MIN_TEST_UNANSWERABLE unanswerable ones among them.

Frozen: a question that already has a split keeps it (make_questions.py carries the recorded
splits over when it rewrites the file). Only with --reassign-all is everything dealt out afresh;
that was done once, when the set was first written, before any evaluation. A document that is
new to the file (none of its questions has a split yet: strategi.pdf, politisk-plattform.docx and
mangfoldsstrategi.md when they were added) is dealt out with the same stratified pattern, on its
own questions only. A question added later to a document that already has splits gets
`sha256(id) mod 100`: < 50 train, 50–69 dev, >= 70 test.

The splits were assigned before any evaluation run. NEVER change them (or the ids, or the
order of the question lists in make_questions.py) after results have been seen: tune on
train, compare on dev, report test.
"""

from __future__ import annotations

import hashlib
import json
import sys
from collections import Counter
from pathlib import Path

QUESTIONS = Path(__file__).resolve().parents[1] / "questions.jsonl"
PATTERN = ["train", "test", "train", "dev", "train", "test", "train", "dev", "train", "test"]
MIN_TEST = 20
MIN_TEST_UNANSWERABLE = 5


def _h(id_: str) -> str:
    return hashlib.sha256(id_.encode("utf-8")).hexdigest()


def assign(rows: list[dict]) -> dict[str, str]:
    split: dict[str, str] = {}
    for doc in sorted({r["document"] for r in rows}):
        mine = sorted((r for r in rows if r["document"] == doc), key=lambda r: (r["category"], _h(r["id"])))
        for i, r in enumerate(mine):
            split[r["id"]] = PATTERN[i % len(PATTERN)]
    return split


def check(rows: list[dict]) -> list[str]:
    bad = []
    for doc in sorted({r["document"] for r in rows}):
        test = [r for r in rows if r["document"] == doc and r["split"] == "test"]
        n_un = sum(r["unanswerable"] for r in test)
        if len(test) < MIN_TEST or n_un < MIN_TEST_UNANSWERABLE:
            bad.append(f"{doc}: {len(test)} test questions, {n_un} unanswerable")
    return bad


def by_hash(id_: str) -> str:
    n = int(_h(id_), 16) % 100
    return "train" if n < 50 else "dev" if n < 70 else "test"


def main() -> None:
    lines = QUESTIONS.read_text(encoding="utf-8").splitlines()
    rows = [json.loads(line) for line in lines if line.strip()]
    if "--reassign-all" in sys.argv[1:]:
        split = assign(rows)
        for r in rows:
            r["split"] = split[r["id"]]
    else:
        # documents none of whose questions has a split yet: the stratified deal, on them alone
        fresh = {r["document"] for r in rows} - {r["document"] for r in rows if "split" in r}
        split = assign([r for r in rows if r["document"] in fresh])
        for r in rows:
            if r["document"] in fresh:
                r["split"] = split[r["id"]]
    for r in rows:
        r.setdefault("split", by_hash(r["id"]))
    bad = check(rows)
    if bad:
        sys.exit("split constraints not met:\n" + "\n".join(bad))
    QUESTIONS.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    print(dict(Counter(r["split"] for r in rows)))


if __name__ == "__main__":
    main()
