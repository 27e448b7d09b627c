"""The one entry point: `Assistant(settings).ask(question, history)` → a cited `Answer`."""

from __future__ import annotations

import re
import sys
import threading
import time
import unicodedata
from collections.abc import Iterator, Sequence

from assistant.compose import (
    DONE_WORDS,
    PLANNED_WORDS,
    QUESTION_WORDS,
    CitationBook,
    Composer,
    answers_the_type,
    make_idf,
    resolution_answer,
    status_answer,
    status_role,
    texts,
    to_citation,
    unbullet,
)
from assistant.conversation import bounded, standalone
from assistant.language import detect_language
from assistant.records import Answer, Hit
from assistant.retrieve import RetrievalConfig, retrieve
from ingest.embedders import embedder_id, make_embedder
from ingest.errors import IndexDamagedError
from ingest.index import Index, open_live, read_pointer
from ingest.settings import DEFAULT_EMBEDDER, Settings
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
        self.retrieval = retrieval or RetrievalConfig(
            dense_weight=settings.dense_weight,
            lexical_weight=settings.lexical_weight,
            rrf_k=settings.rrf_k,
            top_k=settings.top_k,
            sentence_weight=settings.sentence_weight,
        )
        self._lock = threading.Lock()
        self._index: Index | None = None
        self._pointer: str | None = None
        self.retire_after_s = RETIRE_AFTER_S
        self.warnings: list[str] = []
        self._composer: Composer | None = None
        self._embedder = None
        self.generator = _make_generator(settings)

    @property
    def index(self) -> Index:
        """The live index generation; re-opened when an ingest has swapped in a new one."""
        return self._snapshot()[0]

    def _snapshot(self) -> tuple[Index, Composer]:
        """The live index and the composer derived from it, swapped together.

        A damaged live generation is replaced by the newest valid one, with one warning.
        """
        pointer = read_pointer(self.settings.home)
        with self._lock:
            if self._index is None or pointer != self._pointer:
                try:
                    index = open_live(self.settings.home, self.settings.chroma_url, warn=self._warn)
                except IndexDamagedError as exc:
                    raise NoIndexError(str(exc)) from None
                if index is None:
                    raise NoIndexError(f"no index in {self.settings.home}; run `kra ingest` first")
                index.check_embedder(embedder_id(self.settings.embedder))
                idf = make_idf([tokenize(c.text) for c in index.chunks.values()])
                lowercase = {w for c in index.chunks.values() for w in re.findall(r"\b[a-zæøå]+\b", c.text)}
                self._composer = Composer(idf, unit_vectors=index.unit_vectors, lowercase_words=lowercase)
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
        print(f"advarsel: {message}", file=sys.stderr)

    @property
    def embedder(self):
        if self._embedder is None:
            self._embedder = make_embedder(self.settings.embedder, self.settings.embed_threads)
        return self._embedder

    def search(self, question: str, history: Sequence = (), mode: str | None = None) -> list[Hit]:
        """The ranked passages for a question, as `ask()` sees them (for evaluation and inspection)."""
        question = clean_question(question)
        history = self._history(history)
        query, refs = standalone(question, history, self.settings.max_carried_chars)
        config = self._config(mode)
        vector = self.embedder.query(query) if config.mode != "lexical" else None
        return retrieve(self.index, query, vector, refs, config)

    def _history(self, history) -> list[tuple[str, str]]:
        """Earlier turns within the configured limits; a malformed history is a QuestionError."""
        try:
            return bounded(history, self.settings.max_history_turns, self.settings.max_turn_chars)
        except TypeError as exc:
            raise QuestionError(f"Ugyldig samtalehistorikk: {exc}.") from None

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

    def _run(self, question: str, history: Sequence, mode: str | None, use_generator: bool) -> tuple[Answer, list[Hit]]:
        t0 = time.perf_counter()
        question = clean_question(question)
        language = detect_language(question)
        history = self._history(history)
        index, composer = self._snapshot()
        generator = self.generator if use_generator else None
        query, refs = standalone(question, history, self.settings.max_carried_chars)
        if self.generator is not None and history and query != question and not refs:
            query = self.generator.condense(question, history) or query
        config = self._config(mode)
        t1 = time.perf_counter()
        vector = self.embedder.query(query) if config.mode != "lexical" else None
        t2 = time.perf_counter()
        hits = retrieve(index, query, vector, refs, config)
        t3 = time.perf_counter()
        answer = self._compose(question, query, refs, hits, vector, language, composer)
        if generator is not None and not answer.abstained:
            # the abstention decision is made above: no relevant passages, no model call
            # the model sees the standalone question, so a follow-up keeps its context
            answer = generator.answer(query, hits, language, answer)
            answer.question = question
        t4 = time.perf_counter()
        answer.standalone_question = query if query != question else None
        answer.timings_ms = {
            "embed": round((t2 - t1) * 1000, 1),
            "retrieve": round((t3 - t2) * 1000, 1),
            "compose": round((t4 - t3) * 1000, 1),
            "total": round((t4 - t0) * 1000, 1),
        }
        return answer, hits

    def _compose(self, question, query, refs, hits, vector, language, composer) -> Answer:
        t = texts(language)
        if refs and not any(h.by_ref for h in hits):
            return self._abstain(question, t["missing_ref"].format(ref=", ".join(refs)), hits, language)
        decided = next((h.chunk.ref for h in hits[:2] if h.chunk.role == "resolution"), None)
        promoted = not refs and decided is not None and bool(DECISION_WORDS.search(question))
        if promoted:
            # "Hva har Landstinget vedtatt om prisnivå?" asks for the resolution the search found
            refs = [decided]
            hits = [Hit(h.chunk, h.score, h.dense, h.lexical, by_ref=h.chunk.ref == refs[0]) for h in hits]
            hits.sort(key=lambda h: not h.by_ref)
        if refs and (promoted or is_bare(query, refs) or is_status(question)):
            body, citations = resolution_answer(query, hits, language)
            if citations:
                return Answer(question, body, False, citations, language, {})
        if not refs and self.should_abstain(query, hits, composer, language):
            return self._abstain(question, t["abstain"], hits, language)
        wanted_role = status_role(question)  # this turn's own words, not the carried-over topic
        # the status section must belong to the item the best passage is about
        item = (
            hits[0].chunk.section[:-1]
            if hits and hits[0].chunk.role.startswith("status")
            else hits[0].chunk.section
            if hits
            else ()
        )
        status_hit = next(
            (h for h in hits[:3] if wanted_role and h.chunk.role == wanted_role and h.chunk.section[:-1] == item),
            None,
        )
        if not refs and status_hit is not None:
            body, citations = status_answer(status_hit, language)
            return Answer(question, body, False, citations, language, {})
        picked = composer.pick(query, hits, vector, english=language == "en")
        typed = refs or answers_the_type(question, [p.unit.text for p in picked], composer.lowercase_words)
        if not picked or not typed:
            return self._abstain(question, t["abstain"], hits, language)
        book = CitationBook()
        lines = []
        for p in picked:
            n = book.cite(p.hit, p.unit.start, p.unit.end)
            lines.append((p.unit.text, n))
        body = _arrange(lines)
        if language == "en":
            body = f"{t['lead']}\n{body}"
        return Answer(question, body, False, book.citations(), language, {})

    def should_abstain(self, query: str, hits: list[Hit], composer: Composer, language: str) -> bool:
        """Abstain unless a passage is near in meaning and (for Norwegian) shares the question's rarer words.

        The weights and the threshold were chosen on evals/golden.jsonl; see the README for the trade-off.
        """
        if not hits:
            return True
        coverage = 0.3 if language == "en" else composer.best_coverage(query, hits)
        confidence = coverage
        if self.settings.embedder == DEFAULT_EMBEDDER:
            # 0.85 is where the bundled e5 model's cosines sit for related text; other models use
            # other scales, so for them only the words decide
            dense_top = max((h.dense for h in hits if h.dense is not None), default=0.85)
            confidence += 2.0 * (dense_top - 0.85)
        return confidence < self.settings.abstain_threshold

    def _abstain(self, question: str, message: str, hits: list[Hit], language: str) -> Answer:
        related = [to_citation(i + 1, h, _first_sentence(h.chunk.text)) for i, h in enumerate(hits[:3])]
        return Answer(question, message, True, [], language, {}, related=related)


def _make_generator(settings: Settings):
    """The optional generative answerer, when an LLM endpoint is configured; else None."""
    if not (settings.llm_base_url and settings.llm_model):
        return None
    from assistant.generate import make_generator

    return make_generator(settings)


DECISION_WORDS = re.compile(r"\b(vedt\w*|bestem\w*|landstinget|landstingsvedtak\w*|decide\w*|resolution\w*)\b", re.I)
GENERIC = set(
    tokenize(
        "vedtak vedtaket sak saken landstinget landsting sier står lyder handler innebærer går ut på "
        "resolution resolutions decided decide say says said about gjort planlagt videre status "
        "fulgt opp oppfølging done planned next followed up vedteke vart kva sa"
    )
)


def is_bare(question: str, refs: list[str]) -> bool:
    """A question that asks for the passage itself ("Hva sier vedtak 5.13?") and nothing narrower."""
    rest = question
    for ref in refs:
        rest = rest.replace(ref.split()[-1], " ")
    content = [t for t in tokenize(rest) if t not in GENERIC and t not in QUESTION_WORDS]
    return len(content) <= 1


def is_status(question: str) -> bool:
    return bool(DONE_WORDS.search(question) or PLANNED_WORDS.search(question))


def _arrange(lines: list[tuple[str, int]]) -> str:
    if len(lines) == 1:
        return f"{lines[0][0]} [{lines[0][1]}]"
    if lines[0][0].endswith(":"):
        head, rest = lines[0], lines[1:]
        items = "\n".join(f"- {unbullet(text)} [{n}]" for text, n in rest)
        return f"{head[0]} [{head[1]}]\n{items}"
    return "\n".join(f"- {unbullet(text)} [{n}]" for text, n in lines)


def _first_sentence(text: str) -> str:
    flat = text.strip()
    m = re.search(r"(?<=[.!?])\s", flat[:300])
    return flat[: m.start()] if m else flat[:200]


def clean_question(question: str) -> str:
    """Strip control characters and surrounding space; refuse empty or overlong questions."""
    if not isinstance(question, str):
        raise QuestionError("Spørsmålet må være tekst.")
    cleaned = "".join(ch if unicodedata.category(ch)[0] != "C" else " " for ch in question)
    cleaned = " ".join(cleaned.split())
    if not cleaned:
        raise QuestionError("Spørsmålet er tomt. Skriv et spørsmål om dokumentene.")
    if len(cleaned) > MAX_QUESTION_CHARS:
        raise QuestionError(f"Spørsmålet er for langt ({len(cleaned)} tegn); maks er {MAX_QUESTION_CHARS} tegn.")
    if not re.search(r"\w", cleaned):
        raise QuestionError("Spørsmålet inneholder ingen ord å søke etter.")
    return cleaned
