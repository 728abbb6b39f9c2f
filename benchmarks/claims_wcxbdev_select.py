"""Which sentences of WCXB's development-split article pages ``benchmarks/data/wcxbdev_numbers.jsonl``
annotates, and the loader that rebuilds them.

    NEWSPRISM_FRESH_WCXB=... python benchmarks/claims_wcxbdev_select.py

The fresh held-out English claims part of issue 13's twenty-fourth session: pages of a used set that
no earlier part drew.  Every English source reachable here has given a claims part (PolNeAR, XSum,
CNN/Daily Mail, fundus, newspaper-2014, GUM, scrapinghub, the 2020 story sets, L3S-GN1, Dragnet,
WCXB's test split, Readability/CleanPortalEval, CleanEval, Big9's news and Chaos folders and its
news-search descriptions, trafilatura's evaluation pages; HFL's SemEval CSVs hold the same en-en
texts as the story sets).  WCXB (``$NEWSPRISM_FRESH_WCXB``; Web Content eXtraction Benchmark v1.0,
CC-BY-4.0) now holds both of its splits: the seventeenth session's part (``wcxb``) drew from the
``test`` split alone, because it was the only split then fetched.  The ``dev`` split — 1,497 pages
saved in 2025 from 1,295 domains, 793 of them of the "article" type (news, blogs, editorials,
guides, reviews), each page's main content drafted by an extractor and reviewed by a person — has
never been read for figures.  It is chosen over the undrawn pages of trafilatura's set or Dragnet
because it is the largest pool of undrawn modern article pages, and over fundus because fundus's
pages were drawn whole by the seventh round.

The rule, written and committed before any of these texts was read for numbers:
- the pages of WCXB's ``dev`` split whose ground truth's page type
  (``_internal.page_type.primary``) is ``article``; a page's id is its ``file_id`` (the two splits'
  ids do not overlap); the text is the ground truth's ``main_content``;
- a page whose site (the URL's host without a leading ``www.``) is the site of a page the
  ``wcxb`` part drew a sentence from is skipped (a site repeats its own furniture sentences);
- pages in the order of the SHA-1 of ``"wcxb-dev-claims:<file_id>"``; a page whose text is empty
  or equal to one already taken is skipped;
- English only, by the Dragnet part's language test (``claims_dragnet_select.is_english``);
- only lines of the text that end a sentence (the Dragnet part's test: headings, list items and
  captions out);
- the text split into sentences by the newspaper-2014 selector's rule; a sentence is kept when it
  holds a digit or a number word (the other English parts' test) and is 20 to 400 characters long;
- the first ``PER_ARTICLE`` (2) kept sentences of each page, pages taken until ``WANT`` (200).
Prints the standoff keys (id, start, end) only: the labels are written by hand from them, blind to
newsprism's output, by the conventions of docs/claims.md ("What the unit of a claim holds", as
decided in the twenty-fourth session) in NewsQuant's fields as ``trafeval_numbers.jsonl`` writes
them, and committed before any run (``claims_en.py --set wcxbdev --part fresh24``, scored only: its
errors are never printed).  Nothing of the texts is copied into the project; the loader reads them
from ``$NEWSPRISM_FRESH_WCXB`` (empty when unset).

The draw: 200 sentences of 103 pages (751 article pages after the 102 drawn sites are skipped).
Labels: written by the claims engineer of the twenty-fourth session from the printed sentences,
before anything of newsprism or a peer ran on them, and committed before the first run: 104
figures (ago figures marked ``"ago": true``).  Choices where the docs are silent (invented examples of the shapes met): a number word after
"the", "these" or a possessive determines ("the five stages", "these two rules", "her three
dogs") but digits after them that tell a total are a figure ("the 12 ideas", "these 8 apps"); a
magnitude or an idiom used as an adjective ("multi-million-pound firms", "a 180-degree turn") is
no figure; a product's size class named by a percent is no figure; a vintage, a version, a model
number and a list's name are no figures; "a couple of" is 2; "a X or two" is 2 X (the WCXB
part's choice); a range across two units ("from ten minutes to two hours") is two figures; "a
rating of 81 out of 100 points" is two figures in points; a count with "each week" is a rate.
"""

from __future__ import annotations

import hashlib
import json
import os
import sys
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

sys.path.insert(0, str(Path(__file__).resolve().parent))

from claims_dragnet_select import _sentence_lines, is_english  # noqa: E402
from claims_np2014_select import labelled_sentences, two_a_page  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
PER_ARTICLE = 2
SHORTEST, LONGEST = 20, 400
WANT = 200
LABELS = ROOT / "benchmarks" / "data" / "wcxbdev_numbers.jsonl"
EARLIER = ROOT / "benchmarks" / "data" / "wcxb_numbers.jsonl"


def _site(url: str) -> str:
    host = (urlsplit(url).hostname or "").lower()
    return host[4:] if host.startswith("www.") else host


def _rows(split: str) -> list[dict[str, Any]]:
    folder = os.environ.get("NEWSPRISM_FRESH_WCXB")
    if not folder:
        return []
    truth_dir = Path(folder) / split / "ground-truth"
    if not truth_dir.is_dir():
        return []
    return [json.loads(p.read_text("utf-8")) for p in sorted(truth_dir.glob("*.json"))]


def _id(row: dict[str, Any]) -> str:
    return str(row.get("file_id"))


def _earlier_sites() -> set[str]:
    drawn = {json.loads(line)["id"] for line in EARLIER.read_text("utf-8").splitlines() if line}
    return {_site(str(r.get("url") or "")) for r in _rows("test") if _id(r) in drawn}


def pages() -> dict[str, str]:
    """WCXB dev file id -> the main content of an article page no drawn site holds; empty when
    the data is absent."""
    rows = _rows("dev")
    return article_pages(rows, _earlier_sites()) if rows else {}


def article_pages(rows: list[dict[str, Any]], skip: set[str]) -> dict[str, str]:
    """File id -> the main content of each row whose page type is an article and whose site is
    not in ``skip`` (the rule of every WCXB part drawn for figures since ``wcxbdev``)."""
    out: dict[str, str] = {}
    for row in rows:
        kind = (row.get("_internal") or {}).get("page_type") or {}
        if not isinstance(kind, dict) or kind.get("primary") != "article":
            continue
        if _site(str(row.get("url") or "")) in skip:
            continue
        out[_id(row)] = (row.get("ground_truth") or {}).get("main_content") or ""
    return out


def _key(page_id: str) -> str:
    return hashlib.sha1(f"wcxb-dev-claims:{page_id}".encode()).hexdigest()


def select() -> list[dict[str, Any]]:
    return two_a_page(
        pages(),
        _key,
        page_test=is_english,
        lines=_sentence_lines,
        per_page=PER_ARTICLE,
        shortest=SHORTEST,
        longest=LONGEST,
        want=WANT,
    )


def load() -> list[dict[str, Any]]:
    """The annotated sentences: ``text``, ``page`` (the WCXB file id) and ``quantities``."""
    return labelled_sentences(LABELS, pages())


def main() -> None:
    for key in select():
        print(json.dumps(key))


if __name__ == "__main__":
    main()
