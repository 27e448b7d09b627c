"""Plain text and Markdown, including text exported page by page from a PDF.

Markdown is read with markdown-it-py, so chunk text is the rendered plain text: headings carry
their levels, list items, table rows and block quotes their roles, and link targets go with the line.
"""

from __future__ import annotations

import re
from pathlib import Path

from ingest.errors import IngestError
from ingest.lang import tr
from ingest.loaders.cleanup import URL_LINE, collapse_spaces, join_hyphenated, strip_page_markers, table_lines
from ingest.records import DocumentInfo, Line, LoadedDocument
from ingest.splitter import LABEL_VALUE

# "Kulturskolerådet, september 2025 side 17": a printed page footer that names its page.
FOOTER = re.compile(r"^\s*\S.{0,80}?\bside\s+(\d{1,4})\s*$", re.I)
FOOTNOTE = re.compile(r"^(\d{1,2})\s+\S")


def decode(path: Path, data: bytes) -> str:
    """UTF-8 text, or an IngestError that says where it is not."""
    if b"\x00" in data[:8192]:
        raise IngestError(path, tr("read.binary"))
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise IngestError(path, tr("read.not_utf8", byte=data[exc.start], offset=exc.start)) from None
    return text.replace("\r\n", "\n").replace("\r", "\n")


def split_exported_pages(raw: list[str]) -> list[list[str]] | None:
    """Pages of text exported from a PDF, or None when the text does not look exported.

    Such exports separate lines by blank lines and start each page with a space,
    straight after the previous page's last line (often its link list).
    """
    blank = sum(1 for ln in raw if not ln.strip())
    starts = [i for i in range(1, len(raw)) if re.match(r"^ \S", raw[i]) and raw[i - 1].strip() != ""]
    if len(raw) < 20 or blank < 0.35 * len(raw) or len(starts) < 2:
        return None
    pages, prev = [], 0
    for i in starts:
        pages.append(raw[prev:i])
        prev = i
    pages.append(raw[prev:])
    out: list[list[str]] = []
    for page in pages:
        current: list[str] = []
        for ln in page:
            current.append(ln)
            if FOOTER.match(ln):
                out.append(current)
                current = []
        out.append(current)
    return [p for p in out if any(ln.strip() for ln in p)]


def read_text(path: Path, data: bytes, info: DocumentInfo, sha: str, markdown: bool = False) -> LoadedDocument:
    """Read .txt/.md; exported-PDF text keeps its pages, links and footnotes apart."""
    text = decode(path, data)
    if markdown:
        return read_markdown(path, text, info, sha)
    raw = text.split("\n")
    if "\f" in text and not markdown:
        page_lists = [p.split("\n") for p in text.split("\f")]
        exported = False
    else:
        page_lists = None if markdown else split_exported_pages(raw)
        exported = page_lists is not None
    doc = LoadedDocument(path=path, info=info, lines=[], sha256=sha)
    if page_lists is None:
        lines = plain_lines(raw)
        doc.lines = join_hyphenated(lines)
        # headings the text marks itself (an underline, capitals, a number) give the levels, as a Word style does
        doc.headings = "styles" if any(line.heading is not None for line in lines) else ""
        return doc
    offset = 0
    for number, page in enumerate(page_lists, start=1):
        footer = next((FOOTER.match(ln) for ln in page if FOOTER.match(ln)), None)
        if footer:
            offset = int(footer.group(1)) - number
            break
    next_note = 1
    for number, page in enumerate(page_lists, start=1):
        page_no = number + offset
        body: list[str] = []
        for ln in page:
            if URL_LINE.match(ln):
                doc.links.setdefault(page_no, []).append(ln.strip())
            elif FOOTER.match(ln) and exported:
                continue
            elif not ln.strip():
                # exported text uses "" between every line; a line of spaces is a real gap
                if ln or not exported:
                    body.append("")
            else:
                body.append(collapse_spaces(ln.strip()))
        body, notes, next_note = _split_footnotes(body, next_note)
        if notes:
            doc.notes[page_no] = [f"{n} {t}" for n, t in notes]
            body = strip_page_markers(body, [n for n, _ in notes])
        doc.lines.extend(Line(ln, page_no) for ln in body)
    doc.lines = join_hyphenated(doc.lines)
    doc.pages = len(page_lists) + offset
    if offset:
        doc.warnings.append(tr("read.printed_pages", page=1 + offset))
    return doc


# a line of "=" or "-" under a heading ("INNLEDNING" / "----------"), or on its own a rule between parts
_UNDERLINE = re.compile(r"^\s*(?:={3,}|-{3,})\s*$")
# "1. Medlemskommuner og elevtall", "3.2 Kurs": a numbered heading standing alone
_NUMBERED_HEADING = re.compile(r"^(\d{1,2}(?:\.\d{1,2}){0,2})\.?\s+[A-ZÆØÅ][^.!?:]{1,70}$")
_COLUMN_GAP = re.compile(r"\s{2,}")


def plain_lines(raw: list[str]) -> list[Line]:
    """Plain text with the marks a writer puts in it: a heading underlined with "=" (level 1) or "-" (2), in
    capitals (2) or numbered ("1. Elevtall" 2, "1.2 …" 3) between blank lines; a table aligned with spaces
    and a run of "Label: value" lines as rows. Text without such marks comes back as it is, unmarked."""
    text = [ln.rstrip() for ln in raw]
    out: list[Line] = []
    i, n = 0, len(text)

    def blank(k: int) -> bool:
        return k < 0 or k >= n or not text[k].strip()

    while i < n:
        line = text[i].strip()
        below = text[i + 1].strip() if i + 1 < n else ""
        if line and not _UNDERLINE.match(line) and _UNDERLINE.match(below) and blank(i - 1):
            out.append(Line(line, heading=1 if below.startswith("=") else 2))
            i += 2
            continue
        if _UNDERLINE.match(line) and blank(i - 1):
            i += 1  # a rule between parts
            continue
        if line and blank(i - 1) and blank(i + 1) and _is_caps_heading(line):
            out.append(Line(line, heading=2))
            i += 1
            continue
        if line and blank(i - 1) and blank(i + 1) and (m := _NUMBERED_HEADING.match(line)):
            out.append(Line(line, heading=2 + m.group(1).count(".")))
            i += 1
            continue
        end = i
        while end < n and text[end].strip():
            end += 1
        block = text[i:end]
        if len(block) >= 2 and (rows := _aligned_rows(block)):
            out.extend(Line(row, role="row") for row in table_lines(rows))
            i = end
            continue
        if len(block) >= 2 and all(LABEL_VALUE.match(ln.strip()) for ln in block):
            out.extend(Line(ln.strip(), role="row") for ln in block)
            i = end
            continue
        out.append(Line(text[i]))
        i += 1
    return out


def _is_caps_heading(line: str) -> bool:
    letters = [c for c in line if c.isalpha()]
    return len(letters) >= 3 and len(line) <= 60 and line.upper() == line and not line.endswith((".", ":", ","))


def _aligned_rows(block: list[str]) -> list[list[str]] | None:
    """Lines whose cells stand apart by two or more spaces, the same number of cells in each: a table."""
    rows = [_COLUMN_GAP.split(ln.strip()) for ln in block]
    width = len(rows[0])
    if width < 2 or any(len(r) != width for r in rows):
        return None
    return rows


def _split_footnotes(body: list[str], next_note: int) -> tuple[list[str], list[tuple[int, str]], int]:
    """Footnote texts ("1 Søknad om …") stand last on a page, numbered on from the previous page."""
    for i, ln in enumerate(body):
        m = FOOTNOTE.match(ln)
        if not m or int(m.group(1)) != next_note or len(body) - i > 8:
            continue
        if i > 0 and body[i - 1] != "":
            continue
        notes: list[tuple[int, str]] = []
        expected = next_note
        for tail in body[i:]:
            if not tail:
                continue
            m2 = FOOTNOTE.match(tail)
            if m2 and int(m2.group(1)) == expected:
                notes.append((expected, tail[len(m2.group(1)) :].strip()))
                expected += 1
            elif notes:
                joiner = "" if notes[-1][1].endswith("-") else " "
                notes[-1] = (notes[-1][0], notes[-1][1] + joiner + tail.strip())
        return body[:i], notes, expected
    return body, [], next_note


_FRONT_MATTER = re.compile(r"\A---\n.*?\n(?:---|\.\.\.)\n", re.S)


def read_markdown(path: Path, text: str, info: DocumentInfo, sha: str) -> LoadedDocument:
    """Markdown rendered to plain lines: headings with levels, items, table rows, quotes, links per line."""
    from markdown_it import MarkdownIt

    parser = MarkdownIt("commonmark", {"html": False}).enable(["table", "strikethrough"])
    lines = _MarkdownLines().render(parser.parse(_FRONT_MATTER.sub("", text)))
    headings = "styles" if any(line.heading is not None for line in lines) else ""
    return LoadedDocument(path=path, info=info, lines=lines, sha256=sha, headings=headings)


def _plain(inline) -> tuple[str, tuple[str, ...]]:
    """An inline token's text without markup, and the targets of its links."""
    parts: list[str] = []
    links: list[str] = []
    for child in inline.children or ():
        if child.type in ("text", "code_inline"):
            parts.append(child.content)
        elif child.type in ("softbreak", "hardbreak"):
            parts.append(" ")
        elif child.type == "image":
            parts.append(child.content)
        elif child.type == "link_open" and (href := child.attrGet("href")):
            links.append(str(href))
    return " ".join("".join(parts).split()), tuple(dict.fromkeys(links))


class _MarkdownLines:
    """Walks markdown-it's block tokens and writes the lines the structure step reads."""

    def __init__(self) -> None:
        self.lines: list[Line] = []
        self.lists: list[list] = []  # [ordered, next number] per open list
        self.quote = 0
        self.item_open = False  # the next paragraph is the first of a list item
        self.row: list[str] | None = None
        self.rows: list[list[str]] = []
        self.level: int | None = None  # set by an open heading, for its inline text

    def _gap(self) -> None:
        if self.lines and self.lines[-1].text:
            self.lines.append(Line(""))

    def render(self, tokens) -> list[Line]:
        for token in tokens:
            kind = token.type
            if kind in ("bullet_list_open", "ordered_list_open"):
                if not self.lists:
                    self._gap()
                start = token.attrGet("start")
                self.lists.append([kind == "ordered_list_open", int(start) if start else 1])
            elif kind in ("bullet_list_close", "ordered_list_close"):
                self.lists.pop()
                if not self.lists:
                    self.lines.append(Line(""))
            elif kind == "list_item_open":
                self.item_open = True
            elif kind == "blockquote_open":
                self.quote += 1
            elif kind == "blockquote_close":
                self.quote -= 1
            elif kind == "heading_open":
                self.level = int(token.tag[1:])
            elif kind == "inline" and self.row is not None:
                self.row.append(_plain(token)[0])
            elif kind == "inline":
                self._inline(token)
            elif kind == "tr_open":
                self.row = []
            elif kind == "tr_close":
                self.rows.append(self.row or [])
                self.row = None
            elif kind == "table_close":
                self._gap()
                self.lines.extend(Line(text, role="row") for text in table_lines(self.rows, header=True))
                self.lines.append(Line(""))
                self.rows = []
            elif kind in ("fence", "code_block"):
                self._gap()
                self.lines.extend(Line(ln.rstrip()) for ln in token.content.split("\n") if ln.strip())
                self.lines.append(Line(""))
        return self.lines

    def _inline(self, token) -> None:
        text, links = _plain(token)
        if not text:
            return
        if self.level is not None:
            self._gap()
            self.lines.append(Line(text, heading=self.level, links=links))
            self.lines.append(Line(""))
            self.level = None
            return
        if self.lists and self.item_open:
            self.item_open = False
            ordered, number = self.lists[-1]
            depth = len(self.lists) - 1
            if ordered:
                self.lists[-1][1] += 1
                if self.lines and self.lines[-1].role == "item":
                    self.lines.append(Line(""))  # each numbered item a unit of its own
                mark = f"{number}."
            else:
                mark = "•" if depth == 0 else "◦"
            self.lines.append(Line(f"{mark} {text}", role="item", links=links))
            return
        if self.lists:
            self.lines.append(Line(text, links=links))  # a further paragraph of the same item
            return
        self._gap()
        if self.quote:
            self.lines.append(Line(text, role="quote", links=links))
        else:
            for line in _definitions(token.content, text):
                self.lines.append(Line(line, links=links))
        self.lines.append(Line(""))


def _definitions(source: str, text: str) -> list[str]:
    """A definition-list paragraph ("Term" / ": meaning") as "Term: meaning" lines, else the text as is."""
    raw = [ln.strip() for ln in source.split("\n") if ln.strip()]
    if len(raw) < 2 or raw[0].startswith(":") or not any(ln.startswith(": ") for ln in raw[1:]):
        return [text]
    out: list[str] = []
    term = None
    for ln in raw:
        if ln.startswith(": ") and term is not None:
            out.append(f"{term}: {_strip_inline(ln[2:])}")
        elif not ln.startswith(":"):
            term = _strip_inline(ln)
    return out or [text]


def _strip_inline(text: str) -> str:
    """Emphasis and link markup off a short piece of source text (a definition's term or meaning)."""
    from markdown_it import MarkdownIt

    tokens = MarkdownIt("commonmark").parseInline(text)
    return _plain(tokens[0])[0] if tokens else text
