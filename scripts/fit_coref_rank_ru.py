"""Fit the Russian antecedent ranker (:mod:`newsprism.attribution.coref_rank_ru`) on half A.

    PYTHONPATH=src python scripts/fit_coref_rank_ru.py           # fit, print, write nothing
    PYTHONPATH=src python scripts/fit_coref_rank_ru.py --write   # and write the weights

Runs the analysis over half A of the Russian development data (``benchmarks/quotes_nerel.py``:
``DEV_HALVES``, ``dev_half`` even, ``fit_rows_allowed`` — never half B, the held-out part or a
part scored only this session) with the ranker recording instead of choosing, so each record is
a decision the rules made: the people named before a Russian pronoun or description, their
features and the rules' choice.  A decision joins the fit when the attribution it speaks for
matches a gold one with a speaker and one candidate is that speaker (a mention of theirs named
before the source — not the source words of another attribution, which the rules may have
merged wrongly — overlaps one of the gold speaker's mentions).  The model is a conditional logit
(a softmax over each decision's candidates) on standardised features with an L2 penalty, fitted
by gradient descent; five folds by article print how often it and the rules pick the gold
speaker on articles it was not fitted on.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
import quotes_nerel as bench  # noqa: E402
from ranker_fit import conditional_logit, fold, write_tuples  # noqa: E402

from newsprism.attribution import coref_rank_ru  # noqa: E402

L2 = 1.0
#: the margins printed out of fold (``coref_rank_ru.MARGIN`` is chosen from them)
MARGINS = (0.0, 0.25, 0.5, 0.75, 1.0, 1.5, 2.0)
TARGET = Path(__file__).resolve().parents[1] / "src/newsprism/attribution/coref_rank_ru.py"


def collect() -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = []
    for doc in bench.fit_documents():  # half A, never a held-out or scored-only part
        coref_rank_ru.RECORD = []
        article = bench.analyse(doc.text)
        records, coref_rank_ru.RECORD = coref_rank_ru.RECORD, None
        preds = bench.newsprism_preds(article)
        matched = {j: i for i, j in bench.match(doc.text, doc.quotes, preds).items()}
        sources = {
            (q.source_start, q.source_end) for q in article.quotes if q.source_start is not None
        }
        by_source = {
            q.source_start: j for j, q in enumerate(article.quotes) if q.source_start is not None
        }
        for rec in records:
            j = by_source.get(rec["start"])
            gold = doc.quotes[matched[j]] if j is not None and j in matched else None
            if gold is None or not gold.speaker:
                continue
            spans = [s for s in gold.speaker if not (s[0] < rec["end"] and rec["start"] < s[1])]
            labels = [
                any(
                    bench._overlap(m, s) for m in mentions if tuple(m) not in sources for s in spans
                )
                for mentions in rec["mentions"]
            ]
            if any(labels):
                rows.append(
                    {
                        "doc": doc.name,
                        "x": np.array(rec["features"], dtype=float),
                        "y": np.array(labels, dtype=float),
                        "current": rec["current"],
                    }
                )
    return rows


def fit(rows: list[dict[str, Any]]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    return conditional_logit(rows, L2, unscaled_constants=False)


def picks(model: tuple[np.ndarray, np.ndarray, np.ndarray], r: dict[str, Any]) -> int:
    w, mean, scale = model
    return int(np.argmax(((r["x"] - mean) / scale) @ w))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--write", action="store_true", help="write the weights into the module")
    args = ap.parse_args()
    rows = collect()
    rules = sum(r["y"][r["current"]] for r in rows)
    held = 0.0
    margins = dict.fromkeys(MARGINS, 0.0)
    for k in range(5):
        model = fit([r for r in rows if fold(r["doc"]) != k])
        held += sum(r["y"][picks(model, r)] for r in rows if fold(r["doc"]) == k)
        for r in rows:
            if fold(r["doc"]) == k:
                w, mean, scale = model
                s = ((r["x"] - mean) / scale) @ w
                best = int(np.argmax(s))
                for tau in MARGINS:
                    pick = best if s[best] - s[r["current"]] > tau else r["current"]
                    margins[tau] += r["y"][pick]
    model = fit(rows)
    inside = sum(r["y"][picks(model, r)] for r in rows)
    print(
        f"{len(rows)} decisions of half A with the gold speaker among the candidates: the rules "
        f"pick it {int(rules)}, the ranker {int(held)} out of fold ({int(inside)} fitted on all)"
    )
    print("  out of fold, the ranker replacing the rules' choice only when it scores higher by:")
    for tau, right in margins.items():
        print(f"    {tau:4.2f}: {int(right)} right")
    w, mean, scale = model
    for name, wi in zip(coref_rank_ru.FEATURES, w, strict=True):
        print(f"  {name:20} {wi:+.3f}")
    if args.write:
        write_tuples(TARGET, {"WEIGHTS": w, "MEANS": mean, "SCALES": scale})
        print(f"written: {TARGET}")


if __name__ == "__main__":
    main()
