"""Which fundus sentences ``benchmarks/data/fundus_numbers.jsonl`` annotates.

    NEWSPRISM_FRESH_FUNDUS=/path python benchmarks/claims_fundus_select.py

The held-out English claims set of issue 13's seventh round: fundus's parser test pages
(``$NEWSPRISM_FRESH_FUNDUS``, see ``benchmarks/extraction_sets.py``: 2023-2026 pages of US, UK,
Canadian, Australian, Indian, African and other English-language publishers), the article text
as fundus's parser for the publisher reads it (summary, subheadings and paragraphs), every page
whose text is English (lingua), each paragraph split into sentences with the newspaper-2014
selector's rule, and the first ``PER_PAGE`` sentences of each page that hold a digit or a number
word.  Prints the standoff keys (file = ``<country>/<Publisher>.json``, key = the parser
version's entry, start, end) only: the annotation was written by hand from them.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from pathlib import Path

from claims_np2014_select import HAS_NUMBER, sentences
from extraction_sets import _language_of, fundus_gold

PER_PAGE = 4


def fundus_texts(folder: Path) -> Iterator[tuple[str, str, str]]:
    """(file, key, text) of every English page: file relative to ``folder``."""
    for gold_file in sorted(folder.glob("*/*.json")):
        for key, entry in json.loads(gold_file.read_text("utf-8")).items():
            text = fundus_gold(entry)
            if text and _language_of(text) == "en":
                yield f"{gold_file.parent.name}/{gold_file.name}", key, text


def main() -> None:
    folder = Path(os.environ["NEWSPRISM_FRESH_FUNDUS"])
    for name, key, text in fundus_texts(folder):
        chosen = [(a, b) for a, b in sentences(text) if HAS_NUMBER.search(text[a:b])]
        for a, b in chosen[:PER_PAGE]:
            print(json.dumps({"file": name, "key": key, "start": a, "end": b}))


if __name__ == "__main__":
    main()
