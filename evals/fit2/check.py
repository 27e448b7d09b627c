"""Check evals/fit2/questions.jsonl against the documents in evals/fit2/docs/.

    .venv/bin/python -m evals.fit2.check            # exits non-zero on any problem
    .venv/bin/python -m evals.fit2.check --dump     # also print the text each document is read as
    .venv/bin/python -m evals.fit2.check other.jsonl  # check another file against the same documents

1. Own checks (readers in doctexts.py): the schema loads (evals.dataset.load_questions); ids are unique,
   "f2h"/"f2r"/"f2a" + three digits, matching the document; split is train or dev (never test); lang is
   nb/nn/en; categories are those of evals/documents/check_questions.py; a history alternates user and
   assistant turns and ends with the assistant; answerable: 1-2 evidence strings and >= 1 must_contain,
   every evidence string verbatim (whitespace collapsed, PDF line-end hyphens joined) in the document and,
   for the PDF, on the recorded printed page; every must_contain fact (case-insensitive) in the same text;
   page null for .docx/.md; ref in a canonical form ("kap. 2.1"; also "mål 2" for the plan);
   unanswerable: no evidence, must_contain or page, category "unanswerable".
2. The rules of evals/documents/check_questions.py itself: its problems() is run once per document on that
   document's questions, with its document table pointed at this set's file and its text readers
   replaced by the ones in doctexts.py (that module only knows the documents of evals/documents/).
"""

from __future__ import annotations

import re
import sys
import tempfile
from collections import Counter
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from evals.dataset import load_questions
from evals.fit2 import doctexts as dt

HERE = Path(__file__).resolve().parent
QUESTIONS = HERE / "questions.jsonl"
DOC_OF = {"f2h": "handlingsplan-barnehage.docx", "f2r": "retningslinjer-stipend.md", "f2a": "arsmelding-2025.pdf"}
REF_FORM = {
    "handlingsplan-barnehage.docx": re.compile(r"kap\. \d(\.\d)*|mål \d"),
    "retningslinjer-stipend.md": re.compile(r"kap\. \d(\.\d)*"),
    "arsmelding-2025.pdf": re.compile(r"kap\. \d(\.\d)*"),
}
FALLBACK_CATEGORIES = {"amount", "count", "date", "person", "place", "list", "yesno", "description", "ref_text",
                       "ledd", "status_done", "status_planned", "followup", "unanswerable"}


def import_cq():
    try:
        from evals.documents import check_questions as cq
    except Exception as exc:  # noqa: BLE001
        print(f"note: evals.documents.check_questions could not be imported ({exc}); its rules are skipped")
        return None
    return cq


def own_problems(qs, categories) -> list[str]:
    out = []
    for id_, n in Counter(q.id for q in qs).items():
        if n > 1:
            out.append(f"{id_}: duplicate id")
    for q in qs:
        say = lambda m, q=q: out.append(f"{q.id}: {m}")  # noqa: E731
        if not re.fullmatch(r"f2[hra]\d{3}", q.id):
            say("id not f2h/f2r/f2a + three digits")
            continue
        doc = DOC_OF[q.id[:3]]
        if q.document != doc:
            say(f"document {q.document!r}, expected {doc!r}")
            continue
        if q.split not in ("train", "dev"):
            say(f"split {q.split!r} (only train/dev in a fitting set)")
        if q.lang not in ("nb", "nn", "en"):
            say(f"lang {q.lang!r}")
        if q.category not in categories:
            say(f"category {q.category!r}")
        if q.history:
            roles = [t.role for t in q.history]
            if roles[::2] != ["user"] * len(roles[::2]) or roles[1::2] != ["assistant"] * len(roles[1::2]) \
                    or roles[-1] != "assistant":
                say(f"history roles {roles}")
        if q.category == "followup" and not q.history:
            say("follow-up without history")
        if q.unanswerable:
            if q.evidence or q.must_contain or q.page is not None or q.category != "unanswerable":
                say("unanswerable with evidence, must_contain, page or another category")
            continue
        if q.category == "unanswerable":
            say("category unanswerable but unanswerable is false")
        if not 1 <= len(q.evidence) <= 2:
            say(f"{len(q.evidence)} evidence strings")
        if not q.must_contain:
            say("no must_contain")
        if q.ref is not None and not REF_FORM[doc].fullmatch(q.ref):
            say(f"ref {q.ref!r} not canonical")
        if doc.endswith(".pdf"):
            if q.page is None:
                say("no page for a PDF question")
                continue
            pages = dict(dt.pdf_pages(doc))
            text = pages.get(q.page)
            if text is None:
                say(f"no printed page {q.page}")
                continue
            where = f"page {q.page}"
        else:
            if q.page is not None:
                say("page given for a document without pages")
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


def cq_problems(cq, path: Path) -> list[str]:
    """Run check_questions.problems() per document with its tables pointed at this set."""
    qs_lines = [ln for ln in path.read_text(encoding="utf-8").splitlines() if ln.strip()]
    saved = {k: getattr(cq, k) for k in ("PREFIX", "DOCX", "MARKDOWN", "text_of", "pages_with", "normalise")}
    saved_forms = dict(cq.REF_FORMS)
    out = []
    try:
        cq.text_of, cq.pages_with, cq.normalise = dt.text_of, dt.pages_with, dt.squash
        for prefix, doc in DOC_OF.items():
            cq.PREFIX = {"f": doc}
            cq.DOCX = doc if doc.endswith(".docx") else saved["DOCX"]
            cq.MARKDOWN = doc if doc.endswith(".md") else saved["MARKDOWN"]
            cq.REF_FORMS[doc] = REF_FORM[doc]
            lines = [ln for ln in qs_lines if f'"id": "{prefix}' in ln]
            with tempfile.NamedTemporaryFile("w", suffix=".jsonl", encoding="utf-8", delete=False) as f:
                f.write("\n".join(lines) + "\n")
                tmp = Path(f.name)
            try:
                out += [f"check_questions: {p}" for p in cq.problems(tmp)]
            finally:
                tmp.unlink()
    finally:
        for k, v in saved.items():
            setattr(cq, k, v)
        cq.REF_FORMS.clear()
        cq.REF_FORMS.update(saved_forms)
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
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    path = Path(args[0]) if args else QUESTIONS
    if "--dump" in sys.argv:
        for doc in DOC_OF.values():
            print(f"===== {doc}")
            if doc.endswith(".pdf"):
                for p, t in dt.pdf_pages(doc):
                    print(f"--- printed page {p}\n{t}")
            else:
                print(dt.text_of(doc))
    qs = load_questions(path)
    cq = import_cq()
    categories = cq.CATEGORIES if cq else FALLBACK_CATEGORIES
    found = own_problems(qs, categories)
    if cq is not None:
        found += cq_problems(cq, path)
    for p in found:
        print(p)
    counts(qs)
    print(f"{len(qs)} questions, {len(found)} problems")
    sys.exit(1 if found else 0)


if __name__ == "__main__":
    main()
