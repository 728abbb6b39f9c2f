"""Refit the Russian confidence's last step: a monotone map fitted on development half A.

    PYTHONPATH=src nice python scripts/train_calibration_ru.py          # collect A, fit, write; check B
    PYTHONPATH=src nice python scripts/train_calibration_ru.py --check  # figures only, no write

The logistic model and the rules' caps and floors (:mod:`newsprism.attribution.confidence_ru`)
give each proposed attribution a confidence; on NEREL's development halves the share right rose
with it but fell out of line with the value (0.60–0.75 right 72 %, 0.85–0.90 right 95 %), and on
``ks34`` two bands were out of order.  This fits, on half A only (``benchmarks/quotes_nerel.py
--split devA``; never B, never a held-out part), a step function by the pool-adjacent-violators
algorithm over (confidence, right) — right as the benchmark counts it: the proposed quote matches
an annotated attribution and its speaker is right, or rightly none — with steps of fewer than
:data:`MIN_STEP` quotes merged into the one below, so that each value is a share measured on at
least that many.  A reader's "confident" (``CONFIDENT``) is then reached only above the cut
where the confident quotes of A are right with a one-sided Wilson 90 % lower bound of at least
90 % (the seventh round's margin took the two-sided interval's lower end instead): a step below the cut whose share reaches the bar is shown
just under it.  Written to ``attribution-confidence-ru.json`` under ``isotonic`` as pairs
(lowest confidence of the step, value).  Deterministic; reads ``$NEWSPRISM_DATASETS`` and the
``$NEWSPRISM_FRESH_*`` sets the benchmark reads.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "benchmarks"))
sys.path.insert(0, str(ROOT / "scripts"))

import quotes_nerel as bench  # noqa: E402  (the loader, matching and scoring)
from train_confidence_ru import wilson_lower  # noqa: E402

from newsprism.attribution import confidence_ru  # noqa: E402
from newsprism.attribution.confidence import CONFIDENT  # noqa: E402

OUT = ROOT / "src" / "newsprism" / "data" / confidence_ru.MODEL_FILE
#: the fewest quotes a step's value is measured on
MIN_STEP = 30
#: what the confident quotes' share right must reach at the Wilson lower bound
FLOOR = 0.90
#: a one-sided 90 % lower bound (the seventh round's margin took the lower end of the two-sided
#: 90 % interval, z 1.64; under it the cut would be 0.847 and the confident set about as before)
WILSON_Z = 1.2816
#: where a step below the cut is shown: just under the bar
UNDER_BAR = round(CONFIDENT - 0.001, 3)

Pairs = list[tuple[float, bool]]


def collect(half: str) -> Pairs:
    """(confidence before the map, right) of every attribution proposed on a development half."""
    confidence_ru.ISOTONIC = False
    try:
        docs = bench.load(bench.datasets() / "ru-news-nerel")
        score = bench.Score()
        for doc in sorted(docs, key=lambda d: d.name):
            if (
                doc.split in bench.DEV_HALVES
                and bench.dev_half(doc.name) == half
                and bench.fit_rows_allowed(doc)  # SCORED_ONLY (ks44): never fitted on
            ):
                article = bench.analyse(doc.text)
                bench.score_doc(score, doc, bench.newsprism_preds(article), article)
        return score.calibration
    finally:
        confidence_ru.ISOTONIC = True


def pav(pairs: Pairs) -> list[list[float]]:
    """Steps [lowest confidence, right, count] of the isotonic fit, ties pooled first."""
    tied: dict[float, list[float]] = {}
    for p, ok in pairs:
        tied.setdefault(p, [0.0, 0.0])
        tied[p][0] += ok
        tied[p][1] += 1
    steps: list[list[float]] = []
    for p in sorted(tied):
        steps.append([p, *tied[p]])
        while len(steps) > 1 and steps[-2][1] / steps[-2][2] >= steps[-1][1] / steps[-1][2]:
            top = steps.pop()
            steps[-1][1] += top[1]
            steps[-1][2] += top[2]
    merged: list[list[float]] = []
    for step in steps:
        if merged and (step[2] < MIN_STEP or merged[-1][2] < MIN_STEP):
            merged[-1][1] += step[1]  # pooled with the step below: still in order
            merged[-1][2] += step[2]
        else:
            merged.append(step)
    return merged


def fit(pairs: Pairs) -> list[tuple[float, float]]:
    """The map as (lowest confidence, value) pairs; below the cut no value reaches the bar."""
    steps = pav(pairs)
    cut = len(steps)
    for k in range(len(steps)):
        top = steps[k:]
        right, n = sum(s[1] for s in top), sum(s[2] for s in top)
        if steps[k][1] / steps[k][2] >= CONFIDENT and wilson_lower(right, n, WILSON_Z) >= FLOOR:
            cut = k
            break
    out = []
    for k, (lo, right, n) in enumerate(steps):
        value = round(right / n, 3)
        out.append((lo, value if k >= cut else min(value, UNDER_BAR)))
    return out


def mapped(p: float, steps: list[tuple[float, float]]) -> float:
    value = steps[0][1]
    for lo, v in steps:
        if p >= lo:
            value = v
    return value


def report(name: str, pairs: Pairs, steps: list[tuple[float, float]] | None) -> None:
    values = [(mapped(p, steps) if steps else p, ok) for p, ok in pairs]
    edges = [0.0, 0.4, 0.6, 0.75, 0.85, 0.9, 1.0001]
    print(name)
    for lo, hi in zip(edges, edges[1:], strict=False):
        sel = [(v, ok) for v, ok in values if lo <= v < hi]
        if sel:
            mean = sum(v for v, _ in sel) / len(sel)
            share = sum(ok for _, ok in sel) / len(sel)
            print(
                f"    {lo:.2f}-{min(hi, 1):.2f}: {len(sel):4} quotes, mean {mean:.3f}, right {share:.3f}"
            )
    shown = [ok for v, ok in values if v >= CONFIDENT]
    print(f"    at or above the bar: {sum(shown)} of {len(shown)} right")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--check", action="store_true", help="print figures, write nothing")
    args = ap.parse_args()
    a = collect("devA")
    steps = fit(a)
    print("steps (lowest confidence, value):", steps)
    report("devA before the map", a, None)
    report("devA after (fitted here)", a, steps)
    b = collect("devB")
    report("devB before the map", b, None)
    report("devB after (never fitted on)", b, steps)
    if args.check:
        return
    data = json.loads(OUT.read_text(encoding="utf-8"))
    data["isotonic"] = [[lo, v] for lo, v in steps]
    data["isotonic_trained_on"] = (
        "the development half devA of benchmarks/quotes_nerel.py (thirty-fifth session); "
        "see scripts/train_calibration_ru.py"
    )
    OUT.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print("wrote", OUT)


if __name__ == "__main__":
    main()
