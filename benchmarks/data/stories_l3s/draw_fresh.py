"""Draw a second, fresh part of L3S-GN1 pairs (December 2026, third session of issue 15): pairs of
articles **the first part (``pairs.jsonl``) does not use**, from the texts alone and never from a
newsprism score.

    python benchmarks/data/stories_l3s/draw_fresh.py > /tmp/candidates.jsonl

The first part was drawn by shared rare *capitalised* words, so same-event reports that name no
one in common were missing.  This part scores a pair by the rare words of **any case** both
bodies have (at least four letters, in at most 8 of the 621 bodies, each weighing
``log(N/df)``, the sum divided by the geometric mean of the two bodies' own rare-word mass, so
long features do not pair with everything), among the 390 articles the first part leaves
unused, at least three shared.  A rare-word cosine is akin to the TF-IDF baseline: the draw
favours pairs a lexical method ranks high, positives and negatives alike.
The top 150 are candidates; near-copies of one text (word-set Jaccard ≥ 0.6) are written with
``copy: true`` and not labelled.  The negatives are still look-alikes (the same rare words).
"""

from __future__ import annotations

import json
import math
import re
import sys
from collections import Counter
from itertools import combinations
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(ROOT / "benchmarks"))

from shared_data import datasets_dir  # noqa: E402

L3S = datasets_dir() / "extraction-wceb" / "l3s-gn1"
FIRST = Path(__file__).with_name("pairs.jsonl")
WORD = re.compile(r"[a-z][a-z'\-]{3,}")
MAX_DF = 8
TOP = 150


def main() -> None:
    gold = json.loads((L3S / "ground-truth.json").read_text(encoding="utf-8"))
    used = {
        json.loads(line)[k]
        for line in FIRST.read_text().splitlines()
        if line
        for k in ("id1", "id2")
    }
    every = sorted(gold)
    words = {i: set(WORD.findall(gold[i]["fulltextOnly"].lower())) for i in every}
    df = Counter(w for i in every for w in words[i])  # document frequency over all 621 bodies
    n = len(every)
    ids = [i for i in every if i not in used]
    rare = {i: {w for w in words[i] if df[w] <= MAX_DF} for i in ids}
    # normalised by each body's own rare-word mass: raw sums favoured the longest features
    mass = {i: sum(math.log(n / df[w]) for w in rare[i]) or 1.0 for i in ids}
    scored = []
    for a, b in combinations(ids, 2):
        shared = rare[a] & rare[b]
        if len(shared) < 3:
            continue
        weight = sum(math.log(n / df[w]) for w in shared)
        scored.append((weight / math.sqrt(mass[a] * mass[b]), a, b))
    scored.sort(reverse=True)
    kept = 0
    for score, a, b in scored:
        union = words[a] | words[b]
        jaccard = len(words[a] & words[b]) / len(union) if union else 1.0
        row = {
            "id1": a,
            "id2": b,
            "lang": "en-en",
            "drawn_by": "rare words",
            "score": round(score, 4),
        }
        if jaccard >= 0.6:
            row["copy"] = True
        else:
            kept += 1
        print(json.dumps(row))
        if kept >= TOP:
            break


if __name__ == "__main__":
    main()
