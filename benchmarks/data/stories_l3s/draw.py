"""Draw candidate same-event pairs among the 621 English Google News articles of L3S-GN1
(``../shared/datasets/extraction-wceb/l3s-gn1``, crawled from Google News, December 2007 to
January 2008), from the texts alone and never from a newsprism score.

    python benchmarks/data/stories_l3s/draw.py > /tmp/candidates.jsonl

A document's **rare capitalised words**: words of its body (``fulltextOnly``) that start with a
capital, are at least three letters long and occur in at most 8 of the 621 bodies.  A pair's score
is the sum of ``log(N/df)`` over the rare capitalised words both bodies have.  The 220 top pairs
are candidates, except near-copies of one text (word-set Jaccard of the bodies ≥ 0.6: the same
wire copy on two sites, a same-text pair, not a same-story one), which are written with
``copy: true`` and not labelled.  Pairs sharing few names (reports that name no one in common)
are missed; the negatives are hard (same people, teams or places).
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
CAPITALISED = re.compile(r"\b[A-Z][a-zA-Z'\-]{2,}\b")
WORD = re.compile(r"\w+")
MAX_DF = 8
TOP = 220


def main() -> None:
    gold = json.loads((L3S / "ground-truth.json").read_text(encoding="utf-8"))
    ids = sorted(gold)
    caps = {i: set(CAPITALISED.findall(gold[i]["fulltextOnly"])) for i in ids}
    words = {i: set(WORD.findall(gold[i]["fulltextOnly"].lower())) for i in ids}
    df = Counter(w for i in ids for w in caps[i])
    n = len(ids)
    rare = {i: {w for w in caps[i] if df[w] <= MAX_DF} for i in ids}
    scored = []
    for a, b in combinations(ids, 2):
        shared = rare[a] & rare[b]
        if len(shared) < 2:
            continue
        scored.append((sum(math.log(n / df[w]) for w in shared), a, b))
    scored.sort(reverse=True)
    kept = 0
    for score, a, b in scored:
        union = words[a] | words[b]
        jaccard = len(words[a] & words[b]) / len(union) if union else 1.0
        row = {
            "id1": a,
            "id2": b,
            "lang": "en-en",
            "drawn_by": "rare names",
            "score": round(score, 2),
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
