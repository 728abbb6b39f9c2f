"""Draw PolNeAR's fourth held-out part (December 2026, sixteenth session of issue 15): real pairs
no earlier part labelled, ranked by how alike their **leads** are, to hold enough same-happening
pairs to measure.

    python benchmarks/data/stories_polnear/draw4.py > benchmarks/data/stories_polnear/pairs4.jsonl

The rule, written and committed before any pair was drawn or read:
- the articles and the candidates as ``draw.py``: two articles of **different outlets**
  published **at most one day apart**, near copies (word TF-IDF cosine of the whole texts
  >= 0.9) left out;
- this part: every such candidate pair that none of ``pairs.jsonl``, ``pairs2.jsonl``,
  ``pairs3.jsonl`` holds (parts 1-3 took the pairs whose whole texts are most alike; what is left
  has whole-text cosines of 0.09 and below, where few pairs are one happening);
- **amended once** (said plainly): the first version also asked that at least one article be in
  no pair of parts 1-3; its first 50 pairs, read for labelling, held one ``happening`` (those
  articles are the loners no earlier draw reached), so it could not reach 25 within 300.  The
  condition was dropped before anything else was read and before any score was run; the 50 read
  are labelled where the new ranking draws them, like any other;
- ranked by the word TF-IDF cosine (scikit-learn, English stop words, sublinear tf, IDF over the
  924 leads) of each article's **lead** -- its metadata headline and the first 600 characters of
  its text, where a report says what happened -- highest first (ties by the ids); the top 150;
- **stopping rule for positives** (fixed here, before labelling): if the 150 hold fewer than 25
  pairs labelled ``happening``, the next 50 of the same ranking are drawn and labelled, and so on,
  up to 300 pairs at most; the part is all that was drawn;
- written in blocks of 150, 50, 50, ... in a shuffled order fixed by the SHA-1 of the two ids
  within each block, with no score.  ``--from N --count K`` prints ranks N..N+K (0-based).
The ranking favours pairs a lexical method finds alike (positives and negatives alike), as the
earlier parts' did; it looks at the lead, not at the whole text the TF-IDF peer compares.
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
EARLIER = (HERE / "pairs.jsonl", HERE / "pairs2.jsonl", HERE / "pairs3.jsonl")
LEAD_CHARS = 600


def ranked_unlabelled() -> list[tuple[str, str]]:
    """Every candidate pair no earlier part holds, by the cosine of the leads, highest first (ties
    by the ids)."""
    from sklearn.feature_extraction.text import TfidfVectorizer

    arts = articles()
    done = set()
    for path in EARLIER:
        for line in path.read_text(encoding="utf-8").splitlines():
            if line:
                p = json.loads(line)
                done.add(tuple(sorted((p["id1"], p["id2"]))))
    ids = sorted(arts)
    whole = [arts[i]["title"] + "\n" + arts[i]["text"] for i in ids]
    leads = [arts[i]["title"] + "\n" + arts[i]["text"][:LEAD_CHARS] for i in ids]
    whole_matrix = TfidfVectorizer(stop_words="english", sublinear_tf=True).fit_transform(whole)
    whole_cos = (whole_matrix @ whole_matrix.T).toarray()
    lead_matrix = TfidfVectorizer(stop_words="english", sublinear_tf=True).fit_transform(leads)
    lead_cos = (lead_matrix @ lead_matrix.T).toarray()
    dates = [dt.date.fromisoformat(arts[i]["date"]) for i in ids]
    scored = []
    for x in range(len(ids)):
        for y in range(x + 1, len(ids)):
            if arts[ids[x]]["publisher"] == arts[ids[y]]["publisher"]:
                continue
            if abs((dates[x] - dates[y]).days) > MAX_DAYS_APART or whole_cos[x, y] >= NEAR_COPY:
                continue
            if (ids[x], ids[y]) in done:
                continue
            scored.append((-float(lead_cos[x, y]), ids[x], ids[y]))
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
                    "drawn_by": f"lead tf-idf, 1 day, a new article, part 4, ranks {args.start}+",
                }
            )
        )


if __name__ == "__main__":
    main()
