"""Check evals/fit1/questions.jsonl against the PDFs in evals/fit1/docs/.

    .venv/bin/python -m evals.fit1.check [questions.jsonl]

Own checks (PDF text read by pdftext.py: pypdf, hyphenated line ends joined, whitespace collapsed, the
printed page from the "Side N" footer):
- the file loads with evals.dataset.load_questions and every line has exactly the schema's fields;
- ids are unique, f1s… for vedtekter-region-vest.pdf and f1p… for protokoll-regionmote-2025.pdf, numbered
  without gaps;
- category, lang and split are allowed (split train/dev only: this is a fitting set); follow-ups have a
  history that ends with an assistant turn;
- unanswerable questions have no evidence, must_contain, ref or page and category "unanswerable";
- answerable questions have 1–2 evidence strings and at least one must_contain; every evidence string occurs
  verbatim on the recorded printed page, and every must_contain occurs on that page too (ignoring case);
- a ref is "§ N", "§ N (n)" (statutes) or "sak N/25" (minutes), and the § or sak exists.
Then the rules of evals/documents/check_questions.py are run on the same questions: its `problems()` is
called once per document with the id prefix and document folder pointed at this set (it maps a one-letter
id prefix to one of its own documents, so it is patched for the call, not changed).
Prints the problems and the make-up of the set; exits non-zero on any problem.
"""

from __future__ import annotations

import json
import re
import sys
import tempfile
from collections import Counter
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from evals.dataset import Question, load_questions
from evals.fit1.pdftext import DOCS, MINUTES, STATUTES, normalise, pages

HERE = Path(__file__).resolve().parent
QUESTIONS = HERE / "questions.jsonl"
PREFIX = {STATUTES: "f1s", MINUTES: "f1p"}
LANGS = {"nb", "nn", "en"}
REF = {STATUTES: re.compile(r"§ (\d+)( \(\d\))?"), MINUTES: re.compile(r"sak (\d)/25")}
MAX_REF = {STATUTES: 14, MINUTES: 9}


def allowed_categories() -> set[str]:
    from evals.documents.check_questions import CATEGORIES

    return set(CATEGORIES)


def own_problems(path: Path) -> tuple[list[str], list[Question]]:
    out: list[str] = []
    fields = set(Question.model_fields)
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if line.strip() and set(json.loads(line)) != fields:
            out.append(f"line {n}: fields differ from the schema: {sorted(set(json.loads(line)) ^ fields)}")
    qs = load_questions(path)
    cats = allowed_categories()
    for id_, k in Counter(q.id for q in qs).items():
        if k > 1:
            out.append(f"{id_}: duplicate id")
    for prefix in PREFIX.values():
        nums = sorted(int(q.id[len(prefix):]) for q in qs if q.id.startswith(prefix))
        if nums != list(range(1, len(nums) + 1)):
            out.append(f"{prefix}: ids are not numbered 1..{len(nums)}")
    for q in qs:
        say = lambda msg, q=q: out.append(f"{q.id}: {msg}")  # noqa: E731
        if q.document not in PREFIX:
            say(f"unknown document {q.document!r}")
            continue
        if not re.fullmatch(PREFIX[q.document] + r"\d{3}", q.id):
            say(f"id does not match {PREFIX[q.document]}NNN")
        if q.category not in cats:
            say(f"category {q.category!r} not in check_questions.CATEGORIES")
        if q.lang not in LANGS:
            say(f"lang {q.lang!r}")
        if q.split not in {"train", "dev"}:
            say(f"split {q.split!r} (only train/dev in a fitting set)")
        if q.category == "followup" and not q.history:
            say("follow-up without history")
        if q.history and ([t.role for t in q.history] != ["user", "assistant"]):
            say("history is not one user turn and one assistant turn")
        if q.unanswerable:
            if q.evidence or q.must_contain or q.page is not None or q.ref or q.category != "unanswerable":
                say("unanswerable question with evidence, must_contain, ref, page or another category")
            continue
        if q.category == "unanswerable":
            say("category unanswerable on an answerable question")
        if q.ref is not None:
            m = REF[q.document].fullmatch(q.ref)
            if not m or not 1 <= int(m.group(1)) <= MAX_REF[q.document]:
                say(f"ref {q.ref!r} not a valid ref for {q.document}")
        if not 1 <= len(q.evidence) <= 2:
            say(f"{len(q.evidence)} evidence strings")
        if not q.must_contain:
            say("no must_contain")
        text = pages(q.document).get(q.page)
        if text is None:
            say(f"page {q.page} is not a printed page of {q.document}")
            continue
        for ev in q.evidence:
            if normalise(ev) not in text:
                where = [p for p, t in pages(q.document).items() if normalise(ev) in t]
                say(f"evidence not on page {q.page} (found on {where}): {ev!r}")
        for fact in q.must_contain:
            if normalise(fact).lower() not in text.lower():
                say(f"must_contain not on page {q.page}: {fact!r}")
    return out, qs


def shared_rules(qs: list[Question]) -> list[str]:
    """Run evals/documents/check_questions.problems() on each document's questions."""
    try:
        from evals.documents import check_questions as cq
        from evals.documents import doctext
    except Exception as exc:  # pragma: no cover - only if the module is missing
        return [f"could not import evals.documents.check_questions: {exc}"]
    out: list[str] = []
    saved = (cq.PREFIX, doctext.DOCS)
    try:
        doctext.DOCS = DOCS
        for doc in PREFIX:
            cq.PREFIX = {"f": doc}
            rows = [q.model_dump() for q in qs if q.document == doc]
            with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False, encoding="utf-8") as fh:
                fh.write("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows))
                tmp = Path(fh.name)
            try:
                out += [f"check_questions: {p}" for p in cq.problems(tmp)]
            finally:
                tmp.unlink()
    finally:
        cq.PREFIX, doctext.DOCS = saved
        doctext.pdf_pages.cache_clear()
    return out


def summary(qs: list[Question]) -> None:
    for doc in PREFIX:
        sub = [q for q in qs if q.document == doc]
        una = sum(q.unanswerable for q in sub)
        print(f"{doc}: {len(sub)} questions, {una} unanswerable ({100 * una / len(sub):.0f} %), "
              f"{sum(bool(q.history) for q in sub)} with history")
    print("category:", dict(sorted(Counter(q.category for q in qs).items())))
    print("lang:    ", dict(Counter(q.lang for q in qs)))
    print("split:   ", dict(Counter(q.split for q in qs)))


def main() -> None:
    path = Path(sys.argv[1]) if len(sys.argv) > 1 else QUESTIONS
    found, qs = own_problems(path)
    found += shared_rules(qs)
    for p in found:
        print("FAIL", p)
    summary(qs)
    print(f"{len(qs)} questions, {len(found)} problems")
    sys.exit(1 if found else 0)


if __name__ == "__main__":
    main()
