"""Which PolNeAR sentences ``benchmarks/data/polnear_numbers.jsonl`` annotates, and the loader
that rebuilds them.

    python benchmarks/claims_polnear_select.py          # train: the tenth round's part
    python benchmarks/claims_polnear_select.py dev      # dev: the eleventh round's part

The fresh held-out English claims set of issue 13's tenth round (twelfth session): real 2016 US
political news from PolNeAR's *train* articles (``../shared/datasets/quotes/polnear/train/text``),
which no claims round has read (attribution uses PolNeAR's dev split).  The rule was written and
committed before any of the texts was read for numbers: the articles in the order of the SHA-1 of
their file name (without ``.txt``), each article's text split into sentences by the
newspaper-2014 selector's rule, the first ``PER_ARTICLE`` sentences of each article that hold a
digit or a number word (the same test), articles taken until ``WANT`` sentences are reached.
The eleventh round's fresh held-out part (twelfth session, claims2; the tenth round's train part
became development data once its errors were read) takes PolNeAR's *dev* articles
(``../shared/datasets/quotes/polnear/dev/text``; the attribution team reads them for speakers
only, no claims round has read them for numbers; PolNeAR's test split is not shipped) by the same
rule, written and committed before any dev text was read for numbers: articles in the order of
the SHA-1 of their file name, the first ``PER_ARTICLE`` (3) number sentences of each, until
``WANT_DEV`` (150: fewer than the train part's 250, because the round had an hour left to label,
develop and score) sentences are reached; annotated in ``polnear_dev_numbers.jsonl``.
Prints the standoff keys (file, start, end) only: the annotation is written by hand from them,
blind to newsprism's output.  Nothing of the texts is copied into the project; the loader reads
them from ``../shared`` (empty when absent).
"""

from __future__ import annotations

import hashlib
import json
import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from claims_np2014_select import HAS_NUMBER, labelled_sentences, sentences  # noqa: E402
from shared_data import datasets_dir  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
PER_ARTICLE = 3
WANT = 250
WANT_DEV = 150
DATA = ROOT / "benchmarks" / "data" / "polnear_numbers.jsonl"
DATA_DEV = ROOT / "benchmarks" / "data" / "polnear_dev_numbers.jsonl"


def _text_dir(split: str = "train") -> Path:
    return datasets_dir() / "quotes" / "polnear" / split / "text"


def _key(name: str) -> str:
    return hashlib.sha1(name.encode("utf-8")).hexdigest()


def articles(split: str = "train") -> dict[str, str]:
    """file stem -> text of PolNeAR's articles of ``split``; empty when ``../shared`` is absent."""
    folder = _text_dir(split)
    if not folder.is_dir():
        return {}
    return {p.stem: p.read_text("utf-8") for p in sorted(folder.glob("*.txt"))}


def select(split: str = "train") -> list[dict[str, Any]]:
    texts = articles(split)
    want = WANT if split == "train" else WANT_DEV
    out: list[dict[str, Any]] = []
    for name in sorted(texts, key=_key):
        if len(out) >= want:
            break
        text = texts[name]
        chosen = [(a, b) for a, b in sentences(text) if HAS_NUMBER.search(text[a:b])]
        for a, b in chosen[:PER_ARTICLE]:
            out.append({"id": name, "start": a, "end": b})
    return out


def load(split: str = "train") -> list[dict[str, Any]]:
    """The annotated sentences of ``split``: ``text``, ``page`` (the article's file stem) and
    ``quantities`` in NewsQuant's fields (value, normalized_unit, change)."""
    return labelled_sentences(DATA if split == "train" else DATA_DEV, articles(split))


def main() -> None:
    split = sys.argv[1] if len(sys.argv) > 1 else "train"
    for key in select(split):
        print(json.dumps(key))


if __name__ == "__main__":
    main()
