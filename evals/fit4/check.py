"""Check evals/fit4/questions.jsonl against the documents in evals/fit4/docs/.

    .venv/bin/python -m evals.fit4.check            # exits non-zero on any problem
    .venv/bin/python -m evals.fit4.check --dump     # also print the text each document is read as

Readers (doctexts.py): pypdf page by page for the PDF, python-docx body paragraphs and table cells for the
.docx, the UTF-8 text for the .txt; whitespace is collapsed everywhere.

Checks: the manifest names the three files with titles ending " (oppdiktet testdokument)"; the file loads with
evals.dataset.load_questions; ids are unique and "f4f"/"f4o"/"f4r" + three digits matching the document; split
is train or dev (never test); lang is nb/nn/en; the category is a known one; a history alternates user and
assistant and ends with the assistant; a follow-up has a history. Answerable: 1-6 evidence strings, >= 1
must_contain; every evidence string occurs verbatim in the document (for the PDF: on the recorded page); every
must_contain fact occurs (case-insensitive) in at least one of the question's evidence strings; page is set for
the PDF and null for the .docx/.txt; ref is "punkt 4" / "punkt 4.2" and names a point that exists (PDF only),
null otherwise. Unanswerable: no evidence, must_contain, page or ref, category "unanswerable".
"""

from __future__ import annotations

import re
import sys
import tomllib
from collections import Counter
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from evals.dataset import load_questions
from evals.fit4 import doctexts as dt

HERE = Path(__file__).resolve().parent
QUESTIONS = HERE / "questions.jsonl"
DOC_OF = {"f4f": "forretningsorden-landstinget.pdf", "f4o": "okonomireglement.docx", "f4r": "arsrapport-region-sor.txt"}
REF_FORM = re.compile(r"punkt (\d+)(?:\.(\d+))?")
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
    "status_done",
    "status_planned",
    "followup",
    "unanswerable",
}


def ref_exists(doc: str, ref: str) -> bool:
    m = REF_FORM.fullmatch(ref)
    num = re.escape(ref.split()[1])
    pattern = rf"(?:^| ){num} [A-ZÆØÅ]"
    if m and m.group(2) is None:
        pattern = rf"(?:^| ){num} [A-ZÆØÅ][a-zæøå]+(?: [a-zæøå,]+)* \d+\.1 "
    return any(re.search(pattern, t) for _, t in dt.pdf_pages(doc))


def manifest_problems() -> list[str]:
    out = []
    data = tomllib.loads((dt.DOCS / "manifest.toml").read_text(encoding="utf-8"))
    files = {d["file"]: d for d in data.get("document", [])}
    for doc in DOC_OF.values():
        d = files.get(doc)
        if d is None:
            out.append(f"manifest: {doc} missing")
            continue
        if not d.get("title", "").endswith(" (oppdiktet testdokument)"):
            out.append(f"manifest: {doc} title does not end with ' (oppdiktet testdokument)'")
        for key in ("kind", "date", "source"):
            if not d.get(key):
                out.append(f"manifest: {doc} has no {key}")
        if not (dt.DOCS / doc).is_file():
            out.append(f"manifest: {doc} not built")
    return out


def problems(qs) -> list[str]:
    out = manifest_problems()
    for id_, n in Counter(q.id for q in qs).items():
        if n > 1:
            out.append(f"{id_}: duplicate id")
    for q in qs:
        say = lambda m, q=q: out.append(f"{q.id}: {m}")  # noqa: E731
        if not re.fullmatch(r"f4[for]\d{3}", q.id):
            say("id not f4f/f4o/f4r + three digits")
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
            if (
                roles[::2] != ["user"] * len(roles[::2])
                or roles[1::2] != ["assistant"] * len(roles[1::2])
                or roles[-1] != "assistant"
            ):
                say(f"history roles {roles}")
        if q.category == "followup" and not q.history:
            say("follow-up without history")
        if q.ref is not None:
            if not doc.endswith(".pdf"):
                say("ref given for a document without numbered points")
            elif not REF_FORM.fullmatch(q.ref):
                say(f"ref {q.ref!r} not canonical")
            elif not ref_exists(doc, q.ref):
                say(f"ref {q.ref!r} not in the document")
        if q.unanswerable:
            if q.evidence or q.must_contain or q.page is not None or q.ref is not None or q.category != "unanswerable":
                say("unanswerable with evidence, must_contain, page, ref or another category")
            continue
        if q.category == "unanswerable":
            say("category unanswerable but unanswerable is false")
        for p in dt.evidence_problems(q, doc):
            say(p)
    return out


def main() -> None:
    if "--dump" in sys.argv:
        dt.dump(list(DOC_OF.values()))
    qs = load_questions(QUESTIONS)
    found = problems(qs)
    for p in found:
        print(p)
    dt.print_counts(qs, DOC_OF)
    print(f"{len(qs)} questions, {len(found)} problems")
    sys.exit(1 if found else 0)


if __name__ == "__main__":
    main()
