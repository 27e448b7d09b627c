"""The extractive answerer: choose the document's own sentences, number them, cite them.

It never writes a claim of its own; the only words it adds are the framing
("Vedtak 5.13 … lyder:", "Hva som har vært gjort:") in the question's language.
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache, lru_cache

import numpy as np

from assistant.calibration import calibration as load_calibration
from assistant.intent import AMOUNT, COUNT, DATE, PLACE, TIME, Intent
from assistant.intent import STATUS_DONE as STATUS_DONE_KIND
from assistant.intent import STATUS_PLANNED as STATUS_PLANNED_KIND
from assistant.lang import lexicon
from assistant.records import Citation, Hit
from ingest.instructions import is_instruction
from ingest.refs import GOAL_KINDS
from ingest.sentences import Unit, units
from ingest.stores.lexical import tokenize
from ingest.structure import closing_quote


@cache
def question_words() -> frozenset[str]:
    """Words that say nothing about a question's topic (question words, the organisation's name)."""
    return lexicon().word_set("stop", "words")


@cache
def _number_words() -> re.Pattern:
    return re.compile(rf"\b(?:\d+|{'|'.join(lexicon().words('numbers', 'words'))})\b", re.I)


@cache
def _day_date() -> re.Pattern:
    months = "|".join(lexicon().words("numbers", "months"))
    return re.compile(rf"\b(?:\d{{1,2}}\.\s?(?:{months})|\d{{1,2}}\.\d{{1,2}}\.\d{{2,4}})", re.I)


def answers_the_type(intent: Intent, unit_texts: list[str], lowercase_words: set[str]) -> bool:
    """Does any chosen sentence hold the kind of thing asked for (a name, an amount, a date)?

    A name is a capitalised word inside a sentence whose lower-case form the documents never use
    ("Tipping", "KRED"), so common nouns written with a capital ("Strategi 2032") do not count.
    """
    text = " ".join(unit_texts)
    if intent.named:
        asked = {w.lower() for w in re.findall(r"\w+", intent.question)}
        names = [
            w
            for w in re.findall(r"(?<=[a-zæøå0-9,;:] )[A-ZÆØÅ][\wæøåÆØÅ]+", text)
            if w.lower() not in asked and w.lower() not in lowercase_words
        ]
        return bool(names)
    if intent.kind == DATE:
        return bool(_day_date().search(text))
    if intent.money:
        return bool(_currency().search(text))
    if intent.kind in (COUNT, AMOUNT):
        return bool(_number_words().search(text))
    return True


@cache
def _currency() -> re.Pattern:
    words = "|".join(re.escape(w) for w in lexicon().words("numbers", "currency"))
    return re.compile(rf"\d[\d  .,]*\s?(?:{words})(?!\w)|(?:{words})\s?\d|\d{{1,3}}(?:[  ]\d{{3}}){{2,}}", re.I)


_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
_REF_NUMBER = re.compile(r"§\s*\d+|\(\d+\)|\b\d+\.\d+(?:\.\d+)*\b|^\s*\d+\.")


def holds_kind(intent: Intent, unit_texts: list[str], lowercase_words: set[str]) -> bool:
    """A stricter `answers_the_type`: a count is a number that is not a year or a ref, a sum has a
    currency or thousands, a time has a year, a month or a date."""
    text = " ".join(unit_texts)
    if intent.named or intent.kind == PLACE:
        return (
            answers_the_type(intent, unit_texts, lowercase_words)
            if intent.named
            else _has_name(intent, text, lowercase_words)
        )
    if intent.money:
        return bool(_currency().search(text))
    if intent.kind in (COUNT, AMOUNT):
        bare = _REF_NUMBER.sub(" ", _YEAR.sub(" ", text))
        return bool(_number_words().search(bare))
    if intent.kind == DATE:
        return bool(_day_date().search(text))
    if intent.kind == TIME:
        return bool(_YEAR.search(text) or _day_date().search(text) or _month().search(text))
    return True


@cache
def _month() -> re.Pattern:
    months = "|".join(lexicon().words("numbers", "months"))
    # time words also inflected: "året", "månedene"
    time = "|".join(lexicon().words("numbers", "time"))
    return re.compile(rf"\b(?:{months})\b|\b(?:{time})", re.I)


def _has_name(intent: Intent, text: str, lowercase_words: set[str]) -> bool:
    asked = {w.lower() for w in re.findall(r"\w+", intent.question)}
    return any(
        w.lower() not in asked and w.lower() not in lowercase_words
        for w in re.findall(r"(?<=[a-zæøå0-9,;:] )[A-ZÆØÅ][\wæøåÆØÅ]+", text)
    )


def status_role(intent: Intent) -> str | None:
    """Which status section a question asks for: what is planned, what has been done, or neither."""
    return intent.status


def texts(language: str) -> dict[str, str]:
    return lexicon().texts(language)


@dataclass
class Picked:
    hit: Hit
    unit: Unit
    score: float


class Composer:
    """Scores units against the question and arranges the best into a cited answer."""

    def __init__(
        self,
        idf: dict[str, float],
        unit_vectors=None,
        lowercase_words: set[str] | None = None,
        calibration: Mapping | None = None,
    ):
        self.idf = idf
        self.cal = (calibration or load_calibration())["compose"]
        self.lowercase_words = lowercase_words or set()
        self.unit_vectors = unit_vectors  # chunk id -> matrix of its units' vectors (from ingest)

    def terms(self, question: str) -> list[str]:
        stop = question_words()
        return [t for t in dict.fromkeys(tokenize(question)) if t not in stop]

    def coverage(self, terms: list[str], unit_text: str) -> float:
        if not terms:
            return 0.0
        have = token_set(unit_text)
        total = sum(self.idf.get(t, 1.0) for t in terms)
        return sum(self.idf.get(t, 1.0) for t in terms if t in have) / total

    def best_coverage(self, question: str, hits: list[Hit]) -> float:
        terms = self.terms(question)
        return max(
            (self.coverage(terms, u.text) for h in hits[: self.cal["top_passages"]] for u in units(h.chunk)),
            default=0.0,
        )

    def unit_similarities(self, hit: Hit, query_vector: np.ndarray | None) -> np.ndarray | None:
        if self.unit_vectors is None or query_vector is None:
            return None
        matrix = self.unit_vectors(hit.chunk.id)
        if len(matrix) != len(units(hit.chunk)):
            return None
        return matrix @ query_vector

    def pick(self, query: str, intent: Intent, hits: list[Hit], query_vector: np.ndarray | None) -> list[Picked]:
        """Up to three units, best first; a list's lead-in brings its items."""
        cal = self.cal
        terms = self.terms(query)
        english = intent.language == "en"
        w_lex, w_dense = (
            (cal["english_lexical_weight"], cal["english_dense_weight"]) if english else (1.0, cal["dense_weight"])
        )
        ordinal = f"{intent.ordinal}." if intent.ordinal else None
        wanted_role = status_role(intent)
        candidates: list[Picked] = []
        for rank, hit in enumerate(hits[: cal["pick_from"]]):
            prior = cal["rank_prior"] / (1 + rank)
            sims = self.unit_similarities(hit, query_vector)
            for i, unit in enumerate(units(hit.chunk)):
                if is_instruction(unit.text):
                    continue  # text that gives orders to the reader is never the answer
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
                if wanted_role and hit.chunk.role == wanted_role:
                    score += cal["status_bonus"]
                candidates.append(Picked(hit, unit, score))
        if not candidates:
            return []
        candidates.sort(key=lambda c: -c.score)
        chosen = [candidates[0]]
        for cand in candidates[1:]:
            if len(chosen) >= cal["max_units"] or cand.score < cal["keep_ratio"] * chosen[0].score:
                break
            chunks = {c.hit.chunk.id for c in chosen}
            if cand.hit.chunk.id not in chunks and len(chunks) >= cal["max_chunks"]:
                continue
            chosen.append(cand)
        return self._with_list_items(chosen, intent.wants_list)

    def _with_list_items(self, chosen: list[Picked], wants_list: bool = False) -> list[Picked]:
        """A lead-in ending in ':' brings its items; for a list question a chosen lead-in goes first."""
        lead = chosen[0]
        if wants_list and not lead.unit.lead_in:
            lead = next((c for c in chosen if c.unit.lead_in), lead)
        if not lead.unit.lead_in:
            return chosen
        all_units = units(lead.hit.chunk)
        idx = next(i for i, u in enumerate(all_units) if u.start == lead.unit.start)
        items = []
        for u in all_units[idx + 1 :]:
            if not u.bullet:
                break
            if is_instruction(u.text):
                continue
            items.append(Picked(lead.hit, u, lead.score))
            if len(items) >= self.cal["max_list_items"]:
                break
        return [lead, *items] if items else chosen


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
    """Numbers citations by chunk in order of first use; quotes are exact substrings."""

    def __init__(self) -> None:
        self.spans: dict[str, tuple[Hit, int, int]] = {}
        self.order: list[str] = []

    def cite(self, hit: Hit, start: int, end: int) -> int:
        cid = hit.chunk.id
        if cid in self.spans:
            h, s, e = self.spans[cid]
            self.spans[cid] = (h, min(s, start), max(e, end))
        else:
            self.spans[cid] = (hit, start, end)
            self.order.append(cid)
        return self.order.index(cid) + 1

    def citations(self) -> list[Citation]:
        out = []
        for n, cid in enumerate(self.order, start=1):
            hit, s, e = self.spans[cid]
            out.append(to_citation(n, hit, hit.chunk.text[s:e], s))
        return out


def to_citation(n: int, hit: Hit, quote: str, offset: int = 0) -> Citation:
    """A citation whose page is the page the quote starts on."""
    c = hit.chunk
    return Citation(
        n=n,
        document=c.doc_id,
        title=c.title,
        page=c.page_at(offset),
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
    seen_roles: set[str] = set()
    for hit in ref_hits:
        role = hit.chunk.role
        unit_list = units(hit.chunk)
        if not unit_list or role in seen_roles:
            continue
        if (role in UNIT_TEXT_ROLES or role in GOAL_KINDS) and (show_text or not ref_hits_have_status(ref_hits)):
            start, end = _resolution_quote(hit.chunk.text, unit_list)
            n = book.cite(hit, start, end)
            title = hit.chunk.section[-1] if hit.chunk.section else hit.chunk.ref or ""
            number = (hit.chunk.ref or "").split()[-1]
            head = t["resolution"].format(number=number, title=_strip_number(title, number))
            if not hit.chunk.ref or not hit.chunk.ref.startswith("vedtak") or role != "resolution":
                head = f"{hit.chunk.ref}:" if hit.chunk.ref else ""
            parts.append(f"{head} {_flat(hit.chunk.text[start:end])} [{n}]".strip())
            seen_roles.add(role)
        elif (role == "status_done" and wants_done) or (role == "status_planned" and wants_planned):
            chosen = _leading_units(unit_list, cal["status_budget_all"] if everything else cal["status_budget_one"])
            start, end = chosen[0].start, chosen[-1].end
            n = book.cite(hit, start, end)
            parts.append(f"{t[role]}{_as_text(chosen)} [{n}]")
            if not everything:
                continue  # a status question gets every part of the section
            seen_roles.add(role)
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


UNIT_TEXT_ROLES = ("resolution", "heading", "text", "item", "paragraph_sign", "chapter", "label")


def _resolution_quote(text: str, unit_list: list[Unit]) -> tuple[int, int]:
    """The «…» resolution text when there is one, else the first sentences."""
    open_at = text.find("«")
    if open_at != -1:
        close = closing_quote(text, open_at)  # past nested «…» inside the resolution text
        if close is not None:
            return open_at, close + 1
    return unit_list[0].start, unit_list[min(1, len(unit_list) - 1)].end


def _strip_number(title: str, number: str) -> str:
    return title[len(number) :].strip() if title.startswith(number) else title


def _flat(text: str) -> str:
    return " ".join(text.split())
