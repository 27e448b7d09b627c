"""Answer strategies: small components behind one interface, tried in order, chosen by the intent.

Each takes the `Context` of one question and returns a `Reply` (text with citations), a
`Decline` (a message; the assistant adds related passages), or None when it does not apply.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Protocol

from assistant.compose import (
    CitationBook,
    Composer,
    Picked,
    resolution_answer,
    status_answer,
    texts,
    unbullet,
)
from assistant.intent import COUNT, LIST, Intent
from assistant.lang import lexicon
from assistant.records import Citation, Hit
from ingest.lang import tr_section
from ingest.refs import Ref, find_refs
from ingest.sentences import units


@dataclass
class Context:
    """Everything a strategy may read about one question; built once by the assistant."""

    question: str
    query: str  # the standalone query (a follow-up carries its topic)
    asked: Intent  # this turn's own words
    wanted: Intent  # the standalone query's intent
    refs: list[str]
    hits: list[Hit]
    composer: Composer
    picked: list[Picked] = field(default_factory=list)
    kind_present: bool = True
    declined: bool = False  # the calibrated abstention decision (for questions without refs)
    bare: bool = False  # the question asks for a named passage itself ("Hva sier vedtak 5.13?")
    promoted: bool = False  # the resolution the search found stands in for a named one
    guessed: bool = False  # the refs are not this turn's own words (found by the search, or carried over)
    title_only: bool = False  # the question asks for a named passage's name and nothing else
    list_missing: bool = False  # "Hvilke seks kommuner …?" and no chosen sentence lists anything

    @property
    def language(self) -> str:
        return self.asked.language


@dataclass
class Reply:
    body: str
    citations: list[Citation]


@dataclass
class Decline:
    message: str
    reason: str = ""  # why, for the trace: "model" (the calibrated decision or a veto), "kind", "list", …


class Strategy(Protocol):
    name: str

    def answer(self, ctx: Context) -> Reply | Decline | None: ...


class MissingRef:
    """A named resolution, § or chapter that no document has. A ref the question does not name itself
    (carried over from the conversation) is not declined by name: the question is answered as any."""

    name = "missing_ref"

    def answer(self, ctx: Context) -> Decline | None:
        if ctx.refs and not ctx.guessed and not any(h.by_ref for h in ctx.hits):
            return Decline(texts(ctx.language)["missing_ref"].format(ref=", ".join(ctx.refs)))
        return None


class RefTitle:
    """The name of a passage the question names ("Hva heter satsingsområde 3?"): its heading, quoted."""

    name = "ref_title"

    def answer(self, ctx: Context) -> Reply | None:
        if not ctx.refs or ctx.guessed or not ctx.title_only:
            return None
        wanted = [r for r in (Ref.parse(t) for t in ctx.refs) if r is not None]
        for hit in ctx.hits:
            if not hit.by_ref:
                continue
            for heading in hit.chunk.section:
                at = hit.chunk.text.find(heading)
                if at >= 0 and any(_names(heading, ref) for ref in wanted):
                    book = CitationBook()
                    n = book.cite(hit, at, at + len(heading))
                    return Reply(f"«{heading}» [{n}]", book.citations())
        return None


def _names(heading: str, ref: Ref) -> bool:
    """Does the heading open the passage the ref names ("Satsingsområde 3 Kvalitet …", "2.4 Begreper")?"""
    found = find_refs(heading)
    if not found or not heading.lower().startswith(found[0].kind.lower().rstrip(".")) and not found[0].bare:
        return False
    own = found[0]
    return own.same_unit(ref.scoped(None)) or ((own.bare or ref.bare) and own.number == ref.number)


class Parts:
    """The units of a kind within a named one ("Hvilke delmål hører til hovedmål 2?"), by their headings, in
    the document's order; retrieval has found them (`Hit.part`)."""

    name = "parts"

    def answer(self, ctx: Context) -> Reply | None:
        parts = [h for h in ctx.hits if h.part]
        if not parts or ctx.guessed or not (ctx.asked.wants_list or ctx.asked.kind in (LIST, COUNT)):
            return None
        named, kind = Ref.parse(ctx.refs[0]) if len(ctx.refs) == 1 else None, Ref.parse(parts[0].chunk.ref or "")
        if named is None or kind is None:
            return None
        # the named unit by its heading, as the parts' section paths hold it
        unit = next((h for p in parts for h in p.chunk.section if _names(h, named)), str(named))
        book = CitationBook()
        lines = []
        for hit in parts:
            heading = hit.chunk.section[-1] if hit.chunk.section else hit.chunk.ref or ""
            at = hit.chunk.text.find(heading)
            if at < 0:  # a heading the passage does not repeat: its first sentence stands for it
                first = units(hit.chunk)
                if not first:
                    continue
                at, heading = first[0].start, first[0].text
            n = book.cite(hit, at, at + len(heading))
            lines.append(f"- {heading} [{n}]")
        head = texts(ctx.language)["parts"].format(
            unit=unit,
            count=len(lines),
            kind=tr_section("part_kinds", ctx.language).get(kind.kind, kind.kind),
        )
        return Reply("\n".join([head, *lines]), book.citations())


class RefText:
    """The text of a named resolution, § or chapter, with its status sections when asked."""

    name = "ref_text"

    def answer(self, ctx: Context) -> Reply | None:
        if not ctx.refs or not (ctx.promoted or ctx.bare or ctx.asked.status is not None):
            return None
        body, citations = resolution_answer(ctx.wanted, ctx.hits, ctx.composer.cal)
        return Reply(body, citations) if citations else None


class Declined:
    """The calibrated abstention decision, or the asked-for kind (a sum, a count, a name) missing from
    the chosen sentences about the question's topic; for questions that name no passage themselves
    (a resolution the search found, or a ref carried over to a follow-up, is a guess)."""

    name = "abstain"

    def answer(self, ctx: Context) -> Decline | None:
        if not ctx.refs or ctx.guessed:
            # the calibrated decision; else the asked-for kind, or the list a sized list asks for, is missing
            reason = "model" if ctx.declined else "kind" if not ctx.kind_present else "list" if ctx.list_missing else ""
            if reason:
                return Decline(texts(ctx.language)["abstain"], reason)
        return None


class Status:
    """A status section ("Hva som er planlagt gjort videre") of the item the best passage is about."""

    name = "status"

    def answer(self, ctx: Context) -> Reply | None:
        role = ctx.asked.status  # this turn's own words, not the carried-over topic
        if ctx.refs or not role or not ctx.hits:
            return None
        top = ctx.hits[0].chunk
        item = top.section[:-1] if top.role.startswith("status") else top.section
        near = ctx.hits[: ctx.composer.cal["top_passages"]]
        hit = next((h for h in near if h.chunk.role == role and h.chunk.section[:-1] == item), None)
        if hit is None:
            return None
        body, citations = status_answer(hit, ctx.language, ctx.composer.cal)
        return Reply(body, citations)


class Fact:
    """The document's own sentences that hold the asked-for thing, best first; a lead-in brings its list."""

    name = "fact"

    def answer(self, ctx: Context) -> Reply | Decline:
        if not ctx.picked or not (ctx.refs or ctx.kind_present):
            return Decline(texts(ctx.language)["abstain"], "nothing" if not ctx.picked else "kind")
        book = CitationBook()
        lead = ctx.picked[0]
        if lead.unit.lead_in:
            # a lead-in and the items of its list quoted with it are one passage, cited as one, however many
            # items stand between them ("Kulturskolerådet vil … – anbefale at …")
            ends = [p.unit.end for p in ctx.picked[1:] if p.hit.chunk.id == lead.hit.chunk.id and p.unit.bullet]
            book.cite(lead.hit, lead.unit.start, max([lead.unit.end, *ends]))
        lines = [(p.unit.text, book.cite(p.hit, p.unit.start, p.unit.end)) for p in ctx.picked]
        body = arrange(lines, lead_in=ctx.picked[0].unit.lead_in)
        citations = book.citations()
        where = where_line(citations[0], ctx.language) if ctx.asked.asks_where and not ctx.asked.refs else None
        if where:
            body = f"{where}\n{body}"
        elif ctx.language == "en":
            numbers = spelled_numbers(ctx.picked[0].unit.text) if ctx.asked.kind == COUNT else []
            lead = texts("en")["lead_numbers"].format(numbers=", ".join(numbers)) if numbers else texts("en")["lead"]
            body = f"{lead}\n{body}"
        return Reply(body, citations)


def spelled_numbers(text: str) -> list[str]:
    """The numbers a Norwegian sentence writes out, with their digits ("sju = 7"), for an English reader."""
    values = lexicon().cardinals()
    words = dict.fromkeys(w.lower() for w in re.findall(r"\w+", text) if w.lower() in values)
    return [f"{w} = {values[w]}" for w in words]


def where_line(citation: Citation, language: str) -> str | None:
    """ "Det står i «§ 7 Eksklusjon» (§ 7 (2)):": the heading and ref of the passage a quote comes from, for a
    question that asks where something is ("Hvilken paragraf handler om eksklusjon?")."""
    if not citation.section:
        return None
    own = Ref.parse(citation.ref) if citation.ref else None
    heading = next(
        (h for h in citation.section if own is not None and any(r.number == own.number for r in find_refs(h))),
        citation.section[-1],
    )
    if own is None:
        return texts(language)["found_under"].format(heading=heading)
    return texts(language)["found_in"].format(heading=heading, ref=citation.ref)


STRATEGIES: tuple[Strategy, ...] = (MissingRef(), Declined(), RefTitle(), Parts(), RefText(), Status(), Fact())


def choose(ctx: Context, strategies: tuple[Strategy, ...] = STRATEGIES) -> tuple[str, Reply | Decline]:
    """The first strategy that applies, and what it gives."""
    for strategy in strategies:
        result = strategy.answer(ctx)
        if result is not None:
            return strategy.name, result
    return "abstain", Decline(texts(ctx.language)["abstain"], "nothing")


def arrange(lines: list[tuple[str, int]], lead_in: bool = False) -> str:
    """One sentence runs on; several are a list; a lead-in (ending in ':' or, as `lead_in` says,
    unfinished before its items: "Hovedstyret skal") heads its items."""
    if len(lines) == 1:
        return f"{lines[0][0]} [{lines[0][1]}]"
    if lines[0][0].endswith(":") or lead_in:
        head, rest = lines[0], lines[1:]
        items = "\n".join(f"- {unbullet(text)} [{n}]" for text, n in rest)
        return f"{head[0]} [{head[1]}]\n{items}"
    return "\n".join(f"- {unbullet(text)} [{n}]" for text, n in lines)
