"""Which sentences of the Big9 pages ``benchmarks/data/big9_numbers.jsonl`` (the news folders) and
``big9chaos_numbers.jsonl`` (the Chaos folder) annotate, and the loaders that rebuild them.

    NEWSPRISM_FRESH_BIG9=... python benchmarks/claims_big9_select.py [news|chaos]

The fresh held-out English claims part of issue 13's twentieth session: a sixth new kind of
source.  Big9 (``$NEWSPRISM_FRESH_BIG9``; Utomo and Leu's web content extraction data,
``MSVCode/ir-research-data`` @ ``cbb428ce``, see ``extraction_sets.big9_dir``): ten pages from
each of nine news sites (Ars Technica, BBC, CNN, Forbes, Fox News, LA Times, NY Mag, NY Post,
Yahoo News) as archived in 2005, 2009, 2013 and 2017, each with the article text its authors cut
from the page by hand.  The extraction capability reads its pages for bodies; no claims
selection, benchmark or doc has drawn from it.  Earlier claims parts came from PolNeAR, XSum,
CNN/Daily Mail, fundus, newspaper-2014, GUM, scrapinghub, the 2020 story sets, L3S-GN1 (2008),
Dragnet (2012), WCXB (2025), the Readability and CleanPortalEval pages of WCEB and CleanEval
(2007).  This one is news of four years from nine large sites (CNN's pages are not the CNN/Daily
Mail set's text: other years, the whole page's article as a person cut it).

The rule, written and committed before any of these texts was read for numbers:
- the gold files of the four Big9 folders (``big5-05``, ``big5-09``, ``big5-13``, ``big5-17``;
  the Chaos folder, pages of about 240 sites found by Google searches, is left for another round);
  a page's id is ``<folder>/<file stem>``; its text is the file decoded as UTF-8, or as
  Windows-1252 when it is not valid UTF-8 (a fifth of the files: curly quotes and dashes in that
  code page), line ends normalised to ``\\n``, **its first non-empty line (the headline) left
  out** (the text is the rest, offsets into it);
- pages in the order of the SHA-1 of ``"big9-claims:<id>"``; a page whose text is empty or equal to
  one already taken is skipped;
- English only, by the Dragnet part's language test (``claims_dragnet_select.is_english``);
- the text split into sentences by the newspaper-2014 selector's rule; a line that does not end a
  sentence is left out (``claims_dragnet_select._sentence_lines``);
- a sentence is kept when it holds a digit or a number word (the other English parts' test) and is
  20 to 400 characters long;
- the first ``PER_ARTICLE`` (2) kept sentences of each page, pages taken until ``WANT`` (200)
  sentences.
Prints the standoff keys (id, start, end) only: the labels are written by hand from them, blind to
newsprism's output, in the fields and conventions of ``cleaneval_numbers.jsonl`` (NewsQuant's
fields; docs/claims.md's convention).  Nothing of the texts is copied into the project; the loader
reads them from ``$NEWSPRISM_FRESH_BIG9`` (empty when unset).

The draw: 200 sentences of 103 pages.  Labels: written by the claims engineer of the twentieth
session from the printed sentences, before anything of newsprism or a peer ran on them, and
committed before the first run: 200 sentences, 173 figures.  Choices where the docs are silent
(the examples are invented, of the shapes met), following the earlier golds where they agree: the
counted noun keeps the words between the number and it ("12 frazzled hikers" -> ``frazzled
hiker``), "thousands of" is 1000-10000 and "hundreds of thousands of" 100000-1000000; "N months
after <event>" is a duration (only "ago" says when); a lost space in a mixed number ("a 31/2-mile
walk" for 3 1/2) is read as the writer meant; a figure whose currency sign the page lost is
unitless; "one in four"/"one out of N" is the share; "all N X" counts when N is a tally (a vote),
not when it names a known whole ("all five permanent members"); "the N X" that only determines is
no figure; "a couple of" is 2; "scores of" and "a few score" are no figure; a "-strong" force is a
unitless count.

**The Chaos part (issue 13's twenty-first session, held out).** The rule, written and committed
before any sentence of that folder was read (and before the labels): the gold files of
``chaos-all`` (pages of about 240 sites that 36 Google searches found in 2017: news, blogs, shops,
forums; the extraction capability scored them as a set, ``big9-chaos``, for bodies, never for
figures), read exactly as above (UTF-8 else Windows-1252, the first non-empty line left out, the
page id ``chaos-all/<file stem>``); pages in the order of the SHA-1 of ``"big9-chaos-claims:<id>"``;
a page empty or equal to one taken skipped; English by the same test; sentence-ending lines;
20-400 characters with a digit or a number word; the first 2 of each page, until 200 sentences.
Labelled by hand from the printed sentences, blind to newsprism's output, in the fields and
conventions of ``big9_numbers.jsonl``, committed before any run (``claims_en.py --set big9chaos
--part fresh21``, scored only: its errors are never printed).
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
from extraction_sets import big9_dir  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
FOLDERS = ("big5-05", "big5-09", "big5-13", "big5-17")
CHAOS_FOLDERS = ("chaos-all",)
PER_ARTICLE = 2
SHORTEST, LONGEST = 20, 400
WANT = 200
LABELS = ROOT / "benchmarks" / "data" / "big9_numbers.jsonl"
CHAOS_LABELS = ROOT / "benchmarks" / "data" / "big9chaos_numbers.jsonl"


def decode(raw: bytes) -> str:
    """A gold file's text: UTF-8, else Windows-1252; line ends as ``\\n``; the headline (the
    first non-empty line) left out."""
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        text = raw.decode("cp1252", errors="replace")
    lines = text.replace("\r\n", "\n").replace("\r", "\n").lstrip("\n").split("\n")
    return "\n".join(lines[1:])


def pages(folders: tuple[str, ...] = FOLDERS) -> dict[str, str]:
    """Big9 page id -> its hand-cut article text without the headline; empty when the data is
    absent."""
    folder = big9_dir()
    out: dict[str, str] = {}
    if folder is None:
        return out
    for part in folders:
        for gold_file in sorted((folder / "Extraction" / part / "gold").glob("*.txt")):
            out[f"{part}/{gold_file.stem}"] = decode(gold_file.read_bytes())
    return out


def _key(page_id: str) -> str:
    return hashlib.sha1(f"big9-claims:{page_id}".encode()).hexdigest()


def _chaos_key(page_id: str) -> str:
    return hashlib.sha1(f"big9-chaos-claims:{page_id}".encode()).hexdigest()


def select(part: str = "news") -> list[dict[str, Any]]:
    """The standoff keys of the news part (round 20) or the Chaos part (round 21)."""
    chaos = part == "chaos"
    return two_a_page(
        pages(CHAOS_FOLDERS if chaos else FOLDERS),
        _chaos_key if chaos else _key,
        page_test=is_english,
        lines=_sentence_lines,
        per_page=PER_ARTICLE,
        shortest=SHORTEST,
        longest=LONGEST,
        want=WANT,
    )


def load(part: str = "news") -> list[dict[str, Any]]:
    """The annotated sentences: ``text``, ``page`` (``big5-NN/NAME`` or ``chaos-all/NAME``) and
    ``quantities``."""
    if part == "chaos":
        return labelled_sentences(CHAOS_LABELS, pages(CHAOS_FOLDERS))
    return labelled_sentences(LABELS, pages())


def main() -> None:
    for key in select(sys.argv[1] if len(sys.argv) > 1 else "news"):
        print(json.dumps(key))


if __name__ == "__main__":
    main()
