"""Write evals/fit1/questions.jsonl from questions_vedtekter.py and questions_protokoll.py.

    .venv/bin/python -m evals.fit1.make_questions    # then: -m evals.fit1.assign_splits

Ids are given in list order (f1s001 … for the statutes, f1p001 … for the minutes). The printed page of an
answerable question is looked up in the built PDF: the one page that holds every evidence string (a
question may name its page when several pages do). Every line gets "split": "train" here;
assign_splits.py then draws the dev questions.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from evals.fit1 import questions_protokoll, questions_vedtekter
from evals.fit1.pdftext import pages_with

HERE = Path(__file__).resolve().parent
OUT = HERE / "questions.jsonl"
SETS = ((questions_vedtekter, "f1s"), (questions_protokoll, "f1p"))
ORDER = ["id", "question", "lang", "evidence", "must_contain", "ref", "unanswerable", "category", "history",
         "split", "document", "page"]


def page_of(doc: str, q: dict) -> int:
    common = None
    for ev in q["evidence"]:
        found = set(pages_with(doc, ev))
        common = found if common is None else common & found
    common = common or set()
    if q["page"] is not None:
        if q["page"] not in common:
            raise SystemExit(f"{q['question']!r}: page {q['page']} does not hold all evidence ({sorted(common)})")
        return q["page"]
    if len(common) != 1:
        raise SystemExit(f"{q['question']!r}: evidence on pages {sorted(common)}; give page=")
    return common.pop()


def main() -> None:
    lines = []
    for module, prefix in SETS:
        for n, q in enumerate(module.Q, start=1):
            row = dict(q)
            row["id"] = f"{prefix}{n:03d}"
            row["document"] = module.DOC
            row["split"] = "train"
            if not row["unanswerable"]:
                row["page"] = page_of(module.DOC, row)
            lines.append(json.dumps({k: row[k] for k in ORDER}, ensure_ascii=False))
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(lines)} questions -> {OUT}")


if __name__ == "__main__":
    main()
