"""Find a document's own structure: headings, resolutions, priorities, §§, chapters, lists.

The output is a flat list of blocks, each knowing its heading path, its `ref`
(``vedtak 5.13``, ``§ 4``, ``kap. 3.4``) and the unit it belongs to. A unit is the
stretch under one heading; chunks never cross units.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from ingest.lang import language
from ingest.records import Block, LoadedDocument
from ingest.refs import GOAL_KINDS, SECTION_KINDS, Ref, number_key, opening_refs
from ingest.splitter import sentence_spans, sentences

_LANG = language()
_DONE, _PLANNED = _LANG.alternation("status", "status_done"), _LANG.alternation("status", "status_planned")
STATUS = re.compile(rf"^({_DONE}|{_PLANNED})\s*:?$", re.I)
_TITLE_REST = r"\.?\s*[:.–-]?\s*(.*)$"
_CHAPTER_WORD, _SAK_WORD = _LANG.alternation("headings", "chapter"), _LANG.alternation("headings", "sak")
CHAPTER = re.compile(rf"^(?:{_CHAPTER_WORD})\s*(\d{{1,2}}(?:\.\d{{1,2}}){{0,3}}|[IVXL]{{1,5}})\b" + _TITLE_REST)
# "Note 4 Lønnskostnader": a note to annual accounts
NOTE = re.compile(rf"^(?:{_LANG.alternation('headings', 'note')})\s+(\d{{1,2}})(?![\d.]*\d)" + _TITLE_REST)
# "Sak 5.3 …" of a Landsting, "HS-sak 21/25 …" of a board (numbered within its year)
SAK = re.compile(
    rf"^(?:{_SAK_WORD})\s+(\d{{1,3}}/\d{{2}}(?:\d{{2}})?|\d{{1,2}}(?:\.\d{{1,2}})?)(?![\d.]*\d)" + _TITLE_REST
)
_GOAL_WORDS = {w.lower(): kind for kind in GOAL_KINDS for w in _LANG.words("headings", kind)}
GOAL = re.compile(
    rf"^(?P<kind>{'|'.join(re.escape(w) for w in sorted(_GOAL_WORDS, key=len, reverse=True))})"
    r"\s+(?P<num>\d{1,2}(?:\.\d{1,2}){0,2})(?![\d])\.?\s*[:.–-]?\s*(?P<rest>.*)$",
    re.I,
)
GOAL_PART = re.compile(rf"^(?:{_LANG.alternation('headings', 'goal_parts')})\s*:?$", re.I)
CONTENTS = re.compile(rf"^(?:{_LANG.alternation('headings', 'contents')})\s*:?$", re.I)
# headings inside a protocol's sak: "Forslag til vedtak:", "Tilleggsforslag fra Bergen kommune:", "Votering",
# "Vedtak:" (alone, or with the resolution on the same line)
PROTOCOL_ROLES = tuple(
    (
        role,
        re.compile(
            rf"^(?P<label>{_LANG.alternation('protocol', role)})"
            r"(?P<who>\s+(?:fra|frå|fremmet av|fremma av)\s+[^:.]{1,80})?\s*(?::\s*(?P<rest>\S.*)?)?$"
        ),
    )
    for role in ("proposal", "amendment", "vote", "resolution")
)
VOTE_RESULT = re.compile("|".join(_LANG.words("protocol", "vote_result")), re.I)
ADOPTED = re.compile(rf"\b(?:{_LANG.alternation('protocol', 'adopted')})\b", re.I)
REJECTED = re.compile(rf"\b(?:{_LANG.alternation('protocol', 'rejected')})\b", re.I)
LEDD_MARK = re.compile(r"^\((\d{1,2})\)\s+\S")
NUMBERED_POINT = re.compile(r"^\d{1,2}(?:\.\d{1,2})+\s+\S")  # "9.2 Ordstyrer kan …"
LETTER_MARK = re.compile(r"^([a-zæøå])\)\s+\S")
RESOLUTION = re.compile(r"^(\d{1,2}\.\d{1,2})\s+([A-ZÆØÅ].{2,100}?)\s*$")
# "§ 6 Styret", and "Artikkel 4 Oppgaver" of instructions, which is a unit of the same shape
STATUTE = re.compile(rf"^(?:§|(?:{_LANG.alternation('headings', 'article')})\s)\s*(\d+(?:-\d+)?[a-z]?)\.?(?:\s+(.*))?$")
NUMBERED = re.compile(r"^(?:kap(?:ittel|\.)?\s*)?(\d{1,2}(?:\.\d{1,2}){0,3})(\.?)\s+([A-ZÆØÅ].{1,100})$")
BULLET = re.compile(r"^([•o▪\-–*·◦])\s+(\S.*)$")
NUM_ITEM = re.compile(r"^(\d{1,2})[.)]\s+\S")
# a numbered point of rules or regulations, a paragraph that opens with its number: "4.2 Ved replikk …"
POINT = re.compile(r"^(\d{1,2}(?:\.\d{1,2}){1,2})\s+(?=[A-ZÆØÅ«“\"(])")
PRIORITY = re.compile(r"^(?:Kulturskolerådet|Norsk kulturskoleråd) (?:skal|har som mål)\b")
SENTENCE_END = re.compile(r"[.!?:»”]\s*$")
QUOTE_OPEN = ("«", "“", '"')
DECISION = re.compile(
    r"(?:[Ll]andstingets sak|[Vv]edtaket fra [Ll]andstinget i sak|[Ll]andstinget i sak)"
    r"\s+(\d{1,2}\.\d{1,2})"
)
_CONTINUED_BY = frozenset(_LANG.words("headings", "continued_by"))
RESOLUTION_KINDS = _LANG.kinds("resolution_documents")
CHAPTER_KINDS = _LANG.kinds("chapter_documents")


def status_role(text: str) -> str:
    """ "Hva som har vært gjort" → status_done; "Hva som er planlagt gjort videre" → status_planned."""
    return "status_done" if re.match(rf"(?:{_DONE})", text, re.I) else "status_planned"


@dataclass
class _Line:
    text: str
    page: int | None
    start: int
    end: int
    heading: int | None = None
    mark: int | None = None  # the heading level (or font rank) the reader found in the file
    role: str | None = None  # what the reader says the line is: item, row, quote, label, title
    listed: bool = False  # a line of a contents list or an agenda: it ends where it ends


@dataclass
class _Heading:
    level: int
    title: str
    ref: str | None
    role: str
    rank: int | None = None  # font rank of a PDF heading (1 = largest type)


def normalised_text(doc: LoadedDocument) -> str:
    """The document text that chunk offsets point into: cleaned lines joined by newlines."""
    return "\n".join(line.text for line in doc.lines)


def _lines(doc: LoadedDocument) -> list[_Line]:
    out, pos = [], 0
    for line in doc.lines:
        out.append(_Line(line.text, line.page, pos, pos + len(line.text), mark=line.heading, role=line.role))
        pos += len(line.text) + 1
    return out


def _ends_sentence(text: str) -> bool:
    return bool(SENTENCE_END.search(text))


def closing_quote(text: str, start: int) -> int | None:
    """Offset of the mark that closes the quote opening at `start`, counting nested «…» (None if open)."""
    opener = text[start]
    if opener != "«":
        closers = '”"' if opener in '“"' else opener
        for k in range(start + 1, len(text)):
            if text[k] in closers:
                return k
        return None
    depth = 0
    for k in range(start, len(text)):
        depth += text[k] == "«"
        depth -= text[k] == "»"
        if depth == 0:
            return k
    return None


def _titled(rest: str | None) -> bool:
    """A heading's words after its number: none, or a capitalised title ("Sak 5.3 Kontingent")."""
    return not rest or (rest[0].isupper() and not rest.endswith(","))


def _within(number: str, parent_ref: str | None) -> bool:
    """ "4.1.1" lies within "kap. 4" and "kap. 4.1", not within "kap. 3.4"."""
    parent = (parent_ref or "")[5:]
    return bool(parent) and number.startswith(parent + ".")


def _one_sentence(text: str) -> bool:
    body = " ".join(text.split())
    return body.endswith(".") and len(sentence_spans(body)) == 1


class _Parser:
    def __init__(self, doc: LoadedDocument):
        self.doc = doc
        self.lines = _lines(doc)
        # "styles": the file's heading levels are the author's; "fonts": type size marks headings
        self.marked = doc.headings
        lengths = sorted(len(ln.text.strip()) for ln in doc.lines if ln.text.strip())
        median = lengths[len(lengths) // 2] if lengths else 80
        self.median = median
        self.heading_chars = max(40, int(0.7 * median))
        self.kind = doc.info.kind.lower()
        texts = [ln.text.strip() for ln in doc.lines]
        sections = sum(1 for t in texts if (m := STATUTE.match(t)) and (m.group(2) or "")[:1].isupper())
        saks = sum(1 for t in texts if (m := SAK.match(t)) and (m.group(2) or "")[:1].isupper())
        # the document's own signals back up the manifest's kind: §-headed statutes, "Sak N" protocols
        # (§-headed rules are statutes whatever the manifest calls them: an instruction, ethics rules)
        self.statutes = self.kind == "statutes" or (sections >= 3 and sections > saks)
        self.protocol = not self.statutes and saks >= 2
        self.resolution_doc = self.kind in RESOLUTION_KINDS or self.kind == "document"
        # numbered headings are chapters ("kap. 2.1") in plans, strategies and statutes, in a protocol, and in
        # any document whose headings are numbered in two levels ("2 Organisasjonen", "2.1 Medlemmer") without
        # being resolutions ("5.13 Prisnivå …" and a quoted text, as in a report to the Landsting)
        # — or, whatever its kind is called, in a document that is no resolution document and whose headings
        # are numbered in sequence ("1. Bakgrunn", "2. Formål", "3. Oppgaver": a mandate, a nomination)
        self.chapters = (
            self.kind in CHAPTER_KINDS
            or self.kind == "document"
            or self.protocol
            or _numbered_in_levels(texts)
            or (not self.resolution_doc and _numbered_in_sequence(texts))
        )
        self._last_section: tuple | None = None
        # the word the document names its numbered parts by ("jf. punkt 4.2"): its refs are printed so
        self.part_kind = "punkt" if _self_named(texts, "punkt") > _self_named(texts, "kap.") else "kap."

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

    def _after_break(self, i: int) -> bool:
        """The line starts after a finished sentence, a heading, a blank line or a page break."""
        prev = self._prev(i)
        if prev is None or _ends_sentence(prev.text) or prev.heading is not None or prev.listed:
            return True
        return (i > 0 and not self.lines[i - 1].text.strip()) or self._page_first(i)

    def _plain_heading(self, i: int) -> bool:
        text = self.lines[i].text.strip()
        if not text or len(text) > self.heading_chars or len(text.split()) > 10:
            return False
        about = text.startswith("Om ") and text.endswith(".")  # "Om arbeidet med …." is a heading
        if (text[-1] in ".,;:-–" and not about) or not (text[0].isupper() or text[0].isdigit()):
            return False
        if BULLET.match(text) or text.startswith(QUOTE_OPEN) or re.match(r"^[\d\s.,%]+$", text) or " | " in text:
            return False
        if not self._after_break(i):
            return False
        nxt = self._next(i)
        if nxt is None or self._table_follows(i):
            return False
        first = nxt.text.strip()[0]
        return first.isupper() or first.isdigit() or first in "•▪«“§("

    def _table_follows(self, i: int) -> bool:
        """Two short unfinished lines after a candidate heading: a table's rows, so no heading."""
        rows = [ln.text.strip() for ln in self.lines[i + 1 :] if ln.text.strip()][:2]
        short = 0.8 * self.median
        return len(rows) == 2 and all(len(r) < short and not _ends_sentence(r) for r in rows)

    def _section_heading(self, i: int) -> bool:
        """ "§ 6 Styret" heads a paragraph; a wrapped mention ("jf. vedtektene" / "§ 20.") does not."""
        text = self.lines[i].text.strip()
        m = STATUTE.match(text)
        if not m or not self._after_break(i):
            return False
        rest = (m.group(2) or "").strip()
        if rest and (not rest[0].isupper() or rest[-1] in ",;" or len(rest.split()) > 12):
            return False
        if not self.statutes:
            return bool(rest) and not rest.endswith(".")
        key = number_key(m.group(1))
        if self._last_section is not None and key <= self._last_section:
            return False  # §§ of statutes run upwards; a lower number is a mention
        self._last_section = key
        return True

    def _strong(self, i: int) -> str | None:
        """A heading the document's kind makes certain: §, chapter, sak, protocol label or status."""
        text = self.lines[i].text.strip()
        if STATUS.match(text):
            return "status"
        if self._section_heading(i):
            return "section"
        m = CHAPTER.match(text)
        if m and self._after_break(i) and not text.endswith((".", ",")) and _titled(m.group(2)):
            return "chapter"
        m = SAK.match(text) if self.protocol else None
        if m and self._after_break(i) and _titled(m.group(2)):
            return "sak"
        if self.protocol and self._protocol_role(text) and self._after_break(i):
            return "protocol"
        if (m := GOAL.match(text)) and self._after_break(i) and _goal_title(m):
            return "goal"
        if (m := NOTE.match(text)) and self._after_break(i) and _titled(m.group(2)) and not text.endswith("."):
            return "note"
        return None

    @staticmethod
    def _protocol_role(text: str) -> tuple[str, re.Match] | None:
        for role, pattern in PROTOCOL_ROLES:
            if m := pattern.fullmatch(text):
                return role, m
        return None

    def _contents_lists(self) -> None:
        """A contents list or an agenda ("Innhold" / "Saksliste", then "§ 1 Navn", "§ 2 Formål", … with no text
        between) names the units; it does not open them. Its lines become list items, and the line that
        titles it a label, which is no parent of what follows."""
        names = [i for i, ln in enumerate(self.lines) if ln.text.strip()]
        run: list[int] = []
        last: tuple | None = None
        for k in [*names, None]:
            key = _unit_key(self.lines[k].text.strip(), self.protocol) if k is not None else None
            # the list counts upwards; a unit named again ("§ 1 Navn og status" after "§ 14 …") is where the
            # text itself begins
            if key is not None and (last is None or key > last):
                run.append(k)
                last = key
                continue
            if len(run) >= MIN_CONTENTS_LINES:
                for i in run:
                    self.lines[i].role, self.lines[i].mark, self.lines[i].listed = "item", None, True
                before = names.index(run[0]) - 1
                if before >= 0 and CONTENTS.match(self.lines[names[before]].text.strip()):
                    self.lines[names[before]].role = "label"
            run, last = ([k], key) if key is not None else ([], None)

    def _wrapped_headings(self) -> None:
        """A heading set in large type that wraps onto a second line ("Sak 4/25 Handlingsplan for" /
        "2025–2026") is one heading: the second line, in the same type right below, continues it."""
        if self.marked != "fonts":
            return
        for i in range(len(self.lines) - 1):
            line, nxt = self.lines[i], self.lines[i + 1]
            if line.mark is None or nxt.mark != line.mark or nxt.page != line.page or not nxt.text.strip():
                continue
            text, more = line.text.strip(), nxt.text.strip()
            if _ends_sentence(text) or line.role == "label" or _names_unit(more, True):
                continue
            if NUMBERED.match(more) or RESOLUTION.match(more):
                continue  # "5 Kultur" / "5.21 Gratis kulturskole": two headings
            if more[0].islower() or text.split()[-1].lower() in _CONTINUED_BY:
                nxt.role, nxt.mark = "continued", None

    def classify(self) -> None:
        """Mark heading lines with a provisional level."""
        self.strong: set[int] = set()
        self._contents_lists()
        self._wrapped_headings()
        for i, line in enumerate(self.lines):
            text = line.text.strip()
            if not text or line.role == "continued":
                continue
            if self.marked and (line.mark is not None or line.role in ("label", "title")):
                line.heading = 0  # the file itself marks it: a Word style, a Markdown #, a larger type
                self.strong.add(i)
                continue
            if line.role in ("item", "row", "quote"):
                continue
            if self._strong(i):
                line.heading = 0
                self.strong.add(i)
                continue
            nxt = self._next(i)
            quoted_next = nxt is not None and nxt.text.lstrip().startswith(QUOTE_OPEN)
            resolution = bool(RESOLUTION.match(text)) and quoted_next and self.resolution_doc
            if resolution or (not self.marked and self._plain_heading(i)):
                line.heading = 0
        # three or more plain headings in a row are a table or a list, not headings
        run: list[_Line] = []
        for k, line in enumerate([*self.lines, _Line("x", None, 0, 0)]):
            if not line.text.strip():
                continue
            if line.heading == 0 and k not in self.strong:
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
                last = i
                while last + 1 < n and self.lines[last + 1].role == "continued":
                    last += 1
                raw.append(self._heading_block(i, title_done, last))
                title_done = True
                i = last + 1
                continue
            title_done = True
            j = i
            kind = "paragraph"
            if number := self._point(i, raw):
                # "4.2 Ved replikk …" under "4 Taletid": the point is a unit of its own, cited as "punkt 4.2"
                while j + 1 < n and self._continues_point(j + 1, number):
                    j += 1
                block = self._span(i, j, "paragraph")
                block.update(opens=number, role="chapter", ref=str(Ref("kap.", number)), level=1 + number.count("."))
                raw.append(block)
                i = j + 1
                continue
            if line.role in ("item", "row", "quote"):
                # the reader knows the whole item, row or quote: its lines run to the next mark or gap
                while j + 1 < n and (t := self.lines[j + 1]).text.strip() and t.heading is None and t.role is None:
                    if line.role == "row" and self._after_row(self.lines[j].text, t.text):
                        break
                    j += 1
                raw.append(self._span(i, j, line.role))
                i = j + 1
                continue
            if BULLET.match(text) or LETTER_MARK.match(text) or self._numbered_item(i):
                kind = "item"
            elif LEDD_MARK.match(text):
                kind = "ledd"
            elif self._opens_quote(text):
                kind = "quote"
            if kind == "quote":
                j = self._quote_end(i)
            elif PRIORITY.match(text) and self._priority_end(i) is not None:
                j = self._priority_end(i)
                raw.append(self._span(i, j, "heading", role="priority", level=3))
                i = j + 1
                continue
            else:
                while j + 1 < n:
                    nxt = self.lines[j + 1]
                    t = nxt.text.strip()
                    if not t or nxt.heading is not None or self._opens_quote(t):
                        break
                    if LEDD_MARK.match(t) or LETTER_MARK.match(t) or " | " in t or nxt.role is not None:
                        break
                    if self._numbered_item(j + 1):
                        break
                    if BULLET.match(t) and not self._dash_continues(text, j, t):
                        break
                    last = self.lines[j].text.strip()
                    if kind == "item" and t[:1].isupper() and len(last) < self.heading_chars and last[-1] not in ",-–:":
                        break  # an item's short last line, then a capital: the paragraph after the list
                    if PRIORITY.match(t) and self._priority_end(j + 1) is not None:
                        break
                    if " | " in text:
                        break  # a table row is one line
                    j += 1
            raw.append(self._span(i, j, "row" if " | " in text and kind == "paragraph" else kind))
            i = j + 1
        self._promote_status_leads(raw)
        return self._assign(raw)

    @staticmethod
    def _after_row(row: str, nxt: str) -> bool:
        """Is the line after a table row no part of it? A wrapped cell goes on in lower case, with a number or
        after a comma ("… kl." / "09.00–12.15", "Halvard Nesje," / "Mariam Bakke-Holm, …"); a capital after a
        finished cell ("Mål 2030: 250" / "Indikatorene rapporteres …") or a numbered point ("9.2 Ordstyrer …")
        starts the text after the table."""
        nxt, row = nxt.strip(), row.rstrip()
        return bool(NUMBERED_POINT.match(nxt)) or (nxt[:1].isupper() and row[-1:] not in ",;:–-")

    def _point(self, i: int, raw: list[dict]) -> str | None:
        """The number of a numbered point that line i opens ("4.2 Ved replikk …", no heading), when the
        document has numbered chapters and the point lies in the latest one ("4", or a point "4.1" before it)."""
        line = self.lines[i]
        m = POINT.match(line.text.strip())
        if not m or not self.chapters or line.heading is not None or line.role is not None:
            return None
        number = m.group(1)
        parent = number.rsplit(".", 1)[0]
        last = next((b["ref"][5:] for b in reversed(raw) if b.get("role") == "chapter" and b.get("ref")), None)
        return number if last is not None and (last == parent or last.startswith(parent + ".")) else None

    def _continues_point(self, j: int, number: str) -> bool:
        """Line j goes on with the point above it: text, no gap, no heading, no next point, mark or row."""
        line = self.lines[j]
        t = line.text.strip()
        if not t or line.heading is not None or line.role is not None or " | " in t:
            return False
        if (m := POINT.match(t)) and (
            m.group(1).rsplit(".", 1)[0] == number.rsplit(".", 1)[0]  # the next point
            or m.group(1).startswith(number + ".")  # a point under this one
        ):
            return False
        return not (LEDD_MARK.match(t) or BULLET.match(t) or self._opens_quote(t))

    def _numbered_item(self, i: int) -> bool:
        """ "2. Flere lærere …" after a finished sentence, a lead-in or the item numbered one less."""
        m = NUM_ITEM.match(self.lines[i].text.strip())
        if not m or self.lines[i].heading is not None:
            return False
        prev = self._prev(i)
        if prev is None or prev.heading is not None or _ends_sentence(prev.text) or int(m.group(1)) == 1:
            return True
        # the item before, possibly wrapped over several lines: the nearest line that starts with a number
        for back in range(i - 1, max(-1, i - 12), -1):
            if pm := NUM_ITEM.match(self.lines[back].text.strip()):
                return int(pm.group(1)) == int(m.group(1)) - 1
            if not self.lines[back].text.strip() and back < i - 1:
                break
        return False

    @staticmethod
    def _opens_quote(text: str) -> bool:
        """A line that opens a block quote: it starts with «, “ or " and the quote runs to its end or beyond."""
        if not text.startswith(QUOTE_OPEN):
            return False
        end = closing_quote(text, 0)
        return end is None or not text[end + 1 :].strip(" .,;:")

    def _quote_end(self, i: int) -> int:
        """Last line of the quote opening at line i; nested «…» inside it do not close it."""
        text = "\n".join(ln.text for ln in self.lines[i:])
        close = closing_quote(text, 0)
        pos = self.lines[i].start
        for j in range(i, len(self.lines)):
            line = self.lines[j]
            if j > i and (line.heading is not None or not line.text.strip()):
                return j - 1
            if close is not None and close <= line.end - pos:
                return j
        return len(self.lines) - 1

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

    def _heading_block(self, i: int, title_done: bool, last: int | None = None) -> dict:
        """The heading of line i, with the lines up to `last` that continue it."""
        line = self.lines[i]
        text = line.text.strip()
        block = self._span(i, last if last is not None else i, "heading")
        if line.mark is not None or line.role in ("label", "title"):
            return self._marked_heading(i, block, title_done)
        strong = self._strong_kind(i)
        if m := STATUS.match(text):
            block.update(level=8, role=status_role(m.group(1)), title=m.group(1))
        elif strong == "chapter" and (m := CHAPTER.match(text)):
            block.update(level=1, role="chapter", ref=str(Ref("kap.", m.group(1))))
        elif strong == "section" and (m := STATUTE.match(text)):
            rest = (m.group(2) or "").strip()
            sub = "-" in m.group(1)
            block.update(level=(3 if sub else 2) if self.statutes else (4 if sub else 3), role="paragraph_sign")
            kind = _section_kind(text)
            block.update(ref=str(Ref(kind, m.group(1))))
            sign = "§" if kind == "§" else text.split()[0]
            block["title"] = f"{sign} {m.group(1)} {rest}".strip() if len(rest) <= 80 else f"{sign} {m.group(1)}"
        elif strong == "sak" and (m := SAK.match(text)):
            block.update(level=2, role="sak", ref=str(Ref("sak", m.group(1))))
        elif strong == "protocol" and (found := self._protocol_role(text)):
            role, m = found
            block.update(level=3, role=role, title=(m.group("label") + (m.group("who") or "")).strip())
            if m.group("rest"):
                # "Vedtak: Kontingenten økes …": the label opens the unit, the line is its text
                block.update(kind="paragraph", opens=block["title"])
        elif strong == "note" and (m := NOTE.match(text)):
            block.update(level=2, role="note", ref=str(Ref("note", m.group(1))))
        elif strong == "goal" and (m := GOAL.match(text)):
            kind = _GOAL_WORDS[m.group("kind").lower()]
            block.update(level=_goal_level(kind, m.group("num")), role=kind, ref=str(Ref(kind, m.group("num"))))
        elif (m := RESOLUTION.match(text)) and self.resolution_doc and self._quoted_next(i):
            block.update(level=3, role="resolution", ref=str(Ref("vedtak", m.group(1))), title=text)
        elif m := NUMBERED.match(text):
            number, dot = m.group(1), m.group(2)
            if goal := _numbered_goal(m):
                block.update(level=1 + number.count("."), role=goal.kind, ref=str(goal))
            elif self.chapters:
                block.update(level=1 + number.count("."), role="chapter", ref=str(Ref("kap.", number)))
            else:
                block.update(level=3 if dot or "." not in number else 2, role="heading")
        elif not title_done:
            block.update(level=0, role="title")
        else:
            nxt = self._next(i)
            parent = nxt is not None and nxt.heading is not None and not STATUS.match(nxt.text.strip())
            block.update(level=1 if parent or self._page_first(i) else 2, role="heading")
        return block

    def _marked_heading(self, i: int, block: dict, title_done: bool) -> dict:
        """A heading the file marks. Its words give the ref (goal, chapter, §, sak); Word and Markdown
        give the level, while a PDF's type size gives a rank that `_assign` turns into a depth."""
        line = self.lines[i]
        text = block["title"]  # with the lines that continue it
        styled = self.marked == "styles"
        level = line.mark if styled else None
        if line.role == "label":
            return {**block, "level": 9, "role": "label"}
        if line.role == "title" or (not styled and not title_done and line.mark == 1):
            return {**block, "level": 0, "role": "title"}
        if m := STATUS.match(text):
            block.update(level=8, role=status_role(m.group(1)), title=m.group(1))
        elif (m := GOAL.match(text)) and _goal_title(m):
            kind = _GOAL_WORDS[m.group("kind").lower()]
            number = m.group("num")
            block.update(level=level or _goal_level(kind, number), role=kind, ref=str(Ref(kind, number)))
        elif (m := CHAPTER.match(text)) and _titled(m.group(2)):
            block.update(level=level or 1, role="chapter", ref=str(Ref("kap.", m.group(1))))
        elif (m := STATUTE.match(text)) and (m.group(2) or "")[:1].isupper():
            sub = "-" in m.group(1)
            default = (3 if sub else 2) if self.statutes else (4 if sub else 3)
            block.update(level=level or default, role="paragraph_sign", ref=str(Ref(_section_kind(text), m.group(1))))
        elif self.protocol and (m := SAK.match(text)) and _titled(m.group(2)):
            block.update(level=level or 2, role="sak", ref=str(Ref("sak", m.group(1))))
        elif (m := RESOLUTION.match(text)) and self.resolution_doc and self._quoted_next(i):
            block.update(level=level or 3, role="resolution", ref=str(Ref("vedtak", m.group(1))), title=text)
        elif (m := NOTE.match(text)) and _titled(m.group(2)):
            block.update(level=level or 2, role="note", ref=str(Ref("note", m.group(1))))
        elif (m := NUMBERED.match(text)) and (goal := _numbered_goal(m)):
            # "2.1 Mål 1: Flere barnehager …": the goal is what readers name it by; the number gives its depth
            block.update(level=level or 1 + m.group(1).count("."), role=goal.kind, ref=str(goal))
        elif (m := NUMBERED.match(text)) and self.chapters:
            block.update(level=level or 1 + m.group(1).count("."), role="chapter", ref=str(Ref("kap.", m.group(1))))
        elif self.protocol and (found := self._protocol_role(text)):
            role, m = found
            block.update(level=level or 3, role=role, title=(m.group("label") + (m.group("who") or "")).strip())
            if m.group("rest"):
                block.update(kind="paragraph", opens=block["title"])
        else:
            block.update(level=level, role="heading")
        block["rank"] = None if styled else line.mark
        return block

    def _sak_part(self, stack: list[_Heading], part: Ref) -> str | None:
        """In a protocol, a numbered heading under "Sak 8" whose number goes on from the sak's ("8.1") is a
        part of that sak and is cited so: "sak 8.1"."""
        if not self.protocol:
            return None
        sak = next((r for h in reversed(stack) if h.ref and (r := Ref.parse(h.ref)) and r.kind == "sak"), None)
        if sak is None or not part.number.startswith(sak.number + "."):
            return None
        return str(Ref("sak", part.number))

    def _strong_kind(self, i: int) -> str | None:
        if i not in self.strong:
            return None
        text = self.lines[i].text.strip()
        for kind, pattern in (("section", STATUTE), ("chapter", CHAPTER), ("sak", SAK), ("goal", GOAL), ("note", NOTE)):
            if pattern.match(text) and not (kind == "sak" and not self.protocol):
                return kind
        return "protocol" if self._protocol_role(text) else None

    def _quoted_next(self, i: int) -> bool:
        nxt = self._next(i)
        return nxt is not None and nxt.text.lstrip().startswith(QUOTE_OPEN)

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
        # a § or a sak heading found by its words, not its type ("Sak 1/25" right after the agenda), ranks
        # as the document's other headings of that kind do, so the headings inside it go under it
        ranks: dict[str, int] = {}
        for b in raw:
            if b.get("rank") is not None and b["ref"]:
                ranks.setdefault(b["role"], b["rank"])
        for b in raw:
            if b["kind"] == "heading" and b.get("rank") is None and b["ref"] and b["role"] in ranks:
                b["rank"] = ranks[b["role"]]
        stack: list[_Heading] = []
        unit = 0
        blocks: list[Block] = []
        ledd: int | None = None
        # statutes in Word or Markdown whose ledd are plain paragraphs, not marked "(1)": each paragraph of a
        # § is its next ledd, and lettered items belong to the ledd above them ("§ 5 (1) bokstav c")
        plain_ledd = self.statutes and self.marked == "styles" and not any(b["kind"] == "ledd" for b in raw)
        for b in raw:
            if (b["kind"] == "heading" and b["role"] != "title") or b.get("opens"):
                if b["level"] is None:
                    b["level"] = _depth(stack, b)
                number = b["ref"][5:] if b["role"] == "chapter" and b["ref"] else None
                while stack and (
                    stack[-1].level >= b["level"]
                    or (number and stack[-1].role == "chapter" and not _within(number, stack[-1].ref))
                ):
                    stack.pop()
                stack.append(_Heading(b["level"], b.get("opens") or b["title"], b["ref"], b["role"], b.get("rank")))
                unit += 1
                ledd = None
            ref = next((h.ref for h in reversed(stack) if h.ref), None)
            sub_ref = None
            unit_ref = Ref.parse(ref) if ref else None
            if unit_ref is not None and unit_ref.kind == "kap." and (sak := self._sak_part(stack, unit_ref)):
                ref = sak  # "8.1 Styreleder og styremedlemmer" under "Sak 8 Valg" in a protocol: sak 8.1
            elif unit_ref is not None and unit_ref.kind == "kap." and self.part_kind != "kap.":
                ref = str(Ref(self.part_kind, unit_ref.number))
            sectioned = unit_ref is not None and unit_ref.kind in SECTION_KINDS
            if sectioned and b["kind"] in ("ledd", "item"):
                if m := LEDD_MARK.match(b["title"]):
                    ledd = int(m.group(1))
                    sub_ref = str(Ref(unit_ref.kind, unit_ref.number, ledd))
                elif m := LETTER_MARK.match(b["title"]):
                    sub_ref = str(Ref(unit_ref.kind, unit_ref.number, ledd, m.group(1)))
                elif ledd is not None:
                    sub_ref = str(Ref(unit_ref.kind, unit_ref.number, ledd))
            elif sectioned and plain_ledd and b["kind"] == "paragraph":
                ledd = (ledd or 0) + 1
                sub_ref = str(Ref(unit_ref.kind, unit_ref.number, ledd))
            elif sectioned and ledd is not None and b["kind"] == "paragraph":
                # a ledd's further lines after its list
                sub_ref = str(Ref(unit_ref.kind, unit_ref.number, ledd))
            elif b["kind"] in ("item", "paragraph") and (goal := _opening_goal(b["title"], unit_ref)):
                sub_ref = str(goal)  # "• Tiltak 2.1.3 Gi veiledning …" under delmål 2.1 is tiltak 2.1.3
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
                    sub_ref=sub_ref,
                )
            )
        return _decisions_in_sections(blocks)


def _opening_goal(text: str, unit: Ref | None) -> Ref | None:
    """The goal or measure a list item or paragraph opens with ("• Tiltak 2.1.3 Gi veiledning …"), when it is a
    part of the unit it stands in: under "delmål 2.1" only a number below 2.1 is, not a mention of "tiltak 1.1.1"."""
    found = opening_refs(text)
    if not found or found[0].kind not in GOAL_KINDS:
        return None
    goal = found[0]
    if unit is None:
        return goal
    if goal.same_unit(unit) or (unit.kind in GOAL_KINDS and not goal.number.startswith(unit.number + ".")):
        return None
    return goal




def _self_named(texts: list[str], kind: str) -> int:
    """How often the document names a part of itself by the kind's words and a number ("jf. punkt 4.2")."""
    words = _LANG.alternation("refs", kind)
    return sum(len(re.findall(rf"(?<!\w)(?:{words})\s*\d", t, re.I)) for t in texts)


def _numbered_in_levels(texts: list[str]) -> bool:
    """Two or more headings numbered "2.1 Medlemmer" that no quoted text follows, and some numbered "2 …"."""
    filled = [t for t in texts if t]
    subs = tops = 0
    for k, text in enumerate(filled):
        m = NUMBERED.match(text)
        if not m or m.group(2) or len(text) > NUMBERED_HEADING_CHARS:
            continue
        quoted = k + 1 < len(filled) and filled[k + 1].startswith(QUOTE_OPEN)
        if "." in m.group(1) and not quoted:
            subs += 1
        elif "." not in m.group(1):
            tops += 1
    return subs >= 2 and tops >= 1


def _numbered_in_sequence(texts: list[str]) -> bool:
    """Short lines numbered "1 …", "2. …", "3 …" in order, each a title (a capital, no closing stop): numbered
    parts, however the document's kind is called."""
    numbers = []
    for text in texts:
        m = NUMBERED.match(text)
        if m and "." not in m.group(1) and len(text) <= NUMBERED_TITLE_CHARS and text[-1] not in ".,;:":
            numbers.append(int(m.group(1)))
    run = 0
    for number in numbers:
        run = run + 1 if number == run + 1 else (1 if number == 1 else run)
        if run >= MIN_NUMBERED_PARTS:
            return True
    return False


# a numbered heading is a short line
NUMBERED_HEADING_CHARS = 90
# … and a numbered title that names a part, shorter: "4 Varamedlemmer", "2. Formål"
NUMBERED_TITLE_CHARS = 60
# this many numbered in sequence make numbered parts of a document of any kind
MIN_NUMBERED_PARTS = 3
# this many lines in a row that each name a §, a sak, a chapter or a goal, with no text between, are a
# contents list or an agenda
MIN_CONTENTS_LINES = 3


def _names_unit(text: str, protocol: bool) -> bool:
    """Does the line read as the heading of a numbered unit: "§ 4 Kontingent", "Sak 4/25 Budsjett",
    "Kapittel 2 Organer", "Hovedmål 1 …"?"""
    return _unit_key(text, protocol) is not None


def _unit_key(text: str, protocol: bool) -> tuple | None:
    """The kind and sort key of the numbered unit a line is the heading of, or None."""
    if (m := STATUTE.match(text)) and (m.group(2) or "")[:1].isupper():
        return ("§", number_key(m.group(1)))
    if protocol and (m := SAK.match(text)) and _titled(m.group(2)):
        return ("sak", number_key(m.group(1)))
    if (m := CHAPTER.match(text)) and _titled(m.group(2)):
        return ("kap", number_key(m.group(1)))
    if (m := GOAL.match(text)) and m.group("rest") and _goal_title(m):
        return (m.group("kind").lower(), number_key(m.group("num")))
    return None


def _numbered_goal(m: re.Match) -> Ref | None:
    """The goal a numbered heading names after its number ("2.1 Mål 1: Flere barnehager" → mål 1), if any."""
    if (goal := GOAL.match(m.group(3))) and goal.group("rest") and _goal_title(goal):
        return Ref(_GOAL_WORDS[goal.group("kind").lower()], goal.group("num"))
    return None


def _goal_title(m: re.Match) -> bool:
    """ "Delmål 2.3 Flere lærere" or "Delmål 2.3" alone; not "mål 2 av planen sier …"."""
    rest = m.group("rest") or ""
    return not rest or rest[0].isupper() or rest[0] in "«“"


def _goal_level(kind: str, number: str) -> int:
    """Depth of a goal heading: areas and main goals 1, sub-goals 2, measures 3; "Mål 1.2" by its dots."""
    dots = number.count(".")
    top = {"satsingsområde": 1, "innsatsområde": 1, "hovedmål": 1, "delmål": 2, "tiltak": max(3, 1 + dots)}
    return top.get(kind, 1 + dots)


def _depth(stack: list[_Heading], block: dict) -> int:
    """Level of a heading known only by its type size: under the nearest heading set in larger type.

    A goal's parts ("Tiltak", "Indikatorer") go under the goal, whatever their smaller type size;
    set as large as the main goals, "Indikatorer" is a section of its own beside them.
    """
    rank = block.get("rank")
    if GOAL_PART.match(block["title"]):
        goal = next((h for h in reversed(stack) if h.role in GOAL_KINDS), None)
        top = next((h for h in stack if h.role in GOAL_KINDS), None)
        beside = rank is not None and top is not None and top.rank is not None and rank <= top.rank
        if goal is not None and not beside:
            return goal.level + 1
    for heading in reversed(stack):
        if heading.rank is not None and rank is not None and heading.rank < rank:
            return heading.level + 1
    return 1


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


def vote_outcomes(blocks: list[Block]) -> dict[int, str]:
    """Unit → "adopted" / "rejected" for a protocol's proposals and amendments, from the vote that follows.

    A vote result ("Tilleggsforslaget ble vedtatt med 143 mot 12 stemmer") decides the latest
    undecided proposal or amendment of the same sak before it.
    """
    out: dict[int, str] = {}
    pending: list[int] = []
    current: str | None = None
    for b in blocks:
        if b.ref != current:
            pending, current = [], b.ref
        if b.kind == "heading" and b.role in ("proposal", "amendment"):
            pending.append(b.unit)
            continue
        if not pending or b.kind == "heading":
            continue
        for sentence in sentences(b.text):
            if VOTE_RESULT.search(sentence) and pending:
                out[pending.pop()] = "rejected" if REJECTED.search(sentence) else "adopted"
    return out


def normalise_space(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def find_blocks(doc: LoadedDocument) -> list[Block]:
    """The document's blocks in reading order, each with section path, ref and unit."""
    return _Parser(doc).blocks()


def _section_kind(heading: str) -> str:
    """ "§ 6 Styret" heads a § ; "Artikkel 4 Oppgaver" an artikkel."""
    return "§" if heading.lstrip().startswith("§") else "artikkel"
