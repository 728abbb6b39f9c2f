"""The logistic regression the fitting scripts share: an L2 penalty on every weight but the last
(the bias column), fitted by Newton's method from zero, so the same data give the same weights
(``fit_figure_score.py``, ``fit_scraped_lines.py``)."""

from __future__ import annotations

import numpy as np


def fit(x: np.ndarray, y: np.ndarray, l2: float) -> np.ndarray:
    """The weights of ``x``'s columns (its last column the bias, not penalised) for labels ``y``."""
    w = np.zeros(x.shape[1])
    penalty = np.full(x.shape[1], l2)
    penalty[-1] = 0.0
    for _ in range(50):
        p = 1.0 / (1.0 + np.exp(-(x @ w)))
        grad = x.T @ (p - y) + penalty * w
        hess = (x * (p * (1 - p))[:, None]).T @ x + np.diag(penalty) + 1e-9 * np.eye(x.shape[1])
        step = np.linalg.solve(hess, grad)
        w -= step
        if np.max(np.abs(step)) < 1e-8:
            break
    return w
