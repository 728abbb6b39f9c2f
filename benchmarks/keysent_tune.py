"""Tune the importance blend weights on the keysent dev sets, and show how well they hold out.

    nice python benchmarks/keysent_tune.py --language ru            # tune, print the weights
    nice python benchmarks/keysent_tune.py --language ru --folds 2  # tune on half, score the rest

This is how ``scorer.WEIGHTS`` were set, per language (English on CNN/DM and XSum, Russian on
Gazeta and RBC): coordinate ascent over the ~20 blend weights and the MMR trade-off, starting
from the shipped ones, maximising the worse of the two margins — newsprism's ROUGE-1 over Lead-3
on the set with a lead (CNN/DM, Gazeta) and over LexRank on the one without (XSum, RBC), each
minus the 1.0 the issue asks for — plus a quarter of their mean.  Only these numbers are fitted; nothing
learns from the texts.  ``--folds 2`` tunes on even-numbered articles and scores odd ones (and
the other way round), starting from the hand-set weights rather than the shipped ones, to show
how much of the margin is fitted to the dev sets.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from keysent import SETS, load, sumy_picker  # noqa: E402

from newsprism.importance import scorer  # noqa: E402
from newsprism.importance.encoder import encoders  # noqa: E402
from newsprism.sentences import split  # noqa: E402

_TOKEN = re.compile(r"\w+")
#: which baseline each set's margin is taken over
BASELINE = {"cnndm": "lead3", "gazeta": "lead3", "xsum": "lexrank", "rbc": "lexrank"}
STEPS = (-0.8, -0.4, -0.2, -0.1, 0.1, 0.2, 0.4, 0.8)
#: the hand-set weights tuning first started from; ``--folds 2`` starts here too, so that the
#: held-out half has not been seen through the shipped weights
HAND_START = {
    "lead": 1.0, "pos_fast": 1.0, "pos_slow": 0.5, "centrality": 1.0, "forward": 0.5,
    "lead_strength": 0.5, "title": 0.5, "figures": 0.45, "event": 0.1, "question": -1.0,
    "quoted": -0.3, "attributed": -0.3, "boilerplate": -2.0, "short": -0.5, "long": -0.2,
}  # fmt: skip


def rouge1(ref: Counter[str], sents: Sequence[Counter[str]], picked: Sequence[int]) -> float:
    """ROUGE-1 F1 with the benchmark's tokens (equal to rouge-score's with that tokenizer)."""
    got: Counter[str] = Counter()
    for i in picked:
        got.update(sents[i])
    overlap = sum((got & ref).values())
    if not overlap:
        return 0.0
    p, r = overlap / sum(got.values()), overlap / sum(ref.values())
    return 2 * p * r / (p + r)


def prepare(language: str, limit: int | None) -> dict[str, list[dict[str, Any]]]:
    lexrank = sumy_picker("lexrank")
    data: dict[str, list[dict[str, Any]]] = {}
    for name, lang in SETS.items():
        if lang != language:
            continue
        items = []
        for row in load(name, limit):
            sents = [row["text"][a:b] for a, b in split(row["text"], lang)]
            vectors, title = encoders.get("lexical").encode(sents, row.get("title"), lang)
            features, sim = scorer.feature_matrix(sents, vectors, title, lang)
            toks = [Counter(_TOKEN.findall(s.lower())) for s in sents]
            ref = Counter(_TOKEN.findall(row["summary"].lower()))
            base = [0, 1, 2] if BASELINE[name] == "lead3" else lexrank(sents, row, lang, 3)
            items.append(
                {"F": features, "S": sim, "toks": toks, "ref": ref, "base": rouge1(ref, toks, base)}
            )
        data[name] = items
    return data


def evaluate(
    data: dict[str, list[dict[str, Any]]], weights: dict[str, float], redundancy: float
) -> dict[str, float]:
    """Per set: mean ROUGE-1 F1 of newsprism's 3 sentences minus the baseline's (points)."""
    out = {}
    for name, items in data.items():
        total = 0.0
        for it in items:
            raw = scorer.blend(it["F"], weights)
            low, high = float(raw.min()), float(raw.max())
            score = (raw - low) / (high - low) if high > low else raw
            lead = scorer.lead_index(it["F"])
            picked = scorer.select(score, it["S"], 3, redundancy=redundancy, first=lead)
            total += rouge1(it["ref"], it["toks"], picked) - it["base"]
        out[name] = 100 * total / max(1, len(items))
    return out


def objective(margins: dict[str, float]) -> float:
    gaps = [m - 1.0 for m in margins.values()]
    return min(gaps) + 0.25 * sum(gaps) / len(gaps)


def tune(
    data: dict[str, list[dict[str, Any]]], language: str, rounds: int, *, fresh: bool = False
) -> tuple[dict[str, float], float, dict[str, float]]:
    start, redundancy = scorer.weights_for(language)
    if fresh:
        start, redundancy = HAND_START, 0.5
    weights = {k: float(start.get(k, 0.0)) for k in scorer.FEATURES}
    best = evaluate(data, weights, redundancy)
    for _ in range(rounds):
        improved = False
        for name in [*(w for w in weights if w not in scorer.HAND_SET), "_redundancy"]:
            for step in STEPS:
                w, red = dict(weights), redundancy
                if name == "_redundancy":
                    red = max(0.0, round(red + step / 2, 3))
                else:
                    w[name] = round(w[name] + step, 3)
                result = evaluate(data, w, red)
                if objective(result) > objective(best) + 1e-4:
                    weights, redundancy, best, improved = w, red, result, True
        if not improved:
            break
    return weights, redundancy, best


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--language", choices=("en", "ru"), required=True)
    parser.add_argument("--folds", type=int, choices=(1, 2), default=1)
    parser.add_argument("--rounds", type=int, default=6)
    parser.add_argument("--limit", type=int, default=None)
    args = parser.parse_args(argv)
    data = prepare(args.language, args.limit)
    show = lambda m: " ".join(f"{k} {v:+.2f}" for k, v in m.items())  # noqa: E731
    print("margins: R-1 points over Lead-3 (cnndm, gazeta) or LexRank (xsum, rbc)")
    print(
        "shipped weights, all articles:",
        show(evaluate(data, *scorer.weights_for(args.language))),
    )
    if args.folds == 1:
        weights, redundancy, best = tune(data, args.language, args.rounds)
        print("tuned, all articles:          ", show(best))
        print(json.dumps({"weights": weights, "redundancy": redundancy}, indent=1))
        return
    for fold in (0, 1):
        train = {n: [x for i, x in enumerate(v) if i % 2 == fold] for n, v in data.items()}
        test = {n: [x for i, x in enumerate(v) if i % 2 != fold] for n, v in data.items()}
        weights, redundancy, best = tune(train, args.language, args.rounds, fresh=True)
        print(f"fold {fold}: tuned on half  ", show(best))
        print(f"fold {fold}: other half      ", show(evaluate(test, weights, redundancy)))


if __name__ == "__main__":
    main()
