"""Draw PolNeAR's third held-out part (December 2026, fifteenth session of issue 15): real pairs
that neither earlier part labelled, drawn to hold enough same-happening pairs to measure (part 2
had 11 of 150).

    python benchmarks/data/stories_polnear/draw3.py > benchmarks/data/stories_polnear/pairs3.jsonl

The rule, written and committed before any pair was drawn or read:
- the articles, the representation and the candidates as ``draw.py``: two articles of
  **different outlets** published **at most one day apart**, word TF-IDF cosine over the 924
  articles, near copies (cosine >= 0.9) left out;
- this part: **every** such candidate pair (not only each article's nearest neighbour, which is
  what the union of ``draw.py`` took: a debate told by seven outlets gave it a few of its 21
  pairs) that neither ``pairs.jsonl`` nor ``pairs2.jsonl`` holds, ranked by cosine, highest first;
  the top 150; an article may be in more than one pair, and may have been in an earlier part's
  pair (the pair itself is new: said plainly in the README);
- **stopping rule for positives** (fixed here, before labelling): if the 150 hold fewer than 25
  pairs labelled ``happening``, the next 50 of the same ranking are drawn and labelled, and so on,
  up to 300 pairs at most; the part is all that was drawn;
- written in blocks of 150, 50, 50, ... in a shuffled order fixed by the SHA-1 of the two ids
  within each block, with no score.  ``--from N --count K`` prints ranks N..N+K (0-based).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from draw import MAX_DAYS_APART, NEAR_COPY, articles, shuffled  # noqa: E402

HERE = Path(__file__).resolve().parent
EARLIER = (HERE / "pairs.jsonl", HERE / "pairs2.jsonl")


def ranked_unlabelled() -> list[tuple[str, str]]:
    """Every candidate pair no earlier part holds, by cosine, highest first (ties by the ids)."""
    from sklearn.feature_extraction.text import TfidfVectorizer

    arts = articles()
    done = set()
    for path in EARLIER:
        for line in path.read_text(encoding="utf-8").splitlines():
            if line:
                p = json.loads(line)
                done.add(tuple(sorted((p["id1"], p["id2"]))))
    ids = sorted(arts)
    texts = [arts[i]["title"] + "\n" + arts[i]["text"] for i in ids]
    matrix = TfidfVectorizer(stop_words="english", sublinear_tf=True).fit_transform(texts)
    cos = (matrix @ matrix.T).toarray()
    dates = [dt.date.fromisoformat(arts[i]["date"]) for i in ids]
    scored = []
    for x in range(len(ids)):
        for y in range(x + 1, len(ids)):
            if arts[ids[x]]["publisher"] == arts[ids[y]]["publisher"]:
                continue
            if abs((dates[x] - dates[y]).days) > MAX_DAYS_APART or cos[x, y] >= NEAR_COPY:
                continue
            if (ids[x], ids[y]) in done:
                continue
            scored.append((-float(cos[x, y]), ids[x], ids[y]))
    return [(a, b) for _, a, b in sorted(scored)]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--from", dest="start", type=int, default=0)
    parser.add_argument("--count", type=int, default=150)
    args = parser.parse_args()
    block = ranked_unlabelled()[args.start : args.start + args.count]
    for a, b in shuffled(block):
        print(
            json.dumps(
                {
                    "id1": a,
                    "id2": b,
                    "lang": "en-en",
                    "drawn_by": f"tf-idf all pairs, 1 day, part 3, ranks {args.start}+",
                }
            )
        )


if __name__ == "__main__":
    main()
