"""The question-set schema (JSONL, one question per line) and its loader."""

from __future__ import annotations

import json
from pathlib import Path

from pydantic import BaseModel, Field, ValidationError

GOLDEN = Path(__file__).resolve().parent / "golden.jsonl"
QUESTIONS = Path(__file__).resolve().parent / "questions.jsonl"


class Turn(BaseModel):
    role: str = "user"
    content: str


class Question(BaseModel):
    """One labelled question; `evidence` are verbatim passages that answer it."""

    id: str
    question: str
    lang: str = "nb"
    evidence: list[str] = Field(default_factory=list)
    must_contain: list[str] = Field(default_factory=list)
    ref: str | None = None
    unanswerable: bool = False
    category: str = "other"
    history: list[Turn] = Field(default_factory=list)
    split: str = "train"
    document: str | None = None
    page: int | None = None


def load_questions(path: Path = GOLDEN) -> list[Question]:
    """Questions from a JSONL file; a bad line is an error naming the file, line and field."""
    out = []
    for n, line in enumerate(Path(path).read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        try:
            out.append(Question.model_validate(json.loads(line)))
        except json.JSONDecodeError as exc:
            raise ValueError(f"{path}:{n}: not JSON ({exc.msg})") from None
        except ValidationError as exc:
            err = exc.errors()[0]
            field = ".".join(str(p) for p in err["loc"])
            raise ValueError(f"{path}:{n}: field '{field}': {err['msg']}") from None
    return out
