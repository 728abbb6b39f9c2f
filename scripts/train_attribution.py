"""Train the English attribution scorer on PolNeAR train; check it on dev.

    PYTHONPATH=src nice python scripts/train_attribution.py            # collect, train, write
    PYTHONPATH=src nice python scripts/train_attribution.py --check    # dev figures only

1. *Collect*: the rules run over every article of a split; each quote they propose gets the
   features of :func:`newsprism.attribution.scorer.features` and two labels from PolNeAR's gold
   (the matching of ``benchmarks/quotes_en.py``): its content matches a gold attribution, and
   its source is right.  Cached under ``build/attribution/<split>.jsonl`` (rebuilt when the
   source files change: delete the folder).
2. *Select*: logistic regression (numpy, Newton's method, L2).  The L2 strength is chosen by
   5-fold cross-validation *within train*, folds by article, on log loss.
3. *Fit* on all of train and write ``src/newsprism/data/attribution-scorer-en.json``.
4. *Check* on dev (never used for any choice above): calibration per band, precision of the
   confident ones, F1 with and without the scorer's drop.

Deterministic: fixed fold assignment (sorted article names), no randomness in the fit.
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

import quotes_en as bench  # noqa: E402  (benchmarks/quotes_en.py: loader and matching)

from newsprism.attribution import scorer  # noqa: E402
from newsprism.attribution.confidence import CONFIDENT  # noqa: E402

CACHE = ROOT / "build" / "attribution"
OUT = ROOT / "src" / "newsprism" / "data" / scorer.MODEL_FILE
HEADS = ("content", "speaker", "confidence")
#: a cue word needs this many training quotes to get a weight of its own
MIN_CUE = 15
L2_GRID = (1.0, 3.0, 10.0)
FOLDS = 5


def collect(split: str, limit: int | None) -> list[dict[str, Any]]:
    path = CACHE / f"{split}.jsonl"
    if path.exists() and limit is None:
        return [json.loads(line) for line in path.read_text().splitlines()]
    from newsprism.attribution.stage import analyse_article

    rows = []
    items = bench.load(split, limit)
    for n, (name, text, gold) in enumerate(items):
        article = bench.segmented(text)
        result = analyse_article(article)
        assert result is not None
        analysis, speakers, quotes = result
        by_id = {s.id: s for s in speakers}
        preds = []
        for q in quotes:
            sp = by_id.get(q.speaker) if q.speaker is not None else None
            preds.append(
                bench.Attribution(
                    content=[(q.start, q.end)],
                    source=[(q.source_start, q.source_end)]
                    if q.source_start is not None and q.source_end is not None
                    else [],
                    speaker_spans=[(m.start, m.end) for m in sp.mentions] if sp else [],
                    speaker_names={x.lower() for x in (sp.name, *sp.aliases)} if sp else set(),
                )
            )
        pairs = {id(p): g for p, g in bench.match(text, preds, gold, mode="overlap")}
        for found, q, p in zip(analysis.found, quotes, preds, strict=True):
            sp = by_id.get(q.speaker) if q.speaker is not None else None
            g = pairs.get(id(p))
            rows.append(
                {
                    "article": name,
                    "cue": scorer.cue_word(text, found),
                    "features": scorer.features(text, found, q, sp, analysis, frozenset()),
                    "content": int(g is not None),
                    "speaker": int(g is not None and bench.source_ok(text, p, g)),
                }
            )
        if n % 50 == 0:
            print(f"  {split}: {n}/{len(items)} articles", file=sys.stderr)
    if limit is None:
        CACHE.mkdir(parents=True, exist_ok=True)
        path.write_text("".join(json.dumps(r) + "\n" for r in rows))
    return rows


def featurise(row: dict[str, Any], cues: frozenset[str]) -> dict[str, float]:
    feats = dict(row["features"])
    feats.pop("cue=<rare>", None)
    feats[f"cue={row['cue'] if row['cue'] in cues else '<rare>'}"] = 1.0
    return feats


def matrix(rows: list[dict[str, Any]], cues: frozenset[str], vocab: list[str]) -> np.ndarray:
    index = {k: i for i, k in enumerate(vocab)}
    x = np.zeros((len(rows), len(vocab)))
    for r, row in enumerate(rows):
        for k, v in featurise(row, cues).items():
            if k in index:
                x[r, index[k]] = v
    return x


def fit(x: np.ndarray, y: np.ndarray, l2: float) -> tuple[np.ndarray, float]:
    """L2-regularised logistic regression by Newton's method (the bias is not penalised)."""
    n, d = x.shape
    xb = np.hstack([x, np.ones((n, 1))])
    w = np.zeros(d + 1)
    reg = np.full(d + 1, l2)
    reg[-1] = 0.0
    for _ in range(25):
        p = 1 / (1 + np.exp(-np.clip(xb @ w, -30, 30)))
        grad = xb.T @ (p - y) + reg * w
        hess = (xb * (p * (1 - p))[:, None]).T @ xb + np.diag(reg + 1e-9)
        step = np.linalg.solve(hess, grad)
        w -= step
        if np.abs(step).max() < 1e-5:
            break
    return w[:-1], float(w[-1])


def predict(x: np.ndarray, w: np.ndarray, b: float) -> np.ndarray:
    return 1 / (1 + np.exp(-np.clip(x @ w + b, -30, 30)))


def log_loss(p: np.ndarray, y: np.ndarray) -> float:
    p = np.clip(p, 1e-6, 1 - 1e-6)
    return float(-np.mean(y * np.log(p) + (1 - y) * np.log(1 - p)))


def labels(rows: list[dict[str, Any]], head: str) -> np.ndarray:
    if head == "confidence":
        return np.array([r["speaker"] for r in rows], dtype=float)
    return np.array([r[head] for r in rows], dtype=float)


def head_rows(rows: list[dict[str, Any]], head: str) -> list[dict[str, Any]]:
    """The speaker head learns from real quotes only (its probability is conditional)."""
    return [r for r in rows if r["content"]] if head == "speaker" else rows


def vocabulary(rows: list[dict[str, Any]]) -> tuple[frozenset[str], list[str]]:
    counts: dict[str, int] = {}
    for r in rows:
        counts[r["cue"]] = counts.get(r["cue"], 0) + 1
    cues = frozenset(c for c, n in counts.items() if n >= MIN_CUE and c != "<none>")
    vocab = sorted({k for r in rows for k in featurise(r, cues)})
    return cues, vocab


def cross_validate(
    rows: list[dict[str, Any]],
) -> tuple[dict[str, float], dict[str, np.ndarray]]:
    """Per head the L2 strength with the lowest out-of-fold log loss, and each head's
    out-of-fold probabilities at that strength (to choose the thresholds)."""
    articles = sorted({r["article"] for r in rows})
    fold_of = {a: i % FOLDS for i, a in enumerate(articles)}
    folds = []
    for k in range(FOLDS):
        train = [r for r in rows if fold_of[r["article"]] != k]
        test_idx = np.array([i for i, r in enumerate(rows) if fold_of[r["article"]] == k])
        cues, vocab = vocabulary(train)
        folds.append((train, test_idx, matrix(train, cues, vocab), matrix(rows, cues, vocab)))
    chosen: dict[str, float] = {}
    oofs: dict[str, np.ndarray] = {}
    y_all = {h: labels(rows, h) for h in HEADS}
    real = np.array([r["content"] == 1 for r in rows])
    for head in HEADS:
        best = (math.inf, L2_GRID[0], np.zeros(len(rows)))
        for l2 in L2_GRID:
            oof = np.zeros(len(rows))
            for train, test_idx, x_train, x_all in folds:
                keep = np.array([r["content"] == 1 for r in train]) if head == "speaker" else None
                xt = x_train[keep] if keep is not None else x_train
                yt = labels(train, head)[keep] if keep is not None else labels(train, head)
                w, b = fit(xt, yt, l2)
                oof[test_idx] = predict(x_all[test_idx], w, b)
            mask = real if head == "speaker" else np.ones(len(rows), dtype=bool)
            loss = log_loss(oof[mask], y_all[head][mask])
            print(f"  cv {head:10} l2={l2:<5} log loss {loss:.4f}", flush=True)
            if loss < best[0]:
                best = (loss, l2, oof)
        chosen[head] = best[1]
        oofs[head] = best[2]
    return chosen, oofs


def train(rows: list[dict[str, Any]], l2: dict[str, float]) -> dict[str, Any]:
    cues, vocab = vocabulary(rows)
    heads = {}
    for head in HEADS:
        hr = head_rows(rows, head)
        w, b = fit(matrix(hr, cues, vocab), labels(hr, head), l2[head])
        heads[head] = {
            "bias": round(b, 5),
            "weights": {k: round(float(v), 5) for k, v in zip(vocab, w, strict=True) if v},
            "l2": l2[head],
        }
    return {
        "model": "newsprism English attribution scorer",
        "trained_on": "PolNeAR train (840 articles); see docs/attribution-model.md",
        "cues": sorted(cues),
        "heads": heads,
    }


def bands(p: np.ndarray, y: np.ndarray, title: str) -> None:
    print(f"  calibration, {title}: band  n  mean-confidence  share-right")
    edges = [0.0, 0.2, 0.4, 0.6, 0.75, 0.9, 1.0001]
    for lo, hi in zip(edges, edges[1:], strict=False):
        sel = (p >= lo) & (p < hi)
        if sel.any():
            print(
                f"    {lo:.2f}-{min(hi, 1):.2f} {int(sel.sum()):6} {p[sel].mean():8.3f} {y[sel].mean():8.3f}"
            )


def confident_threshold(p: np.ndarray, y: np.ndarray, target: float = 0.9) -> float:
    """The lowest threshold (step 0.05) at which the out-of-fold precision clears ``target``
    with a margin of one standard error."""
    for t in np.arange(0.3, 0.96, 0.05):
        sel = p >= t
        if sel.sum() < 50:
            continue
        prec = y[sel].mean()
        se = math.sqrt(prec * (1 - prec) / sel.sum())
        if prec - se >= target:
            return round(float(t), 2)
    return 0.95


def gold_count(split: str) -> int:
    return sum(len(g) for _, _, g in bench.load(split, None))


def content_f1(p: np.ndarray, y: np.ndarray, n_gold: int, drop: float) -> tuple[float, float]:
    """Content F1 and source F1 when quotes with ``content`` probability below ``drop`` go."""
    keep = p >= drop
    tp = y[keep].sum()
    return 2 * tp / (keep.sum() + n_gold), float(keep.mean())


def drop_threshold(p: np.ndarray, y: np.ndarray, n_gold: int) -> float:
    """The ``content`` probability below which dropping a quote raises content F1 most, on
    out-of-fold train predictions (0 when dropping does not help)."""
    best = (content_f1(p, y, n_gold, 0.0)[0], 0.0)
    print(f"  train out of fold content F1, rules alone: {100 * best[0]:.1f}")
    for t in np.arange(0.05, 0.6, 0.05):
        f1, kept = content_f1(p, y, n_gold, float(t))
        print(f"    drop below {t:.2f}: content F1 {100 * f1:.1f} (kept {100 * kept:.0f}%)")
        if f1 > best[0] + 0.001:
            best = (f1, round(float(t), 2))
    return best[1]


def check(model: dict[str, Any], rows: list[dict[str, Any]], title: str) -> None:
    m = scorer.from_json(model)
    content = np.array([m.heads["content"].probability(featurise(r, m.cues)) for r in rows])
    n_gold = gold_count("dev") if title == "dev" else 0
    if n_gold:
        yc = labels(rows, "content")
        ys = labels(rows, "confidence")
        keep = content >= m.drop_below
        for name, sel in (
            ("rules alone", np.ones(len(rows), dtype=bool)),
            ("rules + scorer", keep),
        ):
            f1c = 2 * yc[sel].sum() / (sel.sum() + n_gold)
            f1s = 2 * ys[sel].sum() / (sel.sum() + n_gold)
            print(
                f"  {title} {name:15} (drop below {m.drop_below if sel is keep else 0}): "
                f"content F1 {100 * f1c:.1f}, source F1 {100 * f1s:.1f}, quotes {int(sel.sum())}"
            )
    conf = np.array([m.heads["confidence"].probability(featurise(r, m.cues)) for r in rows])
    y = labels(rows, "confidence")
    bands(conf, y, title)
    sel = conf >= CONFIDENT
    print(
        f"  {title}: confident (≥ {CONFIDENT}) {int(sel.sum())} of {len(rows)} quotes "
        f"({100 * sel.mean():.1f}%), source right among them {100 * y[sel].mean():.1f}%; "
        f"log loss {log_loss(conf, y):.4f} (constant {log_loss(np.full_like(y, y.mean()), y):.4f})"
    )
    real = [r for r in rows if r["content"]]
    sp = np.array([m.heads["speaker"].probability(featurise(r, m.cues)) for r in real])
    bands(sp, labels(real, "speaker"), title + ", speaker head on real quotes")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument(
        "--check", action="store_true", help="only the dev figures of the shipped model"
    )
    ap.add_argument("--limit", type=int, default=None)
    args = ap.parse_args()
    dev = collect("dev", args.limit)
    if args.check:
        check(json.loads(OUT.read_text()), dev, "dev")
        return
    rows = collect("train", args.limit)
    print(f"train: {len(rows)} proposed quotes; dev: {len(dev)}")
    l2, oofs = cross_validate(rows)
    y = labels(rows, "confidence")
    bands(oofs["confidence"], y, "train, out of fold")
    print(
        f"  threshold for ≥ 90% out-of-fold precision: {confident_threshold(oofs['confidence'], y)}"
    )
    n_gold = gold_count("train")
    drop = drop_threshold(oofs["content"], labels(rows, "content"), n_gold)
    model = train(rows, l2)
    model["drop_below"] = drop
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(json.dumps(model, indent=1, sort_keys=True) + "\n")
    print(f"wrote {OUT.relative_to(ROOT)} ({OUT.stat().st_size} bytes)")
    check(model, dev, "dev")


if __name__ == "__main__":
    main()
