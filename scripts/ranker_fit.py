"""What the fitting scripts of the learned attribution models share (``fit_coref_rank_en.py``,
``fit_coref_rank_ru.py``, ``fit_merge_ru.py``): the out-of-fold split, the conditional logit
itself, and writing its weights back.

The model is a softmax over each decision's candidates on standardised features with an L2
penalty, fitted by gradient descent from zero (the same weights from the same rows).  The weights
stay as ``NAME: tuple[float, ...] = (…)`` constants in the ranker's module; a refit rewrites those
constants in place and formats the module with ruff, so that a refit of the same data leaves no
diff (review R8, forty-second session).
"""

from __future__ import annotations

import hashlib
import re
import subprocess
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import numpy as np


def fold(name: str) -> int:
    """The fold (of five) an article's rows fall in when a margin or threshold is chosen out of
    fold: a hash of its name, so an article's rows stay together and the split is reproducible."""
    return hashlib.sha1(name.encode()).digest()[0] % 5


def conditional_logit(
    rows: list[dict[str, Any]], l2: float, *, unscaled_constants: bool
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Weights, means and scales of the softmax over each row's candidates (``x``: one feature
    row per candidate; ``y``: 1 for the right ones).  ``unscaled_constants``: a feature constant
    over the rows gets scale 1 (its standardised value is 0 whatever the scale, and the module
    divides by it); otherwise every scale is its deviation plus 1e-6."""
    stacked = np.vstack([r["x"] for r in rows])
    mean, scale = stacked.mean(0), stacked.std(0)
    if unscaled_constants:
        scale[scale < 1e-6] = 1.0
    else:
        scale = scale + 1e-6
    w = np.zeros(stacked.shape[1])
    for _ in range(400):
        grad = l2 * w
        for r in rows:
            z = (r["x"] - mean) / scale
            s = z @ w
            p = np.exp(s - s.max())
            p /= p.sum()
            grad -= z.T @ (r["y"] / r["y"].sum() - p)
        w -= 0.1 * grad / len(rows)
    return w, mean, scale


def write_tuples(target: Path, constants: dict[str, Iterable[float]]) -> None:
    """Replace each ``NAME: tuple[float, ...] = (…)`` constant of ``target`` named in
    ``constants`` by its new values (four decimals), then format the file."""
    text = target.read_text(encoding="utf-8")
    for name, values in constants.items():
        tup = "(" + ", ".join(f"{x:.4f}" for x in values) + ",)"
        text, n = re.subn(
            rf"^{name}: tuple\[float, \.\.\.\] = \(.*?\)$",
            f"{name}: tuple[float, ...] = {tup}",
            text,
            count=1,
            flags=re.M | re.S,
        )
        if n != 1:
            raise SystemExit(f"{target}: no constant {name} to rewrite")
    target.write_text(text, encoding="utf-8")
    subprocess.run(["ruff", "format", "--quiet", str(target)], check=True)
