"""Which sentences of evan-extract's English pages (and, after them, the later sentences of
magic-html's English article pages) ``benchmarks/data/ev40_numbers.jsonl`` annotates, and the
loader that rebuilds them.

    NEWSPRISM_FRESH_MAGICHTML=... NEWSPRISM_FRESH_EVAN=... python benchmarks/claims_ev40_select.py

The held-out English figures part of issue 13's fortieth session, ``ev40`` (the rule is
``benchmarks/heldout.md``'s, written and committed by the lead before any item existed or was
read; this docstring repeats it): evan-extract's English pages in ``mh39``'s order for them (the
SHA-1 of ``"evan39-claims:<id>"``), starting after the last evan-extract page ``mh39`` drew; the
tests of ``claims_np2014_select.two_a_page``; a page's first two kept sentences.  When that pool
ends, the part goes on in magic-html's English article pages in ``mh39``'s order (the SHA-1 of
``"magichtml39-claims:<id>"``), taking a page's third and fourth kept sentences (the two after
those ``mh39`` took), until 200 sentences.  Prints the standoff keys (id, start, end) only; the
labels are written by hand from the printed sentences, blind to any system's output, by the unit
conventions of docs/claims.md, and committed before any run (``claims_en.py --set ev40 --part
fresh40``, scored only: its errors are never printed).  Selected and labelled by a colleague who
reads neither the code measured nor any system's output on these sentences.  Nothing of the texts
is copied into the project.

Readings of the rule made here: the pages, their gold, their ids and the keys' set prefixes are
``claims_mh39_select``'s (``english_golds``); "mh39's order for them" is its evan-extract walk
exactly (the pages whose gold repeats a magic-html page's left out, a page whose gold repeats an
earlier one's of the walk skipped); "the last evan-extract page mh39 drew" is the page of the last
``evan-extract/`` row of ``mh39_numbers.jsonl``, and the walk goes on from the page after it in
that order.  "A page's third and fourth kept sentences" are ``two_a_page``'s kept sentences of the
page after the first two (``skip=2``): a page with three gives one, a page with two or fewer none.

The draw: evan-extract's walk after ``mh39``'s last page gives 70 sentences of 36 pages, and that
pool ends; magic-html's later sentences give 98 of 51 pages, and that pool ends too: 168 sentences
of 87 pages, short of 200 (both pools are drained).  Labels: written by hand by a colleague (the
fortieth session's label-figs) from the printed sentences, before anything of newsprism or a peer
ran on them, committed before the first run: 113 figures in 83 sentences (85 sentences hold no
figure); the evan-extract rows 42 figures in 31 of their 70 sentences.  The labeller's choices
where the docs are silent are kept outside the project until the part is scored "after", and are
recorded then in ``benchmarks/heldout.md`` (fortieth session).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from claims_l3s33_select import print_keys  # noqa: E402
from claims_mh39_select import LABELS as MH39_LABELS  # noqa: E402
from claims_mh39_select import _digest, _order, english_golds  # noqa: E402
from claims_np2014_select import labelled_sentences, two_a_page  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
LABELS = ROOT / "benchmarks" / "data" / "ev40_numbers.jsonl"
WANT = 200
PER_PAGE = 2
SHORTEST = 20
LONGEST = 400
EVAN = "evan-extract/"


def last_mh39_evan_page() -> str:
    """The page of the last evan-extract row ``mh39`` annotates."""
    ids = [
        json.loads(line)["id"]
        for line in MH39_LABELS.read_text("utf-8").splitlines()
        if line.strip()
    ]
    return [i for i in ids if i.startswith(EVAN)][-1]


def evan_rest(magic: dict[str, str]) -> dict[str, str]:
    """evan-extract's English pages of ``mh39``'s walk after the last one it drew, in its order
    (pages repeating a magic-html page's gold, or an earlier page's of the walk, left out)."""
    seen = {_digest(t) for t in magic.values() if t.strip()}
    evan = {k: t for k, t in english_golds("evan-extract").items() if _digest(t) not in seen}
    walk: list[str] = []
    for page_id in sorted(evan, key=_order("evan39-claims")):
        digest = _digest(evan[page_id])
        if evan[page_id].strip() and digest not in seen:
            seen.add(digest)
            walk.append(page_id)
    last = last_mh39_evan_page()
    return {k: evan[k] for k in walk[walk.index(last) + 1 :]}


def select() -> list[dict[str, Any]]:
    """The standoff keys of the part: evan-extract's rest, then magic-html's later sentences."""
    magic = english_golds("magic-html")
    rows = two_a_page(
        evan_rest(magic),
        _order("evan39-claims"),
        per_page=PER_PAGE,
        shortest=SHORTEST,
        longest=LONGEST,
        want=WANT,
    )
    if len(rows) < WANT:
        rows += two_a_page(
            magic,
            _order("magichtml39-claims"),
            per_page=PER_PAGE,
            skip=PER_PAGE,
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
        # the part holds rows of both sets: without both it is not there
        return []
    return labelled_sentences(LABELS, {**magic, **evan})


if __name__ == "__main__":
    print_keys(select())
