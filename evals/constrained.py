"""Fits whose weights keep the signs a feature table gives them (scipy's bounded L-BFGS-B)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

import numpy as np


def sign_bounds(signs: Mapping[str, int], features: Sequence[str]) -> list[tuple[float | None, float | None]]:
    """L-BFGS-B bounds for each feature's weight: ≥ 0 for +1, ≤ 0 for -1, free for 0."""
    return [(0, None) if signs[f] > 0 else (None, 0) if signs[f] < 0 else (None, None) for f in features]


def logistic(
    x: np.ndarray, y: np.ndarray, signs: Mapping[str, int], features: Sequence[str], c: float
) -> tuple[np.ndarray, float]:
    """Class-balanced logistic regression with an L2 penalty of 1 / (2c) on standardised features, each
    weight of the sign `signs` gives it; returned as coefficients and intercept of the raw features."""
    from scipy.optimize import minimize

    mean, std = x.mean(axis=0), x.std(axis=0)
    std[std == 0] = 1.0
    z = (x - mean) / std
    n, positives = len(y), max(1, int(y.sum()))
    weight = np.where(y == 1, n / (2 * positives), n / (2 * max(1, n - positives)))

    def loss(params: np.ndarray) -> tuple[float, np.ndarray]:
        b, w = params[0], params[1:]
        s = z @ w + b
        value = float(np.sum(weight * np.where(y == 1, np.logaddexp(0, -s), np.logaddexp(0, s))))
        value += float(w @ w) / (2 * c)
        g = weight * (1 / (1 + np.exp(-s)) - y)
        return value, np.concatenate([[g.sum()], z.T @ g + w / c])

    bounds = [(None, None), *sign_bounds(signs, features)]
    params = minimize(loss, np.zeros(x.shape[1] + 1), jac=True, method="L-BFGS-B", bounds=bounds).x
    coef = params[1:] / std
    return coef, float(params[0] - (coef * mean).sum())
