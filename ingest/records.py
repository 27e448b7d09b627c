"""Plain typed records passed between the ingest steps."""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from pathlib import Path


@dataclass(frozen=True)
class Line:
    """One line of a document's text with the page it stands on (None for unpaged text).

    Readers that know more than the text say so: `heading` is the level the file itself marks
    (a Word heading style, a Markdown ``#``, a PDF font rank with 1 the largest), `role` what the
    line is ("item", "row", "quote", "label"), `links` and `notes` what belongs to the line.
    """

    text: str
    page: int | None = None
    heading: int | None = None
    role: str | None = None
    links: tuple[str, ...] = ()
    notes: tuple[str, ...] = ()


@dataclass
class DocumentInfo:
    """What the corpus manifest says of a document."""

    doc_id: str
    title: str
    kind: str = "document"
    date: str | None = None
    source: str | None = None


@dataclass
class LoadedDocument:
    """A document's lines after reading, cleaned of page furniture."""

    path: Path
    info: DocumentInfo
    lines: list[Line]
    sha256: str
    pages: int | None = None
    links: dict[int | None, list[str]] = field(default_factory=dict)
    notes: dict[int | None, list[str]] = field(default_factory=dict)
    page_offset: int = 0  # physical page index minus the printed page number (PDF)
    # how far `Line.heading` is to be trusted: "styles" (Word, Markdown: the levels are the
    # author's), "fonts" (PDF: larger or bolder type marks a heading, its depth is a hint), "" none
    headings: str = ""
    warnings: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class Block:
    """A run of lines with one role: heading, paragraph, list item, status heading, quote."""

    kind: str
    text: str
    start: int
    end: int
    page: int | None
    page_end: int | None
    section: tuple[str, ...]
    ref: str | None
    unit: int
    level: int = 0
    role: str = "text"
    sub_ref: str | None = None  # the ledd or lettered item within the unit: "§ 6 (3)", "§ 8 bokstav e"


@dataclass(frozen=True)
class Chunk:
    """A retrievable passage with everything needed to cite it exactly."""

    id: str
    doc_id: str
    title: str
    kind: str
    text: str
    section: tuple[str, ...]
    ref: str | None
    page: int | None
    page_end: int | None
    start: int
    end: int
    links: tuple[str, ...] = ()
    notes: tuple[str, ...] = ()
    role: str = "text"
    source: str | None = None
    page_starts: tuple[tuple[int, int], ...] = ()
    # finer refs inside the chunk: (start, end, ref) offsets into `text`, e.g. a ledd "§ 6 (3)"
    parts: tuple[tuple[int, int, str], ...] = ()
    # for a protocol's proposal or amendment: "adopted" or "rejected" when its vote says so
    status: str | None = None

    def ref_at(self, start: int, end: int | None = None) -> str | None:
        """The finest ref that holds the whole span [start, end): a ledd when the quote lies in one, else `ref`."""
        end = start + 1 if end is None else end
        inside = [(e - s, ref) for s, e, ref in self.parts if s <= start and end <= e]
        return min(inside)[1] if inside else self.ref

    def page_at(self, offset: int) -> int | None:
        """The page of a character offset within the chunk text."""
        page = self.page
        for start, number in self.page_starts:
            if start <= offset:
                page = number
        return page

    def embed_text(self) -> str:
        """Text given to the embedder and the lexical index: the heading path, then the passage."""
        head = " > ".join(self.section)
        return f"{self.title}. {head}\n{self.text}" if head else f"{self.title}\n{self.text}"

    def to_json(self) -> dict:
        data = asdict(self)
        data["section"] = list(self.section)
        data["links"] = list(self.links)
        data["notes"] = list(self.notes)
        data["page_starts"] = [list(p) for p in self.page_starts]
        data["parts"] = [list(p) for p in self.parts]
        return data

    @classmethod
    def from_json(cls, data: dict) -> Chunk:
        data = dict(data)
        for key in ("section", "links", "notes"):
            data[key] = tuple(data.get(key) or ())
        data["page_starts"] = tuple(tuple(p) for p in data.get("page_starts") or ())
        data["parts"] = tuple(tuple(p) for p in data.get("parts") or ())
        return cls(**data)

    def to_chroma_metadata(self) -> dict:
        """Chroma takes scalars only, so lists travel as JSON strings."""
        meta = {
            "doc_id": self.doc_id,
            "title": self.title,
            "kind": self.kind,
            "section": json.dumps(list(self.section), ensure_ascii=False),
            "ref": self.ref or "",
            "start": self.start,
            "end": self.end,
            "role": self.role,
        }
        if self.page is not None:
            meta["page"] = self.page
        return meta
