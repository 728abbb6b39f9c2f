"""Which sentences of L3S-GN1's news articles ``benchmarks/data/l3s_numbers.jsonl`` annotates, and
the loader that rebuilds them.

    python benchmarks/claims_l3s_select.py

The fresh held-out English claims part of issue 13's fifteenth session: real English news of a
kind no claims round has read for numbers.  L3S-GN1 (``../shared/datasets/extraction-wceb/l3s-gn1``)
is 621 English articles Google News linked in 2008 from 408 sites, with the article text marked by
hand; the extraction capability scores pages on it, but no claims selection, benchmark or doc has
drawn from it.  Earlier parts came from 2016 US politics (PolNeAR), the BBC (XSum), CNN/Daily Mail,
fundus's 2023-2026 pages, newspaper-2014, GUM's Wikinews, scrapinghub's 2019 pages and the 2020
story sets; this one is older and spread over many more outlets.

The rule, written and committed before any of these texts was read for numbers: the text is each
page's ``fulltextOnly`` (the annotators' full-text blocks alone: no headline, no supplemental
blocks, so the part measures reading article sentences, not telling chrome apart); pages in the
order of the SHA-1 of ``"l3s-gn1:<id>"``; a page whose text is empty or equal to one already taken
is skipped; the text split into sentences by the newspaper-2014 selector's rule; a sentence is kept
when it holds a digit or a number word (the same test) and is 20 to 400 characters long; the first
``PER_ARTICLE`` (2) kept sentences of each page, pages taken until ``WANT`` (200) sentences.
Prints the standoff keys (id, start, end) only: the labels are written by hand from them, blind to
newsprism's output, in the fields and conventions of ``stories14_en_numbers.jsonl`` (NewsQuant's
fields; a counted noun keeps its modifiers; "N ago", dates, times, ordinals, scores, names, "one
of", "the two parties" and "all N" are no figure, per docs/claims.md).  Nothing of the texts is
copied into the project; the loader reads them from ``../shared`` (empty when absent).

Labels: written by the claims engineer of the fifteenth session from the printed sentences, before
anything of newsprism or a peer ran on them, and committed before the first run: 200 sentences, 175
figures.  Choices where the docs are silent: a count out of a group takes the named noun ("two of
his friends" -> friend; "4 of them" -> ``-``); "under-16s" as an audience is an age bound, "under-19
level" a team's name; a decade of degrees ("the middle 20s") is 20-29; "a couple of" is 2; a
batsman's runs and a sports lead ("up by four points", "a one-shot lead") are figures, a score or a
win-loss record is not; a currency sign lost to the page's encoding ("?70-million") leaves the unit
``-``.
"""

from __future__ import annotations

import hashlib
import json
import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from claims_np2014_select import labelled_sentences, two_a_page  # noqa: E402
from shared_data import datasets_dir  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
PER_ARTICLE = 2
SHORTEST, LONGEST = 20, 400
WANT = 200
LABELS = ROOT / "benchmarks" / "data" / "l3s_numbers.jsonl"


def pages() -> dict[str, str]:
    """Page id -> its hand-marked full text; empty when the shared data is absent."""
    path = datasets_dir() / "extraction-wceb" / "l3s-gn1" / "ground-truth.json"
    if not path.is_file():
        return {}
    truth = json.loads(path.read_text("utf-8"))
    return {page_id: row.get("fulltextOnly") or "" for page_id, row in truth.items()}


def _key(page_id: str) -> str:
    return hashlib.sha1(f"l3s-gn1:{page_id}".encode()).hexdigest()


def select() -> list[dict[str, Any]]:
    return two_a_page(
        pages(), _key, per_page=PER_ARTICLE, shortest=SHORTEST, longest=LONGEST, want=WANT
    )


def load() -> list[dict[str, Any]]:
    """The annotated sentences: ``text``, ``page`` (the page id) and ``quantities``."""
    return labelled_sentences(LABELS, pages())


def main() -> None:
    for key in select():
        print(json.dumps(key))


if __name__ == "__main__":
    main()
