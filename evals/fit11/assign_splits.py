"""Assign each question of evals/fit11/questions.jsonl to "train" or "dev" (about 75/25), by question id.

    .venv/bin/python -m evals.fit11.assign_splits

Deterministic and per question (see evals/fit_splits.py): a question's split depends only on its id and the
seed, never on the other questions or on any result. The seed was fixed before any question was written and is
never changed. There is no "test" split in this fitting set.
"""

from __future__ import annotations

from pathlib import Path

from evals import fit_splits

PATH = Path(__file__).resolve().parent / "questions.jsonl"
SEED = 20261211
DEV_SHARE = 0.25


def split_of(qid: str) -> str:
    return fit_splits.split_of(qid, SEED, DEV_SHARE)


def main() -> None:
    fit_splits.assign(PATH, SEED, DEV_SHARE)


if __name__ == "__main__":
    main()
