"""Fit the Russian attribution confidence on our NEREL annotations; check it on held parts.

    PYTHONPATH=src nice python scripts/train_confidence_ru.py          # collect, fit, write
    PYTHONPATH=src nice python scripts/train_confidence_ru.py --check  # figures only, no write

1. *Collect*: the rules run over the annotated NEREL articles we developed on (parts ``dev``,
   ``test``, ``fresh`` … ``fresh5`` of ``benchmarks/data/nerel_quotes.jsonl``, 157 articles;
   never ``fresh6``, held out); each quote they propose gets
   :func:`newsprism.attribution.confidence_ru.features` and one label: it matches a gold
   attribution (``benchmarks/quotes_nerel.py``'s matching) and its speaker is right — or, for
   an agentless gold attribution («как сообщается»), it has no speaker either.
2. *Select*: the confidence of a quote is the share right in its evidence class
   (:func:`~newsprism.attribution.confidence_ru.evidence_key`), shrunk toward the share over
   all classes by a Beta prior worth ``m`` attributions; ``m`` is chosen by 5-fold
   cross-validation, folds by article, on log loss.  Printed beside it, the same folds for the
   logistic model this replaces (all features, and a few; L2 chosen the same way), and each
   model trained on two of the three parts and scored on the third (the parts were annotated
   at different times and differ: 84%, 79% and 67% of their proposed attributions right).
3. *Ship* the logistic model over the class and five features (its L2 chosen on log loss by the
   same folds: the best-calibrated here), fitted on all of them, to
   ``src/newsprism/data/attribution-confidence-ru.json``.
4. *Margin* (seventh round, written and committed before the held-out ``fresh6`` was scored
   a second time): the shipped probability is shifted down on the logit scale by the smallest
   margin for which the quotes shown confident, each predicted by a model fitted on the other
   parts (one part left out in turn, all parts pooled), are right with a Wilson 90% interval
   whose lower bound is ≥ 90% (:func:`choose_margin`).  The fifth round's rule (every part
   left out ≥ 90%) hung on one quote in parts of about twenty confident ones.

Since the seventh round all seven parts developed on are fitted (``fresh4`` and ``fresh5``
too); the ``fresh6`` articles (NEREL's train folder, annotated after everything else) check the
bands: ``benchmarks/quotes_nerel.py`` prints them.  Deterministic (sorted articles, fixed folds).
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
SPLITS = bench.DEVELOPED
#: what the lower bound of the confident quotes' share right must reach (:func:`choose_margin`)
FLOOR = 0.90
#: the normal quantile of a two-sided 90% interval (its lower bound is a one-sided 95% bound)
WILSON_Z = 1.6449
MARGIN_GRID = tuple(round(0.1 * k, 1) for k in range(41))
PRIOR_GRID = (1.0, 2.0, 3.0, 5.0, 10.0, 20.0)
#: the few features of the smaller logistic model printed for comparison
FEW = ("short", "rivals", "direct", "src.after", "cue.phrase")
L2_GRID = (0.3, 1.0, 2.0, 3.0, 5.0, 10.0, 30.0)
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


def folds_by_article(rows: list[dict[str, Any]]) -> list[int]:
    articles = sorted({r["article"] for r in rows})
    fold_of = {a: i % FOLDS for i, a in enumerate(articles)}
    return [fold_of[r["article"]] for r in rows]


def class_rates(rows: list[dict[str, Any]], m: float) -> dict[str, Any]:
    y = [r["right"] for r in rows]
    base = sum(y) / len(y)
    counts: dict[str, list[int]] = {}
    for r in rows:
        c = counts.setdefault(confidence_ru.evidence_key(r["features"]), [0, 0])
        c[0] += 1
        c[1] += r["right"]
    rates = {k: (right + m * base) / (n + m) for k, (n, right) in counts.items()}
    return {"base": base, "rates": rates, "counts": counts}


def rates_predict(model: dict[str, Any], rows: list[dict[str, Any]]) -> np.ndarray:
    keys = [confidence_ru.evidence_key(r["features"]) for r in rows]
    return np.array([model["rates"].get(k, model["base"]) for k in keys])


def held_out(rows: list[dict[str, Any]], groups: list[Any], predictor: Any) -> np.ndarray:
    """Predictions for each group's rows from a model fitted on the other groups."""
    out = np.zeros(len(rows))
    for g in sorted(set(groups)):
        test_idx = [i for i, x in enumerate(groups) if x == g]
        train = [r for r, x in zip(rows, groups, strict=True) if x != g]
        out[test_idx] = predictor(train, [rows[i] for i in test_idx])
    return out


def logistic(l2: float, keep: tuple[str, ...] | None) -> Any:
    def only(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
        if keep is None:
            return rows
        return [
            {
                **r,
                "features": {
                    k: v for k, v in r["features"].items() if k.startswith("ev=") or k in keep
                },
            }
            for r in rows
        ]

    def predictor(train: list[dict[str, Any]], test: list[dict[str, Any]]) -> np.ndarray:
        train, test = only(train), only(test)
        vocab = sorted({f for r in train for f in r["features"]})
        w, b = fit(matrix(train, vocab), np.array([r["right"] for r in train], float), l2)
        return np.asarray(predict(matrix(test, vocab), w, b))

    return predictor


def summary(name: str, p: np.ndarray, y: np.ndarray) -> None:
    sel = p >= CONFIDENT
    right = f"{y[sel].mean():.3f}" if sel.any() else "—"
    print(f"  {name:44} log loss {log_loss(p, y):.4f}  confident {int(sel.sum()):3}, right {right}")


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
    folds = folds_by_article(rows)
    parts = [r["article"] for r in rows]
    split_of = {d.name: d.split for d in bench.load(bench.datasets() / "ru-news-nerel")}
    parts = [split_of[a] for a in parts]
    best = (math.inf, PRIOR_GRID[0])
    for m in PRIOR_GRID:
        oof = held_out(rows, folds, lambda tr, te, m=m: rates_predict(class_rates(tr, m), te))
        summary(f"class rates, prior {m:g}, 5-fold by article", oof, y)
        best = min(best, (log_loss(oof, y), m))
    m = best[1]
    print(f"chosen prior strength {m:g}; the same and the logistic models, held out:")
    candidates = {
        f"class rates, prior {m:g}": lambda tr, te: rates_predict(class_rates(tr, m), te),
    }
    for l2 in (1.0, 3.0, 10.0):
        candidates[f"logistic, all features, l2 {l2:g}"] = logistic(l2, None)
        candidates[f"logistic, class + {len(FEW)} features, l2 {l2:g}"] = logistic(l2, FEW)
    for name, predictor in candidates.items():
        summary(name + ", 5-fold", held_out(rows, folds, predictor), y)
        lpo = held_out(rows, parts, predictor)
        summary(name + ", one part out", lpo, y)
    oof = held_out(rows, folds, lambda tr, te: rates_predict(class_rates(tr, m), te))
    bands(oof, y, f"class rates out of fold, prior {m:g}")
    # what ships: the logistic model over the class and the few features, its L2 chosen on
    # log loss by the same 5 folds by article (the best-calibrated of the models above); how
    # it does on each annotated part held out in turn is printed beside it
    l2 = min(L2_GRID, key=lambda c: log_loss(held_out(rows, folds, logistic(c, FEW)), y))
    chosen = logistic(l2, FEW)
    summary(
        f"shipped: logistic, class + {len(FEW)} features, l2 {l2:g}, 5-fold",
        held_out(rows, folds, chosen),
        y,
    )
    lpo = held_out(rows, parts, chosen)
    summary(f"shipped: the same, one part out (worst part {worst_part(lpo, y, parts):.3f})", lpo, y)
    bands(held_out(rows, folds, chosen), y, f"logistic l2 {l2:g} out of fold")
    margin = choose_margin(lpo, y, parts)
    shifted = shift(lpo, margin)
    sel = shifted >= CONFIDENT
    summary(f"shipped with margin {margin:g}, one part out", shifted, y)
    print(
        f"  pooled, one part out: {int(y[sel].sum())} of {int(sel.sum())} confident right, "
        f"Wilson 90% lower bound {wilson_lower(int(y[sel].sum()), int(sel.sum())):.3f}"
        f" (the floor {FLOOR:g} {'is' if wilson_lower(int(y[sel].sum()), int(sel.sum())) >= FLOOR else 'is NOT'} reached)"
    )
    for g in sorted(set(parts)):
        sel = np.array([x == g for x in parts])
        summary(f"  part {g} left out, margin {margin:g}", shifted[sel], y[sel])
    vocab, w, b = fit_logistic(rows, l2, FEW)
    fitted = class_rates(rows, m)
    model = {
        "model": "newsprism Russian attribution confidence: logistic over the evidence class "
        "and a few features",
        "trained_on": f"our annotations of {len({r['article'] for r in rows})} NEREL v1.1 train "
        "articles with proposed attributions (the parts dev, test and fresh to fresh5 of "
        "benchmarks/data/nerel_quotes.jsonl); see docs/attribution.md",
        "l2": l2,
        "margin": margin,
        "bias": round(float(b), 4),
        "weights": {k: round(float(v), 4) for k, v in zip(vocab, w, strict=True)},
        "class_counts": dict(sorted(fitted["counts"].items())),
    }
    for k, v in sorted(model["weights"].items(), key=lambda kv: -kv[1]):
        print(f"  {k:24} {v:+.3f}")
    if not args.check:
        OUT.write_text(json.dumps(model, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
        print(f"wrote {OUT.relative_to(ROOT)}")


def shift(p: np.ndarray, margin: float) -> np.ndarray:
    """Probabilities moved down by ``margin`` on the logit scale (what ships applies it)."""
    z = np.log(np.clip(p, 1e-9, 1 - 1e-9) / np.clip(1 - p, 1e-9, 1))
    return np.asarray(1 / (1 + np.exp(-(z - margin))))


def choose_margin(lpo: np.ndarray, y: np.ndarray, parts: list[str]) -> float:
    """The margin, a rule written down before the next held-out part was scored (seventh
    round): the smallest logit shift for which the confident quotes of all parts, each part
    predicted by a model fitted on the others, are right with a Wilson 90% interval whose lower
    bound is ≥ :data:`FLOOR`.  Pooling the parts left out keeps what differs between parts (a
    new part over-claimed by 3 to 9 points three rounds running, against cross-validation
    within parts), and the bound asks for more the fewer quotes it rests on (20 of 20 right is
    not enough: lower bound 0.881), where the fifth round's "every part ≥ 90%" hung on one
    quote in parts of about twenty.  Fewer quotes shown confident is the price.

    Where no margin reaches the floor (seventh round: the pooled precision levels off at 92–93%
    whatever the shift, the wrong ones sitting in the best evidence class), the margin with the
    highest lower bound — the most that can be vouched for — rather than none shown confident
    at all; the docs and the training output say the floor was not reached.  This fallback was
    added after the first fit found no margin, before ``fresh6`` was scored again."""
    del parts  # the parts enter through ``lpo``: each row predicted with its own part left out
    best = (-1.0, MARGIN_GRID[-1])
    for m in MARGIN_GRID:
        sel = shift(lpo, m) >= CONFIDENT
        low = wilson_lower(int(y[sel].sum()), int(sel.sum()))
        if low >= FLOOR:
            return m
        if low > best[0]:
            best = (low, m)
    return best[1]


def wilson_lower(right: int, n: int, z: float = WILSON_Z) -> float:
    """The lower end of the Wilson score interval for ``right`` successes of ``n`` (0 for none)."""
    if n == 0:
        return 0.0
    p = right / n
    centre = p + z * z / (2 * n)
    spread = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n))
    return (centre - spread) / (1 + z * z / n)


def worst_part(p: np.ndarray, y: np.ndarray, parts: list[str]) -> float:
    """The lowest share right among the confident quotes of any one part."""
    shares = []
    for g in sorted(set(parts)):
        sel = (p >= CONFIDENT) & np.array([x == g for x in parts])
        if sel.any():
            shares.append(float(y[sel].mean()))
    return min(shares, default=0.0)


def fit_logistic(
    rows: list[dict[str, Any]], l2: float, keep: tuple[str, ...]
) -> tuple[list[str], np.ndarray, float]:
    kept = [
        {
            **r,
            "features": {
                k: v for k, v in r["features"].items() if k.startswith("ev=") or k in keep
            },
        }
        for r in rows
    ]
    vocab = sorted({f for r in kept for f in r["features"]})
    w, b = fit(matrix(kept, vocab), np.array([r["right"] for r in kept], float), l2)
    return vocab, w, b


if __name__ == "__main__":
    main()
