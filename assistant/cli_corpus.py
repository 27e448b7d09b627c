"""`kra corpus list | fetch | add`: the documents in the corpus folder, in Norwegian."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from assistant.texts import kind_name
from ingest.lang import tr, tr_section

STATUS_NO = tr_section("statuses")


def add_parser(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    """Register `kra corpus` and its three subcommands."""
    from ingest.corpus import KINDS

    corpus = sub.add_parser("corpus", help=tr("help.corpus"))
    commands = corpus.add_subparsers(dest="corpus_command", required=True)
    folder = argparse.ArgumentParser(add_help=False)
    folder.add_argument("--corpus", type=Path, help=tr("help.corpus_folder"))

    p = commands.add_parser("list", parents=[common, folder], help=tr("help.corpus_list"))
    p.add_argument("--json", action="store_true", help=tr("help.corpus_list_json"))
    p.set_defaults(func=cmd_list)

    p = commands.add_parser("fetch", parents=[common, folder], help=tr("help.corpus_fetch"))
    p.add_argument("--kind", help=tr("help.fetch_kind"))
    p.add_argument("--update", action="store_true", help=tr("help.fetch_update"))
    p.add_argument("--timeout", type=float, default=30.0, help=tr("help.fetch_timeout"))
    p.add_argument("--retries", type=int, default=3, help=tr("help.fetch_retries"))
    p.set_defaults(func=cmd_fetch)

    p = commands.add_parser("add", parents=[common, folder], help=tr("help.corpus_add"))
    p.add_argument("file", type=Path, help=tr("help.add_file"))
    p.add_argument("--title", required=True, help=tr("help.add_title"))
    p.add_argument(
        "--kind", required=True, choices=KINDS, metavar="KIND", help=tr("help.add_kind", kinds=", ".join(KINDS))
    )
    p.add_argument("--date", help=tr("help.add_date"))
    p.add_argument("--source", help=tr("help.add_source"))
    p.add_argument("--overwrite", action="store_true", help=tr("help.add_overwrite"))
    p.set_defaults(func=cmd_add)


def _corpus(args: argparse.Namespace):
    from assistant.cli import _settings

    settings = _settings(args)
    corpus = (args.corpus or settings.corpus).expanduser()
    return settings, corpus


def cmd_list(args: argparse.Namespace) -> int:
    from ingest.corpus import list_documents
    from ingest.errors import IngestError

    settings, corpus = _corpus(args)
    try:
        rows = list_documents(corpus, settings.home)
    except IngestError as exc:
        print(tr("cli.error", message=exc), file=sys.stderr)
        return 1
    if args.json:
        print(json.dumps([r.to_json() for r in rows], ensure_ascii=False))
        return 0
    if not rows:
        print(tr("corpus.empty", corpus=corpus))
        return 0
    width = max(len(STATUS_NO[r.status]) for r in rows)
    print(
        f"{tr('corpus.column_status'):<{width}}  {tr('corpus.column_pages'):>5}  {tr('corpus.column_chunks'):>7}  "
        f"{tr('corpus.column_kind'):<10}  {tr('corpus.column_file')}"
    )
    for r in rows:
        pages = "-" if r.pages is None else str(r.pages)
        chunks = "-" if r.chunks is None else str(r.chunks)
        kind = kind_name(r.kind)
        status = STATUS_NO[r.status]
        print(f"{status:<{width}}  {pages:>5}  {chunks:>7}  {kind:<10}  {r.file} — {r.title}")
    print(_summary(rows))
    return 0


def _summary(rows) -> str:
    counts = {s: sum(r.status == s for r in rows) for s in STATUS_NO}
    parts = [f"{n} {STATUS_NO[s]}" for s, n in counts.items() if n]
    line = tr("corpus.summary", count=len(rows), statuses=", ".join(parts))
    if any(r.status == "missing" and r.url for r in rows):
        line += tr("corpus.fetch_hint")
    if counts["changed"] or counts["not ingested"]:
        line += tr("corpus.ingest_hint")
    return line


def cmd_fetch(args: argparse.Namespace) -> int:
    from rich.console import Console
    from rich.progress import BarColumn, DownloadColumn, Progress, TextColumn, TransferSpeedColumn

    from ingest.corpus import CorpusError, fetch_missing
    from ingest.errors import IngestError

    _, corpus = _corpus(args)
    err = Console(stderr=True)
    with Progress(
        TextColumn("{task.description}"),
        BarColumn(),
        DownloadColumn(),
        TransferSpeedColumn(),
        console=err,
        transient=True,
        disable=not err.is_terminal,
    ) as bar:
        tasks: dict[str, int] = {}

        def progress(name: str, done: int, total: int | None) -> None:
            if name not in tasks:
                tasks[name] = bar.add_task(name, total=total)
            bar.update(tasks[name], completed=done, total=total)

        try:
            report = fetch_missing(
                corpus,
                kind=args.kind,
                timeout=args.timeout,
                retries=args.retries,
                progress=progress,
                update=args.update,
            )
        except (CorpusError, IngestError) as exc:
            print(tr("cli.error", message=exc), file=sys.stderr)
            return 2
        except OSError as exc:
            print(tr("cli.file_error", file=exc.filename or corpus, error=exc.strerror or exc), file=sys.stderr)
            return 1
    if report.offline:
        print(tr("corpus.offline", message=report.offline), file=sys.stderr)
        return 3
    for name in report.fetched:
        print(tr("corpus.fetched", name=name))
    for name in report.updated:
        print(tr("corpus.updated", name=name))
    for name in report.unchanged:
        print(tr("corpus.unchanged", name=name))
    for name in report.no_url:
        print(tr("corpus.no_url", name=name))
    for failure in report.failed:
        print(tr("corpus.fetch_failed", file=failure.file, error=failure.error, url=failure.url), file=sys.stderr)
    if report.fetched or report.updated:
        print(tr("corpus.ingest_fetched"))
    elif not report.failed and not report.unchanged:
        print(tr("corpus.nothing_to_fetch"))
    return 0 if report.ok else 1


def cmd_add(args: argparse.Namespace) -> int:
    from ingest.corpus import CorpusError, add_document
    from ingest.errors import IngestError

    _, corpus = _corpus(args)
    try:
        dest = add_document(
            corpus,
            args.file,
            title=args.title,
            kind=args.kind,
            date=args.date,
            source=args.source,
            overwrite=args.overwrite,
        )
    except (CorpusError, IngestError) as exc:
        print(tr("cli.error", message=exc), file=sys.stderr)
        return 1
    except OSError as exc:
        print(tr("cli.file_error", file=exc.filename or args.file, error=exc.strerror or exc), file=sys.stderr)
        return 1
    print(tr("corpus.added", name=dest.name, kind=kind_name(args.kind), corpus=corpus))
    return 0
