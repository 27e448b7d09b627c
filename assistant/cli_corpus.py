"""`kra corpus list | fetch | add`: the documents in the corpus folder, in Norwegian."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

STATUS_NO = {
    "present": "finnes",
    "missing": "mangler",
    "changed": "endret siden innlesing",
    "not ingested": "ikke lest inn",
    "unlisted": "ikke i manifestet",
}
KIND_NO = {
    "statutes": "vedtekter",
    "strategy": "strategi",
    "platform": "plattform",
    "framework plan": "rammeplan",
    "resolutions": "vedtak",
    "report": "rapport",
    "document": "dokument",
}


def add_parser(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    """Register `kra corpus` and its three subcommands."""
    from ingest.corpus import KINDS

    corpus = sub.add_parser("corpus", help="the documents: list, fetch official PDFs, add your own")
    commands = corpus.add_subparsers(dest="corpus_command", required=True)
    folder = argparse.ArgumentParser(add_help=False)
    folder.add_argument("--corpus", type=Path, help="corpus folder (default $KRA_CORPUS, corpus/)")

    p = commands.add_parser("list", parents=[common, folder], help="every document and its status")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_list)

    p = commands.add_parser("fetch", parents=[common, folder], help="download missing PDFs")
    p.add_argument("--kind", help="only documents of this kind, e.g. statutes")
    p.add_argument(
        "--update", action="store_true", help="also download present ones; replace those that changed upstream"
    )
    p.add_argument("--timeout", type=float, default=30.0, help="seconds without data, then retry")
    p.add_argument("--retries", type=int, default=3)
    p.set_defaults(func=cmd_fetch)

    p = commands.add_parser("add", parents=[common, folder], help="copy a local document in")
    p.add_argument("file", type=Path)
    p.add_argument("--title", required=True)
    p.add_argument("--kind", required=True, choices=KINDS, metavar="KIND", help="one of: " + ", ".join(KINDS))
    p.add_argument("--date", help="e.g. 2024 or 2024-06")
    p.add_argument("--source", help="where the document comes from (URL or text)")
    p.add_argument("--overwrite", action="store_true", help="replace a file of the same name")
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
        print(f"feil: {exc}", file=sys.stderr)
        return 1
    if args.json:
        print(json.dumps([r.to_json() for r in rows], ensure_ascii=False))
        return 0
    if not rows:
        print(f"ingen dokumenter i {corpus}")
        return 0
    width = max(len(STATUS_NO[r.status]) for r in rows)
    print(f"{'status':<{width}}  {'sider':>5}  {'avsnitt':>7}  {'type':<10}  fil — tittel")
    for r in rows:
        pages = "-" if r.pages is None else str(r.pages)
        chunks = "-" if r.chunks is None else str(r.chunks)
        kind = KIND_NO.get(r.kind, r.kind)
        status = STATUS_NO[r.status]
        print(f"{status:<{width}}  {pages:>5}  {chunks:>7}  {kind:<10}  {r.file} — {r.title}")
    print(_summary(rows))
    return 0


def _summary(rows) -> str:
    counts = {s: sum(r.status == s for r in rows) for s in STATUS_NO}
    parts = [f"{n} {STATUS_NO[s]}" for s, n in counts.items() if n]
    line = f"{len(rows)} dokumenter: " + ", ".join(parts)
    if any(r.status == "missing" and r.url for r in rows):
        line += "; hent de manglende med `kra corpus fetch`"
    if counts["changed"] or counts["not ingested"]:
        line += "; kjør `kra ingest` for å lese inn"
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
            print(f"feil: {exc}", file=sys.stderr)
            return 2
        except OSError as exc:
            print(f"feil: {exc.filename or corpus}: {exc.strerror or exc}", file=sys.stderr)
            return 1
    if report.offline:
        hosts = report.offline.removeprefix("no network: cannot reach ")
        print(f"ingen nettverk: får ikke kontakt med {hosts}; ingenting er endret", file=sys.stderr)
        return 3
    for name in report.fetched:
        print(f"hentet {name}")
    for name in report.updated:
        print(f"oppdatert {name} (endret hos utgiver)")
    for name in report.unchanged:
        print(f"uendret {name}")
    for name in report.no_url:
        print(f"mangler {name}, men manifestet har ingen adresse (legg den inn: `kra corpus add`)")
    for failure in report.failed:
        print(f"feil: {failure.file}: {failure.error} ({failure.url})", file=sys.stderr)
    if report.fetched or report.updated:
        print("kjør `kra ingest` for å lese dem inn")
    elif not report.failed and not report.unchanged:
        print("ingenting å hente: alle dokumenter med adresse finnes")
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
        print(f"feil: {exc}", file=sys.stderr)
        return 1
    except OSError as exc:
        print(f"feil: {exc.filename or args.file}: {exc.strerror or exc}", file=sys.stderr)
        return 1
    print(f"la til {dest.name} ({KIND_NO.get(args.kind, args.kind)}) i {corpus}; kjør `kra ingest`")
    return 0
