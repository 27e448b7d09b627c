"""What the checks of fit4 to fit9 have in common: the manifest, the question schema a fitting set keeps to,
one pass over the questions that runs a set's own ref checks at the right places, the innermost-section ref
check, the probes of unanswerable questions, a text cut into sections at its headings, the number of questions
per document and the sections listed by --dump.

A set's `check.py` calls `problems(...)` with its documents, its id pattern and its own checks, and `run(...)`
from the command line, which prints the problems and `print_counts`.
"""

from __future__ import annotations

import re
import sys
import tomllib
from collections import Counter
from collections.abc import Callable, Iterable
from pathlib import Path

from evals.dataset import load_questions
from evals.fit_texts import DocTexts, squash

CATEGORIES = frozenset(
    {
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
)

Hook = Callable[[object, str], Iterable[str]]  # (question, its document) → problems


def manifest_problems(docs: Path, doc_of: dict[str, str], kind_of: dict[str, str] | None = None) -> list[str]:
    """Each document is in the manifest with a title ending " (oppdiktet testdokument)", a kind (the expected
    one, when `kind_of` names it), a date and a source, and is built."""
    out = []
    data = tomllib.loads((docs / "manifest.toml").read_text(encoding="utf-8"))
    files = {d["file"]: d for d in data.get("document", [])}
    for doc in doc_of.values():
        d = files.get(doc)
        if d is None:
            out.append(f"manifest: {doc} missing")
            continue
        if not d.get("title", "").endswith(" (oppdiktet testdokument)"):
            out.append(f"manifest: {doc} title does not end with ' (oppdiktet testdokument)'")
        for key in ("kind", "date", "source"):
            if not d.get(key):
                out.append(f"manifest: {doc} has no {key}")
        if kind_of is not None and d.get("kind") != kind_of[doc]:
            out.append(f"manifest: {doc} kind {d.get('kind')!r}, expected {kind_of[doc]!r}")
        if not (docs / doc).is_file():
            out.append(f"manifest: {doc} not built")
    return out


def section_ref_problems(q, secs: dict[str, str], ref_form: re.Pattern, ref_example: str) -> list[str]:
    """An answerable question's ref against the sections of its document (`secs`: ref → squashed text): a
    canonical ref (`ref_form`, shown as `ref_example`), present, holding all the evidence, and the innermost
    section that does; no ref only where no section holds all of it."""
    evs = [squash(e) for e in q.evidence]
    homes = [k for k, t in secs.items() if all(e in t for e in evs)]
    innermost = min(homes, key=lambda k: len(secs[k])) if homes else None
    if q.ref is None:
        return [f"no ref, but all evidence sits in {innermost}"] if innermost else []
    if not ref_form.fullmatch(q.ref):
        return [f"ref {q.ref!r} not canonical ({ref_example!r})"]
    if q.ref not in secs:
        return [f"ref {q.ref!r} not in the document"]
    out = [f"evidence not inside {q.ref}: {e!r}" for e in evs if e not in secs[q.ref]]
    if not out and innermost != q.ref:
        out.append(f"ref {q.ref!r}, but the innermost section holding all evidence is {innermost!r}")
    return out


def cut_at_headings(
    doc: str, full: str, heads: list[str], closing: str, key: Callable[[str], str], unit: str = "section"
) -> tuple[dict[str, str], list[str]]:
    """A squashed text cut at its headings, found in this order, into sections named by `key(heading)`
    ("Artikkel 6 …" → "artikkel 6"); each runs to the next heading, the last to `closing`. A heading or the
    closing that is not found is a problem (`unit` names a section in the message)."""
    problems = []
    found, pos = [], 0
    for head in heads:
        at = full.find(squash(head), pos)
        if at < 0:
            problems.append(f"{doc}: heading {head!r} not found in order")
            continue
        found.append((key(head), at))
        pos = at + len(squash(head))
    end = full.find(closing, pos)
    if end < 0:
        problems.append(f"{doc}: closing {closing!r} not found after the last {unit}")
        end = len(full)
    out = {}
    for i, (name, at) in enumerate(found):
        stop = found[i + 1][1] if i + 1 < len(found) else end
        out[name] = full[at:stop]
    return out, problems


def per_document_problems(qs, doc_of: dict[str, str], expected: int) -> list[str]:
    """Each document (by its id prefix) has the `expected` number of questions."""
    per_doc = Counter(q.id[:-3] for q in qs)  # an id is its document's prefix and three digits
    return [f"{p}: {per_doc[p]} questions, expected {expected}" for p in doc_of if per_doc[p] != expected]


def dump_sections(doc_of: dict[str, str], sections: Callable[[str], dict[str, str]]) -> None:
    """For --dump: the names of each document's sections."""
    for doc in doc_of.values():
        print(f"===== sections of {doc}: {', '.join(sections(doc)) or '(none)'}")


def absent_problems(qs, texts: DocTexts, doc_of: dict[str, str], absent: dict[str, list[str]]) -> list[str]:
    """Every unanswerable question has probes in `absent` (question → strings a document that answers it would
    hold), and none of them is in any of the documents."""
    lowered = {doc: texts.text_of(doc).lower() for doc in doc_of.values()}
    out = []
    for q in qs:
        if not q.unanswerable:
            continue
        probes = absent.get(q.question)
        if not probes:
            out.append(f"{q.id}: unanswerable without probes in make_questions.ABSENT")
            continue
        for p in probes:
            hits = [doc for doc, t in lowered.items() if squash(p).lower() in t]
            if hits:
                out.append(f"{q.id}: probe {p!r} of an unanswerable question found in {', '.join(hits)}")
    return out


def problems(
    qs,
    texts: DocTexts,
    doc_of: dict[str, str],
    id_pattern: str,
    *,
    kind_of: dict[str, str] | None = None,
    split_of: Callable[[str], str] | None = None,
    before_answer: Hook = lambda q, doc: (),
    after_answer: Hook = lambda q, doc: (),
) -> list[str]:
    """Everything wrong with a fitting set: the manifest, duplicate ids, and per question its id, document,
    split (the seeded one, when `split_of` is given), language, category and history; then `before_answer`
    (checks every question gets), the rules for unanswerable questions, the evidence, and `after_answer`
    (checks only an answerable question gets)."""
    out = manifest_problems(texts.docs, doc_of, kind_of)
    out += [f"{id_}: duplicate id" for id_, n in Counter(q.id for q in qs).items() if n > 1]
    prefixes = "/".join(doc_of)
    for q in qs:
        say = lambda m, q=q: out.append(f"{q.id}: {m}")  # noqa: E731
        if not re.fullmatch(id_pattern, q.id):
            say(f"id not {prefixes} + three digits")
            continue
        doc = doc_of[q.id[:-3]]
        if q.document != doc:
            say(f"document {q.document!r}, expected {doc!r}")
            continue
        if q.split not in ("train", "dev"):
            say(f"split {q.split!r} (only train/dev in a fitting set)")
        elif split_of is not None and q.split != split_of(q.id):
            say(f"split {q.split!r} differs from assign_splits.split_of")
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
        for p in before_answer(q, doc):
            say(p)
        if q.unanswerable:
            if q.evidence or q.must_contain or q.page is not None or q.ref is not None or q.category != "unanswerable":
                say("unanswerable with evidence, must_contain, page, ref or another category")
            continue
        if q.category == "unanswerable":
            say("category unanswerable but unanswerable is false")
        for p in texts.evidence_problems(q, doc):
            say(p)
        for p in after_answer(q, doc):
            say(p)
    return out


def print_counts(qs, doc_of: dict[str, str]) -> None:
    """A fitting set's questions counted by document, category, language and split."""

    def show(title, c):
        print(f"{title}: " + ", ".join(f"{k} {v}" for k, v in sorted(c.items(), key=lambda kv: (-kv[1], kv[0]))))

    show("documents", Counter(q.document for q in qs))
    show("categories", Counter(q.category for q in qs))
    show("languages", Counter(q.lang for q in qs))
    show("splits", Counter(q.split for q in qs))
    print(
        f"unanswerable: {sum(q.unanswerable for q in qs)}; with history: {sum(bool(q.history) for q in qs)} "
        f"(unanswerable {sum(bool(q.history) and q.unanswerable for q in qs)})"
    )
    for prefix, doc in doc_of.items():
        sub = [q for q in qs if q.id.startswith(prefix)]
        print(
            f"  {doc}: {len(sub)} questions, {sum(q.unanswerable for q in sub)} unanswerable, "
            f"{sum(q.lang == 'en' for q in sub)} en, {sum(q.lang == 'nn' for q in sub)} nn, "
            f"{sum(bool(q.history) for q in sub)} with history, {sum(q.split == 'dev' for q in sub)} dev"
        )


def run(
    questions: Path,
    texts: DocTexts,
    doc_of: dict[str, str],
    problems: Callable[[list], list[str]],
    dump_more: Callable[[], None] | None = None,
) -> None:
    """A set's check from the command line: with --dump, first the text each document is read as (and what
    `dump_more` adds); then every problem, the counts, and exit status 1 when there is any problem."""
    if "--dump" in sys.argv:
        texts.dump(list(doc_of.values()))
        if dump_more is not None:
            dump_more()
    qs = load_questions(questions)
    found = problems(qs)
    for p in found:
        print(p)
    print_counts(qs, doc_of)
    print(f"{len(qs)} questions, {len(found)} problems")
    sys.exit(1 if found else 0)
