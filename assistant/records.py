"""Typed results of the assistant: hits, citations, answers."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field

from ingest.lang import tr
from ingest.records import Chunk

# a citation mark in an answer's text: "[2]", "[1, 3]"
CITATION_MARK = r"\[\s*\d+(?:\s*[,;]\s*\d+)*\s*\]"


def guillemets(quote: str) -> str:
    """«quote», unless the quote is itself a «…» resolution text."""
    return quote if quote.startswith("«") and quote.endswith("»") else f"«{quote}»"


@dataclass
class Hit:
    """A retrieved chunk with its fused score and the scores behind it."""

    chunk: Chunk
    score: float
    dense: float | None = None
    lexical: float | None = None
    by_ref: bool = False
    part: bool = False  # a unit within the named one, of the kind the question asks for ("delmålene under hovedmål 2")


@dataclass
class Citation:
    """Where a statement comes from; built from chunk metadata, never from generated text."""

    n: int
    document: str
    title: str
    page: int | None
    section: list[str]
    ref: str | None
    quote: str
    text: str
    chunk_id: str
    score: float
    kind: str = ""
    links: list[str] = field(default_factory=list)
    page_end: int | None = None  # the page the quote ends on, when it runs onto the next
    # the quote's page counted in the PDF file, when the page number printed on it is another ("s. 14" is the
    # file's third page in an excerpt that starts at page 12)
    file_page: int | None = None

    @property
    def pages(self) -> str:
        """'4', or '4–5' for a quote that runs over a page break."""
        if self.page is None:
            return ""
        if self.page_end is not None and self.page_end != self.page:
            return f"{self.page}–{self.page_end}"
        return str(self.page)

    def location(self) -> str:
        """'Title, s. 22, Andre vedtak … > 5.13 …' for display."""
        parts = [self.title]
        if self.page is not None:
            parts.append(tr("common.page", page=self.pages))
            if self.file_page is not None:
                parts[-1] += " " + tr("common.file_page", page=self.file_page)
        if self.section:
            parts.append(" > ".join(self.section))
        return ", ".join(parts)


@dataclass
class Answer:
    """What `ask()` returns; the CLI, the web UI and the evaluation all show this."""

    question: str
    answer: str
    abstained: bool
    citations: list[Citation]
    language: str
    timings_ms: dict[str, float]
    related: list[Citation] = field(default_factory=list)
    answerer: str = "extractive"
    fallback_reason: str | None = None
    standalone_question: str | None = None
    # how the answer came about: the standalone query, the hits, the strategy, the abstention decision
    trace: dict = field(default_factory=dict)

    def to_json(self) -> dict:
        data = asdict(self)
        data.pop("question")
        data["question"] = self.question
        return data
