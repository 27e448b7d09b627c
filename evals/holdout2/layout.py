"""A small, deterministic typesetter on top of fpdf2 for the second held-out evaluation set (holdout2).

Adapted from evals/holdout/layout.py: the footer reads "Side N" (no total), the cover page (page 1) has
no running header or footer, and there are bullet/number list helpers.

Source-text conventions used by the content modules:
  "|"   a hyphenation point inside a word ("kultur|skole"); a break there prints "kultur-"
  "~"   a non-breaking space (printed as an ordinary space)
  "^1"  a footnote marker glued to the end of a word; the note text is given separately
Common compounds get hyphenation points automatically (COMPOUNDS). A word ending in "-" followed
by a space ("tale- og") is never split from the next word, so no line ends in such a hyphen.
"""

from __future__ import annotations

import re
from datetime import datetime
from pathlib import Path

from fpdf import FPDF

DEJAVU = Path("/usr/share/fonts/truetype/dejavu")
LIBERATION = Path("/usr/share/fonts/truetype/liberation")
FIXED_DATE = datetime(2025, 1, 1, 0, 0, 0)
PT = 25.4 / 72  # mm per point

_MARK = re.compile(r"\^(\d+)")

# Hyphenation points added automatically to common compounds (a manual "|" in the text also works).
COMPOUNDS = [
    ("kulturskole", "kultur|skole"),
    ("regionstyre", "region|styre"),
    ("medlemskommune", "medlems|kommune"),
    ("fylkeskommune", "fylkes|kommune"),
    ("varamedlem", "vara|medlem"),
    ("driftstilskudd", "drifts|tilskudd"),
    ("saksdokument", "saks|dokument"),
    ("valgperiode", "valg|periode"),
    ("taushetsplikt", "taushets|plikt"),
    ("hovedstyre", "hoved|styre"),
    ("regionmøte", "region|møte"),
    ("årsmelding", "års|melding"),
    ("nettverkstiltak", "nettverks|tiltak"),
    ("sentralleddet", "sentral|leddet"),
    ("sekretariatet", "sekre|tariatet"),
    ("organisasjonens", "organisa|sjonens"),
    ("fordypningstilbud", "fordypnings|tilbud"),
    ("innsatsområde", "innsats|område"),
    ("kommunestyrevalget", "kommunestyre|valget"),
    ("statsbudsjettet", "stats|budsjettet"),
    ("forskningsmiljø", "forsknings|miljø"),
    ("veilederkorps", "veileder|korps"),
    ("moderasjonsordning", "moderasjons|ordning"),
    ("grunnskolealder", "grunnskole|alder"),
    ("utdanningsdirektoratet", "utdannings|direktoratet"),
    ("kompetanseutvikling", "kompetanse|utvikling"),
    ("rekrutteringskampanje", "rekrutterings|kampanje"),
    ("strategiplan", "strategi|plan"),
    ("lederutviklingsprogram", "leder|utviklings|program"),
    ("samarbeidsavtale", "samarbeids|avtale"),
    ("midtveisevaluering", "midtveis|evaluering"),
    ("tilskuddsordning", "tilskudds|ordning"),
    ("måloppnåelse", "mål|oppnåelse"),
    ("deltidsstilling", "deltids|stilling"),
    ("foreldrebetaling", "foreldre|betaling"),
]
_COMPOUND = re.compile("|".join(w for w, _ in COMPOUNDS), re.I)


def hyphenate(text: str) -> str:
    table = dict(COMPOUNDS)

    def sub(m: re.Match) -> str:
        word = m.group(0)
        split = table[word.lower()]
        return word[0] + split[1:] if word[0].isupper() else split

    return _COMPOUND.sub(sub, text)


def prepare(text: str) -> list[str]:
    text = re.sub(r"(\S-) ", r"\1~", text.strip())
    return text.split()


def shown(token: str) -> str:
    return _MARK.sub("", token).replace("|", "").replace("~", " ")


class Doc(FPDF):
    """A4 page with a running header, footnotes at the page foot and a 'Side N' footer (none on the cover)."""

    def __init__(self, title: str, total: int, fonts: dict, margins=(25, 22, 25, 24)):
        super().__init__(format="A4", unit="mm")
        self.set_auto_page_break(False)
        self.set_creation_date(FIXED_DATE)
        self.set_title(title)
        self.set_author("Norsk kulturskoleråd (oppdiktet testdokument)")
        self.set_creator("evals/holdout2/build.py")
        self.set_producer("evals/holdout2/build.py")
        for name, (path, style) in fonts.items():
            self.add_font(name, style, str(path))
        self.fonts_map = fonts
        self.run_title = title
        self.total = total
        self.ml, self.mt, self.mr, self.mb = margins
        self.set_margins(self.ml, self.mt, self.mr)
        self.notes: list[tuple[str, str]] = []
        self.note_h = 0.0
        self.cols = [(self.ml, self.w - self.ml - self.mr)]
        self.col = 0
        self.cy = self.mt
        self.col_top = self.mt
        self.col_max = self.mt
        self.body = ("body", 11.0, 5.6)  # font key, size pt, leading mm
        self.note_font = ("body", 8.5, 4.0)

    # ---- fonts -------------------------------------------------------------------------------
    def use(self, key: str, size: float) -> None:
        self.set_font(key, self.fonts_map[key][1], size)

    # ---- page furniture ----------------------------------------------------------------------
    def header(self) -> None:
        if self.page_no() == 1:
            return
        self.use("sans", 8)
        self.set_text_color(90, 90, 90)
        self.text(self.ml, 14, self.run_title)
        self.set_draw_color(150, 150, 150)
        self.set_line_width(0.2)
        self.line(self.ml, 16, self.w - self.mr, 16)
        self.set_text_color(0, 0, 0)

    def footer(self) -> None:
        if self.notes:
            key, size, lead = self.note_font
            y = self.h - self.mb - self.note_h
            self.set_draw_color(0, 0, 0)
            self.line(self.ml, y, self.ml + 40, y)
            y += 1.5
            for num, text in self.notes:
                self.use(key, size - 1.5)
                self.text(self.ml, y + lead * 0.75 - 1.0, num)
                self.use(key, size)
                width = self.w - self.ml - self.mr - 4
                for line in self.wrap(prepare(text), width, key, size):
                    self.text(self.ml + 4, y + lead * 0.75, shown(line))
                    y += lead
        self.notes, self.note_h = [], 0.0
        if self.page_no() == 1:
            return
        self.use("sans", 8.5)
        label = f"Side {self.page_no()}"
        self.text((self.w - self.get_string_width(label)) / 2, self.h - 12, label)

    # ---- flow ---------------------------------------------------------------------------------
    def bottom(self) -> float:
        return self.h - self.mb - self.note_h - (2.5 if self.notes else 0)

    def new_page(self) -> None:
        self.add_page()
        self.cols = [(self.ml, self.w - self.ml - self.mr)]
        self.col = 0
        self.cy = self.mt
        self.col_top = self.mt
        self.col_max = self.mt

    def start_columns(self, gap: float = 8.0) -> None:
        full = self.w - self.ml - self.mr
        w = (full - gap) / 2
        self.cols = [(self.ml, w), (self.ml + w + gap, w)]
        self.col = 0
        self.col_top = self.cy
        self.col_max = self.cy

    def end_columns(self, after: float = 4.0) -> None:
        """Back to one column, below the longer of the two columns."""
        self.col_max = max(self.col_max, self.cy)
        self.cols = [(self.ml, self.w - self.ml - self.mr)]
        self.col = 0
        self.cy = self.col_max + after
        self.col_top = self.mt

    def ensure(self, h: float) -> None:
        """Make room for h mm: next column, or a new page (two columns continue in two columns)."""
        if self.cy + h <= self.bottom():
            return
        if self.col + 1 < len(self.cols):
            self.col_max = max(self.col_max, self.cy)
            self.col += 1
            self.cy = self.col_top
            return
        if len(self.cols) > 1:
            cols = self.cols
            self.new_page()
            self.cols, self.col, self.col_max = cols, 0, self.mt
            return
        self.new_page()

    def space(self, h: float) -> None:
        if self.cy > self.col_top + 0.1:
            self.cy += h

    @property
    def x0(self) -> float:
        return self.cols[self.col][0]

    @property
    def width(self) -> float:
        return self.cols[self.col][1]

    # ---- line breaking -------------------------------------------------------------------------
    def tw(self, s: str, key: str, size: float) -> float:
        self.use(key, size)
        return self.get_string_width(s)

    def token_width(self, token: str, key: str, size: float) -> float:
        marks = _MARK.findall(token)
        w = self.tw(shown(token), key, size)
        if marks:
            w += self.tw("".join(marks), key, size * 0.62)
        return w

    def wrap(self, tokens: list[str], width: float, key: str, size: float) -> list[str]:
        """Greedy line breaking with hyphenation at '|' points; returns the lines as raw text."""
        lines, cur = [], []
        space = self.tw(" ", key, size)
        tokens = list(tokens)
        i = 0
        while i < len(tokens):
            tok = tokens[i]
            cur_w = sum(self.token_width(t, key, size) for t in cur) + space * max(len(cur) - 1, 0)
            add = self.token_width(tok, key, size) + (space if cur else 0)
            if cur_w + add <= width:
                cur.append(tok)
                i += 1
                continue
            parts = tok.split("|")  # hyphenate at the last '|' that still fits
            done = False
            for k in range(len(parts) - 1, 0, -1):
                head = "".join(parts[:k]) + "-"
                if "~" in head:
                    continue
                if cur_w + (space if cur else 0) + self.token_width(head, key, size) <= width:
                    cur.append(head)
                    tokens[i] = "|".join(parts[k:])
                    done = True
                    break
            if not cur and not done:  # a single over-long word
                cur.append(tok)
                i += 1
            lines.append(" ".join(cur))
            cur = []
        if cur:
            lines.append(" ".join(cur))
        return lines

    def draw_line(self, x: float, baseline: float, raw: str, key: str, size: float) -> None:
        """Draw one line; footnote markers become raised small digits glued to the word."""
        pieces = re.split(r"(\^\d+)", raw.replace("|", "").replace("~", " "))
        for piece in pieces:
            if not piece:
                continue
            if piece.startswith("^"):
                num = piece[1:]
                self.use(key, size * 0.62)
                self.text(x, baseline - size * PT * 0.38, num)
                x += self.get_string_width(num)
            else:
                self.use(key, size)
                self.text(x, baseline, piece)
                x += self.get_string_width(piece)

    # ---- blocks -------------------------------------------------------------------------------
    def para(
        self,
        text: str,
        font=None,
        indent: float = 0.0,
        after: float = 2.2,
        label=None,
        label_w: float = 0.0,
        notes: dict | None = None,
        keep: int = 1,
        hyph: bool = True,
    ) -> None:
        key, size, lead = font or self.body
        tokens = prepare(hyphenate(text) if hyph else text)
        lines = self.wrap(tokens, self.width - indent - label_w, key, size)
        self.ensure(lead * min(keep, len(lines)))
        for n, line in enumerate(lines):
            marks = _MARK.findall(line)
            extra = 0.0
            if marks and notes:
                nw = self.w - self.ml - self.mr - 4
                extra = sum(len(self.wrap(prepare(notes[m]), nw, *self.note_font[:2])) for m in marks)
                extra = extra * self.note_font[2] + 2.0
            self.ensure(lead + extra)
            if marks and notes:
                for m in marks:
                    self.notes.append((m, notes[m]))
                self.note_h += extra
            baseline = self.cy + lead * 0.75
            if n == 0 and label:
                self.use(key, size)
                self.text(self.x0 + indent, baseline, label)
            self.draw_line(self.x0 + indent + label_w, baseline, line, key, size)
            self.cy += lead
        self.cy += after

    def heading(self, text: str, key: str, size: float, before: float, after: float, keep: float = 18.0) -> None:
        lead = size * PT * 1.25
        self.space(before)
        lines = self.wrap(prepare(text), self.width, key, size)
        self.ensure(lead * len(lines) + keep)
        for line in lines:
            self.draw_line(self.x0, self.cy + lead * 0.8, line, key, size)
            self.cy += lead
        self.cy += after

    def table(
        self,
        header: list[str],
        rows: list[list[str]],
        widths: list[float],
        align: list[str],
        font=None,
        head_font=None,
        bold_last: bool = False,
    ) -> None:
        """A ruled table with a shaded header row (repeated after a page break)."""
        key, size, lead = font or ("body", 9.0, 4.4)
        hkey = (head_font or ("bold", 9.0))[0]
        pad = 1.6
        x0 = self.x0

        def draw_row(cells, k, fill):
            lines = [
                self.wrap(prepare(c), w - 2 * pad, k, size) if c else [] for c, w in zip(cells, widths, strict=True)
            ]
            h = max(len(ls) for ls in lines) * lead + 2 * pad
            if self.cy + h > self.bottom():
                self.new_page()
                draw_row(header, hkey, True)
            x = x0
            if fill:
                self.set_fill_color(225, 230, 238)
                self.rect(x0, self.cy, sum(widths), h, style="F")
            self.set_draw_color(60, 60, 60)
            self.set_line_width(0.25)
            for ls, w, a in zip(lines, widths, align, strict=True):
                self.rect(x, self.cy, w, h)
                y = self.cy + pad
                for line in ls:
                    self.use(k, size)
                    s = shown(line)
                    if a == "L":
                        tx = x + pad
                    elif a == "C":
                        tx = x + (w - self.get_string_width(s)) / 2
                    else:
                        tx = x + w - pad - self.get_string_width(s)
                    self.text(tx, y + lead * 0.75, s)
                    y += lead
                x += w
            self.cy += h

        draw_row(header, hkey, True)
        for n, r in enumerate(rows):
            last = bold_last and n == len(rows) - 1
            draw_row(r, hkey if last else key, False)
        self.cy += 4
