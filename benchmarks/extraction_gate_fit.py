"""Can a learned gate skip our readability reading where it would change nothing?  Fit and
cross-validate one on the rows ``extraction_gate.py`` dumps (issue 11's speed goal, round 40).

``extraction_gate.py --out FILE --parts dev-a`` reads every page twice, with readability's
opinion and without it, and records what a gate could know before readability runs (the length,
blocks and paragraphs of trafilatura's fast pass, the share of long paragraphs, whether it reads
as prose, the page's visible words and tags, ``<article>``/``<main>``, a JSON-LD
``articleBody``) and readability's CPU time.  This script fits a classifier on those features
for "readability left the body as it was" (``same``), on the pages where readability ran (the
existing gates, :func:`newsprism.extract.html._read_alone`, ``_plain_article`` and the tag
count, already skip it elsewhere), and for each probability cut reports, with the predictions of
a cross-validation (five folds, and five folds that keep each set whole):

* the pages the gate would skip (and how many of them readability really left alone),
* the CPU time saved, as a share of extraction's over all the rows,
* the body F1 summed over the sets' own scores (each set by its own metric) and the worst set's
  change in page units (F1 change times pages: -1 is one page lost entirely).

Fit on development halves only (``dev-a``); the held-aside parts are judged by a full
``extraction.py --aside`` run of a gate that lands, never by their dumped rows.

Round 40, on 1,035 ``dev-a`` pages (readability ran on 775 and changed nothing on 342;
readability is 17 % of extraction's CPU time on them, 7.8 % on the pages it left alone, so even
a perfect gate saves at most 7.8 %): no cut pays.  The gradient-boosted model skips 7 pages at a
cut of 0.9 (0.2 % of the CPU time), 103 at 0.7 (2.4 %, body F1 summed over the sets -0.030, a
set down by 0.8 of a page); kept by set it falls sooner (-0.006 at 0.9).  Logistic regression
does no better.  The features cannot tell the pages where readability's opinion is idle from
those where it trims a byline or a related-links box.

Run: ``python benchmarks/extraction_gate_fit.py DUMP.jsonl [DUMP2.jsonl …]`` (needs
scikit-learn, a development dependency).
"""

from __future__ import annotations

import argparse
import json
import math
import sys
from collections import defaultdict
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from extraction_gate import set_score  # noqa: E402

CUTS = (0.95, 0.9, 0.85, 0.8, 0.7)


def features(row: dict[str, Any]) -> list[float]:
    """What a gate knows before readability runs (``extraction_gate.page_features`` and the
    page's tag count and JSON-LD body), scaled for a linear model too."""
    words, visible = row["words"], max(row["visible_words"], 1)
    paragraphs, blocks = row["paragraphs"], max(row["blocks"], 1)
    return [
        math.log1p(row["chars"]),
        math.log1p(words),
        math.log1p(row["blocks"]),
        math.log1p(paragraphs),
        row["long_paragraphs"] / max(paragraphs, 1),
        row["long_paragraphs"] / blocks,
        float(row["prose"]),
        min(words / visible, 1.5),
        math.log1p(row["visible_words"]),
        float(row["articles"] > 0),
        float(row["mains"] > 0),
        math.log1p(row["tags"]),
        float(row["json_ld_body_chars"] > 0),
        words / blocks / 100,
    ]


def evaluate(rows: list[dict[str, Any]], skipped: set[int]) -> tuple[float, float, float]:
    """Summed change of the sets' body F1, the worst set's change in page units, and the CPU
    share saved, when the pages whose ``id()`` is in ``skipped`` are read without readability."""
    by_set: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for row in rows:
        by_set[row["set"]].append(row)
    total = worst = 0.0
    for name, group in by_set.items():
        before = set_score(name, [r["with"] for r in group])
        after = set_score(name, [r["without"] if id(r) in skipped else r["with"] for r in group])
        total += after - before
        worst = min(worst, (after - before) * len(group))
    cpu = sum(r["cpu_with"] for r in rows)
    saved = sum(r["readability_cpu"] for r in rows if id(r) in skipped)
    return total, worst, saved / cpu if cpu else 0.0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("dumps", type=Path, nargs="+", help="extraction_gate.py --out files")
    args = parser.parse_args()
    import numpy as np
    from sklearn.ensemble import HistGradientBoostingClassifier
    from sklearn.linear_model import LogisticRegression
    from sklearn.model_selection import GroupKFold, cross_val_predict
    from sklearn.pipeline import make_pipeline
    from sklearn.preprocessing import StandardScaler

    rows = [json.loads(line) for p in args.dumps for line in p.read_text("utf-8").splitlines()]
    rows = [r for r in rows if r["part"] == "dev-a"]  # fitted on development halves only
    ran = [r for r in rows if r["readability_cpu"] > 0]
    x = np.array([features(r) for r in ran])
    y = np.array([bool(r["same"]) for r in ran])
    print(
        f"{len(rows)} dev-a pages; readability ran on {len(ran)}, changed nothing on {y.sum()}; "
        f"its share of extraction CPU {evaluate(rows, {id(r) for r in ran})[2]:.1%}, on the "
        f"pages it left alone {evaluate(rows, {id(r) for r in ran if r['same']})[2]:.1%}"
    )
    models = {
        "gradient-boosted": HistGradientBoostingClassifier(
            max_depth=3, learning_rate=0.05, max_iter=200, min_samples_leaf=20
        ),
        "logistic": make_pipeline(StandardScaler(), LogisticRegression(max_iter=3000)),
    }
    groups = [r["set"] for r in ran]
    for name, model in models.items():
        for split, cv in (("5 folds", 5), ("by set", GroupKFold(n_splits=5))):
            kept_whole = groups if split == "by set" else None
            proba = cross_val_predict(model, x, y, cv=cv, groups=kept_whole, method="predict_proba")
            for cut in CUTS:
                skip = proba[:, 1] >= cut
                chosen = {id(r) for r, s in zip(ran, skip, strict=True) if s}
                total, worst, saved = evaluate(rows, chosen)
                print(
                    f"{name:<16} {split:<7} cut {cut:.2f}: skips {skip.sum():4d} "
                    f"(left alone {int((y & skip).sum()):4d}), saves {saved:5.1%}, "
                    f"F1 summed {total:+.4f}, worst set {worst:+.2f} pages"
                )


if __name__ == "__main__":
    main()
