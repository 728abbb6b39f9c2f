"""Draw held-out same-story candidates among real English political reports of 2015-16: the
PolNeAR articles (seven outlets, each with its publication date), which no stories round used
before (December 2026, thirteenth session of issue 15), from the texts alone and never from a
newsprism score.

    python benchmarks/data/stories_polnear/draw.py > benchmarks/data/stories_polnear/pairs.jsonl

The rule, written and committed before any pair was drawn or read:
- the articles: every PolNeAR article whose text the shared copy has (``train/`` and ``dev/``,
  924), read as its metadata headline above its text;
- the candidates: two articles of **different outlets** whose publication dates are **at most
  one day apart** (the library compares reports within 3 days);
- the representation: word-unigram TF-IDF (scikit-learn, English stop words, sublinear tf, IDF of
  the 924 articles), cosine;
- each article's nearest candidate neighbour, the union of those pairs, without near copies
  (cosine >= 0.9: one wire text on two sites, a same-text matter; counted in the README);
- the part: the 150 with the highest cosine, written in a shuffled order fixed by the SHA-1 of
  the two ids, with no score.
The draw favours pairs a lexical method ranks high (positives and negatives alike), and the
negatives are the TF-IDF peer's own nearest neighbours, so the part does not favour the peer.
"""

from __future__ import annotations

import csv
import hashlib
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(ROOT / "benchmarks"))

from shared_data import datasets_dir  # noqa: E402

POLNEAR = datasets_dir() / "quotes" / "polnear"
TOP = 150
MAX_DAYS_APART = 1
NEAR_COPY = 0.9


def articles() -> dict[str, dict[str, str]]:
    """Each article with text: ``{id, publisher, date, title, text}`` (id = PolNeAR file name)."""
    meta = {
        row["filename"]: row
        for row in csv.DictReader((POLNEAR / "metadata.tsv").open(encoding="utf-8"), delimiter="\t")
    }
    out = {}
    for split in ("train", "dev"):
        for path in sorted((POLNEAR / split / "text").glob("*.txt")):
            row = meta[path.stem]
            out[path.stem] = {
                "id": path.stem,
                "publisher": row["publisher"],
                "date": row["publication_date"],
                "title": row["title"].strip(),
                "text": path.read_text(encoding="utf-8"),
            }
    return out


def nearest_pairs(arts: dict[str, dict[str, str]]) -> tuple[dict[tuple[str, str], float], int]:
    """The union of each article's nearest neighbour of another outlet at most
    :data:`MAX_DAYS_APART` days apart, without near copies, with its cosine; and how many
    near copies were left out."""
    import datetime as dt

    from sklearn.feature_extraction.text import TfidfVectorizer

    ids = sorted(arts)
    texts = [arts[i]["title"] + "\n" + arts[i]["text"] for i in ids]
    matrix = TfidfVectorizer(stop_words="english", sublinear_tf=True).fit_transform(texts)
    cos = (matrix @ matrix.T).toarray()
    dates = [dt.date.fromisoformat(arts[i]["date"]) for i in ids]
    pairs: dict[tuple[str, str], float] = {}
    copies = 0
    for row in range(len(ids)):
        others = [
            col
            for col in range(len(ids))
            if arts[ids[col]]["publisher"] != arts[ids[row]]["publisher"]
            and abs((dates[col] - dates[row]).days) <= MAX_DAYS_APART
            and cos[row, col] < NEAR_COPY
        ]
        copies += sum(
            1
            for col in range(len(ids))
            if col > row
            and arts[ids[col]]["publisher"] != arts[ids[row]]["publisher"]
            and abs((dates[col] - dates[row]).days) <= MAX_DAYS_APART
            and cos[row, col] >= NEAR_COPY
        )
        if not others:
            continue
        best = max(others, key=lambda col: cos[row, col])
        a, b = sorted((ids[row], ids[best]))
        pairs[(a, b)] = float(cos[row, best])
    return pairs, copies


def ranked(pairs: dict[tuple[str, str], float]) -> list[tuple[str, str]]:
    """The pairs by cosine, highest first (ties by the ids)."""
    return sorted(pairs, key=lambda k: (-pairs[k], k))


def shuffled(part: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """A part in an order fixed by the SHA-1 of the two ids, which says nothing of its score."""
    return sorted(part, key=lambda k: hashlib.sha1(f"{k[0]}|{k[1]}".encode()).hexdigest())


def main() -> None:
    pairs, copies = nearest_pairs(articles())
    top = shuffled(ranked(pairs)[:TOP])
    print(f"near copies left out: {copies}", file=sys.stderr)
    for a, b in top:
        print(
            json.dumps({"id1": a, "id2": b, "lang": "en-en", "drawn_by": "tf-idf nearest, 1 day"})
        )


if __name__ == "__main__":
    main()
