"""`kra feedback export`: the web chat's feedback as question-file lines for `kra eval`."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from ingest.lang import tr


def add_parser(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    """Register `kra feedback export`."""
    feedback = sub.add_parser("feedback", help=tr("help.feedback"))
    commands = feedback.add_subparsers(dest="feedback_command", required=True)
    p = commands.add_parser("export", parents=[common], help=tr("help.feedback_export"))
    p.add_argument("--rating", choices=["up", "down", "all"], default="all", help=tr("help.feedback_rating"))
    p.add_argument("--out", type=Path, help=tr("help.feedback_out"))
    p.set_defaults(func=cmd_export)


def final_votes(lines: list[str]) -> list[dict]:
    """One record per answer, in the order answers were first rated: the last change wins."""
    latest: dict[str, dict] = {}
    for n, line in enumerate(lines):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError:
            continue  # a torn last line of a crashed write is not a vote
        if not isinstance(record, dict) or not isinstance(record.get("question"), str):
            continue
        key = record.get("answer_id") or f"line-{n}"  # records from before answer ids stand alone
        latest[key] = record  # a dict keeps the first position of a key: order of first rating
    return list(latest.values())


def question_line(record: dict, n: int) -> dict:
    """A record as one question for `kra eval`: a useful answer's quotes are its evidence."""
    rating = record.get("rating")
    out = {
        "id": f"feedback-{record.get('answer_id') or n}",
        "question": record["question"],
        "lang": record.get("language") or "nb",
        "category": f"feedback-{rating or 'uten-stemme'}",
        "history": [
            {"role": t.get("role", "user"), "content": t.get("content", "")}
            for t in record.get("history") or []
            if isinstance(t, dict)
        ],
    }
    if rating == "up":
        out["evidence"] = [q for q in record.get("quotes") or [] if isinstance(q, str)]
    if record.get("comment"):
        out["comment"] = record["comment"]
    return out


def cmd_export(args: argparse.Namespace) -> int:
    from assistant.cli import _settings

    settings = _settings(args)
    path = settings.feedback_path
    if not path.exists():
        print(tr("feedback.none_yet", path=path), file=sys.stderr)
        return 1
    records = final_votes(path.read_text(encoding="utf-8").splitlines())
    if args.rating != "all":
        records = [r for r in records if r.get("rating") == args.rating]
    lines = [json.dumps(question_line(r, n), ensure_ascii=False) for n, r in enumerate(records, start=1)]
    text = "".join(line + "\n" for line in lines)
    if args.out:
        args.out.write_text(text, encoding="utf-8")
        print(tr("feedback.exported", count=len(lines), path=args.out), file=sys.stderr)
    else:
        sys.stdout.write(text)
    return 0
