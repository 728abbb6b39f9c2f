"""Which sentences of L3S-GN1's news articles ``benchmarks/data/l3s37_numbers.jsonl`` annotates,
and the loader that rebuilds them.

    python benchmarks/claims_l3s37_select.py

The held-out English figures part of issue 13's thirty-seventh session, ``l3s37`` (the rule is
``benchmarks/heldout.md``'s, written and committed by the lead before any item existed or was
read; this docstring repeats it): ``l3s36``'s pool, tests and order continued — L3S-GN1's pages
with ``claims_l3s_select``'s texts and tests in the order ``claims_l3s_select.select`` walks —
starting after the last page ``l3s36`` drew (the last row of its label file, the 534th page of the
order); a page's first two kept sentences; until 200 sentences or the pool's end.  The walk is
``l3s``'s own, run on to the pool's end (``claims_l3s33_select.select_after``, the one walk every
later part shares), so a page whose text repeats any earlier page's in the order stays skipped;
``l3s``'s, ``l3s33``'s, ``l3s34``'s, ``l3s35``'s and ``l3s36``'s keys are untouched.  Prints the
standoff keys (id, start, end) only; the labels are written by hand from the printed sentences,
blind to any system's output, by the unit conventions of docs/claims.md, and committed before any
run (``claims_en.py --set l3s37 --part fresh37``, scored only: its errors are never printed).
Selected and labelled by a colleague who reads neither the code measured nor any system's output
on these sentences.  Nothing of the texts is copied into the project.

The draw, the pool's last: of L3S-GN1's 621 pages, 87 come after the last page ``l3s36`` drew (the
534th of the order); the walk read all 87 (the 535th to the 621st of the order), 85 giving kept
sentences (two hold no kept sentence): the pool ends at 168 sentences of 85 pages, short of 200,
and is drained.  Labels: written by hand by a colleague (the thirty-seventh session's label-figs)
from the printed sentences, before anything of newsprism or a peer ran on them, committed before
the first run: 117 figures in 96 sentences.  ``l3s``'s, ``l3s33``'s, ``l3s34``'s, ``l3s35``'s
and ``l3s36``'s keys unchanged (sha256 of each key list 1aa1f9fe, 160b32cf, 6715c44d, 3d8c81e9
and d5d43c32 before and after).
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from claims_l3s33_select import load_labelled, print_keys, select_after  # noqa: E402
from claims_l3s36_select import LABELS as L3S36_LABELS  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
LABELS = ROOT / "benchmarks" / "data" / "l3s37_numbers.jsonl"


def select() -> list[dict[str, Any]]:
    """The standoff keys of the part: the rows of the pages after ``l3s36``'s last drawn page."""
    return select_after(L3S36_LABELS)


def load() -> list[dict[str, Any]]:
    """The annotated sentences: ``text``, ``page`` (the page id) and ``quantities``."""
    return load_labelled(LABELS)


if __name__ == "__main__":
    print_keys(select())
