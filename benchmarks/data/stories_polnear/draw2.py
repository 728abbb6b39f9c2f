"""Draw PolNeAR's second held-out part (December 2026, fourteenth session of issue 15): 150 more
real pairs by the rule of ``draw.py``, none of whose articles the first part used.

    python benchmarks/data/stories_polnear/draw2.py > benchmarks/data/stories_polnear/pairs2.jsonl

The rule, written and committed before any pair was drawn or read:
- the candidates, the representation and the union of each article's nearest neighbour of
  another outlet at most a day apart without near copies: exactly as ``draw.py`` (its functions);
- that union ranked by cosine, highest first, as ``draw.py`` ranks it; the first part took the
  top 150;
- this part: walking down that ranking from the top, every pair not in the first part **whose
  two articles are both absent from the first part** (so no article of it was ever scored, read
  or labelled), until 150 pairs; an article may appear in more than one pair of this part (as in
  the first);
- written in a shuffled order fixed by the SHA-1 of the two ids, with no score.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from draw import TOP, articles, nearest_pairs, ranked, shuffled  # noqa: E402

PART1 = Path(__file__).resolve().parent / "pairs.jsonl"


def main() -> None:
    pairs, _ = nearest_pairs(articles())
    order = ranked(pairs)
    first = [json.loads(line) for line in PART1.read_text(encoding="utf-8").splitlines() if line]
    first_pairs = {tuple(sorted((p["id1"], p["id2"]))) for p in first}
    first_ids = {p[k] for p in first for k in ("id1", "id2")}
    # the first part is the top 150 of the same ranking: a check that the rule is reproduced
    if set(order[:TOP]) != first_pairs:
        raise SystemExit("the ranking does not reproduce the first part")
    part = [
        k for k in order if k not in first_pairs and k[0] not in first_ids and k[1] not in first_ids
    ][:TOP]
    print(
        f"union {len(order)} pairs; part 2: {len(part)} pairs, cosine "
        f"{pairs[part[-1]]:.3f}..{pairs[part[0]]:.3f}",
        file=sys.stderr,
    )
    part = shuffled(part)
    for a, b in part:
        print(
            json.dumps(
                {"id1": a, "id2": b, "lang": "en-en", "drawn_by": "tf-idf nearest, 1 day, part 2"}
            )
        )


if __name__ == "__main__":
    main()
