"""The answerer's language knowledge as data: ``nb.toml``, ``nn.toml`` and ``en.toml``, loaded once."""

from __future__ import annotations

import re
import tomllib
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from pathlib import Path

from ingest.lang import tr_section

_HERE = Path(__file__).resolve().parent
CODES = ("nb", "nn", "en")


def _alternation(phrases: list[str]) -> str:
    """Escaped phrases, longest first, any run of space matching any space."""
    return "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in sorted(set(phrases), key=len, reverse=True))


@dataclass(frozen=True)
class Lexicon:
    """The word lists of nb, nn and en; questions mix them, so most lookups use all three."""

    data: dict[str, dict]
    _cache: dict = field(default_factory=dict, compare=False, repr=False)

    def words(self, section: str, key: str, codes: tuple[str, ...] = CODES) -> list[str]:
        """One list from the given languages, in file order, without repeats."""
        out: list[str] = []
        for code in codes:
            out.extend(self.data[code].get(section, {}).get(key, []))
        return list(dict.fromkeys(out))

    def word_set(self, section: str, key: str, codes: tuple[str, ...] = CODES) -> frozenset[str]:
        return frozenset(w.lower() for w in self.words(section, key, codes))

    def table(self, section: str, key: str) -> dict[str, str]:
        """One key → value table from every language ([section.key] in each file)."""
        out: dict[str, str] = {}
        for code in CODES:
            out.update(self.data[code].get(section, {}).get(key, {}))
        return out

    def section_table(self, section: str) -> dict[str, str]:
        """A whole section of key = "value" lines from every language ([clippings], [abbreviations])."""
        return {k: v for code in CODES for k, v in self.data[code].get(section, {}).items()}

    def phrases(self, *keys: str, section: str = "asks", start: bool = False) -> re.Pattern:
        """A case-insensitive regex matching any phrase of the keys as whole words (at the start if asked)."""
        cache_key = (section, keys, start)
        if cache_key not in self._cache:
            listed = [w for k in keys for w in self.words(section, k)]
            body = _alternation(listed) if listed else r"(?!x)x"
            anchor = "^" if start else r"\b"
            self._cache[cache_key] = re.compile(anchor + rf"(?:{body})\b", re.I)
        return self._cache[cache_key]

    def pattern(self, key: str) -> re.Pattern:
        """The regexes listed under [patterns] as one case-insensitive whole-word regex."""
        cache_key = ("patterns", key)
        if cache_key not in self._cache:
            listed = self.words("patterns", key)
            self._cache[cache_key] = re.compile(rf"\b(?:{'|'.join(listed) or '(?!x)x'})\b", re.I)
        return self._cache[cache_key]

    def act_asked(self, question: str) -> str | None:
        """The act a "who" question asks the doer of ([acts] `asks`: "hvem leder juryen?" → "lead"), or None."""
        return _first_asked(self._acts[0], question)

    def act_words(self, act: str, question: str) -> str:
        """The words of the question that ask for the act ("hvem har skrevet under"), or ""."""
        return _asking_words(self._acts[0], act, question)

    def act_stated(self, act: str, text: str) -> bool:
        """Does the text state the act ([acts] `states`: "ledes av", "Leder:")?"""
        return bool(self._acts[1][act].search(text))

    def form_asked(self, question: str) -> str | None:
        """The fixed form a question asks for ([forms] `asks`: "telefonnummeret" → "phone"), or None."""
        return _first_asked(self._forms[0], question)

    def form_words(self, form: str, question: str) -> str:
        """The words of the question that ask for the form ("telefonnummeret", "klokkeslett"), or ""."""
        return _asking_words(self._forms[0], form, question)

    def form_stated(self, form: str, text: str) -> bool:
        """Does the text hold a thing of that form ([forms] `holds`: a phone number, an e-mail address)?"""
        return bool(self._forms[1][form].search(text))

    @cached_property
    def _acts(self) -> tuple[dict[str, re.Pattern], dict[str, re.Pattern]]:
        return self._asks_and_states("acts", "states", r"\b")

    @cached_property
    def _forms(self) -> tuple[dict[str, re.Pattern], dict[str, re.Pattern]]:
        return self._asks_and_states("forms", "holds", "")

    def _asks_and_states(self, section: str, states_key: str, start: str) -> tuple[dict, dict]:
        """Each entry of a table of `asks` and `states_key` patterns, every language's joined: what finds it in
        a question (from a word boundary) and what in a text (from `start`)."""
        asks: dict[str, list[str]] = {}
        states: dict[str, list[str]] = {}
        for code in CODES:
            for name, entry in self.data[code].get(section, {}).items():
                asks.setdefault(name, []).extend(entry.get("asks", []))
                states.setdefault(name, []).extend(entry.get(states_key, []))

        def joined(listed: list[str], at: str) -> re.Pattern:
            return re.compile(rf"{at}(?:{'|'.join(listed) or '(?!x)x'})", re.I)

        return {k: joined(v, r"\b") for k, v in asks.items()}, {k: joined(v, start) for k, v in states.items()}

    def cardinals(self) -> dict[str, int]:
        """Number word → its value ([cardinals]: "sju" → 7), from every language."""
        return self._numbers("cardinals")

    def ordinals(self) -> dict[str, int]:
        """Ordinal word → its number, from every language."""
        return self._numbers("ordinals")

    def _numbers(self, section: str) -> dict[str, int]:
        out: dict[str, int] = {}
        for code in CODES:
            out.update({k.lower(): int(v) for k, v in self.data[code].get(section, {}).items()})
        return out

    def ordinal_in(self, text: str) -> int | None:
        """The number of the first ordinal word the text uses ("det andre …" → 2), else of an item it names by
        number ("prioritet nr 3" → 3), or None."""
        lowered = text.lower()
        found = next((n for word, n in self.ordinals().items() if re.search(rf"\b{re.escape(word)}\b", lowered)), None)
        if found is None and (m := self.pattern("ordinal_number").search(lowered)):
            found = int(next(g for g in m.groups() if g))
        return found

    def expand(self, text: str) -> str:
        """The text with the short forms of [abbreviations] written out ("medl i hs" → "medlemmer i
        hovedstyret"); a short form counts as a whole word, with or without its full stop."""
        return self._abbreviations(text)

    @cached_property
    def _abbreviations(self) -> Callable[[str], str]:
        return _replacer(self.section_table("abbreviations"), r"(?<![\w.])({})\.?(?![\w])")

    def bokmaal(self, text: str) -> str:
        """A Nynorsk question in the documents' Bokmål words ([bokmaal] in nn.toml): whole words first
        ("leier" → "leder", "rettleiar" → "veileder"), then word parts ("kulturskule" → "kulturskole")."""
        parts, words, starts = self._bokmaal
        return parts(words(starts(text)))

    @cached_property
    def _bokmaal(self) -> tuple[Callable[[str], str], Callable[[str], str], Callable[[str], str]]:
        table = self.data["nn"].get("bokmaal", {})
        # "Kor vart møtet halde?", "…, og kor ligg kontoret?": a clause's first word ("eit kor" is a choir)
        clause = r"(?:^|(?<=[,;:]\s)|(?<=\bog\s)|(?<=\beller\s)|(?<=\bmen\s))({})\b"
        return (
            _replacer(table.get("parts", {}), "({})"),
            _replacer(table.get("words", {}), r"\b({})\b"),
            _replacer(table.get("clause_start", {}), clause),
        )

    def texts(self, code: str) -> dict[str, str]:
        """The framing texts of one language (``[<code>.answer]`` in ingest/lang/texts.toml); Nynorsk
        falls back to Bokmål."""
        return tr_section("answer", code)


def _first_asked(asks: Mapping[str, re.Pattern], question: str) -> str | None:
    """The first entry of an `asks` table (acts, forms) whose pattern the question holds, or None."""
    return next((name for name, pattern in asks.items() if pattern.search(question)), None)


def _asking_words(asks: Mapping[str, re.Pattern], name: str, question: str) -> str:
    """The words of the question that entry `name` of an `asks` table finds, or ""."""
    found = asks[name].search(question) if name in asks else None
    return found.group(0) if found else ""


def _replacer(table: Mapping[str, str], template: str) -> Callable[[str], str]:
    """A function that replaces the table's keys in a text (any case) by their values; `template` is the
    regex around the keys' alternation, at "{}"."""
    lowered = {k.lower(): v for k, v in table.items()}
    if not lowered:
        return lambda text: text
    pattern = re.compile(template.replace("{}", _alternation(list(lowered))), re.I)
    return lambda text: pattern.sub(lambda m: lowered[m.group(1).lower()], text)


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    """The three language files, parsed once per process."""
    data = {}
    for code in CODES:
        with open(_HERE / f"{code}.toml", "rb") as fh:
            data[code] = tomllib.load(fh)
    return Lexicon(data)


@lru_cache(maxsize=1)
def glossary() -> dict[str, tuple[str, ...]]:
    """English word or phrase → the Bokmål words the documents use for it (``en_nb.toml``)."""
    path = _HERE / "en_nb.toml"
    if not path.exists():
        return {}
    with open(path, "rb") as fh:
        table = tomllib.load(fh).get("glossary", {})
    return {k.lower(): tuple(v) for k, v in table.items()}


@lru_cache(maxsize=1)
def synonym_groups() -> list[tuple[tuple[str, re.Pattern | frozenset[str]], ...]]:
    """The synonym groups of ``nb_synonyms.toml``: each term as written, with what finds it in a text: a
    one-word term its stems, a term of several words ("legge ned") the words in a row."""
    from ingest.stores.lexical import tokenize

    path = _HERE / "nb_synonyms.toml"
    if not path.exists():
        return []
    with open(path, "rb") as fh:
        groups = tomllib.load(fh).get("synonyms", {}).get("groups", [])
    out = []
    for group in groups:
        terms = []
        for term in group:
            if " " in term.strip():
                terms.append((term, re.compile(rf"\b{_alternation([term])}\b", re.I)))
            elif tokenize(term):
                terms.append((term, frozenset(tokenize(term))))
        out.append(tuple(terms))
    return out


@lru_cache(maxsize=1)
def synonym_stems() -> dict[str, frozenset[str]]:
    """Each one-word synonym's stem → the stems of the other one-word terms of its groups ("foreldr" →
    {"foresatt"}), for matching a question's word where the documents write another."""
    out: dict[str, set[str]] = {}
    for group in synonym_groups():
        stems = [next(iter(finder)) for _, finder in group if isinstance(finder, frozenset) and len(finder) == 1]
        for stem in stems:
            out.setdefault(stem, set()).update(s for s in stems if s != stem)
    return {k: frozenset(v) for k, v in out.items() if v}


def synonyms(text: str) -> str:
    """The one-word synonyms of the text's terms that it does not use itself, for the lexical search:
    "foreldrenes rolle" is also searched as "foresatte", "legge ned" as "avvikle". A term of several words
    is found only as those words in a row, and is never searched itself: its small words are stop words."""
    from ingest.stores.lexical import tokenize

    own = frozenset(tokenize(text))

    def found(finder) -> bool:
        return bool(finder.search(text)) if isinstance(finder, re.Pattern) else finder <= own

    groups = synonym_groups()
    by_stem, phrased = _synonym_lookup()
    # only the groups that hold one of the text's stems or a term of several words can be found in it
    maybe = sorted({i for stem in own for i in by_stem.get(stem, ())} | phrased)
    extra = [
        written
        for group in (groups[i] for i in maybe)
        if any(found(finder) for _, finder in group)
        for written, finder in group
        if not isinstance(finder, re.Pattern) and not finder <= own
    ]
    return " ".join(dict.fromkeys(extra))


@lru_cache(maxsize=1)
def _synonym_lookup() -> tuple[dict[str, frozenset[int]], frozenset[int]]:
    """Which synonym groups a stem may find (by the stems of their one-word terms), and the groups with a
    term of several words (found by a search of the text)."""
    by_stem: dict[str, set[int]] = {}
    phrased = set()
    for i, group in enumerate(synonym_groups()):
        for _, finder in group:
            if isinstance(finder, re.Pattern):
                phrased.add(i)
            else:
                for stem in finder:
                    by_stem.setdefault(stem, set()).add(i)
    return {k: frozenset(v) for k, v in by_stem.items()}, frozenset(phrased)


_WORD = re.compile(r"[\w][\w'’-]*")
_POSSESSIVE = re.compile(r"['’]s$")


# regular English endings and what the glossary lists instead: plurals, past forms, -ing forms
_ENDINGS = (("ies", "y"), ("es", ""), ("s", ""), ("ied", "y"), ("ed", ""), ("ed", "e"), ("ing", ""), ("ing", "e"))


def _singular(word: str) -> str | None:
    """The glossary key of a regularly inflected English word: "municipalities" → "municipality",
    "mapped" → "map", "voting" → "vote"; a doubled last consonant is undone ("mapped", "planning")."""
    table = glossary()
    for end, repl in _ENDINGS:
        if not word.endswith(end) or len(word) - len(end) < 2:
            continue
        stem = word[: -len(end)]
        for key in (stem + repl, stem[:-1] if stem[-1:] == stem[-2:-1] and not repl else None):
            if key and key in table:
                return key
    return None


def _glossed(word: str, table: Mapping[str, tuple[str, ...]]) -> bool:
    """Does the glossary have the word, as it stands or regularly inflected?"""
    return word.lower() in table or _singular(word.lower()) is not None


def _english_function_words() -> frozenset[str]:
    return lexicon().word_set("stop", "words", ("en",)) | lexicon().word_set("stop", "function", ("en",))


def gloss(text: str, known: Callable[[str], bool], first_only: bool = False) -> str:
    """An English question in the documents' words, for word matching across languages.

    Each word or phrase (up to three words, longest first) the glossary has becomes its Bokmål
    words; a word it lacks is kept only when `known(word)` says the documents use it (a name such
    as "Tromsø", or a Norwegian word in the question) or holds a digit, so English filler does not
    count as unseen. `first_only` keeps one Bokmål word per English word (the usual one), so that
    a word's synonyms do not each count as a word of the question.
    """
    table = glossary()
    skip = _english_function_words()
    words = [_POSSESSIVE.sub("", w) for w in _WORD.findall(text)]  # "kulturskole's" → "kulturskole"
    # a hyphenated word the glossary lacks is read as its parts: "waiting-list" as "waiting list"
    words = [part for w in words for part in ([w] if _glossed(w, table) or "-" not in w else w.split("-")) if part]
    out: list[str] = []
    i = 0
    while i < len(words):
        for n in (3, 2, 1):
            phrase = " ".join(words[i : i + n]).lower()
            key = phrase if phrase in table else (_singular(phrase) if n == 1 else None)
            if len(words[i : i + n]) == n and key:
                out.extend(table[key][:1] if first_only else table[key])
                i += n
                break
        else:
            # English filler ("and", "to", "will") is dropped even where the documents use the word
            if words[i].lower() not in skip and (known(words[i]) or any(c.isdigit() for c in words[i])):
                out.append(words[i])
            i += 1
    return " ".join(out)
