"""Check evals/fit3/questions.jsonl against the documents in evals/fit3/docs/.

    .venv/bin/python -m evals.fit3.check            # exits non-zero on any problem
    .venv/bin/python -m evals.fit3.check --dump     # also print the text each document is read as

Checks (readers in doctexts.py): the file loads with evals.dataset.load_questions; ids are unique and are
"f3p"/"f3s"/"f3v" + three digits matching the document; split is train or dev (never test); lang is nb/nn/en;
the category is a known one; a history alternates user and assistant turns and ends with the assistant; a
follow-up has a history. Answerable: 1-6 evidence strings, >= 1 must_contain, every evidence string verbatim
(whitespace collapsed, PDF line-end hyphens joined) in the document and, for a PDF, on the recorded page; every
must_contain fact (case-insensitive) on that page / in that document; page null for the .docx; ref in the
canonical form of its document ("sak 34/26"; "hovedmål 2" / "delmål 1.2"; "§ 4" / "§ 4 (2)") or null, and a
ref names a sak/goal/§ that exists in the document. Unanswerable: no evidence, must_contain or page, category
"unanswerable".
"""

from __future__ import annotations

import re
import sys
from collections import Counter
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from evals.dataset import load_questions
from evals.fit3 import doctexts as dt

HERE = Path(__file__).resolve().parent
QUESTIONS = HERE / "questions.jsonl"
DOC_OF = {"f3p": "protokoll-hovedstyret.pdf", "f3s": "strategi-kompetanse.pdf",
          "f3v": "vedtekter-kulturskoleforbund.docx"}
REF_FORM = {
    "protokoll-hovedstyret.pdf": re.compile(r"sak (\d+/26)"),
    "strategi-kompetanse.pdf": re.compile(r"(?:hovedmål (\d)|delmål (\d\.\d))"),
    "vedtekter-kulturskoleforbund.docx": re.compile(r"§ (\d+)(?: \(\d\))?"),
}
CATEGORIES = {"amount", "count", "date", "person", "place", "list", "yesno", "description", "ref_text",
              "status_done", "status_planned", "followup", "unanswerable"}


def ref_exists(doc: str, ref: str) -> bool:
    text = dt.text_of(doc)
    if doc.startswith("protokoll"):
        return f"HS-sak {ref.split()[1]}" in text
    if doc.startswith("strategi"):
        kind, num = ref.split()
        return f"{kind.capitalize()} {num}" in text
    return f"§ {ref.split()[1]} " in text


def problems(qs) -> list[str]:
    out = []
    for id_, n in Counter(q.id for q in qs).items():
        if n > 1:
            out.append(f"{id_}: duplicate id")
    for q in qs:
        say = lambda m, q=q: out.append(f"{q.id}: {m}")  # noqa: E731
        if not re.fullmatch(r"f3[psv]\d{3}", q.id):
            say("id not f3p/f3s/f3v + three digits")
            continue
        doc = DOC_OF[q.id[:3]]
        if q.document != doc:
            say(f"document {q.document!r}, expected {doc!r}")
            continue
        if q.split not in ("train", "dev"):
            say(f"split {q.split!r} (only train/dev in a fitting set)")
        if q.lang not in ("nb", "nn", "en"):
            say(f"lang {q.lang!r}")
        if q.category not in CATEGORIES:
            say(f"category {q.category!r}")
        if q.history:
            roles = [t.role for t in q.history]
            if roles[::2] != ["user"] * len(roles[::2]) or roles[1::2] != ["assistant"] * len(roles[1::2]) \
                    or roles[-1] != "assistant":
                say(f"history roles {roles}")
        if q.category == "followup" and not q.history:
            say("follow-up without history")
        if q.ref is not None:
            if not REF_FORM[doc].fullmatch(q.ref):
                say(f"ref {q.ref!r} not canonical")
            elif not ref_exists(doc, q.ref):
                say(f"ref {q.ref!r} not in the document")
        if q.unanswerable:
            if q.evidence or q.must_contain or q.page is not None or q.category != "unanswerable":
                say("unanswerable with evidence, must_contain, page or another category")
            continue
        if q.category == "unanswerable":
            say("category unanswerable but unanswerable is false")
        if not 1 <= len(q.evidence) <= 6:
            say(f"{len(q.evidence)} evidence strings")
        if not q.must_contain:
            say("no must_contain")
        if doc.endswith(".pdf"):
            if q.page is None:
                say("no page for a PDF question")
                continue
            text = dict(dt.pdf_pages(doc)).get(q.page)
            if text is None:
                say(f"no page {q.page}")
                continue
            where = f"page {q.page}"
        else:
            if q.page is not None:
                say("page given for a .docx")
            text = dt.text_of(doc)
            where = doc
        for ev in q.evidence:
            if dt.squash(ev) not in text:
                found = dt.pages_with(doc, ev) if doc.endswith(".pdf") else []
                say(f"evidence not on {where}{f' (on {found})' if found else ''}: {ev!r}")
        for fact in q.must_contain:
            if dt.squash(fact).lower() not in text.lower():
                say(f"must_contain not on {where}: {fact!r}")
    return out


def counts(qs) -> None:
    def show(title, c):
        print(f"{title}: " + ", ".join(f"{k} {v}" for k, v in sorted(c.items(), key=lambda kv: (-kv[1], kv[0]))))

    show("documents", Counter(q.document for q in qs))
    show("categories", Counter(q.category for q in qs))
    show("languages", Counter(q.lang for q in qs))
    show("splits", Counter(q.split for q in qs))
    print(f"unanswerable: {sum(q.unanswerable for q in qs)}; with history: {sum(bool(q.history) for q in qs)} "
          f"(unanswerable {sum(bool(q.history) and q.unanswerable for q in qs)})")
    for prefix, doc in DOC_OF.items():
        sub = [q for q in qs if q.id.startswith(prefix)]
        print(f"  {doc}: {len(sub)} questions, {sum(q.unanswerable for q in sub)} unanswerable, "
              f"{sum(q.lang == 'en' for q in sub)} en, {sum(q.lang == 'nn' for q in sub)} nn, "
              f"{sum(bool(q.history) for q in sub)} follow-ups, {sum(q.split == 'dev' for q in sub)} dev")


def main() -> None:
    if "--dump" in sys.argv:
        for doc in DOC_OF.values():
            print(f"===== {doc}")
            if doc.endswith(".pdf"):
                for p, t in dt.pdf_pages(doc):
                    print(f"--- page {p}\n{t}")
            else:
                print(dt.text_of(doc))
    qs = load_questions(QUESTIONS)
    found = problems(qs)
    for p in found:
        print(p)
    counts(qs)
    print(f"{len(qs)} questions, {len(found)} problems")
    sys.exit(1 if found else 0)


if __name__ == "__main__":
    main()
