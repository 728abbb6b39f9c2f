"""Scoring figures against expected ones, for the benchmarks and the CI quality gate.

A predicted figure matches an expected one in the same sentence when the values agree (a range:
both ends; relative tolerance 1e-6); each prediction is used once.  value+unit also needs the
same canonical unit, value+qualifier the same qualifier (case-insensitive, none = none).
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from typing import Any

from .extract import find_quantities

Figure = dict[str, Any]
KINDS = ("value", "value+unit", "value+qualifier")


def predict(text: str, language: str) -> list[Figure]:
    return [
        {"value": q.value, "value_high": q.value_high, "unit": q.unit, "qualifier": q.qualifier}
        for q in find_quantities(text, language)
    ]


def _same(a: float | None, b: float | None) -> bool:
    if a is None or b is None:
        return a is None and b is None
    return math.isclose(a, b, rel_tol=1e-6, abs_tol=1e-9)


def f1_scores(
    gold: Iterable[Sequence[Figure]], predicted: Iterable[Sequence[Figure]]
) -> dict[str, tuple[float, float, float]]:
    """``{kind: (precision, recall, F1)}`` in percent over sentences given in the same order."""
    n_gold = n_pred = 0
    ok = dict.fromkeys(KINDS, 0)
    for expected, pred in zip(gold, predicted, strict=True):
        n_gold += len(expected)
        n_pred += len(pred)
        free = list(pred)
        for g in expected:
            match = next(
                (
                    p
                    for p in free
                    if _same(p["value"], g["value"]) and _same(p["value_high"], g["value_high"])
                ),
                None,
            )
            if match is None:
                continue
            free.remove(match)
            ok["value"] += 1
            ok["value+unit"] += match["unit"] == g["unit"]
            ok["value+qualifier"] += (match["qualifier"] or "").lower() == (
                g["qualifier"] or ""
            ).lower()
    out = {}
    for kind, tp in ok.items():
        p = tp / n_pred if n_pred else 0.0
        r = tp / n_gold if n_gold else 0.0
        out[kind] = (100 * p, 100 * r, 100 * (2 * p * r / (p + r) if p + r else 0.0))
    return out
