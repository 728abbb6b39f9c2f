"""Fit the tail decision of the HTML merge (issue 11, round 45) on development halves only.

Input: the files ``benchmarks/extraction_tail_keep.py`` writes (one line per ``dev-a`` page of
every development set but big9-chaos: the page's rows with the tail cut after the last block
readability confirms, kept to its last block of running text, and kept whole, and the tail's
features, :data:`newsprism.extract.tail_model.FEATURES`).

The target of a page is which reading scores higher against its gold (per-page F1, by the set's
own metric: 4-gram shingles, or snippets); each page weighs by how much the two differ, so the
model is fitted to what it gains, not to how many pages it gets right.  A logistic regression
(scikit-learn's ``lbfgs``, deterministic: the same weights from the same files) says "keep the
tail's running text" against "cut"; the merge keeps a tail when the hand-set rule of round 24
(``merge._continues``) does, or when the model passes its cut.  The script prints, for the rule
alone and for the rule with the model at each probability cut, each set's score and the sum
over sets of the change against cutting every tail, both fitted on all pages (in sample) and in
a leave-one-set-out cross-validation (each set's pages scored by a model that never saw that
set: the estimate for unseen pages).  ``--write`` prints the weights as the literal
``merge.py`` holds.

Run: ``python scripts/fit_extract_tail.py A1.jsonl A2.jsonl [--choice prose|all] [--write]``
(needs scikit-learn, a development dependency).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))
sys.path.insert(0, str(ROOT / "src"))

from extraction_sets import scores, snippet_scores  # noqa: E402

from newsprism.extract.merge import CONTINUATION_LINKS  # noqa: E402
from newsprism.extract.tail_model import FEATURES  # noqa: E402

CUTS = (0.3, 0.4, 0.5, 0.6, 0.7, 0.8)
LINK_SHARE = FEATURES.index("link share of the tail")


def page_f1(row: list[float]) -> float:
    tp, fp, fn = row[0], row[1], row[2]
    return 2 * tp / (2 * tp + fp + fn) if tp else (1.0 if fp == fn == 0 else 0.0)


def set_score(lines: list[dict[str, Any]], pick: list[str]) -> float:
    """The set's score when each page is read as ``pick`` says (its own metric)."""
    if lines[0]["snippets"]:
        return snippet_scores([tuple(line[c]) for line, c in zip(lines, pick, strict=True)])[0]
    return scores([tuple(line[c]) for line, c in zip(lines, pick, strict=True)])[0]


def load(paths: list[Path]) -> dict[str, list[dict[str, Any]]]:
    by_set: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for path in paths:
        for text in path.read_text().splitlines():
            line = json.loads(text)
            by_set[line["set"]].append(line)
    return dict(sorted(by_set.items()))


def decided(line: dict[str, Any], choice: str) -> bool:
    """The page has a tail to decide on that the model is asked about: its running text is not
    the page's links (the rule's own floor, ``merge.CONTINUATION_LINKS``, kept: teasers of other
    stories are text of links)."""
    return (
        line["features"] is not None
        and line[choice] != line["cut"]
        and line["features"][LINK_SHARE] < CONTINUATION_LINKS
    )


def fit(train: list[dict[str, Any]], choice: str) -> Any:
    from sklearn.linear_model import LogisticRegression

    x, y, w = [], [], []
    for line in train:
        if not decided(line, choice):
            continue
        gain = page_f1(line[choice]) - page_f1(line["cut"])
        if abs(gain) < 1e-9:
            continue
        x.append(line["features"])
        y.append(1 if gain > 0 else 0)
        w.append(abs(gain))
    model = LogisticRegression(C=1.0, max_iter=2000)
    model.fit(x, y, sample_weight=w)
    return model


def report(
    by_set: dict[str, list[dict[str, Any]]],
    choice: str,
    probs: dict[str, list[float]],
    title: str,
) -> None:
    print(
        f"\n{title}: score change against cutting every tail (each set by its own metric); "
        "rule: merge._continues alone; p>c: the rule's keeps and the model's above c"
    )
    header = f"{'set':<18} {'pages':>5} {'decided':>7} {'cut':>7} {'rule':>7}"
    print(header + "".join(f" {f'p>{c}':>7}" for c in CUTS))
    totals = defaultdict(float)
    for name, lines in by_set.items():
        base = set_score(lines, ["cut"] * len(lines))
        rule_pick = [
            "prose" if line["features"] is not None and line["rule"] else "cut" for line in lines
        ]
        cells = [set_score(lines, rule_pick) - base]
        for cut in CUTS:
            # the rule's own keeps stay; the model adds the tails it is confident of
            pick = [
                choice if decided(line, choice) and p > cut else rule
                for line, p, rule in zip(lines, probs[name], rule_pick, strict=True)
            ]
            cells.append(set_score(lines, pick) - base)
        n_decided = sum(1 for line in lines if decided(line, choice))
        for i, c in enumerate(cells):
            totals[i] += c
        print(
            f"{name:<18} {len(lines):5d} {n_decided:7d} {base:7.3f}"
            + "".join(f" {c:+7.4f}" for c in cells)
        )
    print(
        f"{'sum over sets':<18} {'':5} {'':7} {'':7}"
        + "".join(f" {totals[i]:+7.4f}" for i in totals)
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("dumps", type=Path, nargs="+")
    parser.add_argument("--choice", default="prose", choices=("prose", "all"))
    parser.add_argument("--write", action="store_true")
    args = parser.parse_args()
    by_set = load(args.dumps)
    every = [line for lines in by_set.values() for line in lines]
    print(
        f"{len(every)} pages, {sum(1 for line in every if decided(line, args.choice))} with a "
        f"tail to decide on ({args.choice} against cut)"
    )

    def predict(model: Any, lines: list[dict[str, Any]]) -> list[float]:
        return [
            float(model.predict_proba([line["features"]])[0][1])
            if decided(line, args.choice)
            else 0.0
            for line in lines
        ]

    model = fit(every, args.choice)
    report(by_set, args.choice, {n: predict(model, ls) for n, ls in by_set.items()}, "in sample")
    held: dict[str, list[float]] = {}
    for name, lines in by_set.items():
        rest = [line for other, ls in by_set.items() if other != name for line in ls]
        held[name] = predict(fit(rest, args.choice), lines)
    report(by_set, args.choice, held, "leave one set out")
    print("\nweights (fitted on every page):")
    for name, weight in zip(FEATURES, model.coef_[0], strict=True):
        print(f"  {name:<32} {weight:+.3f}")
    print(f"  {'bias':<32} {model.intercept_[0]:+.3f}")
    if args.write:
        weights = ", ".join(f"{w:+.3f}" for w in model.coef_[0])
        print(f"TAIL_WEIGHTS = ({weights})\nTAIL_BIAS = {model.intercept_[0]:+.3f}")


if __name__ == "__main__":
    main()
