"""Which sentences of the Readability and CleanPortalEval pages ``benchmarks/data/rcp_numbers.jsonl``
annotates, and the loader that rebuilds them.

    python benchmarks/claims_rcp_select.py

The fresh held-out English claims part of issue 13's eighteenth session: a fourth new kind of
source.  Two subsets of the extraction benchmark (``../shared/datasets/extraction-wceb``, see its
README) that no claims selection, benchmark or doc has drawn from:

- ``readability/``: Mozilla's reader-mode test pages (news, blogs, a few encyclopaedia and other
  article pages of many sites and years; the text is Readability's own reading of the page);
- ``cleanportaleval/``: 71 pages of BBC news, MSNBC news, WSJ and Washington Post blogs (the text is
  the CleanEval-style gold with its markup stripped).

Earlier claims parts came from PolNeAR, XSum, CNN/Daily Mail, fundus, newspaper-2014, GUM,
scrapinghub, the 2020 story sets, L3S-GN1 (2008), Dragnet (2012) and WCXB (2025).

The rule, written and committed before any of these texts was read for numbers:
- the two subsets pooled; a page's id is ``"<subset>:<sha256 of its HTML>"`` and its text the
  ground truth's ``articleBody``;
- pages in the order of the SHA-1 of that id; a page whose text is empty or equal to one already
  taken is skipped;
- **English only**, by the Dragnet part's language test (``claims_dragnet_select.is_english``);
- the text split into sentences by the newspaper-2014 selector's rule; a line that does not end a
  sentence is left out (``claims_dragnet_select._sentence_lines``: headings, captions, list items
  without a full stop);
- a sentence is kept when it holds a digit or a number word (the other English parts' test) and is
  20 to 400 characters long;
- the first ``PER_ARTICLE`` (2) kept sentences of each page, pages taken until ``WANT`` (200)
  sentences (fewer if the pool runs out; the count is reported).
Prints the standoff keys (id, start, end) only: the labels are written by hand from them, blind to
newsprism's output, in the fields and conventions of ``wcxb_numbers.jsonl`` (NewsQuant's fields;
docs/claims.md's convention).  Nothing of the texts is copied into the project; the loader reads
them from ``../shared`` (empty when absent).

The pool ran out at 195 sentences (129 Readability, 66 CleanPortalEval; 2 a page).

Labels: written by the claims engineer of the eighteenth session from the printed sentences, before
anything of newsprism or a peer ran on them, and committed before the first run: 195 sentences, 109
figures.  Choices where the docs are silent (the examples are invented, of the shapes met): a
thing's age is ``year of age`` as a person's ("a 90-year-old ferry"); a list's own count is a figure
("this list of the nine board games worth buying" -> 9 board game); a multiple or a share after a
verb of change takes the verb's change, not the hedge ("prices rose by as much as three times" ->
3 count, up); a market index's level has no unit, its move is ``point``; footnote marks, bug and
item numbers, versions and a shotgun's gauge are no figure; a frequency that says when ("checked a
month or two apart") is no figure; "one in four" is 0.25 without a unit; a bare "one" with no
focus word or other figure beside it ("in one go") is no figure.  The Russian part of the same
session (``stories18_ru_numbers.jsonl``, ``claims_stories_select.py ru fresh18``: the pool ran out
at 84 sentences, 67 figures) was labelled the same way in ``stories17_ru_numbers.jsonl``'s fields:
an age bound written «после N лет» keeps «после» as its qualifier; «ни одного» is no figure; a total «составило N»
after the noun it counts leaves N without a unit; «миллионы долларов» is the range 10^6-10^7 USD.
"""

from __future__ import annotations

import hashlib
import json
import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from claims_dragnet_select import _sentence_lines, is_english  # noqa: E402
from claims_np2014_select import labelled_sentences, two_a_page  # noqa: E402
from shared_data import datasets_dir  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
SUBSETS = ("readability", "cleanportaleval")
PER_ARTICLE = 2
SHORTEST, LONGEST = 20, 400
WANT = 200
LABELS = ROOT / "benchmarks" / "data" / "rcp_numbers.jsonl"


def pages() -> dict[str, str]:
    """``"<subset>:<id>"`` -> the page's article text; empty when the data is absent."""
    out: dict[str, str] = {}
    for subset in SUBSETS:
        path = datasets_dir() / "extraction-wceb" / subset / "ground-truth.json"
        if not path.is_file():
            continue
        for page_id, row in json.loads(path.read_text("utf-8")).items():
            out[f"{subset}:{page_id}"] = row.get("articleBody") or ""
    return out


def _key(page_id: str) -> str:
    return hashlib.sha1(page_id.encode()).hexdigest()


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
    """The annotated sentences: ``text``, ``page`` (``subset:id``) and ``quantities``."""
    return labelled_sentences(LABELS, pages())


def main() -> None:
    for key in select():
        print(json.dumps(key))


if __name__ == "__main__":
    main()
