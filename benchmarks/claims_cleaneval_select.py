"""Which sentences of the CleanEval pages ``benchmarks/data/cleaneval_numbers.jsonl`` annotates,
and the loader that rebuilds them.

    NEWSPRISM_FRESH_CLEANEVAL=... python benchmarks/claims_cleaneval_select.py

The fresh held-out English claims part of issue 13's nineteenth session: a fifth new kind of
source.  CleanEval (``$NEWSPRISM_FRESH_CLEANEVAL``; Baroni et al., LREC 2008, as mirrored in
``j-szulc/html-cleaning-dataset-merged`` @ ``46e01a04b470``; see ``extraction_sets.cleaneval_dir``):
pages the organisers drew at random from the English web in 2007 (articles, blogs, forums, lists,
institutions' pages), each with the text annotators kept by hand.  The extraction capability
reads its pages for bodies; no claims selection, benchmark or doc has drawn from it.  Earlier
claims parts came from PolNeAR, XSum, CNN/Daily Mail, fundus, newspaper-2014, GUM, scrapinghub, the
2020 story sets, L3S-GN1 (2008), Dragnet (2012), WCXB (2025) and the Readability and
CleanPortalEval pages of WCEB (CleanPortalEval is another set than CleanEval).

The rule, written and committed before any of these texts was read for numbers:
- the pages of both CleanEval folders (``dev``, ``final``) with an input page and a gold file,
  less the two whose URL another set holds (``extraction_sets.CLEANEVAL_OVERLAP``); a page's id is
  ``dev/NAME`` or ``final/NAME`` and its text the gold file without its ``URL:`` line, **one
  paragraph a line**: the ``<p>``/``<h>``/``<l>`` markers open a paragraph, and the line ends
  inside one are the file's hard wrapping (about 75 characters), joined by a space (amended
  before labelling: the first draw took ``extraction_sets.cleaneval_gold``'s text, which keeps the
  wrapping, so a "sentence" was the tail of a wrapped line; that draw's 200 fragments were
  printed and no label was written for them);
- pages in the order of the SHA-1 of ``"cleaneval-claims:<id>"``; a page whose text is empty or
  equal to one already taken is skipped;
- **English only**, by the Dragnet part's language test (``claims_dragnet_select.is_english``);
- the text split into sentences by the newspaper-2014 selector's rule; a line that does not end a
  sentence is left out (``claims_dragnet_select._sentence_lines``: headings, list items and
  captions without a full stop);
- a sentence is kept when it holds a digit or a number word (the other English parts' test) and is
  20 to 400 characters long;
- the first ``PER_ARTICLE`` (2) kept sentences of each page, pages taken until ``WANT`` (200)
  sentences.
Prints the standoff keys (id, start, end) only: the labels are written by hand from them, blind to
newsprism's output, in the fields and conventions of ``rcp_numbers.jsonl`` (NewsQuant's fields;
docs/claims.md's convention).  Nothing of the texts is copied into the project; the loader reads
them from ``$NEWSPRISM_FRESH_CLEANEVAL`` (empty when unset).

The draw: 200 sentences of 102 pages.  Labels: written by the claims engineer of the nineteenth
session from the printed sentences, before anything of newsprism or a peer ran on them, and
committed before the first run: 200 sentences, 137 figures.  Choices where the docs are silent
(the examples are invented, of the shapes met): a spread after "±" is a second figure with the
mean's unit ("a mean age of 40 ± 12 years" -> 40 and 12 ``year of age``); "thousands and
thousands of X" is one figure; a film or format name ("8mm film") and a named negotiation
("six-party talks") are no figure, nor a property ("two-dimensional", "four-legged"); "all four
X" is no figure (as rcp's labels); "a third of a second" is 1/3 second; "within N" is ``<`` and
"from the age of N" ``>``; a weight range in a product's name counts; "a dose daily" is a rate
per day; "the only one", "one of", "one X at a time" and a bare "one" are no figure; a count
whose noun the sentence never names ("killed six", "an attendance of around 35") has no unit.
"""

from __future__ import annotations

import hashlib
import json
import re
import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from claims_dragnet_select import _sentence_lines, is_english  # noqa: E402
from claims_np2014_select import labelled_sentences, two_a_page  # noqa: E402
from extraction_sets import CLEANEVAL_OVERLAP, cleaneval_candidates  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
PER_ARTICLE = 2
SHORTEST, LONGEST = 20, 400
WANT = 200
LABELS = ROOT / "benchmarks" / "data" / "cleaneval_numbers.jsonl"


_MARKER = re.compile(r"<\s*/?\s*[phl]\s*>", re.IGNORECASE)
_URL_LINE = re.compile(r"^\s*URL:[^\n]*\n?")


def paragraphs(raw: str) -> str:
    """A CleanEval gold file's text, one paragraph a line: the markers open paragraphs, the line
    ends inside one are wrapping."""
    chunks = _MARKER.split(_URL_LINE.sub("", raw, count=1))
    return "\n".join(" ".join(chunk.split()) for chunk in chunks if chunk.strip())


def pages() -> dict[str, str]:
    """CleanEval page id -> its hand-kept text; empty when the data is absent."""
    out: dict[str, str] = {}
    for page_id, _, gold_file in cleaneval_candidates():
        if page_id in CLEANEVAL_OVERLAP:
            continue
        out[page_id] = paragraphs(gold_file.read_bytes().decode("utf-8", errors="replace"))
    return out


def _key(page_id: str) -> str:
    return hashlib.sha1(f"cleaneval-claims:{page_id}".encode()).hexdigest()


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
    """The annotated sentences: ``text``, ``page`` (``dev/NAME`` or ``final/NAME``) and
    ``quantities``."""
    return labelled_sentences(LABELS, pages())


def main() -> None:
    for key in select():
        print(json.dumps(key))


if __name__ == "__main__":
    main()
