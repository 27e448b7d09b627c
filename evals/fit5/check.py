"""Check evals/fit5/questions.jsonl against the documents in evals/fit5/docs/.

    .venv/bin/python -m evals.fit5.check            # exits non-zero on any problem
    .venv/bin/python -m evals.fit5.check --dump     # also print the text each document is read as

Readers (evals/fit_texts.py): python-docx body paragraphs and table cells for the .docx, the UTF-8 text for the .md
(markup kept), pypdf page by page for the PDF; whitespace is collapsed everywhere.

Checks: the manifest names the three files with their kinds and titles ending " (oppdiktet testdokument)"; the
file loads with evals.dataset.load_questions; ids are unique and "f5p"/"f5h"/"f5s" + three digits matching the
document; split is train or dev (never test) and equals assign_splits.split_of(id); lang is nb/nn/en; the
category is a known one; a history alternates user and assistant and ends with the assistant; a follow-up has
a history. Answerable: 1-6 evidence strings, >= 1 must_contain; every evidence string occurs verbatim in the
document (for the PDF: on the recorded page); .md evidence contains no Markdown markup ("**", "](", "|", a
leading "#" or ">"); every must_contain fact occurs (case-insensitive) in at least one of the question's
evidence strings; page is set for the PDF and null for the .docx/.md. ref: "sak 34/27" for the PDF, "delmål
2.1" or "hovedmål 2" for the .md, never for the .docx; the case or heading must exist and every evidence string
must sit inside it; a question without ref whose evidence all sits inside one case (PDF) or one hovedmål (.md)
is reported too. Unanswerable: no evidence, must_contain, page or ref, category "unanswerable".
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from evals import fit_check
from evals.fit5.assign_splits import split_of
from evals.fit_texts import DocTexts

HERE = Path(__file__).resolve().parent
QUESTIONS = HERE / "questions.jsonl"
dt = DocTexts(Path(__file__).resolve().parent / "docs")
DOC_OF = {"f5p": "politisk-plattform.docx", "f5h": "handlingsplan-2027-2028.md", "f5s": "styreprotokoll-region.pdf"}
KIND_OF = {
    "politisk-plattform.docx": "platform",
    "handlingsplan-2027-2028.md": "plan",
    "styreprotokoll-region.pdf": "protocol",
}
SAK_REF = re.compile(r"sak (\d+)/(\d{2})")
MD_REF = re.compile(r"(delmål (\d+)\.(\d+))|(hovedmål (\d+))")
SAK_HEAD = re.compile(r"Sak (\d+/\d{2}) [A-ZÆØÅ]")
SAK_END = re.compile(r"Sak \d+/\d{2} [A-ZÆØÅ]|Regionstyremøte \d+/\d{4} Tid:|Protokollen er godkjent")


# ---------------------------------------------------------------------------------------------------
# sections: the cases of the PDF and the hovedmål / delmål of the .md
# ---------------------------------------------------------------------------------------------------
def pdf_cases(doc: str) -> dict[str, str]:
    """'31/27' -> the text of that case (all pages joined), from its heading to the next heading."""
    full = dt.text_of(doc)
    out = {}
    for m in SAK_HEAD.finditer(full):
        end = SAK_END.search(full, m.end())
        out[m.group(1)] = full[m.start() : end.start() if end else len(full)]
    return out


def md_sections(doc: str) -> dict[str, str]:
    """'delmål 1.2' / 'hovedmål 2' -> the squashed text of that section (a hovedmål includes its delmål)."""
    lines = (dt.docs / doc).read_text(encoding="utf-8").splitlines()
    out = {}
    for i, line in enumerate(lines):
        m = re.match(r"(#{2,3}) (Hovedmål (\d+)|Delmål (\d+\.\d+)) ", line)
        if not m:
            continue
        level = len(m.group(1))
        j = i + 1
        while j < len(lines) and not (lines[j].startswith("#") and len(lines[j].split(" ")[0]) <= level):
            j += 1
        key = f"hovedmål {m.group(3)}" if m.group(3) else f"delmål {m.group(4)}"
        out[key] = dt.squash("\n".join(lines[i:j]))
    return out


def ref_problems(q, doc: str) -> list[str]:
    out = []
    evs = [dt.squash(e) for e in q.evidence]
    if doc.endswith(".docx"):
        if q.ref is not None:
            out.append("ref given for the .docx")
        return out
    if doc.endswith(".pdf"):
        cases = pdf_cases(doc)
        if q.ref is not None:
            m = SAK_REF.fullmatch(q.ref)
            if not m:
                return [f"ref {q.ref!r} not canonical ('sak 34/27')"]
            key = f"{m.group(1)}/{m.group(2)}"
            if key not in cases:
                return [f"ref {q.ref!r} not in the document"]
            for e in evs:
                if e not in cases[key]:
                    out.append(f"evidence not inside {q.ref}: {e!r}")
        elif evs:
            homes = {k for k, t in cases.items() for e in evs if e in t}
            if len(homes) == 1 and all(any(e in cases[k] for k in homes) for e in evs):
                out.append(f"no ref, but all evidence sits in sak {homes.pop()}")
        return out
    secs = md_sections(doc)
    if q.ref is not None:
        if not MD_REF.fullmatch(q.ref):
            return [f"ref {q.ref!r} not canonical ('delmål 2.1' / 'hovedmål 2')"]
        if q.ref not in secs:
            return [f"ref {q.ref!r} not in the document"]
        for e in evs:
            if e not in secs[q.ref]:
                out.append(f"evidence not inside {q.ref}: {e!r}")
    elif evs:
        hoved = {k: t for k, t in secs.items() if k.startswith("hovedmål")}
        for k, t in hoved.items():
            if all(e in t for e in evs):
                out.append(f"no ref, but all evidence sits in {k}")
    return out


# ---------------------------------------------------------------------------------------------------
def markup_problems(q, doc: str) -> list[str]:
    """Markdown evidence is quoted without its markup."""
    if not doc.endswith(".md"):
        return []
    return [
        f"Markdown markup in evidence: {ev!r}"
        for ev in q.evidence
        if "**" in ev or "](" in ev or "|" in ev or ev.lstrip()[:1] in ("#", ">")
    ]


def problems(qs) -> list[str]:
    return fit_check.problems(
        qs,
        dt,
        DOC_OF,
        r"f5[phs]\d{3}",
        kind_of=KIND_OF,
        split_of=split_of,
        after_answer=lambda q, doc: [*markup_problems(q, doc), *ref_problems(q, doc)],
    )


def main() -> None:
    fit_check.run(QUESTIONS, dt, DOC_OF, problems)


if __name__ == "__main__":
    main()
