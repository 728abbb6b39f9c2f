"""Refit the Russian attribution confidence on all of development half A; check it on half B.

    PYTHONPATH=src nice python scripts/refit_confidence_ru.py            # collect A and B, fit, write
    PYTHONPATH=src nice python scripts/refit_confidence_ru.py --check    # figures only, no write
    ... --cache DIR     # keep the collected rows in DIR (a rerun reads them instead of analysing)

Thirty-ninth session.  Until now the confidence was a logistic model fitted on the seven oldest
annotated parts (``quotes_nerel.DEVELOPED``, 151 articles, seventh round, by
``scripts/train_confidence_ru.py``), then caps and floors written one rule at a time, then a
step function fitted on half A in the thirty-fifth session (``scripts/train_calibration_ru.py``)
before ``ks35`` – ``ks38`` existed.  Held out, the confident quotes of ``ks38`` were right 35 of
42 (83 %) against 92 % the round before.  This script replaces the three fits by one, on every
part of half A (``benchmarks/quotes_nerel.py --split devA``: the old parts' A articles, the
factRuEval, BSNLP and key-sentence parts' A halves), never half B, never a held-out part:

1. *Collect*: every attribution the rules propose on A, with its features
   (:func:`newsprism.attribution.confidence_ru.features`: the evidence class — a name, a
   pronoun with or without a rival, a description resolved or not, a body, a collective … —
   the cue's kind and distance, the source's side and gap, the speaker's mentions and role,
   rivals between) and the marks the caps and floors acted on, now features
   (:data:`~newsprism.attribution.confidence_ru.RULE_FEATURES`: words holding another cue, a
   shared surname, «— сказал он» beside a quote, an anonymous source, a noun-phrase content, a
   body reached by a back-reference; and how many quotes the speaker is credited with), each
   labelled right as the benchmark's headline counts it: matched, its speaker right and the name
   shown for the speaker the gold speaker's («right by name, strict»), or rightly none.  (The
   older fits learnt the lenient label, a mention overlapping; the confident share the reader
   sees is the strict one, two points lower on A.)
2. *Fit* an L2-regularised logistic model over them, L2 chosen on log loss by 5-fold
   cross-validation by article.
3. *Calibrate*: each attribution of A predicted by a model fitted with its own *part* left out
   (a new part is what use looks like: the parts differ more than the folds within one), and a
   monotone step function fitted on those predictions (pool-adjacent-violators, steps of at
   least ``train_calibration_ru.MIN_STEP`` (30) quotes), so that a value shown is the share right measured on parts
   the model did not see.
4. *The bar*: a step is shown confident (``CONFIDENT``) only above the cut where the
   out-of-part predictions of A are right with a one-sided Wilson 90 % lower bound of at least
   90 %; a step below the cut whose share reaches the bar is shown just under it.
5. *Check* on half B (never fitted on): the bands and the confident quotes' share right.

Forty-fifth session: refitted on today's half A (ks34 – ks43's A halves and every older A part;
never ``quotes_nerel.SCORED_ONLY`` (``ks44``), the held-out part or half B), with the reach
features of :func:`newsprism.attribution.confidence_ru.reach_features` (the source words in
another sentence than the cue, the source words the parse's subject, other people named within
reach before the cue, how far back the speaker was mentioned).  The same rows give the same
weights (checked: two writes from the cached rows byte-identical).  ``--drop NAME …`` leaves
features out, to measure what they add.

Writes ``src/newsprism/data/attribution-confidence-ru.json`` with ``rules_as_features`` set
(:func:`newsprism.attribution.confidence_ru.apply` then skips the caps and floors).
Deterministic (sorted articles, fixed folds).  Reads ``$NEWSPRISM_DATASETS`` and the
``$NEWSPRISM_FRESH_*`` sets the benchmark reads.
"""

from __future__ import annotations

import argparse
import json
import pickle
import sys
from pathlib import Path
from typing import Any

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "benchmarks"))
sys.path.insert(0, str(ROOT / "scripts"))

import quotes_nerel as bench  # noqa: E402  (the loader, matching and scoring)
from train_attribution import fit, log_loss, predict  # noqa: E402
from train_calibration_ru import pav  # noqa: E402
from train_confidence_ru import wilson_lower  # noqa: E402

from newsprism.attribution import confidence_ru  # noqa: E402
from newsprism.attribution.confidence import CONFIDENT  # noqa: E402

OUT = ROOT / "src" / "newsprism" / "data" / confidence_ru.MODEL_FILE
L2_GRID = (0.3, 1.0, 3.0, 10.0, 30.0)
FOLDS = 5
#: what the confident quotes' share right must reach at the Wilson lower bound
FLOOR = 0.90
#: a one-sided 90 % lower bound
WILSON_Z = 1.2816
#: where a step below the cut is shown: just under the bar
UNDER_BAR = round(CONFIDENT - 0.001, 3)

Row = dict[str, Any]


def collect(half: str) -> list[Row]:
    """Every attribution proposed on a development half: its article, part, features, whether
    it is right (the benchmark's calibration label) and right by the name shown (strict)."""
    docs = bench.load(bench.datasets() / "ru-news-nerel")
    rows: list[Row] = []
    record: list[tuple[int, int, dict[str, float]]] = []
    confidence_ru.RECORD = record
    try:
        for doc in sorted(docs, key=lambda d: d.name):
            if doc.split not in bench.DEV_HALVES or bench.dev_half(doc.name) != half:
                continue
            if not bench.fit_rows_allowed(doc):
                continue  # SCORED_ONLY (ks44): never fitted on (heldout.md)
            record.clear()
            article = bench.analyse(doc.text)
            preds = bench.newsprism_preds(article)
            feats = {(a, b): f for a, b, f in record}
            m = bench.match(doc.text, doc.quotes, preds)
            gold_of = {j: i for i, j in m.items()}
            bench._TEXT = doc.text  # the benchmark's name test reads the text from here
            for j, (p, q) in enumerate(zip(preds, article.quotes, strict=True)):
                g = doc.quotes[gold_of[j]] if j in gold_of else None
                lenient = g is not None and (
                    bench.speaker_right(g, p) if g.speaker else p.speaker is None
                )
                by_name = bool(g is not None and g.speaker and bench.shown_name_right(g, p))
                rows.append(
                    {
                        "article": doc.name,
                        "part": doc.split,
                        "features": feats.get((q.start, q.end), {}),
                        # what the model learns: right, and the name shown is the speaker's
                        # (the benchmark's strict measure), or rightly no speaker
                        "right": int(lenient and (by_name or p.speaker is None)),
                        "lenient": int(lenient),
                        "strict": int(by_name),
                        "speaker": p.speaker is not None,
                        # for the tables of confident wrong by kind (matched at all, the cue)
                        "matched": g is not None,
                        "cue": q.cue.lower() if q.cue else None,
                    }
                )
    finally:
        confidence_ru.RECORD = None
    return rows


#: features left out of the fit (``--drop``: to measure what a feature adds)
DROPPED: set[str] = set()


def vocabulary(rows: list[Row]) -> list[str]:
    return sorted({k for r in rows for k in r["features"] if k not in DROPPED})


def matrix(rows: list[Row], vocab: list[str]) -> np.ndarray:
    index = {k: i for i, k in enumerate(vocab)}
    x = np.zeros((len(rows), len(vocab)))
    for n, row in enumerate(rows):
        for k, v in row["features"].items():
            if k in index:
                x[n, index[k]] = v
    return x


def labels(rows: list[Row]) -> np.ndarray:
    return np.array([r["right"] for r in rows], dtype=float)


def fitted(rows: list[Row], l2: float) -> tuple[list[str], np.ndarray, float]:
    vocab = vocabulary(rows)
    w, b = fit(matrix(rows, vocab), labels(rows), l2)
    return vocab, w, float(b)


def held_out(rows: list[Row], groups: list[Any], l2: float) -> np.ndarray:
    """Each row predicted by a model fitted on the rows of the other groups."""
    out = np.zeros(len(rows))
    for g in sorted(set(groups)):
        test = [i for i, x in enumerate(groups) if x == g]
        train = [r for r, x in zip(rows, groups, strict=True) if x != g]
        vocab, w, b = fitted(train, l2)
        out[test] = predict(matrix([rows[i] for i in test], vocab), w, b)
    return out


def folds_by_article(rows: list[Row]) -> list[int]:
    articles = sorted({r["article"] for r in rows})
    fold_of = {a: i % FOLDS for i, a in enumerate(articles)}
    return [fold_of[r["article"]] for r in rows]


def steps_of(p: np.ndarray, y: np.ndarray) -> list[tuple[float, float]]:
    """The step function (lowest probability of the step, value) fitted on ``p`` and ``y``; no
    step below the cut (:data:`FLOOR` at the Wilson bound over everything above) reaches the
    confident bar."""
    steps = pav([(round(float(a), 3), bool(b)) for a, b in zip(p, y, strict=True)])
    cut = len(steps)
    for k in range(len(steps)):
        right = sum(s[1] for s in steps[k:])
        n = sum(s[2] for s in steps[k:])
        if (
            steps[k][1] / steps[k][2] >= CONFIDENT
            and wilson_lower(int(right), int(n), WILSON_Z) >= FLOOR
        ):
            cut = k
            break
    return [
        (lo, round(right / n, 3) if k >= cut else min(round(right / n, 3), UNDER_BAR))
        for k, (lo, right, n) in enumerate(steps)
    ]


def mapped(p: float, steps: list[tuple[float, float]]) -> float:
    value = steps[0][1]
    for lo, v in steps:
        if p >= lo:
            value = v
    return value


def report(name: str, values: list[float], rows: list[Row]) -> None:
    edges = [0.0, 0.4, 0.6, 0.75, 0.85, 0.9, 1.0001]
    print(name)
    for lo, hi in zip(edges, edges[1:], strict=False):
        sel = [(v, r) for v, r in zip(values, rows, strict=True) if lo <= v < hi]
        if sel:
            mean = sum(v for v, _ in sel) / len(sel)
            share = sum(r["right"] for _, r in sel) / len(sel)
            lenient = sum(r["lenient"] for _, r in sel) / len(sel)
            print(
                f"    {lo:.2f}-{min(hi, 1):.2f}: {len(sel):4} quotes, mean {mean:.3f}, right by "
                f"name {share:.3f} (a mention overlapping: {lenient:.3f})"
            )
    shown = [r for v, r in zip(values, rows, strict=True) if v >= CONFIDENT and r["speaker"]]
    print(
        f"    shown confident (with a speaker): {len(shown)}, right {sum(r['right'] for r in shown)}"
        f", right by name {sum(r['strict'] for r in shown)}"
        + (f" ({100 * sum(r['strict'] for r in shown) / len(shown):.1f} %)" if shown else "")
    )


def absent_parts(half: str) -> dict[str, int]:
    """The parts of ``half`` a fit would read whose article texts are not here (part -> how many
    articles): ``bench.load`` leaves such articles out silently, so without the evaluation sets'
    environment the fit runs on a fraction of the rows and writes other weights."""
    lines = bench.ANNOTATIONS.read_text(encoding="utf-8").splitlines()
    for extra in (bench.FRUE_ANNOTATIONS, bench.BSNLP_ANNOTATIONS, bench.KS_ANNOTATIONS):
        if extra.exists():
            lines += extra.read_text(encoding="utf-8").splitlines()
    base = bench.datasets() / "ru-news-nerel"
    absent: dict[str, int] = {}
    for line in lines:
        d = json.loads(line)
        split, name = d["split"], d["doc"]
        if split not in bench.DEV_HALVES or bench.dev_half(name) != half:
            continue
        if split == bench.HELD_OUT_SPLIT or split in bench.SCORED_ONLY:
            continue  # never fitted on: its absence changes nothing
        try:
            here = bench.doc_text(base, name) is not None
        except OSError:  # a NEREL file missing from $NEWSPRISM_DATASETS
            here = False
        if not here:
            absent[split] = absent.get(split, 0) + 1
    return absent


def rows_of(half: str, cache: Path | None) -> list[Row]:
    if cache is not None and (cache / f"{half}.pkl").exists():
        with open(cache / f"{half}.pkl", "rb") as fh:
            rows: list[Row] = pickle.load(fh)
        return rows
    confidence_ru.load.cache_clear()
    rows = collect(half)
    if cache is not None:
        cache.mkdir(parents=True, exist_ok=True)
        with open(cache / f"{half}.pkl", "wb") as fh:
            pickle.dump(rows, fh)
    return rows


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--check", action="store_true", help="print figures, write nothing")
    ap.add_argument("--cache", type=Path, default=None, help="keep the collected rows here")
    ap.add_argument(
        "--drop", nargs="*", default=[], help="leave these features out of the fit (a comparison)"
    )
    ap.add_argument(
        "--allow-partial",
        action="store_true",
        help="fit even when some parts' texts are absent (writes only with --out)",
    )
    ap.add_argument(
        "--out", type=Path, default=None, help=f"write here instead of {OUT.relative_to(ROOT)}"
    )
    args = ap.parse_args()
    DROPPED.update(args.drop)
    # a part whose texts are absent is left out silently by the loader: refuse rather than fit
    # on part of the data and overwrite the shipped weights (review finding 13, session 45)
    partial = False
    for half in ("devA", "devB"):
        if args.cache is not None and (args.cache / f"{half}.pkl").exists():
            continue  # the cached rows were collected whole (or by --allow-partial)
        absent = absent_parts(half)
        if not absent:
            continue
        listing = ", ".join(f"{k} ({n} articles)" for k, n in sorted(absent.items()))
        print(
            f"refit_confidence_ru: {half}: the texts of these parts are absent: {listing}.\n"
            "  `source /work/notes/s45/env.sh` (or set $NEWSPRISM_DATASETS and the "
            "$NEWSPRISM_FRESH_NEREL, $NEWSPRISM_FRESH_FACTRUEVAL, $NEWSPRISM_FRESH_BSNLP "
            "variables docs/attribution.md names), or pass --allow-partial (with --out to write).",
            file=sys.stderr,
        )
        if not args.allow_partial:
            sys.exit(2)
        partial = True
    a = rows_of("devA", args.cache)
    y = labels(a)
    print(
        f"devA: {len(a)} proposed attributions in {len({r['article'] for r in a})} articles, {int(y.sum())} right"
    )
    folds = folds_by_article(a)
    losses = {l2: log_loss(held_out(a, folds, l2), y) for l2 in L2_GRID}
    for l2, loss in losses.items():
        print(f"  l2 {l2:g}: log loss {loss:.4f} (5-fold by article)")
    l2 = min(L2_GRID, key=lambda c: losses[c])
    parts = [r["part"] for r in a]
    lpo = held_out(a, parts, l2)
    print(f"  chosen l2 {l2:g}; one part out: log loss {log_loss(lpo, y):.4f}")
    steps = steps_of(lpo, y)
    print("  steps (lowest probability, value):", steps)
    report(
        "devA, one part out, mapped (what the map was fitted on)",
        [mapped(p, steps) for p in lpo],
        a,
    )
    vocab, w, b = fitted(a, l2)
    for k, v in sorted(zip(vocab, w, strict=True), key=lambda kv: -kv[1]):
        print(f"    {k:24} {v:+.3f}")
    bv = rows_of("devB", args.cache)
    pb = predict(matrix(bv, vocab), w, b)
    report("devB (never fitted on), logistic alone", [float(p) for p in pb], bv)
    report("devB (never fitted on), mapped", [mapped(float(p), steps) for p in pb], bv)
    if args.check:
        return
    out = args.out if args.out is not None else OUT
    if partial and args.out is None:
        print("partial data: the shipped weights are not overwritten (give --out)", file=sys.stderr)
        return
    model = {
        "model": "newsprism Russian attribution confidence: logistic over the evidence class, "
        "a few features and the rules' marks, then a monotone map",
        "trained_on": f"development half devA of benchmarks/quotes_nerel.py, every part "
        f"({len({r['article'] for r in a})} articles, {len(a)} proposed attributions; "
        "forty-fifth session, the reach features added; no row of half B, a held-out or a "
        "scored-only part); see scripts/refit_confidence_ru.py",
        "l2": l2,
        "rules_as_features": True,
        "bias": round(b, 4),
        "weights": {k: round(float(v), 4) for k, v in zip(vocab, w, strict=True)},
        "isotonic": [[lo, v] for lo, v in steps],
        "isotonic_trained_on": "devA, each part predicted by the model fitted without it "
        "(scripts/refit_confidence_ru.py)",
    }
    out.write_text(json.dumps(model, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print("wrote", out)


if __name__ == "__main__":
    main()
