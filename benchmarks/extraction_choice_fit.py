"""Fit the reading chooser on development half A; report it on half B (checked only).

    python benchmarks/extraction_choice_fit.py A.json B.json [more B files ...] [--write]

Input: files of ``benchmarks/extraction_choice.py``.  For each alternative reading (trafilatura's
own, *primary*; readability's own, *second*), a logistic regression on
``newsprism.extract.choice.NAMES`` says whether it beats the merged article by more than
``MARGIN`` F1; the alternative is taken when its probability passes a threshold chosen on A.
``--write`` prints the weights as the Python literal ``newsprism/extract/choice.py`` holds.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path
from typing import Any

import numpy as np
from sklearn.linear_model import LogisticRegression

ROOT = Path(__file__).resolve().parent.parent
# the code measured is this tree's, unless PYTHONPATH names another (a "before" run of a base
# worktree's src with this benchmark and this tree's data)
if not os.environ.get("PYTHONPATH"):
    sys.path.insert(0, str(ROOT / "src"))

sys.path.insert(0, str(ROOT / "benchmarks"))
from extraction_choice_model import NAMES  # noqa: E402

MARGIN = 0.02
ALTERNATIVES = ("primary", "second")


def load(path: Path) -> list[dict[str, Any]]:
    return [r for r in json.loads(path.read_text()) if "features" in r]


def fit(rows: list[dict[str, Any]], alt: str, c: float) -> LogisticRegression:
    x = np.array([r["features"] for r in rows])
    y = np.array([r[alt] > r["merged"] + MARGIN for r in rows])
    model = LogisticRegression(C=c, max_iter=2000, class_weight=None)
    model.fit(x, y)
    return model


def choose(
    rows: list[dict[str, Any]], models: dict[str, LogisticRegression], cuts: dict[str, float]
) -> list[float]:
    out = []
    for r in rows:
        best, best_p = "merged", 0.0
        for alt in ALTERNATIVES:
            p = float(models[alt].predict_proba(np.array([r["features"]]))[0, 1])
            if p >= cuts[alt] and p > best_p:
                best, best_p = alt, p
        out.append(r[best])
    return out


def train(
    a: list[dict[str, Any]], c: float
) -> tuple[dict[str, LogisticRegression], dict[str, float]]:
    """The models, and per alternative the threshold that gives A its highest mean F1."""
    models = {alt: fit(a, alt, c) for alt in ALTERNATIVES}
    cuts: dict[str, float] = {}
    for alt in ALTERNATIVES:
        best_cut, best = 1.01, mean([r["merged"] for r in a])
        for cut in [0.5 + 0.05 * i for i in range(10)]:
            score = mean(choose(a, models, {**{k: 1.01 for k in ALTERNATIVES}, alt: cut}))
            if score > best + 1e-9:
                best_cut, best = cut, score
        cuts[alt] = best_cut
    return models, cuts


def cross_validated_c(a: list[dict[str, Any]], folds: int = 5) -> float:
    """The regularisation whose models, fitted on four fifths of A, choose best on the fifth."""
    best_c, best = 1.0, -1.0
    for c in (0.1, 0.3, 1.0, 3.0, 10.0):
        picked: list[float] = []
        for k in range(folds):
            train_rows = [r for i, r in enumerate(a) if i % folds != k]
            held = [r for i, r in enumerate(a) if i % folds == k]
            models, cuts = train(train_rows, c)
            picked += choose(held, models, cuts)
        print(f"  CV on A, C={c}: {mean(picked):.4f}")
        if mean(picked) > best + 1e-9:
            best_c, best = c, mean(picked)
    return best_c


def mean(xs: list[float]) -> float:
    return sum(xs) / len(xs) if xs else 0.0


def report(name: str, rows: list[dict[str, Any]], picked: list[float]) -> None:
    merged = [r["merged"] for r in rows]
    oracle = [max(r["merged"], r["primary"], r["second"]) for r in rows]
    peer = [r["trafilatura"] for r in rows if "trafilatura" in r]
    changed = sum(1 for r, p in zip(rows, picked, strict=True) if p != r["merged"])
    print(
        f"{name:<28} n={len(rows):4d}  merged {mean(merged):.4f}  chosen {mean(picked):.4f}"
        f"  ({changed} pages changed)  oracle {mean(oracle):.4f}"
        + (f"  trafilatura {mean(peer):.4f}" if peer else "")
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("a", type=Path)
    parser.add_argument("b", type=Path, nargs="+")
    parser.add_argument("--c", type=float, default=0.0, help="regularisation (0: by CV on A)")
    parser.add_argument("--write", action="store_true")
    args = parser.parse_args()
    a = load(args.a)
    c = args.c or cross_validated_c(a)
    models, cuts = train(a, c)
    print(f"C={c} thresholds (A):", cuts)
    report(f"A {args.a.name}", a, choose(a, models, cuts))
    for path in args.b:
        b = load(path)
        report(f"B {path.name}", b, choose(b, models, cuts))
        for set_name in sorted({r["set"] for r in b}):
            rows = [r for r in b if r["set"] == set_name]
            report(f"  {set_name}", rows, choose(rows, models, cuts))
    if args.write:
        for alt in ALTERNATIVES:
            m = models[alt]
            print(alt, "cut", cuts[alt], "intercept", float(m.intercept_[0]))
            print(dict(zip(NAMES, (round(float(w), 4) for w in m.coef_[0]), strict=True)))


if __name__ == "__main__":
    main()
