"""Where the English attribution stage loses content F1 on PolNeAR train, out of fold.

    OPENBLAS_NUM_THREADS=1 PYTHONPATH=src nice python benchmarks/quotes_en_losses.py [--limit N]

Each train article is read by the whole stage with the span tagger of the cross-validation fold
it was not fitted on (``build/attribution/tagger-fold<k>.json``, written by
``scripts/train_attribution.py --tagger-folds 0,1``; the cue finder, the source ranker and the
scorer are the shipped ones, fitted on all of train, so their share is slightly optimistic).
Parses come from the training script's cache.  Train only: dev and test are never read here.

Every gold attribution the one-to-one matching of ``quotes_en.py`` leaves unmatched is put in
one class:

* **not found** — no prediction shares a word with its content;
* **too short** — the prediction sharing most words with it holds under 30% of its words, and
  the predictions touching it do not cover 30% together;
* **split** — the predictions touching it cover 30% of its words together, none alone;
* **too long** — a prediction holds ≥ 30% of its words, but those are under 30% of the
  prediction's own words;
* **taken** — a prediction would match it, but the matching gave that prediction to another
  gold attribution (nested or repeated contents).

and every unmatched prediction in one of: overlapping an unmatched gold (its other side),
overlapping only matched golds, overlapping no gold at all.  For "not found", also whether its
cue's sentence was parsed (the pre-filter of ``select_en.py``) and which found a cue there.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections import Counter
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
# the code measured is this tree's, unless PYTHONPATH names another (a "before" run of a base
# worktree's src with this benchmark and this tree's data)
if not os.environ.get("PYTHONPATH"):
    sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "benchmarks"))
sys.path.insert(0, str(ROOT / "scripts"))

import quotes_en as bench  # noqa: E402
import train_attribution as ta  # noqa: E402

from newsprism.attribution import tagger_en  # noqa: E402


def classify(
    text: str,
    preds: list[bench.Attribution],
    gold: list[bench.Attribution],
    sentences: list[tuple[int, int]] | None = None,
) -> Any:
    pairs = bench.match(text, preds, gold, mode="overlap")
    matched_g = {id(g) for _, g in pairs}
    matched_p = {id(p) for p, _ in pairs}
    pw = [bench.words(text, p.content) for p in preds]
    out = []
    for g in gold:
        if id(g) in matched_g:
            out.append(("matched", g))
            continue
        gw = bench.words(text, g.content)
        if not gw:
            out.append(("empty gold", g))
            continue
        touching = [(len(gw & w), len(w), p) for w, p in zip(pw, preds, strict=True) if gw & w]
        if not touching:
            cls = "not found"
            if sentences is not None:
                # whether something else was found in its sentence (the tagger reads only the
                # sentences where the rules read nothing)
                a = g.content[0][0]
                here = [(x, y) for x, y in sentences if x <= a < y]
                busy = here and any(
                    p.content[0][0] < here[0][1] and p.content[0][1] > here[0][0] for p in preds
                )
                cls += ", sentence holds another" if busy else ", sentence holds none"
            out.append((cls, g))
            continue
        would = [t for t in touching if t[0] >= 0.3 * len(gw) and t[0] >= 0.3 * t[1] and t[1] > 0]
        if would:
            out.append(("taken", g))
            continue
        best = max(touching, key=lambda t: t[0])
        covered = len(gw & frozenset().union(*(pw[preds.index(t[2])] for t in touching)))
        if best[0] >= 0.3 * len(gw):
            out.append(("too long", g))
        elif covered >= 0.3 * len(gw) and len(touching) > 1:
            out.append(("split", g))
        else:
            out.append(("too short", g))
    gold_words = [(bench.words(text, g.content), id(g) in matched_g) for g in gold]
    fps = []
    for p, w in zip(preds, pw, strict=True):
        if id(p) in matched_p:
            continue
        if any(w & gw and not m for gw, m in gold_words):
            fps.append("overlaps an unmatched gold")
        elif any(w & gw for gw, _ in gold_words):
            fps.append("overlaps matched golds only")
        else:
            fps.append("overlaps no gold")
    return out, [
        (f, p) for f, p in zip(fps, (p for p in preds if id(p) not in matched_p), strict=True)
    ]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--limit", type=int, default=None)
    ap.add_argument("--examples", type=int, default=0, help="print N examples per class")
    args = ap.parse_args()
    from newsprism.attribution.stage import analyse_article

    parser = ta.use_cached_parser("train")
    folds = ta._tagger_folds()
    if folds is None:
        sys.exit("no tagger fold models: run scripts/train_attribution.py --tagger-folds 0,1")
    gold_classes: Counter[str] = Counter()
    fp_classes: Counter[str] = Counter()
    found_by: Counter[str] = Counter()
    examples: dict[str, list[str]] = {}
    cue_words: dict[str, Counter[str]] = {}
    fp_by: Counter[str] = Counter()
    fp_cues: dict[str, Counter[str]] = {}
    n_pred = 0
    for n, (_, text, gold) in enumerate(bench.load("train", args.limit)):
        tagger_en.load = ta._constant(folds[n % ta.TAGGER_FOLDS])
        article = bench.segmented(text)
        result = analyse_article(article)
        assert result is not None
        analysis, _, quotes = result
        preds = [bench.Attribution(content=[(q.start, q.end)]) for q in quotes]
        n_pred += len(preds)
        for f in analysis.found:
            found_by["tagger" if f.tagged else "cue finder" if f.learned else "rules"] += 1
        sentences = [(x.start, x.end) for x in article.sentences]
        classes, fps = classify(text, preds, gold, sentences)
        for cls, g in classes:
            gold_classes[cls] += 1
            cue_words.setdefault(cls, Counter())[" ".join(text[a:b] for a, b in g.cue).lower()] += 1
            if cls != "matched" and len(examples.setdefault(cls, [])) < args.examples:
                near = [
                    text[p.content[0][0] : p.content[0][1]]
                    for p in preds
                    if bench.words(text, p.content) & bench.words(text, g.content)
                ]
                examples[cls].append(
                    f"GOLD {' | '.join(text[a:b] for a, b in g.content)!r}\n"
                    f"   cue {' '.join(text[a:b] for a, b in g.cue)!r} PRED {near!r}"
                )
        by_pred = {id(p): f for p, f in zip(preds, analysis.found, strict=True)}
        for cls, p in fps:
            fp_classes[cls] += 1
            f = by_pred[id(p)]
            who = "tagger" if f.tagged else "cue finder" if f.learned else "rules"
            fp_by[f"{cls}, {who}"] += 1
            cue = text[f.cue[0] : f.cue[1]].lower() if f.cue else "-"
            fp_cues.setdefault(f"{cls}, {who}", Counter())[f"{cue} ({f.kind})"] += 1
    tagger_en.load = ta.shipped_tagger
    parser.save()
    n_gold = sum(gold_classes.values())
    print(f"PolNeAR train, out of fold: {n_gold} gold attributions, {n_pred} predicted")
    tp = gold_classes["matched"]
    p, r = tp / max(1, n_pred), tp / max(1, n_gold)
    print(f"content P / R / F1 {100 * p:.1f} / {100 * r:.1f} / {200 * p * r / (p + r):.1f}")
    print(f"found by: {dict(found_by)}")
    for cls, k in gold_classes.most_common():
        print(f"  gold {cls:12} {k:6} {100 * k / n_gold:5.1f}%")
    for cls, k in fp_classes.most_common():
        print(f"  predicted, unmatched, {cls:28} {k:6} {100 * k / max(1, n_pred):5.1f}%")
    for cls, k in fp_by.most_common():
        print(f"  predicted, unmatched, {cls:40} {k:6}  {fp_cues[cls].most_common(8)}")
    for cls, counts in cue_words.items():
        if cls != "matched":
            print(f"  cues of '{cls}': {counts.most_common(12)}")
    for cls, items in examples.items():
        print(f"\n== {cls}")
        for e in items:
            print(" ", e)


if __name__ == "__main__":
    main()
