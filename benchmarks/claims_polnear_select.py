"""Which PolNeAR sentences ``benchmarks/data/polnear_numbers.jsonl`` annotates, and the loader
that rebuilds them.

    python benchmarks/claims_polnear_select.py

The fresh held-out English claims set of issue 13's tenth round (twelfth session): real 2016 US
political news from PolNeAR's *train* articles (``../shared/datasets/quotes/polnear/train/text``),
which no claims round has read (attribution uses PolNeAR's dev split).  The rule was written and
committed before any of the texts was read for numbers: the articles in the order of the SHA-1 of
their file name (without ``.txt``), each article's text split into sentences by the
newspaper-2014 selector's rule, the first ``PER_ARTICLE`` sentences of each article that hold a
digit or a number word (the same test), articles taken until ``WANT`` sentences are reached.
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

from claims_np2014_select import HAS_NUMBER, sentences  # noqa: E402
from shared_data import datasets_dir  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
PER_ARTICLE = 3
WANT = 250
DATA = ROOT / "benchmarks" / "data" / "polnear_numbers.jsonl"


def _text_dir() -> Path:
    return datasets_dir() / "quotes" / "polnear" / "train" / "text"


def _key(name: str) -> str:
    return hashlib.sha1(name.encode("utf-8")).hexdigest()


def articles() -> dict[str, str]:
    """file stem -> text of PolNeAR's train articles; empty when ``../shared`` is absent."""
    folder = _text_dir()
    if not folder.is_dir():
        return {}
    return {p.stem: p.read_text("utf-8") for p in sorted(folder.glob("*.txt"))}


def select() -> list[dict[str, Any]]:
    texts = articles()
    out: list[dict[str, Any]] = []
    for name in sorted(texts, key=_key):
        if len(out) >= WANT:
            break
        text = texts[name]
        chosen = [(a, b) for a, b in sentences(text) if HAS_NUMBER.search(text[a:b])]
        for a, b in chosen[:PER_ARTICLE]:
            out.append({"id": name, "start": a, "end": b})
    return out


def load() -> list[dict[str, Any]]:
    """The annotated sentences: ``text``, ``page`` (the article's file stem) and ``quantities``
    in NewsQuant's fields (value, normalized_unit, change)."""
    texts = articles()
    if not texts or not DATA.is_file():
        return []
    out = []
    for line in DATA.read_text("utf-8").splitlines():
        if not line.strip():
            continue
        item = json.loads(line)
        text = texts[item["id"]][item["start"] : item["end"]]
        for q in item["quantities"]:
            q.setdefault("referred_concepts", "-")
        out.append({"text": text, "page": item["id"], "quantities": item["quantities"]})
    return out


def main() -> None:
    for key in select():
        print(json.dumps(key))


if __name__ == "__main__":
    main()
