"""Word documents via python-docx: headings with their style levels, list items, table rows, notes."""

from __future__ import annotations

import io
import re
import zipfile
import zlib
from pathlib import Path

from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.table import Table
from docx.text.paragraph import Paragraph

from ingest.errors import IngestError
from ingest.lang import tr
from ingest.loaders.cleanup import table_lines
from ingest.records import DocumentInfo, Line, LoadedDocument

MAX_XML_BYTES = 40 * 1024 * 1024
MAX_PARAGRAPHS = 100_000
_PARAGRAPH = re.compile(rb"<w:p[ >/]")
_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def check_inflated(path: Path, data: bytes, max_xml_bytes: int, max_paragraphs: int) -> None:
    """Refuse a .docx whose XML inflates past the limits, counting while decompressing.

    A small file can inflate to gigabytes or hold millions of empty paragraphs; reading
    stops at the first block past a limit, before python-docx builds anything.
    """
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except zipfile.BadZipFile:
        raise IngestError(path, tr("read.docx_not_zip")) from None
    total = 0
    paragraphs = 0
    with archive:
        for member in archive.infolist():
            if not member.filename.endswith((".xml", ".rels")):
                continue
            tail = b""
            try:
                with archive.open(member) as fh:
                    while block := fh.read(1 << 16):
                        total += len(block)
                        if total > max_xml_bytes:
                            raise IngestError(path, tr("read.docx_inflates", limit=max_xml_bytes // (1024 * 1024)))
                        if member.filename == "word/document.xml":
                            window = tail + block
                            paragraphs += len(_PARAGRAPH.findall(window)) - len(_PARAGRAPH.findall(tail))
                            tail = block[-8:]
                            if paragraphs > max_paragraphs:
                                raise IngestError(path, tr("read.docx_paragraphs", limit=max_paragraphs))
            except (zipfile.BadZipFile, zlib.error, EOFError) as exc:
                raise IngestError(path, tr("read.docx_corrupt", error=exc.__class__.__name__)) from None


def read_docx(
    path: Path,
    data: bytes,
    info: DocumentInfo,
    sha: str,
    max_xml_bytes: int = MAX_XML_BYTES,
    max_paragraphs: int = MAX_PARAGRAPHS,
) -> LoadedDocument:
    """Lines as Word knows them: heading levels from the styles, list items, table rows, notes, links."""
    check_inflated(path, data, max_xml_bytes, max_paragraphs)
    try:
        import docx

        document = docx.Document(io.BytesIO(data))
    except Exception as exc:  # noqa: BLE001 - python-docx raises many kinds for a bad file
        raise IngestError(path, tr("read.docx_corrupt", error=exc.__class__.__name__)) from None
    reader = _Reader(_notes(document, RT.FOOTNOTES, "w:footnote"), _notes(document, RT.ENDNOTES, "w:endnote"))
    try:
        for block in document.iter_inner_content():
            if isinstance(block, Table):
                reader.table(block)
            else:
                reader.paragraph(block)
    except Exception as exc:  # noqa: BLE001 - malformed parts surface as many kinds
        raise IngestError(path, tr("read.docx_corrupt", error=exc.__class__.__name__)) from None
    reader.footers(document)
    headings = "styles" if any(line.heading is not None for line in reader.lines) else ""
    return LoadedDocument(path=path, info=info, lines=reader.lines, sha256=sha, headings=headings)


_FOOTER_MIN_WORDS = 4  # fewer words in a footer are a page number or a running title
_HEADING_STYLE = re.compile(r"^(?:Heading|Overskrift|Rubrik|Überschrift)\s*(\d)\b", re.I)
_TITLE_STYLES = {"title", "tittel", "titel"}
_NUMBERED_STYLE = re.compile(r"Number|Nummer|Numre", re.I)


def _flat(text: str) -> str:
    """One line: soft breaks and tabs inside a paragraph or cell become spaces."""
    return " ".join(text.split())


def _style_chain(para: Paragraph) -> list[str]:
    names, style = [], para.style
    while style is not None and len(names) < 8:
        names.append(style.name or "")
        style = style.base_style
    return names


def _heading_level(para: Paragraph) -> int | None:
    """0 for a title, N for a heading of level N (by style, its base styles or the outline level), else None."""
    for name in _style_chain(para):
        if name.lower() in _TITLE_STYLES:
            return 0
        if m := _HEADING_STYLE.match(name):
            return int(m.group(1))
    outline = para._p.find(f"{_W}pPr/{_W}outlineLvl")
    if outline is not None and (val := outline.get(f"{_W}val", "")).isdigit() and int(val) < 9:
        return int(val) + 1
    return None


def _list_info(para: Paragraph) -> tuple[bool, int, str] | None:
    """(numbered, depth, list id) of a list paragraph (list style or direct numbering), else None."""
    names = _style_chain(para)
    num_pr = para._p.find(f"{_W}pPr/{_W}numPr")
    if num_pr is None and not any("list" in n.lower() or "liste" in n.lower() for n in names):
        return None
    depth, list_id = 0, names[0] if names else ""
    if num_pr is not None:
        ilvl, num_id = num_pr.find(f"{_W}ilvl"), num_pr.find(f"{_W}numId")
        if ilvl is not None and (v := ilvl.get(f"{_W}val", "")).isdigit():
            depth = int(v)
        if num_id is not None:
            list_id = num_id.get(f"{_W}val", list_id)
    if m := re.search(r"(\d)$", names[0] if names else ""):
        depth = max(depth, int(m.group(1)) - 1)  # "List Bullet 2" is one level in
    numbered = any(_NUMBERED_STYLE.search(n) for n in names)
    if num_pr is not None and not numbered:
        numbered = _numbering_format(para, num_pr) not in ("bullet", "none", "")
    return numbered, depth, list_id


def _numbering_format(para: Paragraph, num_pr) -> str:
    """The w:numFmt of a directly numbered paragraph ("decimal", "bullet"), looked up in numbering.xml."""
    try:
        numbering = para.part.numbering_part.element
    except Exception:  # noqa: BLE001 - no numbering part
        return ""
    num_id = num_pr.find(f"{_W}numId")
    ilvl = num_pr.find(f"{_W}ilvl")
    nid = num_id.get(f"{_W}val") if num_id is not None else None
    lvl = ilvl.get(f"{_W}val", "0") if ilvl is not None else "0"
    for num in numbering.findall(f"{_W}num"):
        if num.get(f"{_W}numId") != nid:
            continue
        abstract = num.find(f"{_W}abstractNumId")
        aid = abstract.get(f"{_W}val") if abstract is not None else None
        for node in numbering.findall(f"{_W}abstractNum"):
            if node.get(f"{_W}abstractNumId") != aid:
                continue
            for level in node.findall(f"{_W}lvl"):
                if level.get(f"{_W}ilvl") == lvl and (fmt := level.find(f"{_W}numFmt")) is not None:
                    return fmt.get(f"{_W}val", "")
    return ""


def _notes(document, reltype: str, tag: str) -> dict[str, str]:
    """Footnote or endnote texts by id, read from their XML part; the separator notes are left out."""
    out: dict[str, str] = {}
    for rel in document.part.rels.values():
        if rel.reltype != reltype or rel.is_external:
            continue
        try:
            from lxml import etree

            root = etree.fromstring(rel.target_part.blob, parser=etree.XMLParser(resolve_entities=False))
        except Exception:  # noqa: BLE001 - an unreadable notes part loses the notes, not the document
            continue
        for note in root.iter(f"{_W}{tag.split(':')[1]}"):
            if note.get(f"{_W}type") in ("separator", "continuationSeparator", "continuationNotice"):
                continue
            paragraphs = ["".join(t.text or "" for t in p.iter(f"{_W}t")) for p in note.iter(f"{_W}p")]
            text = _flat(" ".join(paragraphs))
            if text:
                out[note.get(f"{_W}id", "")] = text
    return out


class _Reader:
    """Turns Word paragraphs and tables into lines, numbering list items and notes as Word shows them."""

    def __init__(self, footnotes: dict[str, str], endnotes: dict[str, str]):
        self.lines: list[Line] = []
        self.footnotes, self.endnotes = footnotes, endnotes
        self.note_numbers = {"footnote": 0, "endnote": 0}
        self.counters: dict[str, list[int]] = {}

    def _gap(self) -> None:
        if self.lines and self.lines[-1].text:
            self.lines.append(Line(""))

    def _line_notes(self, para: Paragraph) -> tuple[str, ...]:
        notes = []
        for ref in para._p.iter(f"{_W}footnoteReference", f"{_W}endnoteReference"):
            kind = "footnote" if ref.tag.endswith("footnoteReference") else "endnote"
            text = (self.footnotes if kind == "footnote" else self.endnotes).get(ref.get(f"{_W}id", ""))
            if text:
                self.note_numbers[kind] += 1
                mark = str(self.note_numbers[kind]) if kind == "footnote" else _roman(self.note_numbers[kind])
                notes.append(f"{mark} {text}")
        return tuple(notes)

    def footers(self, document) -> None:
        """The text of the page footers, once each, in the preamble (after the title, before the first
        heading): statutes often keep "Vedtatt … endret …" there, which is about the whole document, not its
        last §. A footer of a page number or a few words (a running title) is left out."""
        seen = {line.text for line in self.lines}
        found = []
        for section in document.sections:
            try:
                paragraphs = [] if section.footer.is_linked_to_previous else section.footer.paragraphs
            except Exception:  # noqa: BLE001 - an unreadable footer loses the footer, not the document
                continue
            for para in paragraphs:
                text = _flat(para.text)
                if len(text.split()) >= _FOOTER_MIN_WORDS and text not in seen:
                    seen.add(text)
                    found.append(text)
        if found:
            at = next((i for i, ln in enumerate(self.lines) if ln.heading is not None and ln.role != "title"), 0)
            self.lines[at:at] = [line for text in found for line in (Line(text), Line(""))]

    def paragraph(self, para: Paragraph) -> None:
        text = _flat(para.text)
        if not text:
            return
        notes = self._line_notes(para)
        links = tuple(dict.fromkeys(h.address for h in para.hyperlinks if h.address))
        level = _heading_level(para)
        if level is not None:
            self.counters.clear()  # numbered lists start again under a new heading
            self._gap()
            role = "title" if level == 0 else None
            self.lines.append(Line(text, heading=level or None, role=role, links=links, notes=notes))
            self.lines.append(Line(""))
            return
        listed = _list_info(para)
        if listed is None:
            self._gap()
            self.lines.append(Line(text, links=links, notes=notes))
            self.lines.append(Line(""))
            return
        numbered, depth, list_id = listed  # items of one list stand line by line, no gap between
        if numbered:
            counts = self.counters.setdefault(list_id, [])
            del counts[depth + 1 :]
            counts.extend([0] * (depth + 1 - len(counts)))
            counts[depth] += 1
            mark = f"{counts[depth]}."
            # a gap keeps each numbered item a unit of its own for the sentence splitter
            if self.lines and self.lines[-1].role == "item":
                self.lines.append(Line(""))
        else:
            mark = "•" if depth == 0 else "◦"
        self.lines.append(Line(f"{mark} {text}", role="item", links=links, notes=notes))

    def table(self, table: Table) -> None:
        rows: list[list[str]] = []
        for row in table.rows:
            cells, seen = [], set()
            for cell in row.cells:
                if id(cell._tc) in seen:
                    continue  # a merged cell is repeated once per grid column it spans
                seen.add(id(cell._tc))
                cells.append(_flat(cell.text))
            rows.append(cells)
        first = table.rows[0]._tr if len(table.rows) else None
        marked = first is not None and first.find(f"{_W}trPr/{_W}tblHeader") is not None
        self._gap()
        for text in table_lines(rows, header=True if marked else None):
            self.lines.append(Line(text, role="row"))
        self.lines.append(Line(""))


def _roman(n: int) -> str:
    return ["i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x"][n - 1] if 1 <= n <= 10 else str(n)
