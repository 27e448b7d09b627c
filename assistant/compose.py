"""The extractive answerer: choose the document's own sentences, number them, cite them.

It never writes a claim of its own; the only words it adds are the framing
("Vedtak 5.13 … lyder:", "Hva som har vært gjort:") in the question's language.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

import numpy as np

from assistant.records import Citation, Hit
from ingest.instructions import is_instruction
from ingest.sentences import Unit, units
from ingest.stores.lexical import tokenize

QUESTION_WORDS = {
    "hva",
    "hvilk",
    "hvilket",
    "hvilke",
    "hvem",
    "hvor",
    "hvordan",
    "når",
    "hvorfor",
    "kva",
    "kven",
    "korleis",
    "kor",
    "what",
    "which",
    "who",
    "how",
    "when",
    "why",
    "where",
    "many",
    "much",
    "mang",
    "mye",
    "sier",
    "står",
    "kulturskolerådet",
    "kulturskolerådets",
    "does",
    "did",
    "the",
    "is",
    "are",
    "has",
    "have",
    "was",
    "were",
    "tell",
    "me",
    "about",
    "do",
    "og",
    "of",
    "a",
    "an",
}
COUNT_WORDS = re.compile(r"\b(hvor mange|kor mange|how many|hvor mye|kor mykje|how much|antall|beløp)\b", re.I)
WHEN_WORDS = re.compile(r"\b(når|hvilket år|kva år|when|what year|which year|dato|frist)\b", re.I)
DONE_WORDS = re.compile(
    r"\b(gjort|done|fulgt opp|skjedd|oppfølging|followed up|happened|progress|kommet|så langt|hvor langt|so far)\b",
    re.I,
)
ASKS_TEXT = re.compile(
    r"\b(sier|står|lyder|innebærer|handler|say|says|said|read|reads|vedtok|vedtatt|decided?)\b", re.I
)
ORDINALS = {"første": "1.", "andre": "2.", "tredje": "3.", "fjerde": "4.", "first": "1.", "second": "2.", "third": "3."}
PLANNED_WORDS = re.compile(
    r"\b(planlagt|planned|videre|next|fremover|framover|planlegger|planlegges|plans for)\b", re.I
)
LIST_WORDS = re.compile(r"\b(hvilke|kva for|which|list|nevn|name the|what are)\b", re.I)

# Weights of the sentence score, tuned on evals/golden.jsonl (see README "Quality").
RANK_PRIOR = 0.35
DENSE_WEIGHT = 3.0
DENSE_FLOOR = 0.78
KEEP_RATIO = 0.75
PICK_FROM = 4

TEXTS = {
    "nb": {
        "resolution": "Vedtak {number} – {title} lyder:",
        "status_done": "Hva som har vært gjort:",
        "status_planned": "Hva som er planlagt gjort videre:",
        "abstain": "Jeg finner ikke svar på dette i dokumentene.",
        "missing_ref": "Jeg finner ikke {ref} i dokumentene.",
        "related": "Disse avsnittene kan være relatert:",
    },
    "en": {
        "resolution": "Resolution {number} – {title} reads (quoted in Norwegian):",
        "status_done": "What has been done (Hva som har vært gjort):",
        "status_planned": "What is planned next (Hva som er planlagt gjort videre):",
        "abstain": "I cannot find an answer to this in the documents.",
        "missing_ref": "I cannot find {ref} in the documents.",
        "related": "These passages may be related:",
        "lead": "According to the documents (quoted in Norwegian):",
    },
}


NAME_QUESTION = re.compile(
    r"\b(hva heter|kva heiter|hvem er (?:leder|direktør|styreleder|lederen)|navnet på"
    r"|what is the name|who is the (?:director|chair|leader))\b",
    re.I,
)
AMOUNT_QUESTION = re.compile(r"\b(hvor mange|kor mange|how many|hvor mye|kor mykje|how much|hvor stor|antall)\b", re.I)
MONEY_QUESTION = re.compile(
    r"\b(hvor mye penger|kor mykje pengar|how much money|beløp|hvor mange kroner|koster|cost)\b", re.I
)
DATE_QUESTION = re.compile(r"\b(hvilken dato|kva dato|what date|which date|datoen)\b", re.I)
NUMBER_WORDS = re.compile(
    r"\b(\d+|to|tre|fire|fem|seks|sju|syv|åtte|ni|ti|elleve|tolv|tjue|tretti|hundre|tusen)\b",
    re.I,
)
DAY_DATE = re.compile(
    r"\b(\d{1,2}\.\s?(januar|februar|mars|april|mai|juni|juli|august|september|oktober|november|desember)"
    r"|\d{1,2}\.\d{1,2}\.\d{2,4})",
    re.I,
)


def answers_the_type(question: str, unit_texts: list[str], lowercase_words: set[str]) -> bool:
    """Does any chosen sentence hold the kind of thing asked for (a name, an amount, a date)?

    A name is a capitalised word inside a sentence whose lower-case form the documents never use
    ("Tipping", "KRED"), so common nouns written with a capital ("Strategi 2032") do not count.
    """
    text = " ".join(unit_texts)
    if NAME_QUESTION.search(question):
        asked = {w.lower() for w in re.findall(r"\w+", question)}
        names = [
            w
            for w in re.findall(r"(?<=[a-zæøå0-9,;:] )[A-ZÆØÅ][\wæøåÆØÅ]+", text)
            if w.lower() not in asked and w.lower() not in lowercase_words
        ]
        return bool(names)
    if DATE_QUESTION.search(question):
        return bool(DAY_DATE.search(text))
    if MONEY_QUESTION.search(question):
        return bool(re.search(r"\d", text))
    if AMOUNT_QUESTION.search(question):
        return bool(NUMBER_WORDS.search(text))
    return True


def status_role(question: str) -> str | None:
    """Which status section a question asks for: what is planned, what has been done, or neither."""
    if PLANNED_WORDS.search(question):
        return "status_planned"
    if DONE_WORDS.search(question):
        return "status_done"
    return None


def texts(language: str) -> dict[str, str]:
    return TEXTS["en" if language == "en" else "nb"]


@dataclass
class Picked:
    hit: Hit
    unit: Unit
    score: float


class Composer:
    """Scores units against the question and arranges the best into a cited answer."""

    def __init__(self, idf: dict[str, float], unit_vectors=None, lowercase_words: set[str] | None = None):
        self.idf = idf
        self.lowercase_words = lowercase_words or set()
        self.unit_vectors = unit_vectors  # chunk id -> matrix of its units' vectors (from ingest)

    def terms(self, question: str) -> list[str]:
        return [t for t in dict.fromkeys(tokenize(question)) if t not in QUESTION_WORDS]

    def coverage(self, terms: list[str], unit_text: str) -> float:
        if not terms:
            return 0.0
        have = set(tokenize(unit_text))
        total = sum(self.idf.get(t, 1.0) for t in terms)
        return sum(self.idf.get(t, 1.0) for t in terms if t in have) / total

    def best_coverage(self, question: str, hits: list[Hit]) -> float:
        terms = self.terms(question)
        return max((self.coverage(terms, u.text) for h in hits[:3] for u in units(h.chunk)), default=0.0)

    def unit_similarities(self, hit: Hit, query_vector: np.ndarray | None) -> np.ndarray | None:
        if self.unit_vectors is None or query_vector is None:
            return None
        matrix = self.unit_vectors(hit.chunk.id)
        if len(matrix) != len(units(hit.chunk)):
            return None
        return matrix @ query_vector

    def pick(
        self, question: str, hits: list[Hit], query_vector: np.ndarray | None, english: bool = False
    ) -> list[Picked]:
        """Up to three units, best first; a list's lead-in brings its items."""
        terms = self.terms(question)
        wants_number = bool(COUNT_WORDS.search(question) or WHEN_WORDS.search(question))
        # English questions share few words with Norwegian text: lean on meaning
        w_lex, w_dense = (0.3, 6.0) if english else (1.0, DENSE_WEIGHT)
        lowered = question.lower()
        ordinal = next((v for k, v in ORDINALS.items() if re.search(rf"\b{k}\b", lowered)), None)
        wanted_role = status_role(question)
        candidates: list[Picked] = []
        for rank, hit in enumerate(hits[:PICK_FROM]):
            prior = RANK_PRIOR / (1 + rank)
            sims = self.unit_similarities(hit, query_vector)
            for i, unit in enumerate(units(hit.chunk)):
                if is_instruction(unit.text):
                    continue  # text that gives orders to the reader is never the answer
                score = w_lex * self.coverage(terms, unit.text) + prior
                if sims is not None:
                    score += w_dense * max(0.0, float(sims[i]) - DENSE_FLOOR)
                if wants_number and re.search(r"\d", unit.text):
                    score += 0.15
                if len(unit.text) < 25:
                    score -= 0.2
                if ordinal and unit.text.startswith(ordinal):
                    score += 1.0  # "det andre tilleggsvedtaket" names the item numbered "2."
                if wanted_role and hit.chunk.role == wanted_role:
                    score += 0.25
                candidates.append(Picked(hit, unit, score))
        if not candidates:
            return []
        candidates.sort(key=lambda c: -c.score)
        chosen = [candidates[0]]
        for cand in candidates[1:]:
            if len(chosen) >= 3 or cand.score < KEEP_RATIO * chosen[0].score:
                break
            chunks = {c.hit.chunk.id for c in chosen}
            if cand.hit.chunk.id not in chunks and len(chunks) >= 2:
                continue
            chosen.append(cand)
        return self._with_list_items(chosen, question)

    def _with_list_items(self, chosen: list[Picked], question: str) -> list[Picked]:
        lead = chosen[0]
        if not (lead.unit.lead_in or LIST_WORDS.search(question)):
            return chosen
        all_units = units(lead.hit.chunk)
        idx = next(i for i, u in enumerate(all_units) if u.start == lead.unit.start)
        if not lead.unit.lead_in:
            return chosen
        items = []
        for u in all_units[idx + 1 :]:
            if not u.bullet:
                break
            if is_instruction(u.text):
                continue
            items.append(Picked(lead.hit, u, lead.score))
            if len(items) >= 8:
                break
        return [lead, *items] if items else chosen


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
        ref=c.ref,
        quote=quote,
        text=c.text,
        chunk_id=c.id,
        score=round(float(hit.score), 4),
        kind=c.kind,
        links=list(c.links),
    )


def resolution_answer(question: str, hits: list[Hit], language: str) -> tuple[str, list[Citation]]:
    """The resolution's own text, then what has been done and what is planned (or just what was asked)."""
    t = texts(language)
    book = CitationBook()
    ref_hits = [h for h in hits if h.by_ref]
    wants_done = bool(DONE_WORDS.search(question))
    wants_planned = bool(PLANNED_WORDS.search(question))
    everything = not (wants_done or wants_planned)
    show_text = everything or bool(ASKS_TEXT.search(question))
    if everything:
        wants_done = wants_planned = True
    parts: list[str] = []
    seen_roles: set[str] = set()
    for hit in ref_hits:
        role = hit.chunk.role
        unit_list = units(hit.chunk)
        if not unit_list or role in seen_roles:
            continue
        if role in ("resolution", "heading", "text", "item", "paragraph_sign", "chapter") and (
            show_text or not ref_hits_have_status(ref_hits)
        ):
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
            chosen = _leading_units(unit_list, 350 if everything else 900)
            start, end = chosen[0].start, chosen[-1].end
            n = book.cite(hit, start, end)
            parts.append(f"{t[role]}{_as_text(chosen)} [{n}]")
            if not everything:
                continue  # a status question gets every part of the section
            seen_roles.add(role)
    return "\n\n".join(parts), book.citations()


def status_answer(hit: Hit, language: str) -> tuple[str, list[Citation]]:
    """A status section ("Hva som er planlagt gjort videre") under its priority or heading, in full."""
    t = texts(language)
    unit_list = units(hit.chunk)
    chosen = _leading_units(unit_list, 900)
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


def _resolution_quote(text: str, unit_list: list[Unit]) -> tuple[int, int]:
    """The «…» resolution text when there is one, else the first sentences."""
    open_at = text.find("«")
    if open_at != -1:
        close = text.find("»", open_at)
        if close != -1:
            return open_at, close + 1
    return unit_list[0].start, unit_list[min(1, len(unit_list) - 1)].end


def _strip_number(title: str, number: str) -> str:
    return title[len(number) :].strip() if title.startswith(number) else title


def _flat(text: str) -> str:
    return " ".join(text.split())
