"""Build the two invented documents of the fit1 set into evals/fit1/docs/.

    .venv/bin/python -m evals.fit1.build          # writes the PDFs and manifest.toml
    .venv/bin/python -m evals.fit1.build --log    # also prints where each heading landed

The text is in content_vedtekter.py and content_protokoll.py; layout.py sets it with fpdf2. The
creation date is fixed, so the text (and in practice the bytes) are the same on every run.
"""

from __future__ import annotations

import sys
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    __package__ = "evals.fit1"  # noqa: A001

from evals.fit1 import content_protokoll as prot
from evals.fit1 import content_vedtekter as ved
from evals.fit1.layout import Pages, write
from evals.fit_build import manifest

HERE = Path(__file__).resolve().parent
DOCS = HERE / "docs"
STATUTES = "vedtekter-region-vest.pdf"
MINUTES = "protokoll-regionmote-2025.pdf"

MANIFEST = manifest(
    "Oppdiktet eksempeldokument for evaluering, laget av evals/fit1/build.py",
    [
        (STATUTES, "Vedtekter for Region Vest i Norsk kulturskoleråd", "statutes", "2025-05"),
        (MINUTES, "Protokoll fra regionmøtet i Region Vest 2025", "resolutions", "2025-04"),
    ],
)

SERIF = {
    "body": ("LiberationSerif-Regular.ttf", ""),
    "italic": ("LiberationSerif-Italic.ttf", "I"),
    "sans": ("LiberationSans-Regular.ttf", ""),
    "bold": ("LiberationSans-Bold.ttf", "B"),
}
SANS = {
    "body": ("LiberationSans-Regular.ttf", ""),
    "italic": ("LiberationSans-Italic.ttf", "I"),
    "sans": ("LiberationSans-Regular.ttf", ""),
    "bold": ("LiberationSans-Bold.ttf", "B"),
}


def statutes() -> Pages:
    pdf = Pages(ved.HEADER, SERIF, margins=(25.0, 26.0, 25.0, 26.0))
    pdf.set_title(ved.TITLE)
    pdf.next_page()
    size, lead = 11.5, 6.1
    for block in ved.blocks():
        kind = block[0]
        if kind == "title":
            pdf.y_at = 34
            pdf.heading(block[1], "bold", 19, 0, 5, keep=0)
        elif kind == "meta":
            pdf.para(block[1], key="italic", size=11, lead=5.6, after=0.6)
        elif kind == "p":
            pdf.y_at += 4
            pdf.para(block[1], size=size, lead=lead, after=3)
        elif kind == "tochead":
            pdf.heading(block[1], "bold", 12, 3, 1.5)
        elif kind == "toc":
            for line in block[1]:
                pdf.para(line, key="sans", size=10.5, lead=5.4, indent=4, after=0.4)
            pdf.y_at += 4
        elif kind == "h":
            pdf.heading(block[1], "bold", 12.5, 5, 2, keep=14)
        elif kind == "ledd":
            pdf.para(block[2], size=size, lead=lead, label=block[1], label_w=9, after=1.8)
        elif kind == "item":
            pdf.para(block[2], size=size, lead=lead, indent=9, label=block[1], label_w=7, after=0.8)
        else:
            raise ValueError(kind)
    return pdf


def minutes() -> Pages:
    pdf = Pages(prot.HEADER, SANS, margins=(24.0, 26.0, 24.0, 26.0))
    pdf.set_title(prot.TITLE)
    pdf.next_page()
    size, lead = 10.5, 5.4
    for block in prot.BLOCKS:
        kind = block[0]
        if kind == "title":
            pdf.y_at = 32
            pdf.heading(block[1], "bold", 18, 0, 6, keep=0)
        elif kind == "facts":
            for label, value in block[1]:
                pdf.para(value, size=size, lead=lead, label=label, label_w=52, label_key="bold", after=1.2)
            pdf.y_at += 2
        elif kind == "h2":
            pdf.heading(block[1], "bold", 12.5, 5, 2)
        elif kind == "toc":
            for line in block[1]:
                pdf.para(line, size=size, lead=lead, indent=4, after=0.3)
            pdf.y_at += 2
        elif kind == "sak":
            pdf.heading(block[1], "bold", 13.5, 7, 2.5, keep=20)
        elif kind == "sub":
            pdf.heading(block[1], "bold", 10.5, 2.5, 1.0, keep=10)
        elif kind == "p":
            pdf.para(block[1], size=size, lead=lead, after=2.0)
        elif kind == "quote":
            pdf.para(block[1], key="italic", size=size, lead=lead, indent=6, after=2.0)
        elif kind in ("num", "bul"):
            for n, item in enumerate(block[1], start=1):
                label = f"{n}." if kind == "num" else "•"
                pdf.para(item, size=size, lead=lead, indent=3, label=label, label_w=6, after=1.0)
            pdf.y_at += 1.5
        elif kind == "table":
            pdf.rule_table(prot.BUDGET_HEAD, prot.BUDGET, [82, 40, 40], ["L", "R", "R"], bold_rows=prot.BUDGET_BOLD)
        elif kind == "cols":
            pdf.two_columns()
        elif kind == "endcols":
            pdf.one_column()
        elif kind == "newpage":
            pdf.next_page()
        elif kind == "sign":
            pdf.y_at += 6
            pdf.para(block[1][0], size=size, lead=lead, after=8)
            for line in block[1][1:]:
                pdf.para(line, size=size, lead=lead, after=5)
        else:
            raise ValueError(kind)
    return pdf


def main() -> None:
    DOCS.mkdir(parents=True, exist_ok=True)
    for name, make in ((STATUTES, statutes), (MINUTES, minutes)):
        pages = write(make, DOCS / name)
        print(f"{name}: {pages} pages")
        if "--log" in sys.argv:
            for line in make().log:
                print("   ", line)
    (DOCS / "manifest.toml").write_text(MANIFEST, encoding="utf-8")
    print("manifest.toml")


if __name__ == "__main__":
    main()
