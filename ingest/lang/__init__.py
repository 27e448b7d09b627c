"""Language knowledge as data: one TOML file per language, and ``texts.toml`` with every text people see."""

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


class UnknownTextError(KeyError):
    """A message id that ``texts.toml`` does not have (a typo, or a text not added yet)."""

    def __str__(self) -> str:
        return f"no text {self.args[0]!r} in ingest/lang/texts.toml"


@lru_cache(maxsize=1)
def _texts() -> dict[str, dict[str, dict[str, str]]]:
    """``ingest/lang/texts.toml``: language → section → message id → text, parsed once per process."""
    with open(_HERE / "texts.toml", "rb") as fh:
        return tomllib.load(fh)


def tr(key: str, language: str = "nb", **fields: object) -> str:
    """The text a person sees for a message id ("cli.sources"), its {fields} filled in.

    A language without the key (Nynorsk, or English outside the answer texts) gets the Bokmål one.
    """
    section, _, name = key.partition(".")
    for code in dict.fromkeys((language, "nb")):
        found = _texts().get(code, {}).get(section, {}).get(name)
        if found is not None:
            try:
                return found.format(**fields)
            except (KeyError, IndexError) as exc:
                raise ValueError(f"text {key!r} needs the field {exc}") from None
    raise UnknownTextError(key)


def tr_section(section: str, language: str = "nb") -> dict[str, str]:
    """All texts of one section (unfilled), Bokmål overlaid by the language's own where it has them."""
    table = _texts()
    if section not in table["nb"]:
        raise UnknownTextError(section)
    return {**table["nb"][section], **table.get(language, {}).get(section, {})}
