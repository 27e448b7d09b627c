"""The abstention fit's held-out report: AUC, and a model fitted without the set it is scored on."""

from __future__ import annotations

import numpy as np
import pytest

from assistant.abstain import FEATURES
from evals.fit_abstention import Collected, auc, held_out


def test_auc_counts_pairs_and_ties():
    y = np.array([1, 1, 0, 0])
    assert auc(np.array([0.9, 0.8, 0.1, 0.2]), y) == 1.0
    assert auc(np.array([0.1, 0.2, 0.9, 0.8]), y) == 0.0
    assert auc(np.array([0.5, 0.5, 0.5, 0.5]), y) == 0.5
    assert np.isnan(auc(np.array([0.5]), np.array([1])))


def _part(rng, n: int, shift: float) -> Collected:
    """n questions, half unanswerable; the best sentence separates them by `shift`."""
    y = np.array([1, 0] * (n // 2))
    x = np.zeros((n, len(FEATURES)))
    x[:, FEATURES.index("best_sentence")] = 0.8 + shift * y + rng.normal(0, 0.02, n)
    x[:, FEATURES.index("counted_held")] = 1.0
    return Collected(x, y, np.zeros(n, dtype=bool), 0, int(y.sum()), int((y == 0).sum()))


def test_held_out_scores_each_set_with_a_model_fitted_on_the_others(capsys):
    rng = np.random.default_rng(7)
    # three sets the best sentence separates, and one where it does not
    parts = [{s: _part(rng, 40, shift) for s in ("train", "dev")} for shift in (0.1, 0.1, 0.1, 0.0)]
    never = (np.zeros(len(FEATURES)), 0.0, 0.0)  # a calibrated model that declines nothing
    held_out(["a", "b", "c"], parts[:3], c=1.0, max_false=0.05, current=never)
    rows = {line.split()[0]: line.split() for line in capsys.readouterr().out.splitlines()[1:]}
    assert set(rows) == {"a", "b", "c"}
    declined, false, area = (float(v) for v in rows["a"][1:6:2])
    assert declined > 0.5 and false <= 0.1 and area > 0.9
    assert rows["a"][8] == "0.00"  # the calibrated model as given declines nothing
    held_out(["a", "b", "d"], [parts[0], parts[1], parts[3]], c=1.0, max_false=0.05, current=never)
    rows = {line.split()[0]: line.split() for line in capsys.readouterr().out.splitlines()[1:]}
    assert float(rows["d"][5]) == pytest.approx(0.5, abs=0.2)  # nothing tells the left-out set's questions apart
