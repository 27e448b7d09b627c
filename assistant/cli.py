"""`kra`: ingest, inspect, ask, evaluate and serve. Thin: everything shown comes from the library."""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

from ingest.errors import IndexDamagedError, IndexMismatchError, StoreUnavailableError
from ingest.lang import tr
from ingest.settings import Settings, SettingsError, load_settings


def _settings(args: argparse.Namespace) -> Settings:
    return load_settings(
        config_file=getattr(args, "config", None),
        home=getattr(args, "home", None),
        embedder=getattr(args, "embedder", None),
        chroma_url=getattr(args, "chroma_url", None),
    )


def cmd_ingest(args: argparse.Namespace) -> int:
    from assistant.progress import ConsoleProgress
    from ingest.errors import IngestBusyError
    from ingest.pipeline import ingest

    settings = _settings(args)
    if args.allow_large:
        settings = settings.model_copy(update={"max_embed_minutes": None})
    paths = [Path(p) for p in args.paths] or None

    def notify(message: str) -> None:
        print(safe(message), file=sys.stderr, flush=True)

    # bars on a terminal; on a pipe or in a log one plain line per phase, with counts and rates
    with ConsoleProgress(enabled=not args.json) as progress:
        try:
            report = ingest(settings, paths, progress, rebuild=args.rebuild, wait=not args.no_wait, notify=notify)
        except IngestBusyError as exc:
            print(tr("cli.busy", message=safe(str(exc))), file=sys.stderr)
            return 3
    for link in report.links:
        print(tr("cli.link", file=safe(link["file"]), target=safe(link["target"])), file=sys.stderr)
    for warning in report.warnings:
        print(tr("cli.warning", message=safe(warning)), file=sys.stderr)
    for failure in report.failed:
        print(tr("cli.file_error", file=safe(failure["file"]), error=safe(failure["error"])), file=sys.stderr)
    if args.json:
        print(json.dumps(report.to_json(), ensure_ascii=False))
    else:
        summary = tr(
            "cli.ingest_summary",
            documents=report.documents,
            chunks=report.chunks,
            embedded=report.embedded,
            failed=len(report.failed),
            seconds=report.seconds,
            added=len(report.added),
            changed=len(report.changed),
            removed=len(report.removed),
            unchanged=report.unchanged,
        )
        print(summary)
        if report.resolutions:
            print(tr("cli.resolutions_found", numbers=", ".join(report.resolutions)))
    return 1 if report.failed else 0


def cmd_chunks(args: argparse.Namespace) -> int:
    from ingest.errors import IndexDamagedError
    from ingest.index import open_live
    from ingest.instructions import instructions_in
    from ingest.sentences import unit_texts

    settings = _settings(args)
    try:
        index = open_live(
            settings.home, settings.chroma_url, warn=lambda m: print(tr("cli.warning", message=m), file=sys.stderr)
        )
    except IndexDamagedError as exc:
        print(str(exc), file=sys.stderr)
        return 2
    if index is None:
        print(tr("errors.no_index", home=settings.home), file=sys.stderr)
        return 2
    chunks = index.by_ref(args.ref) if args.ref else sorted(index.chunks.values(), key=lambda c: (c.doc_id, c.start))
    if args.json:
        for c in chunks:
            flagged = instructions_in(unit_texts(c))
            print(json.dumps({**c.to_json(), "instructions": flagged}, ensure_ascii=False))
        return 0
    for c in chunks:
        page = " " + tr("common.page", page=c.page) if c.page is not None else ""
        if c.page_end is not None and c.page is not None and c.page_end != c.page:
            page = " " + tr("common.page", page=f"{c.page}–{c.page_end}")
        print(f"── {c.id} · {c.title}{page} · {' > '.join(c.section)} · {c.ref or '-'}")
        print(c.text)
        for sentence in instructions_in(unit_texts(c)):
            print(tr("cli.gives_orders", sentence=sentence))
        print()
    if args.ref and not chunks:
        print(tr("cli.no_chunks_for_ref", ref=args.ref), file=sys.stderr)
        return 1
    return 0


def cmd_ask(args: argparse.Namespace) -> int:
    from assistant import Assistant, NoIndexError, QuestionError
    from ingest.errors import IndexMismatchError

    settings = _settings(args)
    assistant = Assistant(settings)
    try:
        if args.questions:
            return _ask_file(assistant, Path(args.questions), args.mode)
        if not args.question:
            print(tr("cli.no_question"), file=sys.stderr)
            return 2
        answer = assistant.ask(" ".join(args.question), mode=args.mode)
    except (QuestionError, NoIndexError, IndexMismatchError) as exc:
        print(str(exc), file=sys.stderr)
        return 2
    if args.json:
        print(json.dumps(answer.to_json(), ensure_ascii=False))
    else:
        print(render_answer(answer))
    return 0


def _ask_file(assistant, path: Path, mode: str | None) -> int:
    from assistant import QuestionError

    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        print(tr("cli.questions_unreadable", path=safe(str(path)), error=exc.__class__.__name__), file=sys.stderr)
        return 2
    status = 0
    for n, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        item: dict = {}
        try:
            item = json.loads(line)
            if not isinstance(item, dict) or not isinstance(item.get("question"), str):
                raise ValueError(tr("cli.question_line_invalid"))
            answer = assistant.ask(item["question"], item.get("history") or (), mode=mode)
            out = {"id": item.get("id"), **answer.to_json()}
        except json.JSONDecodeError as exc:
            out = {"id": None, "error": tr("cli.question_not_json", path=path, line=n, error=exc.msg)}
            status = 1
        except ValueError as exc:  # QuestionError is a ValueError too
            where = "" if isinstance(exc, QuestionError) else f"{path}:{n}: "
            out = {"id": item.get("id") if isinstance(item, dict) else None, "error": f"{where}{exc}"}
            status = 1
        print(json.dumps(out, ensure_ascii=False), flush=True)
    return status


def safe(text: str) -> str:
    """Text for one terminal line: control characters (a newline in a file name) shown escaped."""
    return "".join(ch if ch.isprintable() else repr(ch)[1:-1] for ch in str(text))


def render_answer(answer) -> str:
    from assistant.records import guillemets

    """The answer and its numbered sources, for a terminal."""
    lines = [answer.answer, ""]
    if answer.citations:
        lines.append(tr("cli.sources", answer.language))
        for c in answer.citations:
            ref = f" [{c.ref}]" if c.ref else ""
            lines.append(f"[{c.n}] {c.location()}{ref}")
            lines.append("    " + guillemets(" ".join(c.quote.split())))
    elif answer.related:
        lines.append(tr("cli.related", answer.language))
        for c in answer.related:
            lines.append(f"  - {c.location()}")
    return "\n".join(lines)


def cmd_eval(args: argparse.Namespace) -> int:
    from evals.cli import run_eval

    return run_eval(_settings(args), args)


def cmd_serve(args: argparse.Namespace) -> int:
    from assistant.web.app import serve

    return serve(_settings(args), host=args.host, port=args.port)


def build_parser() -> argparse.ArgumentParser:
    from assistant.texts import norwegian_help

    norwegian_help()
    parser = argparse.ArgumentParser(prog="kra", description=tr("help.description"))
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--home", type=Path, help=tr("help.home"))
    common.add_argument("--config", type=Path, help=tr("help.config"))
    common.add_argument("--embedder", help=tr("help.embedder"))
    common.add_argument("--chroma-url", dest="chroma_url", help=tr("help.chroma_url"))
    sub = parser.add_subparsers(dest="command", required=True)

    p = sub.add_parser("ingest", parents=[common], help=tr("help.ingest"))
    p.add_argument("paths", nargs="*", help=tr("help.ingest_paths"))
    p.add_argument("--json", action="store_true", help=tr("help.ingest_json"))
    p.add_argument("--rebuild", action="store_true", help=tr("help.ingest_rebuild"))
    p.add_argument("--no-wait", dest="no_wait", action="store_true", help=tr("help.ingest_no_wait"))
    p.add_argument("--allow-large", dest="allow_large", action="store_true", help=tr("help.ingest_allow_large"))
    p.set_defaults(func=cmd_ingest)

    p = sub.add_parser("chunks", parents=[common], help=tr("help.chunks"))
    p.add_argument("--ref", help=tr("help.chunks_ref"))
    p.add_argument("--json", action="store_true", help=tr("help.chunks_json"))
    p.set_defaults(func=cmd_chunks)

    p = sub.add_parser("ask", parents=[common], help=tr("help.ask"))
    p.add_argument("question", nargs="*", help=tr("help.ask_question"))
    p.add_argument("--json", action="store_true", help=tr("help.ask_json"))
    p.add_argument("--questions", help=tr("help.ask_questions"))
    p.add_argument("--mode", choices=["fused", "dense", "lexical"], default=None, help=tr("help.ask_mode"))
    p.set_defaults(func=cmd_ask)

    p = sub.add_parser("eval", parents=[common], help=tr("help.eval"))
    p.add_argument("--questions", type=Path, help=tr("help.eval_questions"))
    p.add_argument("--split", choices=["train", "dev", "test", "all"], default="all", help=tr("help.eval_split"))
    p.add_argument("--docs", nargs="*", help=tr("help.eval_docs"))
    p.add_argument("--out", type=Path, default=Path("evals/out"), help=tr("help.eval_out"))
    p.add_argument("--compare", action="store_true", help=tr("help.eval_compare"))
    p.set_defaults(func=cmd_eval)

    p = sub.add_parser("serve", parents=[common], help=tr("help.serve"))
    p.add_argument("--host", default="127.0.0.1", help=tr("help.serve_host"))
    p.add_argument("--port", type=int, default=7860, help=tr("help.serve_port"))
    p.set_defaults(func=cmd_serve)

    from assistant import cli_corpus, cli_feedback

    cli_corpus.add_parser(sub, common)
    cli_feedback.add_parser(sub, common)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if getattr(args, "json", False):
        # --json in scripts: the JSON may be the only thing on stdout
        args.json = True
        if args.command == "ask" and args.questions:
            args.json = True
    try:
        return args.func(args)
    except (SettingsError, StoreUnavailableError, IndexMismatchError, IndexDamagedError) as exc:
        print(tr("cli.stopped", message=safe(str(exc))), file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print(tr("cli.interrupted"), file=sys.stderr)
        return 130
    except BrokenPipeError:  # `kra ask … | head`: the reader left, nothing more to say
        sys.stderr.close()
        return 0
    except Exception as exc:  # noqa: BLE001 - one clear line, never a traceback (KRA_DEBUG=1 shows it)
        if os.environ.get("KRA_DEBUG"):
            raise
        print(tr("cli.unexpected", kind=exc.__class__.__name__, message=safe(str(exc))[:300]), file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
