"""Draw held-out same-story candidates among real Russian reports: Gazeta.ru and RBC.ru articles
of the key-sentence sets (December 2026, fifth session of issue 15), from the texts alone and
never from a newsprism score.

    python benchmarks/data/stories_ru_news/draw.py > /tmp/candidates.jsonl

A word is its first six lower-case letters (a crude stem: Russian inflects, and newsprism's own
stemmer is not to choose the pairs it will be scored on), at least four letters, or a number of
two or more digits.  A pair's score is the weight (``log(N/df)``) of the rare stems (in at most
6 of the 402 articles) both have, at least three, divided by the geometric mean of each
article's own rare-stem weight, so long articles do not pair with everything.  The top 150
pairs that are not near-copies (word-set Jaccard ≥ 0.6, written with ``copy: true``) are the
candidates.  A rare-word overlap is akin to the TF-IDF baseline: the draw favours pairs a lexical
method ranks high, positives and negatives alike, and misses same-event reports that share few
rare words.
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

KEYSENT = datasets_dir() / "keysent"
FILES = ("gazeta.dev.jsonl", "rbc.dev.jsonl")
WORD = re.compile(r"[а-яёa-z]{4,}|\d{2,}")
STEM = 6
MAX_DF = 6
TOP = 150


def articles() -> dict[str, dict[str, str]]:
    out = {}
    for name in FILES:
        for line in (KEYSENT / name).read_text(encoding="utf-8").splitlines():
            if line.strip():
                row = json.loads(line)
                out[row["id"]] = row
    return out


def main() -> None:
    rows = articles()
    ids = sorted(rows)
    stems = {
        i: {
            w[:STEM]
            for w in WORD.findall((rows[i].get("title", "") + " " + rows[i]["text"]).lower())
        }
        for i in ids
    }
    words = {i: set(WORD.findall(rows[i]["text"].lower())) for i in ids}
    df = Counter(w for i in ids for w in stems[i])
    n = len(ids)
    rare = {i: {w for w in stems[i] if df[w] <= MAX_DF} for i in ids}
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
    for _score, a, b in scored:
        union = words[a] | words[b]
        jaccard = len(words[a] & words[b]) / len(union) if union else 1.0
        row: dict[str, object] = {"id1": a, "id2": b, "lang": "ru-ru", "drawn_by": "rare stems"}
        if jaccard >= 0.6:
            row["copy"] = True
        else:
            kept += 1
        print(json.dumps(row))
        if kept >= TOP:
            break


if __name__ == "__main__":
    main()
