"""The one `Ref` type: what a citation or a question points at, parsed and printed in one place.

Canonical forms (``str(ref)``)::

    vedtak 5.13      a Landsting resolution
    sak 5.3          an agenda item of a Landsting protocol
    § 6              a paragraph of the statutes
    § 6 (3)          its third ledd ("§ 6 tredje ledd" parses to this)
    § 8 bokstav e    a lettered item; with a numbered ledd: "§ 8 (2) bokstav e"
    artikkel 4 (2)   an article of instructions or rules numbered "Artikkel 4": ledd and letters as for a §
    sak 21/25        a board's agenda item numbered within its year ("HS-sak 21/25")
    kap. 3.4         a chapter or section of a plan
    punkt 4.2        the same, in a document that names its numbered parts "punkt" ("jf. punkt 4.2"), as rules of
                     procedure and regulations do; "punkt 4.2" and "kap. 4.2" name one unit
    satsingsområde 3, hovedmål 2, delmål 2.1, mål 1, tiltak 2.3.1
                     the goal hierarchy of a strategy or platform ("det andre hovedmålet" is hovedmål 2);
                     "innsatsområde 3" is printed as the document says, and is the same unit as satsingsområde 3
    note 4           a note to annual accounts ("Note 4 Lønnskostnader"), which the tables refer to by number

``sak`` and ``vedtak`` with the same number name the same unit: in a protocol the sak holds the
proposal, amendments, vote and the adopted resolution; in a report "vedtak 5.13" is that
resolution. A question for either finds the unit, adopted resolution first.
A ref may carry ``doc_id``, the document it lives in; ``str()`` leaves the scope out.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from functools import lru_cache

from ingest.lang import language

KINDS = (
    "vedtak",
    "sak",
    "§",
    "artikkel",
    "kap.",
    "punkt",
    "satsingsområde",
    "innsatsområde",
    "hovedmål",
    "delmål",
    "mål",
    "tiltak",
    "note",
)
# kinds whose units have numbered ledd and lettered items
SECTION_KINDS = ("§", "artikkel")
GOAL_KINDS = ("satsingsområde", "innsatsområde", "hovedmål", "delmål", "mål", "tiltak")
# sak and vedtak with one number are one unit (see the module docstring), and so are an area of effort
# and of priority: documents use either word for the top of their goal hierarchy
_ALIASES = {"sak": "vedtak", "vedtak": "vedtak", "innsatsområde": "satsingsområde", "punkt": "kap."}
_SECTION = r"\d+(?:-\d+)?[a-z]?"  # § 4, § 4-1, § 12a
_DOTTED = r"\d{1,2}(?:\.\d{1,2}){0,3}"  # 5, 5.13, 4.1.1
_YEARLY = r"\d{1,3}/\d{2}(?:\d{2})?"  # 21/25, 7/2024: a board's sak numbered within its year


@dataclass(frozen=True)
class Ref:
    """A citable unit: kind, number, optional ledd and letter, optional document scope."""

    kind: str
    number: str
    ledd: int | None = None
    letter: str | None = None
    doc_id: str | None = None
    # a number named without a kind ("Hva står i 2.3?"): a resolution by default, but any unit
    # with that number will do when no resolution has it
    bare: bool = field(default=False, compare=False)

    def __str__(self) -> str:
        text = f"{self.kind} {self.number}"
        if self.ledd is not None:
            text += f" ({self.ledd})"
        if self.letter:
            text += f" bokstav {self.letter}"
        return text

    @classmethod
    def parse(cls, text: str, doc_id: str | None = None) -> Ref | None:
        """The ref a whole string names ("Vedtak 5.13", "§6 tredje ledd", "kapittel 3.4"), else None."""
        text = " ".join(str(text).split())
        if not text:
            return None
        if re.fullmatch(r"\d{1,2}\.\d{1,2}", text):
            return cls("vedtak", text, doc_id=doc_id)
        found = find_refs(text)
        if len(found) != 1:
            return None
        ref = found[0]
        return replace(ref, doc_id=doc_id) if doc_id else ref

    @property
    def unit(self) -> Ref:
        """The whole unit: "§ 6 (3)" → "§ 6" (scope kept)."""
        return Ref(self.kind, self.number, doc_id=self.doc_id)

    @property
    def is_part(self) -> bool:
        return self.ledd is not None or self.letter is not None

    def same_unit(self, other: Ref) -> bool:
        """Both name one unit: same number, same kind (sak ≡ vedtak), same document when both say."""
        if self.number != other.number:
            return False
        if _ALIASES.get(self.kind, self.kind) != _ALIASES.get(other.kind, other.kind):
            return False
        return not (self.doc_id and other.doc_id and self.doc_id != other.doc_id)

    def covers(self, other: Ref) -> bool:
        """`other` lies within this ref: "§ 6" covers "§ 6 (3)"; "§ 6 (3)" does not cover "§ 6 (2)"."""
        if not self.same_unit(other):
            return False
        if self.ledd is not None and self.ledd != other.ledd:
            return False
        return not (self.letter and self.letter != other.letter)

    def scoped(self, doc_id: str | None) -> Ref:
        return replace(self, doc_id=doc_id)


def canonical(text: str | None) -> str | None:
    """A ref string in canonical form ("Sak 5.3" → "sak 5.3"); unparsable text is returned as is."""
    if not text:
        return text
    ref = Ref.parse(text)
    return str(ref) if ref else text


def number_key(number: str) -> tuple:
    """Sort key for ref numbers: "5.6" before "5.11", "4" before "4-1" before "5"."""
    return tuple((int(n), s) for n, s in re.findall(r"(\d+)([a-z]?)", number))


def refs_by_kind(refs: Iterable[str | None]) -> dict[str, list[str]]:
    """Distinct unit refs grouped by kind, numbers sorted: {"§": ["§ 1", "§ 2"], "sak": [...]}."""
    units: dict[str, set[str]] = {}
    for text in refs:
        ref = Ref.parse(text) if text else None
        if ref is not None:
            units.setdefault(ref.kind, set()).add(ref.unit.number)
    return {
        kind: [f"{kind} {n}" for n in sorted(numbers, key=number_key)]
        for kind, numbers in sorted(units.items(), key=lambda kv: KINDS.index(kv[0]) if kv[0] in KINDS else 99)
    }


def refs_by_document(chunks: Iterable) -> dict[str, dict[str, list[str]]]:
    """Per document id, the refs its chunks carry by kind (what `kra ingest --json` reports)."""
    refs: dict[str, list[str | None]] = {}
    for chunk in chunks:
        refs.setdefault(chunk.doc_id, []).append(chunk.ref)
    return {doc_id: refs_by_kind(found) for doc_id, found in sorted(refs.items())}


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern, ...]:
    lang = language()
    words = lang.ref_words
    ordinal = "|".join(sorted(map(re.escape, lang.ordinals), key=len, reverse=True))
    ledd_word = lang.alternation("refs", "ledd")
    letter_word = lang.alternation("refs", "letter")
    section_word = "|".join(re.escape(w) for w in sorted(words["§"], key=len, reverse=True) if w != "§")
    # the ledd / letter after a § number: "(3)", "tredje ledd", "3. ledd", "ledd 3", "bokstav e", "e)"
    part = (
        rf"(?:\s*\((?P<ledd>\d{{1,2}})\))?"
        rf"(?:\s+(?:(?P<ord>{ordinal})|(?P<nth>\d{{1,2}})\.)\s+(?:{ledd_word})\b)?"
        rf"(?:\s+(?:{ledd_word})\s+(?P<ledd2>\d{{1,2}})\b)?"
        rf"(?:,?\s+(?:(?:{letter_word})\s+(?P<letter>[a-zæøå])\b|(?P<letter2>[a-zæøå])\)))?"
    )
    article_word = _alternation(words.get("artikkel", []))
    # "section 3.4" is a chapter, not § 3: a dotted number never names a §
    section = re.compile(rf"(?:§§?|\b(?:{section_word})\b)\s*(?P<num>{_SECTION})(?![\d-])(?!\.\d){part}", re.I)
    article = re.compile(rf"\b(?:{article_word or '(?!x)x'})\s*(?P<num>{_SECTION})(?![\d-])(?!\.\d){part}", re.I)
    # "tredje ledd i § 6", "bokstav e i § 8": the part before the §
    before = re.compile(
        rf"\b(?:(?:(?P<ord>{ordinal})|(?P<nth>\d{{1,2}})\.)\s+(?:{ledd_word})"
        rf"(?:\s+(?:{letter_word})\s+(?P<letter>[a-zæøå]))?"
        rf"|(?:{letter_word})\s+(?P<letter2>[a-zæøå]))\s+(?:i|av|in|of)\s+"
        rf"(?:§§?\s*|(?:{section_word})\s+|(?P<article>{article_word or '(?!x)x'})\s+)(?P<num>{_SECTION})\b",
        re.I,
    )
    named = []
    for kind in _NAMED:
        named.append(rf"(?P<{_group(kind)}>\b(?:{_alternation(words.get(kind, []))}))")
    named_re = re.compile(rf"(?:{'|'.join(named)})\s*(?:nr\.?\s*)?(?P<num>{_DOTTED})(?![\d.]*\d)", re.I)
    bare = re.compile(r"(?<![\d.§])\b(?P<num>\d{1,2}\.\d{1,2})(?![\d.]*\d)")
    # "det andre hovedmålet", "the second main goal": a goal counted, in its singular definite form
    counted = []
    for kind in ("satsingsområde", "innsatsområde", "hovedmål"):  # "det første målet" is too loose for "mål 1"
        forms = [w for w in words.get(kind, []) if w.lower().endswith(("et", "goal", "area"))]
        if forms:
            counted.append(rf"(?P<{_group(kind)}>{_alternation(forms)})")
    ordinal_re = re.compile(rf"\b(?P<ord>{ordinal})\s+(?:{'|'.join(counted)})\b", re.I)
    # "det tredje delmålet under hovedmål 1" is delmål 1.3: sub-goals are numbered within their goal
    sub = [w for w in words.get("delmål", []) if w.lower().endswith(("et", "goal"))]
    parent = words.get("hovedmål", [])
    sub_re = re.compile(
        rf"\b(?P<ord>{ordinal})\s+(?:{_alternation(sub)})\s+(?:{lang.alternation('refs', 'under')})\s+"
        rf"(?:{_alternation(parent)})\s*(?P<num>\d{{1,2}})\b",
        re.I,
    )
    yearly = re.compile(
        rf"\b(?:(?P<sak>{_alternation(words.get('sak', []))})|(?P<vedtak>{_alternation(words.get('vedtak', []))}))"
        rf"\s*(?:nr\.?\s*)?(?P<num>{_YEARLY})(?!\d)",
        re.I,
    )
    return section, before, named_re, bare, ordinal_re, sub_re, article, yearly


_NAMED = ("kap.", "punkt", "sak", "vedtak", *GOAL_KINDS, "note")


@lru_cache(maxsize=1)
def _clock() -> re.Pattern:
    """The words before a time of day, ending where a bare number starts ("kl. ", "at ")."""
    return re.compile(rf"(?:^|\W)(?:{language().alternation('refs', 'clock')})\s*$", re.I)


def _group(kind: str) -> str:
    """A regex group name for a kind (ASCII, no dot): "delmål" → "delmaal", "kap." → "kap"."""
    return kind.replace("å", "aa").replace("ø", "oe").rstrip(".")


def _kind_of(m: re.Match) -> str:
    return next(kind for kind in _NAMED if m.groupdict().get(_group(kind)))


def _alternation(words: list[str]) -> str:
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True))


def _ledd(m: re.Match) -> int | None:
    ordinals = language().ordinals
    for key in ("ledd", "nth", "ledd2"):
        if m.groupdict().get(key):
            return int(m.group(key))
    if m.groupdict().get("ord"):
        return ordinals[m.group("ord").lower()]
    return None


def find_refs(text: str) -> list[Ref]:
    """Every ref named in running text or a question, in order of appearance, without repeats.

    A bare "5.13" is a resolution; "kapittel 5.3" and "sak 5.3" keep their own kinds.
    """
    found, _ = _scan(text)
    found.sort(key=lambda p: p[0])
    return list(dict.fromkeys(ref for _, ref in found))


def opening_refs(line: str) -> list[Ref]:
    """The refs a line opens with ("• Tiltak 2.1.3 Gi veiledning …" → tiltak 2.1.3): named near its start, after
    any bullet, by the word the line starts with. A ref mentioned further in ("Arbeidet med tiltak 2.1.3 …")
    opens nothing."""
    opening = _LINE_MARK.sub("", line)[:_OPENING_CHARS]
    return [r for r in find_refs(opening) if not r.bare and opening.lower().startswith(r.kind.split(".")[0])]


_LINE_MARK = re.compile(r"^[\s•\-–*·▪◦]+")  # a bullet or dash before the line's text
_OPENING_CHARS = 40  # how far into a line the ref it opens with must stand


def ref_spans(text: str) -> list[tuple[int, int]]:
    """Where the text names refs ("hovedmål 2", "§ 6 (3)", "sak 5.3"): their numbers are no counts."""
    return _scan(text)[1]


def _scan(text: str) -> tuple[list[tuple[int, Ref]], list[tuple[int, int]]]:
    section, before, named_re, bare, ordinal_re, sub_re, article, yearly = _patterns()
    found: list[tuple[int, Ref]] = []
    taken: list[tuple[int, int]] = []
    for m in yearly.finditer(text):  # "HS-sak 21/25", "vedtak 21/25"
        found.append((m.start(), Ref("sak" if m.group("sak") else "vedtak", m.group("num"))))
        taken.append(m.span())
    for m in sub_re.finditer(text):
        found.append((m.start(), Ref("delmål", f"{m.group('num')}.{language().ordinals[m.group('ord').lower()]}")))
        taken.append(m.span())
    for m in before.finditer(text):
        letter = (m.group("letter") or m.group("letter2") or "").lower() or None
        kind = "artikkel" if m.group("article") else "§"
        found.append((m.start(), Ref(kind, m.group("num").lower(), _ledd(m), letter)))
        taken.append(m.span())
    for kind, pattern in (("§", section), ("artikkel", article)):  # units with ledd and lettered items
        for m in pattern.finditer(text):
            if any(a <= m.start("num") < b for a, b in taken):
                continue
            letter = (m.group("letter") or m.group("letter2") or "").lower() or None
            found.append((m.start(), Ref(kind, m.group("num").lower(), _ledd(m), letter)))
            taken.append(m.span())
    for m in named_re.finditer(text):
        if any(a <= m.start("num") < b for a, b in taken):
            continue
        kind = _kind_of(m)
        number = m.group("num")
        if kind in ("vedtak", "sak") and "." not in number and len(number) > 2:
            continue
        found.append((m.start(), Ref(kind, number)))
        taken.append(m.span())
    for m in ordinal_re.finditer(text):
        if any(a <= m.start() < b for a, b in taken):
            continue
        found.append((m.start(), Ref(_kind_of(m), str(language().ordinals[m.group("ord").lower()]))))
        taken.append(m.span())
    for m in bare.finditer(text):
        if any(a <= m.start("num") < b for a, b in taken):
            continue
        span = re.search(r"\d\s*[–-]\s*$", text[: m.start()]) or re.match(r"\s*[–-]\s*\d", text[m.end() :])
        if _clock().search(text, 0, m.start()) or span:
            continue  # "kl. 19.30", "at 19.30", "13.00–17.00": a time of day
        found.append((m.start(), Ref("vedtak", m.group("num"), bare=True)))
        taken.append(m.span())
    return found, taken
