"""Fit the English antecedent ranker (:mod:`newsprism.attribution.coref_rank_en`) on half A.

    PYTHONPATH=src python scripts/fit_coref_rank_en.py           # fit, print, write nothing
    PYTHONPATH=src python scripts/fit_coref_rank_en.py --write   # and write the weights

Runs the analysis over half A of the translated-style English development articles
(``benchmarks/speakers_mt_en.py``: ``PARTS["A"]`` without the part scored only this session,
``SCORED_ONLY``, and the held-out part, ``HELD_OUT`` — never half B) with the ranker recording
instead of choosing, so each record is a decision the rules made: the people they admitted for
an English pronoun (``coref_rank_en.KINDS``), their features and the rules' choice.  A decision
joins the fit when a found quote whose source words are that pronoun holds the phrase of
an expected attribution whose speaker is one of the article's people, and one candidate is that
person (one of the candidate's names holds one of the person's spellings, as the benchmark's
one-speaker-per-person count reads them).  The model is a conditional logit (a softmax over each
decision's candidates) on standardised features with an L2 penalty, fitted by gradient descent
from zero (the same weights from the same data); five folds by article print how often it and
the rules pick the gold speaker on articles it was not fitted on, and at which margin over the
rules' choice replacing it does best (``coref_rank_en.MARGIN`` is chosen from them).  Forty-second
session: 57 decisions of 141 articles; the rules pick the gold person in 51, the ranker out of
fold in 50-51 at margins 0-1.5 and 52 at 2.0 (``MARGIN = 2.0``).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
import speakers_mt_en as mt  # noqa: E402
from ranker_fit import conditional_logit, fold, write_tuples  # noqa: E402

from newsprism.attribution import coref_rank_en  # noqa: E402

L2 = 1.0
#: the margins printed out of fold
MARGINS = (0.0, 0.25, 0.5, 0.75, 1.0, 1.5, 2.0)
TARGET = Path(__file__).resolve().parents[1] / "src/newsprism/attribution/coref_rank_en.py"


def fit_articles() -> list[str]:
    """Half A without the scored-only and held-out parts: what the ranker may be fitted on."""
    unread = {n for p in (*mt.SCORED_ONLY, *mt.HELD_OUT) for n in mt.PARTS[p]}
    return [n for n in mt.PARTS["A"] if n not in unread]


def collect() -> list[dict[str, Any]]:
    from newsprism.attribution.stage import article_from_text
    from newsprism.pipeline import Pipeline

    pipe = Pipeline(["segment", "attribution"], strict=True)
    rows: list[dict[str, Any]] = []
    for name in fit_articles():
        text = (mt.DATA / f"{name}.txt").read_text(encoding="utf-8")
        gold = json.loads((mt.DATA / f"{name}.expected.json").read_text(encoding="utf-8"))
        coref_rank_en.RECORD = []
        article = pipe(article_from_text(text, "en"))
        records, coref_rank_en.RECORD = coref_rank_en.RECORD, None
        # the last record of each source words (a source may be read more than once)
        by_start = {r["start"]: r for r in records}
        for start, rec in sorted(by_start.items()):
            if rec["kind"] not in coref_rank_en.KINDS or rec["current"] < 0:
                continue
            quotes = [q for q in article.quotes if q.source_start == start]
            person = None
            for w in gold["quotes"]:
                if "speaker" not in w or "relayed_by" in w:
                    continue
                if not any(w["contains"] in q.text for q in quotes):
                    continue
                person = next(
                    (
                        p
                        for p in gold.get("people", [])
                        if any(mt.words_in(w["speaker"], v) for v in (p["name"], *p["variants"]))
                    ),
                    None,
                )
                break
            if person is None:
                continue
            spellings = (person["name"], *person["variants"])
            labels = [
                any(mt.words_in(v, n) for v in spellings for n in names) for names in rec["names"]
            ]
            if any(labels):
                rows.append(
                    {
                        "doc": name,
                        "x": np.array(rec["features"], dtype=float),
                        "y": np.array(labels, dtype=float),
                        "current": rec["current"],
                    }
                )
    return rows


def fit(rows: list[dict[str, Any]]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    return conditional_logit(rows, L2, unscaled_constants=True)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--write", action="store_true", help="write the weights into the module")
    args = ap.parse_args()
    rows = collect()
    rules = sum(r["y"][r["current"]] for r in rows)
    margins = dict.fromkeys(MARGINS, 0.0)
    for k in range(5):
        w, mean, scale = fit([r for r in rows if fold(r["doc"]) != k])
        for r in rows:
            if fold(r["doc"]) == k:
                s = ((r["x"] - mean) / scale) @ w
                best = int(np.argmax(s))
                for tau in MARGINS:
                    pick = best if s[best] - s[r["current"]] > tau else r["current"]
                    margins[tau] += r["y"][pick]
    w, mean, scale = fit(rows)
    inside = sum(r["y"][int(np.argmax(((r["x"] - mean) / scale) @ w))] for r in rows)
    print(
        f"{len(rows)} decisions of half A ({len(fit_articles())} articles) with the gold speaker "
        f"among the candidates: the rules pick it {int(rules)} ({int(inside)} by the ranker "
        "fitted on all)"
    )
    print("  out of fold, the ranker replacing the rules' choice only when it scores higher by:")
    for tau, right in margins.items():
        print(f"    {tau:4.2f}: {int(right)} right")
    for fname, wi in zip(coref_rank_en.FEATURES, w, strict=True):
        print(f"  {fname:20} {wi:+.3f}")
    if args.write:
        write_tuples(TARGET, {"WEIGHTS": w, "MEANS": mean, "SCALES": scale})
        print(f"written: {TARGET}")


if __name__ == "__main__":
    main()
