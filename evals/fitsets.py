"""Where the fits read their questions: the evaluation set on its index, and fitting sets on theirs.

A fitting set (evals/fit1, evals/fit2) is a question file over invented documents of its own,
split into train and dev only. It adds questions to fit on and to choose margins and thresholds
on; it is never reported as a result. Each is passed as `--also HOME=QUESTIONS`, where HOME holds
an index of its documents (`kra eval --home H --questions Q --docs corpus D` builds it; pass H/eval).
Questions of the test split are dropped wherever they come from.
"""

from __future__ import annotations

import argparse
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from assistant import Assistant
from evals.dataset import GOLDEN, QUESTIONS, Question, load_questions
from ingest.settings import Settings

FIT_SPLITS = ("train", "dev")


@dataclass
class Source:
    """An index and the questions asked of it."""

    bot: Assistant
    questions: list[Question]

    def split(self, name: str) -> list[Question]:
        return [q for q in self.questions if q.split == name]


def also_argument(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--also",
        action="append",
        default=[],
        metavar="HOME=QUESTIONS",
        help="a fitting set: an index home and the questions asked of it (train and dev only); may repeat",
    )


def parse_also(value: str) -> tuple[Path, Path]:
    """`HOME=QUESTIONS` → the two paths; a clear error naming the argument otherwise."""
    home, sep, questions = value.partition("=")
    if not sep or not home or not questions:
        raise SystemExit(f"--also {value!r}: expected HOME=QUESTIONS")
    for path in (Path(home), Path(questions)):
        if not path.exists():
            raise SystemExit(f"--also {value!r}: {path} does not exist")
    return Path(home), Path(questions)


def sources(home: Path, embedder: str, also: list[str]) -> list[Source]:
    """The evaluation set (evals/questions.jsonl and the golden set) on `home`, then each fitting set
    on its own home; test-split questions are left out."""
    bot = Assistant(Settings(home=home, embedder=embedder))
    out = [Source(bot, load_questions(QUESTIONS) + load_questions(GOLDEN))]
    for value in also:
        other_home, questions = parse_also(value)
        out.append(Source(Assistant(Settings(home=other_home, embedder=embedder)), load_questions(questions)))
    for source in out:
        source.questions = [q for q in source.questions if q.split in FIT_SPLITS]
    return out


def also_text(also: list[str]) -> str:
    """The fitting sets as a calibration file names them: their question files, not this machine's homes."""
    return "".join(f" --also <index>={v.partition('=')[2]}" for v in also)


def each(all_sources: list[Source], split: str) -> Iterator[tuple[Assistant, list[Question]]]:
    for source in all_sources:
        yield source.bot, source.split(split)
