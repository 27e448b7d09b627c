"""Validate evals/questions.jsonl against the documents it was written for.

    .venv/bin/python -m evals.documents.check_questions [path]

Checks: the file loads with evals.dataset.load_questions; ids are unique and their prefix
matches the document (b = bundled report, s = vedtekter.pdf, p = rammeplan.pdf,
l = protokoll-landsting-2024.pdf, g = strategi.pdf, w = politisk-plattform.docx,
m = mangfoldsstrategi.md); answerable questions have 1–2 evidence strings that occur verbatim in
their document (see doctext.py for the normalisation: PDF text from pypdf; .docx paragraphs and
table cells from python-docx; .md with its markup stripped) and at least one must_contain fact;
for a PDF the recorded `page` is a printed page holding every evidence string, for the .txt, .docx
and .md it is null; a ref on g/w/m questions has its canonical form ("delmål 2.3", "hovedmål 2",
"satsingsområde 3", "kap. 2.3");
unanswerable questions have no evidence, must_contain or page; follow-ups have a history;
the split is one of train/dev/test. Exits non-zero and lists every problem otherwise.
"""

from __future__ import annotations

import re
import sys
from collections import Counter
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from evals.dataset import load_questions
from evals.documents.doctext import BUNDLED, DOCX, MARKDOWN, PDFS, normalise, pages_with, text_of

QUESTIONS = Path(__file__).resolve().parents[1] / "questions.jsonl"
PREFIX = {"b": BUNDLED, "s": PDFS[0], "p": PDFS[1], "l": PDFS[2], "g": PDFS[3], "w": DOCX, "m": MARKDOWN}
# canonical ref forms of the documents added later (the older ones are checked by hand)
REF_FORMS = {
    PDFS[3]: re.compile(r"(hovedmål \d|delmål \d\.\d)"),
    DOCX: re.compile(r"satsingsområde \d"),
    MARKDOWN: re.compile(r"kap\. \d(\.\d)*"),
}
CATEGORIES = {
    "amount",
    "count",
    "date",
    "person",
    "place",
    "list",
    "yesno",
    "description",
    "ref_text",
    "ledd",
    "status_done",
    "status_planned",
    "followup",
    "unanswerable",
}


def problems(path: Path) -> list[str]:
    qs = load_questions(path)
    out = []
    for id_, n in Counter(q.id for q in qs).items():
        if n > 1:
            out.append(f"{id_}: duplicate id")
    for q in qs:
        doc = PREFIX.get(q.id[:1])
        say = lambda msg, q=q: out.append(f"{q.id}: {msg}")  # noqa: E731
        if doc is None or q.document != doc:
            say(f"document {q.document!r} does not match the id prefix")
            continue
        if q.category not in CATEGORIES:
            say(f"unknown category {q.category!r}")
        if q.lang not in {"nb", "nn", "en"}:
            say(f"unknown lang {q.lang!r}")
        if q.split not in {"train", "dev", "test"}:
            say(f"split {q.split!r}")
        if q.category == "followup" and not q.history:
            say("follow-up without history")
        if q.unanswerable:
            if q.evidence or q.must_contain or q.page is not None or q.category != "unanswerable":
                say("unanswerable question with evidence, facts, page or another category")
            continue
        if not 1 <= len(q.evidence) <= 2:
            say(f"{len(q.evidence)} evidence strings")
        if not q.must_contain:
            say("no must_contain")
        if q.ref is not None and doc in REF_FORMS and not REF_FORMS[doc].fullmatch(q.ref):
            say(f"ref {q.ref!r} not in canonical form")
        if doc == BUNDLED or doc in (DOCX, MARKDOWN):
            text = text_of(doc)
            for ev in q.evidence:
                if normalise(ev) not in text:
                    say(f"evidence not in {doc}: {ev!r}")
            if q.page is not None:
                say(f"page given for {doc}, which has no pages")
            continue
        for ev in q.evidence:
            pages = pages_with(doc, ev)
            if not pages:
                say(f"evidence not in {doc}: {ev!r}")
            elif q.page not in pages:
                say(f"page {q.page} but evidence is on {pages}: {ev!r}")
    return out


def main() -> None:
    path = Path(sys.argv[1]) if len(sys.argv) > 1 else QUESTIONS
    found = problems(path)
    for p in found:
        print(p)
    n = len(load_questions(path))
    print(f"{n} questions, {len(found)} problems")
    sys.exit(1 if found else 0)


if __name__ == "__main__":
    main()
