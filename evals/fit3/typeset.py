"""A small deterministic typesetter on fpdf2 for the two PDFs of the fit3 set.

Text conventions in the content modules: "|" marks a point where a word may be hyphenated at a line end,
"~" is a space that may not be broken. A space between digit groups ("14 200") and after a word ending in a
hyphen ("kultur- og") is made non-breaking automatically. Lines are broken greedily; a word that does not fit
is hyphenated at the last "|" that fits.
"""

from __future__ import annotations

import re
from datetime import datetime
from pathlib import Path

from fpdf import FPDF

FONTS = Path("/usr/share/fonts/truetype/liberation")
FIXED = datetime(2026, 5, 4, 10, 0, 0)
PT = 25.4 / 72


# hyphenation points added to some long compounds (a "|" written in the text works as well)
POINTS = {
    "kulturskolene": "kultur|skolene",
    "kompetansetiltak": "kompetanse|tiltak",
    "utviklingsarbeid": "utviklings|arbeid",
    "videreutdanning": "videre|utdanning",
    "kulturskolelederne": "kulturskole|lederne",
    "registreringer": "registre|ringer",
    "handlingsplan": "handlings|plan",
}
_POINTS = re.compile("|".join(sorted(POINTS, key=len, reverse=True)), re.I)


def add_points(text: str) -> str:
    def sub(m: re.Match) -> str:
        return m.group(0)[0] + POINTS[m.group(0).lower()][1:]

    return " ".join(t if "|" in t else _POINTS.sub(sub, t) for t in text.split(" "))


def tokens(text: str) -> list[str]:
    text = add_points(text)
    text = re.sub(r"(?<=\d) (?=\d{3}\b)", "~", text.strip())
    text = re.sub(r"(\S-) ", r"\1~", text)
    return text.split()


def plain(tok: str) -> str:
    return tok.replace("|", "").replace("~", " ")


class Doc(FPDF):
    """Pages with an optional running header and a footer made by `footer_text(page_no)`."""

    def __init__(self, title: str, running: str, footer_text, cover: bool = False,
                 margins=(24.0, 27.0, 24.0, 24.0), font_dir: Path = FONTS):
        super().__init__(format="A4", unit="mm")
        self.set_auto_page_break(False)
        self.set_creation_date(FIXED)
        self.set_title(title)
        self.set_author("Norsk kulturskoleråd (oppdiktet testdokument)")
        self.set_creator("evals/fit3/build.py")
        self.set_producer("evals/fit3/build.py")
        for fam, files in (("serif", ("Serif-Regular", "Serif-Italic", "Serif-Bold")),
                           ("sans", ("Sans-Regular", "Sans-Italic", "Sans-Bold"))):
            for style, f in zip(("", "I", "B"), files, strict=True):
                self.add_font(fam, style, str(font_dir / f"Liberation{f}.ttf"))
        self.running = running
        self.footer_text = footer_text
        self.cover = cover
        self.left, self.top, self.right, self.foot = margins
        self.cols: list[tuple[float, float]] = []
        self.col = 0
        self.y0 = self.cy = self.col_bottom = self.top
        self.log: list[str] = []
        self.hyphenated: list[str] = []

    # ---- page furniture ------------------------------------------------------------------------
    def header(self) -> None:
        if self.cover and self.page_no() == 1:
            return
        self.set_font("sans", "", 8)
        self.set_text_color(90, 90, 90)
        self.text(self.left, 15, self.running)
        self.set_draw_color(150, 150, 150)
        self.set_line_width(0.2)
        self.line(self.left, 17, self.w - self.right, 17)
        self.set_text_color(0, 0, 0)

    def footer(self) -> None:
        if self.cover and self.page_no() == 1:
            return
        s = self.footer_text(self.page_no())
        self.set_font("sans", "", 8.5)
        self.text((self.w - self.get_string_width(s)) / 2, self.h - 12, s)

    # ---- geometry ------------------------------------------------------------------------------
    @property
    def full(self) -> float:
        return self.w - self.left - self.right

    def new_page(self) -> None:
        self.add_page()
        self.cols = [(self.left, self.full)]
        self.col = 0
        self.cy = self.y0 = self.col_bottom = self.top

    def bottom(self) -> float:
        return self.h - self.foot

    def two_columns(self, gap: float = 8.0) -> None:
        w = (self.full - gap) / 2
        self.cols = [(self.left, w), (self.left + w + gap, w)]
        self.col = 0
        self.y0 = self.col_bottom = self.cy

    def one_column(self) -> None:
        self.cy = max(self.cy, self.col_bottom) + 3
        self.cols = [(self.left, self.full)]
        self.col = 0

    def room(self, h: float) -> None:
        if self.cy + h <= self.bottom():
            return
        if self.col + 1 < len(self.cols):
            self.col_bottom = max(self.col_bottom, self.cy)
            self.col += 1
            self.cy = self.y0
            return
        cols = self.cols
        self.new_page()
        if len(cols) > 1:
            self.cols = cols

    @property
    def cx(self) -> float:
        return self.cols[self.col][0]

    @property
    def colw(self) -> float:
        return self.cols[self.col][1]

    # ---- line breaking -------------------------------------------------------------------------
    def width_of(self, s: str, font) -> float:
        self.set_font(*font)
        return self.get_string_width(s)

    def wrap(self, text: str, width: float, font) -> list[str]:
        toks = tokens(text)
        sp = self.width_of(" ", font)
        lines: list[str] = []
        cur: list[str] = []
        i = 0
        while i < len(toks):
            tok = toks[i]
            used = self.width_of(" ".join(plain(t) for t in cur), font)
            gap = sp if cur else 0.0
            if used + gap + self.width_of(plain(tok), font) <= width:
                cur.append(tok)
                i += 1
                continue
            parts = tok.split("|")
            split = False
            for k in range(len(parts) - 1, 0, -1):
                head = "".join(parts[:k]) + "-"
                if "~" in head:
                    continue
                if used + gap + self.width_of(plain(head), font) <= width:
                    cur.append(head)
                    toks[i] = "|".join(parts[k:])
                    self.hyphenated.append(plain(head))
                    split = True
                    break
            if not cur and not split:
                cur.append(tok)
                i += 1
            lines.append(" ".join(plain(t) for t in cur))
            cur = []
        if cur:
            lines.append(" ".join(plain(t) for t in cur))
        return lines

    # ---- blocks --------------------------------------------------------------------------------
    def note(self, what: str) -> None:
        self.log.append(f"p{self.page_no()} c{self.col} y{self.cy:5.1f} {what}")

    def paragraph(self, text, font=("serif", "", 11.0), lead=5.5, after=2.4, indent=0.0, label=None,
                  label_w=5.0, keep=2, color=(0, 0, 0), label_font=None) -> None:
        lines = self.wrap(text, self.colw - indent, font)
        self.room(lead * min(keep, len(lines)))
        self.set_text_color(*color)
        for n, line in enumerate(lines):
            self.room(lead)
            base = self.cy + lead * 0.76
            if n == 0 and label:
                self.set_font(*(label_font or font))
                self.text(self.cx + indent - label_w, base, label)
            self.set_font(*font)
            self.text(self.cx + indent, base, line)
            self.cy += lead
        self.cy += after
        self.set_text_color(0, 0, 0)

    def heading(self, text, size, before, after, keep=16.0, color=(0, 0, 0), family="sans") -> None:
        if self.cy > self.y0 + 0.5:
            self.cy += before
        lead = size * PT * 1.3
        lines = self.wrap(text, self.colw, (family, "B", size))
        self.room(lead * len(lines) + keep)
        self.set_text_color(*color)
        for line in lines:
            self.set_font(family, "B", size)
            self.text(self.cx, self.cy + lead * 0.8, line)
            self.cy += lead
        self.set_text_color(0, 0, 0)
        self.cy += after

    def rule(self, color=(120, 120, 120), width=0.3, after=3.0) -> None:
        self.set_draw_color(*color)
        self.set_line_width(width)
        self.line(self.cx, self.cy, self.cx + self.colw, self.cy)
        self.cy += after

    def table(self, head, rows, widths, align, size=9.5, lead=4.8, fill=(225, 235, 225)) -> None:
        pad = 1.8
        h = lead + 2 * pad
        self.room(h * 2)
        for r, row in enumerate([head, *rows]):
            self.room(h)
            x = self.cx
            if r == 0:
                self.set_fill_color(*fill)
                self.rect(x, self.cy, sum(widths), h, style="F")
            self.set_draw_color(60, 60, 60)
            self.set_line_width(0.25)
            self.set_font("sans", "B" if r == 0 else "", size)
            for cell, w, a in zip(row, widths, align, strict=True):
                self.rect(x, self.cy, w, h)
                sw = self.get_string_width(cell)
                tx = x + pad if a == "L" else x + w - pad - sw
                self.text(tx, self.cy + pad + lead * 0.76, cell)
                x += w
            self.cy += h
        self.cy += 4
