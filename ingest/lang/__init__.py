"""Language knowledge as data: one TOML file per language, loaded once."""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import cached_property, lru_cache
from pathlib import Path

_HERE = Path(__file__).resolve().parent


def _alternation(words: list[str]) -> str:
    """A regex alternation of words, longest first so "Kapittel" wins over "Kap."."""
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True))


@dataclass(frozen=True)
class Language:
    """Word lists of one language, with the regexes built from them."""

    code: str
    data: dict

    def words(self, table: str, key: str) -> list[str]:
        return list(self.data.get(table, {}).get(key, []))

    def alternation(self, table: str, key: str) -> str:
        return _alternation(self.words(table, key))

    @cached_property
    def ordinals(self) -> dict[str, int]:
        return {k.lower(): int(v) for k, v in self.data.get("ordinals", {}).items()}

    @cached_property
    def ref_words(self) -> dict[str, list[str]]:
        """Canonical ref kind → the words that name it."""
        return {k: list(v) for k, v in self.data.get("refs", {}).items()}

    @cached_property
    def document_words(self) -> dict[str, list[str]]:
        """Manifest kind → the words a question uses to name such a document."""
        return {k: list(v) for k, v in self.data.get("documents", {}).items()}

    def kinds(self, key: str) -> frozenset[str]:
        return frozenset(k.lower() for k in self.data.get("kinds", {}).get(key, []))


@lru_cache(maxsize=4)
def language(code: str = "nb") -> Language:
    """The language file ``ingest/lang/<code>.toml``, parsed once per process."""
    with open(_HERE / f"{code}.toml", "rb") as fh:
        return Language(code, tomllib.load(fh))
