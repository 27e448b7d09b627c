"""Find a document's own structure: headings, resolutions, priorities, §§, chapters, lists.

The output is a flat list of blocks, each knowing its heading path, its `ref`
(``vedtak 5.13``, ``§ 4``, ``kap. 3.4``) and the unit it belongs to. A unit is the
stretch under one heading; chunks never cross units.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from ingest.records import Block, LoadedDocument

STATUS = re.compile(r"^(Hva som har vært gjort|Hva som er planlagt gjort videre)\s*:?$", re.I)
RESOLUTION = re.compile(r"^(\d{1,2}\.\d{1,2})\s+([A-ZÆØÅ].{2,100}?)\s*$")
STATUTE = re.compile(r"^§\s*(\d+(?:-\d+)?[a-z]?)\.?(?:\s+(.*))?$")
NUMBERED = re.compile(r"^(?:kap(?:ittel|\.)?\s*)?(\d{1,2}(?:\.\d{1,2}){0,3})(\.?)\s+([A-ZÆØÅ].{1,100})$")
BULLET = re.compile(r"^([•o▪\-–*·◦])\s+(\S.*)$")
MD_HEADING = re.compile(r"^(#{1,6})\s+(.+?)\s*#*$")
PRIORITY = re.compile(r"^(?:Kulturskolerådet|Norsk kulturskoleråd) (?:skal|har som mål)\b")
SENTENCE_END = re.compile(r"[.!?:»”]\s*$")
QUOTE_OPEN = ("«", "“", '"')
DECISION = re.compile(
    r"(?:[Ll]andstingets sak|[Vv]edtaket fra [Ll]andstinget i sak|[Ll]andstinget i sak)"
    r"\s+(\d{1,2}\.\d{1,2})"
)
PLAN_KINDS = {"framework plan", "plan", "rammeplan"}

STATUS_ROLE = {"hva som har vært gjort": "status_done", "hva som er planlagt gjort videre": "status_planned"}


@dataclass
class _Line:
    text: str
    page: int | None
    start: int
    end: int
    heading: int | None = None


@dataclass
class _Heading:
    level: int
    title: str
    ref: str | None
    role: str


def normalised_text(doc: LoadedDocument) -> str:
    """The document text that chunk offsets point into: cleaned lines joined by newlines."""
    return "\n".join(line.text for line in doc.lines)


def _lines(doc: LoadedDocument) -> list[_Line]:
    out, pos = [], 0
    for line in doc.lines:
        out.append(_Line(line.text, line.page, pos, pos + len(line.text)))
        pos += len(line.text) + 1
    return out


def _ends_sentence(text: str) -> bool:
    return bool(SENTENCE_END.search(text))


def _one_sentence(text: str) -> bool:
    body = " ".join(text.split())
    return body.endswith(".") and not re.search(r"[.!?]\s+[A-ZÆØÅ]", body[:-1])


class _Parser:
    def __init__(self, doc: LoadedDocument):
        self.doc = doc
        self.lines = _lines(doc)
        self.is_plan = doc.info.kind.lower() in PLAN_KINDS
        self.markdown = doc.path.suffix.lower() in {".md", ".markdown"}
        lengths = sorted(len(ln.text.strip()) for ln in doc.lines if ln.text.strip())
        median = lengths[len(lengths) // 2] if lengths else 80
        self.median = median
        self.heading_chars = max(40, int(0.7 * median))

    def _next(self, i: int) -> _Line | None:
        for line in self.lines[i + 1 :]:
            if line.text.strip():
                return line
        return None

    def _prev(self, i: int) -> _Line | None:
        for line in reversed(self.lines[:i]):
            if line.text.strip():
                return line
        return None

    def _page_first(self, i: int) -> bool:
        prev = self._prev(i)
        return prev is None or (prev.page != self.lines[i].page and prev.page is not None)

    def _plain_heading(self, i: int) -> bool:
        text = self.lines[i].text.strip()
        if not text or len(text) > self.heading_chars or len(text.split()) > 10:
            return False
        about = text.startswith("Om ") and text.endswith(".")  # "Om arbeidet med …." is a heading
        if (text[-1] in ".,;:-–" and not about) or not (text[0].isupper() or text[0].isdigit()):
            return False
        if BULLET.match(text) or text.startswith(QUOTE_OPEN) or re.match(r"^[\d\s.,%]+$", text):
            return False
        prev, nxt = self._prev(i), self._next(i)
        if prev is not None and not (_ends_sentence(prev.text) or prev.heading is not None):
            gap = i > 0 and not self.lines[i - 1].text.strip()
            if not (gap or self._page_first(i)):
                return False
        if nxt is None or self._table_follows(i):
            return False
        first = nxt.text.strip()[0]
        return first.isupper() or first.isdigit() or first in "•▪«“§"

    def _table_follows(self, i: int) -> bool:
        """Two short unfinished lines after a candidate heading: a table's rows, so no heading."""
        rows = [ln.text.strip() for ln in self.lines[i + 1 :] if ln.text.strip()][:2]
        short = 0.8 * self.median
        return len(rows) == 2 and all(len(r) < short and not _ends_sentence(r) for r in rows)

    def classify(self) -> None:
        """Mark heading lines with a provisional level."""
        for i, line in enumerate(self.lines):
            text = line.text.strip()
            if not text:
                continue
            if self.markdown:
                m = MD_HEADING.match(text)
                if m:
                    line.heading = len(m.group(1))
                continue
            nxt = self._next(i)
            quoted_next = nxt is not None and nxt.text.lstrip().startswith(QUOTE_OPEN)
            resolution = bool(RESOLUTION.match(text)) and quoted_next
            if STATUS.match(text) or STATUTE.match(text) or resolution or self._plain_heading(i):
                line.heading = 0
        # three or more headings in a row are a table or a list, not headings
        run: list[_Line] = []
        for line in [*self.lines, _Line("x", None, 0, 0)]:
            if not line.text.strip():
                continue
            if line.heading == 0 and not STATUS.match(line.text.strip()):
                run.append(line)
                continue
            if len(run) >= 3:
                for item in run:
                    item.heading = None
            run = []

    def blocks(self) -> list[Block]:
        self.classify()
        raw: list[dict] = []
        i, n = 0, len(self.lines)
        title_done = False
        while i < n:
            line = self.lines[i]
            text = line.text.strip()
            if not text:
                i += 1
                continue
            if line.heading is not None:
                raw.append(self._heading_block(i, title_done))
                title_done = True
                i += 1
                continue
            title_done = True
            j = i
            kind = "paragraph"
            if BULLET.match(text):
                kind = "item"
            elif text.startswith(QUOTE_OPEN):
                kind = "quote"
            if kind == "quote":
                while j < n and "»" not in self.lines[j].text and "”" not in self.lines[j].text[1:]:
                    j += 1
                j = min(j, n - 1)
            elif PRIORITY.match(text) and self._priority_end(i) is not None:
                j = self._priority_end(i)
                raw.append(self._span(i, j, "heading", role="priority", level=3))
                i = j + 1
                continue
            else:
                while j + 1 < n:
                    nxt = self.lines[j + 1]
                    t = nxt.text.strip()
                    if not t or nxt.heading is not None or t.startswith(QUOTE_OPEN):
                        break
                    if BULLET.match(t) and not self._dash_continues(text, j, t):
                        break
                    if PRIORITY.match(t) and self._priority_end(j + 1) is not None:
                        break
                    j += 1
            raw.append(self._span(i, j, kind))
            i = j + 1
        self._promote_status_leads(raw)
        return self._assign(raw)

    def _dash_continues(self, first: str, j: int, line: str) -> bool:
        """ "– Kulturskole for alle" after an unfinished "•" line is the same item, not a new one."""
        return (
            line[0] in "-–"
            and bool(BULLET.match(first))
            and first[0] not in "-–"
            and not _ends_sentence(self.lines[j].text)
        )

    def _priority_end(self, i: int) -> int | None:
        """Last line of a one-sentence priority ("Kulturskolerådet skal …") starting at line i."""
        for j in range(i, min(i + 5, len(self.lines))):
            t = self.lines[j].text.strip()
            if not t or (j > i and self.lines[j].heading is not None):
                return None
            if t.endswith("."):
                text = " ".join(ln.text.strip() for ln in self.lines[i : j + 1])
                if not _one_sentence(text):
                    return None
                prev, nxt = self._prev(i), self._next(j)
                after_sentence = prev is None or _ends_sentence(prev.text) or prev.heading is not None
                before_status = nxt is not None and bool(STATUS.match(nxt.text.strip()))
                return j if after_sentence or before_status else None
        return None

    def _span(self, i: int, j: int, kind: str, role: str | None = None, level: int = 0) -> dict:
        first, last = self.lines[i], self.lines[j]
        text = normalise_space(" ".join(ln.text.strip() for ln in self.lines[i : j + 1]))
        return {
            "kind": kind,
            "title": text,
            "start": first.start,
            "end": last.end,
            "page": first.page,
            "page_end": last.page,
            "role": role,
            "level": level,
            "ref": None,
        }

    def _heading_block(self, i: int, title_done: bool) -> dict:
        line = self.lines[i]
        text = line.text.strip()
        block = self._span(i, i, "heading")
        if self.markdown:
            block["title"] = MD_HEADING.match(text).group(2)
            block["level"], block["role"] = line.heading, "heading"
            return block
        if m := STATUS.match(text):
            block.update(level=8, role=STATUS_ROLE[m.group(1).lower()], title=m.group(1))
        elif m := STATUTE.match(text):
            rest = (m.group(2) or "").strip()
            block.update(level=4 if "-" in m.group(1) else 3, role="paragraph_sign", ref=f"§ {m.group(1)}")
            block["title"] = f"§ {m.group(1)} {rest}".strip() if len(rest) <= 80 else f"§ {m.group(1)}"
        elif (m := RESOLUTION.match(text)) and not self._plain_numbered(text):
            block.update(level=3, role="resolution", ref=f"vedtak {m.group(1)}", title=text)
        elif m := NUMBERED.match(text):
            number, dot = m.group(1), m.group(2)
            if self.is_plan:
                block.update(level=1 + number.count("."), role="chapter", ref=f"kap. {number}")
            else:
                block.update(level=3 if dot or "." not in number else 2, role="heading")
        elif not title_done:
            block.update(level=0, role="title")
        else:
            nxt = self._next(i)
            parent = nxt is not None and nxt.heading is not None and not STATUS.match(nxt.text.strip())
            block.update(level=1 if parent or self._page_first(i) else 2, role="heading")
        return block

    def _plain_numbered(self, text: str) -> bool:
        return self.is_plan

    def _promote_status_leads(self, raw: list[dict]) -> None:
        """A one-sentence paragraph straight before "Hva som har vært gjort" is that item's heading."""
        for k in range(len(raw) - 1):
            block, nxt = raw[k], raw[k + 1]
            if (
                block["kind"] == "paragraph"
                and nxt.get("role") == "status_done"
                and len(block["title"]) <= 250
                and _one_sentence(block["title"])
            ):
                block.update(kind="heading", role="item", level=3)

    def _assign(self, raw: list[dict]) -> list[Block]:
        stack: list[_Heading] = []
        unit = 0
        blocks: list[Block] = []
        for b in raw:
            if b["kind"] == "heading" and b["role"] != "title":
                while stack and stack[-1].level >= b["level"]:
                    stack.pop()
                stack.append(_Heading(b["level"], b["title"], b["ref"], b["role"]))
                unit += 1
            ref = next((h.ref for h in reversed(stack) if h.ref), None)
            blocks.append(
                Block(
                    kind=b["kind"],
                    text=b["title"],
                    start=b["start"],
                    end=b["end"],
                    page=b["page"],
                    page_end=b["page_end"],
                    section=tuple(h.title for h in stack),
                    ref=ref,
                    unit=unit,
                    level=b["level"],
                    role=b["role"] or (stack[-1].role if stack else "text"),
                )
            )
        return _decisions_in_sections(blocks)


def _decisions_in_sections(blocks: list[Block]) -> list[Block]:
    """A section that reports a Landsting decision ("vedtaket fra landstinget i sak 5.6") is cited as it."""
    out = list(blocks)
    for i, b in enumerate(out):
        if b.kind != "heading" or not 1 <= b.level <= 2 or b.ref:
            continue
        j = i + 1
        while j < len(out) and not (out[j].kind == "heading" and out[j].level <= b.level):
            j += 1
        section = out[i:j]
        if any(s.kind == "heading" and b.level < s.level <= 2 for s in section[1:]):
            continue  # the innermost section carries the decision
        mention = next((k for k, s in enumerate(section) if DECISION.search(s.text)), None)
        if mention is None or any(s.ref for s in section):
            continue
        number = DECISION.search(section[mention].text).group(1)
        stop = next(
            (k for k in range(mention + 1, len(section)) if section[k].kind == "heading" and section[k].level == 3),
            len(section),
        )
        for k in range(stop):
            out[i + k] = replace(section[k], ref=f"vedtak {number}")
    return out


def normalise_space(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def find_blocks(doc: LoadedDocument) -> list[Block]:
    """The document's blocks in reading order, each with section path, ref and unit."""
    return _Parser(doc).blocks()
