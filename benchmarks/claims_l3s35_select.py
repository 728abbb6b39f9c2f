"""Which sentences of L3S-GN1's news articles ``benchmarks/data/l3s35_numbers.jsonl`` annotates,
and the loader that rebuilds them.

    python benchmarks/claims_l3s35_select.py

The held-out English figures part of issue 13's thirty-fifth session, ``l3s35`` (the rule is
``benchmarks/heldout.md``'s, written and committed by the lead before any item existed or was
read; this docstring repeats it): ``l3s34``'s pool, tests and order continued — L3S-GN1's pages
with ``claims_l3s_select``'s texts and tests in the order ``claims_l3s_select.select`` walks —
starting after the last page ``l3s34`` drew (the last row of its label file, the 320th page of the
order); a page's first two kept sentences; until 200 sentences (fewer if the pool ends).  The walk
is ``l3s``'s own, run on to the pool's end (``claims_l3s33_select.select_after``, the one walk
every later part shares), so a page whose text repeats any earlier page's in the order stays
skipped; ``l3s``'s, ``l3s33``'s and ``l3s34``'s keys are untouched.  Prints the standoff keys (id,
start, end) only; the labels are written by hand from the printed sentences, blind to any
system's output, by the unit conventions of docs/claims.md, and committed before any run
(``claims_en.py --set l3s35 --part fresh35``, scored only: its errors are never printed).
Selected and labelled by a colleague who reads neither the code measured nor any system's output
on these sentences.  Nothing of the texts is copied into the project.

The draw: of L3S-GN1's 621 pages, 301 come after the last page ``l3s34`` drew (the 320th of the
order); the walk read 107 of them (the 321st to the 427th of the order), 103 giving kept
sentences: 200 sentences of 103 pages.  Labels: written by hand by a colleague (the
thirty-fifth session's label-figs) from the printed sentences, before anything of newsprism or a
peer ran on them, committed before the first run: 196 figures in 127 sentences.  ``l3s``'s,
``l3s33``'s and ``l3s34``'s keys unchanged (sha256 of each key list 1aa1f9fe, 160b32cf and
6715c44d before and after).
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from claims_l3s33_select import load_labelled, print_keys, select_after  # noqa: E402
from claims_l3s34_select import LABELS as L3S34_LABELS  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
LABELS = ROOT / "benchmarks" / "data" / "l3s35_numbers.jsonl"


def select() -> list[dict[str, Any]]:
    """The standoff keys of the part: the rows of the pages after ``l3s34``'s last drawn page."""
    return select_after(L3S34_LABELS)


def load() -> list[dict[str, Any]]:
    """The annotated sentences: ``text``, ``page`` (the page id) and ``quantities``."""
    return load_labelled(LABELS)


if __name__ == "__main__":
    print_keys(select())
