"""`kra corpus list | fetch | add`: the documents in the corpus folder, in Norwegian."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from assistant.texts import KIND_NO

STATUS_NO = {
    "present": "finnes",
    "missing": "mangler",
    "changed": "endret siden innlesing",
    "not ingested": "ikke lest inn",
    "unlisted": "ikke i manifestet",
}


def add_parser(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    """Register `kra corpus` and its three subcommands."""
    from ingest.corpus import KINDS

    corpus = sub.add_parser("corpus", help="dokumentene: vis, hent offisielle PDF-er, legg til egne")
    commands = corpus.add_subparsers(dest="corpus_command", required=True)
    folder = argparse.ArgumentParser(add_help=False)
    folder.add_argument("--corpus", type=Path, help="dokumentmappe (standard: $KRA_CORPUS, corpus/)")

    p = commands.add_parser("list", parents=[common, folder], help="alle dokumentene og status for hvert")
    p.add_argument("--json", action="store_true", help="listen som JSON")
    p.set_defaults(func=cmd_list)

    p = commands.add_parser("fetch", parents=[common, folder], help="last ned manglende PDF-er")
    p.add_argument("--kind", help="bare dokumenter av denne typen, f.eks. statutes")
    p.add_argument(
        "--update", action="store_true", help="last ned også de som finnes; erstatt dem som er endret hos utgiver"
    )
    p.add_argument("--timeout", type=float, default=30.0, help="sekunder uten data før nytt forsøk")
    p.add_argument("--retries", type=int, default=3, help="antall nye forsøk (standard: 3)")
    p.set_defaults(func=cmd_fetch)

    p = commands.add_parser("add", parents=[common, folder], help="kopier inn et lokalt dokument")
    p.add_argument("file", type=Path, help="dokumentet (PDF, .txt, .md, .docx)")
    p.add_argument("--title", required=True, help="tittelen som vises i kildene")
    p.add_argument("--kind", required=True, choices=KINDS, metavar="KIND", help="en av: " + ", ".join(KINDS))
    p.add_argument("--date", help="f.eks. 2024 eller 2024-06")
    p.add_argument("--source", help="hvor dokumentet kommer fra (URL eller tekst)")
    p.add_argument("--overwrite", action="store_true", help="erstatt en fil med samme navn")
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
