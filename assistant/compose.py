"""The extractive answerer: choose the document's own sentences, number them, cite them.

It never writes a claim of its own; the only words it adds are the framing
("Vedtak 5.13 … lyder:", "Hva som har vært gjort:") in the question's language.
"""

from __future__ import annotations

import math
import re
from collections.abc import Collection, Iterable, Mapping
from collections.abc import Set as AbstractSet
from dataclasses import dataclass
from functools import cache, lru_cache

import numpy as np

from assistant.calibration import calibration as load_calibration
from assistant.intent import AMOUNT, COUNT, DATE, PLACE, TIME, Intent, after_opener
from assistant.intent import STATUS_DONE as STATUS_DONE_KIND
from assistant.intent import STATUS_PLANNED as STATUS_PLANNED_KIND
from assistant.lang import gloss, lexicon, synonym_stems
from assistant.pick import PickModel, log_chars, relative
from assistant.records import Citation, Hit
from assistant.refs import named_kinds
from ingest.instructions import is_instruction
from ingest.records import Chunk
from ingest.refs import GOAL_KINDS, SECTION_KINDS, Ref, find_refs, ref_spans
from ingest.sentences import Unit, units
from ingest.splitter import abbreviations
from ingest.stores.lexical import compound_parts, tokenize
from ingest.structure import closing_quote


@cache
def question_words() -> frozenset[str]:
    """Words that say nothing about a question's topic (question words, the organisation's name)."""
    words = lexicon().word_set("stop", "words")
    return frozenset(words) | {t for w in words for t in tokenize(w)}  # as written and as stemmed


def content_terms(text: str) -> list[str]:
    """The text's stemmed words that say something about its topic, once each, in order."""
    stop = question_words()
    return [t for t in dict.fromkeys(tokenize(text)) if t not in stop]


@cache
def _number_words() -> re.Pattern:
    return re.compile(rf"\b(?:\d+|{'|'.join(lexicon().words('numbers', 'words'))})\b", re.I)


@cache
def _day_date() -> re.Pattern:
    months = "|".join(lexicon().words("numbers", "months"))
    return re.compile(rf"\b(?:\d{{1,2}}\.\s?(?:{months})|\d{{1,2}}\.\d{{1,2}}\.\d{{2,4}})", re.I)


def answers_the_type(intent: Intent, unit_texts: list[str], lowercase_words: set[str]) -> bool:
    """Does any chosen sentence hold the kind of thing asked for (a name, an amount, a date, a length of
    time for "hvor lenge", a frequency for "hvor ofte")?

    A name is a capitalised word inside a sentence whose lower-case form the documents never use
    ("Tipping", "KRED"), so common nouns written with a capital ("Strategi 2032") do not count.
    """
    text = " ".join(unit_texts)
    if intent.act and not lexicon().act_stated(intent.act, text):
        return False  # "hvem leder juryen?" is not answered by who else sits in it
    if intent.form:
        return lexicon().form_stated(intent.form, text)  # a phone number, an e-mail address
    if intent.span:
        return holds_span(intent.span, text)
    if intent.named or intent.names:
        return _has_name(intent, text, lowercase_words)
    if intent.kind == DATE:
        return bool(_day_date().search(text))
    if intent.money:
        return bool(_currency().search(text))
    if intent.kind == AMOUNT:
        return bool(_currency().search(text) or _measure().search(text))
    if intent.kind == COUNT:
        return bool(_number_words().search(without_number_verbs(text)))
    return True


@cache
def _currency(shares: bool = True) -> re.Pattern:
    """A sum stated with a currency or a share unit ("41 prosent"); without `shares`, money only."""
    lex = lexicon()
    listed = lex.words("numbers", "currency")
    if not shares:
        listed = [w for w in listed if w.lower() not in lex.word_set("numbers", "share_units")]
    words = "|".join(re.escape(w) for w in listed)
    columns = "|".join(re.escape(w) for w in lex.words("numbers", "money_columns"))
    # a sum in a column of sums: "Budsjett 2030: 600 000"
    cell = rf"(?:^|\| )(?:{columns})\b[^|:]*:\s*\d{{1,3}}(?:[  ]\d{{3}})+(?!\d)"
    return re.compile(
        rf"\d[\d  .,]*\s?(?:{words})(?!\w)|(?:{words})\s?\d|\d{{1,3}}(?:[  ]\d{{3}}){{2,}}|{cell}", re.I | re.M
    )


@cache
def _measure() -> re.Pattern:
    """A number with a unit of measure ("90 minutter", "30 studiepoeng") or a share ("halvparten")."""
    lex = lexicon()
    units = "|".join(re.escape(w) for w in lex.words("numbers", "measure"))
    shares = "|".join(re.escape(w) for w in lex.words("numbers", "shares"))
    number = rf"(?:\d[\d  .,]*|{'|'.join(lex.words('numbers', 'words'))})"
    return re.compile(rf"\b{number}\s?(?:{units})\b|\b(?:{shares})\b", re.I)


YEAR = re.compile(r"\b(?:19|20)\d\d\b")  # a year written out: "2024"
_REF_NUMBER = re.compile(r"§\s*\d+|\(\d+\)|\b\d+\.\d+(?:\.\d+)*\b|^\s*\d+\.")


def holds_kind(intent: Intent, unit_texts: list[str], lowercase_words: set[str]) -> bool:
    """A stricter `answers_the_type`: a count is a number that is not a year, a date or a ref, a sum has a
    currency or thousands, a time has a year, a month or a date. A number the question names itself
    ("plattformen 2025–2029", "i 2024") is no answer to it."""
    text = _without_numbers_of(intent.question, " ".join(unit_texts))
    if intent.act and not lexicon().act_stated(intent.act, text):
        return False
    if intent.form:
        return lexicon().form_stated(intent.form, " ".join(unit_texts))
    if intent.named or intent.names or intent.kind == PLACE:
        return _has_name(intent, text, lowercase_words)
    if (intent.money or intent.kind == AMOUNT) and intent.language != "en" and not _same_rate(intent.question, text):
        return False  # "per kilometer" is not answered by a sum "per møtedag"
    if intent.money:
        return bool(_currency().search(text))
    if intent.kind == AMOUNT:
        # "hvor mye" is answered by a sum, a share or a measure ("90 minutter"), not by a count of things
        # ("seks møter", "35 stemmer")
        return bool(_currency().search(text) or _measure().search(_bare_numbers(text)))
    if intent.kind == COUNT:
        # a year, a ref and the day of a date ("1. oktober") are no count
        return bool(_number_words().search(_bare_numbers(text)))
    if intent.kind == DATE:
        return bool(_day_date().search(text))
    if intent.span:
        return holds_span(intent.span, text)
    if intent.kind == TIME:
        # "kva tid er det lunsj?": a time of day answers too
        dated = YEAR.search(text) or _day_date().search(text) or _month().search(text)
        return bool(dated or lexicon().form_stated("clock", text))
    return True


def _same_rate(question: str, text: str) -> bool:
    """A sum asked per something ("per kilometer", "pr. elev") is answered by a sum per that, or by one that
    names no rate at all; a sum per something else ("2 500 kroner per møtedag") does not answer it. (Not read
    for English questions: their rate words are not the documents'.)"""
    from assistant.abstain import compound_match

    asked = [t for m in _rate().finditer(question) for t in tokenize(m.group(1))]
    if not asked:
        return True
    given = frozenset(t for m in _rate().finditer(text) for t in tokenize(m.group(1)))
    # "per år" is answered "per skoleår": the rate's word may end a compound, however short it is
    return not given or any(compound_match(t, given) or any(g.endswith(t) for g in given) for t in asked)


@cache
def _rate() -> re.Pattern:
    words = "|".join(re.escape(w) for w in lexicon().words("numbers", "rate"))
    return re.compile(rf"(?<!\w)(?:{words})\s+(\w+)", re.I)


def holds_span(span: str, text: str) -> bool:
    """Does the text state a length of time ("to år", "åtte ukers varsel", "siden 2016") for "how_long",
    or a frequency ("to ganger i året", "hvert fjerde år", "årlig") for "how_often"?"""
    if span == "how_often":
        return bool(lexicon().pattern("frequency").search(text))
    return bool(_duration().search(text))


@cache
def _duration() -> re.Pattern:
    lex = lexicon()
    numbers = "|".join(re.escape(w) for w in lex.words("numbers", "words") + lex.words("numbers", "duration_numbers"))
    units = "|".join(re.escape(w) for w in lex.words("numbers", "duration"))
    bounds = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in lex.words("numbers", "duration_bounds"))
    months = "|".join(lex.words("numbers", "months"))
    length = rf"\b(?:\d+(?:[,.]\d+)?|{numbers})\s+(?:\w+\s+)?(?:{units})\b"
    # a start or an end: a year, a date or a month and year; "ut strategiperioden"
    bound = rf"\b(?:{bounds})\s+(?:(?:\d{{1,2}}\.\s?)?(?:{months})\s+)?(?:19|20)\d\d\b|\but\s+\w*perioden\b"
    return re.compile(rf"{length}|{bound}", re.I)


def defined_term(question: str) -> str | None:
    """The stem of the term a question asks the meaning of ("Hva betyr lavterskeltilbud?" → "lavterskeltilbud",
    "Hva er målet med …" → "mål"); None when it asks no such thing."""
    text = after_opener(question)
    asks = lexicon().phrases("define", start=True).match(text)
    if not asks:
        return None
    terms = content_terms(text[asks.end() :])
    return terms[0] if terms else None


def defines(text: str, term: str) -> bool:
    """Does the text open with the term and a mark of a definition ("Lavterskeltilbud – et tilbud …",
    "Målet er at …", "Elevmedvirkning: at elevene …")?"""
    from assistant.abstain import compound_match

    m = _definition().match(text)
    return bool(m) and any(compound_match(term, frozenset({s})) for s in tokenize(m.group(1))[:1])


@cache
def _definition() -> re.Pattern:
    marks = lexicon().words("asks", "definition_marks")
    signs = "|".join(re.escape(m) for m in marks if not m[0].isalnum())
    words = "|".join(re.escape(m) for m in marks if m[0].isalnum())
    alternatives = [a for a in (rf"\s*(?:{signs})" if signs else "", rf"\s+(?:{words})\b" if words else "") if a]
    # the term is the sentence's first word or two (after a bullet, a number or a quote)
    return re.compile(rf"^[\W\d]*([\w-]+(?:\s+[\w-]+)?)(?:{'|'.join(alternatives) or '(?!x)x'})", re.I)


def enumerates(text: str) -> bool:
    """Does the text list things on one line: "musikk, dans, teater og film", "i kulturplanen, i planer for
    oppvekst og i kommuneplanen", "både oppvekstsektoren og kultursektoren"?"""
    lex = lexicon()
    joiners = lex.phrases("joiners", section="lists").pattern
    pair = lex.phrases("pair_start", section="lists").pattern
    return bool(
        re.search(rf"\w[^,.;:!?]*,\s*\w[^,.;:!?]*\s{joiners}\s+\w", text, re.I)
        or re.search(rf"{pair}\s+\w[^,.;:!?]*\s{joiners}\s+\w", text, re.I)
    )


def counts(text: str, terms: list[str], window: int, shares: bool = False) -> bool:
    """Does the text count one of the terms: a number that is no year, date, sum or ref, with the term (or
    a compound of it) within `window` words that say something ("3 blanke stemmer", "Valgkomiteen består
    av tre", "halvparten av de stemmeberettigede delegatene")? For a part of a whole ("hvor mange av
    lærerne …", `shares`), a share counts too ("41 prosent av lærerne")."""
    from assistant.abstain import compound_match

    bare = _currency(shares=not shares).sub(" ", _blank(text, ref_spans(text)))
    numbers = _bare_numbers(bare)
    # each word that says something (or is a number), with its stems
    words = [(w, s) for w in _WORDS.findall(numbers) if (s := tokenize(w)) or w[0].isdigit()]
    for i, (word, _) in enumerate(words):
        if _is_count(word):  # "1–4 elever" is a count too
            near = frozenset(t for _, stems in words[max(0, i - window) : i + window + 1] for t in stems)
            if any(compound_match(t, near) for t in terms):
                return True
    return _subject_counts(numbers, terms) or _row_counts(bare, terms)


def _subject_counts(text: str, terms: list[str]) -> bool:
    """ "Kompetansefellesskapet knyttet til mangfold og bredde består av tre medarbeidere": a number right
    after "består av" counts the words before it."""
    from assistant.abstain import compound_match

    for m in lexicon().pattern("consists").finditer(text):
        after = text[m.end() :].split()
        if after and _is_count(after[0]):
            subject = token_set(text[: m.start()])
            if any(compound_match(t, subject) for t in terms):
                return True
    return False


def _is_count(word: str) -> bool:
    return word[0].isdigit() or bool(_number_words().fullmatch(word))


def _row_counts(text: str, terms: list[str]) -> bool:
    """A table row ("Indikator: Antall lærere … | 2024: 0 | Mål 2030: 180") counts what its first cell names,
    however far the numbers stand from it in the row's text."""
    from assistant.abstain import compound_match

    cells = text.split(" | ")
    if len(cells) < 2:
        return False
    label = token_set(cells[0])
    numbers = any(_is_count(w) for cell in cells[1:] for w in _WORDS.findall(_bare_numbers(cell.split(":")[-1])))
    return numbers and any(compound_match(t, label) for t in terms)


_WORDS = re.compile(r"[\w\u2013-]+")


def _blank(text: str, spans: list[tuple[int, int]]) -> str:
    """The text with the spans blanked out (offsets stay)."""
    for a, b in spans:
        text = text[:a] + " " * (b - a) + text[b:]
    return text


def _bare_numbers(text: str) -> str:
    """The text with years, the days of dates, refs and number words used as verbs blanked: what is left of
    its numbers counts."""
    return _REF_NUMBER.sub(" ", YEAR.sub(" ", _day_date().sub(" ", without_number_verbs(text))))


def without_number_verbs(text: str) -> str:
    """The text with number words that are verbs here blanked ("skal tre ut av komiteen", [patterns]
    number_verbs); offsets stay."""
    return lexicon().pattern("number_verbs").sub(lambda m: " " * len(m.group(0)), text)


def money_nouns(text: str) -> list[str]:
    """Stems of the words for a sum that the text names ("honorar", "medlemskontingenten", "budsjett")."""
    lex = lexicon()
    found = [m.group(0) for key in ("money_nouns",) for m in lex.phrases(key).finditer(text)]
    found += [m.group(0) for m in lex.pattern("money_parts").finditer(text)]
    return [t for word in found for t in tokenize(word)]


_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")


def _without_numbers_of(question: str, text: str) -> str:
    """The text with the numbers the question itself names blanked out."""
    named = set(_NUMBER.findall(question))
    if not named:
        return text
    return _NUMBER.sub(lambda m: " " if m.group(0) in named else m.group(0), text)


@cache
def _month() -> re.Pattern:
    months = "|".join(lexicon().words("numbers", "months"))
    time = "|".join(re.escape(w) for w in lexicon().words("numbers", "time"))
    return re.compile(rf"\b(?:{months}|{time})\b", re.I)


def _has_name(intent: Intent, text: str, lowercase_words: set[str]) -> bool:
    """Does the text name something the question does not: a capitalised word inside a sentence that
    the documents never write in lower case? A person ("hvem er lederen") takes two such words in
    a row, a first and a last name, so a place ("Norge") does not answer for a person; a list item that opens
    with a name and its post ("Arvid Tønnesland, nestleder") names one too."""
    asked = {w.lower() for w in re.findall(r"\w+", intent.question)}
    if intent.person_named:
        run = rf"{_NAME_PART}(?:\s+{_NAME_PART})+"
        found = re.findall(rf"(?<=[a-zæøå0-9,;:|] ){run}", text) + re.findall(rf"(?m)^{run}(?=,)", text)
        return any(
            any(w.lower() not in asked and w.lower() not in lowercase_words for w in re.split(r"[\s-]+", m))
            for m in found
        )
    if intent.kind == PLACE and _ADDRESS.search(text):
        return True  # "hvor kan spørsmål sendes?": an e-mail or web address answers
    found = [
        w
        for w in re.findall(rf"(?<=[a-zæøå0-9,;:] ){_CAPITAL}", text)
        if w.lower() not in asked and w.lower() not in lowercase_words
    ]
    if intent.names or intent.kind == PLACE:
        # a municipality is no acronym ("SFO"); a place or a municipality is not the organisation itself, and no
        # compound of common words ("Utviklingsplan"), and a table cell's first word is no name
        cells = {m.group(1) for m in re.finditer(rf"(?:^|\| )[^|:]*?: ({_CAPITAL})", text)}
        stop = question_words()
        split = load_calibration()["abstain"]
        found = [
            w
            for w in found
            if not (w.isupper() and intent.names)  # a venue may be an acronym ("ved NTNU"), a municipality not
            and w not in cells
            and not (set(tokenize(w)) & stop)
            and compound_parts(
                w.lower(), lowercase_words, min_head=split["compound_min_head"], min_tail=split["name_min_tail"]
            )
            is None
        ]
    return bool(found)


_CAPITAL = r"[A-ZÆØÅ][\wæøåÆØÅ]+"
_NAME_PART = rf"{_CAPITAL}(?:-{_CAPITAL})?"  # "Kari-Anne"
_ADDRESS = re.compile(r"[\w.+-]+@[\w-]+\.[\w.]+|https?://\S+|www\.\S+")


def lowercase_words(texts: Iterable[str]) -> set[str]:
    """The words the documents write in lower case, outside e-mail and web addresses: "sivert.lunde@…" does not
    make "Sivert" and "Lunde" common words."""
    return {w for text in texts for w in re.findall(r"\b[a-zæøå]+\b", _ADDRESS.sub(" ", text))}


def status_role(intent: Intent) -> tuple[str, ...]:
    """The roles of the sections a question asks for: what is planned or what has been done, what a
    proposal or an amendment said, or none."""
    if intent.status:
        return (intent.status,)
    return PROPOSAL_ROLES if intent.proposal else ()


PROPOSAL_ROLES = ("proposal", "amendment")


def texts(language: str) -> dict[str, str]:
    return lexicon().texts(language)


@dataclass
class Picked:
    hit: Hit
    unit: Unit
    score: float
    features: Mapping[str, float] | None = None  # what the fitted picker scored
    core: bool = True  # what the answer rests on (the abstention reads these); False for context beside it


class Composer:
    """Scores units against the question and arranges the best into a cited answer."""

    def __init__(
        self,
        idf: dict[str, float],
        unit_vectors=None,
        lowercase_words: set[str] | None = None,
        calibration: Mapping | None = None,
        unit_texts=None,
        speller=None,
        context_vectors=None,
        name_stems: frozenset[str] = frozenset(),
        document_names: Mapping[str, frozenset[str]] | None = None,
    ):
        self.idf = idf
        self.name_stems = name_stems  # stems of the names the documents use (Tindstad, Marøyvik), not in a title
        self.document_names = document_names or {}  # document id -> its own names (`own_names`)
        self.speller = speller  # the documents' spelling of a sloppily typed word (assistant/spelling.py)
        self.cal = (calibration or load_calibration())["compose"]
        self.lowercase_words = lowercase_words or set()
        self.unit_vectors = unit_vectors  # chunk id -> matrix of its units' vectors (from ingest)
        self.context_vectors = context_vectors  # … of its units read under the title and headings
        self.picker = PickModel.from_calibration(self.cal)
        self.unit_texts = unit_texts or (lambda chunk_id: [])  # chunk id -> its units' texts

    def words(self, query: str, language: str, first_only: bool = True) -> str:
        """The text whose words count when matching `query`: an English question glossed into Bokmål
        (one Bokmål word per English word, or every Bokmål word the glossary gives)."""
        if language != "en":
            return query
        return gloss(query, lambda word: any(t in self.idf for t in tokenize(word)), first_only)

    def counted_terms(self, intent: Intent) -> list[str]:
        """What a count question counts, as stemmed words ("hvor mange søknader" → ["soknad"]); none for a
        question that names nothing after "hvor mange" ("Hvor mange er det?")."""
        terms = content_terms(self.words(intent.counted, intent.language))[: self.cal["counted_terms"]]
        # "hvor mange stemte mot" is answered by "36 mot 11 stemmer": the counted word's synonyms count too
        alike = [s for t in terms for s in sorted(synonym_stems().get(t, ())) if s not in terms]
        return terms + alike

    def terms(self, question: str) -> list[str]:
        return content_terms(question)

    def coverage(self, terms: list[str], unit_text: str) -> float:
        if not terms:
            return 0.0
        have = token_set(unit_text)
        total = sum(self.idf.get(t, 1.0) for t in terms)
        return sum(self.idf.get(t, 1.0) for t in terms if t in have) / total

    def best_coverage(self, question: str, hits: list[Hit]) -> float:
        """The most of the question's words (idf-weighted) one sentence of the best passages uses, a compound
        also counting where the sentence holds both its parts ("musikkstipend" ~ "Musikk … stipend")."""
        terms = self.terms(question)
        if not terms:
            return 0.0
        weights = {t: self.idf.get(t, 1.0) for t in terms}
        total = sum(weights.values())
        best = 0.0
        for h in hits[: self.cal["top_passages"]]:
            for u in units(h.chunk):
                have = token_set(u.text)
                used = sum(w for t, w in weights.items() if t in have or compound_parts(t, have) is not None)
                best = max(best, used / total)
        return best

    def unit_similarities(self, hit: Hit, query_vector: np.ndarray | None, context: bool = False) -> np.ndarray | None:
        """Each unit's cosine to the question: the unit alone, or (`context`) read under its headings."""
        vectors = self.context_vectors if context else self.unit_vectors
        if vectors is None or query_vector is None:
            return None
        matrix = vectors(hit.chunk.id)
        mine = units(hit.chunk)
        if not len(matrix) and ":" in hit.chunk.id:
            # a ledd or lettered item is a view "<chunk id>:<offset>" of its chunk: use the chunk's vectors
            parent = hit.chunk.id.rsplit(":", 1)[0]
            whole = vectors(parent)
            texts = self.unit_texts(parent)
            if len(whole) and len(texts) == len(whole):
                rows = [texts.index(u.text) if u.text in texts else -1 for u in mine]
                if all(r >= 0 for r in rows):
                    return whole[rows] @ query_vector
            return None
        if len(matrix) != len(mine):
            return None
        return matrix @ query_vector

    def candidates(
        self, query: str, intent: Intent, hits: list[Hit], query_vector: np.ndarray | None
    ) -> tuple[list[Picked], list[dict[str, float]]]:
        """Every unit of the best passages that may be quoted, with the features the picker scores."""
        cal = self.cal
        terms = self.terms(query)
        english = intent.language == "en"
        ordinal = _ordinal_marks(intent.ordinal)
        wanted_role = status_role(intent)
        kind_asked = intent.asks_kind
        from assistant.abstain import compound_match  # the abstention features match compounds the same way

        weights = {t: self.idf.get(t, 1.0) for t in terms}
        total = sum(weights.values()) or 1.0
        focus = max(terms, key=lambda t: weights[t], default=None)  # the question's rarest word
        # two question words written as one ("Hvem ledet møtet?" ~ "møteleder")
        joined = joined_terms(terms)
        pairs: dict[frozenset[str], frozenset[str]] = {}  # a word set's joined pairs, once per set (headings repeat)
        # the words that ask for an act or a form: a unit that states the act ("Hvem har skrevet under …?" over
        # "sign.") or holds the form ("Hvilket klokkeslett …?" by "kl. 10.00") meets them
        asked_words = " ".join(
            (
                lexicon().act_words(intent.act, query) if intent.act else "",
                lexicon().form_words(intent.form, query) if intent.form else "",
            )
        )
        asked_terms = frozenset(content_terms(asked_words))
        money_terms = money_nouns(query) if intent.money else []
        counted = self.counted_terms(intent)
        term = defined_term(intent.question)
        # each question word with the words the documents may write for it ("bestemme" ~ "fastsette")
        alike = {t: synonym_stems().get(t, frozenset()) for t in terms}
        picked: list[Picked] = []
        rows: list[dict[str, float]] = []
        for rank, hit in enumerate(hits[: cal["candidate_passages"]]):
            sims = self.unit_similarities(hit, query_vector)
            placed = self.unit_similarities(hit, query_vector, context=True)
            if placed is None:
                placed = sims
            context = token_set(" ".join((*hit.chunk.section, hit.chunk.text)))
            context_coverage = sum(w for t, w in weights.items() if t in context) / total
            heading = token_set(" ".join(hit.chunk.section))
            heading_coverage = sum(w for t, w in weights.items() if t in heading) / total
            all_units = units(hit.chunk)
            # in a title block, the title line is the heading of what follows it
            title = token_set(all_units[0].text) if _is_title_line(hit, 0, all_units) else frozenset()
            coverages: list[float] = []
            for i, unit in enumerate(all_units):
                have = token_set(unit.text)
                items = items_after(all_units, i) if unit.lead_in else []
                listed = token_set(" ".join(u.text for u in items)) | have if items else frozenset()
                covered = sum(w for t, w in weights.items() if t in have) / total
                coverages.append(covered)
                # the unit read before this one: an item's lead-in, else the unit just above
                lead = _lead_of(all_units, i)
                above = lead if lead is not None else (i - 1 if i else None)
                before = coverages[above] if above is not None else 0.0
                if is_instruction(unit.text) or _is_title_line(hit, i, all_units):
                    continue  # text that gives orders to the reader is never the answer, nor a bare title
                paired = _paired(joined, have, pairs)
                held = holds_kind(intent, [unit.text], self.lowercase_words) if kind_asked else False
                if asked_terms and held:
                    paired = paired | asked_terms  # the act is stated ("sign."), the form held: their words are met
                matched = {t: t in paired or compound_match(t, have) for t in weights}
                compound = sum(w for t, w in weights.items() if matched[t]) / total
                synonym = (
                    sum(w for t, w in weights.items() if matched[t] or any(compound_match(a, have) for a in alike[t]))
                    / total
                )
                similarity = float(sims[i]) if sims is not None else 0.0
                placed_similarity = float(placed[i]) if placed is not None else 0.0
                # a sum or a count on another topic does not answer: the unit holding it, read with its
                # headings and the sentence before it, must use enough of the question's words
                local = _local_words(all_units, i, above, heading, title)
                paired_local = paired.union(*(_paired(joined, part, pairs) for part in local[1:]))
                if asked_terms and held:
                    paired_local |= asked_terms  # held: the act is stated, the form held (holds_kind checks it)
                local_coverage = sum(w for t, w in weights.items() if t in paired_local or _in_any(t, local)) / total
                counted_here = bool(counted) and counts(unit.text, counted, cal["counted_window"], intent.part_of)
                # a number that counts the asked-for thing ("to ganger i året") is about it, however the
                # rest of the question is worded
                on_topic = held and (local_coverage >= cal["on_topic_coverage"] or counted_here)
                # a sum answers "Hva er medlemskontingenten?" only where the fee itself is named
                if on_topic and money_terms:
                    on_topic = any(_in_any(t, local) for t in money_terms)
                rows.append(
                    {
                        "coverage": covered,
                        "compound_coverage": compound,
                        "synonym_coverage": synonym,
                        "context_coverage": context_coverage,
                        "heading_coverage": heading_coverage,
                        "previous_coverage": before,
                        "focus": float(bool(focus) and compound_match(focus, have)),
                        "terms_share": sum(t in have for t in terms) / len(terms) if terms else 0.0,
                        "similarity": similarity,
                        "context_similarity": placed_similarity,
                        "rank_prior": 1.0 / (1 + rank),
                        "passage_dense": float(hit.dense) if hit.dense is not None else 0.0,
                        "by_ref": float(hit.by_ref),
                        "kind_held": float(held),
                        "kind_missed": float(kind_asked and not held),
                        "number": float(
                            intent.wants_number and bool(_number_words().search(without_number_verbs(unit.text)))
                        ),
                        "money": float(
                            intent.money and _shares_a_word(terms, unit.text) and bool(_currency().search(unit.text))
                        ),
                        "kind_on_topic": float(on_topic),
                        # not picker features: what the abstention reads of the chosen units (local_coverage, counted)
                        "local_coverage": local_coverage,
                        "counted": float(counted_here),
                        "list_lead": float(intent.wants_list and unit.lead_in),
                        "lead_in": float(unit.lead_in),
                        # a lead-in is worth what it brings: the words of its items, and how many there are
                        "list_coverage": sum(w for t, w in weights.items() if t in listed) / total,
                        "list_items": float(intent.wants_list) * min(len(items), 10) / 10,
                        "enumeration": float(intent.wants_list and enumerates(unit.text)),
                        "definition": float(bool(term) and defines(unit.text, term)),
                        "bullet": float(unit.bullet),
                        "short": float(len(unit.text) < cal["short_unit_chars"]),
                        "log_chars": log_chars(unit.text),
                        "ordinal": float(bool(ordinal) and unit.text.startswith(ordinal)),  # "4.", "4)", "d)"
                        "status": float(hit.chunk.role in wanted_role),
                        "first_unit": float(i == 0),
                        "english_similarity": similarity if english else 0.0,
                        "english_coverage": covered if english else 0.0,
                    }
                )
                picked.append(Picked(hit, unit, 0.0))
        return picked, relative(rows)

    def pick(
        self, query: str, intent: Intent, hits: list[Hit], query_vector: np.ndarray | None, given: str = ""
    ) -> list[Picked]:
        """Up to three units, best first; a list's lead-in brings its items. A unit the `given` text (the last
        answer, for a follow-up that asks for a new fact) already told goes after one it did not."""
        if self.picker is None:
            return self._pick_by_hand(query, intent, hits, query_vector)
        candidates, rows = self.candidates(query, intent, hits, query_vector)
        if not candidates:
            return []
        scores = self.picker.scores(rows)
        for cand, score, row in zip(candidates, scores, rows, strict=True):
            cand.score = float(score)
            cand.features = row
        order = sorted(range(len(candidates)), key=lambda k: -scores[k])
        floor = candidates[order[0]].score - self.picker.keep_margin
        # "Hva gikk endringsforslaget ut på?": the proposal's own words, not the vote that names it
        _to_front(order, _in_asked_section(candidates, order, floor, PROPOSAL_ROLES if intent.proposal else ()))
        _to_front(order, _source_of(candidates, order, floor))
        if given:
            _to_front(order, _news(candidates, order, floor, given, self.cal["told_share"]))
        best = candidates[order[0]]
        chosen = [best]
        for k in order[1:]:
            cand = candidates[k]
            if len(chosen) >= self.cal["max_units"] or cand.score < floor:
                break
            if not _may_join(cand, chosen, self.cal["max_chunks"]):
                continue
            cand.core = cand.score >= best.score - self.picker.core_margin
            chosen.append(cand)
        if intent.asks_kind:
            mark = "counted" if self.counted_terms(intent) else "kind_on_topic"
            if intent.act:  # a unit that states the act ("sign.") is plain evidence; a number or a name is not
                ranked = [candidates[k] for k in order]
                chosen = _with_kind(chosen, ranked, best.score - self.picker.core_margin, mark, self.cal["max_units"])
            chosen = _kind_first(chosen, mark)
            best = chosen[0]
        if (before := _antecedent(best, candidates)) is not None:
            before.core = True
            chosen = [before, *(c for c in chosen if c is not before)][: self.cal["max_units"]]
        return self._with_list_items(chosen, intent.wants_list)

    def _pick_by_hand(
        self, query: str, intent: Intent, hits: list[Hit], query_vector: np.ndarray | None
    ) -> list[Picked]:
        """The hand-weighted rule, for an embedder without a fitted picker."""
        cal = self.cal
        terms = self.terms(query)
        english = intent.language == "en"
        w_lex, w_dense = (
            (cal["english_lexical_weight"], cal["english_dense_weight"]) if english else (1.0, cal["dense_weight"])
        )
        ordinal = _ordinal_marks(intent.ordinal)
        wanted_role = status_role(intent)
        candidates: list[Picked] = []
        for rank, hit in enumerate(hits[: cal["pick_from"]]):
            prior = cal["rank_prior"] / (1 + rank)
            sims = self.unit_similarities(hit, query_vector)
            all_units = units(hit.chunk)
            for i, unit in enumerate(all_units):
                if is_instruction(unit.text) or _is_title_line(hit, i, all_units):
                    continue  # text that gives orders to the reader is never the answer, nor a bare title
                covered = self.coverage(terms, unit.text)
                score = w_lex * covered + prior
                if sims is not None:
                    score += w_dense * max(0.0, float(sims[i]) - cal["dense_floor"])
                if intent.wants_number and re.search(r"\d", unit.text):
                    score += cal["number_bonus"]
                if intent.money and _shares_a_word(terms, unit.text) and _currency().search(unit.text):
                    # the sum asked for leads, not the sentence around it; a sum on another topic does not
                    score += cal["money_bonus"]
                if intent.wants_list and unit.lead_in:
                    score += cal["list_lead_bonus"]  # "De tre områdene er hhv:" brings the items
                if len(unit.text) < cal["short_unit_chars"]:
                    score -= cal["short_unit_penalty"]
                if ordinal and unit.text.startswith(ordinal):
                    score += cal["ordinal_bonus"]
                if hit.chunk.role in wanted_role:
                    score += cal["status_bonus"]
                candidates.append(Picked(hit, unit, score))
        if not candidates:
            return []
        candidates.sort(key=lambda c: -c.score)
        chosen = [candidates[0]]
        for cand in candidates[1:]:
            if len(chosen) >= cal["max_units"] or cand.score < cal["keep_ratio"] * chosen[0].score:
                break
            if not _may_join(cand, chosen, cal["max_chunks"]):
                continue
            chosen.append(cand)
        return self._with_list_items(chosen, intent.wants_list)

    def _with_list_items(self, chosen: list[Picked], wants_list: bool = False) -> list[Picked]:
        """A lead-in ending in ':' brings its items; for a list question a chosen lead-in goes first."""
        lead = chosen[0]
        if wants_list and not lead.unit.lead_in:
            lead = next((c for c in chosen if c.unit.lead_in), None) or _lead_in_of_item(chosen) or lead
        if not lead.unit.lead_in:
            return self._with_items_of_lead_ins(self._with_lead_in(chosen))
        items = self._items(lead)
        return [lead, *items] if items else chosen

    def _items(self, lead: Picked, chosen: list[Picked] = (), core: bool = True) -> list[Picked]:
        """The items a chosen lead-in brings (at most `max_list_items`, none already `chosen`); `core` says whether
        the answer rests on them."""
        have = {(p.hit.chunk.id, p.unit.start) for p in chosen}
        listed = [u for u in items_of(lead) if not is_instruction(u.text) and (lead.hit.chunk.id, u.start) not in have]
        return [Picked(lead.hit, u, lead.score, core=core) for u in listed[: self.cal["max_list_items"]]]

    def _with_items_of_lead_ins(self, chosen: list[Picked]) -> list[Picked]:
        """A lead-in chosen after the first unit brings its items too: "Arbeidsgruppen skal ikke:" is quoted with
        what it shall not do, never alone."""
        out: list[Picked] = []
        for c in chosen:
            out.append(c)
            if c is not chosen[0] and c.unit.lead_in:
                # the items are what their lead-in is: part of what the answer rests on, or context beside it
                out.extend(self._items(c, chosen, core=c.core))
        return out

    def _with_lead_in(self, chosen: list[Picked]) -> list[Picked]:
        """A list item chosen first is read with its lead-in: who "skal … ansette direktør"."""
        best = chosen[0]
        if not best.unit.bullet:
            return chosen
        lead = _lead_in_of(best)
        if lead is None or any(c.unit.start == lead.start and c.hit.chunk.id == best.hit.chunk.id for c in chosen):
            return chosen
        return [Picked(best.hit, lead, best.score), *chosen]


def _to_front(order: list[int], k: int | None) -> None:
    """Put candidate `k` first in the order (nothing when there is none)."""
    if k is not None:
        order.remove(k)
        order.insert(0, k)


def _with_kind(chosen: list[Picked], ranked: list[Picked], floor: float, mark: str, room: int) -> list[Picked]:
    """For a question that asks who did an act: when no chosen unit holds the asked-for kind on the question's
    topic (`mark`), the best candidate within the core (at or above `floor`) that does joins, also from a passage
    beyond the two the answer may quote: "Hvem har skrevet under årsregnskapet?" brings the names over "sign."
    from the signature block when two notes about the accounts score a little higher."""

    if any(_holds(c, mark) for c in chosen):
        return chosen
    found = next((c for c in ranked if c.score >= floor and _holds(c, mark) and c not in chosen), None)
    if found is None:
        return chosen
    found.core = True
    # it takes the place of context beside the answer first, then a free place, then the last unit
    beside = next((i for i in range(len(chosen) - 1, 0, -1) if not chosen[i].core), None)
    if beside is not None:
        return [*chosen[:beside], *chosen[beside + 1 :], found]
    return [*chosen, found] if len(chosen) < room else [*chosen[:-1], found]


def _kind_first(chosen: list[Picked], mark: str = "kind_on_topic") -> list[Picked]:
    """The chosen units with the first that holds the asked-for kind on the question's topic (a name, a sum,
    who does the act; for "hvor mange stemmer …", a number by the counted thing: `mark` is that feature) put
    first, when the best one does not and it is part of what the answer rests on: the answer leads with the
    thing asked for ("Hvem har skrevet under årsregnskapet?" with the names over "sign.", not the sentence
    about the accounts above them). Only the order changes: the abstention reads the same units."""

    if _holds(chosen[0], mark):
        return chosen
    k = next((i for i, c in enumerate(chosen) if c.core and _holds(c, mark)), None)
    return chosen if k is None else [chosen[k], *chosen[:k], *chosen[k + 1 :]]


def _holds(cand: Picked, mark: str) -> bool:
    """Does the picker's row of a unit have the feature `mark` ("kind_on_topic", "counted")?"""
    return bool(cand.features and cand.features.get(mark))


def _source_of(candidates: list[Picked], order: list[int], floor: float) -> int | None:
    """The candidate the best unit cites as its source, when it is among those that may join the answer:
    minutes that say "etter vedtektene § 4 (3) kan …" answer with the statutes' § 4 (3) itself first. Only a
    source in another document counts (a § that refers to another § of its own statutes is answered where
    it stands), and only one that uses as much of the question as the unit citing it: "Hvorfor var styret
    imot …?" asks what the minutes say the board did."""
    best = candidates[order[0]]
    named = [r for r in find_refs(best.unit.text) if r.kind in SECTION_KINDS]
    if not named:
        return None
    kinds = named_kinds(best.unit.text)

    def cited(cand: Picked) -> bool:
        chunk = cand.hit.chunk
        if chunk.doc_id == best.hit.chunk.doc_id or (kinds and chunk.kind.lower() not in kinds):
            return False
        here = Ref.parse(chunk.ref_at(cand.unit.start, cand.unit.end) or "")
        return here is not None and any(r.covers(here) for r in named) and _covers_as_much(cand, best)

    return _first_joining(candidates, order, floor, cited)


def _news(candidates: list[Picked], order: list[int], floor: float, given: str, share: float) -> int | None:
    """When the best unit was told in the `given` answer (its ref is named there, or `share` of its words
    stand there), the best one beside it (in the same §, chapter or sak) that was not and holds the asked-for
    kind on the question's topic, if it may join the answer: "Når gjelder endringene da?" after § 14 (1)."""
    told = token_set(given)

    def was_told(p: Picked) -> bool:
        words = token_set(p.unit.text)
        ref = p.hit.chunk.ref_at(p.unit.start, p.unit.end) or ""
        parsed = Ref.parse(ref) if ref else None
        named = parsed is not None and parsed.is_part and ref in given
        return named or bool(words) and len(words & told) / len(words) >= share

    best = candidates[order[0]]
    if not was_told(best):
        return None
    doc, unit = best.hit.chunk.doc_id, _unit_of(best)

    def new_beside(cand: Picked) -> bool:
        beside = cand.hit.chunk.doc_id == doc and _unit_of(cand) == unit
        return beside and cand.features is not None and bool(cand.features["kind_on_topic"]) and not was_told(cand)

    return _first_joining(candidates, order, floor, new_beside)


def _ordinal_marks(n: int | None) -> tuple[str, ...]:
    """How the item an ordinal points at is marked: "det fjerde" is item "4.", "4)" or "d)"."""
    if not n:
        return ()
    letter = (f"{chr(ord('a') + n - 1)})",) if n <= 26 else ()
    return (f"{n}.", f"{n})", *letter)


def _in_asked_section(candidates: list[Picked], order: list[int], floor: float, roles: tuple[str, ...]) -> int | None:
    """When the question asks for a kind of section (a proposal) and the best unit stands in another, the best
    one in such a section, if it may join the answer."""
    if not roles or candidates[order[0]].hit.chunk.role in roles:
        return None
    return _first_joining(candidates, order, floor, lambda cand: cand.hit.chunk.role in roles)


def _first_joining(candidates: list[Picked], order: list[int], floor: float, accept) -> int | None:
    """The best candidate after the first in `order` that `accept`s, among those scoring at least `floor`
    (the ones that may join the answer)."""
    for k in order[1:]:
        if candidates[k].score < floor:
            break
        if accept(candidates[k]):
            return k
    return None


def _unit_of(p: Picked) -> Ref | None:
    """The §, chapter or sak a unit stands in (its ledd or item left out)."""
    ref = Ref.parse(p.hit.chunk.ref or "")
    return ref.unit if ref is not None else None


def _covers_as_much(unit: Picked, other: Picked) -> bool:
    """Does the unit use at least as much of the question's words (compounds matched) as the other?"""
    if unit.features is None or other.features is None:
        return False
    return unit.features["compound_coverage"] >= other.features["compound_coverage"]


def _lead_in_of_item(chosen: list[Picked]) -> Picked | None:
    """For a list question: the lead-in over a chosen list item ("Du kan søke dersom du oppfyller alle disse
    vilkårene:" over "- du er elev ved …"), so the answer gives the whole list; None when no item of the
    core has one. It carries the item's score and features: the abstention reads what the picker saw."""
    for c in chosen[1:]:  # the best unit, if an item, is read with its lead-in anyway (_with_lead_in)
        if not (c.core and c.unit.bullet):
            continue
        if (lead := _lead_in_of(c)) is not None:
            return Picked(c.hit, lead, c.score, c.features)
    return None


def _placed(picked: Picked) -> tuple[tuple[Unit, ...], int | None]:
    """The units of a chosen unit's passage and its place among them."""
    all_units = units(picked.hit.chunk)
    return all_units, next((i for i, u in enumerate(all_units) if u.start == picked.unit.start), None)


def _lead_in_of(picked: Picked) -> Unit | None:
    """The lead-in over a chosen list item in its passage, or None."""
    all_units, i = _placed(picked)
    return _lead_in_before(all_units, i) if i is not None else None


def _lead_in_before(all_units: tuple[Unit, ...], i: int) -> Unit | None:
    """The lead-in a list item belongs to ("Hovedstyret skal:" before "c) ansette direktør …")."""
    for u in reversed(all_units[:i]):
        if u.lead_in:
            return u
        if not u.bullet:
            return None
    return None


def _local_words(
    all_units: tuple[Unit, ...], i: int, above: int | None, heading: frozenset[str], title: frozenset[str]
) -> tuple[frozenset[str], ...]:
    """A unit's words with its passage's headings and the unit read before it (`above`: an item's lead-in, else
    the sentence above), as the word sets they are (a compound is matched in each, and each set's matches are
    remembered)."""
    before = token_set(all_units[above].text) if above is not None else frozenset()
    return (token_set(all_units[i].text), heading, title, before)


def _lead_of(all_units: tuple[Unit, ...], i: int) -> int | None:
    """The lead-in a list item belongs to ("Valgkomiteen for perioden 2029–2031:" over its rows): the nearest
    lead-in above it with only items between; None for a unit that is no item or has none."""
    if not all_units[i].bullet:
        return None
    for k in range(i - 1, -1, -1):
        if all_units[k].lead_in:
            return k
        if not all_units[k].bullet:
            return None
    return None


def joined_terms(terms: list[str]) -> dict[str, tuple[str, str]]:
    """Every compound two of the question's (stemmed) words make, either way round and with a linking letter
    ([compounds] links): "mot" and "led" make "moteled" ("møteleder")."""
    links = lexicon().words("compounds", "links")
    return {a + link + b: (a, b) for a in terms for b in terms if a != b for link in links}


def _paired(joined: Mapping[str, tuple[str, str]], words: frozenset[str], memo: dict | None = None) -> frozenset[str]:
    """The question words a text writes as one compound: a word of the text that is a joined pair, or one
    with an ending of up to two letters its stem kept ("moteleder", from "møteledere"). `memo` keeps each
    word set's answer for one question."""
    if memo is not None:
        if words not in memo:
            memo[words] = _paired(joined, words)
        return memo[words]
    found: set[str] = set()
    for w in words:
        pair = joined.get(w) or joined.get(w[:-1]) or joined.get(w[:-2])
        if pair:
            found.update(pair)
    return frozenset(found)


def _in_any(term: str, parts: tuple[frozenset[str], ...]) -> bool:
    """Is the term, or a compound of it, in one of the word sets?"""
    from assistant.abstain import compound_match

    return any(compound_match(term, part) for part in parts)


def lists(picked: Picked) -> bool:
    """Does a chosen unit list things: a lead-in with its items, an item of a list, or a one-line list?"""
    return picked.unit.bullet or enumerates(picked.unit.text) or len(items_of(picked)) >= 2


def items_of(picked: Picked) -> list[Unit]:
    """The list items after a chosen lead-in; none for any other unit."""
    if not picked.unit.lead_in:
        return []
    all_units, at = _placed(picked)
    return items_after(all_units, at) if at is not None else []


def _antecedent(best: Picked, candidates: list[Picked]) -> Picked | None:
    """The sentence just before the best one in its passage, when the best opens with a word that points back
    to it ("Disse tre dimensjonene skal prege …" after "… mulighet til å oppleve, skape og formidle.";
    [followup] antecedent_start); None otherwise, and for a list item (its lead-in comes with it anyway)."""
    first = best.unit.text.split(maxsplit=1)
    if best.unit.bullet or not first or first[0].lower() not in lexicon().word_set("followup", "antecedent_start"):
        return None
    same = [c for c in candidates if c.hit.chunk.id == best.hit.chunk.id and c.unit.end <= best.unit.start]
    before = max(same, key=lambda c: c.unit.start, default=None)
    if before is None or best.hit.chunk.text[before.unit.end : best.unit.start].count("\n") > 1:
        return None  # not in the same paragraph
    return before


def _may_join(cand: Picked, chosen: list[Picked], max_chunks: int) -> bool:
    """May a further unit join the chosen ones: from a passage already quoted or within `max_chunks`
    passages, and not saying word for word what a chosen one says (minutes repeat a proposal in the
    resolution)?"""
    chunks = {c.hit.chunk.id for c in chosen}
    if cand.hit.chunk.id not in chunks and len(chunks) >= max_chunks:
        return False
    return not any(_repeats(cand.unit.text, c.unit.text) for c in chosen)


def _repeats(text: str, other: str) -> bool:
    """Does the text say what the other says: the same words, or all of them inside the other ("…756 000
    kroner." in "…756 000 kroner, som vist i tabellen.")?"""
    a, b = sorted((_words_of(text), _words_of(other)), key=len)
    return a == b or (len(a) >= REPEAT_MIN_CHARS and a in b)


def _words_of(text: str) -> str:
    return " ".join(re.findall(r"\w+", text.lower()))


# a shorter unit repeats a longer one only when it says this much (a bare "Vedtak:" repeats nothing)
REPEAT_MIN_CHARS = 40


def items_after(all_units: tuple[Unit, ...], i: int) -> list[Unit]:
    """The list items right after a lead-in."""
    items = []
    for u in all_units[i + 1 :]:
        if not u.bullet:
            break
        items.append(u)
    return items


@lru_cache(maxsize=50_000)
def token_set(text: str) -> frozenset[str]:
    """The stemmed words of a passage's text; passages do not change, so this is cached."""
    return frozenset(tokenize(text))


def _shares_a_word(terms: list[str], text: str) -> bool:
    """Does the text use one of the terms, or a longer form of it ("år" in "årene")?"""
    tokens = token_set(text)
    return any(tok.startswith(t) for t in terms for tok in tokens)


def make_idf(token_lists: list[list[str]]) -> dict[str, float]:
    """Inverse document frequency of each term over the chunks."""
    n = max(1, len(token_lists))
    df: dict[str, int] = {}
    for tokens in token_lists:
        for t in set(tokens):
            df[t] = df.get(t, 0) + 1
    return {t: math.log(1 + n / d) for t, d in df.items()}


class CitationBook:
    """Numbers citations in order of first use; quotes are exact substrings. Sentences of one passage
    that follow each other share a citation; one further on gets its own, so a quote never takes in
    the sentences or bullets between two chosen ones. So does one in another ledd: "§ 6 (1)" and
    "§ 6 (2)" are cited each as itself, not together as "§ 6"."""

    def __init__(self) -> None:
        self.spans: list[tuple[Hit, int, int]] = []

    def cite(self, hit: Hit, start: int, end: int) -> int:
        text = hit.chunk.text
        for n, (h, s, e) in enumerate(self.spans):
            if h.chunk.id != hit.chunk.id:
                continue
            between = text[e:start] if start >= e else text[end:s] if end <= s else ""
            if not between.strip(_BETWEEN_UNITS) and _same_part(h.chunk, (s, e), (start, end)):
                self.spans[n] = (h, min(s, start), max(e, end))
                return n + 1
        self.spans.append((hit, start, end))
        return len(self.spans)

    def citations(self) -> list[Citation]:
        return [to_citation(n, hit, hit.chunk.text[s:e], s) for n, (hit, s, e) in enumerate(self.spans, start=1)]


def _same_part(chunk, span: tuple[int, int], other: tuple[int, int]) -> bool:
    """Would a quote that takes in both spans cite them as finely as one of them alone?"""
    if not chunk.parts:
        return True
    whole = chunk.ref_at(min(span[0], other[0]), max(span[1], other[1]))
    return whole in (chunk.ref_at(*span), chunk.ref_at(*other))


_BETWEEN_UNITS = " \t\n•o▪-–*·◦"  # what may stand between two units that follow each other


def to_citation(n: int, hit: Hit, quote: str, offset: int = 0) -> Citation:
    """A citation whose page is the page the quote starts on."""
    c = hit.chunk
    return Citation(
        n=n,
        document=c.doc_id,
        title=c.title,
        page=c.page_at(offset),
        page_end=c.page_at(offset + max(0, len(quote.rstrip()) - 1)),
        section=list(c.section),
        ref=c.ref_at(offset, offset + len(quote)),  # a quote inside one ledd cites "§ 6 (3)"
        quote=quote,
        text=c.text,
        chunk_id=c.id,
        score=round(float(hit.score), 4),
        kind=c.kind,
        links=list(c.links),
    )


def resolution_answer(query: Intent, hits: list[Hit], budgets: Mapping | None = None) -> tuple[str, list[Citation]]:
    """The resolution's own text, then what has been done and what is planned (or just what was asked).

    `query` is the intent of the standalone question, so a follow-up keeps the earlier turn's wish.
    """
    cal = budgets or load_calibration()["compose"]
    t = texts(query.language)
    book = CitationBook()
    ref_hits = [h for h in hits if h.by_ref]
    wants_done = STATUS_DONE_KIND in query.flags
    wants_planned = STATUS_PLANNED_KIND in query.flags
    everything = not (wants_done or wants_planned)
    show_text = everything or query.asks_text
    if everything:
        wants_done = wants_planned = True
    parts: list[str] = []
    seen_roles: set[tuple[str, str]] = set()
    # "kap. 3.4" with no document named may be a chapter of two documents: each is quoted, named
    documents = list(dict.fromkeys(h.chunk.doc_id for h in ref_hits))
    for hit in ref_hits:
        role = hit.chunk.role
        unit_list = units(hit.chunk)
        if not unit_list or (hit.chunk.doc_id, role) in seen_roles:
            continue
        if (role in UNIT_TEXT_ROLES or role in GOAL_KINDS) and (show_text or not ref_hits_have_status(ref_hits)):
            # a resolution's text stands in «…»; elsewhere a «…» quotes what someone else wrote ("Vi foreslår at
            # det tilføyes «med utgangspunkt i …»"), and the passage's own opening sentences are its text
            resolved = role == "resolution" or (hit.chunk.ref or "").split(" ")[0] in ("vedtak", "sak")
            start, end = _resolution_quote(
                hit.chunk.text, unit_list, cal["ref_text_budget"], cal["max_list_items"], quoted=resolved
            )
            n = book.cite(hit, start, end)
            title = hit.chunk.section[-1] if hit.chunk.section else hit.chunk.ref or ""
            if hit.chunk.ref and hit.chunk.ref.startswith("vedtak") and role == "resolution":
                number = hit.chunk.ref.split()[-1]
                head = t["resolution"].format(number=number, title=_strip_number(title, number))
            else:  # a § or chapter is headed by its ref; a passage the search found by its heading has none
                head = f"{hit.chunk.ref}:" if hit.chunk.ref else ""
            if len(documents) > 1:
                head = f"{hit.chunk.title} – {head}".strip()
            body = _as_lines(hit.chunk.text, unit_list, start, end)
            sep = "\n" if body.startswith("- ") else " "  # a list starts on the line after its head
            parts.append(f"{head}{sep}{body} [{n}]".strip())
            seen_roles.add((hit.chunk.doc_id, role))
        elif (role == "status_done" and wants_done) or (role == "status_planned" and wants_planned):
            chosen = _leading_units(unit_list, cal["status_budget_all"] if everything else cal["status_budget_one"])
            start, end = chosen[0].start, chosen[-1].end
            n = book.cite(hit, start, end)
            parts.append(f"{t[role]}{_as_text(chosen)} [{n}]")
            if not everything:
                continue  # a status question gets every part of the section
            seen_roles.add((hit.chunk.doc_id, role))
    return "\n\n".join(parts), book.citations()


def status_answer(hit: Hit, language: str, budgets: Mapping | None = None) -> tuple[str, list[Citation]]:
    """A status section ("Hva som er planlagt gjort videre") under its priority or heading, in full."""
    cal = budgets or load_calibration()["compose"]
    t = texts(language)
    unit_list = units(hit.chunk)
    chosen = _leading_units(unit_list, cal["status_budget_one"])
    book = CitationBook()
    n = book.cite(hit, chosen[0].start, chosen[-1].end)
    owner = hit.chunk.section[-2] if len(hit.chunk.section) >= 2 else hit.chunk.title
    return f"{t[hit.chunk.role]} ({owner}){_as_text(chosen)} [{n}]", book.citations()


def _as_text(chosen: list[Unit]) -> str:
    """Sentences run on after the label; list items go one per line below it."""
    if not any(u.bullet for u in chosen):
        return " " + " ".join(u.text for u in chosen)
    lines: list[str] = []
    for u in chosen:
        if u.bullet or not lines:
            lines.append(f"- {unbullet(u.text)}" if u.bullet else u.text)
        else:
            lines[-1] += " " + u.text  # the item's further sentences stay on its line
    return "\n" + "\n".join(lines)


def unbullet(text: str) -> str:
    return re.sub(r"^[•o▪\-–*·◦]\s+", "", text)


def _leading_units(unit_list: list[Unit], budget: int) -> list[Unit]:
    """The section's opening units up to about `budget` characters (at least one)."""
    chosen = [unit_list[0]]
    for u in unit_list[1:]:
        if sum(len(c.text) for c in chosen) + len(u.text) > budget:
            break
        chosen.append(u)
    return chosen


def ref_hits_have_status(hits: list[Hit]) -> bool:
    return any(h.chunk.role in ("status_done", "status_planned") for h in hits)


UNIT_TEXT_ROLES = ("resolution", "heading", "text", "item", "paragraph_sign", "chapter", "label", "note")


def _is_title_line(hit: Hit, i: int, all_units) -> bool:
    """The document's own title opening its title block: it is searched, but it answers nothing when
    the block says more ("Vedtatt av hovedstyret 10. desember 2024", "Sted: …")."""
    return hit.chunk.role == "title" and i == 0 and len(all_units) > 1


def _resolution_quote(
    text: str, unit_list: list[Unit], budget: int, max_items: int, quoted: bool = True
) -> tuple[int, int]:
    """The «…» resolution text when there is one (and `quoted` says a resolution's text is so marked), else the
    opening sentences up to about `budget` characters (at least two), and a lead-in's list items after it
    ("Kulturskolerådet vil" + "• …")."""
    open_at = text.find("«") if quoted else -1
    if open_at != -1:
        close = closing_quote(text, open_at)  # past nested «…» inside the resolution text
        if close is not None:
            return open_at, close + 1
    chosen = list(_leading_units(unit_list, budget))
    if len(chosen) < 2:
        chosen = list(unit_list[:2])
    rest = unit_list[len(chosen) :]
    listing = any(u.lead_in for u in chosen) or _listed(chosen[-1])
    for items, u in enumerate(rest):
        if not (listing and _listed(u)) or items >= max_items:
            break
        chosen.append(u)
    return chosen[0].start, chosen[-1].end


def _listed(unit: Unit) -> bool:
    """A list item or a table row ("Prosjekt: … | Inntektsført 2028: 212 000"): quoted one to a line."""
    return unit.bullet or " | " in unit.text


def _strip_number(title: str, number: str) -> str:
    return title[len(number) :].strip() if title.startswith(number) else title


def _flat(text: str) -> str:
    return " ".join(text.split())


def _as_lines(text: str, unit_list, start: int, end: int) -> str:
    """A quoted span as one run of text, or, when it holds list items, its lead and one "- item" a line."""
    inside = [u for u in unit_list if start <= u.start and u.end <= end]
    if not any(_listed(u) for u in inside):
        return _flat(text[start:end])
    lines: list[str] = []
    for u in inside:
        if _listed(u):
            lines.append(f"- {unbullet(u.text)}")
        elif lines and not lines[-1].startswith("- "):
            lines[-1] += f" {u.text}"
        else:
            lines.append(u.text)
    return "\n".join(lines)


def name_stems(chunks: Collection[Chunk], lowercase_words: set[str], shortest: int = 1) -> frozenset[str]:
    """The stems of the names the documents use: words they write only with a capital ("Tindstad",
    "Marøyvik", "MishMash"), never in lower case, and that no document title holds (the organisation's and a
    region's own name stand everywhere and single nothing out). All-capital abbreviations ("GSI") are left out:
    users write them in any case."""
    short = abbreviations()  # "i Meld. St. 18" names nothing
    written = {w for c in chunks for run in _CAPITALISED.findall(c.text) for w in run.split() if w.lower() not in short}
    # each set of words stemmed in one pass (every word is one token), each title once
    common = set(tokenize(" ".join(lowercase_words)))
    titled = set(tokenize(" ".join({c.title or "" for c in chunks})))
    stems = tokenize(" ".join(written))
    return frozenset(t for t in stems if len(t) >= shortest and t not in common and t not in titled)


def names_asked(question: str, stems: frozenset[str], own: AbstractSet[str] = frozenset()) -> list[str]:
    """The stems of the documents' names (`stems`, from `name_stems`) that the question gives, but for the `own`
    names of the documents the answer comes from (`own_names`). A name inside a hyphenated word ("Nord-Norge")
    names a part of something else and is not asked for."""
    return [t for t in content_terms(_HYPHENATED.sub(" ", question)) if t in stems and t not in own]


def own_names(chunks: Iterable[Chunk], stems: frozenset[str]) -> dict[str, frozenset[str]]:
    """Each document's own names: those its first passage gives ("Foreningens navn er Testforeningen", "Norsk
    kulturskoleråd Region Lysfjæra"). A document is about them throughout, so an answer from it holds them
    whether or not its sentence repeats them ("Hvor mange medlemmer har styret i Testforeningen?")."""
    first: dict[str, Chunk] = {}
    for c in chunks:
        if c.doc_id not in first or c.start < first[c.doc_id].start:
            first[c.doc_id] = c
    return {doc: frozenset(t for t in tokenize(c.text) if t in stems) for doc, c in first.items()}


_HYPHENATED = re.compile(r"\w+(?:-\w+)+")


# capitalised words inside a sentence, after a small letter or a comma, with the capitalised words that follow
# them ("i Tindstad", "leder Odd Sverre Lunde"): a heading's, a sentence's or a numbered line's first word is
# capitalised whatever it is
_CAPITALISED = re.compile(r"(?<=[a-zæøå,] )[A-ZÆØÅ][a-zæøå]+(?:[A-ZÆØÅ][a-zæøå]+)*(?: [A-ZÆØÅ][a-zæøå]+)*\b")
