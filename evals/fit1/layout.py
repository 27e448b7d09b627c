"""A small fpdf2 page setter for the fit1 documents.

Blocks are laid out top to bottom in one or two columns. Every page gets a running header (a grey
line of text with a rule under it) and a centred "Side N" footer, page 1 included, so the printed
page number can always be read from the footer.

Line breaking is greedy. Words may be split at hyphenation points: a "|" written in the source text,
or the points that `SPLITS` adds to some long compounds. A split word prints as "regions-" at the
line end and continues on the next line; the part after the split always starts with a lower-case
letter, so a reader that joins "letter-\\nlowercase" gets the whole word back.
"""

from __future__ import annotations

import re
from datetime import datetime
from pathlib import Path

from fpdf import FPDF

FONTDIR = Path("/usr/share/fonts/truetype/liberation")
STAMP = datetime(2025, 6, 1, 12, 0, 0)
MM_PER_PT = 25.4 / 72

# long compounds and where they may be split (all split parts begin with a lower-case letter)
SPLITS = {
    "regionstyret": "region|styret",
    "regionstyrets": "region|styrets",
    "regionmøtet": "region|møtet",
    "regionmøtets": "region|møtets",
    "regionmøtene": "region|møtene",
    "kulturskoletilbud": "kultur|skole|tilbud",
    "kulturskolerektor": "kultur|skole|rektor",
    "kulturskolerektorer": "kultur|skole|rektorer",
    "kulturskolelærere": "kultur|skole|lærere",
    "kulturskolelærernes": "kultur|skole|lærernes",
    "kulturskolene": "kultur|skolene",
    "kulturskolenes": "kultur|skolenes",
    "medlemskommunene": "medlems|kommunene",
    "fylkeskommunene": "fylkes|kommunene",
    "fylkeskommune": "fylkes|kommune",
    "tilleggskontingent": "tilleggs|kontingent",
    "tilleggskontingenten": "tilleggs|kontingenten",
    "fordypningstilbud": "fordypnings|tilbud",
    "revisjonsberetning": "revisjons|beretning",
    "revisjonsberetningen": "revisjons|beretningen",
    "vedtektsendringer": "vedtekts|endringer",
    "saksdokumentene": "saks|dokumentene",
    "stemmeberettigede": "stemme|berettigede",
    "handlingsplan": "handlings|plan",
    "handlingsplanen": "handlings|planen",
    "valgkomiteen": "valg|komiteen",
    "valgkomiteens": "valg|komiteens",
    "administrasjonen": "administra|sjonen",
    "samarbeidsavtaler": "samarbeids|avtaler",
    "nettverkssamlinger": "nettverks|samlinger",
    "regionkonferansen": "region|konferansen",
    "moderasjonsordninger": "moderasjons|ordninger",
    "endringsforslaget": "endrings|forslaget",
    "saksframstilling": "saks|framstilling",
    "prosjektkoordinator": "prosjekt|koordinator",
    "opplæringsloven": "opplærings|loven",
    "deltidsstillinger": "deltids|stillinger",
    "oppholdsutgifter": "oppholds|utgifter",
}
_WORD = re.compile(r"[A-Za-zÆØÅæøå]+")


def with_splits(text: str) -> str:
    def one(m: re.Match) -> str:
        w = m.group(0)
        s = SPLITS.get(w.lower())
        if s is None:
            return w
        return w[0] + s[1:]

    return _WORD.sub(one, text)


def plain(token: str) -> str:
    return token.replace("|", "")


class Pages(FPDF):
    """A4 pages with header, footer, a flowing cursor and optional two columns."""

    def __init__(self, header_text: str, fonts: dict[str, tuple[str, str]], margins=(24.0, 26.0, 24.0, 24.0)):
        super().__init__(format="A4", unit="mm")
        self.set_auto_page_break(False)
        self.set_creation_date(STAMP)
        self.set_creator("evals/fit1/build.py")
        self.set_producer("evals/fit1/build.py")
        self.set_author("Norsk kulturskoleråd, Region Vest (oppdiktet testdokument)")
        self.fontkeys = {}
        for key, (file, style) in fonts.items():
            family = Path(file).stem.split("-")[0]
            if (family, style) not in {(f, s) for f, s in self.fontkeys.values()}:
                self.add_font(family, style, str(FONTDIR / file))
            self.fontkeys[key] = (family, style)
        self.header_text = header_text
        self.left, self.top, self.right, self.foot = margins
        self.set_margins(self.left, self.top, self.right)
        self.y_at = self.top
        self.columns = [(self.left, self.w - self.left - self.right)]
        self.col = 0
        self.col_start = self.top
        self.col_low = self.top
        self.log: list[str] = []

    # -- fonts and page furniture ---------------------------------------------------------
    def font(self, key: str, size: float) -> None:
        family, style = self.fontkeys[key]
        self.set_font(family, style, size)

    def header(self) -> None:
        self.font("sans", 8.5)
        self.set_text_color(100, 100, 100)
        self.text(self.left, 15, self.header_text)
        self.set_draw_color(160, 160, 160)
        self.set_line_width(0.2)
        self.line(self.left, 17, self.w - self.right, 17)
        self.set_text_color(0, 0, 0)

    def footer(self) -> None:
        self.font("sans", 9)
        label = f"Side {self.page_no()}"
        self.text((self.w - self.get_string_width(label)) / 2, self.h - 12, label)

    # -- flow -----------------------------------------------------------------------------
    @property
    def limit(self) -> float:
        return self.h - self.foot

    @property
    def x0(self) -> float:
        return self.columns[self.col][0]

    @property
    def width(self) -> float:
        return self.columns[self.col][1]

    def next_page(self) -> None:
        self.add_page()
        self.y_at = self.top
        self.col_start = self.top
        self.col_low = self.top
        self.col = 0

    def two_columns(self, gap: float = 7.0) -> None:
        full = self.w - self.left - self.right
        half = (full - gap) / 2
        self.columns = [(self.left, half), (self.left + half + gap, half)]
        self.col = 0
        self.col_start = self.y_at
        self.col_low = self.y_at

    def one_column(self, after: float = 3.0) -> None:
        self.col_low = max(self.col_low, self.y_at)
        self.columns = [(self.left, self.w - self.left - self.right)]
        self.col = 0
        self.y_at = self.col_low + after

    def room(self, h: float) -> None:
        """Move on to the next column or page unless h mm are left."""
        if self.y_at + h <= self.limit:
            return
        if self.col + 1 < len(self.columns):
            self.col_low = max(self.col_low, self.y_at)
            self.col += 1
            self.y_at = self.col_start
            return
        self.next_page()
        if len(self.columns) > 1:
            self.col_start = self.top

    def gap(self, h: float) -> None:
        if self.y_at > self.col_start + 0.05:
            self.y_at += h

    # -- text -----------------------------------------------------------------------------
    def width_of(self, s: str, key: str, size: float) -> float:
        self.font(key, size)
        return self.get_string_width(s)

    def lines(self, text: str, width: float, key: str, size: float, split: bool = True) -> list[str]:
        words = (with_splits(text) if split else text).split()
        space = self.width_of(" ", key, size)
        out: list[str] = []
        cur: list[str] = []
        i = 0
        while i < len(words):
            word = words[i]
            used = sum(self.width_of(plain(w), key, size) for w in cur) + space * max(0, len(cur) - 1)
            extra = self.width_of(plain(word), key, size) + (space if cur else 0)
            if used + extra <= width:
                cur.append(word)
                i += 1
                continue
            parts = word.split("|")
            placed = False
            for k in range(len(parts) - 1, 0, -1):
                head = "".join(parts[:k]) + "-"
                if used + (space if cur else 0) + self.width_of(head, key, size) <= width:
                    cur.append(head)
                    words[i] = "|".join(parts[k:])
                    placed = True
                    break
            if not cur and not placed:
                cur.append(word)
                i += 1
            out.append(" ".join(plain(w) for w in cur))
            cur = []
        if cur:
            out.append(" ".join(plain(w) for w in cur))
        return out

    def para(
        self,
        text: str,
        key: str = "body",
        size: float = 11.0,
        lead: float = 5.6,
        indent: float = 0.0,
        label: str | None = None,
        label_w: float = 0.0,
        after: float = 2.0,
        keep: int = 2,
        align: str = "L",
        label_key: str | None = None,
    ) -> None:
        rows = self.lines(text, self.width - indent - label_w, key, size)
        self.room(lead * min(keep, len(rows)))
        for n, row in enumerate(rows):
            self.room(lead)
            base = self.y_at + lead * 0.76
            self.font(key, size)
            if n == 0 and label:
                self.font(label_key or key, size)
                self.text(self.x0 + indent, base, label)
                self.font(key, size)
            x = self.x0 + indent + label_w
            if align == "C":
                x = self.x0 + (self.width - self.get_string_width(row)) / 2
            self.text(x, base, row)
            self.y_at += lead
        self.y_at += after

    def heading(self, text: str, key: str, size: float, before: float, after: float, keep: float = 16.0) -> None:
        lead = size * MM_PER_PT * 1.3
        self.gap(before)
        rows = self.lines(text, self.width, key, size, split=False)
        self.room(lead * len(rows) + keep)
        self.log.append(f"p{self.page_no()} c{self.col} y{self.y_at:5.1f} {text}")
        for row in rows:
            self.font(key, size)
            self.text(self.x0, self.y_at + lead * 0.8, row)
            self.y_at += lead
        self.y_at += after

    def rule_table(self, head: list[str], rows: list[list[str]], widths: list[float], aligns: list[str],
                   size: float = 9.5, lead: float = 4.6, bold_rows: set[int] | None = None) -> None:
        """A ruled table with a shaded header row; the table is kept on one page."""
        bold_rows = bold_rows or set()
        pad = 1.5
        total = (len(rows) + 1) * (lead + 2 * pad)
        self.room(total)
        x0 = self.x0

        def row_out(cells: list[str], key: str, shade: bool) -> None:
            h = lead + 2 * pad
            if shade:
                self.set_fill_color(222, 228, 236)
                self.rect(x0, self.y_at, sum(widths), h, style="F")
            self.set_draw_color(70, 70, 70)
            self.set_line_width(0.25)
            x = x0
            for cell, w, a in zip(cells, widths, aligns, strict=True):
                self.rect(x, self.y_at, w, h)
                self.font(key, size)
                sw = self.get_string_width(cell)
                tx = x + pad if a == "L" else x + w - pad - sw
                self.text(tx, self.y_at + pad + lead * 0.76, cell)
                x += w
            self.y_at += h

        row_out(head, "bold", True)
        for n, r in enumerate(rows):
            row_out(r, "bold" if n in bold_rows else "body", False)
        self.y_at += 4.0


def write(make, path: Path) -> int:
    doc = make()
    path.write_bytes(bytes(doc.output()))
    return doc.pages_count
