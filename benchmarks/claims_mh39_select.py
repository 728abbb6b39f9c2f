"""Which sentences of magic-html's English article pages (and, after them, of evan-extract's
pages) ``benchmarks/data/mh39_numbers.jsonl`` annotates, and the loader that rebuilds them.

    NEWSPRISM_FRESH_MAGICHTML=... NEWSPRISM_FRESH_EVAN=... python benchmarks/claims_mh39_select.py

The held-out English figures part of issue 13's thirty-ninth session, ``mh39`` (the rule is
``benchmarks/heldout.md``'s, written and committed by the lead before any item existed or was
read; this docstring repeats it): magic-html's article pages whose language ``extraction_sets``
gives as English, text = the gold text it reads for the page, in the order of the SHA-1 of
``"magichtml39-claims:<id>"``; the sentence, number-word and 20-400 character tests of
``claims_np2014_select.two_a_page``; a page's first two kept sentences; until 200 sentences.  If
that pool ends first, the part goes on in evan-extract's pages (gold text likewise), in the order
of the SHA-1 of ``"evan39-claims:<id>"``, two kept sentences a page, until 200.  Prints the
standoff keys (id, start, end) only; the labels are written by hand from the printed sentences,
blind to any system's output, by the unit conventions of docs/claims.md, and committed before any
run (``claims_en.py --set mh39 --part fresh39``, scored only: its errors are never printed).
Selected and labelled by a colleague who reads neither the code measured nor any system's output
on these sentences.  Nothing of the texts is copied into the project.

Readings of the rule made here: the pages and their gold are ``extraction_sets.pages``'s for
``magic-html`` and ``evan-extract`` (its selection rules: the overlap lists, at least eight
tokens of gold, lines stripped and blank lines dropped), kept where its ``language`` is ``en``;
``<id>`` and a page's id in the keys are the id that set gives the page (magic-html's
``base.json`` key, evan-extract's file stem), each prefixed in the keys with its set
(``magic-html/<id>``, ``evan-extract/<id>``) so that the two sets' ids cannot meet.  A page whose
gold repeats an earlier page's of the walk (magic-html's first) is skipped, as ``two_a_page``
skips one.

The draw: magic-html holds 63 English article pages by the rule; 62 of them give kept sentences,
121 in all, and that pool ends.  The part goes on in evan-extract's 85 English pages: 42 of them
give the remaining 79.  200 sentences of 104 pages.  Labels: written by hand by a colleague (the
thirty-ninth session's label-figs) from the printed sentences, before anything of newsprism or a
peer ran on them, committed before the first run: 100 figures in 85 sentences (115 sentences hold
no figure); the magic-html rows 58 figures in 51 of their 121 sentences.  The labeller's choices
where the docs are silent are kept outside the project until the part is scored "after", and are
recorded then in ``benchmarks/heldout.md`` (thirty-ninth session).
"""

from __future__ import annotations

import hashlib
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from claims_l3s33_select import print_keys  # noqa: E402
from claims_np2014_select import labelled_sentences, two_a_page  # noqa: E402
from extraction_sets import pages  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
LABELS = ROOT / "benchmarks" / "data" / "mh39_numbers.jsonl"
WANT = 200
PER_ARTICLE = 2
SHORTEST = 20
LONGEST = 400


def english_golds(set_name: str) -> dict[str, str]:
    """``<set>/<id>`` -> the gold text of every page of ``set_name`` that ``extraction_sets``
    gives as English; empty when the set's data is absent."""
    return {f"{set_name}/{page.id}": page.gold for page in pages(set_name) if page.language == "en"}


def _order(prefix: str) -> Callable[[str], str]:
    def key(page_id: str) -> str:
        return hashlib.sha1(f"{prefix}:{page_id.split('/', 1)[1]}".encode()).hexdigest()

    return key


def _digest(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()


def select() -> list[dict[str, Any]]:
    """The standoff keys of the part: magic-html's draw, then evan-extract's until ``WANT``."""
    magic = english_golds("magic-html")
    rows = two_a_page(
        magic,
        _order("magichtml39-claims"),
        per_page=PER_ARTICLE,
        shortest=SHORTEST,
        longest=LONGEST,
        want=WANT,
    )
    if len(rows) < WANT:
        seen = {_digest(t) for t in magic.values() if t.strip()}
        evan = {k: t for k, t in english_golds("evan-extract").items() if _digest(t) not in seen}
        rows += two_a_page(
            evan,
            _order("evan39-claims"),
            per_page=PER_ARTICLE,
            shortest=SHORTEST,
            longest=LONGEST,
            want=WANT - len(rows),
        )
    return rows


def load() -> list[dict[str, Any]]:
    """The annotated sentences: ``text``, ``page`` (the page id) and ``quantities``."""
    magic = english_golds("magic-html")
    evan = english_golds("evan-extract")
    if not magic or not evan:
        # the part's later rows may be evan-extract's: without both sets it is not there
        return []
    return labelled_sentences(LABELS, {**magic, **evan})


if __name__ == "__main__":
    print_keys(select())
