"""The one entry point: `Assistant(settings).ask(question, history)` → a cited `Answer`."""

from __future__ import annotations

import re
import sys
import threading
import time
import unicodedata
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace
from functools import cache

from assistant.abstain import AbstainModel, asked_years, dated, is_known, veto
from assistant.abstain import features as abstain_features
from assistant.calibration import calibration
from assistant.compose import (
    YEAR,
    Composer,
    answers_the_type,
    content_terms,
    holds_kind,
    items_of,
    lists,
    lowercase_words,
    make_idf,
    name_stems,
    names_asked,
    own_names,
    question_words,
    to_citation,
)
from assistant.conversation import bounded, standalone
from assistant.intent import DESCRIPTION, PERSON, Intent, analyse
from assistant.lang import lexicon
from assistant.language import detect_language
from assistant.records import Answer, Hit
from assistant.retrieve import RetrievalConfig, retrieve
from assistant.spelling import Speller
from assistant.strategies import Context, Decline, choose
from ingest.embedders import embedder_id, make_embedder
from ingest.errors import IndexDamagedError
from ingest.index import Index, live_pointer, open_live
from ingest.lang import language, tr
from ingest.refs import Ref
from ingest.sentences import units
from ingest.settings import Settings
from ingest.splitter import sentence_spans
from ingest.stores.lexical import tokenize

MAX_QUESTION_CHARS = 2000
RETIRE_AFTER_S = 30.0  # a request finishes well within this; then the old generation's files are closed


class QuestionError(ValueError):
    """The question cannot be asked as given; the message says why, in Norwegian."""


class NoIndexError(RuntimeError):
    """Nothing has been ingested into this data folder yet."""


class Assistant:
    """Answers questions over the ingested documents, always with citations or an abstention."""

    def __init__(self, settings: Settings, retrieval: RetrievalConfig | None = None):
        self.settings = settings
        self.calibration = calibration(settings.embedder)
        self.retrieval = retrieval or RetrievalConfig(
            dense_weight=settings.dense_weight,
            lexical_weight=settings.lexical_weight,
            rrf_k=settings.rrf_k,
            top_k=settings.top_k,
            sentence_weight=settings.sentence_weight,
            scope_boost=self.calibration["retrieve"]["scope_boost"],
            synonym_weight=self.calibration["retrieve"]["synonym_weight"],
        )
        self._lock = threading.Lock()
        self._index: Index | None = None
        self._pointer: str | None = None
        self.retire_after_s = RETIRE_AFTER_S
        self.warnings: list[str] = []
        self._composer: Composer | None = None
        self._embedder = None
        self.generator = _make_generator(settings)
        self._abstain_model = AbstainModel.from_calibration(self.calibration["abstain"])

    @property
    def index(self) -> Index:
        """The live index generation; re-opened when an ingest has swapped in a new one."""
        return self._snapshot()[0]

    def _snapshot(self) -> tuple[Index, Composer]:
        """The live index and the composer derived from it, swapped together.

        A damaged live generation is replaced by the newest valid one, with one warning.
        """
        pointer = live_pointer(self.settings.home, self.settings.chroma_url)
        with self._lock:
            if self._index is None or pointer != self._pointer:
                try:
                    index = open_live(self.settings.home, self.settings.chroma_url, warn=self._warn)
                except IndexDamagedError as exc:
                    raise NoIndexError(str(exc)) from None
                if index is None:
                    raise NoIndexError(tr("errors.no_index", home=self.settings.home))
                index.check_embedder(embedder_id(self.settings.embedder))
                idf = make_idf([tokenize(c.text) for c in index.chunks.values()])
                lowercase = lowercase_words(c.text for c in index.chunks.values())
                names = name_stems(index.chunks.values(), lowercase, self.calibration["abstain"]["name_min_chars"])
                chunks = index.chunks
                speller = Speller(
                    (w for c in chunks.values() for w in _LETTERS.findall(c.text)),
                    lambda word: _known_word(word, idf),
                    self.calibration["spelling"],
                    [lexicon().table("typing", key) for key in ("plain", "doubled")],
                    lexicon().words("inflection", "past"),
                    _one_stem,
                    lexicon().words("numbers", "words"),
                    lexicon().section_table("clippings"),
                )
                self._composer = Composer(
                    idf,
                    unit_vectors=index.unit_vectors,
                    context_vectors=index.context_unit_vectors,
                    lowercase_words=lowercase,
                    name_stems=names,
                    document_names=own_names(index.chunks.values(), names),
                    calibration=self.calibration,
                    unit_texts=lambda cid: [u.text for u in units(chunks[cid])] if cid in chunks else [],
                    speller=speller,
                )
                self._retire(self._index)
                self._index, self._pointer = index, pointer
            return self._index, self._composer

    def _retire(self, old: Index | None) -> None:
        """Close a swapped-out generation once requests that still hold it are done."""
        if old is not None:
            timer = threading.Timer(self.retire_after_s, old.close)
            timer.daemon = True
            timer.start()

    def _warn(self, message: str) -> None:
        self.warnings.append(message)
        print(tr("cli.warning", message=message), file=sys.stderr)

    @property
    def embedder(self):
        if self._embedder is None:
            self._embedder = make_embedder(self.settings.embedder, self.settings.embed_threads)
        return self._embedder

    def search(self, question: str, history: Sequence = (), mode: str | None = None) -> list[Hit]:
        """The ranked passages for a question, as `ask()` sees them (for evaluation and inspection)."""
        return self._prepare(question, history, mode, condense=False).hits

    def _history(self, history) -> list[tuple[str, str]]:
        """Earlier turns within the configured limits; a malformed history is a QuestionError."""
        try:
            return bounded(history, self.settings.max_history_turns, self.settings.max_turn_chars)
        except TypeError as exc:
            raise QuestionError(tr("errors.bad_history", error=exc)) from None

    def _config(self, mode: str | None) -> RetrievalConfig:
        if mode is None:
            return self.retrieval
        return RetrievalConfig(**{**self.retrieval.__dict__, "mode": mode})

    def ask(self, question: str, history: Sequence = (), mode: str | None = None) -> Answer:
        """Answer one question (with earlier turns for follow-ups); never invents text."""
        return self._run(question, history, mode, use_generator=True)[0]

    def stream(self, question: str, history: Sequence = ()) -> Iterator[str | Answer]:
        """Partial answer texts as they grow, then the final `Answer` (what the web chat shows)."""
        answer, hits = self._run(question, history, None, use_generator=False)
        if self.generator is not None and not answer.abstained:
            for part in self.generator.stream(
                answer.standalone_question or answer.question, hits, answer.language, answer
            ):
                if isinstance(part, Answer):
                    part.question = answer.question
                yield part
            return
        shown = ""
        for line in answer.answer.split("\n"):
            shown = f"{shown}\n{line}" if shown else line
            yield shown
        yield answer

    def candidates(self, question: str, history: Sequence = ()) -> tuple[list, list[dict[str, float]]]:
        """The units the fact answer chooses from for a question, with their picker features
        (what evals/fit_picker.py fits on)."""
        p = self._prepare(question, history, None, condense=False)
        _, hits, _ = _promote(analyse(p.question, p.language), p.refs, p.hits)
        return p.composer.candidates(p.words, _wanted(p.query, p.searchable, p.language), hits, p.vector)

    def _prepare(self, question: str, history: Sequence, mode: str | None, condense: bool) -> _Prepared:
        """Everything before composing: the cleaned question, the standalone query (condensed by the
        LLM when `condense` and one is configured), its vector and the ranked passages."""
        question = clean_question(question)
        language = detect_language(question)
        history = self._history(history)
        index, composer = self._snapshot()
        # short forms are written out for the search: "hvor mange medl i hs"
        searchable = _searchable(question, language, composer.speller)
        query, refs = standalone(
            searchable,
            history,
            self.settings.max_carried_chars,
            self.calibration["followup"],
        )
        if condense and self.generator is not None and history and query != question and not refs:
            query = self.generator.condense(question, history) or query
        config = self._config(mode)
        t1 = time.perf_counter()
        vector = self.embedder.query(query) if config.mode != "lexical" else None
        t2 = time.perf_counter()
        words = composer.words(query, language)
        hits = retrieve(index, query, vector, refs, config, composer.words(query, language, first_only=False))
        t3 = time.perf_counter()
        given = next((text for role, text in reversed(history) if role == "assistant"), "")
        offsets = {d: s.page_offset for d, s in index.documents.items() if s.page_offset}
        return _Prepared(
            question, language, composer, query, words, refs, vector, hits, t1, t2, t3, searchable, given, offsets
        )

    def _run(self, question: str, history: Sequence, mode: str | None, use_generator: bool) -> tuple[Answer, list[Hit]]:
        t0 = time.perf_counter()
        p = self._prepare(question, history, mode, condense=True)
        question, language, query, refs, vector, hits, composer = (
            p.question, p.language, p.query, p.refs, p.vector, p.hits, p.composer
        )  # fmt: skip
        t1, t2, t3 = p.t_embed, p.t_retrieve, p.t_retrieved
        generator = self.generator if use_generator else None
        trace: dict = {}
        answer = self._compose(
            question, query, p.words, refs, hits, vector, language, composer, trace, p.searchable, p.given
        )
        if generator is not None and not answer.abstained:
            # the abstention decision is made above: no relevant passages, no model call
            # the model sees the standalone question, so a follow-up keeps its context
            answer = generator.answer(query, hits, language, answer)
            answer.question = question
        t4 = time.perf_counter()
        answer.standalone_question = query if query != question else None
        for c in (*answer.citations, *answer.related):
            if c.page is not None and (offset := (p.offsets or {}).get(c.document)):
                c.file_page = c.page + offset
        answer.trace = {"standalone_query": query, "hits": [_hit_trace(h) for h in hits[: self.retrieval.top_k]]} | (
            trace
        )
        answer.timings_ms = {
            "embed": round((t2 - t1) * 1000, 1),
            "retrieve": round((t3 - t2) * 1000, 1),
            "compose": round((t4 - t3) * 1000, 1),
            "total": round((t4 - t0) * 1000, 1),
        }
        return answer, hits

    def _compose(
        self, question, query, words, refs, hits, vector, language, composer, trace, searchable=None, given=""
    ) -> Answer:
        asked = analyse(question, language)  # this turn's own words
        wanted = _wanted(query, searchable, language)  # with the carried-over topic of a follow-up
        trace["intent"] = {
            "kind": asked.kind,
            "answer_kind": wanted.kind,  # what the answer must hold: a follow-up's own kind, else the carried one
            "language": language,
            "refs": [str(r) for r in refs],
            "status": asked.status,
            "flags": sorted(asked.flags),
        }
        if words != query:
            trace["intent"]["words"] = words  # what the words were matched with (a glossed English question)
        refs, hits, promoted = _promote(asked, refs, hits)
        # a follow-up that asks for a new fact is not answered by what the last answer told
        picked = composer.pick(words, wanted, hits, vector, given=given if asked.asks_kind else "")
        # whether the documents answer is read from what the answer rests on, not the context beside it
        core = [p for p in picked if p.core]
        picked_texts = [p.unit.text for p in core]
        # the asked-for kind counts where a chosen unit about the question's topic holds it
        on_topic = [p.unit.text for p in core if p.features is None or p.features["kind_on_topic"]]
        if asked.span and (lead := next((p.unit.text for p in core if not p.unit.lead_in), None)):
            # "hvor ofte bør barn kunne prøve seg?": the lead sentence's "to ganger i året" answers however
            # the question words it
            on_topic.append(lead)
        # a ref this turn does not name (found by the search, or carried over from the last turn to a
        # follow-up that asks something new about it) is a guess: it is judged like any answer
        guessed = promoted or (bool(refs) and not asked.refs and asked.status is None)
        declined = (not refs or guessed) and self.should_abstain(
            words,
            hits,
            composer,
            language,
            vector,
            holds_kind(asked, on_topic, composer.lowercase_words),
            trace,
            picked_texts,
            [" ".join((p.unit.text, *p.hit.chunk.section, p.hit.chunk.title)) for p in core],
            [p.features for p in core if p.features is not None],
            wanted.asks_kind,
            bool(composer.counted_terms(wanted)),
            asked_years(query, hits, asked.kind),
            dated([(" ".join((p.unit.text, *(u.text for u in items_of(p)))), p.hit.chunk) for p in core]),
            names_asked(
                question,
                composer.name_stems,
                frozenset().union(*(composer.document_names.get(p.hit.chunk.doc_id, frozenset()) for p in core)),
            ),
        )
        ctx = Context(
            question=question,
            query=query,
            asked=asked,
            wanted=wanted,
            refs=refs,
            hits=hits,
            composer=composer,
            picked=picked,
            kind_present=answers_the_type(asked, on_topic, composer.lowercase_words),
            declined=declined,
            bare=bool(refs) and is_bare(query, refs, [h.chunk.title for h in hits if h.by_ref]),
            # "Hva heter satsingsområde 3?" and nothing more ("…, og hvem har ansvaret?")
            title_only=asked.asks_title and bool(asked.refs) and is_bare(_without_title_words(question), refs),
            promoted=promoted,
            guessed=guessed,
            list_missing=wanted.sized_list and not any(lists(p) for p in core),
        )
        trace["strategy"], result = choose(ctx)
        if isinstance(result, Decline):
            if result.reason:
                trace["declined_for"] = result.reason
            return self._abstain(question, result.message, hits, language)
        return Answer(question, result.body, False, result.citations, language, {})

    def should_abstain(
        self,
        query: str,
        hits: list[Hit],
        composer: Composer,
        language: str,
        vector=None,
        kind_present: bool = True,
        trace: dict | None = None,
        answer_texts: list[str] = (),
        answer_context: list[str] = (),
        chosen: list[dict[str, float]] = (),
        kind_asked: bool = False,
        counted: bool = False,
        years: list[str] | None = None,
        year_context: list[str] | None = None,
        names: list[str] = (),
    ) -> bool:
        """Decline when no passage is near in meaning and shares the question's rarer words (the threshold
        is a setting), or when the embedder's fitted model (assistant/calibration/) says the documents
        likely do not answer.

        `years` are the years the question asks about (default: all it names), `year_context` where the
        answer must name them (default: `answer_context`); `names` the names of the documents the question
        gives itself (not a follow-up's earlier turns), which the answer must hold.
        """
        trace = {} if trace is None else trace
        if not hits:
            trace["abstention"] = {"declined": True, "reason": "no passages"}
            return True
        cal = self.calibration["abstain"]
        values = abstain_features(
            composer.terms(query),
            hits,
            composer.idf,
            [composer.unit_similarities(h, vector) for h in hits[: cal["top_passages"]]],
            kind_present,
            language == "en",
            answer_texts,
            answer_context=answer_context,
            years=YEAR.findall(query) if years is None else years,
            year_context=year_context,
            chosen=chosen,
            kind_asked=kind_asked,
            counted=counted,
            names=names,
        )
        # the floor rule: no passage near in meaning that shares the question's rarer words
        coverage = cal["english_coverage"] if language == "en" else composer.best_coverage(query, hits)
        confidence = coverage
        if cal["use_dense"]:
            # the centre is where this model's cosines sit for related text; other models use
            # other scales, so for them only the words decide
            centre = cal["dense_centre"]
            dense_top = max((h.dense for h in hits if h.dense is not None), default=centre)
            confidence += cal["dense_weight"] * (dense_top - centre)
        vetoed = veto(values, cal["veto"])
        declined = confidence < self.settings.abstain_threshold or vetoed is not None
        trace["abstention"] = {
            "features": {k: round(v, 4) for k, v in values.items()},
            "confidence": round(confidence, 4),
            "confidence_threshold": self.settings.abstain_threshold,
            "veto": vetoed,
        }
        model = self._abstain_model
        if model is not None:
            # the fitted model adds the declines the floor rule misses (a fact the passages lack)
            score = model.score(values)
            declined = declined or model.declines(values)
            trace["abstention"] |= {"score": round(score, 4), "threshold": model.threshold}
        trace["abstention"]["declined"] = declined
        return declined

    def _abstain(self, question: str, message: str, hits: list[Hit], language: str) -> Answer:
        cal = self.calibration["compose"]
        related = [
            to_citation(i + 1, h, _first_sentence(h.chunk.text, cal["related_first_chars"], cal["related_fallback"]))
            for i, h in enumerate(hits[: cal["top_passages"]])
        ]
        return Answer(question, message, True, [], language, {}, related=related)


@dataclass
class _Prepared:
    question: str
    language: str
    composer: Composer
    query: str
    words: str  # the query's words for matching: an English question glossed into Bokmål
    refs: list[str]
    vector: object
    hits: list[Hit]
    t_embed: float  # perf_counter marks: before embedding, after it, after retrieval
    t_retrieve: float
    t_retrieved: float
    searchable: str | None = None  # the question with its short forms written out, before a follow-up's context
    given: str = ""  # the assistant's last answer, for a follow-up: what the user has been told already
    offsets: dict[str, int] | None = None  # per PDF whose printed page numbers differ from its file's: the difference


def _wanted(query: str, searchable: str | None, language: str) -> Intent:
    """What the answer must hold: the standalone query's intent (a follow-up's carried topic with it), but
    the kind of answer is the turn's own when it asks one ("Og hvor lenge sitter de?" after "Hvor mange
    medlemmer har hovedstyret?" asks for a time; the carried words give only the topic)."""
    wanted = analyse(query, language)
    own = analyse(searchable, language) if searchable and query != searchable else None
    if own is not None and own.kind != DESCRIPTION:
        return replace(own, refs=wanted.refs)
    return wanted


def _promote(asked, refs: list[str], hits: list[Hit]) -> tuple[list[str], list[Hit], bool]:
    """ "Hva har Landstinget vedtatt om prisnivå?" asks for the resolution the search found. A question
    that asks for a count, a sum, a date, a person or a body ("Hvor mange må være til stede for at
    regionmøtet kan fatte vedtak?", "Hvem bestemmer medlemskontingenten?") asks for that, not the
    resolution."""
    decided = next((h.chunk.ref for h in hits[:2] if h.chunk.role == "resolution"), None)
    if refs or decided is None or not asked.decision or asked.asks_kind or asked.kind == PERSON:
        return refs, hits, False
    hits = [Hit(h.chunk, h.score, h.dense, h.lexical, by_ref=h.chunk.ref == decided) for h in hits]
    hits.sort(key=lambda h: not h.by_ref)
    return [decided], hits, True


def _hit_trace(hit: Hit) -> dict:
    c = hit.chunk
    return {
        "chunk_id": c.id,
        "document": c.doc_id,
        "ref": c.ref,
        "role": c.role,
        "score": round(float(hit.score), 4),
        "dense": None if hit.dense is None else round(float(hit.dense), 4),
        "lexical": None if hit.lexical is None else round(float(hit.lexical), 4),
        "by_ref": hit.by_ref,
    }


def _make_generator(settings: Settings):
    """The optional generative answerer, when an LLM endpoint is configured; else None."""
    if not (settings.llm_base_url and settings.llm_model):
        return None
    from assistant.generate import make_generator

    return make_generator(settings)


def is_bare(question: str, refs: list[str], titles: Sequence[str] = ()) -> bool:
    """A question that asks for the passage itself ("Hva sier vedtak 5.13?") and nothing narrower. The
    words of `titles`, the documents that hold the named passages, name where it is, not what about it
    ("Hva står i kap. 1.2 i strategien for mangfold og inkludering?")."""
    rest = question
    for ref in refs:
        for part in ref.split()[1:]:  # "5.13", "6 (3)", "8 bokstav e": whole words only
            rest = re.sub(rf"(?<!\w){re.escape(part)}(?!\w)", " ", rest)
    # words that name the document ("i mangfoldsstrategien", "i vedtektene") ask for nothing narrower
    names = tuple(w for words in language().document_words.values() for w in words if " " not in w)
    rest = " ".join(w for w in rest.split() if not w.lower().strip("?.,!:;").endswith(names))
    generic = _generic()
    stop = question_words()
    # the numbers of a ledd ref ("§ 6 tredje ledd" is "§ 6 (3)") name the passage; they narrow nothing
    named: set[str] = set()
    if any("(" in ref for ref in refs):
        named = set(_ordinal_stems())
    titled = {t for title in titles for t in tokenize(title)}
    named |= titled
    # the word for the named ref's kind ("note 3", "noten") names the passage too
    kinds = {parsed.kind for parsed in map(Ref.parse, refs) if parsed is not None}
    named |= {t for kind in kinds for w in language().ref_words.get(kind, ()) for t in tokenize(w)}

    def of_title(t: str) -> bool:
        # "forretningsordenen" and the title's "Forretningsorden" stem apart; one starts the other
        return any(min(len(n), len(t)) >= 5 and (t.startswith(n) or n.startswith(t)) for n in titled)

    content = [t for t in tokenize(rest) if t not in generic and t not in stop and t not in named and not of_title(t)]
    return not content


def _without_title_words(question: str) -> str:
    """The question without the words that ask for a name or a title ("hva heter", "tittelen på")."""
    return lexicon().phrases("name", "title").sub(" ", question)


@cache
def _ordinal_stems() -> frozenset[str]:
    return frozenset(t for w in lexicon().ordinals() for t in tokenize(w))


@cache
def _generic() -> frozenset[str]:
    return frozenset(t for w in lexicon().words("stop", "generic") for t in tokenize(w))


def _first_sentence(text: str, look: int, fallback: int) -> str:
    """The passage's first sentence (the one splitter's), or its opening characters."""
    flat = text.strip()
    spans = sentence_spans(flat, 0, min(len(flat), look))
    if len(spans) > 1:
        return flat[spans[0][0] : spans[0][1]]
    return flat[:fallback]


def _searchable(question: str, language: str, speller: Speller | None = None) -> str:
    """The question in the documents' words for the search: short forms written out, Nynorsk in Bokmål,
    and a Norwegian word typed a letter or two off in the documents' spelling."""
    text = lexicon().expand(question)
    if language == "nn":
        text = lexicon().bokmaal(text)
    if speller is not None and language != "en":
        text = speller.correct(text)
    return text


_LETTERS = re.compile(r"[^\W\d_]+")


def _one_stem(word: str) -> str | None:
    """The stem of one word (None for a stop word)."""
    stems = tokenize(word)
    return stems[0] if len(stems) == 1 else None


def _known_word(word: str, idf: dict[str, float]) -> bool:
    """Do the documents use the word, by its stem or as a compound of their words? A question word or
    another word without content ("hvilket") counts as known: it is never corrected."""
    return all(is_known(t, idf) for t in content_terms(word))


def clean_question(question: str) -> str:
    """Strip control characters and surrounding space; refuse empty or overlong questions."""
    if not isinstance(question, str):
        raise QuestionError(tr("errors.question_not_text"))
    cleaned = "".join(ch if unicodedata.category(ch)[0] != "C" else " " for ch in question)
    cleaned = " ".join(cleaned.split())
    if not cleaned:
        raise QuestionError(tr("errors.question_empty"))
    if len(cleaned) > MAX_QUESTION_CHARS:
        raise QuestionError(tr("errors.question_too_long", length=len(cleaned), limit=MAX_QUESTION_CHARS))
    if not re.search(r"\w", cleaned):
        raise QuestionError(tr("errors.question_no_words"))
    return cleaned
