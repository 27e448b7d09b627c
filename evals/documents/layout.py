"""A tiny deterministic page-layout engine on top of fpdf2 for the evaluation PDFs.

Blocks (tuples) are flowed over A4 pages with a running header and footer:

- ("title", text, size)        centred bold line(s) on the current page
- ("h1", text) / ("h2", text)   headings (kept with the following line)
- ("p", text)                  a wrapped paragraph
- ("li", label, text)          a list item with a hanging indent ("(1)", "a)", "•")
- ("table", widths, rows)      a bordered table; the first row is the header row
- ("columns", left, right)     a page part in two text columns (lists of "p" texts)
- ("toc", entries)             table of contents: (title, key) with dot leaders
- ("anchor", key)              records the printed page number of this point
- ("space", mm) / ("pagebreak",)
- ("label", text)              a small letter-spaced capitals label ("VISJON")
- ("vision", text)             a large italic statement set off from the body text

Words may carry a soft hyphenation point "|" ("medlems|kommunene"): when such a word does not
fit at the end of a line it is broken there and a hyphen printed. "^1" glued to a word is a
footnote marker, printed raised; its text is given with ("footnote", "1", text) just after.
Core Helvetica in windows-1252 renders æøå, §, «», – and … and extracts them correctly.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime

from fpdf import FPDF

FONT = "Helvetica"
FIXED_DATE = datetime(2025, 3, 1, 12, 0, tzinfo=UTC)
LEFT = 22.0
RIGHT = 22.0
TOP = 26.0
BOTTOM = 24.0
BODY = 10.5
LINE = 5.4


# break points for long compounds ("|"), used only when the word would not fit at a line end
HYPHENATION = {
    w.replace("|", ""): w
    for w in [
        "kultur|skole|tilbud",
        "kultur|skole|tilbudet",
        "medlems|kommunene",
        "medlems|kommuner",
        "lands|tings|perioden",
        "stemme|berettigede",
        "kontingent|året",
        "innmeldingen",
        "ut|meldingen",
        "kultur|skole|lederen",
        "kultur|skole|læreren",
        "kultur|skole|lærere",
        "utviklings|arbeidet",
        "inter|kommunalt",
        "opplærings|plan",
        "kunst|faglig",
        "oppvekst|sektoren",
        "kommune|planens",
        "prioriteringene",
        "hand|lings|planer",
        "kultur|skole|undervisning",
        "høringsrunde",
        "samfunns|oppdraget",
        "kultur|skolens",
        "kultur|skolen",
        "rammeplan|arbeidet",
        "saks|dokumentet",
        "fylkes|kommuner",
        "fylkes|kommunene",
        "organisasjonens",
        "saks|dokumentene",
        "regions|tyrene",
        "funksjons|nedsettelser",
        "undervisningen",
        "moderasjons|ordninger",
        "egen|betaling",
        "forvaltnings|området",
        "kultur|uttrykk",
        "repertoar",
        "bærekraftig",
        "landstinget",
    ]
}


class Doc:
    def __init__(
        self,
        title: str,
        header: str | None,
        footer: Callable[[int], str] | None,
        number_offset: int = 0,
        footer_align: str = "C",
    ) -> None:
        pdf = FPDF(format="A4")
        pdf.core_fonts_encoding = "windows-1252"
        pdf.set_auto_page_break(False)
        pdf.set_margins(left=LEFT, top=TOP, right=RIGHT)
        pdf.set_creation_date(FIXED_DATE)
        pdf.set_creator("kra evals/documents/build.py")
        pdf.set_producer("fpdf2")
        pdf.set_title(title)
        pdf.set_author("Norsk kulturskoleråd (oppdiktet eksempeldokument)")
        self.pdf = pdf
        self.header = header
        self.footer = footer
        self.number_offset = number_offset
        self.footer_align = footer_align
        self.anchors: dict[str, int] = {}
        self.footnotes: list[tuple[str, str]] = []
        self.hyphenated: list[str] = []
        self.bare_pages: set[int] = set()

    # ---- pages -------------------------------------------------------------
    @property
    def printed(self) -> int:
        return self.pdf.page_no() - self.number_offset

    def new_page(self, bare: bool = False) -> None:
        if self.pdf.page_no() > 0:
            self._finish_page()
        self.pdf.add_page()
        if bare:
            self.bare_pages.add(self.pdf.page_no())
        self.pdf.set_y(TOP)

    def _finish_page(self) -> None:
        pdf = self.pdf
        n = pdf.page_no()
        if self.footnotes:
            y = pdf.h - BOTTOM - 4 - 4.2 * len(self.footnotes)
            pdf.set_draw_color(0)
            pdf.line(LEFT, y, LEFT + 50, y)
            pdf.set_y(y + 1.5)
            pdf.set_font(FONT, size=8)
            for mark, text in self.footnotes:
                pdf.set_x(LEFT)
                pdf.cell(0, 4.2, f"{mark} {text}", new_x="LMARGIN", new_y="NEXT")
            self.footnotes = []
        if n in self.bare_pages:
            return
        pdf.set_font(FONT, size=8)
        if self.header:
            pdf.set_y(12)
            pdf.cell(0, 5, self.header, align="L")
            pdf.set_draw_color(120)
            pdf.line(LEFT, 17.5, pdf.w - RIGHT, 17.5)
        if self.footer:
            pdf.set_y(pdf.h - 15)
            pdf.cell(0, 5, self.footer(n - self.number_offset), align=self.footer_align)

    def limit(self) -> float:
        reserve = 4.2 * len(self.footnotes) + (6 if self.footnotes else 0)
        return self.pdf.h - BOTTOM - reserve

    def ensure(self, height: float) -> None:
        if self.pdf.get_y() + height > self.limit():
            self.new_page()

    # ---- text --------------------------------------------------------------
    def width(self, text: str, size: float = BODY, style: str = "") -> float:
        self.pdf.set_font(FONT, style=style, size=size)
        return self.pdf.get_string_width(text.replace("|", "").replace("^", ""))

    def wrap(self, text: str, width: float, size: float = BODY, style: str = "") -> list[str]:
        """Greedy word wrap; breaks marked words ("a|b") with a hyphen when that helps."""
        words = []
        for w in text.split(" "):
            core = w.strip(".,:;»«()")
            words.append(w.replace(core, HYPHENATION[core]) if core in HYPHENATION else w)
        # a word ending in "-" ("kunst- og") never ends a line on its own
        merged: list[str] = []
        for w in words:
            if merged and merged[-1].endswith("-") and not merged[-1].endswith(" -"):
                merged[-1] += "\u00a0" + w
            else:
                merged.append(w)
        lines: list[str] = []
        cur = ""
        for w in merged:
            cand = (cur + " " + w) if cur else w
            if self.width(cand.replace("\u00a0", " "), size, style) <= width:
                cur = cand
                continue
            if "|" in w and cur:
                parts = w.split("|")
                done = False
                for k in range(len(parts) - 1, 0, -1):
                    head = "".join(parts[:k]) + "-"
                    if self.width(cur + " " + head, size, style) <= width:
                        lines.append(cur + " " + head)
                        self.hyphenated.append("".join(parts))
                        cur = "|".join(parts[k:])
                        done = True
                        break
                if done:
                    continue
            if cur:
                lines.append(cur)
            cur = w
        if cur:
            lines.append(cur)
        return [ln.replace("|", "").replace("\u00a0", " ") for ln in lines]

    def draw_line(self, x: float, text: str, size: float = BODY, style: str = "", h: float = LINE) -> None:
        pdf = self.pdf
        pdf.set_font(FONT, style=style, size=size)
        pdf.set_x(x)
        if "^" not in text:
            pdf.cell(pdf.get_string_width(text) + 0.5, h, text, new_x="LMARGIN", new_y="NEXT")
            return
        y = pdf.get_y()
        for i, part in enumerate(text.split("^")):
            if i > 0:
                mark, part = part[0], part[1:]
                pdf.set_font(FONT, size=size * 0.6)
                pdf.char_vpos = "SUP"
                pdf.cell(pdf.get_string_width(mark), h, mark)
                pdf.char_vpos = "LINE"
                pdf.set_font(FONT, style=style, size=size)
            if part:
                pdf.cell(pdf.get_string_width(part), h, part)
        pdf.set_xy(LEFT, y + h)

    def paragraph(
        self, text: str, indent: float = 0.0, size: float = BODY, style: str = "", after: float = 1.6
    ) -> None:
        x = LEFT + indent
        h = LINE if size <= 11 else size * 0.55
        for ln in self.wrap(text, self.pdf.w - RIGHT - x, size, style):
            self.ensure(h)
            self.draw_line(x, ln, size, style, h=h)
        self.pdf.set_y(self.pdf.get_y() + after)

    def list_item(self, label: str, text: str, indent: float = 0.0) -> None:
        x = LEFT + indent
        lw = 9.0 if len(label) <= 3 else 11.0
        lines = self.wrap(text, self.pdf.w - RIGHT - x - lw)
        for i, ln in enumerate(lines):
            self.ensure(LINE)
            if i == 0:
                self.draw_line(x, label)
                self.pdf.set_y(self.pdf.get_y() - LINE)
            self.draw_line(x + lw, ln)
        self.pdf.set_y(self.pdf.get_y() + 1.0)

    def heading(self, text: str, size: float, after: float = 1.5, before: float = 3.0) -> None:
        pdf = self.pdf
        if pdf.get_y() > TOP + 1:
            pdf.set_y(pdf.get_y() + before)
        self.ensure(size * 0.5 + 2 * LINE + 2)  # keep with the next lines
        for ln in self.wrap(text, pdf.w - LEFT - RIGHT, size, "B"):
            self.draw_line(LEFT, ln, size, "B", h=size * 0.5)
        pdf.set_y(pdf.get_y() + after)

    def table(self, widths: list[float], rows: list[list[str]], size: float = 9.0) -> None:
        pdf = self.pdf
        lh = 4.4
        for r, row in enumerate(rows):
            style = "B" if r == 0 else ""
            cells = [self.wrap(c, w - 3, size, style) for c, w in zip(row, widths, strict=True)]
            h = max(len(c) for c in cells) * lh + 2.4
            self.ensure(h)
            y0 = pdf.get_y()
            x = LEFT
            pdf.set_draw_color(80)
            if r == 0:
                pdf.set_fill_color(225, 230, 238)
            for lines, w in zip(cells, widths, strict=True):
                pdf.rect(x, y0, w, h, style="DF" if r == 0 else "D")
                pdf.set_font(FONT, style=style, size=size)
                for i, ln in enumerate(lines):
                    pdf.set_xy(x + 1.5, y0 + 1.2 + i * lh)
                    pdf.cell(w - 3, lh, ln)
                x += w
            pdf.set_xy(LEFT, y0 + h)
        pdf.set_y(pdf.get_y() + 3)

    def columns(self, left: list[str], right: list[str], gap: float = 8.0) -> None:
        pdf = self.pdf
        colw = (pdf.w - LEFT - RIGHT - gap) / 2
        y0 = pdf.get_y()
        ends = []
        for k, paras in enumerate((left, right)):
            x = LEFT + k * (colw + gap)
            pdf.set_y(y0)
            for text in paras:
                bold = text.startswith("**")
                text = text.strip("*")
                for ln in self.wrap(text, colw, BODY, "B" if bold else ""):
                    if pdf.get_y() + LINE > self.limit():
                        raise ValueError("two-column block does not fit on the page")
                    self.draw_line(x, ln, BODY, "B" if bold else "")
                pdf.set_y(pdf.get_y() + 1.6)
            ends.append(pdf.get_y())
        pdf.set_y(max(ends) + 2)

    def toc(self, entries: list[tuple[str, str, bool]], pages: dict[str, int]) -> None:
        pdf = self.pdf
        right = pdf.w - RIGHT
        for text, key, bold in entries:
            style = "B" if bold else ""
            x = LEFT if bold else LEFT + 6
            num = str(pages.get(key, 0))
            pdf.set_font(FONT, style=style, size=BODY)
            tw = pdf.get_string_width(text)
            nw = pdf.get_string_width(num)
            pdf.set_font(FONT, size=BODY)
            dot = pdf.get_string_width(".")
            n = int((right - x - tw - nw - 4) / dot)
            self.ensure(LINE + 1)
            y = pdf.get_y()
            pdf.set_font(FONT, style=style, size=BODY)
            pdf.set_xy(x, y)
            pdf.cell(tw + 1, LINE + 1, text)
            pdf.set_font(FONT, size=BODY)
            pdf.cell(n * dot, LINE + 1, " " + "." * (n - 2) + " ")
            pdf.set_font(FONT, style=style, size=BODY)
            pdf.set_xy(right - nw, y)
            pdf.cell(nw, LINE + 1, num)
            pdf.set_xy(LEFT, y + LINE + 1.5)

    # ---- driver ------------------------------------------------------------
    def render(self, blocks: list[tuple], toc_pages: dict[str, int] | None = None) -> None:
        if blocks and blocks[0][0] != "cover":
            self.new_page()
        for b in blocks:
            kind = b[0]
            if kind == "cover":
                self.new_page(bare=True)
                self.pdf.set_y(80)
                for text, size, style in b[1]:
                    for ln in self.wrap(text, self.pdf.w - LEFT - RIGHT, size, style):
                        self.pdf.set_font(FONT, style=style, size=size)
                        self.pdf.cell(0, size * 0.55, ln, align="C", new_x="LMARGIN", new_y="NEXT")
                    self.pdf.set_y(self.pdf.get_y() + size * 0.4)
            elif kind == "pagebreak":
                self.new_page()
            elif kind == "anchor":
                self.anchors[b[1]] = self.printed
            elif kind == "title":
                self.heading(b[1], b[2], after=4, before=0)
            elif kind == "h1":
                self.heading(b[1], 13.5, before=5)
                if len(b) > 2:
                    self.anchors[b[2]] = self.printed
            elif kind == "h2":
                self.heading(b[1], 11.5)
                if len(b) > 2:
                    self.anchors[b[2]] = self.printed
            elif kind == "h3":
                self.heading(b[1], 10.5, before=2)
            elif kind == "p":
                self.paragraph(b[1])
            elif kind == "pi":
                self.paragraph(b[1], style="I")
            elif kind == "li":
                self.list_item(b[1], b[2], indent=b[3] if len(b) > 3 else 0.0)
            elif kind == "footnote":
                self.footnotes.append((b[1], b[2]))
            elif kind == "table":
                self.table(b[1], b[2])
            elif kind == "caption":
                self.paragraph(b[1], size=9, style="B", after=1.0)
            elif kind == "columns":
                self.columns(b[1], b[2])
            elif kind == "toc":
                self.toc(b[1], toc_pages or {})
            elif kind == "space":
                self.pdf.set_y(self.pdf.get_y() + b[1])
            elif kind == "label":
                self.ensure(4 * LINE)
                self.pdf.set_font(FONT, style="B", size=8.5)
                self.pdf.set_char_spacing(1.6)
                self.pdf.set_text_color(90)
                self.pdf.cell(0, 5, b[1].upper(), new_x="LMARGIN", new_y="NEXT")
                self.pdf.set_char_spacing(0)
                self.pdf.set_text_color(0)
                self.pdf.set_y(self.pdf.get_y() + 1)
            elif kind == "vision":
                self.paragraph(b[1], size=14, style="I", after=3)
            else:
                raise ValueError(f"unknown block {kind}")
        self._finish_page()

    def output(self, path) -> None:
        self.pdf.output(str(path))
