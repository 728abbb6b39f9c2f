"""Fit the Russian attribution confidence on our NEREL annotations; check it out of fold.

    PYTHONPATH=src nice python scripts/train_confidence_ru.py          # collect, fit, write
    PYTHONPATH=src nice python scripts/train_confidence_ru.py --check  # figures only, no write

1. *Collect*: the rules run over the annotated NEREL articles we developed on (splits ``dev``
   and ``test`` of ``benchmarks/data/nerel_quotes.jsonl``; never ``fresh``); each quote they
   propose gets :func:`newsprism.attribution.confidence_ru.features` and one label: it matches
   a gold attribution (``benchmarks/quotes_nerel.py``'s matching) and its speaker is right —
   or, for an agentless gold attribution («как сообщается»), it has no speaker either.
2. *Select*: logistic regression (numpy, Newton's method, L2; ``scripts/train_attribution.py``'s
   fit).  The L2 strength is chosen by 5-fold cross-validation, folds by article, on log loss;
   the out-of-fold probabilities give the calibration bands and the precision of what passes
   ``CONFIDENT`` printed here.
3. *Fit* on all of them and write ``src/newsprism/data/attribution-confidence-ru.json``.

The ``fresh`` articles (annotated after everything else was developed) check the bands:
``benchmarks/quotes_nerel.py`` prints them.  Deterministic (sorted articles, fixed folds).
Reads ``$NEWSPRISM_DATASETS`` or ``../shared/datasets`` beside the repository.
"""

from __future__ import annotations

import argparse
import json
import math
import sys
from pathlib import Path
from typing import Any

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "benchmarks"))
sys.path.insert(0, str(ROOT / "scripts"))

import quotes_nerel as bench  # noqa: E402  (benchmarks/quotes_nerel.py: loader and matching)
from train_attribution import bands, fit, log_loss, predict  # noqa: E402

from newsprism.attribution import confidence_ru  # noqa: E402
from newsprism.attribution.confidence import CONFIDENT  # noqa: E402

OUT = ROOT / "src" / "newsprism" / "data" / confidence_ru.MODEL_FILE
SPLITS = ("dev", "test")
L2_GRID = (0.3, 1.0, 3.0, 10.0, 30.0)
FOLDS = 5


def collect(splits: tuple[str, ...]) -> list[dict[str, Any]]:
    from newsprism.attribution.stage import analyse_article
    from newsprism.pipeline import Pipeline

    segment = Pipeline(["segment"])
    rows = []
    for doc in bench.load(bench.datasets() / "ru-news-nerel"):
        if doc.split not in splits:
            continue
        result = analyse_article(segment(bench.article_of(doc.text)))
        assert result is not None
        analysis, speakers, quotes = result
        by_id = {s.id: s for s in speakers}
        preds = []
        for q in quotes:
            who = by_id.get(q.speaker) if q.speaker is not None else None
            mentions = [(m.start, m.end) for m in who.mentions] if who else []
            if q.source_start is not None and q.source_end is not None and who is not None:
                mentions.append((q.source_start, q.source_end))
            preds.append(bench.Pred((q.start, q.end), q.speaker, mentions))
        gold_of = {j: i for i, j in bench.match(doc.text, doc.quotes, preds).items()}
        for j, (found, q) in enumerate(zip(analysis.found, quotes, strict=True)):
            who = by_id.get(q.speaker) if q.speaker is not None else None
            g = doc.quotes[gold_of[j]] if j in gold_of else None
            if g is None:
                right = False
            elif g.speaker:
                right = bench.speaker_right(g, preds[j])
            else:
                right = q.speaker is None
            rows.append(
                {
                    "article": doc.name,
                    "features": confidence_ru.features(doc.text, found, who, analysis),
                    "right": int(right),
                }
            )
    return rows


def matrix(rows: list[dict[str, Any]], vocab: list[str]) -> np.ndarray:
    index = {k: i for i, k in enumerate(vocab)}
    x = np.zeros((len(rows), len(vocab)))
    for r, row in enumerate(rows):
        for k, v in row["features"].items():
            if k in index:
                x[r, index[k]] = v
    return x


def cross_validate(rows: list[dict[str, Any]]) -> tuple[float, np.ndarray]:
    articles = sorted({r["article"] for r in rows})
    fold_of = {a: i % FOLDS for i, a in enumerate(articles)}
    y = np.array([r["right"] for r in rows], dtype=float)
    best = (math.inf, L2_GRID[0], np.zeros(len(rows)))
    for l2 in L2_GRID:
        oof = np.zeros(len(rows))
        for k in range(FOLDS):
            train = [r for r in rows if fold_of[r["article"]] != k]
            test_idx = np.array([i for i, r in enumerate(rows) if fold_of[r["article"]] == k])
            vocab = sorted({f for r in train for f in r["features"]})
            w, b = fit(matrix(train, vocab), np.array([r["right"] for r in train], float), l2)
            oof[test_idx] = predict(matrix([rows[i] for i in test_idx], vocab), w, b)
        loss = log_loss(oof, y)
        print(f"  cv l2={l2:<5} log loss {loss:.4f}")
        if loss < best[0]:
            best = (loss, l2, oof)
    return best[1], best[2]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--check", action="store_true", help="print figures, write nothing")
    args = ap.parse_args()
    rows = collect(SPLITS)
    y = np.array([r["right"] for r in rows], dtype=float)
    print(
        f"{len(rows)} proposed attributions in {len({r['article'] for r in rows})} articles, "
        f"{int(y.sum())} right"
    )
    l2, oof = cross_validate(rows)
    bands(oof, y, f"out of fold, l2={l2}")
    sel = oof >= CONFIDENT
    print(
        f"  confident (≥ {CONFIDENT}) out of fold: {int(sel.sum())} quotes, "
        f"{y[sel].mean() if sel.any() else 0:.3f} right"
    )
    vocab = sorted({f for r in rows for f in r["features"]})
    w, b = fit(matrix(rows, vocab), y, l2)
    model = {
        "model": "newsprism Russian attribution confidence",
        "trained_on": "our annotations of 44 NEREL v1.1 train articles (dev and test parts of "
        "benchmarks/data/nerel_quotes.jsonl); see docs/attribution.md",
        "l2": l2,
        "bias": round(b, 5),
        "weights": {k: round(float(v), 5) for k, v in zip(vocab, w, strict=True) if v},
    }
    for k, v in sorted(model["weights"].items(), key=lambda kv: -abs(kv[1])):
        print(f"  {k:28} {v:+.3f}")
    if not args.check:
        OUT.write_text(json.dumps(model, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
        print(f"wrote {OUT.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
