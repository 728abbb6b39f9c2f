"""Draw held-out same-story candidates among real English reports: the CNN/Daily Mail and XSum
(BBC) articles of the key-sentence sets (December 2026, twelfth session of issue 15), from the
texts alone and never from a newsprism score.

    python benchmarks/data/stories_en_news/draw.py > benchmarks/data/stories_en_news/pairs.jsonl

The rule, written before any pair was drawn or read:
- the articles: all 99 of ``cnndm.dev.jsonl`` and all 161 of ``xsum.dev.jsonl``; an XSum article
  is read as the BBC published it, its intro sentence (the data set's ``summary``, cut from the
  body) as the first line above its ``text``; a CNN/DM article is its ``text`` (no headline);
- the representation: word-unigram TF-IDF (scikit-learn, English stop words, sublinear tf, IDF of
  the 260 articles), cosine;
- the candidates: each article's nearest neighbour among the *other* data set's articles (a CNN/DM
  article's nearest BBC one, a BBC article's nearest CNN/DM one), the union of those pairs;
- the part: the 150 candidates with the highest cosine (all of them if fewer), written in a
  shuffled order fixed by the SHA-1 of the two ids, with no score.
Pairs of two outlets only: a data set's own pairs would be one outlet's two reports.  The draw
favours pairs a lexical method ranks high (positives and negatives alike) and misses same-event
reports that share few words; it is akin to the TF-IDF peer, which it therefore does not favour on
the negatives (they are its own nearest neighbours).
"""

from __future__ import annotations

import hashlib
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(ROOT / "benchmarks"))

from shared_data import datasets_dir  # noqa: E402

KEYSENT = datasets_dir() / "keysent"
TOP = 150


def articles(name: str) -> dict[str, str]:
    out = {}
    for line in (KEYSENT / name).read_text(encoding="utf-8").splitlines():
        if line.strip():
            row = json.loads(line)
            text = row["text"]
            if name.startswith("xsum"):
                text = row["summary"].strip() + "\n" + text
            out[row["id"]] = text
    return out


def main() -> None:
    from sklearn.feature_extraction.text import TfidfVectorizer

    cnn = articles("cnndm.dev.jsonl")
    bbc = articles("xsum.dev.jsonl")
    ids = sorted(cnn) + sorted(bbc)
    texts = [cnn.get(i) or bbc[i] for i in ids]
    matrix = TfidfVectorizer(stop_words="english", sublinear_tf=True).fit_transform(texts)
    cos = (matrix @ matrix.T).toarray()
    n_cnn = len(cnn)
    pairs: dict[tuple[str, str], float] = {}
    for row in range(len(ids)):
        others = range(n_cnn, len(ids)) if row < n_cnn else range(n_cnn)
        best = max(others, key=lambda col: cos[row, col])
        a, b = sorted((ids[row], ids[best]))
        pairs[(a, b)] = float(cos[row, best])
    top = sorted(pairs, key=lambda k: (-pairs[k], k))[:TOP]
    top.sort(key=lambda k: hashlib.sha1(f"{k[0]}|{k[1]}".encode()).hexdigest())
    for a, b in top:
        print(json.dumps({"id1": a, "id2": b, "lang": "en-en", "drawn_by": "tf-idf nearest"}))


if __name__ == "__main__":
    main()
