"""Check evals/fit11/questions.jsonl against the documents in evals/fit11/docs/.

    .venv/bin/python -m evals.fit11.check            # exits non-zero on any problem
    .venv/bin/python -m evals.fit11.check --dump     # also print the text each document is read as

Readers (evals/fit_texts.py): pypdf page by page for the two PDFs, the UTF-8 text for the .md (markup kept);
whitespace is collapsed everywhere. For the .md every evidence string must in addition stand in the rendered
plain text (content_veileder.render(): no "#", ">" or "- " markers, table rows as cells joined with " | ", links
as "text (url)", no emphasis markers), so evidence never quotes markup.

Checks (evals/fit_check.py, which finds an id's document by the id without its three digits): the manifest
(kinds "strategy", "protocol", "guide"); the schema; unique ids "f11s"/"f11p"/"f11g" + three digits matching the
document; 50 questions per document; split train/dev equal to assign_splits.split_of(id); lang nb/nn/en; a
known category; histories; for answerable questions 1-6 evidence strings found verbatim (for a PDF on the
recorded 1-based PDF page) and every must_contain fact in one of them; unanswerable questions carry no
evidence, must_contain, page or ref.

This set's own checks:
- Unanswerable questions: every one has probes in make_questions.ABSENT, and no probe occurs in any of the three
  documents (case-insensitive, whitespace collapsed; for the .md also in the rendered text).
- Strategy PDF layout: 5 to 7 pages; the footer "Side N" once on every page; the running header once on every
  page but the first and not on the first; the header row of the indicator table on exactly one page; priority
  item 3 not whole on any page, its start on one page and its end on the next.
- Protocol PDF layout: 4 to 6 pages; the footer "Protokoll, regionårsmøtet 2035 – side N av M" once on every
  page; the header row of the election table on exactly one page; the signature block on the last page.
- Strategy refs "hovedmål 2" / "delmål 2.3": header and footer are taken out first, so a section that runs over
  a page break is one piece. A hovedmål runs from its heading to the next hovedmål heading (so it holds its
  delmål), a delmål to the next heading of either level; hovedmål 4 ends at "Prioriteringer for de to første
  strategiårene". The title page, the priority list, the indicators and the follow-up belong to no section.
- Protocol refs "sak 4" / "sak 5.3": the footer is taken out first. A sak runs from its heading to the next sak
  heading (so sak 5 holds 5.1-5.4), a sub-sak to the next heading of either level; sak 6 ends before "Møtet ble
  hevet kl. 16.10.". The title, the meta block, the closing lines and the signatures belong to no sak.
- Guide refs "kap. 3" / "kap. 3.1": a "##" section holds its "###" sub-sections; the unnumbered "###" questions
  of kap. 6 belong to kap. 6. The title, the sub-line, the introduction and the quote belong to no section.
A given ref must exist, contain every evidence string, and be the innermost section that does. A question
without ref must not have all its evidence inside one section.
"""

from __future__ import annotations

import re
import sys
from functools import cache
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from evals import fit_check
from evals.fit11 import content_protokoll, content_strategi, content_veileder
from evals.fit11.assign_splits import split_of
from evals.fit_texts import DocTexts, squash

HERE = Path(__file__).resolve().parent
DOCS = HERE / "docs"
TEXTS = DocTexts(DOCS)
QUESTIONS = HERE / "questions.jsonl"
STRATEGY = "strategi-2035-2037-region-elvedal.pdf"
PROTOCOL = "protokoll-regionarsmotet-2035-region-elvedal.pdf"
GUIDE = "veileder-soskenmoderasjon-friplass-elvedal.md"
DOC_OF = {"f11s": STRATEGY, "f11p": PROTOCOL, "f11g": GUIDE}
KIND_OF = {STRATEGY: "strategy", PROTOCOL: "protocol", GUIDE: "guide"}
PER_DOCUMENT = 50
ID_PATTERN = r"f11[spg]\d{3}"
REF_FORM = {
    STRATEGY: re.compile(r"hovedmål \d|delmål \d\.\d"),
    PROTOCOL: re.compile(r"sak \d(\.\d)?"),
    GUIDE: re.compile(r"kap\. \d(\.\d)?"),
}
REF_EXAMPLE = {STRATEGY: "delmål 2.3", PROTOCOL: "sak 5.3", GUIDE: "kap. 3.1"}
EXPECTED_SECTIONS = {STRATEGY: 15, PROTOCOL: 10, GUIDE: 9}
S_HEADER = squash(content_strategi.HEADER)
S_FOOTER = r"Side \d+"
P_FOOTER = r"Protokoll, regionårsmøtet 2035 – side \d+ av \d+"
INDICATOR_HEAD = " ".join(content_strategi.INDICATOR_HEADER)
ELECTION_HEAD = " ".join(content_protokoll.TABLES["valg"][0])


# ---------------------------------------------------------------------------------------------------
# layout of the two PDFs
# ---------------------------------------------------------------------------------------------------
def strategy_layout_problems() -> list[str]:
    pages = TEXTS.pdf_pages(STRATEGY)
    out = []
    if not 5 <= len(pages) <= 7:
        out.append(f"{STRATEGY}: {len(pages)} pages, expected 5 to 7")
    for n, text in pages:
        if len(re.findall(r"Side \d+\b", text)) != 1 or not text.endswith(f"Side {n}"):
            out.append(f"{STRATEGY}: footer 'Side {n}' not found once at the end of page {n}")
        want = 0 if n == 1 else 1
        if text.count(S_HEADER) != want:
            out.append(f"{STRATEGY}: running header found {text.count(S_HEADER)} times on page {n}, expected {want}")
    head_pages = [n for n, t in pages if INDICATOR_HEAD in t]
    if len(head_pages) != 1:
        out.append(f"{STRATEGY}: indicator table header on pages {head_pages}, expected one")
    item = squash(content_strategi.priority(content_strategi.PRIORITY_SPLIT))
    words = item.split(" ")
    start, end = " ".join(words[:6]), " ".join(words[-6:])
    whole = [n for n, t in pages if item in t]
    starts = [n for n, t in pages if start in t]
    ends = [n for n, t in pages if end in t]
    if whole or len(starts) != 1 or len(ends) != 1 or ends[0] != starts[0] + 1:
        out.append(f"{STRATEGY}: priority item over a page break: whole on {whole}, starts {starts}, ends {ends}")
    return out


def protocol_layout_problems() -> list[str]:
    pages = TEXTS.pdf_pages(PROTOCOL)
    out = []
    if not 4 <= len(pages) <= 6:
        out.append(f"{PROTOCOL}: {len(pages)} pages, expected 4 to 6")
    for n, text in pages:
        want = f"Protokoll, regionårsmøtet 2035 – side {n} av {len(pages)}"
        if len(re.findall(P_FOOTER, text)) != 1 or want not in text:
            out.append(f"{PROTOCOL}: footer {want!r} not found once on page {n}")
    head_pages = [n for n, t in pages if ELECTION_HEAD in t]
    if len(head_pages) != 1:
        out.append(f"{PROTOCOL}: election table header on pages {head_pages}, expected one")
    if " ".join(content_protokoll.SIGNATURES[0]) not in pages[-1][1]:
        out.append(f"{PROTOCOL}: signature block not on the last page")
    return out


# ---------------------------------------------------------------------------------------------------
# sections
# ---------------------------------------------------------------------------------------------------
def _goal(head: str) -> str:
    """ "Hovedmål 2 Kvalitet …" → "hovedmål 2"; "Delmål 2.3 Hele …" → "delmål 2.3"."""
    word, num = head.split(" ")[:2]
    return f"{word.lower()} {num}"


def strategy_sections() -> tuple[dict[str, str], list[str]]:
    full = TEXTS.text_of(STRATEGY).replace(S_HEADER, " ")
    full = squash(re.sub(S_FOOTER + r"\b", " ", full))
    closing = content_strategi.CLOSING
    mains, p1 = fit_check.cut_at_headings(STRATEGY, full, content_strategi.main_goals(), closing, _goal, "hovedmål")
    every, p2 = fit_check.cut_at_headings(STRATEGY, full, content_strategi.headings(), closing, _goal)
    subs = {k: v for k, v in every.items() if k.startswith("delmål")}
    return mains | subs, p1 + p2


def _sak(head: str) -> str:
    """ "Sak 5 Politiske saker" → "sak 5"; "Sak 5.3 Felles …" → "sak 5.3"."""
    return f"sak {head.split(' ')[1]}"


def protocol_sections() -> tuple[dict[str, str], list[str]]:
    full = squash(re.sub(P_FOOTER, " ", TEXTS.text_of(PROTOCOL)))
    closing = content_protokoll.CLOSING
    saker, p1 = fit_check.cut_at_headings(PROTOCOL, full, content_protokoll.saker(), closing, _sak, "sak")
    every, p2 = fit_check.cut_at_headings(PROTOCOL, full, content_protokoll.headings(), closing, _sak)
    subs = {k: v for k, v in every.items() if "." in k}
    return saker | subs, p1 + p2


@cache
def md_rendered() -> str:
    return squash(content_veileder.render((DOCS / GUIDE).read_text(encoding="utf-8")))


def md_problems(q, doc: str) -> list[str]:
    if doc != GUIDE:
        return []
    return [f"evidence not in the rendered Markdown: {e!r}" for e in q.evidence if squash(e) not in md_rendered()]


def md_sections() -> dict[str, str]:
    return {k: squash(v) for k, v in content_veileder.sections((DOCS / GUIDE).read_text(encoding="utf-8")).items()}


@cache
def sections(doc: str) -> dict[str, str]:
    if doc == STRATEGY:
        return strategy_sections()[0]
    if doc == PROTOCOL:
        return protocol_sections()[0]
    return md_sections()


def after_answer(q, doc: str) -> list[str]:
    return md_problems(q, doc) + fit_check.section_ref_problems(q, sections(doc), REF_FORM[doc], REF_EXAMPLE[doc])


def absent_problems(qs) -> list[str]:
    from evals.fit11.make_questions import ABSENT

    out = fit_check.absent_problems(qs, TEXTS, DOC_OF, ABSENT)
    rendered = md_rendered().lower()
    for q in qs:
        for p in ABSENT.get(q.question, []) if q.unanswerable else []:
            if squash(p).lower() in rendered:
                out.append(f"{q.id}: probe {p!r} of an unanswerable question found in the rendered {GUIDE}")
    return out


def problems(qs) -> list[str]:
    out = strategy_layout_problems() + protocol_layout_problems()
    out += strategy_sections()[1] + protocol_sections()[1]
    for doc in DOC_OF.values():
        n = len(sections(doc))
        if n != EXPECTED_SECTIONS[doc]:
            out.append(f"{doc}: {n} sections, expected {EXPECTED_SECTIONS[doc]}")
    out += fit_check.per_document_problems(qs, DOC_OF, PER_DOCUMENT)
    out += absent_problems(qs)
    return out + fit_check.problems(
        qs, TEXTS, DOC_OF, ID_PATTERN, kind_of=KIND_OF, split_of=split_of, after_answer=after_answer
    )


def main() -> None:
    fit_check.run(QUESTIONS, TEXTS, DOC_OF, problems, lambda: fit_check.dump_sections(DOC_OF, sections))


if __name__ == "__main__":
    main()
