"""A small deterministic typesetter on fpdf2 for the annual report of the fit2 set.

Text conventions: "|" marks a place where a word may be hyphenated; "~" is a space that may not be
broken; a space between digit groups ("3 812") and after a word ending in a hyphen ("familie- og") is
made non-breaking automatically. Lines are broken greedily; a word is hyphenated at the last "|" that fits.
"""

from __future__ import annotations

import re
from datetime import datetime
from pathlib import Path

from fpdf import FPDF

FONTS = Path("/usr/share/fonts/truetype/liberation")
FIXED = datetime(2026, 3, 19, 12, 0, 0)
PT = 25.4 / 72


# hyphenation points added to common long words (a "|" written in the text works as well)
POINTS = {
    "kulturskole": "kultur|skole",
    "medlemskommune": "medlems|kommune",
    "regionstyre": "region|styre",
    "hovedstyre": "hoved|styre",
    "stortingspolitikere": "stortings|politikere",
    "organisasjon": "organisa|sjon",
    "arrangement": "arrange|ment",
    "konferanse": "konfe|ranse",
    "samarbeid": "sam|arbeid",
    "kulturinstitusjon": "kultur|institusjon",
    "prioriteringer": "priori|teringer",
    "forberedelse": "forbe|redelse",
    "deltakeravgift": "deltaker|avgift",
    "egenkapital": "egen|kapital",
    "driftskostnad": "drifts|kostnad",
    "driftsinntekt": "drifts|inntekt",
    "medlemsundersøkelse": "medlems|undersøkelse",
}
_POINTS = re.compile("|".join(sorted(POINTS, key=len, reverse=True)), re.I)


def add_points(text: str) -> str:
    def sub(m: re.Match) -> str:
        w = POINTS[m.group(0).lower()]
        return m.group(0)[0] + w[1:]

    return " ".join(t if "|" in t else _POINTS.sub(sub, t) for t in text.split(" "))


def tokens(text: str) -> list[str]:
    text = add_points(text)
    text = re.sub(r"(?<=\d) (?=\d{3}\b)", "~", text.strip())
    text = re.sub(r"(\S-) ", r"\1~", text)
    return text.split()


def plain(tok: str) -> str:
    return tok.replace("|", "").replace("~", " ")


class Report(FPDF):
    def __init__(self, title: str, running: str):
        super().__init__(format="A4", unit="mm")
        self.set_auto_page_break(False)
        self.set_creation_date(FIXED)
        self.set_title(title)
        self.set_author("Norsk kulturskoleråd (oppdiktet testdokument)")
        self.set_creator("evals/fit2/build.py")
        self.set_producer("evals/fit2/build.py")
        self.add_font("serif", "", str(FONTS / "LiberationSerif-Regular.ttf"))
        self.add_font("serif", "I", str(FONTS / "LiberationSerif-Italic.ttf"))
        self.add_font("sans", "", str(FONTS / "LiberationSans-Regular.ttf"))
        self.add_font("sans", "B", str(FONTS / "LiberationSans-Bold.ttf"))
        self.running = running
        self.left, self.top, self.right, self.foot = 25.0, 26.0, 25.0, 25.0
        self.cols: list[tuple[float, float]] = []
        self.col = 0
        self.y0 = self.top
        self.cy = self.top
        self.col_bottom = self.top
        self.log: list[str] = []
        self.hyphenated: list[str] = []

    # ---- page furniture -------------------------------------------------------------------------
    def header(self) -> None:
        if self.page_no() == 1:
            return
        self.set_font("sans", "", 8)
        self.set_text_color(80, 80, 80)
        self.text(self.left, 15, self.running)
        self.set_draw_color(170, 170, 170)
        self.set_line_width(0.2)
        self.line(self.left, 17, self.w - self.right, 17)
        self.set_text_color(0, 0, 0)

    def footer(self) -> None:
        if self.page_no() == 1:
            return
        self.set_font("sans", "", 8.5)
        s = f"Side {self.page_no()}"
        self.text(self.w - self.right - self.get_string_width(s), self.h - 13, s)

    # ---- geometry -------------------------------------------------------------------------------
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

    def two_columns(self, gap: float = 7.0) -> None:
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

    # ---- line breaking --------------------------------------------------------------------------
    def width_of(self, s: str, family: str, style: str, size: float) -> float:
        self.set_font(family, style, size)
        return self.get_string_width(s)

    def wrap(self, text: str, width: float, font: tuple[str, str, float]) -> list[str]:
        fam, sty, size = font
        toks = tokens(text)
        sp = self.width_of(" ", fam, sty, size)
        lines: list[str] = []
        cur: list[str] = []
        i = 0
        while i < len(toks):
            tok = toks[i]
            used = self.width_of(" ".join(plain(t) for t in cur), fam, sty, size)
            gap = sp if cur else 0.0
            if used + gap + self.width_of(plain(tok), fam, sty, size) <= width:
                cur.append(tok)
                i += 1
                continue
            parts = tok.split("|")
            split = False
            for k in range(len(parts) - 1, 0, -1):
                head = "".join(parts[:k]) + "-"
                if "~" in head:
                    continue
                if used + gap + self.width_of(plain(head), fam, sty, size) <= width:
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

    # ---- blocks ---------------------------------------------------------------------------------
    def note(self, what: str) -> None:
        self.log.append(f"p{self.page_no()} c{self.col} y{self.cy:5.1f} {what}")

    def paragraph(self, text, font=("serif", "", 11.0), lead=5.6, after=2.6, indent=0.0, label=None,
                  keep=2, color=(0, 0, 0)) -> None:
        lines = self.wrap(text, self.colw - indent, font)
        self.room(lead * min(keep, len(lines)))
        self.set_text_color(*color)
        for n, line in enumerate(lines):
            self.room(lead)
            base = self.cy + lead * 0.76
            self.set_font(*font)
            if n == 0 and label:
                self.text(self.cx + indent - 4.5, base, label)
            self.text(self.cx + indent, base, line)
            self.cy += lead
        self.cy += after
        self.set_text_color(0, 0, 0)

    def heading(self, text, size, before, after, keep=16.0, color=(0, 0, 0)) -> None:
        if self.cy > self.y0 + 0.5:
            self.cy += before
        lead = size * PT * 1.3
        lines = self.wrap(text, self.colw, ("sans", "B", size))
        self.room(lead * len(lines) + keep)
        self.set_text_color(*color)
        for line in lines:
            self.set_font("sans", "B", size)
            self.text(self.cx, self.cy + lead * 0.8, line)
            self.cy += lead
        self.set_text_color(0, 0, 0)
        self.cy += after

    def table(self, head, rows, widths, align, size=9.5, lead=4.8) -> None:
        pad = 1.8
        h = lead + 2 * pad
        self.room(h * 2)
        for r, row in enumerate([head, *rows]):
            self.room(h)
            x = self.cx
            if r == 0:
                self.set_fill_color(222, 229, 240)
                self.rect(x, self.cy, sum(widths), h, style="F")
            self.set_draw_color(70, 70, 70)
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
