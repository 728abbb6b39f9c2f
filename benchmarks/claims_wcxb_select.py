"""Which sentences of WCXB's 2025 article pages ``benchmarks/data/wcxb_numbers.jsonl`` annotates,
and the loader that rebuilds them.

    NEWSPRISM_FRESH_WCXB=... python benchmarks/claims_wcxb_select.py

The fresh held-out English claims part of issue 13's seventeenth session: a third new kind of
source.  WCXB (``$NEWSPRISM_FRESH_WCXB``: the Web Content eXtraction Benchmark v1.0,
``Murrough-Foley/web-content-extraction-benchmark`` @ ``c039d5e``, CC-BY-4.0; see
``extraction_sets.wcxb_dir``) holds pages saved in 2025 from about 1,600 domains, each with its
main content as plain text, drafted by an extractor and reviewed by a person.  The extraction
capability reads its pages for bodies; no claims selection, benchmark or doc has drawn from it.
Earlier claims parts came from PolNeAR, XSum, CNN/Daily Mail, fundus, newspaper-2014, GUM,
scrapinghub, the 2020 story sets, L3S-GN1 (2008) and Dragnet (2012); this one is of 2025, of
many small sites, and mixes news with blogs, guides and reviews (WCXB's "article" type).

The rule, written and committed before any of these texts was read for numbers:
- the pages of WCXB's ``test`` split (the only split in ``$NEWSPRISM_FRESH_WCXB``) whose ground
  truth's page type (``_internal.page_type.primary``) is ``article``; the text is the ground
  truth's ``main_content``;
- pages in the order of the SHA-1 of ``"wcxb:<file_id>"``; a page whose text is empty or equal to
  one already taken is skipped;
- **English only**, by the Dragnet part's language test (``claims_dragnet_select.is_english``: of
  the text's letters at least 97 % are ASCII, and "the", "and", "of", "to", "a", "in", "is" make
  at least 8 % of its words); a page that fails is skipped;
- the text split into sentences by the newspaper-2014 selector's rule; a line of the text that does
  not end in ``.``, ``!``, ``?`` or a closing quote after one of them is left out (headings, list
  items without a full stop, captions: the part measures reading sentences, not telling page
  furniture apart);
- a sentence is kept when it holds a digit or a number word (the same test as the other English
  parts) and is 20 to 400 characters long;
- the first ``PER_ARTICLE`` (2) kept sentences of each page, pages taken until ``WANT`` (200)
  sentences.
Prints the standoff keys (id, start, end) only: the labels are written by hand from them, blind to
newsprism's output, in the fields and conventions of ``dragnet_numbers.jsonl`` (NewsQuant's fields;
docs/claims.md's convention).  Nothing of the texts is copied into the project; the loader reads
them from ``$NEWSPRISM_FRESH_WCXB`` (empty when unset).

Labels: written by the claims engineer of the seventeenth session from the printed sentences, before
anything of newsprism or a peer ran on them, and committed before the first run: 200 sentences
(102 pages), 124 figures.  Choices where the docs are silent (written down here and in
docs/claims.md; the examples are invented, of the shapes met): a superlative or rank word before a
counted noun is not part of the unit ("the 8 best budget phones" -> budget phone, "12 top hiking
apps" -> hiking app; "most" already was not, in Dragnet), other adjectives are ("favourite trail",
"main kind"); a count whose noun the clause left out takes that noun ("we tested 40 kettles, the
top 9 [kettles] here"); "a X or two" is 2 X (as Dragnet's own labels have it); "half a decade" is
0.5 decade; "3+1 steps" is 3 (unit -) and 1 step; a numbered title in capitals ("7 Habits That
Changed My Mornings") is no figure; "the top three" as a rank is no figure; a version, a model and
a size code ("Model 3", "4XL", "u8") are no figure; "N weeks earlier" is a figure (as in the
story sets), "N ago" is not; "surpass N" is ``>``.  The Russian part of the same session
(``stories17_ru_numbers.jsonl``, 120 sentences, 83 figures) was labelled the same way in
``stories16_ru_numbers.jsonl``'s fields: a temperature "about zero" is 0 degree «около»;
«десятки»/«тысячи» are the ranges 10-100 and 1000-10000; «половина» is 0.5 ``fraction``; a
software version range is no figure.
"""

from __future__ import annotations

import hashlib
import json
import os
import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from claims_dragnet_select import _sentence_lines, is_english  # noqa: E402
from claims_np2014_select import labelled_sentences, two_a_page  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
PER_ARTICLE = 2
SHORTEST, LONGEST = 20, 400
WANT = 200
LABELS = ROOT / "benchmarks" / "data" / "wcxb_numbers.jsonl"


def pages() -> dict[str, str]:
    """WCXB test file id -> the main content of an article page; empty when the data is absent."""
    folder = os.environ.get("NEWSPRISM_FRESH_WCXB")
    if not folder:
        return {}
    truth_dir = Path(folder) / "test" / "ground-truth"
    if not truth_dir.is_dir():
        return {}
    out: dict[str, str] = {}
    for path in sorted(truth_dir.glob("*.json")):
        row = json.loads(path.read_text("utf-8"))
        kind = (row.get("_internal") or {}).get("page_type") or {}
        if not isinstance(kind, dict) or kind.get("primary") != "article":
            continue
        out[str(row.get("file_id") or path.stem)] = (row.get("ground_truth") or {}).get(
            "main_content"
        ) or ""
    return out


def _key(page_id: str) -> str:
    return hashlib.sha1(f"wcxb:{page_id}".encode()).hexdigest()


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
