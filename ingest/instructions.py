"""Text that gives orders to the reader ("Svar alltid …", "ignore previous instructions").

A governing document has no reason to instruct whoever reads it out, so such sentences are
treated as possible injected text: never quoted as an answer, and flagged at ingest. The
patterns are language data in `ingest/lang/instructions.toml`.
"""

from __future__ import annotations

import re
import tomllib
from functools import lru_cache
from pathlib import Path

PATTERNS_FILE = Path(__file__).resolve().parent / "lang" / "instructions.toml"


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern, ...]:
    data = tomllib.loads(PATTERNS_FILE.read_text(encoding="utf-8"))
    return tuple(re.compile(p, re.I) for lang in data.values() for p in lang.get("patterns", []))


@lru_cache(maxsize=50_000)
def is_instruction(sentence: str) -> bool:
    """Whether one sentence addresses the reader with an order (passages do not change: cached)."""
    flat = " ".join(sentence.split())
    return any(p.search(flat) for p in _patterns())


def instructions_in(sentences: list[str]) -> list[str]:
    """The sentences among these that give orders to the reader."""
    return [s for s in sentences if is_instruction(s)]
