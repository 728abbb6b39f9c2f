"""Which sentences of the Big9 news-search items ``benchmarks/data/big9feed_numbers.jsonl``
annotates, and the loader that rebuilds them.

    NEWSPRISM_FRESH_BIG9=... python benchmarks/claims_feed_select.py

The fresh held-out English claims part of issue 13's twenty-second session: a new kind of source
for figures.  Big9's clustering folder (``$NEWSPRISM_FRESH_BIG9/Clustering/dataset``; Utomo and
Leu, ``MSVCode/ir-research-data`` @ ``cbb428ce``) holds the first 50 results of 20 Google news
searches of 2017 (1000 items of many outlets, restricted to the schema.org ``NewsArticle`` type),
each with the outlet's own description of the article (``meta.description``: the standfirst or
lead an editor wrote, in prose).  The stories capability reads these items as a feed for
clustering (``stories_feed.py``, feed20); no claims selection, benchmark or doc has drawn from
them.  Earlier claims parts: PolNeAR, XSum, CNN/Daily Mail, fundus, newspaper-2014, GUM,
scrapinghub, the 2020 story sets, L3S-GN1, Dragnet, WCXB, Readability/CleanPortalEval, CleanEval,
Big9's news folders and Big9's Chaos folder (its article pages, not these search items).

The rule, written and committed before any description was read for numbers:
- every item of every ``*.txt`` file of the folder (a JSON list, UTF-8 with a byte-order mark);
  an item's id is ``<file stem>/<its index in the list>``; its text is ``meta.description`` as
  stored (an item with no description skipped), the title (a headline) left out;
- items in the order of the SHA-1 of ``"big9-feed-claims:<id>"``; an item whose description is
  empty or equal to one already taken is skipped (the same article found by two searches);
- English only, by the Dragnet part's language test (``claims_dragnet_select.is_english``);
- the description split into sentences by the newspaper-2014 selector's rule;
- a sentence is kept when it holds a digit or a number word (the other English parts' test) and is
  20 to 400 characters long;
- the first ``PER_ITEM`` (2) kept sentences of each item, items taken until ``WANT`` (200)
  sentences.
Prints the standoff keys (id, start, end) only: the labels are written by hand from them, blind to
newsprism's output, in the fields and conventions of ``big9chaos_numbers.jsonl`` and
docs/claims.md, committed before any run (``claims_en.py --set big9feed --part fresh22``, scored
only: its errors are never printed).

The draw: 200 sentences of 177 items (the rule landed as 5e7a551 before any was printed).  Labels:
written by the claims engineer of the twenty-second session from the printed sentences, before
anything of newsprism or a peer ran on them, and committed before the first run: 141 figures.
Choices where the docs are silent (invented examples of the shapes met): a description cut off by
the outlet ("…") is labelled as far as it goes (a number whose unit was cut off is unitless); "a
six-figure salary" and "a million-dollar blow" name a magnitude, not an amount, and are no figure;
"the N-year-old war" is an age like a person's, "the N-year war" a duration; "made their billions"
and "into the millions" are the money's range; "a pair of glasses" is one thing; "several hundred"
is 100-1000 as "hundreds of"; a market quote inside a sentence ("(ABC -0.7%)") is a figure, signed;
"all N X" counts when N is a figure a reader would check, not a known whole; "N others" after a
count of people counts people; "thousands" with no noun and no count of people before it is
unitless.  Nothing of the texts is copied into the project; the loader
reads them from ``$NEWSPRISM_FRESH_BIG9`` (empty when unset).
"""

from __future__ import annotations

import hashlib
import json
import os
import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from claims_dragnet_select import is_english  # noqa: E402
from claims_np2014_select import labelled_sentences, two_a_page  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
PER_ITEM = 2
SHORTEST, LONGEST = 20, 400
WANT = 200
LABELS = ROOT / "benchmarks" / "data" / "big9feed_numbers.jsonl"


def _folder() -> Path | None:
    base = os.environ.get("NEWSPRISM_FRESH_BIG9")
    if not base:
        return None
    folder = Path(base) / "Clustering" / "dataset"
    return folder if folder.is_dir() else None


def items() -> dict[str, str]:
    """Item id -> the outlet's description of the article; empty when the data is absent."""
    folder = _folder()
    out: dict[str, str] = {}
    if folder is None:
        return out
    for path in sorted(folder.glob("*.txt")):
        for index, item in enumerate(json.loads(path.read_text("utf-8-sig"))):
            description = ((item or {}).get("meta") or {}).get("description") or ""
            if description:
                out[f"{path.stem}/{index}"] = description
    return out


def _key(item_id: str) -> str:
    return hashlib.sha1(f"big9-feed-claims:{item_id}".encode()).hexdigest()


def select() -> list[dict[str, Any]]:
    return two_a_page(
        items(),
        _key,
        page_test=is_english,
        per_page=PER_ITEM,
        shortest=SHORTEST,
        longest=LONGEST,
        want=WANT,
    )


def load() -> list[dict[str, Any]]:
    """The annotated sentences: ``text``, ``page`` (``<search>/<index>``) and ``quantities``."""
    return labelled_sentences(LABELS, items())


def main() -> None:
    for key in select():
        print(json.dumps(key))


if __name__ == "__main__":
    main()
